import QtQuick
import QtQuick.Controls

// Scrolls a host page (a ScrollView) so the control with the keyboard focus
// stays in view: put one inside the page, `view: page`. Tabbing down a long
// form then never leaves the focus below the window's edge. For a page that
// is a list with its controls in the header (the timeline), `flickable: list`.
Item {
    id: keeper
    property ScrollView view: null
    property Flickable flickable: null
    /// Space kept above and below the focused control.
    property real margin: 24
    visible: false

    function reveal(item) {
        const flick = keeper.flickable ? keeper.flickable : (keeper.view ? keeper.view.contentItem : null)
        if (!item || !flick || flick.contentY === undefined)
            return
        // Only the view's own controls, not the navigation or a dialog.
        let p = item
        while (p && p !== flick.contentItem)
            p = p.parent
        if (!p)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const bottom = top + item.height
        let y = flick.contentY
        if (top - keeper.margin < y)
            y = top - keeper.margin
        else if (bottom + keeper.margin > y + flick.height)
            y = bottom + keeper.margin - flick.height
        // A list's content can begin above 0 (its header, rows above): originY.
        flick.contentY = Math.max(flick.originY, Math.min(y, flick.originY + flick.contentHeight - flick.height))
    }

    Connections {
        target: keeper.Window.window
        function onActiveFocusItemChanged() { keeper.reveal(keeper.Window.activeFocusItem) }
    }
    // Also when the page's layout changes under it: a list's header grows upwards, so
    // "More filters" at the top of the view went up out of sight, with the focus on it,
    // as the boxes appeared below it (issue 30, eleventh round).
    Connections {
        target: keeper.flickable ? keeper.flickable : (keeper.view ? keeper.view.contentItem : null)
        function onContentHeightChanged() { Qt.callLater(keeper.reveal, keeper.Window.activeFocusItem) }
    }
}
