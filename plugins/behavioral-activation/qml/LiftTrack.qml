import QtQuick
import Tessera.Ui

// A change in mood as a bar from a zero line in the middle: a lift grows right
// in green, a drop grows left in muted blue. Bars of one chart share `scale`
// (the biggest change fills half the track).
Item {
    id: track
    property real change: 0
    property real scale: 1
    readonly property real half: width / 2
    implicitHeight: 16
    Rectangle { objectName: "liftAxis"; x: track.half; width: 1; height: parent.height; color: Theme.border }
    Rectangle {
        objectName: "liftBar"
        readonly property real change: track.change
        readonly property real length: Math.max(2, Math.abs(change) / Math.max(track.scale, 0.001) * (track.half - 1))
        x: change >= 0 ? track.half + 1 : track.half - length
        y: 3
        width: length
        height: 10
        radius: 3
        color: change >= 0 ? Theme.positive : Theme.moodColor(2)
    }
}
