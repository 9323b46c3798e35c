import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Notes after a session: when, what kind, with whom (roles, not names),
// what we talked about, what I want to remember, homework agreed (which may
// count the client's entries of another module), and the next session.
// Opened with a session's entryId it edits that session.
ModulePage {
    id: page
    title: qsTr("After a session")
    subtitle: qsTr("A few words while it is fresh: what you talked about, what to remember, and what you agreed to try.")

    property string sessionId: ""
    property var withRoles: []      // role codes picked
    readonly property bool isGroup: type.currentValue === "group"
    readonly property var roleOptions: page.backend ? page.backend.roleOptions : []
    readonly property var homeworkKinds: page.backend ? page.backend.homeworkKinds : []
    readonly property bool hasOpenList: page.backend !== null &&
        ((page.backend.next.items || []).length > 0 || (page.backend.next.marked || []).length > 0 ||
         (page.backend.next.wentWell || "").length > 0 || (page.backend.next.hard || "").length > 0)
    // The list is for the next session: a session dated before the last one
    // written up (notes caught up on later) does not take it, unless ticked.
    readonly property bool isNewest: date.text >= (page.backend ? (page.backend.next.lastSessionDate || "") : "")

    ListModel { id: homework }

    function roleLabels(codes) {
        return page.roleOptions.filter(o => codes.indexOf(o.code) >= 0).map(o => o.label)
    }
    function form() {
        const rows = []
        for (let i = 0; i < homework.count; ++i) {
            const h = homework.get(i)
            rows.push({ id: h.hid, text: h.text, kind: h.kind, target: h.target, done: h.done })
        }
        const with_ = page.withRoles.slice()
        if (otherRole.text.trim().length > 0)
            with_.push(otherRole.text.trim())
        return {
            date: date.text, time: time.text, type: type.currentValue, with: with_,
            talked: talked.text, remember: remember.text,
            themes: page.isGroup ? themes.text : "", helped: page.isGroup ? helped.text : "", toTry: page.isGroup ? toTry.text : "",
            homework: rows, nextDate: nextDate.text, nextTime: nextTime.text,
            closeList: closeList.visible && closeList.checked
        }
    }
    function load(id) {
        const s = page.backend.loadSession(id)
        if (s.id === undefined)
            return
        page.sessionId = s.id
        date.text = s.date; time.text = s.time
        type.currentIndex = Math.max(0, type.indexOfValue(s.type))
        const codes = page.roleOptions.map(o => o.code)
        page.withRoles = s.with.filter(r => codes.indexOf(r) >= 0)
        otherRole.text = s.with.filter(r => codes.indexOf(r) < 0).join(", ")
        talked.text = s.talked; remember.text = s.remember
        themes.text = s.themes; helped.text = s.helped; toTry.text = s.toTry
        nextDate.text = s.nextDate; nextTime.text = s.nextTime
        homework.clear()
        for (const h of s.homework)
            homework.append({ hid: h.id, text: h.text, kind: h.kind, target: Math.max(1, h.target), done: h.ticked })
    }
    function saveSession() {
        const id = page.backend.saveSession(page.sessionId, form())
        if (id.length > 0) {
            page.sessionId = id // a second Save changes these notes, never adds them again
            page.openPage("history")
        }
    }

    Component.onCompleted: {
        if (entryId.length > 0) {
            load(entryId)
        } else {
            date.text = Qt.formatDate(new Date(), "yyyy-MM-dd")
            page.withRoles = ["therapist"]
        }
    }

    FormSection {
        title: qsTr("The session")
        // Each label above its field: beside them, at 800x600 with 200 % text, the
        // fields ran past the card.
        Label { text: qsTr("Date"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            id: date; objectName: "date"; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Date")
            Layout.fillWidth: true
            Layout.maximumWidth: 200 * Theme.textScale
        }
        Label { text: qsTr("Time"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField {
            id: time; objectName: "time"; placeholderText: qsTr("HH:mm"); Accessible.name: qsTr("Time")
            Layout.fillWidth: true
            Layout.preferredWidth: 120 * Theme.textScale
            Layout.maximumWidth: 120 * Theme.textScale
        }
        Label { text: qsTr("Kind of session"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChoiceBox {
            id: type
            objectName: "type"
            textRole: "label"
            valueRole: "code"
            model: page.backend ? page.backend.typeOptions : []
            Accessible.name: qsTr("Kind of session")
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
        Label { text: qsTr("With"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            objectName: "with"
            accessibleLabel: qsTr("With")
            model: page.roleOptions.map(o => o.label)
            selected: page.roleLabels(page.withRoles)
            onToggled: (word, on) => {
                const code = page.roleOptions.find(o => o.label === word).code
                page.withRoles = on ? page.withRoles.concat([code]) : page.withRoles.filter(c => c !== code)
            }
        }
        Label { text: qsTr("Someone else (their role, no name needed; several separated by commas)"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField { id: otherRole; objectName: "otherRole"; Layout.fillWidth: true; maximumLength: 40; placeholderText: qsTr("e.g. my support worker"); Accessible.name: qsTr("Someone else") }
    }

    FormSection {
        title: page.isGroup ? qsTr("The group") : qsTr("What we talked about")
        description: page.isGroup ? qsTr("Other members' names are not asked for: what people share in a group stays in the group.") : ""
        Label { visible: !page.isGroup; text: qsTr("What we talked about"); color: Theme.subtleText }
        TextBox { id: talked; objectName: "talked"; visible: !page.isGroup; Layout.fillWidth: true; Layout.minimumHeight: 80 * Theme.textScale; accessibleName: qsTr("What we talked about") }
        Label { visible: page.isGroup; text: qsTr("Themes"); color: Theme.subtleText }
        TextBox { id: themes; objectName: "themes"; visible: page.isGroup; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("Themes") }
        Label { visible: page.isGroup; text: qsTr("What helped"); color: Theme.subtleText }
        TextBox { id: helped; objectName: "helped"; visible: page.isGroup; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What helped") }
        Label { visible: page.isGroup; text: qsTr("What I want to try"); color: Theme.subtleText }
        TextBox { id: toTry; objectName: "toTry"; visible: page.isGroup; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What I want to try") }
        Label { text: qsTr("What I want to remember"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: remember; objectName: "remember"; Layout.fillWidth: true; Layout.minimumHeight: 60 * Theme.textScale; accessibleName: qsTr("What I want to remember") }
    }

    FormSection {
        title: qsTr("Homework agreed")
        description: qsTr("Something to try before next time. Counted homework shows its progress from your entries since the session.")
        Repeater {
            model: homework
            delegate: HomeworkEditRow {
                kinds: page.homeworkKinds
                onEdited: (field, value) => homework.setProperty(index, field, value)
                onRemoveRequested: homework.remove(index)
            }
        }
        Button {
            id: addHomework
            objectName: "addHomework"
            // Wraps in a narrow card (Spanish at 800x600 and 200 %: 96 px past the window).
            contentItem: ButtonLabel { control: addHomework }
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            text: qsTr("Add homework")
            Accessible.name: text
            enabled: homework.count < 20
            onClicked: homework.append({ hid: "", text: "", kind: "", target: 1, done: false })
        }
    }

    FormSection {
        title: qsTr("Next session")
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            Layout.fillWidth: true
            Label { text: qsTr("Date"); color: Theme.subtleText }
            TextField { id: nextDate; objectName: "nextDate"; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Next session's date") }
            Label { text: qsTr("Time"); color: Theme.subtleText }
            TextField { id: nextTime; objectName: "nextTime"; Layout.preferredWidth: 120 * Theme.textScale; placeholderText: qsTr("HH:mm"); Accessible.name: qsTr("Next session's time") }
        }
    }

    belowError: [
        CheckBox {
            id: closeList
            objectName: "closeList"
            visible: page.sessionId.length === 0 && page.hasOpenList
            checked: page.isNewest
            text: qsTr("I brought my list to this session: keep it with these notes and start a new list")
            Accessible.name: text
            Layout.fillWidth: true
            contentItem: ControlLabel { control: closeList }
        },
        Button {
            objectName: "saveSession"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: qsTr("Save the session's notes")
            onClicked: page.saveSession()
        }
    ]
}
