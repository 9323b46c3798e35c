import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The running practice: which step, its cue, and the time left, read from
// the backend (which keeps the time from the clock, not from these updates).
ColumnLayout {
    id: face
    property QtObject backend
    readonly property var current: backend ? backend.phase(backend.phaseIndex) : ({})
    function clock(seconds) {
        const m = Math.floor(seconds / 60)
        const s = seconds % 60
        return m + ":" + (s < 10 ? "0" : "") + s
    }
    spacing: Theme.spacing

    Label {
        visible: face.backend && face.backend.phaseCount > 1
        text: face.backend ? qsTr("Step %1 of %2").arg(face.backend.phaseIndex + 1).arg(face.backend.phaseCount) : ""
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody
    }
    Label {
        objectName: "phaseTitle"
        text: face.current.title || ""
        color: Theme.text
        font.pixelSize: Theme.fontHeading
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: face.current.cue || ""
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        lineHeight: 1.3
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "remaining"
        text: face.backend ? face.clock(face.backend.remainingSeconds) : ""
        color: Theme.accent
        font.pixelSize: 56
        font.weight: Font.Light
        Accessible.name: face.backend ? qsTr("%1 minutes and %2 seconds left").arg(Math.floor(face.backend.remainingSeconds / 60))
                                                                                .arg(face.backend.remainingSeconds % 60) : ""
    }
    ProgressBar {
        Layout.fillWidth: true
        from: 0
        to: face.backend ? Math.max(1, face.backend.plannedSeconds) : 1
        value: face.backend ? face.backend.elapsedSeconds : 0
        Accessible.name: qsTr("Time practised")
    }
    Label {
        visible: face.backend && face.backend.timerState === "paused"
        text: qsTr("Paused. Take your time.")
        color: Theme.subtleText
    }
}
