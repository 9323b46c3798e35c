import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A quick check-in: how is your mood, which words fit, anything to add.
// Opened with an entryId it shows that check-in for editing or deleting.
ModulePage {
    id: page
    readonly property bool editing: entryId.length > 0
    title: page.editing ? qsTr("Your check-in") : qsTr("Check in")
    subtitle: page.editing ? qsTr("Change anything, then save. Earlier versions are kept.")
                           : qsTr("A moment to notice how you are. There are no wrong answers.")

    function load() {
        if (!editing) {
            // A check-in begun and left (F1 to Need help now?, another page): given back.
            const d = page.backend ? page.backend.checkinDraft() : ({})
            if (d.mood !== undefined && d.mood >= 0)
                mood.setValue(d.mood)
            if (d.feelings !== undefined)
                feelings.selected = d.feelings
            if (d.note !== undefined)
                note.text = d.note
            return
        }
        const e = backend.load(entryId)
        if (e.id === undefined)
            return
        if (e.mood !== undefined)
            mood.setValue(e.mood)
        feelings.selected = e.feelings
        note.text = e.note
    }
    function clear() {
        mood.reset()
        feelings.selected = []
        note.text = ""
    }
    Component.onCompleted: {
        load()
        page.loaded = JSON.stringify(page.formNow())
    }
    function formNow() {
        return { mood: mood.hasValue ? Math.round(mood.value) : -1, feelings: feelings.selected, note: note.text }
    }
    // The form as it was opened (an edited check-in as saved), to tell changes not saved.
    property string loaded: ""
    readonly property bool begun: mood.hasValue || feelings.selected.length > 0 || note.text.length > 0
    // Tessera asks before it quits while this is true (SDK 2.6.1): a new check-in begun,
    // or changes to a saved one. A check-in left for another page is kept by the backend
    // for this run only, which says so (its unsavedWritingPage): quitting asks then too.
    unsavedWriting: page.editing ? page.loaded.length > 0 && JSON.stringify(page.formNow()) !== page.loaded : page.begun
    // Leaving the page with a check-in begun keeps it for when the page opens again
    // (a keyboard-only walk lost a note to F1); what was saved or cleared keeps nothing.
    Component.onDestruction: {
        if (page.editing || !page.backend)
            return
        page.backend.keepCheckinDraft(page.begun ? page.formNow() : {})
    }

    FormSection {
        title: qsTr("Mood")
        RatingSlider {
            id: mood
            objectName: "mood"
            Layout.fillWidth: true
            label: qsTr("How is your mood right now?")
            lowHint: qsTr("0 · the lowest it gets")
            highHint: qsTr("10 · the best it gets")
            value: 5
            // A new check-in begun: the last one's "Saved" goes (with it, a mood of 0 looked saved already).
            onMoved: { moodMissing.text = ""; savedMessage.text = "" }
        }
        Label {
            objectName: "moodHint"
            // Kept in place once the slider moved (it went, and the page below jumped up).
            text: mood.hasValue ? qsTr("You can move it again until you save.")
                                : qsTr("Move the slider to where your mood is (arrow keys work too).")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    FormSection {
        title: qsTr("Words that fit")
        description: qsTr("Pick any that describe how you feel. Pick none if none fit.")
        ChipPicker {
            id: feelings
            objectName: "feelings"
            model: page.backend ? page.backend.feelingWords : []
            accessibleLabel: qsTr("Feeling")
            onToggled: savedMessage.text = ""
        }
    }

    FormSection {
        title: qsTr("Anything to add?")
        TextBox {
            id: note
            objectName: "note"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(110 * Theme.textScale, implicitHeight) // grows with its text and the text size
            placeholderText: qsTr("Optional: what happened, what helped, what did not.")
            accessibleName: qsTr("Anything to add?")
        }
    }

    belowError: [
        InlineMessage { id: moodMissing; objectName: "moodMissing"; text: ""; Layout.fillWidth: true },
        InlineMessage { id: savedMessage; objectName: "savedMessage"; error: false; Layout.fillWidth: true },

        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("Check-in deleted.")
            actionSpacing: Theme.spacing
            Button {
                objectName: "save"
                // Deleted from this page: the form stays for Undo, but cannot be saved again.
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save check-in")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    savedMessage.text = "" // never "Saved" beside why this save was refused
                    // A check-in keeps a mood: an unset slider is not saved as a 5 nobody chose.
                    moodMissing.text = mood.hasValue ? "" : qsTr("Choose your mood on the slider first.")
                    if (!mood.hasValue)
                        return
                    if (page.editing) {
                        if (page.backend.updateCheckin(page.entryId, Math.round(mood.value), feelings.selected, note.text))
                            page.done()
                    } else if (page.backend.saveCheckin(Math.round(mood.value), feelings.selected, note.text).length > 0) {
                        // The backend decides (and offers support) when a check-in shows things are very hard.
                        // The shell's support notice (once a day for the same reason) says it is hard and
                        // offers the plan and contacts: this thanks, and points to Need help now?, which is
                        // always there, without saying the notice's words again.
                        savedMessage.text = page.backend.lastCheckinHard
                            ? qsTr("Saved. Thank you for checking in on a hard day. Your safety plan and people you can contact are one step away, under Need help now?")
                            : qsTr("Saved. Thank you for checking in.")
                        page.clear()
                    }
                }
            }
        },

        FormSection {
            visible: !page.editing && page.backend && page.backend.weeklyMood.length > 0
            title: qsTr("Your weeks")
            description: page.backend && page.backend.recentDays > 1
                         ? qsTr("Average mood of your check-ins, week by week. You checked in on %1 days in the last two weeks.").arg(page.backend.recentDays)
                         : qsTr("Average mood of your check-ins, week by week.")
            Repeater {
                model: page.backend ? page.backend.weeklyMood.slice(-6) : []
                // The week and its figure on one line that wraps, the bar under them: side by
                // side (week, bar, figure), a row ran 400 px past an 800x600 window at 200 % text.
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        // The date's pattern is the translator's: "d MMMM" in English, "d 'de' MMMM" in Spanish.
                        //: Qt date pattern for a day and month, as in "Week of 30 November"
                        text: qsTr("Week of %1").arg(modelData.week.toLocaleDateString(Qt.locale(), qsTr("d MMMM"))) + " · "
                              + (modelData.count === 1 ? qsTr("%1 (1 check-in)").arg(Number(modelData.average).toLocaleString(Qt.locale(), "f", 1))
                                                       : qsTr("%1 (%2 check-ins)").arg(Number(modelData.average).toLocaleString(Qt.locale(), "f", 1)).arg(modelData.count))
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.maximumWidth: 300
                        implicitHeight: 12
                        Rectangle {
                            width: Math.max(4, modelData.average / 10 * parent.width)
                            height: 12
                            radius: 6
                            color: Theme.moodColor(modelData.average)
                        }
                    }
                }
            }
        }
    ]
}
