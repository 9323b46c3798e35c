import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Today's doses as a checklist, and as-needed medicines to log.
ModulePage {
    id: page
    title: qsTr("Today's medicines")
    subtitle: qsTr("Record each dose when you have taken it, or if it was not taken. This is a record for you and your prescriber; it does not give advice on doses.")

    EmptyState {
        visible: page.backend && page.backend.medicines.length === 0
        Layout.fillWidth: true
        title: qsTr("No medicines yet")
        message: qsTr("Add them under My medicines, as your prescriber gave them to you.")
    }
    FormSection {
        title: qsTr("Scheduled for today")
        visible: page.backend && page.backend.today.length > 0
        Repeater {
            model: page.backend ? page.backend.today : []
            delegate: ColumnLayout {
                id: doseRow
                objectName: "doseRow"
                required property var modelData
                // The choice (one of backend.doseChoices) whose optional reason is being asked for.
                property var pending: null
                readonly property bool recorded: modelData.status.length > 0
                function record(status, reason) {
                    if (page.backend.logDose(modelData.medicineKey, modelData.slot, status, reason).length > 0)
                        pending = null
                }
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                // The dose's state under its name and details, at every width (at the right it
                // met the name at 800x600 and 200 % text).
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: doseRow.modelData.time; color: Theme.text; font.bold: true
                        Layout.preferredWidth: 56 * Theme.textScale // grows with the text (issue 29)
                        Layout.alignment: Qt.AlignTop
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label { text: doseRow.modelData.name; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Label { text: doseRow.modelData.details; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Label {
                            objectName: "doseStatus"
                            text: doseRow.modelData.statusLabel
                            // Recorded: bold; not yet recorded: plain and subtle, so it never reads as a record.
                            color: doseRow.modelData.taken ? Theme.positive : Theme.subtleText
                            font.bold: doseRow.recorded
                            font.italic: !doseRow.recorded
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Accessible.name: qsTr("%1 at %2: %3").arg(doseRow.modelData.name).arg(doseRow.modelData.time).arg(text)
                        }
                    }
                }
                Flow {
                    visible: !doseRow.recorded && doseRow.pending === null
                    Layout.fillWidth: true
                    Layout.leftMargin: 56 * Theme.textScale + Theme.spacing
                    spacing: Theme.spacing / 2
                    Repeater {
                        // The statuses and their labels come from the backend, so a button says
                        // what the recorded dose will then say (and its entry's title).
                        model: page.backend ? page.backend.doseChoices : []
                        delegate: Button {
                            required property var modelData
                            text: modelData.label
                            objectName: "dose-" + modelData.status
                            Accessible.name: qsTr("Record %1 at %2 as %3").arg(doseRow.modelData.name).arg(doseRow.modelData.time).arg(modelData.label.toLowerCase())
                            onClicked: {
                                if (modelData.asksReason) {
                                    doseRow.pending = modelData
                                    reason.forceActiveFocus()
                                } else {
                                    doseRow.record(modelData.status, "")
                                }
                            }
                        }
                    }
                }
                RowLayout {
                    visible: doseRow.pending !== null
                    Layout.fillWidth: true
                    Layout.leftMargin: 56 * Theme.textScale + Theme.spacing
                    TextField {
                        id: reason
                        objectName: "doseReason"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Why it was not taken, if you want to say (optional)")
                        Accessible.name: qsTr("Reason the dose was not taken (optional)")
                        onAccepted: doseRow.record(doseRow.pending.status, text)
                    }
                    Button {
                        objectName: "saveDose"
                        text: doseRow.pending ? qsTr("Save as %1").arg(doseRow.pending.label.toLowerCase()) : ""
                        highlighted: true
                        Accessible.name: text
                        onClicked: doseRow.record(doseRow.pending.status, reason.text)
                    }
                    Button {
                        text: qsTr("Cancel")
                        flat: true
                        Accessible.name: qsTr("Cancel, leave the dose not yet recorded")
                        onClicked: { doseRow.pending = null; reason.text = "" }
                    }
                }
            }
        }
    }
    FormSection {
        title: qsTr("As needed")
        visible: page.backend && page.backend.medicines.some(m => m.asNeeded && !m.stopped)
        Repeater {
            model: page.backend ? page.backend.medicines.filter(m => m.asNeeded && !m.stopped) : []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                // The name, and under it how often: both wrap, whatever the language and text size (issue 29).
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { text: modelData.name; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    Label {
                        text: qsTr("%1 in the last 7 days").arg(modelData.asNeeded7)
                        color: Theme.subtleText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "asNeeded"
                    text: qsTr("Took a dose")
                    Accessible.name: qsTr("Took a dose of %1").arg(modelData.name)
                    onClicked: page.backend.logDose(modelData.key, "", "taken", "")
                }
            }
        }
    }
}
