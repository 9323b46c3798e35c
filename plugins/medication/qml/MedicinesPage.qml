import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Every medicine with its schedule, how many doses were taken, and supply left.
ModulePage {
    id: page
    title: qsTr("My medicines")
    subtitle: qsTr("What you take, as prescribed, and how it has gone.")
    property bool editing: entryId.length > 0
    // An error shows in the medicine form, beside its Save medicine.
    showError: false

    function percent(p) { return p < 0 ? qsTr("none due") : Math.round(p) + " %" }
    Component.onCompleted: if (entryId.length > 0) form.load(entryId)

    Label {
        objectName: "moodWarning"
        text: qsTr("Good to know: in the first weeks of an antidepressant, or after the dose changes, mood can get worse and some people have thoughts of suicide. This is more likely under 25. If it happens to you, contact your prescriber straight away, or use Need help now? on the left.")
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "addMedicine"
        visible: !page.editing
        text: qsTr("Add a medicine")
        Accessible.name: text
        onClicked: { form.clear(); page.editing = true }
    }
    MedicineForm {
        id: form
        objectName: "medicineForm"
        visible: page.editing
        Layout.fillWidth: true
        backend: page.backend
        medicineId: page.entryId
        onSaved: page.editing = false
        onCancelled: page.editing = false
    }
    Label {
        objectName: "doseDaysNote"
        // Only when more doses were recorded in 30 days than the module reads at once.
        visible: page.backend && page.backend.doseDays < 30
        text: page.backend ? qsTr("Many doses are recorded, so these figures cover the last %1 days. The appointment summary counts every dose in its period.").arg(page.backend.doseDays) : ""
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        model: page.backend ? page.backend.medicines : []
        delegate: FormSection {
            required property var modelData
            title: modelData.name + (modelData.stopped ? qsTr(" (stopped)") : "")
            description: [modelData.details, modelData.scheduleLabel, modelData.purpose.length > 0 ? qsTr("for %1").arg(modelData.purpose) : ""].filter(s => s.length > 0).join(" · ")
            Label {
                text: modelData.asNeeded ? qsTr("Times taken as needed in the last 7 days: %1").arg(modelData.asNeeded7)
                    // A medicine just added: no figure yet, said once (it read "no doses due yet
                    // over 7 days, no doses due yet over 30 days").
                    : modelData.adherence30 < 0 ? qsTr("Doses taken: none to count yet")
                    : page.backend.doseDays >= 30
                      ? qsTr("Doses taken: %1 over 7 days, %2 over 30 days").arg(page.percent(modelData.adherence7)).arg(page.percent(modelData.adherence30))
                      : qsTr("Doses taken: %1 over the last %2 days").arg(page.percent(modelData.adherence30)).arg(page.backend.doseDays)
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: modelData.daysLeft >= 0
                text: modelData.daysLeft <= 7 ? qsTr("About %1 days of supply left: time to arrange a refill").arg(modelData.daysLeft)
                                              : qsTr("About %1 days of supply left").arg(modelData.daysLeft)
                color: modelData.daysLeft <= 7 ? Theme.accent : Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button { text: qsTr("Edit"); flat: true; Accessible.name: qsTr("Edit %1").arg(modelData.name); onClicked: { form.load(modelData.id); page.editing = true } }
        }
    }
    Button {
        objectName: "showMoreMedicines"
        visible: page.backend && page.backend.moreMedicines
        text: qsTr("Show more medicines")
        Accessible.name: text
        onClicked: page.backend.showMoreMedicines()
    }
}
