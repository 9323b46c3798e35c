import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Delete with a second step, and Undo straight after: a row of the page's
// actions ending in Delete (ConfirmAction), and under the row the Undo bar
// (UndoBar) once something has gone. Confirm calls backend.remove(id); Undo
// calls backend.restore(id). While Undo is offered the page must keep its Save
// disabled (bind its `enabled` to `!deleted`; this component cannot know which
// of your buttons saves), so a save cannot make a second entry beside the one
// Undo brings back. Delete hides itself.
//
//     DeleteWithUndo {
//         id: deletion
//         backend: page.backend
//         entryId: page.entryId                       // "" hides Delete
//         message: qsTr("Check-in deleted.")
//         Button { text: qsTr("Save"); enabled: !deletion.deleted }   // before Delete
//     }
//
// For something deleted elsewhere (a Remove button on each card of a list,
// whose card goes with it), leave entryId empty, put the component where the
// Undo bar should show, and call remove(id) from that button.
//
// Keyboard: Space or Enter on Delete asks, and the focus moves to Keep; Delete
// (the confirming button) removes and the focus moves to Undo; Undo restores
// and the focus goes back to Delete.
ColumnLayout {
    id: flow

    // The module's backend: remove(id) and restore(id), each returning true when it
    // worked (false: nothing changes here, and the backend's lastError says why).
    property QtObject backend
    // The entry the Delete button deletes; "" hides the button (nothing saved yet, or
    // the deletes happen elsewhere and call remove()).
    property string entryId
    // What the button says, the question asked before anything happens, and the
    // confirming button (ConfirmAction's text, question and confirmText).
    property string text: qsTr("Delete")
    property string question: qsTr("Delete this entry? You can undo it straight after.")
    property string confirmText: qsTr("Delete")
    // What the Undo bar says once the entry has gone, e.g. qsTr("Check-in deleted.").
    property string message: qsTr("Deleted.")
    // How long Undo is offered, in milliseconds.
    property alias timeout: bar.timeout
    // The page's other actions (the default property): Save and the like, laid out
    // before Delete in one row (wrapping when narrow), actionSpacing apart (5 px unless
    // set, as in a RowLayout).
    default property alias actions: actionFlow.data
    property alias actionSpacing: actionFlow.spacing
    // The Delete button (a ConfirmAction) and the Undo bar (an UndoBar), for an
    // objectName or a tweak: `button.objectName: "deletePlan"`. Their objectNames are
    // "delete" and "undo" unless set.
    readonly property alias button: confirm
    readonly property alias undoBar: bar

    // The id removed last and not brought back ("" when none, or after Undo); it
    // stays after the Undo bar has gone (read only).
    readonly property string removedId: priv.removedId
    // Undo is on offer now: the page disables Save and Delete (read only).
    readonly property bool undoOffered: bar.shown
    // entryId has been deleted here and not brought back: the form stays, for Undo,
    // but cannot be saved or deleted again (read only).
    readonly property bool deleted: entryId.length > 0 && priv.removedId === entryId

    // After a remove or a restore that worked.
    signal removed(string id)
    signal restored(string id)

    // Removes `id` and offers Undo, saying `text` (or `message` when omitted). Returns
    // whether the backend removed it.
    function remove(id, text) {
        if (!flow.backend || id.length === 0 || !flow.backend.remove(id))
            return false
        priv.removedId = id
        bar.show(text === undefined ? flow.message : text)
        flow.removed(id)
        return true
    }
    // Brings back what was removed last (what Undo does). Returns whether it worked.
    function undo() {
        const id = priv.removedId
        bar.shown = false
        if (!flow.backend || id.length === 0 || !flow.backend.restore(id))
            return false
        priv.removedId = ""
        flow.restored(id)
        // The Undo button that had the focus has gone: give it to Delete when it is
        // back, else to the first action, else to what comes next on the page (a list's
        // Undo has no Delete here), so the keyboard never lands on a hidden button.
        if (priv.buttonShown) {
            confirm.focusButton()
        } else {
            let target = null
            for (let i = 0; i < actionFlow.children.length && !target; ++i) {
                const item = actionFlow.children[i]
                if (item !== confirm && item.visible && item.enabled && item.activeFocusOnTab)
                    target = item
            }
            if (!target)
                target = flow.nextItemInFocusChain(true)
            if (target)
                target.forceActiveFocus(Qt.TabFocusReason)
        }
        return true
    }

    // Hidden while there is nothing to show, so an empty row adds no space to the page.
    // (Worked out from the parts' own conditions: an item's `visible` also says whether
    // its parent is shown, which would keep a hidden component hidden for good.)
    visible: priv.hasActions || priv.buttonShown || bar.shown
    spacing: Theme.spacing

    QtObject {
        id: priv
        property string removedId: ""
        // actionFlow holds the page's actions and Delete.
        readonly property bool hasActions: actionFlow.children.length > 1
        readonly property bool buttonShown: flow.entryId.length > 0 && !flow.deleted && !flow.undoOffered
    }

    // The actions and Delete, left to right, wrapping onto another line when the page is
    // narrow (as a row of buttons does on a page 800 px wide).
    Flow {
        id: actionFlow
        visible: priv.hasActions || priv.buttonShown
        Layout.fillWidth: true
        spacing: 5
        // A Flow places its children when the window next polishes; until then all of them
        // sit at 0,0 and Delete, the last, covers Save. Placing them at once when the row
        // is made or Delete comes and goes leaves no moment in which a click on Save
        // lands on Delete.
        Component.onCompleted: forceLayout()
    }
    // Delete comes after the page's actions: they enter the Flow through the default
    // property as the component is made, and this binding puts Delete there afterwards.
    ConfirmAction {
        id: confirm
        parent: actionFlow
        objectName: "delete"
        // At most a line: the question wraps instead of running past the page.
        width: Math.min(implicitWidth, actionFlow.width)
        visible: priv.buttonShown
        text: flow.text
        question: flow.question
        confirmText: flow.confirmText
        onConfirmed: flow.remove(flow.entryId)
        onVisibleChanged: actionFlow.forceLayout()
    }
    UndoBar {
        id: bar
        objectName: "undo"
        onUndo: flow.undo()
    }
}
