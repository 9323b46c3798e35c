import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A destructive action in two steps: the button, then "Are you sure?" with
// Confirm and Keep, in place. Nothing happens until Confirm.
RowLayout {
    id: confirm
    property string text: qsTr("Delete")
    property string question: qsTr("Delete this entry? You can undo it straight after.")
    property string confirmText: qsTr("Delete")
    property bool asking: false
    signal confirmed()

    spacing: Theme.smallSpacing
    Button {
        visible: !confirm.asking
        text: confirm.text
        flat: true
        Accessible.name: confirm.text
        onClicked: { confirm.asking = true; keep.forceActiveFocus() }
    }
    Label {
        visible: confirm.asking
        text: confirm.question
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Button {
        visible: confirm.asking
        text: confirm.confirmText
        palette.buttonText: Theme.danger
        Accessible.name: confirm.confirmText
        onClicked: { confirm.asking = false; confirm.confirmed() }
    }
    Button {
        id: keep
        visible: confirm.asking
        text: qsTr("Keep")
        flat: true
        Accessible.name: qsTr("Keep")
        onClicked: confirm.asking = false
    }
}
