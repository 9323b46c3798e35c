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
    /// At most this many rows (issue 24: above the timeline, Today has them
    /// all, one step away); then "See all on Today". 0: every row.
    property int maxRows: 0
    signal openPage(string key, string dueItemId)
    readonly property int count: strip.model ? strip.model.count : 0

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
                required property int index
                visible: strip.maxRows <= 0 || index < strip.maxRows
                Layout.fillWidth: true
                onOpenRequested: (key, itemId) => strip.openPage(key, itemId)
            }
        }
        Button {
            objectName: "dueSeeAllButton"
            visible: strip.maxRows > 0 && strip.count > strip.maxRows
            text: qsTr("See all %1 on Today").arg(strip.count)
            flat: true
            Accessible.name: text
            onClicked: strip.openPage("today", "")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusMark {}
        }
    }
}
