import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Filling in a questionnaire: one question at a time or the whole list.
// Every answer is kept at once (as an unfinished questionnaire in the
// journal), so leaving halfway loses nothing.
ModulePage {
    id: page
    title: qsTr("Fill in a questionnaire")
    subtitle: instrument.stem ? instrument.stem : qsTr("Choose the answer closest to how things have been.")

    readonly property var instrument: backend ? backend.fillInstrument : ({})
    readonly property var items: instrument.items || []
    readonly property var answers: backend ? backend.fillAnswers : []
    readonly property var missing: backend ? backend.missingItems : []
    property bool oneAtATime: false
    property int current: 0
    // After a refused save, unanswered questions are marked.
    property bool triedSave: false
    property string savedText: ""

    function answerOf(number) { return number - 1 < answers.length ? answers[number - 1] : -1 }
    function choose(measure) {
        if (backend.startFill(measure)) {
            current = 0
            triedSave = false
            savedText = ""
        }
    }
    Component.onCompleted: {
        if (!backend)
            return
        if (entryId.length > 0)
            backend.openEntry(entryId)
        else if (dueItemId.length > 0) // "Open" in the Due strip: that questionnaire (its id)
            choose(dueItemId)
        else if (backend.fillMeasure === "")
            backend.startFill("")
    }

    // Wraps in a narrow window (a row would widen the page past it).
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Label { text: qsTr("Questionnaire:"); color: Theme.text; height: 40; verticalAlignment: Text.AlignVCenter }
        Repeater {
            model: page.backend ? page.backend.measures : []
            delegate: Button {
                required property var modelData
                objectName: "choose-" + modelData.id
                text: modelData.name
                checkable: true
                checked: page.instrument.id === modelData.id
                highlighted: checked
                Accessible.name: qsTr("Fill in %1").arg(modelData.name)
                onClicked: page.choose(modelData.id)
            }
        }
    }
    Switch {
        id: oneSwitch
        objectName: "oneAtATime"
        text: qsTr("One question at a time")
        Layout.fillWidth: true
        contentItem: ControlLabel { control: oneSwitch } // wraps at any width and text size
        checked: page.oneAtATime
        Accessible.name: text
        onToggled: page.oneAtATime = checked
        Keys.onReturnPressed: { toggle(); page.oneAtATime = checked }
    }

    Label {
        objectName: "progress"
        text: qsTr("%1: %2 of %3 answered").arg(page.instrument.name || "").arg(page.backend ? page.backend.answeredCount : 0).arg(page.items.length)
        color: Theme.subtleText
    }

    // The whole list.
    Repeater {
        model: page.oneAtATime ? [] : page.items
        delegate: QuestionBlock {
            required property var modelData
            item: modelData
            value: page.answerOf(modelData.number)
            missing: page.triedSave && page.missing.indexOf(modelData.number) >= 0
            onChosen: (v) => page.backend.answer(modelData.number, v)
        }
    }

    // One at a time.
    QuestionBlock {
        objectName: "currentQuestion"
        visible: page.oneAtATime && page.items.length > 0
        item: page.items.length > 0 ? page.items[Math.min(page.current, page.items.length - 1)] : ({})
        label: qsTr("Question %1 of %2").arg(page.current + 1).arg(page.items.length)
        value: page.items.length > 0 ? page.answerOf(page.items[Math.min(page.current, page.items.length - 1)].number) : -1
        missing: page.triedSave && page.missing.indexOf(item.number) >= 0
        onChosen: (v) => page.backend.answer(item.number, v)
    }
    RowLayout {
        visible: page.oneAtATime
        spacing: Theme.smallSpacing
        Button {
            objectName: "previous"
            text: qsTr("Back")
            enabled: page.current > 0
            Accessible.name: qsTr("Previous question")
            onClicked: page.current -= 1
        }
        Button {
            objectName: "next"
            text: qsTr("Next")
            enabled: page.current < page.items.length - 1
            highlighted: page.current < page.items.length && page.answerOf(page.current + 1) >= 0
            Accessible.name: qsTr("Next question")
            onClicked: page.current += 1
        }
    }

    // PHQ-9 item 9 above 0: warm words at once; the host's notice offers the safety plan and contacts.
    Pane {
        objectName: "item9Support"
        visible: page.backend !== null && page.backend.item9Concern
        Layout.fillWidth: true
        padding: Theme.spacing
        background: Rectangle { radius: Theme.radius; color: Theme.surfaceAlt; border.color: Theme.accent; border.width: 2 }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: item9Text.text
        Label {
            id: item9Text
            anchors.left: parent.left
            anchors.right: parent.right
            text: qsTr("Thank you for answering that honestly. Thoughts like these are heavy to carry, and you do not have to carry them alone. "
                       + "Your safety plan and the people you can contact now are one step away: in the notice Tessera has just shown, and under Need help now? at any time. "
                       + "Nobody reads your answers as you write them and Tessera is not an emergency service: if you might act on these thoughts, call your local emergency number now.")
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }

    // PHQ-9's unscored last question, after the others.
    QuestionBlock {
        objectName: "difficulty"
        visible: page.instrument.difficulty !== undefined && page.instrument.difficulty !== null
                 && (!page.oneAtATime || page.current === page.items.length - 1)
        item: page.instrument.difficulty ? page.instrument.difficulty : ({})
        label: qsTr("Not scored, and you may leave it out")
        value: page.backend ? page.backend.fillDifficulty : -1
        onChosen: (v) => page.backend.setDifficulty(v)
    }

    Label {
        visible: page.instrument.source !== undefined
        text: page.instrument.source || ""
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    belowError: [
        InlineMessage { objectName: "savedMessage"; error: false; text: page.savedText; Layout.fillWidth: true },
        RowLayout {
            spacing: Theme.smallSpacing
            Button {
                objectName: "save"
                text: qsTr("Save")
                highlighted: true // the one primary action, as on other pages (it names a missing answer when pressed too soon)
                Accessible.name: qsTr("Save %1").arg(page.instrument.name || "")
                onClicked: {
                    const concern = page.backend.item9Concern
                    const id = page.backend.saveFill()
                    page.triedSave = id.length === 0
                    if (id.length > 0) {
                        page.current = 0
                        page.savedText = concern
                            ? qsTr("Saved. Thank you. Please look after yourself: your safety plan and people who can help are one step away, under Need help now?")
                            : qsTr("Saved. Thank you for taking the time.")
                    } else if (page.oneAtATime && page.missing.length > 0) {
                        page.current = page.missing[0] - 1
                    }
                }
            }
            Button {
                objectName: "seeResults"
                visible: page.savedText.length > 0
                text: qsTr("See the results")
                Accessible.name: text
                onClicked: page.openPage("results")
            }
            Button {
                objectName: "clear"
                visible: page.backend !== null && page.backend.answeredCount > 0
                text: qsTr("Clear my answers")
                Accessible.name: text
                Accessible.description: qsTr("Starts this questionnaire again; the unfinished one goes to the bin")
                onClicked: { page.backend.discardDraft(); page.triedSave = false }
            }
        }
    ]
}
