import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The keyboard shortcuts (issue 29), opened with "?" (outside a text field) or
// Ctrl+/ from any page, or from Settings. Esc or Close shuts it and gives the
// focus back.
Dialog {
    id: help
    // A Dialog's title is its accessible name (a screen reader says "Keyboard shortcuts, dialog").
    title: qsTr("Keyboard shortcuts")
    objectName: "shortcutsHelp"
    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.pageMargin : 640, 640)
    /// At most the window's height less its margins: in a short window (800x600
    /// at a large text size) the list scrolls and Close stays in view below it.
    property real maximumHeight: parent ? parent.height - 2 * Theme.pageMargin : 600
    height: Math.min(maximumHeight, list.implicitHeight + Theme.spacing + closeButton.implicitHeight + 4
                     + topPadding + bottomPadding + implicitHeaderHeight + spacing)
    padding: Theme.spacing * 2
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    header: Label {
        text: help.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.WordWrap
        padding: Theme.spacing * 2
        bottomPadding: 0
    }

    /// Where the focus was before it opened (given back when it closes).
    property Item returnFocusTo: null
    function openFrom(item) { returnFocusTo = item; open() }
    // On the next turn: a help made just now gets its focus scope only after opening.
    onOpened: Qt.callLater(() => closeButton.forceActiveFocus())
    onClosed: if (returnFocusTo) returnFocusTo.forceActiveFocus()

    readonly property var keys: [
        { keys: qsTr("F1"), what: qsTr("Need help now? (from anywhere, always)") },
        { keys: qsTr("Alt+Left"), what: qsTr("Back to the page before (Escape on Need help now?)") },
        { keys: qsTr("Tab, Shift+Tab"), what: qsTr("Move to the next or the previous control") },
        { keys: qsTr("Enter, Space"), what: qsTr("Press a button, tick a box or a chip, open a card") },
        { keys: qsTr("Arrow keys"), what: qsTr("Move within a list or a slider") },
        { keys: qsTr("Ctrl+K"), what: qsTr("Go to a page by its name") },
        { keys: qsTr("Ctrl+1"), what: qsTr("Timeline") },
        { keys: qsTr("Ctrl+F"), what: qsTr("Search the timeline") },
        { keys: qsTr("Ctrl+L"), what: qsTr("The list of pages") },
        { keys: qsTr("Ctrl+M"), what: qsTr("Modules") },
        { keys: qsTr("Ctrl+,"), what: qsTr("Settings") },
        { keys: qsTr("Ctrl+Shift+L"), what: qsTr("Lock Tessera (when your journal has a passphrase)") },
        { keys: qsTr("Ctrl+Q"), what: qsTr("Quit Tessera") },
        { keys: qsTr("Esc"), what: qsTr("Close a window like this one") },
        { keys: qsTr("? or Ctrl+/"), what: qsTr("This list") }
    ]

    // The list scrolls; Close, below it, is always in view. With the focus on
    // Close, the arrow keys and Page Up/Down scroll the list.
    function scrollBy(dy) {
        const f = scroller.contentItem
        f.contentY = Math.max(0, Math.min(f.contentY + dy, f.contentHeight - f.height))
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        ScrollView {
            id: scroller
            objectName: "shortcutsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            // Its bar always shows when the list is taller than the room: nothing else says it scrolls.
            ScrollBar.vertical.policy: list.implicitHeight > scroller.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            GridLayout {
                id: list
                width: scroller.availableWidth
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.smallSpacing
                Repeater {
                    model: help.keys
                    delegate: Label {
                        required property var modelData
                        required property int index
                        objectName: "shortcutKeys" + index
                        text: modelData.keys
                        color: Theme.text
                        font.bold: true
                        Layout.row: index
                        Layout.column: 0
                        Layout.alignment: Qt.AlignTop
                    }
                }
                Repeater {
                    model: help.keys
                    delegate: Label {
                        required property var modelData
                        required property int index
                        text: modelData.what
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Button {
            id: closeButton
            objectName: "shortcutsClose"
            // Room for its focus ring.
            Layout.leftMargin: 4
            Layout.bottomMargin: 4
            text: qsTr("Close")
            Accessible.name: qsTr("Close the keyboard shortcuts")
            Keys.onReturnPressed: help.close()
            Keys.onEnterPressed: help.close()
            Keys.onUpPressed: help.scrollBy(-40)
            Keys.onDownPressed: help.scrollBy(40)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
                    help.scrollBy((event.key === Qt.Key_PageUp ? -1 : 1) * scroller.height * 0.9)
                    event.accepted = true
                }
            }
            onClicked: help.close()
            FocusMark {}
        }
    }
}
