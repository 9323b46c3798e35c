import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// When the journal cannot be opened: what is wrong, that nothing was
// changed, and how to get going again (the latest backup, one click away).
Item {
    id: page
    readonly property bool ready: true
    readonly property var latest: app.backups.length > 0 ? app.backups[0] : null
    property bool restored: false

    ColumnLayout {
        anchors.centerIn: parent
        width: Theme.contentWidth(parent.width)
        spacing: Theme.spacing
        PageHeader {
            title: qsTr("Your journal could not be opened")
            subtitle: qsTr("Tessera did not change the file. Modules that need the journal are paused until it opens.")
        }
        FormSection {
            title: qsTr("What happened")
            Label {
                text: app.journalError
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        FormSection {
            title: qsTr("What you can do")
            Label {
                visible: app.journalInUse
                text: qsTr("Close Tessera (or the other program) where the journal is open, then start again.")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: !app.journalInUse && page.latest !== null && !page.restored
                text: page.latest ? qsTr("The latest automatic backup is from %1. Restoring it puts it in the journal's place; the journal that did not open is kept beside it, unchanged, so nothing is thrown away.").arg(page.latest.label) : ""
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: !app.journalInUse && page.latest === null
                text: qsTr("There is no automatic backup yet. Ask your clinician or whoever set up Tessera for help; the file is still as it was.")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Button {
                    id: restoreButton
                    visible: !app.journalInUse && page.latest !== null && !page.restored
                    text: qsTr("Restore the latest backup")
                    Accessible.name: text
                    onClicked: {
                        const r = app.restoreLatestBackup()
                        page.restored = r.ok
                        result.error = !r.ok
                        result.text = r.message
                    }
                }
                Button {
                    visible: page.restored
                    text: qsTr("Start Tessera again")
                    Accessible.name: text
                    onClicked: app.restart()
                }
            }
            InlineMessage {
                id: result
                Layout.fillWidth: true
            }
        }
    }
}
