import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Appearance, journal and profile, export, backups, logging, about.
ScrollView {
    id: page
    readonly property bool ready: true
    signal openPage(string key)
    contentWidth: availableWidth

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page } // Tab never leaves the focus below the edge
        Item { height: Theme.spacing }
        PageHeader { title: qsTr("Settings") }

        FormSection {
            title: qsTr("Privacy and help")
            Label {
                text: safety.privacyStatement
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        EncryptionSettings { Layout.fillWidth: true }
        DesktopSettings { Layout.fillWidth: true } // issue 24: keep running, start at login

        ReminderSettings { Layout.fillWidth: true }

        AppearanceSettings { Layout.fillWidth: true } // dark theme, language, text size (issue 29)

        FormSection {
            title: qsTr("Journal and profile")
            // Each label above its value, as on every other card (beside it, the values were
            // left a word to a line in Spanish at 200 % text).
            Label { text: qsTr("Journal file"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: app.journalPath; color: Theme.text; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            Label { text: qsTr("Profile"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label {
                text: app.profileSummary
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        FormSection {
            title: qsTr("Export")
            description: qsTr("To share with your clinician, choose the period and what to include on the Share page: a PDF report, FHIR or CSV files.")
            Button {
                id: openShare
                objectName: "settingsOpenShare"
                // Its words wrap where the card is narrower than they are (800 px, 200 % text).
                contentItem: ButtonLabel { control: openShare }
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                text: qsTr("Share with my clinician...")
                Accessible.name: qsTr("Open the Share with my clinician page")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.openPage("share")
            }
            Label {
                text: qsTr("A full copy of your journal, for you to keep: CSV opens in a spreadsheet; JSON can be imported into Tessera again.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Folder"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField {
                text: app.exportFolder
                Layout.fillWidth: true
                Accessible.name: qsTr("Export folder")
                onEditingFinished: app.exportFolder = text
                Component.onCompleted: cursorPosition = 0 // the folder's start shows, not its end
            }
            Switch {
                id: exportPrivateSwitch
                objectName: "settingsExportPrivate"
                Layout.fillWidth: true
                contentItem: ControlLabel { control: exportPrivateSwitch } // wraps at any width and text size
                text: qsTr("Include entries I marked private")
                checked: app.exportIncludesPrivate
                Accessible.name: text
                Accessible.description: qsTr("Off: entries you marked private are left out of the copy.")
                onToggled: app.exportIncludesPrivate = checked
                Keys.onReturnPressed: app.exportIncludesPrivate = !app.exportIncludesPrivate
                Keys.onEnterPressed: app.exportIncludesPrivate = !app.exportIncludesPrivate
            }
            Label {
                text: app.exportIncludesPrivate ? qsTr("Your copy will include the entries you marked private.")
                                                : qsTr("Your copy will leave out the entries you marked private.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // Side by side, or under each other where the card is narrow.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Button { text: qsTr("Export CSV"); Accessible.name: text; onClicked: exportResult.text = app.exportJournal("csv") }
                Button { text: qsTr("Export JSON"); Accessible.name: text; onClicked: exportResult.text = app.exportJournal("json") }
            }
            InlineMessage { id: exportResult; objectName: "settingsExportResult"; error: false; Layout.fillWidth: true }
        }

        FormSection {
            title: qsTr("Backups")
            description: qsTr("Tessera keeps a backup a day, the last seven. Restoring keeps your current journal aside, so nothing is lost.")
            Button { text: qsTr("Back up now"); Accessible.name: text; onClicked: backupResult.text = app.backupNow() }
            Repeater {
                model: app.backups
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Label { text: modelData.label; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    ConfirmAction {
                        text: qsTr("Restore")
                        question: qsTr("Replace the journal with this backup?")
                        confirmText: qsTr("Restore")
                        onConfirmed: backupResult.text = app.restoreBackup(modelData.path)
                    }
                }
            }
            Label { text: qsTr("Restore from a file"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: restoreFile
                    Layout.fillWidth: true
                    placeholderText: qsTr("/path/to/journal-backup.sqlite")
                    Accessible.name: qsTr("Restore from a file: the backup file")
                }
                ConfirmAction {
                    text: qsTr("Restore")
                    enabled: restoreFile.text.trim().length > 0
                    question: qsTr("Replace the journal with this file?")
                    confirmText: qsTr("Restore")
                    onConfirmed: backupResult.text = app.restoreBackup(restoreFile.text.trim())
                }
            }
            InlineMessage { id: backupResult; error: false; Layout.fillWidth: true }
        }

        FormSection {
            title: qsTr("Deleted entries")
            description: qsTr("Deleted entries wait in the bin, where you can restore them or delete them forever.")
            Button {
                text: qsTr("Bin")
                Accessible.name: qsTr("Open the bin")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.openPage("bin")
            }
        }

        FormSection {
            title: qsTr("Troubleshooting")
            description: qsTr("Tessera keeps a log of what it did, for when something goes wrong. It never holds what you wrote.")
            // The box beside its label, or under it where they do not fit on a line.
            Flow {
                id: logLevelRow
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: qsTr("How much goes in the log")
                    color: Theme.subtleText
                    width: Math.min(implicitWidth, logLevelRow.width)
                    wrapMode: Text.WordWrap
                    height: Math.max(implicitHeight, logLevelBox.height)
                    verticalAlignment: Text.AlignVCenter
                }
                ChoiceBox {
                    id: logLevelBox
                    width: Math.min(Math.max(implicitWidth, 300), logLevelRow.width)
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "warn", text: qsTr("Only problems") },
                            { value: "info", text: qsTr("Normal") },
                            { value: "debug", text: qsTr("More, for a support request") },
                            { value: "trace", text: qsTr("Everything (slower)") }]
                    Component.onCompleted: currentIndex = Math.max(0, indexOfValue(app.logLevel))
                    Accessible.name: qsTr("How much goes in the log")
                    onActivated: app.logLevel = currentValue
                }
            }
            Label { visible: app.logFile.length > 0; text: app.logFile; color: Theme.subtleText; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
        }

        FormSection {
            title: qsTr("About")
            Label {
                text: qsTr("Tessera %1 · SDK %2 · Qt %3 · SQLite %4").arg(app.hostVersion).arg(app.sdkVersion).arg(app.qtVersion).arg(app.sqliteVersion)
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Item { height: Theme.spacing }
    }
}
