import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One deleted entry on the Bin page: its title, what it is and when it was
// deleted, then Restore and Delete forever (asked first: it cannot be undone).
Pane {
    id: row
    property var entry: ({})
    signal restoreRequested()
    signal deleteForeverRequested()

    padding: Theme.spacing
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.Grouping
    Accessible.name: row.entry.title || ""

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        Label {
            text: row.entry.title || ""
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 · %2 · %3").arg(row.entry.kindTitle || "").arg(row.entry.moduleName || "").arg(row.entry.deletedLabel || "")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Button {
                objectName: "restoreButton"
                text: qsTr("Restore")
                Accessible.name: qsTr("Restore %1").arg(row.entry.title || "")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: row.restoreRequested()
            }
            ConfirmAction {
                objectName: "deleteForever"
                Layout.fillWidth: true
                text: qsTr("Delete forever")
                question: qsTr("Delete this entry forever? This cannot be undone.")
                confirmText: qsTr("Delete forever")
                onConfirmed: row.deleteForeverRequested()
            }
        }
    }
}
