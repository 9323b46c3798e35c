import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The standard card for an entry on the timeline or in a module's list:
// module colour strip, kind, title, summary, time and mood. Activate with a
// click, Enter or Space.
ItemDelegate {
    id: card
    property string title
    property string summary
    property var mood: undefined
    property string time
    property string moduleName
    property string kindTitle
    property color moduleColor: Theme.accent
    signal activated()

    padding: Theme.spacing
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3").arg(kindTitle).arg(title).arg(time)
    Accessible.description: summary
    onClicked: activated()
    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()

    background: Rectangle {
        radius: Theme.radius
        color: card.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: card.activeFocus ? Theme.focus : Theme.border
        border.width: card.activeFocus ? 2 : 1
        Rectangle {
            width: 5
            radius: 2
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 6 }
            color: card.moduleColor
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            spacing: 2
            Label {
                text: card.kindTitle.length > 0 ? qsTr("%1 · %2").arg(card.kindTitle).arg(card.time) : card.time
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
                // Narrow window, large text: on a second line, not cut off.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                text: card.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Label {
                visible: card.summary.length > 0
                text: card.summary
                color: Theme.subtleText
                font.pixelSize: Theme.fontBody - 1
                wrapMode: Text.WordWrap
                // Three: a short summary whole in a small window at 200 % text (the page
                // audit found "Lying awake going over the week ahead." elided on two).
                maximumLineCount: 3
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        MoodBadge {
            mood: card.mood
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
