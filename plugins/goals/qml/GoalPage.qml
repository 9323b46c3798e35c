import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A goal: the SMART parts with a gentle check, steps, status, check-ins with
// a chart towards the target, and entries from other modules as evidence.
// Opened with a goal's (or a check-in's) entryId it edits that goal.
ModulePage {
    id: page
    title: page.goalId.length > 0 ? qsTr("Goal") : qsTr("New goal")
    subtitle: qsTr("A good goal is specific, measurable, achievable, relevant to you and has a date to look back on.")
    property string goalId: ""
    property var loaded: ({})
    property var evidenceKinds: []
    property var smartParts: []
    // What the PHQ-9 measure can show now; read again whenever the goals change.
    readonly property var measureStatus: page.backend ? (page.backend.goals, page.backend.measureStatus("assessments/phq9")) : ({})

    ListModel { id: milestones }

    function form() {
        const ms = []
        for (let i = 0; i < milestones.count; ++i)
            ms.push({ id: milestones.get(i).mid, text: milestones.get(i).text, due: milestones.get(i).due, done: milestones.get(i).done })
        return {
            description: description.text, metric: metric.text, unit: unit.text,
            measureSource: usePhq9.checked ? "assessments/phq9" : "",
            baseline: baseline.text, target: target.text, dueDate: dueDate.text,
            why: why.text, barriers: barriers.text, resources: resources.text,
            checkinFrequency: frequency.currentValue, lifecycle: lifecycle.currentValue, achievement: achievement.currentValue,
            milestones: ms, evidenceKinds: page.evidenceKinds, evidencePerWeek: perWeek.value,
            fromPlan: page.goalId.length === 0 ? page.fromPlan : ""
        }
    }
    function check() { page.smartParts = page.backend ? page.backend.smart(form()) : [] }
    function load(id) {
        const g = page.backend.loadGoal(id)
        if (g.id === undefined)
            return
        page.goalId = g.id
        page.loaded = g
        description.text = g.description || ""; metric.text = g.metric || ""; unit.text = g.unit || ""
        usePhq9.checked = g.measureSource === "assessments/phq9"
        baseline.text = g.baseline || ""; target.text = g.target || ""; dueDate.text = g.dueDate || ""
        why.text = g.why || ""; barriers.text = g.barriers || ""; resources.text = g.resources || ""
        frequency.currentIndex = Math.max(0, frequency.indexOfValue(g.checkinFrequency || "weekly"))
        lifecycle.currentIndex = Math.max(0, lifecycle.indexOfValue(g.lifecycle))
        achievement.currentIndex = Math.max(0, achievement.indexOfValue(g.achievement))
        milestones.clear()
        for (const m of (g.milestones || []))
            milestones.append({ mid: m.id, text: m.text, due: m.due || "", done: m.done === true })
        page.evidenceKinds = g.evidenceKinds || []
        perWeek.value = g.evidencePerWeek || 0
        check()
    }
    function reload() { if (page.goalId.length > 0) load(page.goalId) }

    // A goal started from a plan in problem solving (its worksheet's id), or "".
    property string fromPlan: ""
    function startFromPlan(plan) {
        page.fromPlan = plan.fromPlan
        description.text = plan.description
        why.text = plan.why
        milestones.clear()
        for (const m of plan.milestones)
            milestones.append({ mid: "", text: m.text, due: m.due, done: m.done })
        lifecycle.currentIndex = Math.max(0, lifecycle.indexOfValue("active"))
        frequency.currentIndex = Math.max(0, frequency.indexOfValue("weekly"))
        check()
    }

    // Why a page opened with a worksheet could not start from it, or "".
    property string planProblem: ""

    Component.onCompleted: {
        const plan = entryId.length > 0 && page.backend ? page.backend.planFrom(entryId) : ({})
        if (plan.fromPlan !== undefined)
            startFromPlan(plan)
        else if (plan.goalId !== undefined)
            load(plan.goalId)
        else if (entryId.length > 0 && plan.error === undefined)
            load(entryId)
        else {
            page.planProblem = plan.error || ""
            lifecycle.currentIndex = Math.max(0, lifecycle.indexOfValue("active"))
            frequency.currentIndex = Math.max(0, frequency.indexOfValue("weekly"))
            check()
        }
    }

    InlineMessage {
        objectName: "planProblem"
        visible: page.planProblem.length > 0
        text: page.planProblem
        Layout.fillWidth: true
    }
    InlineMessage {
        objectName: "fromPlanNote"
        error: false
        visible: page.fromPlan.length > 0 && page.goalId.length === 0
        text: qsTr("Started from your plan in problem solving. Change anything you like, then save the goal.")
        Layout.fillWidth: true
    }

    FormSection {
        title: qsTr("What you want to do")
        TextField { id: description; objectName: "description"; Layout.fillWidth: true; placeholderText: qsTr("e.g. Walk for 20 minutes on three days each week"); Accessible.name: qsTr("Goal"); onTextEdited: page.check() }
        CheckBox {
            id: usePhq9
            objectName: "usePhq9"
            Layout.fillWidth: true
            contentItem: ControlLabel { control: usePhq9 } // wraps at any width and text size
            text: qsTr("Measure it by my PHQ-9 total")
            Accessible.name: text
            Accessible.description: qsTr("The total of the PHQ-9 questionnaire in Assessments; lower is better")
            onToggled: {
                // Start from the latest total, when there is one and nothing was typed.
                const s = page.measureStatus
                if (checked && baseline.text.length === 0 && s.available)
                    baseline.text = String(s.total)
                page.check()
            }
        }
        // Each label above its field; two pairs a line where they have room, else one (800x600
        // at 200 %: beside their labels the fields were squeezed to nothing, then ran past the
        // window). A Flow: a GridLayout whose cells move keeps a stale layout in Qt 6.4.
        Flow {
            id: measureRow
            readonly property real pairWidth: width >= 560 * Theme.textScale ? (width - spacing) / 2 : width
            Layout.fillWidth: true
            spacing: Theme.spacing
            Column {
                width: measureRow.pairWidth
                spacing: 2
                Label { text: qsTr("Measured by"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                // One of these two at a time.
                Label { visible: usePhq9.checked; text: qsTr("PHQ-9 total"); color: Theme.text; width: parent.width; wrapMode: Text.WordWrap }
                TextField { id: metric; objectName: "metric"; width: parent.width; visible: !usePhq9.checked; placeholderText: qsTr("e.g. walks a week"); Accessible.name: qsTr("Measured by"); onTextEdited: page.check() }
            }
            Column {
                width: measureRow.pairWidth
                spacing: 2
                Label { text: qsTr("Unit"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                TextField { id: unit; objectName: "unit"; width: Math.min(120 * Theme.textScale, parent.width); enabled: !usePhq9.checked; placeholderText: qsTr("e.g. walks"); Accessible.name: qsTr("Unit") }
            }
            Column {
                width: measureRow.pairWidth
                spacing: 2
                Label { text: qsTr("Starting from"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                TextField { id: baseline; objectName: "baseline"; width: parent.width; inputMethodHints: Qt.ImhFormattedNumbersOnly; Accessible.name: qsTr("Starting from"); onTextEdited: page.check() }
            }
            Column {
                width: measureRow.pairWidth
                spacing: 2
                Label { text: usePhq9.checked ? qsTr("Aiming for below") : qsTr("Aiming for"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                TextField { id: target; objectName: "target"; width: Math.min(120 * Theme.textScale, parent.width); inputMethodHints: Qt.ImhFormattedNumbersOnly; placeholderText: usePhq9.checked ? qsTr("e.g. 10") : ""; Accessible.name: usePhq9.checked ? qsTr("Aiming for a PHQ-9 total below") : qsTr("Aiming for"); onTextEdited: page.check() }
            }
            Column {
                width: measureRow.pairWidth
                spacing: 2
                Label { text: qsTr("Look back on"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                TextField { id: dueDate; objectName: "dueDate"; width: parent.width; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Look back on, as year-month-day"); onTextEdited: page.check() }
            }
            Column {
                width: measureRow.pairWidth
                spacing: 2
                Label { text: qsTr("Check in"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                ChoiceBox { id: frequency; width: Math.min(implicitWidth, parent.width); textRole: "label"; valueRole: "code"; model: page.backend ? page.backend.frequencyOptions : []; Accessible.name: qsTr("How often to check in") }
            }
        }
        // Real labels: a placeholder goes as soon as the box holds the client's words.
        Label { id: whyLabel; text: qsTr("Why it matters"); color: Theme.subtleText }
        TextBox { id: why; objectName: "why"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; placeholderText: qsTr("Why this matters to you"); accessibleName: whyLabel.text; onTextChanged: page.check() }
        // Side by side where there is room, else one under the other (at 800x600 with 200 %
        // each box was 100 px wide).
        Flow {
            id: barriersRow
            readonly property real boxWidth: width >= 560 * Theme.textScale ? (width - spacing) / 2 : width
            Layout.fillWidth: true
            spacing: Theme.spacing
            Column {
                width: barriersRow.boxWidth
                spacing: 2
                Label { id: barriersLabel; text: qsTr("Barriers"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                TextBox { id: barriers; width: parent.width; height: Math.max(60 * Theme.textScale, implicitHeight); placeholderText: qsTr("What might get in the way"); accessibleName: barriersLabel.text; onTextChanged: page.check() }
            }
            Column {
                width: barriersRow.boxWidth
                spacing: 2
                Label { id: resourcesLabel; text: qsTr("Resources"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                TextBox { id: resources; width: parent.width; height: Math.max(60 * Theme.textScale, implicitHeight); placeholderText: qsTr("What or who can help"); accessibleName: resourcesLabel.text; onTextChanged: page.check() }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Repeater {
                model: page.smartParts
                delegate: Label {
                    required property var modelData
                    text: (modelData.ok ? "✓ " : "○ ") + modelData.name
                    color: modelData.ok ? Theme.positive : Theme.subtleText
                    font.bold: modelData.ok
                    rightPadding: Theme.spacing
                    ToolTip.visible: hover.hovered
                    ToolTip.text: modelData.hint
                    HoverHandler { id: hover }
                    Accessible.name: modelData.ok ? qsTr("%1: covered").arg(modelData.name) : qsTr("%1: %2").arg(modelData.name).arg(modelData.hint)
                }
            }
        }
        Label {
            readonly property var missing: page.smartParts.filter(p => !p.ok)
            visible: missing.length > 0
            text: missing.length > 0 ? qsTr("To make it %1: %2").arg(missing[0].name.toLowerCase()).arg(missing[0].hint) : ""
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    TotalMeasure {
        visible: usePhq9.checked
        status: page.measureStatus
        points: page.loaded.totalPoints || []
        days: page.loaded.totalDays || 2
        target: target.text
        progress: page.loaded.totalProgress !== undefined ? page.loaded.totalProgress : -1
        progressLabel: page.loaded.totalProgressLabel || ""
    }

    FormSection {
        enabled: !deletion.deleted // ticking a step saves it to the goal
        title: qsTr("Steps")
        description: qsTr("Break it into small steps and tick them off.")
        Repeater {
            model: milestones
            delegate: MilestoneRow {
                required property int index
                required property var model
                Layout.fillWidth: true
                text: model.text; due: model.due; done: model.done
                onToggled: d => {
                    milestones.setProperty(index, "done", d)
                    if (page.goalId.length > 0 && model.mid.length > 0)
                        page.backend.setMilestoneDone(page.goalId, model.mid, d)
                }
                onEdited: (t, due) => { milestones.setProperty(index, "text", t); milestones.setProperty(index, "due", due) }
                onRemoveRequested: milestones.remove(index)
            }
        }
        Button { objectName: "addStep"; text: qsTr("Add a step"); flat: true; Accessible.name: text; onClicked: milestones.append({ mid: "", text: "", due: "", done: false }) }
    }

    FormSection {
        title: qsTr("Counts from your other modules")
        visible: page.backend && page.backend.evidenceKinds.length > 0
        description: qsTr("Let entries you make elsewhere count towards this goal, e.g. check-ins or activities. Other modules appear here once you have entries in them.")
        ChipPicker {
            objectName: "evidenceKinds"
            accessibleLabel: qsTr("Counts towards the goal")
            model: page.backend ? page.backend.evidenceKinds.map(k => k.title) : []
            selected: page.backend ? page.backend.evidenceKinds.filter(k => page.evidenceKinds.indexOf(k.kind) >= 0).map(k => k.title) : []
            onToggled: (title, on) => {
                const k = page.backend.evidenceKinds.find(x => x.title === title)
                page.evidenceKinds = on ? page.evidenceKinds.concat([k.kind]) : page.evidenceKinds.filter(x => x !== k.kind)
            }
        }
        RowLayout {
            visible: page.evidenceKinds.length > 0
            Label { text: qsTr("Aim per week"); color: Theme.subtleText }
            SpinBox { id: perWeek; objectName: "perWeek"; from: 0; to: 100; editable: true; Accessible.name: qsTr("Aim per week") }
            Label {
                visible: page.loaded.evidenceThisWeek !== undefined
                text: qsTr("%1 so far this week").arg(page.loaded.evidenceThisWeek)
                color: Theme.accent
            }
        }
    }

    FormSection {
        title: qsTr("Status")
        // Each label above its box; the two side by side where they fit, else one under the
        // other (200 % text ran them off the window).
        Flow {
            id: statusRow
            Layout.fillWidth: true
            spacing: Theme.spacing
            Column {
                spacing: 2
                width: Math.min(Math.max(lifecycleLabel.implicitWidth, lifecycle.implicitWidth), statusRow.width)
                Label { id: lifecycleLabel; text: qsTr("Goal is"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                ChoiceBox { id: lifecycle; objectName: "lifecycle"; width: parent.width; textRole: "label"; valueRole: "code"; model: page.backend ? page.backend.lifecycleOptions : []; Accessible.name: qsTr("Goal status") }
            }
            Column {
                spacing: 2
                width: Math.min(Math.max(achievementLabel.implicitWidth, achievement.implicitWidth), statusRow.width)
                Label { id: achievementLabel; text: qsTr("How it is going"); color: Theme.subtleText; width: parent.width; wrapMode: Text.WordWrap }
                ChoiceBox { id: achievement; objectName: "achievement"; width: parent.width; textRole: "label"; valueRole: "code"; model: page.backend ? page.backend.achievementOptions : []; Accessible.name: qsTr("How it is going") }
            }
        }
    }

    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.goalId
            question: qsTr("Delete this goal? You can undo it straight after.")
            message: qsTr("Goal deleted.")
            actionSpacing: Theme.spacing
            onRemoved: saved.text = ""
            Button {
                objectName: "save"
                enabled: !deletion.deleted
                text: page.goalId.length > 0 ? qsTr("Save changes") : qsTr("Save goal")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    const id = page.backend.saveGoal(page.goalId, page.form())
                    if (id.length === 0) return
                    if (page.goalId.length === 0) { page.goalId = id; saved.text = qsTr("Goal saved. Check in on it as you go.") }
                    else saved.text = qsTr("Saved. The earlier version is kept.")
                    page.reload()
                }
            }
        },

        FormSection {
            objectName: "checkinSection"
            visible: page.goalId.length > 0
            enabled: !deletion.deleted
            title: qsTr("Check in")
            description: usePhq9.checked ? qsTr("How is it going? Your PHQ-9 totals come from Assessments; add a note in your own words if you like.")
                                         : qsTr("Where are you now?")
            RowLayout {
                Layout.fillWidth: true
                TextField { id: value; objectName: "checkinValue"; visible: !usePhq9.checked; Layout.preferredWidth: 120 * Theme.textScale; placeholderText: unit.text.length > 0 ? unit.text : qsTr("value"); Accessible.name: qsTr("Current value") }
                ChoiceBox { id: status; objectName: "checkinStatus"; textRole: "label"; valueRole: "code"; model: page.backend ? page.backend.achievementOptions : []; Accessible.name: qsTr("How it is going") }
                TextField { id: note; Layout.fillWidth: true; placeholderText: qsTr("A note, if you like"); Accessible.name: qsTr("Check-in note") }
                Button {
                    objectName: "addCheckin"
                    text: qsTr("Add check-in")
                    highlighted: true
                    Accessible.name: text
                    onClicked: if (page.backend.addCheckin(page.goalId, Number(value.text), status.currentValue, note.text).length > 0) { value.text = ""; note.text = ""; page.reload() }
                }
            }
            ChartFrame {
                visible: !usePhq9.checked && (page.loaded.points || []).length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 200
                title: qsTr("Progress towards %1 %2").arg(target.text).arg(unit.text)
                subtitle: page.loaded.checkinsNote || ""
                summary: title
                LineChart {
                    anchors.fill: parent
                    points: page.loaded.points || []
                    xCount: page.loaded.days || 2
                    yFrom: Math.min(0, Number(baseline.text) || 0)
                    yTo: Math.max(1, Number(target.text) || 1, ...(page.loaded.points || []).map(p => p.value))
                    yTicks: [yFrom, (yFrom + yTo) / 2, yTo]
                    bands: target.text.length > 0 ? [{ from: Number(target.text) - 0.05 * (yTo - yFrom), to: Number(target.text), color: Qt.rgba(0.37, 0.56, 0.48, 0.25) }] : []
                }
            }
            Repeater {
                model: (page.loaded.checkins || []).slice().reverse().slice(0, 6)
                delegate: Label {
                    required property var modelData
                    text: qsTr("%1: %2%3%4").arg(modelData.when).arg(modelData.value === "" ? "" : modelData.value + " · ").arg(modelData.status).arg(modelData.note.length > 0 ? " · " + modelData.note : "")
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        },

        FormSection {
            visible: page.goalId.length > 0 && page.evidenceKinds.length > 0
            enabled: !deletion.deleted
            title: qsTr("Linked entries")
            description: qsTr("Entries from your other modules that you counted towards this goal.")
            Repeater {
                model: page.loaded.evidence || []
                delegate: Label { required property var modelData; text: qsTr("%1 · %2 · %3").arg(modelData.when).arg(modelData.kindTitle).arg(modelData.title); color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
            }
            Repeater {
                model: page.goalId.length > 0 && page.backend ? page.backend.evidenceCandidates(page.goalId).filter(c => !c.linked).slice(0, 5) : []
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Label { text: qsTr("%1 · %2 · %3").arg(modelData.when).arg(modelData.kindTitle).arg(modelData.title); color: Theme.subtleText; Layout.fillWidth: true; elide: Text.ElideRight }
                    Button { text: qsTr("Count it"); flat: true; Accessible.name: qsTr("Count %1 towards this goal").arg(modelData.title); onClicked: if (page.backend.linkEvidence(page.goalId, modelData.id)) page.reload() }
                }
            }
        }
    ]
}
