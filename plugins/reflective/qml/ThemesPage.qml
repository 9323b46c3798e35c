import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Themes over time: the client's own themes across every moment and
// reflection, how often and when, and the entries behind each. Worked out
// when the page opens.
ModulePage {
    id: page
    title: qsTr("Themes over time")
    subtitle: qsTr("The themes you gave your moments and reflections, most often first. They are yours: what they mean is for you, and your therapist if you like, to explore.")

    property var themes: []
    function reload() { if (page.backend) page.themes = page.backend.themesNow() }
    Component.onCompleted: reload()
    Connections {
        target: page.backend
        function onDataChanged() { page.reload() }
    }

    Label {
        text: qsTr("If you use the Sessions module, you can bring an entry to your next session: choose \"Bring to my next session\" on its card in the timeline.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    EmptyState {
        visible: page.themes.length === 0
        title: qsTr("No themes yet")
        message: qsTr("Give a moment or a reflection a theme or two, in your own words, and it shows here.")
        actionText: qsTr("Reflect")
        onActionTriggered: page.openPage("reflect")
        Layout.fillWidth: true
    }
    Repeater {
        model: page.themes
        delegate: ThemeCard { onOpenRequested: id => page.openEntry(id) }
    }
}
