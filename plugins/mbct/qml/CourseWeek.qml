import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One week of the course: its theme, the home practice, and a reflection
// when it is marked done.
FormSection {
    id: week
    property QtObject backend
    property var item: ({})
    // This week was just marked not done and Undo is offered: marking it done again now
    // would leave two entries for the week once Undo brings the first back.
    property bool undoPending: false
    signal saved(string message)
    // Marking the week not done was confirmed: the page removes the week's entry and offers Undo.
    signal removeRequested(string entryId, string message)

    title: qsTr("Week %1 · %2").arg(item.week).arg(item.title)
    description: item.done ? qsTr("Done on %1").arg(item.doneOn) : (item.current ? qsTr("This week") : "")

    Label { text: week.item.theme || ""; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    Label { text: qsTr("Home practice"); color: Theme.subtleText; font.bold: true }
    Repeater {
        model: week.item.homePractice || []
        delegate: Label { required property string modelData; text: "• " + modelData; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }
    // A real label: the placeholder goes as soon as the box holds the client's words.
    Label {
        id: reflectionLabel
        visible: reflection.visible
        text: qsTr("Reflection on week %1").arg(week.item.week)
        color: Theme.subtleText
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TextBox {
        id: reflection
        objectName: "reflection" + week.item.week
        visible: week.item.done || week.item.current
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(64 * Theme.textScale, implicitHeight) // grows with its text and the text size
        text: week.item.reflection || ""
        placeholderText: qsTr("What stood out for you this week? (optional)")
        accessibleName: reflectionLabel.text
    }
    // A Flow: where the card is narrower than both buttons (a small window, large
    // text), "Mark as not done" goes under the first instead of past the card.
    Flow {
        visible: week.item.done || week.item.current
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            id: markDone
            objectName: "markDone" + week.item.week
            text: week.item.done ? qsTr("Save reflection") : qsTr("Mark this week done")
            highlighted: true
            // Its words wrap where the card is narrower than one line of them.
            contentItem: ButtonLabel { control: markDone }
            width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
            enabled: !week.undoPending
            Accessible.name: text
            onClicked: {
                const id = week.backend.completeWeek(week.item.week, reflection.text)
                if (id.length > 0)
                    week.saved(week.item.done ? qsTr("Reflection saved.") : qsTr("Week %1 done.").arg(week.item.week))
            }
        }
        ConfirmAction {
            objectName: "markNotDone" + week.item.week
            visible: week.item.done === true
            width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
            text: qsTr("Mark as not done")
            question: qsTr("Mark week %1 as not done? Your reflection goes with it; you can undo straight after.").arg(week.item.week)
            confirmText: qsTr("Mark as not done")
            onConfirmed: week.removeRequested(week.item.entryId, qsTr("Week %1 marked as not done.").arg(week.item.week))
        }
    }
}
