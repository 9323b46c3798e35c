import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The interpersonal inventory: who matters in your life, how close, as a
// picture and as a list. Each person opens for editing.
ModulePage {
    id: page
    title: qsTr("My people")
    subtitle: qsTr("The people who matter in your life, close and less close, helpful and difficult.")
    headerActions: Button { objectName: "addPerson"; text: qsTr("Add a person"); highlighted: true; Accessible.name: text; onClicked: page.openPage("person") }
    readonly property var people: backend ? backend.people : []

    EmptyState {
        visible: page.people.length === 0
        Layout.fillWidth: true
        title: qsTr("No one here yet")
        message: qsTr("Start with the people you see most, or think about most.")
    }
    ClosenessCircle {
        visible: page.people.length > 0
        Layout.fillWidth: true
        Layout.preferredHeight: 420
        people: page.people
        onActivated: id => page.openEntry(id)
    }
    Repeater {
        model: page.people
        delegate: EntryCard {
            required property var modelData
            Layout.fillWidth: true
            title: modelData.title
            summary: modelData.summary
            time: modelData.circleLabel
            moduleColor: "#a0708a"
            onActivated: page.openEntry(modelData.id)
        }
    }
    ShowOlderButton { backend: page.backend; list: "people"; text: qsTr("Show more people") }
}
