import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Reminders inside the window (issue 24): when there is no desktop
// notification service, and the once-only "missed while closed" notice.
// Also where a desktop notification's Open lands (reminders.openRequested).
ColumnLayout {
    id: list
    objectName: "reminderNotices"
    signal openPage(string key, string entryId)

    // False while Need help now? or the safety plan shows: help first.
    property bool shown: true
    visible: shown && reminders !== null && reminders.notices.length > 0
    spacing: 0

    Connections {
        target: reminders
        function onOpenRequested(key, entryId) {
            list.openPage(key, entryId)
            const w = list.Window.window
            if (w) { w.show(); w.raise(); w.requestActivate() }
        }
    }

    Repeater {
        model: reminders !== null ? reminders.notices : []
        delegate: ReminderNoticeRow {
            Layout.fillWidth: true
        }
    }
}
