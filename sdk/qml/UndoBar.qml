import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Deleted. Undo" for a few seconds after a destructive action.
Pane {
    id: bar
    property string message
    property int timeout: 8000
    // Offered now: from show() until Undo is pressed or the timeout passes. `visible`
    // follows it (and is also false while a parent is hidden; this is not).
    property bool shown: false
    signal undo()

    // Shown after a destructive action; the keyboard focus moves to Undo (the button
    // that had it, Delete or Remove, has just gone).
    function show(text) { bar.message = text; bar.shown = true; hide.restart(); undoButton.forceActiveFocus() }

    visible: shown
    padding: Theme.smallSpacing + 2
    background: Rectangle { radius: Theme.radius; color: Theme.dark ? "#3a424c" : "#2b2f33" }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    // Not while the keyboard focus is on Undo: someone finding their way by keyboard
    // or screen reader met a page with no Undo left (a keyboard-only walk); the time
    // runs from when the focus leaves it.
    Timer { id: hide; interval: bar.timeout; onTriggered: if (!undoButton.activeFocus) bar.shown = false }
    RowLayout {
        spacing: Theme.spacing
        Label { text: bar.message; color: "white"; font.pixelSize: Theme.fontBody }
        Button {
            id: undoButton
            onActiveFocusChanged: if (!activeFocus && bar.shown) hide.restart()
            objectName: "undoButton"
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo")
            // Light on the dark bar (a flat button took the page's dark text colour and vanished).
            contentItem: Label {
                text: undoButton.text
                color: "white"
                font.bold: true
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius - 4
                color: undoButton.down ? "#ffffff33" : "transparent"
                border.color: undoButton.activeFocus ? Theme.focus : "#ffffffaa"
                border.width: undoButton.activeFocus ? 2 : 1
            }
            // Space (the style's key) and Enter both press it.
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: { bar.shown = false; bar.undo() }
        }
    }
}
