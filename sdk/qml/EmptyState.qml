import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a page shows when there is nothing yet: a kind sentence and,
// optionally, one action.
ColumnLayout {
    id: empty
    property string title
    property string message
    property string actionText
    signal actionTriggered()

    spacing: Theme.spacing
    Label {
        text: empty.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        visible: empty.message.length > 0
        text: empty.message
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Button {
        visible: empty.actionText.length > 0
        text: empty.actionText
        highlighted: true
        Layout.alignment: Qt.AlignHCenter
        Accessible.name: empty.actionText
        onClicked: empty.actionTriggered()
    }
}
