import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The notices above every page (what Tessera tells at start, a module's
// question, reminders), one under another, never taller than
// `maximumHeight`: past it they scroll (the wheel, the scroll bar, the
// keyboard's focus kept in view), so the page keeps the rest of the window.
// In Spanish at 800x600 and 200 % text the privacy statement and a module's
// question together left the page 60 px. The support offer is not in here:
// it always shows whole.
// An Item that moves its column, not a Flickable: a Flickable cost 2.9 M
// instructions on the way to the first frame (issue 30), and the scrolling
// parts are made only when the notices are taller than their room.
Item {
    id: area
    property real maximumHeight: Infinity
    /// Hidden, whatever they say (Need help now? and the plan show: help first).
    property bool held: false
    default property alias notices: column.data
    readonly property bool scrolls: column.implicitHeight > maximumHeight + 1
    /// How far the notices are scrolled, in pixels from their top.
    property real offset: 0

    function scrollTo(y) { offset = Math.max(0, Math.min(y, column.implicitHeight - height)) }

    // Not a sliver: with less room than two lines of text (a support offer above them
    // at 200 % text in a small window), they wait until there is room.
    visible: !held && column.implicitHeight > 0 && maximumHeight >= Theme.fontBody * 2.5
    implicitHeight: Math.min(column.implicitHeight, maximumHeight)
    clip: scrolls
    onScrollsChanged: if (!scrolls) offset = 0
    // Fewer notices (a question answered, an offer put aside): still scrolled as far as before,
    // they showed a blank band with a strip of the privacy statement (800x600, 200 % text).
    Connections {
        target: column
        function onImplicitHeightChanged() { if (area.scrolls) area.scrollTo(area.offset) }
    }

    ColumnLayout {
        id: column
        y: -area.offset
        width: area.width - (area.scrolls ? 12 : 0) // room for the scroll bar
        spacing: 0
    }

    Loader {
        anchors.fill: parent
        active: area.scrolls
        sourceComponent: Component {
            Item {
                WheelHandler {
                    acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
                    onWheel: event => area.scrollTo(area.offset - event.angleDelta.y / 120 * 40)
                }
                // More below: the notices fade out at the bottom edge (the thin scroll bar
                // alone hid that Dismiss and a module's question were further down).
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: Math.round(Theme.fontBody * 1.5)
                    visible: area.offset < column.implicitHeight - area.height - 1
                    gradient: Gradient {
                        GradientStop { position: 0; color: "transparent" }
                        GradientStop { position: 1; color: Theme.background }
                    }
                }
                ScrollBar {
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    orientation: Qt.Vertical
                    policy: ScrollBar.AlwaysOn
                    size: area.height / column.implicitHeight
                    position: area.offset / column.implicitHeight
                    onPositionChanged: if (pressed) area.scrollTo(position * column.implicitHeight)
                }
                // Tabbing into a notice out of sight brings it into view.
                Connections {
                    target: area.Window.window
                    function onActiveFocusItemChanged() {
                        const item = area.Window.activeFocusItem
                        let p = item
                        while (p && p !== column)
                            p = p.parent
                        if (!p)
                            return
                        const top = item.mapToItem(column, 0, 0).y
                        if (top - 4 < area.offset)
                            area.scrollTo(top - 4)
                        else if (top + item.height + 4 > area.offset + area.height)
                            area.scrollTo(top + item.height + 4 - area.height)
                    }
                }
            }
        }
    }
}
