import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Reflections with gentle prompts, each optional: memories and how they
// connect to now, a dream, feelings about therapy and the therapist, ways I
// notice myself avoiding feelings, a theme I keep returning to; themes in
// the client's own words. Opened with a reflection's entryId it edits it.
ModulePage {
    id: page
    title: qsTr("Reflect")
    subtitle: qsTr("A few prompts to think with between sessions. Answer any of them, or none today: each is optional.")

    property string reflectionId: ""
    property var suggestions: ({})
    readonly property var boxes: [memory, memoryNow, dream, therapy, avoiding, theme]
    property string snapshot: ""   // the form as loaded or emptied, to tell unsaved writing
    // Tessera asks before it quits while this is true (SDK 2.6.1).
    unsavedWriting: page.snapshot.length > 0 && JSON.stringify(page.formNow()) !== page.snapshot

    function formNow() {
        const form = { themes: themes.selected }
        for (const b of page.boxes)
            form[b.objectName] = b.text
        return form
    }

    function clear() {
        page.reflectionId = ""
        for (const b of page.boxes)
            b.text = ""
        themes.selected = []
        page.snapshot = JSON.stringify(formNow())
    }
    function load(id) {
        const r = page.backend.loadReflection(id)
        if (r.id === undefined)
            return
        clear()
        page.reflectionId = r.id
        for (const b of page.boxes)
            b.text = r[b.objectName] || ""
        themes.selected = r.themes
        page.snapshot = JSON.stringify(formNow())
    }
    function saveReflection() {
        const editing = page.reflectionId.length > 0
        if (page.backend.saveReflection(page.reflectionId, formNow())) {
            if (editing && page.entryId.length > 0)
                return page.done() // opened from the timeline: back to it
            clear()
            page.suggestions = page.backend.suggestionsNow()
            saved.error = false
            saved.text = qsTr("Saved.")
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
        title: qsTr("Memories")
        description: qsTr("Did a memory come to mind today? Sometimes an old feeling turns up in something that happens now.")
        Label { text: qsTr("A memory that came to mind"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: memory; objectName: "memory"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("A memory that came to mind") }
        Label { text: qsTr("How it connects to now, if it does"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: memoryNow; objectName: "memoryNow"; Layout.fillWidth: true; Layout.minimumHeight: 50 * Theme.textScale; accessibleName: qsTr("How it connects to now") }
    }
    FormSection {
        title: qsTr("A dream")
        description: qsTr("What you remember of it, and how it felt. No need to make sense of it.")
        Label { text: qsTr("A dream"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: dream; objectName: "dream"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("A dream") }
    }
    FormSection {
        title: qsTr("Therapy and my therapist")
        description: qsTr("It is common, and useful, to notice feelings about therapy itself: warmth, annoyance, worry about what your therapist thinks. They are worth bringing to a session.")
        Label { text: qsTr("Feelings about therapy or my therapist"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: therapy; objectName: "therapy"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("Feelings about therapy or my therapist") }
    }
    FormSection {
        title: qsTr("Moving away from feelings")
        description: qsTr("Everyone steps away from hard feelings sometimes: keeping busy, a screen, a joke, sleep. Noticing how you do it can be interesting in itself.")
        Label { text: qsTr("Ways I noticed myself avoiding feelings"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: avoiding; objectName: "avoiding"; Layout.fillWidth: true; Layout.minimumHeight: 50 * Theme.textScale; accessibleName: qsTr("Ways I noticed myself avoiding feelings") }
    }
    FormSection {
        title: qsTr("A theme I keep returning to")
        Label { text: qsTr("A theme I keep returning to"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: theme; objectName: "theme"; Layout.fillWidth: true; Layout.minimumHeight: 50 * Theme.textScale; accessibleName: qsTr("A theme I keep returning to") }
        WordPicker {
            id: themes
            objectName: "themes"
            label: qsTr("Themes, in a few words (Themes over time counts them)")
            options: page.suggestions.themes || []
        }
    }

    belowError: [
        InlineMessage { id: saved; objectName: "savedMessage"; error: false; Layout.fillWidth: true },
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "saveReflection"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save the reflection")
                onClicked: page.saveReflection()
            }
            Button {
                id: openThemes
                objectName: "openThemes"
                // Its words wrap where the row is narrower (Spanish at 800x600 and 200 %: 14 px past the window).
                width: Math.min(implicitWidth, parent.width)
                contentItem: ButtonLabel { control: openThemes }
                text: qsTr("Themes over time")
                Accessible.name: qsTr("Open themes over time")
                onClicked: page.openPage("themes")
            }
        },
        Label { text: qsTr("Recent reflections"); font.pixelSize: Theme.fontTitle; visible: recent.count > 0; Layout.topMargin: Theme.spacing },
        Repeater {
            id: recent
            model: page.backend ? page.backend.reflections : []
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: qsTr("Reflection")
                summary: modelData.summary + (modelData.themes.length ? " · " + modelData.themes.join(", ") : "")
                time: modelData.whenLabel
                kindTitle: qsTr("Reflection")
                onActivated: {
                    if (JSON.stringify(page.formNow()) !== page.snapshot) {
                        saved.error = true
                        saved.text = qsTr("Save what you are writing first (or empty the fields): it would be lost.")
                        return
                    }
                    saved.error = false
                    page.load(modelData.id); saved.text = ""
                }
            }
        }
    ]
}
