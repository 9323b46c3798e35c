import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Problem solving, step by step: the problem in concrete terms, what I want
// instead, options without judging, weighing each up, choosing one, a plan,
// and after trying it, how it went. Every save keeps the earlier version.
// Opened with a worksheet's entryId it continues that one.
ModulePage {
    id: page
    title: qsTr("Solve a problem")
    subtitle: qsTr("When a problem feels too big, take it one step at a time. You can stop at any step and come back to it.")

    property string problemId: ""
    property bool editing: false
    property string chosen: ""
    property bool changed: false
    property var loaded: ({})
    property var versions: []
    readonly property var ranked: {
        const opts = []
        for (let i = 0; i < options.count; ++i) {
            const o = options.get(i)
            if (o.text.trim().length > 0)
                opts.push({ id: o.oid, text: o.text, rating: o.rating })
        }
        const order = page.backend ? page.backend.rankedOptions(opts) : []
        return order.map(id => opts.find(o => o.id === id))
    }

    ListModel { id: options }
    ListModel { id: steps }

    function newId(prefix) { return prefix + Date.now().toString(36) + Math.floor(Math.random() * 1e6).toString(36) }
    function form() {
        const opts = [], plan = []
        for (let i = 0; i < options.count; ++i) {
            const o = options.get(i)
            opts.push({ id: o.oid, text: o.text, upMe: o.upMe, upOthers: o.upOthers, downMe: o.downMe, downOthers: o.downOthers, rating: o.rating })
        }
        for (let i = 0; i < steps.count; ++i) {
            const s = steps.get(i)
            plan.push({ id: s.sid, text: s.text, when: s.when, done: s.done })
        }
        return { problem: problem.text, goal: goal.text, options: opts, chosen: page.chosen, steps: plan,
                 tried: tried.checked, happened: happened.text, rating: howItWent.hasValue ? Math.round(howItWent.value) : -1, next: next.text }
    }
    function clear() {
        page.problemId = ""; page.chosen = ""; page.loaded = ({}); page.versions = []
        problem.text = ""; goal.text = ""; happened.text = ""; next.text = ""
        tried.checked = false; howItWent.reset()
        options.clear(); steps.clear()
        page.changed = false
    }
    function load(id) {
        const w = page.backend.loadProblem(id)
        if (w.id === undefined)
            return
        clear()
        page.loaded = w
        page.problemId = w.id
        problem.text = w.problem; goal.text = w.goal
        for (const o of w.options)
            options.append({ oid: o.id, text: o.text, upMe: o.upMe, upOthers: o.upOthers, downMe: o.downMe, downOthers: o.downOthers, rating: o.rating })
        page.chosen = w.chosen
        for (const s of w.steps)
            steps.append({ sid: s.id, text: s.text, when: s.when, done: s.done })
        tried.checked = w.tried
        happened.text = w.happened; next.text = w.next
        if (w.rating >= 0) howItWent.setValue(w.rating)
        page.editing = true
        page.changed = false
    }
    function saveWorksheet(draft) {
        const id = page.backend.saveProblem(page.problemId, form(), draft)
        if (id.length === 0)
            return false
        load(id)
        saved.text = draft ? qsTr("Draft saved. It is in your list to come back to.") : qsTr("Saved. Earlier versions are kept.")
        return true
    }

    // Leaving with changes: saved as it was (a draft stays a draft), or as a draft when
    // something in it cannot be saved yet (a draft is never refused over a date or a
    // plan without a chosen option). Returns whether it was kept.
    function keep() {
        if (!page.editing || !page.changed || problem.text.trim().length === 0 || !page.backend)
            return true
        const asDraft = page.problemId.length === 0 || page.loaded.draft === true
        return page.backend.saveProblem(page.problemId, form(), asDraft).length > 0
               || (!asDraft && page.backend.saveProblem(page.problemId, form(), true).length > 0)
    }

    Component.onCompleted: if (entryId.length > 0) load(entryId)
    // A worksheet left with changes is kept, never lost.
    Component.onDestruction: keep()

    // ---- The list ----
    FormSection {
        visible: !page.editing
        title: qsTr("My problems")
        description: qsTr("Worksheets you started, the newest first. Continue one, or start with a new problem.")
        Button {
            id: newProblem
            objectName: "newProblem"
            contentItem: ButtonLabel { control: newProblem } // wraps in a narrow card (SDK 2.6)
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: qsTr("Start with a new problem")
            highlighted: true
            Accessible.name: text
            onClicked: { page.clear(); page.editing = true; problem.forceActiveFocus() }
        }
        Label {
            visible: page.backend && page.backend.problems.length === 0
            text: qsTr("Nothing here yet. A problem written down is often easier to work on than one kept in your head.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.backend ? page.backend.problems : []
            delegate: ProblemCard { onOpenRequested: id => page.load(id) }
        }
        Button {
            visible: page.backend && page.backend.hasMoreProblems
            text: qsTr("Show more")
            Accessible.name: text
            onClicked: page.backend.showMoreProblems()
        }
    }

    // ---- The worksheet ----
    FormSection {
        visible: page.editing
        title: qsTr("1. The problem")
        description: qsTr("Say it in concrete terms: what happens, when, where and with whom. One problem at a time.")
        Label { text: qsTr("The problem"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: problem; objectName: "problem"; Layout.fillWidth: true; Layout.minimumHeight: 80 * Theme.textScale; accessibleName: qsTr("The problem"); onTextChanged: page.changed = true }
    }
    FormSection {
        visible: page.editing
        title: qsTr("2. What I want instead")
        description: qsTr("A realistic goal: something you could notice when it is better, even a small change.")
        Label { text: qsTr("What I want instead"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: goal; objectName: "goal"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What I want instead"); onTextChanged: page.changed = true }
    }
    FormSection {
        visible: page.editing
        title: qsTr("3. My options")
        description: qsTr("As many ways as you can think of, even odd ones. Do not judge them yet: that comes next.")
        Repeater {
            model: options
            delegate: OptionRow {
                onEdited: (field, value) => { options.setProperty(index, field, value); page.changed = true }
                onRemoveRequested: { if (options.get(index).oid === page.chosen) page.chosen = ""; options.remove(index); page.changed = true }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Another option"); color: Theme.subtleText }
            TextField {
                id: newOption
                objectName: "newOption"
                Layout.fillWidth: true
                maximumLength: 300
                Accessible.name: qsTr("Another option")
                onAccepted: if (addOption.enabled) addOption.clicked()
            }
            Button {
                id: addOption
                objectName: "addOption"
                text: qsTr("Add")
                enabled: newOption.text.trim().length > 0 && options.count < 20
                Accessible.name: qsTr("Add the option")
                onClicked: {
                    options.append({ oid: page.newId("o"), text: newOption.text.trim(), upMe: "", upOthers: "", downMe: "", downOthers: "", rating: -1 })
                    newOption.text = ""
                    page.changed = true
                    newOption.forceActiveFocus()
                }
            }
        }
    }
    FormSection {
        visible: page.editing && options.count > 0
        title: qsTr("4. Weighing them up")
        description: qsTr("For each option: what is good and what is hard about it, for you and for the people around you, now and later. Every box is optional: write what comes to mind. Then how well it could work.")
        Repeater {
            model: options
            delegate: OptionWeigh {
                onEdited: (field, value) => { options.setProperty(index, field, value); page.changed = true }
            }
        }
    }
    FormSection {
        visible: page.editing && options.count > 0
        title: qsTr("5. Choosing one")
        description: qsTr("Your options, the ones you rated highest first. Choose one to try; you can come back to the others.")
        ButtonGroup { id: choice }
        Repeater {
            model: page.ranked
            delegate: RadioButton {
                required property var modelData
                objectName: "choose"
                ButtonGroup.group: choice
                checked: page.chosen === modelData.id
                text: modelData.rating >= 0 ? qsTr("%1 (%2 out of 10)").arg(modelData.text).arg(modelData.rating)
                                            : qsTr("%1 (not weighed up yet)").arg(modelData.text)
                Accessible.name: text
                onToggled: if (checked) { page.chosen = modelData.id; page.changed = true }
            }
        }
    }
    FormSection {
        visible: page.editing && (page.chosen.length > 0 || steps.count > 0)
        title: qsTr("6. My plan")
        description: qsTr("Small steps, each with a day if you can. It helps to think of what you need, who could help, and what might get in the way. Tick a step when it is done.")
        InlineMessage {
            objectName: "noChoice"
            visible: page.chosen.length === 0
            text: qsTr("Choose an option above: this plan is for the one you choose. Until then it is kept as a draft.")
            Layout.fillWidth: true
        }
        Repeater {
            model: steps
            delegate: PlanStepRow {
                onEdited: (field, value) => { steps.setProperty(index, field, value); page.changed = true }
                onRemoveRequested: { steps.remove(index); page.changed = true }
            }
        }
        Button {
            objectName: "addStep"
            text: qsTr("Add a step")
            enabled: steps.count < 20
            Accessible.name: text
            onClicked: { steps.append({ sid: page.newId("s"), text: "", when: "", done: false }); page.changed = true }
        }
        RowLayout {
            visible: page.problemId.length > 0 && steps.count > 0 && page.chosen.length > 0
            Layout.fillWidth: true
            Label {
                objectName: "goalLink"
                text: page.loaded.madeGoal && page.loaded.madeGoal.id
                      ? qsTr("This plan is a goal: %1").arg(page.loaded.madeGoal.title)
                      : page.loaded.goalsRunning
                      ? qsTr("Want to track it over the coming weeks? Make it a goal.")
                      : qsTr("To track it as a goal, turn on Goals in Modules.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "makeGoal"
                visible: page.loaded.goalsRunning === true || (!!page.loaded.madeGoal && page.loaded.madeGoal.id !== undefined)
                text: page.loaded.madeGoal && page.loaded.madeGoal.id ? qsTr("Open the goal") : qsTr("Make this plan a goal")
                Accessible.name: text
                onClicked: {
                    if (page.loaded.madeGoal && page.loaded.madeGoal.id) {
                        page.openEntry(page.loaded.madeGoal.id)
                    } else if (!page.changed || page.saveWorksheet(false)) {
                        page.openPageWith("goals/goal", page.problemId)
                    }
                }
            }
        }
    }
    FormSection {
        visible: page.editing && (page.chosen.length > 0 || tried.checked)
        title: qsTr("7. After trying it")
        description: qsTr("However it went, you learn something. If it did not work, another option or a smaller step may.")
        CheckBox {
            id: tried
            objectName: "tried"
            text: qsTr("I have tried it")
            Accessible.name: text
            Layout.fillWidth: true
            contentItem: ControlLabel { control: tried }
            onToggled: page.changed = true
        }
        Label { visible: tried.checked; text: qsTr("What happened"); color: Theme.subtleText }
        TextBox { id: happened; objectName: "happened"; visible: tried.checked; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What happened"); onTextChanged: page.changed = true }
        RatingSlider {
            id: howItWent
            objectName: "howItWent"
            visible: tried.checked
            label: qsTr("How it went")
            lowHint: qsTr("Not well")
            highHint: qsTr("Very well")
            Layout.fillWidth: true
            onMoved: page.changed = true
        }
        Label { visible: tried.checked; text: qsTr("What next"); color: Theme.subtleText }
        TextBox { id: next; objectName: "next"; visible: tried.checked; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What next"); onTextChanged: page.changed = true }
    }
    FormSection {
        visible: page.editing && (page.loaded.versions || 0) > 0
        title: qsTr("Earlier versions")
        description: qsTr("%n earlier versions of this worksheet are kept.", "", page.loaded.versions || 0)
        Button {
            objectName: "showVersions"
            text: page.versions.length > 0 ? qsTr("Hide them") : qsTr("Show them")
            Accessible.name: page.versions.length > 0 ? qsTr("Hide earlier versions") : qsTr("Show earlier versions")
            onClicked: page.versions = page.versions.length > 0 ? [] : page.backend.problemVersions(page.problemId)
        }
        Repeater {
            model: page.versions
            delegate: ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: qsTr("Saved %1 · %2").arg(modelData.savedLabel).arg(modelData.stepLabel); font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Label { text: modelData.text; wrapMode: Text.WordWrap; color: Theme.subtleText; Layout.fillWidth: true }
            }
        }
    }

    belowError: [
        InlineMessage { id: saved; objectName: "savedMessage"; error: false; Layout.fillWidth: true },
        Flow {
            visible: page.editing
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "saveProblem"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save the worksheet")
                onClicked: page.saveWorksheet(false)
            }
            Button {
                objectName: "saveDraft"
                text: qsTr("Save as a draft")
                Accessible.name: text
                onClicked: page.saveWorksheet(true)
            }
            Button {
                objectName: "backToList"
                text: qsTr("Back to my problems")
                Accessible.name: text
                onClicked: {
                    if (page.changed && problem.text.trim().length === 0 && (goal.text.trim().length > 0 || options.count > 0)) {
                        saved.error = true
                        saved.text = qsTr("Write the problem in a few words first, so this worksheet can be kept.")
                        problem.forceActiveFocus()
                        return
                    }
                    if (!page.keep())
                        return // the reason is on the page; nothing is cleared
                    page.clear(); page.editing = false; saved.text = ""
                }
            }
        }
    ]
}
