import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Today's doses as a checklist, and as-needed medicines to log.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(page.availableWidth - Theme.spacing * 4, 860)
        x: Theme.spacing * 2
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Today's medicines")
            subtitle: qsTr("Tick off each dose. This is a record for you and your prescriber; it does not give advice on doses.")
        }
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
                delegate: RowLayout {
                    id: doseRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label { text: modelData.time; color: Theme.text; font.bold: true; Layout.preferredWidth: 56 }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label { text: modelData.name; color: Theme.text }
                        Label { text: modelData.details; color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
                    }
                    Label { visible: modelData.status.length > 0; text: modelData.statusLabel; color: modelData.status === "taken" || modelData.status === "late" ? Theme.positive : Theme.subtleText; font.bold: true }
                    Repeater {
                        model: modelData.status.length > 0 ? [] : [{ s: "taken", l: qsTr("Taken") }, { s: "late", l: qsTr("Late") }, { s: "skipped", l: qsTr("Skipped") }, { s: "missed", l: qsTr("Missed") }]
                        delegate: Button {
                            required property var modelData
                            text: modelData.l
                            flat: modelData.s !== "taken"
                            highlighted: modelData.s === "taken"
                            objectName: "dose-" + modelData.s
                            Accessible.name: qsTr("%1 at %2: %3").arg(doseRow.modelData.name).arg(doseRow.modelData.time).arg(modelData.l)
                            onClicked: page.backend.logDose(doseRow.modelData.medicineKey, doseRow.modelData.slot, modelData.s, "")
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
                    Label { text: modelData.name; color: Theme.text; Layout.fillWidth: true }
                    Label { text: qsTr("%1 in the last 7 days").arg(modelData.asNeeded7); color: Theme.subtleText }
                    Button {
                        objectName: "asNeeded"
                        text: qsTr("Took a dose")
                        Accessible.name: qsTr("Took a dose of %1").arg(modelData.name)
                        onClicked: page.backend.logDose(modelData.key, "", "taken", "")
                    }
                }
            }
        }
        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
    }
}
