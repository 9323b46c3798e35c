import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One reminder (or the "missed" notice) in the window, with the same
// actions as a desktop notification: Open, Done (when the module offers
// it), Snooze, Dismiss.
Pane {
    id: row
    required property var modelData
    readonly property bool isReminder: modelData.kind === "reminder"
    objectName: "reminderNotice-" + modelData.key
    padding: Theme.smallSpacing + 2
    background: Rectangle { color: Theme.dark ? "#26323d" : "#e8f0f7"; border.color: Theme.accent; border.width: 1 }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        Label {
            id: message
            text: row.modelData.text
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            visible: row.isReminder
            text: qsTr("Open")
            highlighted: true
            Accessible.name: qsTr("Open the reminder's page")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: reminders.act(row.modelData.key, "open")
        }
        Button {
            visible: row.isReminder && row.modelData.offerDone === true
            text: qsTr("Done")
            Accessible.name: qsTr("Mark it done")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: reminders.act(row.modelData.key, "done")
        }
        Button {
            visible: row.isReminder
            text: row.modelData.snoozeLabel !== undefined ? row.modelData.snoozeLabel : qsTr("Snooze")
            Accessible.name: text
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: reminders.act(row.modelData.key, "snooze")
        }
        Button {
            text: qsTr("Dismiss")
            flat: true
            Accessible.name: qsTr("Dismiss this notice")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: reminders.act(row.modelData.key, "dismiss")
        }
    }
}
