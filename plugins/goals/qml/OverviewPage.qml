import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Active goals, those with a look-back date coming up, and the rest.
ModulePage {
    id: page
    title: qsTr("My goals")
    subtitle: qsTr("Small, specific steps you chose, and how they are going.")

    readonly property var goals: backend ? backend.goals : []

    EmptyState {
        visible: page.goals.length === 0
        Layout.fillWidth: true
        title: qsTr("No goals yet")
        message: qsTr("Choose one small thing you would like to do more of, with your clinician if you can.")
    }
    FormSection {
        title: qsTr("Coming up")
        visible: page.goals.some(g => g.dueSoon)
        description: qsTr("Goals with a look-back date in the next two weeks.")
        Repeater {
            model: page.goals.filter(g => g.dueSoon)
            delegate: GoalCard { required property var modelData; goal: modelData; Layout.fillWidth: true; onActivated: page.openEntry(modelData.id) }
        }
    }
    FormSection {
        title: qsTr("Open goals")
        visible: page.goals.some(g => g.open && !g.dueSoon)
        Repeater {
            model: page.goals.filter(g => g.open && !g.dueSoon)
            delegate: GoalCard { required property var modelData; goal: modelData; Layout.fillWidth: true; onActivated: page.openEntry(modelData.id) }
        }
    }
    FormSection {
        title: qsTr("Finished or stopped")
        visible: page.goals.some(g => !g.open)
        Repeater {
            model: page.goals.filter(g => !g.open)
            delegate: GoalCard { required property var modelData; goal: modelData; Layout.fillWidth: true; onActivated: page.openEntry(modelData.id) }
        }
    }
    // The newest goals are read first; older ones a page at a time.
    Button {
        objectName: "showMoreGoals"
        visible: page.backend !== null && page.backend.hasMoreGoals
        text: qsTr("Show older goals")
        Accessible.name: text
        Accessible.description: qsTr("Adds your older goals to the lists above")
        onClicked: page.backend.showMoreGoals()
    }
}
