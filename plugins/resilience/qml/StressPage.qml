import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The stress log: what happened, how stressed, where in the body, what went
// through my mind, what I did and what helped. Patterns over the weeks are
// on the Stress patterns page. Opened with an entry's entryId it edits it.
ModulePage {
    id: page
    title: qsTr("Stress log")
    subtitle: qsTr("Note a stressful moment while it is fresh. Over a few weeks, the patterns show what sets stress off and what helps you.")

    property string stressId: ""
    property string loadedWhen: ""   // the time as loaded: unchanged, an edit keeps the entry's own (and its offset)
    property var body: []          // codes
    readonly property var areas: page.backend ? page.backend.bodyAreaOptions : []

    function areaLabels(codes) { return page.areas.filter(a => codes.indexOf(a.code) >= 0).map(a => a.label) }
    function clear() {
        page.stressId = ""
        page.loadedWhen = ""
        what.text = ""; thoughts.text = ""; did.text = ""
        level.reset(); after.reset(); notedAfter.checked = false
        page.body = []; triggers.selected = []; helped.selected = []
        when.reset(new Date())
    }
    function load(id) {
        const s = page.backend.loadStress(id)
        if (s.id === undefined)
            return
        clear()
        page.stressId = s.id
        when.reset(s.when)
        what.text = s.what; thoughts.text = s.thoughts; did.text = s.did
        level.setValue(s.level)
        page.body = s.body || []
        triggers.selected = s.triggers || []
        helped.selected = s.helped || []
        if (s.after >= 0) { notedAfter.checked = true; after.setValue(s.after) }
        page.loadedWhen = Qt.formatDateTime(s.when, "yyyy-MM-dd HH:mm")
    }
    function saveEntry() {
        if (!when.valid) {
            saved.error = true
            saved.text = qsTr("Write when as a date and a time, like %1 and 14:30.").arg(Qt.formatDate(new Date(), "yyyy-MM-dd"))
            return
        }
        saved.error = false
        const unchanged = page.stressId.length > 0 && Qt.formatDateTime(when.parsed(), "yyyy-MM-dd HH:mm") === page.loadedWhen
        const editing = page.stressId.length > 0
        const ok = page.backend.saveStress(page.stressId, {
            when: unchanged ? undefined : when.parsed(), what: what.text, level: level.hasValue ? Math.round(level.value) : -1,
            body: page.body, thoughts: thoughts.text, did: did.text, triggers: triggers.selected, helped: helped.selected,
            after: notedAfter.checked && after.hasValue ? Math.round(after.value) : -1 })
        if (ok && editing && page.entryId.length > 0) {
            page.done() // opened from the timeline: back to it
        } else if (ok) {
            clear()
            saved.text = qsTr("Saved to your stress log.")
        }
    }

    Component.onCompleted: if (entryId.length > 0) load(entryId)

    FormSection {
        title: page.stressId.length > 0 ? qsTr("Changing an entry") : qsTr("What happened")
        description: qsTr("What happened and how stressed you felt are needed; everything else is up to you.")
        DateTimeField { id: when; objectName: "when"; label: qsTr("When") }
        Label { text: qsTr("What happened"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: what; objectName: "what"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("What happened") }
        RatingSlider {
            id: level
            objectName: "level"
            label: qsTr("How stressed I felt")
            lowHint: qsTr("Calm")
            highHint: qsTr("As stressed as I get")
            Layout.fillWidth: true
        }
        WordPicker {
            id: triggers
            objectName: "triggers"
            label: qsTr("What set it off")
            options: page.backend ? page.backend.triggerOptions : []
        }
    }
    FormSection {
        title: qsTr("In my body and mind")
        Label { text: qsTr("Where I felt it in my body"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            id: bodyChips
            objectName: "body"
            accessibleLabel: qsTr("Where I felt it in my body")
            model: page.areas.map(a => a.label)
            onToggled: (word, on) => {
                const code = page.areas.find(a => a.label === word).code
                page.body = on ? page.body.concat([code]) : page.body.filter(c => c !== code)
            }
        }
        // The chips follow page.body whoever sets it (a toggle replaces ChipPicker's own binding).
        Binding { target: bodyChips; property: "selected"; value: page.areaLabels(page.body) }
        Label { text: qsTr("What went through my mind"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: thoughts; objectName: "thoughts"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What went through my mind") }
    }
    FormSection {
        title: qsTr("What I did, and what helped")
        Label { text: qsTr("What I did"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: did; objectName: "did"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What I did") }
        WordPicker {
            id: helped
            objectName: "helped"
            label: qsTr("What helped")
            options: page.backend ? page.backend.helpedOptions : []
        }
        CheckBox {
            id: notedAfter
            objectName: "notedAfter"
            text: qsTr("I can say how stressed I felt afterwards")
            Accessible.name: text
            Layout.fillWidth: true
            contentItem: ControlLabel { control: notedAfter }
        }
        RatingSlider {
            id: after
            objectName: "after"
            visible: notedAfter.checked
            label: qsTr("How stressed I felt afterwards")
            lowHint: qsTr("Calm")
            highHint: qsTr("As stressed as I get")
            Layout.fillWidth: true
        }
    }

    belowError: [
        InlineMessage { id: saved; objectName: "savedMessage"; error: false; Layout.fillWidth: true },
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "saveStress"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save to my stress log")
                onClicked: page.saveEntry()
            }
            Button {
                visible: page.stressId.length > 0
                text: qsTr("Start a new entry")
                Accessible.name: text
                onClicked: { page.clear(); saved.text = "" }
            }
            Button {
                objectName: "openPatterns"
                text: qsTr("Stress patterns")
                Accessible.name: qsTr("Open stress patterns")
                onClicked: page.openPage("patterns")
            }
        },
        Label { text: qsTr("Recent entries"); font.pixelSize: Theme.fontTitle; visible: recent.count > 0; Layout.topMargin: Theme.spacing },
        Repeater {
            id: recent
            model: page.backend ? page.backend.stressEntries : []
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: qsTr("Stress %1 out of 10").arg(modelData.level) + (modelData.after >= 0 ? " · " + qsTr("%1 afterwards").arg(modelData.after) : "")
                summary: modelData.what + (modelData.triggers && modelData.triggers.length ? " · " + modelData.triggers.join(", ") : "")
                time: modelData.whenLabel
                kindTitle: qsTr("Stress log")
                onActivated: { page.load(modelData.id); saved.text = "" }
            }
        }
    ]
}
