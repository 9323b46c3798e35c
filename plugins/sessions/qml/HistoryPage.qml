import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Every session, newest first, and a simple view of the last twelve months:
// sessions each month and how much of the homework agreed was done.
ModulePage {
    id: page
    title: qsTr("My sessions")
    subtitle: qsTr("Your sessions and what you agreed in them.")

    readonly property var sessions: page.backend ? page.backend.sessions : []
    property var months: []
    readonly property int maxSessions: Math.max(1, ...page.months.map(m => m.sessions))

    function loadMonths() { page.months = page.backend ? page.backend.overTimeNow() : [] }
    Component.onCompleted: loadMonths()
    Connections {
        target: page.backend
        function onDataChanged() { page.loadMonths() }
    }

    headerActions: Button {
        objectName: "newSession"
        text: qsTr("After a session")
        Accessible.name: qsTr("Write notes after a session")
        onClicked: page.openPage("after")
    }

    EmptyState {
        visible: page.sessions.length === 0
        Layout.fillWidth: true
        title: qsTr("No sessions yet")
        message: qsTr("After your next session, write down a few words: what you talked about and what you agreed to try.")
        actionText: qsTr("After a session")
        onActionTriggered: page.openPage("after")
    }

    FormSection {
        title: qsTr("Over time")
        description: qsTr("Sessions each month and, under it, homework done of homework agreed. Homework that was hard to do is worth talking about next time: it is not a mark.")
        visible: page.sessions.length > 0
        RowLayout {
            objectName: "overTime"
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: page.months
                delegate: MonthBar {
                    required property var modelData
                    month: modelData
                    maxSessions: page.maxSessions
                }
            }
        }
    }

    FormSection {
        title: qsTr("Sessions")
        visible: page.sessions.length > 0
        Repeater {
            model: page.sessions
            delegate: SessionCard {
                required property var modelData
                session: modelData
                Layout.fillWidth: true
                onActivated: page.openEntry(modelData.id)
            }
        }
        Button {
            objectName: "showMoreSessions"
            visible: page.backend !== null && page.backend.hasMoreSessions
            text: qsTr("Show older sessions")
            Accessible.name: text
            onClicked: page.backend.showMoreSessions()
        }
    }
}
