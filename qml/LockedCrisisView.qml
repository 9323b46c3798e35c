import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// While locked: the unlock screen, or the crisis page opened from its "Need
// help now?" (F1), with a way back. Nothing of the journal is shown.
FocusScope {
    id: view
    objectName: "lockedView"
    property bool showingHelp: false
    readonly property bool ready: true

    function showHelp() { showingHelp = true }

    Shortcut { sequence: "F1"; context: Qt.ApplicationShortcut; enabled: view.visible; onActivated: view.showHelp() }

    LockScreen {
        anchors.fill: parent
        visible: !view.showingHelp
        focus: !view.showingHelp
        onHelpRequested: view.showHelp()
    }

    ColumnLayout {
        anchors.fill: parent
        visible: view.showingHelp
        spacing: 0
        Button {
            id: backButton
            text: qsTr("Back to unlocking")
            Accessible.name: text
            Layout.margins: Theme.spacing
            focus: view.showingHelp
            onClicked: view.showingHelp = false
        }
        Loader {
            active: view.showingHelp
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: CrisisPage { journalLocked: true }
        }
    }
}
