import QtQuick
import Tessera.Ui

// The focus ring of the buttons the style draws none visible for (issue 29):
// a highlighted (primary) button, whose fill hides the style's focus border,
// flat buttons, and a control that asks for it (`focusRing: true`: Need help
// now?). One for the whole window: it follows the item with the keyboard focus
// and sits inside it while that item shows keyboard focus, so it scrolls and
// clips with it. Other controls draw their own (FocusMark, TextBox,
// ChipPicker, the style's fields).
Rectangle {
    id: ring
    objectName: "keyboardFocusRing"
    // The window's activeFocusItem.
    property Item target: null
    // Where the ring waits while no button needs it.
    property Item home: null
    readonly property bool wanted: target !== null && target.visualFocus === true && target.visible
                                   && (target.highlighted === true || target.flat === true || target.focusRing === true)
    parent: wanted ? target : home
    visible: wanted
    anchors.fill: parent
    anchors.margins: -4
    z: 100
    color: "transparent"
    radius: Theme.radius
    border.color: Theme.focus
    border.width: 3
}
