import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One goal at a glance: what, where it stands, how far along.
ItemDelegate {
    id: card
    required property var goal
    signal activated()

    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2").arg(goal.description).arg(goal.lifecycleLabel)
    Accessible.description: goal.progressLabel
    onClicked: activated()
    Keys.onReturnPressed: activated()

    background: Rectangle {
        radius: Theme.radius
        color: card.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: card.activeFocus ? Theme.focus : Theme.border
        border.width: card.activeFocus ? 2 : 1
    }
    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label { text: card.goal.description; color: Theme.text; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: card.goal.achievementLabel; color: Theme.accent; font.pixelSize: Theme.fontSmall }
        }
        Label {
            text: [card.goal.lifecycleLabel, card.goal.dueLabel,
                   card.goal.milestonesTotal > 0 ? qsTr("%1 of %2 steps done").arg(card.goal.milestonesDone).arg(card.goal.milestonesTotal) : ""]
                  .filter(s => s.length > 0).join(" · ")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.goal.progress >= 0
            Layout.fillWidth: true
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 8
                radius: 4
                color: Theme.surfaceAlt
                Rectangle { width: parent.width * Math.max(0, card.goal.progress); height: parent.height; radius: 4; color: Theme.positive }
            }
            Label { text: card.goal.progressLabel; color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
        }
    }
}
