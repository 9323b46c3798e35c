import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// What matters to you in each part of life, and activities that would serve
// it, from easy to hard.
ModulePage {
    id: page
    title: qsTr("Values")
    subtitle: qsTr("Activities chosen for what matters to you are easier to start and more rewarding to finish.")
    property string editingId: ""
    // The value open in the form was removed: the form stays for Undo, but cannot save it.
    readonly property bool editingRemoved: editingId.length > 0 && removal.removedId === editingId

    ListModel { id: acts }

    function edit(v) {
        page.editingId = v.id
        area.currentIndex = Math.max(0, area.indexOfValue(v.area))
        value.text = v.value
        acts.clear()
        for (const a of v.activities)
            acts.append({ text: a.text, difficulty: a.difficulty })
    }
    Component.onCompleted: {
        if (page.entryId.length === 0 || !page.backend)
            return
        const v = page.backend.loadEntry(page.entryId)
        if (v.kind === "value")
            edit(v)
    }

    Repeater {
        model: page.backend ? page.backend.values : []
        delegate: FormSection {
            id: valueBox
            required property var modelData
            title: modelData.value
            description: modelData.areaName
            Repeater {
                model: modelData.activities
                delegate: Label { required property var modelData; text: qsTr("%1 (difficulty %2 of 10)").arg(modelData.text).arg(modelData.difficulty); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
            RowLayout {
                Button { text: qsTr("Edit"); flat: true; Accessible.name: qsTr("Edit %1").arg(valueBox.modelData.value); onClicked: page.edit(valueBox.modelData) }
                ConfirmAction {
                    objectName: "remove-" + valueBox.modelData.id
                    text: qsTr("Remove")
                    question: qsTr("Remove this value? You can undo it straight after.")
                    confirmText: qsTr("Remove")
                    onConfirmed: removal.remove(valueBox.modelData.id)
                }
            }
        }
    }
    // Values are read a page at a time (issue 18); older ones on request.
    Button {
        objectName: "moreValues"
        visible: page.backend ? page.backend.moreValues : false
        text: qsTr("Show more values")
        flat: true
        Accessible.name: text
        onClicked: page.backend.showMoreValues()
    }
    // Undo for a value removed from its card above (the card goes with it).
    DeleteWithUndo { id: removal; backend: page.backend; message: qsTr("Value removed.") }
    FormSection {
        title: page.editingId.length > 0 ? qsTr("Edit value") : qsTr("Add a value")
        Label { id: areaLabel; text: qsTr("Part of life"); color: Theme.text }
        ChoiceBox { id: area; objectName: "valueArea"; textRole: "name"; valueRole: "code"; model: page.backend ? page.backend.areas : []; Layout.fillWidth: true; Layout.preferredWidth: 260; Layout.maximumWidth: Math.max(260, implicitWidth); Accessible.name: areaLabel.text }
        TextField { id: value; objectName: "value"; Layout.fillWidth: true; placeholderText: qsTr("What matters to you here, e.g. being a reliable friend"); Accessible.name: qsTr("Value") }
        Repeater {
            model: acts
            delegate: RowLayout {
                required property int index
                required property var model
                Layout.fillWidth: true
                TextField { text: model.text; Layout.fillWidth: true; placeholderText: qsTr("An activity that serves it"); Accessible.name: qsTr("Activity"); onTextEdited: acts.setProperty(index, "text", text) }
                Label { text: qsTr("Difficulty"); color: Theme.text }
                SpinBox { from: 1; to: 10; value: model.difficulty; Accessible.name: qsTr("Difficulty, 1 easy to 10 hard"); onValueModified: acts.setProperty(index, "difficulty", value) }
            }
        }
        Button { objectName: "addValueActivity"; text: qsTr("Add an activity"); flat: true; Accessible.name: text; onClicked: acts.append({ text: "", difficulty: 3 }) }
        Button {
            objectName: "saveValue"
            enabled: !page.editingRemoved
            text: qsTr("Save value")
            highlighted: true
            Accessible.name: text
            onClicked: {
                const list = []
                for (let i = 0; i < acts.count; ++i) list.push({ text: acts.get(i).text, difficulty: acts.get(i).difficulty })
                if (page.backend.saveValue(page.editingId, area.currentValue, value.text, list).length > 0) { value.text = ""; acts.clear(); page.editingId = "" }
            }
        }
    }
}
