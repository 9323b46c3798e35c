import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Log what you just did, did an hour ago or did on an earlier day: what, which
// part of life, how much accomplishment and enjoyment, mood before and after.
ModulePage {
    id: page
    title: page.editing ? qsTr("Activity") : qsTr("Log an activity")
    subtitle: qsTr("Anything counts: getting dressed, a call, a walk. Noticing how it felt is the point.")
    readonly property bool editing: entryId.length > 0
    property string area: "recreation"
    property int minutesAgo: 0
    // "Another day": a day from backend.logDays and a time typed as 20:30.
    property bool otherDay: false
    property string day: ""
    property string lastSavedId: ""

    // A rating the client never gave (not moved, not stored) is sent as -1: the backend leaves it out.
    function rating(slider) { return slider.hasValue ? Math.round(slider.value) : -1 }
    function resetRatings() {
        for (const s of [mastery, pleasure, moodBefore, moodAfter])
            s.reset()
    }

    Component.onCompleted: {
        if (!editing)
            return
        const a = backend.loadEntry(entryId)
        if (a.kind !== "activity")
            return
        activity.text = a.activity; page.area = a.area
        if (a.mastery !== undefined) mastery.setValue(a.mastery)
        if (a.pleasure !== undefined) pleasure.setValue(a.pleasure)
        if (a.moodBefore !== undefined) moodBefore.setValue(a.moodBefore)
        if (a.moodAfter !== undefined) moodAfter.setValue(a.moodAfter)
        note.text = a.note || ""
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
        Label { text: qsTr("Part of life"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
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
            readonly property string anotherDay: qsTr("Another day")
            readonly property var choices: page.backend ? page.backend.logTimes : []
            model: choices.map(c => c.label).concat([anotherDay])
            selected: page.otherDay ? [anotherDay] : choices.filter(c => c.minutesAgo === page.minutesAgo).map(c => c.label)
            onToggled: (label, on) => {
                if (!on)
                    return
                page.otherDay = label === anotherDay
                if (page.otherDay) {
                    if (page.day === "" && page.backend)
                        page.day = page.backend.logDays[1].date
                } else {
                    page.minutesAgo = choices.find(c => c.label === label).minutesAgo
                }
            }
        }
        ChipPicker {
            visible: !page.editing && page.otherDay
            objectName: "logDay"
            multiple: false
            accessibleLabel: qsTr("Day")
            readonly property var days: page.backend ? page.backend.logDays : []
            model: days.map(d => d.label)
            selected: days.filter(d => d.date === page.day).map(d => d.label)
            onToggled: (label, on) => { if (on) page.day = days.find(d => d.label === label).date }
        }
        RowLayout {
            visible: !page.editing && page.otherDay
            Label { text: qsTr("At"); color: Theme.subtleText }
            TextField {
                id: logTime
                objectName: "logTime"
                Layout.preferredWidth: 80
                text: "12:00"
                inputMask: "99:99"
                Accessible.name: qsTr("At what time, like 18:00")
            }
        }
    }
    FormSection {
        title: qsTr("How was it?")
        description: qsTr("Move only the sliders you want to record; the others are left out.")
        RatingSlider { id: mastery; objectName: "mastery"; Layout.fillWidth: true; label: qsTr("Sense of accomplishment"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot"); value: 5 }
        RatingSlider { id: pleasure; objectName: "pleasure"; Layout.fillWidth: true; label: qsTr("Enjoyment"); lowHint: qsTr("0 · none"); highHint: qsTr("10 · a lot"); value: 5 }
        RatingSlider { id: moodBefore; objectName: "moodBefore"; Layout.fillWidth: true; label: qsTr("Mood before"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
        RatingSlider { id: moodAfter; objectName: "moodAfter"; Layout.fillWidth: true; label: qsTr("Mood after"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
        Label { id: noteLabel; text: qsTr("Note"); color: Theme.subtleText }
        TextBox { id: note; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; placeholderText: qsTr("Who was there, where, anything else (optional)"); accessibleName: noteLabel.text }
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("Activity deleted.")
            Button {
                objectName: "save"
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save activity")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    if (page.editing) {
                        if (page.backend.updateActivity(page.entryId, { activity: activity.text, area: page.area, mastery: page.rating(mastery),
                                                        pleasure: page.rating(pleasure), moodBefore: page.rating(moodBefore),
                                                        moodAfter: page.rating(moodAfter), note: note.text }))
                            page.done()
                        return
                    }
                    const id = page.otherDay
                        ? page.backend.logActivityOn(activity.text, page.area, page.day, logTime.text, page.rating(mastery), page.rating(pleasure),
                                                     page.rating(moodBefore), page.rating(moodAfter), note.text)
                        : page.backend.logActivity(activity.text, page.area, page.minutesAgo, page.rating(mastery), page.rating(pleasure),
                                                   page.rating(moodBefore), page.rating(moodAfter), note.text)
                    if (id.length > 0) {
                        page.lastSavedId = id
                        saved.text = qsTr("Logged.")
                        activity.text = ""; note.text = ""
                        page.resetRatings()
                    }
                }
            }
        },
        FormSection {
            visible: !page.editing && page.backend && page.backend.recent.length > 0
            title: qsTr("Recently")
            Repeater {
                model: page.backend ? page.backend.recent : []
                delegate: Label { required property var modelData; text: modelData.when + " · " + modelData.title + " · " + modelData.summary; color: Theme.subtleText; elide: Text.ElideRight; Layout.fillWidth: true }
            }
        }
    ]
}
