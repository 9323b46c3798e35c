import QtQuick
import QtQuick.Controls

// A framed, multi-line text field for notes and free writing.
TextArea {
    id: box
    property string accessibleName: placeholderText
    wrapMode: TextEdit.Wrap
    color: Theme.text
    placeholderTextColor: Theme.subtleText
    font.pixelSize: Theme.fontBody
    padding: Theme.spacing
    selectByMouse: true
    Accessible.name: accessibleName
    // Tab moves on and Shift+Tab goes back, as from every other field: a tab
    // character has no use in a note, and keyboard users were kept in the box.
    Keys.onTabPressed: event => { box.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
    Keys.onBacktabPressed: event => { box.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
    background: Rectangle {
        radius: Theme.radius - 4
        color: Theme.background
        // The palette's mid, as a TextField's edge: the app's reaches 3:1 (WCAG 1.4.11).
        border.color: box.activeFocus ? Theme.focus : box.palette.mid
        border.width: box.activeFocus ? 2 : 1
    }
}
