import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Deleted. Undo" for a few seconds after a destructive action.
Pane {
    id: bar
    property string message
    property int timeout: 8000
    signal undo()

    function show(text) { bar.message = text; bar.visible = true; hide.restart() }

    visible: false
    padding: Theme.smallSpacing + 2
    background: Rectangle { radius: Theme.radius; color: Theme.dark ? "#3a424c" : "#2b2f33" }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Timer { id: hide; interval: bar.timeout; onTriggered: bar.visible = false }
    RowLayout {
        spacing: Theme.spacing
        Label { text: bar.message; color: "white"; font.pixelSize: Theme.fontBody }
        Button {
            text: qsTr("Undo")
            flat: true
            Accessible.name: qsTr("Undo")
            onClicked: { bar.visible = false; bar.undo() }
        }
    }
}
