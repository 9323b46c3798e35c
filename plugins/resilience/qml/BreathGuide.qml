import QtQuick
import QtQuick.Controls
import Tessera.Ui

// The paced-breathing guide: a circle that fills as you breathe in and
// empties as you breathe out, with the cue and its seconds in words.
Item {
    id: guide
    // The backend's cue: {phase, text, size 0-1, phaseLeft, breaths}.
    property var cue: ({})
    implicitWidth: 240
    implicitHeight: 240
    Accessible.role: Accessible.Animation
    // The phase only: a screen reader hears "Breathe in", "Breathe out", not every second.
    Accessible.name: cue.text || ""

    Rectangle {
        anchors.centerIn: parent
        width: parent.width
        height: width
        radius: width / 2
        color: "transparent"
        border.color: Theme.border
        border.width: 2
    }
    Rectangle {
        objectName: "breathCircle"
        anchors.centerIn: parent
        width: guide.width * (0.3 + 0.7 * (guide.cue.size || 0))
        height: width
        radius: width / 2
        color: Theme.accent
        opacity: 0.35
        Behavior on width { NumberAnimation { duration: 100 } }
    }
    Column {
        anchors.centerIn: parent
        Label { objectName: "cueText"; text: guide.cue.text || ""; font.pixelSize: Theme.fontHeading; anchors.horizontalCenter: parent.horizontalCenter }
        Label { text: String(guide.cue.phaseLeft || 0); font.pixelSize: Theme.fontTitle; color: Theme.subtleText; anchors.horizontalCenter: parent.horizontalCenter }
    }
}
