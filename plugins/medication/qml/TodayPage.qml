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
            // The name, and under it how often, beside the button; where the row leaves
            // them less than their one-line width (at most twelve letters' room, and never
            // less than their longest word) beside the button (a small window, large
            // text, Spanish), the button goes under them (issue 29): beside it at 800x600
            // and 200 % text, "1 in the last 7 days" took three lines.
            delegate: GridLayout {
                id: asNeededRow
                required property var modelData
                Layout.fillWidth: true
                columns: width - takeButton.implicitWidth - columnSpacing >= textRoom ? 2 : 1
                readonly property real textRoom: Math.max(longestWord(nameLabel), longestWord(countLabel),
                                                          Math.min(Math.max(oneLine(nameLabel), oneLine(countLabel)), 12 * metrics.averageCharacterWidth))
                columnSpacing: Theme.spacing
                function oneLine(label) { return Math.ceil(metrics.advanceWidth(String(label.text))) }
                function longestWord(label) {
                    return Math.ceil(String(label.text).split(/\s+/).reduce((w, word) => Math.max(w, metrics.advanceWidth(word)), 0))
                }
                FontMetrics { id: metrics; font: nameLabel.font }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { id: nameLabel; text: asNeededRow.modelData.name; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    Label {
                        id: countLabel
                        text: qsTr("%1 in the last 7 days").arg(asNeededRow.modelData.asNeeded7)
                        color: Theme.subtleText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                Button {
                    id: takeButton
                    objectName: "asNeeded"
                    text: qsTr("Took a dose")
                    Accessible.name: qsTr("Took a dose of %1").arg(asNeededRow.modelData.name)
                    onClicked: page.backend.logDose(asNeededRow.modelData.key, "", "taken", "")
                }
            }
        }
    }
}
