import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Choose a practice, follow it with gentle cues, then note what you noticed.
// Opened with an entry, it shows that practice for editing or deleting.
ModulePage {
    id: page
    title: page.editing ? (page.loaded.title || qsTr("Practice")) : qsTr("Practise")
    subtitle: page.editing ? (page.loaded.when || "")
                           : qsTr("A few minutes of attention, on purpose. There is no right way to feel while you do it.")
    headerActions: PlanLink { reviewDue: page.backend && page.backend.plan.reviewDue === true; onActivated: page.openPage("plan") }
    readonly property bool editing: entryId.length > 0
    readonly property string timerState: backend ? backend.timerState : "idle"
    readonly property var practices: backend ? backend.practices : []
    property string chosen: "breathing-space"
    readonly property var chosenPractice: practices.find(p => p.code === chosen) || ({})
    property var loaded: ({})

    function fill(m) {
        thoughts.text = m.thoughts || ""; feelings.text = m.feelings || ""; body.text = m.body || ""
        note.text = m.note || ""
        if (m.difficulty !== undefined && m.difficulty >= 0)
            difficulty.setValue(m.difficulty)
        else
            difficulty.reset()
    }
    function form() {
        return { thoughts: thoughts.text, feelings: feelings.text, body: body.text, note: note.text,
                 difficulty: difficulty.hasValue ? difficulty.value : -1 }
    }
    Component.onCompleted: {
        if (editing) {
            loaded = backend.loadPractice(entryId)
            fill(loaded)
        }
    }

    Label {
        objectName: "tooMuch"
        visible: !page.editing
        text: qsTr("If a practice becomes too much, stop, open your eyes and feel your feet on the floor. You can come back to it another time, or use Need help now? on the left.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    FormSection {
        visible: !page.editing && page.timerState === "idle"
        title: qsTr("Choose a practice")
        ChipPicker {
            objectName: "practice"
            multiple: false
            accessibleLabel: qsTr("Practice")
            model: page.practices.map(p => p.title)
            selected: [page.chosenPractice.title]
            onToggled: (title, on) => {
                if (!on)
                    return
                const p = page.practices.find(x => x.title === title)
                page.chosen = p.code
                minutes.value = p.minutes
            }
        }
        Label { text: page.chosenPractice.description || ""; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        // A choice of lengths where the practice has more than one (the body scan: 20 or 45 minutes).
        ChipPicker {
            id: length
            objectName: "length"
            readonly property var lengths: page.chosenPractice.lengths || []
            visible: lengths.length > 0
            multiple: false
            accessibleLabel: qsTr("How long")
            model: lengths.map(l => l.label)
            selected: lengths.filter(l => l.minutes === minutes.value).map(l => l.label)
            onToggled: (label, on) => {
                if (on)
                    minutes.value = lengths.find(l => l.label === label).minutes
            }
        }
        RowLayout {
            visible: !page.chosenPractice.fixedLength
            Label { text: qsTr("Minutes"); color: Theme.text }
            SpinBox { id: minutes; objectName: "minutes"; from: 1; to: 240; value: 3; editable: true; Accessible.name: qsTr("Minutes") }
        }
        Label {
            visible: page.chosenPractice.fixedLength === true
            text: qsTr("Three steps of about a minute each.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "start"
            text: qsTr("Begin")
            highlighted: true
            Accessible.name: qsTr("Begin the practice")
            onClicked: page.backend.startPractice(page.chosen, minutes.value)
        }
    }

    FormSection {
        visible: page.timerState === "running" || page.timerState === "paused"
        TimerFace { backend: page.backend; Layout.fillWidth: true }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "pause"
                text: page.timerState === "paused" ? qsTr("Carry on") : qsTr("Pause")
                Accessible.name: text
                onClicked: page.timerState === "paused" ? page.backend.resume() : page.backend.pause()
            }
            Button {
                objectName: "finishNow"
                text: qsTr("End here")
                Accessible.name: qsTr("End the practice here")
                onClicked: page.backend.finish()
            }
        }
    }

    FormSection {
        visible: page.editing || page.timerState === "finished"
        title: page.editing ? qsTr("What you noticed") : qsTr("Well done for making the time. What did you notice?")
        description: qsTr("A word or two is plenty. Anything counts, including a busy mind.")
        Label {
            visible: !page.editing && page.backend !== null
            text: !page.backend ? "" : page.backend.remainingSeconds <= 0
                ? qsTr("You practised for the whole %1 minutes.").arg(Math.round(page.backend.plannedSeconds / 60))
                : qsTr("You practised for %1 min %2 s.").arg(Math.floor(page.backend.elapsedSeconds / 60)).arg(page.backend.elapsedSeconds % 60)
            color: Theme.text
        }
        Label { text: qsTr("Thoughts you noticed"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: thoughts; objectName: "thoughts"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; placeholderText: qsTr("Thoughts"); accessibleName: qsTr("Thoughts you noticed") }
        Label { text: qsTr("Feelings you noticed"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: feelings; objectName: "feelings"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; placeholderText: qsTr("Feelings"); accessibleName: qsTr("Feelings you noticed") }
        Label { text: qsTr("Sensations in the body"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: body; objectName: "body"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; placeholderText: qsTr("Sensations in the body"); accessibleName: qsTr("Body sensations you noticed") }
        RatingSlider {
            id: difficulty
            objectName: "difficulty"
            Layout.fillWidth: true
            label: qsTr("How hard was it to stay with the practice?")
            lowHint: qsTr("0 · easy")
            highHint: qsTr("10 · very hard")
            value: 5
        }
        Label { text: qsTr("Anything else (optional)"); color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        TextBox { id: note; objectName: "note"; Layout.fillWidth: true; Layout.minimumHeight: 56 * Theme.textScale; placeholderText: qsTr("Anything else (optional)"); accessibleName: qsTr("Note") }
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("Practice deleted.")
            actionSpacing: Theme.spacing
            Button {
                objectName: "save"
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save to my log")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    const id = page.backend.logPractice(page.editing ? page.entryId : "", page.form())
                    if (id.length === 0)
                        return
                    if (page.editing) {
                        page.done()
                    } else {
                        saved.text = qsTr("Saved to your practice log.")
                        page.fill({})
                    }
                }
            }
            Button {
                visible: !page.editing
                text: qsTr("Don't log it")
                flat: true
                Accessible.name: text
                onClicked: page.backend.discard()
            }
        }
    }
    belowError: InlineMessage { id: saved; objectName: "savedMessage"; error: false; Layout.fillWidth: true }
}
