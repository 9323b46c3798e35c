import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled rating: 0-10 by default, or 0-100 % with `percent: true`.
// Arrow keys move it; the value is always shown as text too.
ColumnLayout {
    id: root
    property string label
    property string lowHint
    property string highHint
    property bool percent: false
    property real from: 0
    property real to: percent ? 100 : 10
    property real stepSize: percent ? 5 : 1
    property alias value: slider.value
    property bool touched: false
    signal moved()

    spacing: 2
    RowLayout {
        Layout.fillWidth: true
        // One line: a wrapping label here left the row two lines tall after the page widened
        // (Qt 6.4 kept the stale height), so the slider below overlapped the next one's label.
        Label {
            text: root.label
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: root.percent ? qsTr("%1 %").arg(Math.round(slider.value)) : qsTr("%1 of %2").arg(Math.round(slider.value)).arg(root.to)
            color: Theme.accent
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
    }
    Slider {
        id: slider
        from: root.from
        to: root.to
        stepSize: root.stepSize
        snapMode: Slider.SnapAlways
        Layout.fillWidth: true
        Accessible.name: root.label
        onMoved: { root.touched = true; root.moved() }
    }
    RowLayout {
        visible: root.lowHint.length > 0 || root.highHint.length > 0
        Layout.fillWidth: true
        Label { text: root.lowHint; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true }
        Label { text: root.highHint; color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
    }
}
