import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A moment with someone that mattered: with whom, what happened, what I
// wanted from them, how they responded (or how I expected them to), how I
// responded and felt. Each part can carry a few words of the client's own
// (suggested from earlier moments), which Patterns with people counts.
// Opened with an episode's entryId it edits that one.
ModulePage {
    id: page
    title: qsTr("A moment with someone")
    subtitle: qsTr("A moment with someone that stayed with you, big or small. There are no right answers: write it the way you remember it.")

    property string episodeId: ""
    property var suggestions: ({})
    property string loadedWhen: ""   // the time as loaded, "yyyy-MM-dd HH:mm": unchanged, an edit keeps the entry's own
    property string snapshot: ""     // the form as loaded or emptied, to tell unsaved writing
    // Tessera asks before it quits while this is true (SDK 2.6.1).
    unsavedWriting: page.snapshot.length > 0 && JSON.stringify(page.formNow()) !== page.snapshot

    function formNow() {
        return { person: person.text, happened: happened.text, wish: wish.text, wishTags: wishTags.selected, other: other.text,
                 otherTags: otherTags.selected, expected: expected.checked, self: self.text, selfTags: selfTags.selected, themes: themes.selected }
    }
    function unsaved() { return JSON.stringify(formNow()) !== page.snapshot }
    // Loading another moment or starting afresh never drops what is being written.
    function guard() {
        if (!unsaved())
            return true
        saved.error = true
        saved.text = qsTr("Save what you are writing first (or empty the fields): it would be lost.")
        return false
    }

    function clear() {
        page.episodeId = ""
        person.text = ""; happened.text = ""; wish.text = ""; other.text = ""; self.text = ""
        expected.checked = false
        wishTags.selected = []; otherTags.selected = []; selfTags.selected = []; themes.selected = []
        when.reset(new Date())
        page.loadedWhen = ""
        page.snapshot = JSON.stringify(formNow())
    }
    function load(id) {
        const e = page.backend.loadEpisode(id)
        if (e.id === undefined)
            return
        clear()
        page.episodeId = e.id
        when.reset(e.when)
        person.text = e.person || ""; happened.text = e.happened || ""
        wish.text = e.wish || ""; other.text = e.other || ""; self.text = e.self || ""
        expected.checked = e.expected === true
        wishTags.selected = e.wishTags; otherTags.selected = e.otherTags; selfTags.selected = e.selfTags; themes.selected = e.themes
        page.loadedWhen = Qt.formatDateTime(e.when, "yyyy-MM-dd HH:mm")
        page.snapshot = JSON.stringify(formNow())
    }
    function saveEpisode() {
        if (!when.valid) {
            saved.error = true
            saved.text = qsTr("Write when as a date and a time, like %1 and 14:30.").arg(Qt.formatDate(new Date(), "yyyy-MM-dd"))
            return
        }
        const form = formNow()
        // An edit whose time was not changed keeps the entry's own time (and its offset).
        if (page.episodeId.length === 0 || Qt.formatDateTime(when.parsed(), "yyyy-MM-dd HH:mm") !== page.loadedWhen)
            form.when = when.parsed()
        const editing = page.episodeId.length > 0
        const ok = page.backend.saveEpisode(page.episodeId, form)
        saved.error = false
        if (ok && editing && page.entryId.length > 0) {
            page.done() // opened from the timeline: back to it
        } else if (ok) {
            clear()
            page.suggestions = page.backend.suggestionsNow()
            saved.text = qsTr("Saved. Patterns with people counts the words you chose.")
        } else {
            saved.text = ""
        }
    }

    Component.onCompleted: {
        page.suggestions = page.backend ? page.backend.suggestionsNow() : ({})
        page.snapshot = JSON.stringify(formNow())
        if (entryId.length > 0)
            load(entryId)
    }

    FormSection {
        title: page.episodeId.length > 0 ? qsTr("Changing a moment") : qsTr("The moment")
        description: qsTr("Who it was with and what happened are needed; everything else is up to you.")
        DateTimeField { id: when; objectName: "when"; label: qsTr("When") }
        // The label above its field, as elsewhere (beside it, the field ran past the card at
        // 800x600 with 200 % text).
        Label { text: qsTr("With whom"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            id: person
            objectName: "person"
            Layout.fillWidth: true
            maximumLength: 80
            Accessible.name: qsTr("With whom")
            Accessible.description: qsTr("Any words: a name, or \"my sister\", \"someone at work\"")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            visible: (page.suggestions.people || []).length > 0
            Repeater {
                model: page.suggestions.people || []
                delegate: Button {
                    required property string modelData
                    text: modelData
                    flat: true
                    Accessible.name: qsTr("With %1").arg(modelData)
                    onClicked: person.text = modelData
                }
            }
        }
        Label { text: qsTr("What happened"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: happened; objectName: "happened"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("What happened") }
    }
    FormSection {
        title: qsTr("What I wanted from them")
        Label { text: qsTr("What I wanted from them"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: wish; objectName: "wish"; Layout.fillWidth: true; Layout.minimumHeight: 50 * Theme.textScale; accessibleName: qsTr("What I wanted from them") }
        WordPicker {
            id: wishTags
            objectName: "wishTags"
            label: qsTr("What I wanted, in a few words (to find it again)")
            options: page.suggestions.wishes || []
        }
    }
    FormSection {
        title: qsTr("How they responded")
        description: qsTr("What they did or said, or, if it did not happen, how you expected them to respond.")
        Label { text: qsTr("How they responded"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: other; objectName: "other"; Layout.fillWidth: true; Layout.minimumHeight: 50 * Theme.textScale; accessibleName: qsTr("How they responded") }
        CheckBox {
            id: expected
            objectName: "expected"
            text: qsTr("This is how I expected them to respond")
            Accessible.name: text
            Layout.fillWidth: true
            contentItem: ControlLabel { control: expected }
        }
        WordPicker {
            id: otherTags
            objectName: "otherTags"
            label: qsTr("How they responded, in a few words")
            options: page.suggestions.others || []
        }
    }
    FormSection {
        title: qsTr("How I responded, and how I felt")
        Label { text: qsTr("How I responded, and how I felt afterwards"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: self; objectName: "self"; Layout.fillWidth: true; Layout.minimumHeight: 50 * Theme.textScale; accessibleName: qsTr("How I responded, and how I felt afterwards") }
        WordPicker {
            id: selfTags
            objectName: "selfTags"
            label: qsTr("How I responded, in a few words")
            options: page.suggestions.selves || []
        }
    }
    FormSection {
        title: qsTr("Themes")
        description: qsTr("Anything this touches on that you notice in other moments too. Optional.")
        WordPicker {
            id: themes
            objectName: "themes"
            label: qsTr("Themes")
            options: page.suggestions.themes || []
        }
    }

    belowError: [
        InlineMessage { id: saved; objectName: "savedMessage"; error: false; Layout.fillWidth: true },
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "saveEpisode"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save the moment")
                onClicked: page.saveEpisode()
            }
            Button {
                visible: page.episodeId.length > 0
                text: qsTr("Start a new moment")
                Accessible.name: text
                onClicked: if (page.guard()) { page.clear(); saved.text = "" }
            }
            Button {
                objectName: "openPatterns"
                text: qsTr("Patterns with people")
                Accessible.name: qsTr("Open patterns with people")
                onClicked: page.openPage("patterns")
            }
        },
        Label { text: qsTr("Recent moments"); font.pixelSize: Theme.fontTitle; visible: recent.count > 0; Layout.topMargin: Theme.spacing },
        Repeater {
            id: recent
            model: page.backend ? page.backend.episodes : []
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: qsTr("With %1").arg(modelData.person)
                summary: modelData.happened
                time: modelData.whenLabel
                kindTitle: qsTr("A moment with someone")
                onActivated: if (page.guard()) { page.load(modelData.id); saved.text = "" }
            }
        }
    ]
}
