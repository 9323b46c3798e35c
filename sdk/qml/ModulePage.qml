import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The skeleton every module page shares, so all pages look and scroll alike:
// a scrolling column of the one content width (Theme.contentWidth() and
// contentX(), centred), the page's header, its content, and an error line that
// shows the backend's lastError. A page only says what is on it:
//
//     ModulePage {
//         id: page
//         title: qsTr("Sleep diary")                 // equals the navigation label
//         subtitle: qsTr("Fill this in each morning.")
//         FormSection { ... }                         // the content, top to bottom
//         belowError: [                               // optional: under the error line
//             Button { text: qsTr("Save"); onClicked: page.backend.save(...) }
//         ]
//     }
//
// The host creates the page with `backend` and `entryId` set and connects the
// signals below. Keyboard: Tab goes through the content, then through
// belowError, in the order written. Enter and Return press the focused
// button (or toggle the focused switch or box), as Space does (issue 29);
// a control that handles Enter itself keeps it. Page Down, Page Up,
// Ctrl+Home and Ctrl+End scroll the page (SDK 2.6.1).
ScrollView {
    id: skeleton

    Keys.onReturnPressed: event => event.accepted = EnterPress.press(skeleton.Window.activeFocusItem)
    Keys.onEnterPressed: event => event.accepted = EnterPress.press(skeleton.Window.activeFocusItem)
    // Page Down and Page Up scroll a screen less a margin, Ctrl+Home and Ctrl+End to
    // the top and the end, whatever control has the focus (one that uses the key,
    // a text box's Ctrl+Home, keeps it). The focus stays where it is, as in a browser.
    Keys.onPressed: event => {
        const flick = skeleton.contentItem
        if (!flick || flick.contentY === undefined)
            return
        const step = Math.max(focusFollower.margin, flick.height - 2 * focusFollower.margin)
        const end = Math.max(0, flick.contentHeight - flick.height)
        let y
        if (event.key === Qt.Key_PageDown && event.modifiers === Qt.NoModifier)
            y = flick.contentY + step
        else if (event.key === Qt.Key_PageUp && event.modifiers === Qt.NoModifier)
            y = flick.contentY - step
        else if (event.key === Qt.Key_Home && event.modifiers === Qt.ControlModifier)
            y = 0
        else if (event.key === Qt.Key_End && event.modifiers === Qt.ControlModifier)
            y = end
        else
            return
        flick.contentY = Math.max(0, Math.min(y, end))
        focusFollower.generation++ // the client's scroll: a check of the layout still to come leaves it
        event.accepted = true
    }

    // The module's backend object (Plugin::backend()), set by the host. The page calls
    // its functions; its `lastError` string, when it has one, is the error line.
    property QtObject backend
    // The entry the client opened from the timeline, or "" (set by the host).
    property string entryId
    // The id of the due item (DueItem::id, SDK 2.1) the client opened this
    // page from, in the Due strip above the timeline; "" otherwise (set by the host).
    property string dueItemId
    // The header: the page's title (keep it equal to the page's title in plugin.json,
    // which the navigation shows) and one line about the page ("" for none).
    property string title
    property string subtitle
    // Items at the right of the header, on its line: a link to another page, an Add
    // button. Empty: the header has the line to itself.
    property alias headerActions: headerExtra.data
    // The page's content (the default property): items laid out top to bottom in the
    // column, under the header, Theme.spacing apart. Non-visual objects (models,
    // Connections, dialogs parented to the overlay) may go here too.
    default property alias content: body.data
    // Items under the error line, in the same column: a page whose form ends in
    // buttons puts them (and whatever follows them) here, so that the reason a save
    // was refused shows just above its Save button. Empty: the error line is last.
    property alias belowError: below.data
    // The error line's text: the backend's lastError, or "" (read only). A dialog or an
    // inline editor that shows the error beside its own Save binds to it. Only what the
    // backend reports while this page is there (SDK 2.6.1): a save refused on one page
    // ("Write something before saving.") showed in red on the next page the module
    // opened, a saved entry among them.
    readonly property string error: backend && backend.lastError && (errorReportedHere || !errorsSaidAgain)
                                    ? String(backend.lastError) : ""
    property bool errorReportedHere: false
    // A backend without lastErrorChanged (one of its own) cannot say when: its error shows as before.
    readonly property bool errorsSaidAgain: !!backend && typeof backend.lastErrorChanged === "function"
    Connections {
        target: skeleton.backend
        ignoreUnknownSignals: true // a backend of its own may have no lastErrorChanged
        function onLastErrorChanged() { skeleton.errorReportedHere = true }
    }
    // Whether the error line shows (when there is an error). False for a page that shows
    // the error beside the action itself, as an inline editor on a card does.
    property bool showError: true
    // Writing on this page that is not saved yet (SDK 2.6.1): while it is true,
    // quitting Tessera (Ctrl+Q, Quit in the tray, closing the window)
    // first says so and offers to go back to it. A page binds it to its form: a
    // check-in begun, a record changed and not saved. False: nothing to lose.
    property bool unsavedWriting: false

    // The host's contract: a page may emit these. done(): the page has finished (an
    // edited entry was saved) and the host goes back to the timeline. openEntry(id):
    // show that entry on its module's page. openPage(pageId): another page of this
    // module ("plan", not "mbct/plan"); since SDK 2.4 also another module's page
    // ("cbt/record", shown only when that module runs) or one of the host's:
    // "tessera/today", "tessera/safety-plan", "tessera/crisis", "tessera/learn".
    // openPageWith(pageId, entryId) (SDK 2.5): a page as openPage() names it, given one
    // of this module's entries as its entryId (a goal started from a plan); that page
    // reads the entry only if its module may (its manifest's "reads" and the client's answer).
    signal done()
    signal openEntry(string id)
    signal openPage(string pageId)
    signal openPageWith(string pageId, string entryId)

    contentWidth: availableWidth
    Accessible.role: Accessible.Pane
    Accessible.name: title

    ColumnLayout {
        id: column
        // A message an InlineMessage of the page has just shown (a save's "Saved", why it
        // was refused): kept in view with the focused control as the page changes.
        function revealMessage(message) {
            focusFollower.message = message
            Qt.callLater(() => { if (focusFollower) focusFollower.keep() })
        }
        // Now, and again on the next turn, once the layout has placed the controls and the
        // scroll view knows the new height: now, the Save that a "Saved" line pushed down
        // was still where it had been, and stayed cut off at the window's edge (a try at
        // 1280x800). Not when the client has scrolled since (Page Down straight after).
        onHeightChanged: {
            focusFollower.keep()
            const generation = ++focusFollower.generation
            // (The page may be gone by then: a test's page, a page closed at once.)
            Qt.callLater(() => { if (focusFollower && generation === focusFollower.generation) focusFollower.keep() })
        }
        width: Theme.contentWidth(skeleton.availableWidth)
        x: Theme.contentX(skeleton.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        // The header's buttons at the right of the title, or under it where they would
        // leave the title less than its width (a narrow window, large text).
        GridLayout {
            Layout.fillWidth: true
            id: headerGrid
            // Placed by row and column: a GridLayout changing its `columns` kept the layout it
            // was first made with (Qt 6.4). Beside until it has a width.
            readonly property bool beside: column.width <= 0 || column.width - headerExtra.implicitWidth - columnSpacing >= pageHeader.titleWidth
            columnSpacing: 5
            rowSpacing: Theme.smallSpacing
            PageHeader {
                id: pageHeader
                objectName: "pageHeader"
                title: skeleton.title
                subtitle: skeleton.subtitle
                Layout.row: 0
                Layout.column: 0
            }
            RowLayout {
                id: headerExtra
                Layout.row: headerGrid.beside ? 0 : 1
                Layout.column: headerGrid.beside ? 1 : 0
                visible: children.length > 0
                Layout.fillWidth: false
            }
        }
        ColumnLayout {
            id: body
            objectName: "pageContent"
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
        InlineMessage {
            objectName: "pageError"
            visible: skeleton.showError && text.length > 0
            text: skeleton.error
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: below
            objectName: "pageBelowError"
            visible: children.length > 0
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
        Item { height: Theme.spacing }
    }

    // The control with the keyboard focus stays in view: Tab down a long form
    // never leaves it below the window's edge (a walk by keyboard alone found
    // the check-in's Save and the thought record's boxes focused out of sight).
    Connections {
        target: skeleton.Window.window
        function onActiveFocusItemChanged() { focusFollower.reveal(skeleton.Window.activeFocusItem) }
    }
    QtObject {
        id: focusFollower
        readonly property real margin: 24
        // The message to keep in view too (null for none); see column.revealMessage().
        property Item message: null
        function inPage(item) {
            const flick = skeleton.contentItem
            let p = item // only the page's own controls, not the navigation or a dialog
            while (p && flick && p !== flick.contentItem)
                p = p.parent
            return p !== null && p !== undefined
        }
        function span(item) {
            const top = item.mapToItem(skeleton.contentItem.contentItem, 0, 0).y
            return [top, top + item.height]
        }
        // Scrolls as little as it takes to show top..bottom (the page's coordinates).
        function show(top, bottom) {
            const flick = skeleton.contentItem
            let y = flick.contentY
            if (top - margin < y)
                y = top - margin
            else if (bottom + margin > y + flick.height)
                y = bottom + margin - flick.height
            flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
        }
        // Counts the page's height changes and the client's scrolls (see column.onHeightChanged).
        property int generation: 0
        function reveal(item) {
            const flick = skeleton.contentItem
            if (!item || !flick || flick.contentY === undefined || !inPage(item))
                return
            const s = span(item)
            show(s[0], s[1])
        }
        // After the page's layout changed (a save cleared the form, a list grew), or a
        // message showed: the focused control in view, and the message with it where both
        // fit (a keyboard-only walk saw "Saved" and the Save that had the focus below the edge).
        function keep() {
            const flick = skeleton.contentItem
            if (!flick || flick.contentY === undefined)
                return
            let focused = skeleton.Window.activeFocusItem
            if (focused && !focused.visible && inPage(focused)) {
                // The focused control went (a Save whose form a save hid): the focus goes
                // to the control before it, not left on a hidden one that Tab starts from.
                const before = focused.nextItemInFocusChain(false)
                if (before && before !== focused && before.visible && inPage(before))
                    before.forceActiveFocus(Qt.BacktabFocusReason)
                focused = skeleton.Window.activeFocusItem
            }
            const f = focused && focused.visible && inPage(focused) ? span(focused) : null
            const m = message && message.visible && message.height > 0 && message.text.length > 0 && inPage(message)
                      ? span(message) : null
            if (!m)
                message = null
            if (f && m && Math.max(f[1], m[1]) - Math.min(f[0], m[0]) + 2 * margin <= flick.height)
                show(Math.min(f[0], m[0]), Math.max(f[1], m[1]))
            else if (f)
                show(f[0], f[1])
            else if (m)
                show(m[0], m[1])
        }
    }
}
