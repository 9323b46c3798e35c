import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One card of the inventory: who, how close, how often, support both ways,
// what works and what does not, what each expects, what you would change.
ModulePage {
    id: page
    title: page.editing ? name.text : qsTr("Add a person")
    subtitle: qsTr("Only you see this. A first name or a nickname is enough.")
    readonly property bool editing: entryId.length > 0
    property string circle: "middle"
    property string contact: ""

    function form() {
        return { name: name.text, relationship: relationship.text, circle: page.circle, contact: page.contact,
                 supportGiven: given.hasValue ? given.value : -1, supportReceived: received.hasValue ? received.value : -1,
                 confidant: confidant.checked, satisfying: satisfying.text, unsatisfying: unsatisfying.text,
                 theirExpectations: theirs.text, myExpectations: mine.text, change: change.text }
    }
    Component.onCompleted: {
        if (!editing)
            return
        const p = backend.loadEntry(entryId)
        if (p.kind !== "person")
            return
        name.text = p.name; relationship.text = p.relationship || ""
        page.circle = p.circle; page.contact = p.contact || ""
        if (p.supportGiven !== undefined) given.setValue(p.supportGiven)
        if (p.supportReceived !== undefined) received.setValue(p.supportReceived)
        confidant.checked = p.confidant === true
        satisfying.text = p.satisfying || ""; unsatisfying.text = p.unsatisfying || ""
        theirs.text = p.theirExpectations || ""; mine.text = p.myExpectations || ""; change.text = p.change || ""
    }

    FormSection {
        title: qsTr("Who")
        Label { text: qsTr("Name"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextField { id: name; objectName: "name"; Layout.fillWidth: true; Accessible.name: qsTr("Name") }
        Label { text: qsTr("Relationship"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextField { id: relationship; objectName: "relationship"; Layout.fillWidth: true; placeholderText: qsTr("Relationship, e.g. friend, mother, manager"); Accessible.name: qsTr("Relationship") }
        Label { text: qsTr("How close"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            objectName: "circle"
            multiple: false
            accessibleLabel: qsTr("How close")
            model: page.backend ? page.backend.circleOptions.map(o => o.label) : []
            selected: page.backend ? page.backend.circleOptions.filter(o => o.code === page.circle).map(o => o.label) : []
            onToggled: (l, on) => { if (on) page.circle = page.backend.circleOptions.find(o => o.label === l).code }
        }
        Label { text: qsTr("How often you are in touch"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            objectName: "contact"
            multiple: false
            accessibleLabel: qsTr("How often you are in touch")
            model: page.backend ? page.backend.contactOptions.map(o => o.label) : []
            selected: page.backend ? page.backend.contactOptions.filter(o => o.code === page.contact).map(o => o.label) : []
            onToggled: (l, on) => page.contact = on ? page.backend.contactOptions.find(o => o.label === l).code : ""
        }
        CheckBox { id: confidant; objectName: "confidant"; text: qsTr("I can tell this person how I really feel"); Accessible.name: text; Layout.fillWidth: true; contentItem: ControlLabel { control: confidant } }
    }
    FormSection {
        title: qsTr("Support")
        RatingSlider { id: given; objectName: "given"; Layout.fillWidth: true; label: qsTr("Support I give"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot"); value: 5 }
        RatingSlider { id: received; objectName: "received"; Layout.fillWidth: true; label: qsTr("Support I get"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot"); value: 5 }
    }
    FormSection {
        title: qsTr("The relationship")
        Label { text: qsTr("What works"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: satisfying; objectName: "satisfying"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; placeholderText: qsTr("What works, what I value"); accessibleName: qsTr("What works") }
        Label { text: qsTr("What does not work"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: unsatisfying; objectName: "unsatisfying"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; placeholderText: qsTr("What does not work, what hurts"); accessibleName: qsTr("What does not work") }
        Label { text: qsTr("What they expect of me"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: theirs; objectName: "theirExpectations"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; accessibleName: qsTr("What they expect of me") }
        Label { text: qsTr("What I expect of them"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: mine; objectName: "myExpectations"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; accessibleName: qsTr("What I expect of them") }
        Label { text: qsTr("What I would like to change"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: change; objectName: "change"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; accessibleName: qsTr("What I would like to change") }
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("%1 removed from your people.").arg(name.text)
            actionSpacing: Theme.spacing
            Button {
                objectName: "save"
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Add to my people")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    const id = page.backend.savePerson(page.editing ? page.entryId : "", page.form())
                    if (id.length === 0)
                        return
                    if (page.editing) {
                        page.done()
                    } else {
                        saved.text = qsTr("%1 added.").arg(name.text)
                        for (const f of [name, relationship, satisfying, unsatisfying, theirs, mine, change]) f.text = ""
                        confidant.checked = false; given.reset(); received.reset()
                    }
                }
            }
        }
    ]
}
