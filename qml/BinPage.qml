import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The bin: deleted entries, each with Restore and Delete forever, and
// emptying the bin of entries deleted more than some days ago (or all).
// Every "forever" waits for a confirmation that says it cannot be undone.
// The work is bin's (core/app/bincontroller.h).
ScrollView {
    id: page
    readonly property bool ready: true
    contentWidth: availableWidth
    // The bin is read while this page is open.
    Component.onCompleted: bin.active = true
    Component.onDestruction: bin.active = false

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Bin")
            subtitle: qsTr("Entries you delete wait here, so you can bring them back. Delete them forever when you want them gone.")
            Layout.fillWidth: true
        }

        EmptyState {
            visible: !bin.available
            title: qsTr("The journal is not open")
            message: qsTr("When your journal opens again, its deleted entries are shown here.")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
        }

        EmptyState {
            objectName: "emptyBin"
            visible: bin.available && bin.count === 0
            title: qsTr("The bin is empty")
            message: qsTr("Nothing is waiting here. Entries you delete stay in the bin until you delete them forever.")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
        }

        InlineMessage { id: result; objectName: "binResult"; error: false; Layout.fillWidth: true }

        Repeater {
            model: bin.available ? bin.entries : []
            delegate: BinEntryRow {
                required property var modelData
                objectName: "binRow-" + modelData.id
                Layout.fillWidth: true
                entry: modelData
                onRestoreRequested: result.text = bin.restore(modelData.id)
                onDeleteForeverRequested: result.text = bin.deleteForever(modelData.id)
            }
        }
        FormSection {
            visible: bin.available && bin.count > 0
            title: qsTr("Empty the bin")
            description: qsTr("Deleting forever removes the entries and their earlier versions from your journal file. "
                              + "It cannot be undone. Backups made before still hold them until newer backups replace them.")
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Label {
                    id: daysLabel
                    text: qsTr("Entries deleted more than")
                    color: Theme.text
                }
                SpinBox {
                    id: days
                    from: 0
                    to: 3650
                    value: 30
                    editable: true
                    Accessible.name: qsTr("Days since the entries were deleted")
                }
                Label { text: qsTr("days ago"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
            }
            Label {
                text: emptyOld.matching === 0
                      ? qsTr("No entry was deleted that long ago.")
                      : (emptyOld.matching === 1 ? qsTr("1 entry was deleted that long ago.")
                                                 : qsTr("%1 entries were deleted that long ago.").arg(emptyOld.matching))
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ConfirmAction {
                id: emptyOld
                objectName: "emptyOld"
                readonly property int matching: { bin.count; return bin.countDeletedBefore(days.value) }
                Layout.fillWidth: true
                enabled: matching > 0
                // Not "Empty bin" beside "Empty the whole bin": a try found the two easy to mix up.
                text: qsTr("Delete the older entries forever")
                question: matching === 1
                          ? qsTr("Delete forever the entry deleted more than %1 days ago? This cannot be undone.").arg(days.value)
                          : qsTr("Delete forever the %1 entries deleted more than %2 days ago? This cannot be undone.").arg(matching).arg(days.value)
                confirmText: qsTr("Delete forever")
                onConfirmed: result.text = bin.emptyBin(days.value)
            }
            ConfirmAction {
                objectName: "emptyAll"
                Layout.fillWidth: true
                text: qsTr("Empty the whole bin")
                question: bin.count === 1
                          ? qsTr("Delete forever the one entry in the bin? This cannot be undone.")
                          : qsTr("Delete forever all %1 entries in the bin? This cannot be undone.").arg(bin.count)
                confirmText: qsTr("Delete forever")
                onConfirmed: result.text = bin.emptyBin(0)
            }
            Label {
                visible: bin.lastEmptied.length > 0
                text: qsTr("The bin was last emptied on %1.").arg(bin.lastEmptied)
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        Item { height: Theme.spacing }
    }
}
