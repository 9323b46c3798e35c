import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The seven steps of a thought record on one page. Save as a draft at any
// point and finish later; opened with an entryId it edits that record.
ModulePage {
    id: page
    title: page.entryId.length > 0 ? qsTr("Thought record") : qsTr("New thought record")
    subtitle: qsTr("Slow a difficult moment down and look at it from more than one side. You can stop after any step and save a draft.")
    property string recordId: entryId
    property var distortionIds: []
    property var steps: []

    ListModel { id: moods }
    ListModel { id: thoughts }

    // ---- form state to and from the backend's record map ----
    function record() {
        const m = []
        for (let i = 0; i < moods.count; ++i) {
            const mood = { name: moods.get(i).name, before: moods.get(i).before, after: moods.get(i).after }
            if (moods.get(i).pleasantSet)
                mood.pleasant = moods.get(i).pleasant
            m.push(mood)
        }
        const t = []
        for (let i = 0; i < thoughts.count; ++i)
            t.push({ text: thoughts.get(i).text, hot: thoughts.get(i).hot })
        return {
            situation: situation.text, moods: m, thoughts: t,
            hotBelief: hotBelief.hasValue ? hotBelief.value : -1,
            hotBeliefAfter: hotBeliefAfter.hasValue ? hotBeliefAfter.value : -1,
            distortions: page.distortionIds,
            evidenceFor: evidenceFor.text, evidenceAgainst: evidenceAgainst.text,
            balancedThought: balanced.text,
            balancedBelief: balancedBelief.hasValue ? balancedBelief.value : -1
        }
    }
    function updateSteps() {
        page.steps = page.backend ? page.backend.stepsDone(record()) : []
        page.currentState = JSON.stringify(record())
    }
    // The record as last opened or saved: what leaving the page compares with.
    property string keptState
    // The record as it is now (every change goes through updateSteps()).
    property string currentState
    function markKept() {
        page.keptState = JSON.stringify(record())
        page.currentState = page.keptState
    }
    // A finished record opened: it is never made a draft again, so changes to it
    // are only saved by "Save finished record".
    property bool recordFinished: false
    // Changes to a finished record not saved: Tessera asks before it quits (SDK
    // 2.6.1). A new record or a draft needs no question: leaving the page, quitting
    // included, keeps it as a draft.
    unsavedWriting: page.recordFinished && page.currentState !== page.keptState
    onDistortionIdsChanged: updateSteps()
    function clear() {
        page.recordId = ""
        page.recordFinished = false
        situation.text = ""; evidenceFor.text = ""; evidenceAgainst.text = ""; balanced.text = ""
        moods.clear(); thoughts.clear()
        moods.append({ name: "", before: -1, after: -1, pleasant: false, pleasantSet: false })
        thoughts.append({ text: "", hot: true })
        for (const s of [hotBelief, hotBeliefAfter, balancedBelief])
            s.reset(50)
        page.distortionIds = []
        updateSteps()
        markKept()
    }
    // Fills the form from a record map (as loadRecord() or record() give it).
    function fill(r) {
        situation.text = r.situation || ""
        evidenceFor.text = r.evidenceFor || ""
        evidenceAgainst.text = r.evidenceAgainst || ""
        balanced.text = r.balancedThought || ""
        moods.clear()
        for (const m of (r.moods || []))
            moods.append({ name: m.name, before: m.before === undefined ? -1 : m.before, after: m.after === undefined ? -1 : m.after,
                           pleasant: m.pleasant === true, pleasantSet: m.pleasant !== undefined })
        thoughts.clear()
        for (const t of (r.thoughts || []))
            thoughts.append({ text: t.text, hot: t.hot === true })
        const sliders = [[hotBelief, r.hotBelief], [hotBeliefAfter, r.hotBeliefAfter], [balancedBelief, r.balancedBelief]]
        for (const [slider, value] of sliders) {
            if (value !== undefined && value >= 0)
                slider.setValue(value)
            else
                slider.reset(50)
        }
        page.distortionIds = r.distortions || []
    }
    function load(id) {
        const r = page.backend.loadRecord(id)
        if (r.id === undefined)
            return
        page.recordFinished = !page.backend.canKeepDraft(id)
        fill(r)
        whenLabel.text = qsTr("%1 from %2").arg(r.statusLabel).arg(r.when)
        updateSteps()
        markKept()
        // Changed earlier and left without saving (a finished record is not made a
        // draft): the changes are given back, not yet saved, until saved or put back.
        const edit = page.backend.unsavedEdit(id)
        page.restoredEdit = edit.situation !== undefined
        if (page.restoredEdit) {
            fill(edit)
            updateSteps()
        }
    }
    property bool restoredEdit: false
    function putBackSaved() {
        page.backend.dropUnsavedEdit(page.recordId)
        load(page.recordId)
    }
    function save(complete) {
        const id = page.backend.saveRecord(page.recordId, record(), complete)
        if (id.length === 0)
            return false
        markKept()
        page.backend.dropUnsavedEdit(id)
        page.restoredEdit = false
        if (page.entryId.length > 0) {
            page.done()
        } else if (complete) {
            saved.text = qsTr("Saved. Well done for working it through.")
            page.lastSavedId = id
            clear()
        } else {
            page.recordId = id
            page.recordFinished = false
            saved.text = qsTr("Saved as a draft. Finish it any time from My thought records.")
        }
        return true
    }
    // Left with something written and not saved (another page, Need help now?,
    // the lock): kept as a draft, as "you can stop after any step" promises.
    // A finished record is never made a draft again: its changes are kept in
    // memory for this run and given back when it is opened again; nor is one
    // deleted meanwhile written to.
    Component.onDestruction: {
        if (!page.backend || deletion.deleted)
            return
        const changed = page.steps.length > 0 && JSON.stringify(record()) !== page.keptState
        if (page.recordId.length > 0 && !page.backend.canKeepDraft(page.recordId)) {
            if (changed)
                page.backend.keepUnsavedEdit(page.recordId, record())
            else
                page.backend.dropUnsavedEdit(page.recordId)
            return
        }
        if (changed)
            page.backend.saveRecord(page.recordId, record(), false)
    }
    property string lastSavedId

    component NotRatedNote: Label {
        property bool shown
        visible: shown
        text: qsTr("Not rated yet: move the slider (arrow keys work too).")
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    Component.onCompleted: entryId.length > 0 ? load(entryId) : clear()

    Label { id: whenLabel; visible: text.length > 0; color: Theme.subtleText }
    // The changes given back (load()), with the way to the saved record.
    RowLayout {
        objectName: "unsavedChanges"
        visible: page.restoredEdit
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            text: qsTr("Your changes from before are here, not saved yet. Save finished record keeps them.")
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            id: putBackButton
            objectName: "putBackSaved"
            text: qsTr("Show the saved record")
            flat: true
            contentItem: ButtonLabel { control: putBackButton }
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Accessible.name: text
            onClicked: page.putBackSaved()
        }
    }

    StepSection {
        step: 1; heading: qsTr("Situation"); done: page.steps.indexOf(1) >= 0
        description: qsTr("Where were you, who was there, what was happening?")
        TextBox { id: situation; objectName: "situation"; Layout.fillWidth: true; Layout.minimumHeight: 80 * Theme.textScale; accessibleName: qsTr("Situation"); onTextChanged: page.updateSteps() }
    }

    StepSection {
        step: 2; heading: qsTr("Moods"); done: page.steps.indexOf(2) >= 0
        description: qsTr("Name each feeling and how strong it was, from 0 to 100 %. Tick “Pleasant” for a good feeling, such as hopeful or calm, so that its rise counts as a change for the better.")
        Repeater {
            model: moods
            delegate: MoodRow {
                required property int index
                required property var model
                objectName: "mood" + index
                Layout.fillWidth: true
                name: model.name
                rating: model.before
                // The client's own mark, else what the name suggests.
                pleasant: model.pleasantSet ? model.pleasant : (page.backend ? page.backend.isPleasantMood(model.name) : false)
                onPleasantToggled: p => { moods.setProperty(index, "pleasant", p); moods.setProperty(index, "pleasantSet", true) }
                onNameEdited: n => { moods.setProperty(index, "name", n); page.updateSteps() }
                onRated: v => { moods.setProperty(index, "before", v); page.updateSteps() }
                onRemoveRequested: { moods.remove(index); page.updateSteps() }
            }
        }
        Button {
            id: addMood
            text: qsTr("Add another mood")
            flat: true
            contentItem: ButtonLabel { control: addMood } // wraps in a narrow card (SDK 2.6)
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Accessible.name: text
            onClicked: moods.append({ name: "", before: -1, after: -1, pleasant: false, pleasantSet: false })
        }
    }

    StepSection {
        step: 3; heading: qsTr("Automatic thoughts"); done: page.steps.indexOf(3) >= 0
        description: qsTr("What went through your mind? Mark the one that carries the most feeling as the hot thought.")
        Repeater {
            model: thoughts
            delegate: ThoughtRow {
                required property int index
                required property var model
                Layout.fillWidth: true
                text: model.text
                hot: model.hot
                onEdited: t => { thoughts.setProperty(index, "text", t); page.updateSteps() }
                onMadeHot: { for (let i = 0; i < thoughts.count; ++i) thoughts.setProperty(i, "hot", i === index); page.updateSteps() }
                onRemoveRequested: { thoughts.remove(index); page.updateSteps() }
            }
        }
        Button {
            id: addThought
            text: qsTr("Add another thought")
            flat: true
            contentItem: ButtonLabel { control: addThought } // wraps in a narrow card (SDK 2.6)
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Accessible.name: text
            onClicked: thoughts.append({ text: "", hot: thoughts.count === 0 })
        }
        RatingSlider { id: hotBelief; objectName: "hotBelief"; Layout.fillWidth: true; percent: true; value: 50; label: qsTr("How much do you believe the hot thought?"); onMoved: page.updateSteps() }
        NotRatedNote { shown: !hotBelief.hasValue }
        Label { text: qsTr("Does the hot thought fit any of these patterns?"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        ChipPicker {
            id: distortionPicker
            objectName: "distortions"
            accessibleLabel: qsTr("Thinking pattern")
            model: page.backend ? page.backend.distortions.map(d => d.name) : []
            selected: page.backend ? page.backend.distortionNames(page.distortionIds) : []
            onToggled: (name, on) => {
                const d = page.backend.distortions.find(x => x.name === name)
                if (!d) return
                page.distortionIds = on ? page.distortionIds.concat([d.id]) : page.distortionIds.filter(x => x !== d.id)
            }
        }
        Repeater {
            model: page.backend ? page.backend.distortions.filter(d => page.distortionIds.indexOf(d.id) >= 0) : []
            delegate: Label {
                required property var modelData
                text: qsTr("<b>%1</b>: %2 <i>For example: “%3”</i>").arg(modelData.name).arg(modelData.explanation).arg(modelData.example)
                textFormat: Text.StyledText
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    StepSection {
        step: 4; heading: qsTr("Evidence for the hot thought"); done: page.steps.indexOf(4) >= 0
        description: qsTr("Facts that support it: what happened, not how it felt.")
        TextBox { id: evidenceFor; objectName: "evidenceFor"; Layout.fillWidth: true; Layout.minimumHeight: 80 * Theme.textScale; accessibleName: qsTr("Evidence for"); onTextChanged: page.updateSteps() }
    }

    StepSection {
        step: 5; heading: qsTr("Evidence against the hot thought"); done: page.steps.indexOf(5) >= 0
        description: qsTr("Facts that do not fit it. What would a good friend point out?")
        TextBox { id: evidenceAgainst; objectName: "evidenceAgainst"; Layout.fillWidth: true; Layout.minimumHeight: 80 * Theme.textScale; accessibleName: qsTr("Evidence against"); onTextChanged: page.updateSteps() }
    }

    StepSection {
        step: 6; heading: qsTr("A balanced thought"); done: page.steps.indexOf(6) >= 0
        description: qsTr("A fairer way to see it that takes both sides into account.")
        TextBox { id: balanced; objectName: "balancedThought"; Layout.fillWidth: true; Layout.minimumHeight: 80 * Theme.textScale; accessibleName: qsTr("Balanced thought"); onTextChanged: page.updateSteps() }
        RatingSlider { id: balancedBelief; objectName: "balancedBelief"; Layout.fillWidth: true; percent: true; value: 50; label: qsTr("How much do you believe the balanced thought?"); onMoved: page.updateSteps() }
        NotRatedNote { shown: !balancedBelief.hasValue }
    }

    StepSection {
        step: 7; heading: qsTr("Rate again"); done: page.steps.indexOf(7) >= 0
        description: qsTr("Now, how strong is each mood, and how much do you believe the hot thought?")
        Repeater {
            model: moods
            delegate: ColumnLayout {
                id: rerate
                required property int index
                required property var model
                Layout.fillWidth: true
                MoodRow {
                    objectName: "rerate" + rerate.index
                    visible: rerate.model.name.length > 0
                    Layout.fillWidth: true
                    editableName: false
                    name: rerate.model.name
                    rating: rerate.model.after
                    startAt: rerate.model.before < 0 ? 50 : rerate.model.before // from the earlier rating
                    ratingLabel: qsTr("Now, 0-100 %")
                    onRated: v => { moods.setProperty(rerate.index, "after", v); page.updateSteps() }
                }
                Label {
                    objectName: "unnamedMood" + rerate.index
                    visible: rerate.model.name.length === 0
                    text: qsTr("Mood %1 has no name yet: name it in step 2 to rate it again here.").arg(rerate.index + 1)
                    color: Theme.subtleText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
        RatingSlider {
            id: hotBeliefAfter
            objectName: "hotBeliefAfter"
            Layout.fillWidth: true
            percent: true
            value: 50
            label: qsTr("How much do you believe the hot thought now?")
            onMoved: page.updateSteps()
        }
        NotRatedNote { shown: !hotBeliefAfter.hasValue }
        // Starts from the earlier belief; nothing is saved until moved.
        Binding { target: hotBeliefAfter; property: "value"; value: hotBelief.value; when: !hotBeliefAfter.hasValue; restoreMode: Binding.RestoreNone }
    }

    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },

        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.entryId
            question: qsTr("Delete this thought record? You can undo it straight after.")
            message: qsTr("Thought record deleted.")
            actionSpacing: Theme.spacing
            Button { objectName: "saveDraft"; enabled: !deletion.deleted; text: qsTr("Save as draft"); Accessible.name: text; onClicked: page.save(false) }
            Button {
                id: finishButton
                objectName: "finish"
                enabled: !deletion.deleted
                text: qsTr("Save finished record")
                highlighted: true
                contentItem: ButtonLabel { control: finishButton } // wraps in a narrow window (SDK 2.6)
                width: Math.min(implicitWidth, parent.width)
                Accessible.name: text
                onClicked: page.save(true)
            }
            Button {
                id: keepCardButton
                objectName: "keepCard"
                contentItem: ButtonLabel { control: keepCardButton } // wraps in a narrow window (SDK 2.6)
                width: Math.min(implicitWidth, parent.width)
                visible: page.recordId.length > 0 && balanced.text.trim().length > 0
                enabled: !deletion.deleted
                text: qsTr("Keep the balanced thought as a coping card")
                flat: true
                Accessible.name: text
                onClicked: if (page.backend.keepAsCard(page.recordId).length > 0) saved.text = qsTr("Added to your coping cards.")
            }
        }
    ]
}
