import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Communication analysis: one interaction looked at closely, from what was
// said to what could be said differently next time.
ModulePage {
    id: page
    title: page.editing ? qsTr("A conversation") : qsTr("Look at a conversation")
    subtitle: qsTr("Pick one that went badly, or one that went well. Slowing it down shows where it turned.")
    readonly property bool editing: entryId.length > 0

    readonly property var fields: [
        { key: "situation", label: qsTr("What happened, where and when"), height: 56 },
        { key: "said", label: qsTr("What I said (and how)"), height: 56 },
        { key: "meant", label: qsTr("What I meant or wanted"), height: 56 },
        { key: "received", label: qsTr("How it was taken: what they said or did"), height: 56 },
        { key: "feelings", label: qsTr("How I felt, then and afterwards"), height: 56 },
        { key: "differently", label: qsTr("What I could say or do differently"), height: 72 }
    ]
    function box(key) { return boxes.itemAt(fields.findIndex(f => f.key === key)) }
    function form() {
        const f = { person: who.name, personKey: who.personKey }
        for (const field of fields) f[field.key] = box(field.key).text
        return f
    }
    Component.onCompleted: {
        if (!editing)
            return
        const c = backend.loadEntry(entryId)
        if (c.kind !== "communication")
            return
        who.set(c.person, c.personKey)
        for (const field of fields) box(field.key).text = c[field.key] || ""
    }

    FormSection {
        PersonPicker { id: who; people: page.backend ? page.backend.people : [] }
        Repeater {
            id: boxes
            model: page.fields
            delegate: LabelledBox { }
        }
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("Conversation deleted.")
            actionSpacing: Theme.spacing
            Button {
                objectName: "save"
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    const id = page.backend.saveCommunication(page.editing ? page.entryId : "", page.form())
                    if (id.length === 0)
                        return
                    if (page.editing) {
                        page.done()
                    } else {
                        saved.text = qsTr("Saved.")
                        who.set("", "")
                        for (let i = 0; i < boxes.count; ++i) boxes.itemAt(i).text = ""
                    }
                }
            }
        },
        FormSection {
            visible: !page.editing && page.backend && page.backend.conversations.length > 0
            title: qsTr("Earlier conversations")
            Repeater {
                model: page.backend ? page.backend.conversations : []
                delegate: EntryCard {
                    required property var modelData
                    Layout.fillWidth: true
                    title: modelData.title
                    summary: modelData.summary
                    time: modelData.when
                    moduleColor: "#a0708a"
                    onActivated: page.openEntry(modelData.id)
                }
            }
            ShowOlderButton { backend: page.backend; list: "conversations"; text: qsTr("Show older conversations") }
        }
    ]
}
