import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A destructive action in two steps: the button, then "Are you sure?" with
// Confirm and Keep, in place. Nothing happens until Confirm. Space or Enter
// presses each button; asking moves the focus to Keep, and Keep or Confirm
// moves it back to the button.
RowLayout {
    id: confirm
    property string text: qsTr("Delete")
    property string question: qsTr("Delete this entry? You can undo it straight after.")
    property string confirmText: qsTr("Delete")
    property bool asking: false
    signal confirmed()

    // Gives the first button the keyboard focus (after an Undo brought the entry back).
    function focusButton() { askButton.forceActiveFocus() }

    spacing: Theme.smallSpacing
    Button {
        id: askButton
        visible: !confirm.asking
        text: confirm.text
        flat: true
        Accessible.name: confirm.text
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        // A visible focus ring (issue 29): Theme.focus, just outside the button.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            visible: parent.activeFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 2
        }
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
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        // A visible focus ring (issue 29): Theme.focus, just outside the button.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            visible: parent.activeFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 2
        }
        // The focus goes back to the button first; what Confirm starts (an Undo bar) may take it.
        onClicked: { confirm.asking = false; askButton.forceActiveFocus(); confirm.confirmed() }
    }
    Button {
        id: keep
        visible: confirm.asking
        text: qsTr("Keep")
        flat: true
        Accessible.name: qsTr("Keep")
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        // A visible focus ring (issue 29): Theme.focus, just outside the button.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            visible: parent.activeFocus
            color: "transparent"
            radius: Theme.radius
            border.color: Theme.focus
            border.width: 2
        }
        onClicked: { confirm.asking = false; askButton.forceActiveFocus() }
    }
}
