import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A medicine as the prescriber gave it. Saving a change keeps the old
// version, so dose changes have a history.
FormSection {
    id: form
    property QtObject backend
    property string medicineId
    property var changes: []
    signal saved(string id)
    signal cancelled()

    title: medicineId.length > 0 ? qsTr("Edit medicine") : qsTr("Add a medicine")
    description: qsTr("Copy what is on the label or the prescription.")

    function load(id) {
        const m = form.backend.loadMedicine(id)
        form.medicineId = id
        name.text = m.name || ""; strength.text = m.strength || ""; dose.text = m.dose || ""; route.text = m.route || ""
        times.text = m.times || ""; asNeeded.checked = m.asNeeded === true
        start.text = m.start || ""; stop.text = m.stop || ""; prescriber.text = m.prescriber || ""; purpose.text = m.purpose || ""
        refillDate.text = m.refillDate || ""; supplyDays.value = m.supplyDays || 0
        form.changes = m.changes || []
    }
    function clear() {
        form.medicineId = ""
        for (const f of [name, strength, dose, route, times, stop, prescriber, purpose, refillDate]) f.text = ""
        start.text = Qt.formatDate(new Date(), "yyyy-MM-dd")
        asNeeded.checked = false; supplyDays.value = 0; form.changes = []
    }
    Component.onCompleted: if (medicineId.length === 0) clear()

    GridLayout {
        columns: 4
        columnSpacing: Theme.spacing
        Layout.fillWidth: true
        Label { text: qsTr("Medicine"); color: Theme.subtleText }
        TextField { id: name; objectName: "name"; Layout.fillWidth: true; Accessible.name: qsTr("Medicine name") }
        Label { text: qsTr("Strength"); color: Theme.subtleText }
        TextField { id: strength; objectName: "strength"; placeholderText: qsTr("e.g. 50 mg"); Accessible.name: qsTr("Strength") }
        Label { text: qsTr("Dose"); color: Theme.subtleText }
        TextField { id: dose; objectName: "dose"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 1 tablet"); Accessible.name: qsTr("Dose") }
        Label { text: qsTr("How"); color: Theme.subtleText }
        TextField { id: route; placeholderText: qsTr("e.g. by mouth"); Accessible.name: qsTr("Route") }
        Label { text: qsTr("Times"); color: Theme.subtleText }
        TextField { id: times; objectName: "times"; enabled: !asNeeded.checked; Layout.fillWidth: true; placeholderText: qsTr("e.g. 08:00, 20:00"); Accessible.name: qsTr("Times of day") }
        Label { text: "" }
        CheckBox { id: asNeeded; objectName: "asNeeded"; text: qsTr("As needed"); Accessible.name: text }
        Label { text: qsTr("Started"); color: Theme.subtleText }
        TextField { id: start; objectName: "start"; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Start date") }
        Label { text: qsTr("Stopped"); color: Theme.subtleText }
        TextField { id: stop; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Stop date"); Accessible.description: stopNote.text }
        Label {
            id: stopNote
            objectName: "stopNote"
            Layout.columnSpan: 4
            Layout.fillWidth: true
            text: qsTr("Please don't stop an antidepressant without talking to your prescriber first: stopping suddenly can make you feel unwell, and they can help you plan it.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
        }
        Label { text: qsTr("Prescriber"); color: Theme.subtleText }
        TextField { id: prescriber; Layout.fillWidth: true; Accessible.name: qsTr("Prescriber") }
        Label { text: qsTr("For"); color: Theme.subtleText }
        TextField { id: purpose; placeholderText: qsTr("what it is for"); Accessible.name: qsTr("What it is for") }
        Label { text: qsTr("Last refill"); color: Theme.subtleText }
        TextField { id: refillDate; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Last refill date") }
        Label { text: qsTr("Days' supply"); color: Theme.subtleText }
        SpinBox { id: supplyDays; from: 0; to: 400; editable: true; Accessible.name: qsTr("Days of supply at the refill") }
    }
    InlineMessage { text: form.backend ? form.backend.lastError : ""; Layout.fillWidth: true }
    RowLayout {
        Button {
            objectName: "saveMedicine"
            text: qsTr("Save medicine")
            highlighted: true
            Accessible.name: text
            onClicked: {
                const id = form.backend.saveMedicine(form.medicineId, {
                    name: name.text, strength: strength.text, dose: dose.text, route: route.text,
                    times: times.text, asNeeded: asNeeded.checked, start: start.text, stop: stop.text,
                    prescriber: prescriber.text, purpose: purpose.text,
                    refillDate: refillDate.text, supplyDays: supplyDays.value })
                if (id.length > 0) form.saved(id)
            }
        }
        Button { text: qsTr("Cancel"); flat: true; Accessible.name: text; onClicked: form.cancelled() }
    }
    Label { visible: form.changes.length > 0; text: qsTr("Earlier versions"); color: Theme.text; font.bold: true }
    Repeater {
        model: form.changes
        delegate: Label { required property var modelData; text: qsTr("Until %1: %2").arg(modelData.until).arg(modelData.was); color: Theme.subtleText; Layout.fillWidth: true; wrapMode: Text.WordWrap }
    }
}
