import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Relaxation practices with a timer that counts by the clock: paced
// breathing with a guide (a rhythm you set, in 4 and out 6 to start with),
// progressive muscle relaxation group by group, and grounding (five things
// you can see, four you can hear...). Stress rated before and after, logged.
ModulePage {
    id: page
    title: qsTr("Relax")
    subtitle: qsTr("A few quiet minutes for your body and mind. Rate your stress before and after, if you like, to see what works for you.")

    readonly property string timer: page.backend ? page.backend.timerState : "idle"
    readonly property var cue: page.backend ? page.backend.cue : ({})
    readonly property string practice: page.backend && page.timer !== "idle" ? page.backend.timerPractice : chooser.currentValue

    // A practice opened from the timeline: what was logged, shown above the start form.
    readonly property var opened: page.backend && page.entryId.length > 0 ? page.backend.loadPractice(page.entryId) : ({})

    function minutesLabel(s) { return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2) }
    function setRhythm(i, h, o, ho) { inSpin.value = i; holdSpin.value = h; outSpin.value = o; holdOutSpin.value = ho }
    function start() {
        page.backend.startPractice(chooser.currentValue, minutes.value,
                                   { in: inSpin.value, holdIn: holdSpin.value, out: outSpin.value, holdOut: holdOutSpin.value },
                                   beforeSlider.hasValue ? Math.round(beforeSlider.value) : -1)
    }

    FormSection {
        objectName: "openedPractice"
        visible: page.opened.id !== undefined
        title: page.opened.label || ""
        description: (page.opened.whenLabel || "") + " · " + (page.opened.lengthLabel || "")
        Label { visible: (page.opened.changeLabel || "").length > 0; text: page.opened.changeLabel || ""; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label { visible: (page.opened.rhythmLabel || "").length > 0; text: page.opened.rhythmLabel || ""; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label { visible: (page.opened.note || "").length > 0; text: page.opened.note || ""; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }

    // ---- Before ----
    FormSection {
        visible: page.timer === "idle"
        title: qsTr("Choose a practice")
        ChoiceBox {
            id: chooser
            objectName: "practice"
            textRole: "label"
            valueRole: "code"
            model: page.backend ? page.backend.practiceOptions : []
            Accessible.name: qsTr("Practice")
        }
        Label {
            text: chooser.currentValue === "breathing"
                  ? qsTr("Breathe with the circle: in as it grows, out as it shrinks. A longer out-breath than in-breath helps the body settle.")
                  : chooser.currentValue === "muscle"
                  ? qsTr("Tense one group of muscles for five seconds, then let go for fifteen and notice the difference. About four minutes. Go gently: leave out any part that hurts or is injured.")
                  : qsTr("Come back to the here and now through your senses, one step at a time, as slowly as you like.")
            wrapMode: Text.WordWrap
            color: Theme.subtleText
            Layout.fillWidth: true
        }
        GridLayout {
            visible: chooser.currentValue === "breathing"
            Layout.fillWidth: true
            columns: width >= 760 ? 4 : 2 // two pairs a row in a small window
            columnSpacing: Theme.spacing
            Label { text: qsTr("Breathe in (seconds)"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            SpinBox { id: inSpin; objectName: "in"; from: 2; to: 12; value: 4; editable: true; Accessible.name: qsTr("Breathe in (seconds)") }
            Label { text: qsTr("Hold after breathing in (seconds)"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            SpinBox { id: holdSpin; objectName: "holdIn"; from: 0; to: 12; value: 0; editable: true; Accessible.name: qsTr("Hold after breathing in (seconds)") }
            Label { text: qsTr("Breathe out (seconds)"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            SpinBox { id: outSpin; objectName: "out"; from: 2; to: 12; value: 6; editable: true; Accessible.name: qsTr("Breathe out (seconds)") }
            Label { text: qsTr("Pause after breathing out (seconds)"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            SpinBox { id: holdOutSpin; objectName: "holdOut"; from: 0; to: 12; value: 0; editable: true; Accessible.name: qsTr("Pause after breathing out (seconds)") }
            Label { text: qsTr("Minutes"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            SpinBox { id: minutes; objectName: "minutes"; from: 1; to: 30; value: 3; editable: true; Accessible.name: qsTr("Minutes") }
        }
        Flow {
            visible: chooser.currentValue === "breathing"
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Button { text: qsTr("In 4, out 6"); Accessible.name: qsTr("Rhythm: in 4, out 6"); onClicked: page.setRhythm(4, 0, 6, 0) }
            Button { text: qsTr("Square: 4, 4, 4, 4"); Accessible.name: qsTr("Rhythm: square, 4 seconds each"); onClicked: page.setRhythm(4, 4, 4, 4) }
            Button { text: qsTr("In 5, out 5"); Accessible.name: qsTr("Rhythm: in 5, out 5"); onClicked: page.setRhythm(5, 0, 5, 0) }
        }
        RatingSlider {
            id: beforeSlider
            objectName: "before"
            label: qsTr("How stressed I feel now (optional)")
            lowHint: qsTr("Calm")
            highHint: qsTr("As stressed as I get")
            Layout.fillWidth: true
        }
        Button {
            objectName: "start"
            text: qsTr("Start")
            highlighted: true
            Accessible.name: qsTr("Start %1").arg(chooser.currentText)
            onClicked: page.start()
        }
    }

    // ---- During ----
    FormSection {
        visible: page.timer === "running" || page.timer === "paused"
        title: page.backend ? chooser.textAt(Math.max(0, chooser.indexOfValue(page.practice))) : ""
        BreathGuide {
            objectName: "breathGuide"
            visible: page.practice === "breathing"
            cue: page.cue
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(260, page.availableWidth - 80)
            Layout.preferredHeight: Layout.preferredWidth
        }
        Label {
            objectName: "stepName"
            visible: page.practice !== "breathing"
            text: page.cue.name ? qsTr("%1 of %2: %3").arg(page.cue.step).arg(page.cue.steps).arg(page.cue.name) : ""
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "stepText"
            visible: page.practice !== "breathing"
            text: page.cue.text || ""
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "musclePhase"
            visible: page.practice === "muscle"
            text: (page.cue.phaseText || "") + " · " + (page.cue.phaseLeft || 0)
            font.pixelSize: Theme.fontHeading
            color: page.cue.tense ? Theme.text : Theme.positive
        }
        Label {
            objectName: "timeLeft"
            // Grounding has no clock to beat: no time shown, no pause.
            visible: page.practice !== "grounding"
            text: (page.practice === "grounding"
                   ? qsTr("%1 so far").arg(page.minutesLabel(page.backend ? page.backend.elapsedSeconds : 0))
                   : qsTr("%1 left").arg(page.minutesLabel(page.backend ? page.backend.remainingSeconds : 0)))
                  + (page.timer === "paused" ? " · " + qsTr("paused") : "")
            color: Theme.subtleText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "nextStep"
                visible: page.practice === "grounding" || page.practice === "muscle"
                text: page.practice === "muscle" ? qsTr("Leave this one out")
                      : page.cue.step === page.cue.steps ? qsTr("Done") : qsTr("Next")
                highlighted: page.practice === "grounding"
                Accessible.name: page.practice === "muscle" ? qsTr("Leave out %1 and go on to the next").arg(page.cue.name || "") : text
                onClicked: page.backend.nextStep()
            }
            Button {
                objectName: "pause"
                visible: page.practice !== "grounding"
                text: page.timer === "paused" ? qsTr("Resume") : qsTr("Pause")
                Accessible.name: text
                onClicked: page.timer === "paused" ? page.backend.resumePractice() : page.backend.pausePractice()
            }
            Button {
                objectName: "finish"
                text: qsTr("Finish now")
                Accessible.name: text
                onClicked: page.backend.finishPractice()
            }
        }
    }

    // ---- After ----
    FormSection {
        visible: page.timer === "finished"
        title: qsTr("Well done for taking this time")
        description: qsTr("%1 of practice. However it felt, it counts.").arg(page.minutesLabel(page.backend ? page.backend.elapsedSeconds : 0))
        RatingSlider {
            id: afterSlider
            objectName: "after"
            label: qsTr("How stressed I feel now (optional)")
            lowHint: qsTr("Calm")
            highHint: qsTr("As stressed as I get")
            Layout.fillWidth: true
        }
        Label { text: qsTr("A note (optional)"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField { id: note; objectName: "note"; maximumLength: 1000; Layout.fillWidth: true; Accessible.name: qsTr("A note") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "savePractice"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save the practice")
                onClicked: if (page.backend.savePractice(afterSlider.hasValue ? Math.round(afterSlider.value) : -1, note.text)) {
                               afterSlider.reset(); beforeSlider.reset(); note.text = ""
                           }
            }
            Button {
                objectName: "discard"
                text: qsTr("Do not save")
                Accessible.name: text
                onClicked: { page.backend.resetPractice(); afterSlider.reset(); note.text = "" }
            }
        }
    }

    belowError: [
        Label { text: qsTr("Recent practices"); font.pixelSize: Theme.fontTitle; visible: recent.count > 0; Layout.topMargin: Theme.spacing },
        Repeater {
            id: recent
            model: page.backend ? page.backend.practicesDone : []
            // Read-only lines (nothing to open): the practice, how long, stress before and after.
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: modelData.whenLabel + " · " + modelData.label + " · " + modelData.lengthLabel
                      + (modelData.changeLabel ? " · " + modelData.changeLabel : "")
            }
        }
    ]
}
