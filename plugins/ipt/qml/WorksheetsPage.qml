import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The worksheets: a role transition (the old role and the new), a role
// dispute (each side's expectations and where it stands), grief (the person
// and the relationship, and who to lean on now) and isolation and loneliness
// (patterns, the contact wanted, small steps). Each is one entry revisited
// over time; every earlier version is kept and listed.
ModulePage {
    id: page
    title: qsTr("Worksheets")
    subtitle: qsTr("Come back to a worksheet as things change; each saved version is kept.")
    property string openId: entryId   // the worksheet in the form ("" = a new one)
    property string openKind: "transition"
    property string stage: "renegotiation"
    property var versions: []

    readonly property var transitionFields: [
        { key: "lost", label: qsTr("The old role: what I have lost") },
        { key: "good", label: qsTr("The old role: what was good about it") },
        { key: "demands", label: qsTr("The new role: what it asks of me") },
        { key: "opportunities", label: qsTr("The new role: what it offers") },
        { key: "feelings", label: qsTr("How I feel about the change") },
        { key: "skills", label: qsTr("Skills I need for the new role") },
        { key: "support", label: qsTr("Support I need, and from whom") }
    ]
    readonly property var griefFields: [
        { key: "relationship", label: qsTr("Who they were to me") },
        { key: "good", label: qsTr("What was good between us") },
        { key: "hard", label: qsTr("What was hard, or is left unsaid") },
        { key: "feelings", label: qsTr("How I feel now, including feelings that surprise me") },
        { key: "avoided", label: qsTr("What I have put off or avoided since") },
        { key: "support", label: qsTr("People and activities I can lean on now") }
    ]
    readonly property var isolationFields: [
        { key: "patterns", label: qsTr("What tended to happen in past friendships and relationships") },
        { key: "wanted", label: qsTr("The contact I would like more of") },
        { key: "barriers", label: qsTr("What gets in the way") },
        { key: "steps", label: qsTr("Small steps towards people I could try") },
        { key: "tried", label: qsTr("What I tried, and how it went") }
    ]
    readonly property var kindCodes: ["transition", "dispute", "grief", "isolation"]
    readonly property var disputeFields: [
        { key: "myExpectations", label: qsTr("What I expect of them") },
        { key: "theirExpectations", label: qsTr("What they expect of me") },
        { key: "options", label: qsTr("Options: what could change, on either side") }
    ]
    function fieldsBox(repeater, fields, key) { return repeater.itemAt(fields.findIndex(f => f.key === key)) }
    function clear() {
        openId = ""; versions = []; transitionTitle.text = ""; issue.text = ""; who.set("", ""); lost.set("", ""); isolationTitle.text = ""; stage = "renegotiation"
        for (const r of [tBoxes, dBoxes, gBoxes, iBoxes])
            for (let i = 0; i < r.count; ++i) r.itemAt(i).text = ""
    }
    function load(id) {
        const w = backend.loadEntry(id)
        if (kindCodes.indexOf(w.kind) < 0)
            return
        clear()
        openId = id
        openKind = w.kind
        if (w.kind === "transition") {
            transitionTitle.text = w.title || ""
            for (const f of transitionFields) fieldsBox(tBoxes, transitionFields, f.key).text = w[f.key] || ""
        } else if (w.kind === "grief") {
            lost.set(w.person, w.personKey || "")
            for (const f of griefFields) fieldsBox(gBoxes, griefFields, f.key).text = w[f.key] || ""
        } else if (w.kind === "isolation") {
            isolationTitle.text = w.title || ""
            for (const f of isolationFields) fieldsBox(iBoxes, isolationFields, f.key).text = w[f.key] || ""
        } else {
            who.set(w.person, w.personKey)
            issue.text = w.issue
            stage = w.stage
            for (const f of disputeFields) fieldsBox(dBoxes, disputeFields, f.key).text = w[f.key] || ""
        }
        versions = backend.versions(id)
    }
    function form() {
        const f = {}
        if (openKind === "transition") {
            f.title = transitionTitle.text
            for (const x of transitionFields) f[x.key] = fieldsBox(tBoxes, transitionFields, x.key).text
        } else if (openKind === "grief") {
            f.person = lost.name; f.personKey = lost.personKey
            for (const x of griefFields) f[x.key] = fieldsBox(gBoxes, griefFields, x.key).text
        } else if (openKind === "isolation") {
            f.title = isolationTitle.text
            for (const x of isolationFields) f[x.key] = fieldsBox(iBoxes, isolationFields, x.key).text
        } else {
            f.person = who.name; f.personKey = who.personKey; f.issue = issue.text; f.stage = stage
            for (const x of disputeFields) f[x.key] = fieldsBox(dBoxes, disputeFields, x.key).text
        }
        return f
    }
    Component.onCompleted: if (entryId.length > 0) load(entryId)

    ChipPicker {
        objectName: "worksheetKind"
        multiple: false
        accessibleLabel: qsTr("Which worksheet")
        readonly property var kinds: [{ code: "transition", label: qsTr("A role transition") }, { code: "dispute", label: qsTr("A role dispute") },
                                      { code: "grief", label: qsTr("Grief") }, { code: "isolation", label: qsTr("Feeling cut off or lonely") }]
        model: kinds.map(k => k.label)
        selected: kinds.filter(k => k.code === page.openKind).map(k => k.label)
        onToggled: (l, on) => {
            if (!on)
                return
            page.clear()
            page.openKind = kinds.find(k => k.label === l).code
        }
    }
    FormSection {
        id: existing
        readonly property var list: !page.backend ? []
                                    : page.openKind === "transition" ? page.backend.transitions
                                    : page.openKind === "dispute" ? page.backend.disputes
                                    : page.openKind === "grief" ? page.backend.griefs : page.backend.isolations
        visible: list.length > 0
        title: page.openKind === "transition" ? qsTr("My transition worksheets")
             : page.openKind === "dispute" ? qsTr("My dispute worksheets")
             : page.openKind === "grief" ? qsTr("My grief worksheets") : qsTr("My worksheets on feeling cut off")
        Repeater {
            model: existing.list
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.title
                summary: modelData.summary + (modelData.versions > 0 ? " · " + qsTr("%1 earlier versions").arg(modelData.versions) : "")
                time: qsTr("changed %1").arg(modelData.updated)
                moduleColor: "#a0708a"
                onActivated: page.load(modelData.id)
            }
        }
        ShowOlderButton {
            backend: page.backend
            list: page.openKind === "transition" ? "transitions" : page.openKind === "dispute" ? "disputes"
                : page.openKind === "grief" ? "griefs" : "isolations"
            text: qsTr("Show older worksheets")
        }
        Button { visible: page.openId.length > 0; text: qsTr("Start a new worksheet"); flat: true; Accessible.name: text; onClicked: { const k = page.openKind; page.clear(); page.openKind = k } }
    }
    FormSection {
        visible: page.openKind === "transition"
        title: page.openId.length > 0 ? qsTr("Role transition") : qsTr("A new role transition")
        Label { text: qsTr("The change"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextField { id: transitionTitle; objectName: "title"; Layout.fillWidth: true; placeholderText: qsTr("The change, e.g. going back to work"); Accessible.name: qsTr("The change") }
        Repeater {
            id: tBoxes
            model: page.transitionFields
            delegate: LabelledBox { }
        }
    }
    FormSection {
        visible: page.openKind === "dispute"
        title: page.openId.length > 0 ? qsTr("Role dispute") : qsTr("A new role dispute")
        PersonPicker { id: who; label: qsTr("Who is it with?"); people: page.backend ? page.backend.people : [] }
        Label { text: qsTr("What it is about"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextField { id: issue; objectName: "issue"; Layout.fillWidth: true; placeholderText: qsTr("What it is about"); Accessible.name: qsTr("What the dispute is about") }
        Repeater {
            id: dBoxes
            model: page.disputeFields
            delegate: LabelledBox { }
        }
        Label { text: qsTr("Where it stands"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            objectName: "stage"
            multiple: false
            accessibleLabel: qsTr("Where it stands")
            model: page.backend ? page.backend.stageOptions.map(o => o.label) : []
            selected: page.backend ? page.backend.stageOptions.filter(o => o.code === page.stage).map(o => o.label) : []
            onToggled: (l, on) => { if (on) page.stage = page.backend.stageOptions.find(o => o.label === l).code }
        }
    }
    FormSection {
        visible: page.openKind === "grief"
        title: page.openId.length > 0 ? qsTr("Grief") : qsTr("A new grief worksheet")
        PersonPicker { id: lost; objectName: "griefPerson"; label: qsTr("Who are you grieving for?"); people: page.backend ? page.backend.people : [] }
        Repeater {
            id: gBoxes
            model: page.griefFields
            delegate: LabelledBox { }
        }
    }
    FormSection {
        visible: page.openKind === "isolation"
        title: page.openId.length > 0 ? qsTr("Feeling cut off or lonely") : qsTr("A new worksheet on feeling cut off or lonely")
        Label { text: qsTr("A short name for this worksheet"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextField { id: isolationTitle; objectName: "isolationTitle"; Layout.fillWidth: true; placeholderText: qsTr("A short name, e.g. since the move"); Accessible.name: qsTr("A short name for this worksheet") }
        Repeater {
            id: iBoxes
            model: page.isolationFields
            delegate: LabelledBox { }
        }
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            backend: page.backend
            entryId: page.openId
            message: qsTr("Worksheet deleted.")
            actionSpacing: Theme.spacing
            onRemoved: page.clear()
            onRestored: id => page.load(id)
            Button {
                objectName: "save"
                text: page.openId.length > 0 ? qsTr("Save a new version") : qsTr("Save worksheet")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    const f = page.form()
                    const id = page.openKind === "transition" ? page.backend.saveTransition(page.openId, f)
                             : page.openKind === "dispute" ? page.backend.saveDispute(page.openId, f)
                             : page.openKind === "grief" ? page.backend.saveGrief(page.openId, f)
                             : page.backend.saveIsolation(page.openId, f)
                    if (id.length === 0)
                        return
                    page.openId = id
                    page.versions = page.backend.versions(id)
                    saved.text = qsTr("Saved. Earlier versions are kept below.")
                }
            }
        },
        FormSection {
            visible: page.versions.length > 0
            title: qsTr("Earlier versions")
            Repeater {
                model: page.versions
                delegate: Label { required property var modelData; text: modelData.when + " · " + modelData.summary; color: Theme.subtleText; Layout.fillWidth: true; wrapMode: Text.WordWrap }
            }
        }
    ]
}
