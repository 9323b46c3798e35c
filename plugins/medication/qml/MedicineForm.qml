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

    Flow {
        id: fields
        Layout.fillWidth: true
        spacing: Theme.spacing
        // Two fields to a line where each gets room for about 18 letters, else one.
        readonly property real fieldWidth: width >= 2 * 18 * Theme.fontBody + spacing ? (width - spacing) / 2 : width
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Medicine")
            TextField { id: name; objectName: "name"; Layout.fillWidth: true; Accessible.name: qsTr("Medicine name") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Strength")
            TextField { id: strength; objectName: "strength"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 50 mg"); Accessible.name: qsTr("Strength") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Dose")
            TextField { id: dose; objectName: "dose"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 1 tablet"); Accessible.name: qsTr("Dose") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("How")
            TextField { id: route; objectName: "route"; Layout.fillWidth: true; placeholderText: qsTr("e.g. by mouth"); Accessible.name: qsTr("Route") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Times")
            TextField { id: times; objectName: "times"; enabled: !asNeeded.checked; Layout.fillWidth: true; placeholderText: qsTr("e.g. 08:00, 20:00"); Accessible.name: qsTr("Times of day") }
            CheckBox { id: asNeeded; objectName: "asNeeded"; text: qsTr("As needed"); Accessible.name: text }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Started")
            TextField { id: start; objectName: "start"; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Start date") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Stopped")
            TextField { id: stop; objectName: "stop"; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Stop date"); Accessible.description: stopNote.text }
        }
        Label {
            id: stopNote
            objectName: "stopNote"
            width: fields.width
            text: qsTr("Please don't stop an antidepressant without talking to your prescriber first: stopping suddenly can make you feel unwell, and they can help you plan it.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Prescriber")
            TextField { id: prescriber; objectName: "prescriber"; Layout.fillWidth: true; Accessible.name: qsTr("Prescriber") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("For")
            TextField { id: purpose; objectName: "purpose"; Layout.fillWidth: true; placeholderText: qsTr("what it is for"); Accessible.name: qsTr("What it is for") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Last refill")
            TextField { id: refillDate; objectName: "refillDate"; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Last refill date") }
        }
        LabelledField {
            width: fields.fieldWidth
            label: qsTr("Days' supply")
            SpinBox { id: supplyDays; objectName: "supplyDays"; from: 0; to: 400; editable: true; Accessible.name: qsTr("Days of supply at the refill") }
        }
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
