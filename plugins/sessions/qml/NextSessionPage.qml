import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// What the client wants to bring to the next session: things they add,
// entries they marked on the timeline, what went well and what was hard,
// and the homework from the last session with its progress.
ModulePage {
    id: page
    title: qsTr("Next session")
    subtitle: qsTr("Gather what you want to talk about, so nothing important is forgotten on the day.")

    readonly property var next: page.backend ? page.backend.next : ({})
    readonly property var items: page.next.items || []
    readonly property var marked: page.next.marked || []
    readonly property var homework: page.next.homework || []

    function addItem() {
        if (page.backend.addItem(newItem.text))
            newItem.text = ""
    }
    property string loadedPrep: ""
    property string saved: ""
    function loadReflection() {
        wentWell.text = page.next.wentWell || ""
        hard.text = page.next.hard || ""
        page.loadedPrep = page.next.prepId || ""
    }
    function loadWhen() {
        const n = page.next.nextSession
        nextDate.text = n !== undefined ? n.date : ""
        nextTime.text = n !== undefined ? n.time : ""
    }
    Component.onCompleted: { loadReflection(); loadWhen() }
    Connections {
        target: page.backend
        // A session closed the list: the new one starts empty, not with the old words.
        function onDataChanged() {
            // The backend's value, not page.next: this handler may run before that binding.
            const prep = page.backend.next.prepId || ""
            if (prep !== page.loadedPrep && prep === "") {
                wentWell.text = ""
                hard.text = ""
                page.loadedPrep = ""
            }
        }
    }

    headerActions: Button {
        objectName: "openAfter"
        text: qsTr("After a session")
        Accessible.name: qsTr("Write notes after a session")
        onClicked: page.openPage("after")
    }

    FormSection {
        title: qsTr("When")
        Label {
            objectName: "nextSessionLabel"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: page.next.nextSession !== undefined
                  ? qsTr("Your next session: %1").arg(page.next.nextSession.label)
                  : qsTr("No date yet. Add it to your notes after a session, and Tessera will remind you.")
        }
        Label {
            visible: (page.next.lastSession || "").length > 0
            text: qsTr("Last session: %1").arg(page.next.lastSession || "")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
        }
        // The date, the time and Save side by side where they fit; under each other in a
        // narrow window with large text (the time ran past the section there). Placed by row
        // and column, not by a column count that changes (Qt 6.4 keeps a GridLayout's first).
        GridLayout {
            id: when
            readonly property bool wide: width >= 10 * Theme.fontBody + timeLabel.implicitWidth + saveDate.implicitWidth + 2 * columnSpacing
            columnSpacing: Theme.spacing
            Layout.fillWidth: true
            Label { text: qsTr("Date"); color: Theme.subtleText; Layout.row: 0; Layout.column: 0 }
            Label {
                id: timeLabel
                text: qsTr("Time (if you know it)")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.row: when.wide ? 0 : 2
                Layout.column: when.wide ? 1 : 0
                Layout.fillWidth: !when.wide
            }
            TextField { id: nextDate; objectName: "nextDate"; Layout.row: 1; Layout.column: 0; Layout.fillWidth: true; placeholderText: qsTr("YYYY-MM-DD"); Accessible.name: qsTr("Next session's date") }
            TextField {
                id: nextTime
                objectName: "nextTime"
                Layout.row: when.wide ? 1 : 3
                Layout.column: when.wide ? 1 : 0
                Layout.preferredWidth: Math.max(120 * Theme.textScale, when.wide ? timeLabel.implicitWidth : 0)
                Layout.maximumWidth: when.width
                placeholderText: qsTr("HH:mm")
                Accessible.name: qsTr("Next session's time (if you know it)")
            }
            Button {
                id: saveDate
                objectName: "setNextSession"
                Layout.row: when.wide ? 1 : 4
                Layout.column: when.wide ? 2 : 0
                text: qsTr("Save the date")
                Accessible.name: qsTr("Save the next session's date")
                onClicked: {
                    if (page.backend.setNextSession(nextDate.text, nextTime.text))
                        page.loadWhen()
                }
            }
        }
    }

    FormSection {
        title: qsTr("Things to bring")
        description: qsTr("Anything you want to talk about: a question, a worry, something that went well.")
        Label {
            visible: page.items.length === 0
            text: qsTr("Nothing yet.")
            color: Theme.subtleText
        }
        Repeater {
            model: page.items
            delegate: AgendaItemRow {
                required property var modelData
                item: modelData
                onRemoveRequested: page.backend.removeItem(modelData.id)
            }
        }
        Label { text: qsTr("Add something to bring"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: newItem
                objectName: "newItem"
                Layout.fillWidth: true
                maximumLength: 300
                placeholderText: qsTr("e.g. Whether to go back to work full time")
                Accessible.name: qsTr("Add something to bring")
                onAccepted: page.addItem()
            }
            Button {
                objectName: "addItem"
                text: qsTr("Add")
                enabled: newItem.text.trim().length > 0
                Accessible.name: qsTr("Add to the list")
                onClicked: page.addItem()
            }
        }
    }

    FormSection {
        title: qsTr("Entries I marked")
        description: qsTr("On the timeline, choose “Bring to my next session” in an entry's menu to add it here. Sessions sees only the entries you mark.")
        Label {
            visible: page.marked.length === 0
            text: (page.next.markedError || "").length > 0 ? page.next.markedError : qsTr("None marked yet.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.marked
            delegate: MarkedEntryRow {
                required property var modelData
                entry: modelData
                onOpenRequested: page.openEntry(modelData.id)
                onUnmarkRequested: page.backend.unmark(modelData.id)
            }
        }
    }

    FormSection {
        title: qsTr("Since my last session")
        description: qsTr("A few words, or none: either can be left empty.")
        Label { text: qsTr("What went well"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox {
            id: wentWell
            objectName: "wentWell"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(70 * Theme.textScale, implicitHeight) // grows with its text and the text size
            accessibleName: qsTr("What went well")
        }
        Label { text: qsTr("What was hard"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox {
            id: hard
            objectName: "hard"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(70 * Theme.textScale, implicitHeight) // grows with its text and the text size
            accessibleName: qsTr("What was hard")
        }
        Button {
            objectName: "saveReflection"
            text: qsTr("Save")
            Accessible.name: qsTr("Save what went well and what was hard")
            onClicked: page.saved = page.backend.saveReflection(wentWell.text, hard.text) ? qsTr("Saved.") : ""
        }
        InlineMessage { objectName: "reflectionSaved"; error: false; text: page.saved }
    }

    FormSection {
        title: qsTr("Homework from my last session")
        visible: page.homework.length > 0
        Repeater {
            model: page.homework
            delegate: HomeworkRow {
                required property var modelData
                homework: modelData
                onTickToggled: done => page.backend.setHomeworkDone(page.next.lastSessionId, modelData.id, done)
                onOpenRequested: where => page.openPage(where)
            }
        }
    }

    FormSection {
        title: qsTr("Anything due")
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Questionnaires, check-ins and other things due are on Today. Your clinician may want to see a questionnaire before the session.")
        }
        Button {
            objectName: "openToday"
            text: qsTr("Open Today")
            Accessible.name: text
            onClicked: page.openPage("tessera/today")
        }
    }
}
