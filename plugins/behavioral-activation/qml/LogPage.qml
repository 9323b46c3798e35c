import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Log what you just did, or did an hour ago, in a few seconds: what, which
// part of life, how much accomplishment and enjoyment, mood before and after.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    readonly property bool editing: entryId.length > 0
    property string area: "recreation"
    property int minutesAgo: 0
    signal done()
    contentWidth: availableWidth

    // A rating the client never moved is sent as -1: the backend leaves it out.
    function rating(slider) { return slider.touched ? Math.round(slider.value) : -1 }
    function resetRatings() {
        for (const s of [mastery, pleasure, moodBefore, moodAfter]) { s.value = 5; s.touched = false }
    }

    Component.onCompleted: {
        if (!editing)
            return
        const a = backend.loadEntry(entryId)
        if (a.kind !== "activity")
            return
        activity.text = a.activity; page.area = a.area
        if (a.mastery !== undefined) { mastery.value = a.mastery; mastery.touched = true }
        if (a.pleasure !== undefined) { pleasure.value = a.pleasure; pleasure.touched = true }
        if (a.moodBefore !== undefined) { moodBefore.value = a.moodBefore; moodBefore.touched = true }
        if (a.moodAfter !== undefined) { moodAfter.value = a.moodAfter; moodAfter.touched = true }
        note.text = a.note || ""
    }

    ColumnLayout {
        width: Math.min(page.availableWidth - Theme.spacing * 4, 860)
        x: Theme.spacing * 2
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: page.editing ? qsTr("Activity") : qsTr("Log an activity")
            subtitle: qsTr("Anything counts: getting dressed, a call, a walk. Noticing how it felt is the point.")
        }
        FormSection {
            title: qsTr("What did you do?")
            TextField { id: activity; objectName: "activity"; Layout.fillWidth: true; placeholderText: qsTr("e.g. Walk in the park"); Accessible.name: qsTr("Activity") }
            ChipPicker {
                visible: !page.editing && page.backend && page.backend.suggestions.length > 0
                multiple: false
                accessibleLabel: qsTr("From your values")
                model: page.backend ? page.backend.suggestions.slice(0, 8) : []
                onToggled: (word, on) => activity.text = on ? word : ""
            }
            Label { text: qsTr("Part of life"); color: Theme.subtleText }
            ChipPicker {
                objectName: "area"
                multiple: false
                accessibleLabel: qsTr("Part of life")
                model: page.backend ? page.backend.areas.map(a => a.name) : []
                selected: page.backend ? page.backend.areas.filter(a => a.code === page.area).map(a => a.name) : []
                onToggled: (name, on) => { if (on) page.area = page.backend.areas.find(a => a.name === name).code }
            }
            Label { visible: !page.editing; text: qsTr("When"); color: Theme.subtleText }
            ChipPicker {
                visible: !page.editing
                objectName: "when"
                multiple: false
                accessibleLabel: qsTr("When")
                readonly property var choices: [{ l: qsTr("Just now"), m: 0 }, { l: qsTr("An hour ago"), m: 60 }, { l: qsTr("Two hours ago"), m: 120 }, { l: qsTr("This morning"), m: 360 }]
                model: choices.map(c => c.l)
                selected: choices.filter(c => c.m === page.minutesAgo).map(c => c.l)
                onToggled: (label, on) => { if (on) page.minutesAgo = choices.find(c => c.l === label).m }
            }
        }
        FormSection {
            title: qsTr("How was it?")
            description: qsTr("Move only the sliders you want to record; the others are left out.")
            RatingSlider { id: mastery; objectName: "mastery"; Layout.fillWidth: true; label: touched ? qsTr("Sense of accomplishment") : qsTr("Sense of accomplishment (not rated)"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot"); value: 5 }
            RatingSlider { id: pleasure; objectName: "pleasure"; Layout.fillWidth: true; label: touched ? qsTr("Enjoyment") : qsTr("Enjoyment (not rated)"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot"); value: 5 }
            RatingSlider { id: moodBefore; objectName: "moodBefore"; Layout.fillWidth: true; label: touched ? qsTr("Mood before") : qsTr("Mood before (not rated)"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
            RatingSlider { id: moodAfter; objectName: "moodAfter"; Layout.fillWidth: true; label: touched ? qsTr("Mood after") : qsTr("Mood after (not rated)"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
            TextBox { id: note; Layout.fillWidth: true; Layout.preferredHeight: 60; placeholderText: qsTr("Who was there, where, anything else (optional)"); accessibleName: qsTr("Note") }
        }
        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
        InlineMessage { id: saved; error: false; Layout.fillWidth: true }
        RowLayout {
            Button {
                objectName: "save"
                text: page.editing ? qsTr("Save changes") : qsTr("Save activity")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    if (page.editing) {
                        if (page.backend.updateActivity(page.entryId, { activity: activity.text, area: page.area, mastery: page.rating(mastery),
                                                        pleasure: page.rating(pleasure), moodBefore: page.rating(moodBefore),
                                                        moodAfter: page.rating(moodAfter), note: note.text }))
                            page.done()
                    } else if (page.backend.logActivity(activity.text, page.area, page.minutesAgo, page.rating(mastery), page.rating(pleasure),
                                                        page.rating(moodBefore), page.rating(moodAfter), note.text).length > 0) {
                        saved.text = qsTr("Logged.")
                        activity.text = ""; note.text = ""
                        page.resetRatings()
                    }
                }
            }
            ConfirmAction {
                visible: page.editing
                onConfirmed: if (page.backend.remove(page.entryId)) undo.show(qsTr("Activity deleted."))
            }
        }
        UndoBar { id: undo; onUndo: page.backend.restore(page.entryId) }
        FormSection {
            visible: !page.editing && page.backend && page.backend.recent.length > 0
            title: qsTr("Recently")
            Repeater {
                model: page.backend ? page.backend.recent : []
                delegate: Label { required property var modelData; text: modelData.when + " · " + modelData.title + " · " + modelData.summary; color: Theme.subtleText; elide: Text.ElideRight; Layout.fillWidth: true }
            }
        }
    }
}
