import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One session in the history: when, what kind, with whom, and the homework
// done of the homework agreed.
ItemDelegate {
    id: card
    required property var session
    signal activated()

    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2").arg(session.typeLabel).arg(session.whenLabel)
    Accessible.description: details.text
    onClicked: activated()
    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()

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
            // Both wrap in a narrow window or large text, rather than cut the type off.
            Label { text: card.session.typeLabel; color: Theme.text; font.bold: true; Layout.fillWidth: true; wrapMode: Text.WordWrap }
            Label {
                text: card.session.whenLabel
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                Layout.maximumWidth: card.availableWidth * 0.4
            }
        }
        Label {
            id: details
            text: [card.session.withLabel.length > 0 ? qsTr("With %1").arg(card.session.withLabel) : "",
                   card.session.homeworkSet === 0 ? ""
                   : card.session.homeworkDone === 0 ? qsTr("%n things agreed to try", "", card.session.homeworkSet)
                   : qsTr("Homework: %1 of %2 done").arg(card.session.homeworkDone).arg(card.session.homeworkSet)]
                  .filter(s => s.length > 0).join(" · ")
            visible: text.length > 0
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: card.session.remember
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
