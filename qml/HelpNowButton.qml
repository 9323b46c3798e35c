import QtQuick
import QtQuick.Controls
import Tessera.Ui

// "Need help now?": on every page of the shell, whatever the profile, and on
// the page shown when the journal cannot open. Opens the crisis page (F1).
Button {
    id: control
    objectName: "helpNowButton"
    text: qsTr("Need help now?")
    font.pixelSize: Theme.fontBody
    Accessible.name: qsTr("Need help now? Who to contact and your safety plan")
    Accessible.description: current ? qsTr("Current page") : qsTr("Shortcut: F1")
    // Need help now? is the page shown (the navigation's rows mark theirs alike).
    property bool current: false
    Accessible.selected: current
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: qsTr("Who to contact now, and your safety plan (F1)")
    background: Rectangle {
        radius: Theme.radius
        color: control.down || control.current ? Theme.surfaceAlt : Theme.surface
        border.color: control.activeFocus ? Theme.focus : Theme.accent
        border.width: control.activeFocus ? 2 : 1
    }
    // The window's focus ring (KeyboardFocusRing) outside it too: marked as the page
    // shown, it looked the same focused and not (a keyboard-only try).
    readonly property bool focusRing: true
    contentItem: Label {
        text: control.text
        color: Theme.accent
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
