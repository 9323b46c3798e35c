import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Above the timeline: what the modules have due today or from an earlier
// day (the "due" model, SDK 2.1), each with Open. Hidden when nothing is due.
Pane {
    id: strip
    // The rows (the app's "due" model; a test may give its own).
    property var model: due
    signal openPage(string key, string dueItemId)

    objectName: "dueStrip"
    visible: strip.model !== null && strip.model !== undefined && strip.model.count > 0
    padding: Theme.spacing
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Due")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            text: qsTr("Due")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
        }
        Repeater {
            model: strip.model
            delegate: DueItemRow {
                Layout.fillWidth: true
                onOpenRequested: (key, itemId) => strip.openPage(key, itemId)
            }
        }
    }
}
