import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Before the journal opens: the unlock screen, or the first-run passphrase
// step (`firstRun`), or the crisis page opened from their "Need help now?"
// (F1), with a way back. Nothing of the journal is shown.
FocusScope {
    id: view
    objectName: "lockedView"
    /// The first-run step rather than the unlock screen.
    property bool firstRun: false
    property bool showingHelp: false
    readonly property bool ready: true

    function showHelp() { showingHelp = true }

    Shortcut { sequence: "F1"; context: Qt.ApplicationShortcut; enabled: view.visible; onActivated: view.showHelp() }

    Loader {
        anchors.fill: parent
        visible: !view.showingHelp
        focus: !view.showingHelp
        sourceComponent: view.firstRun ? firstRunGate : lockGate
    }
    Component { id: lockGate; LockScreen { focus: true; onHelpRequested: view.showHelp() } }
    Component { id: firstRunGate; FirstRunPage { focus: true; onHelpRequested: view.showHelp() } }

    ColumnLayout {
        anchors.fill: parent
        visible: view.showingHelp
        spacing: 0
        Button {
            id: backButton
            objectName: "lockedHelpBack"
            text: view.firstRun ? qsTr("Back to setting up") : qsTr("Back to unlocking")
            Accessible.name: text
            Layout.margins: Theme.spacing
            focus: view.showingHelp
            onClicked: view.showingHelp = false
        }
        Loader {
            active: view.showingHelp
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: CrisisPage { journalLocked: !view.firstRun; journalNotMadeYet: view.firstRun }
        }
    }
}
