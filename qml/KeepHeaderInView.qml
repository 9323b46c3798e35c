import QtQuick

// Keeps a list's header (the page title first) in view while the page shows its top:
// the timeline's and the Modules page's headers grow as their content arrives, and
// ListView keeps its old position, which cut the title off. Put one beside the list,
// `list: list`.
// - Straight to the header's top, and only when it is cut off: positionViewAtBeginning()
//   first lays the list out at its first row, which made a screen of rows that the
//   header then covered whenever it was taller than the view (issue 30, tenth round).
// - At once, in the layout pass that grows the header, so the frame that draws it shows
//   its top (a Qt.callLater made a start's first frame cut the title off by 66 px and
//   the next jump back: eleventh round). Only once ListView has made the header (it sets
//   headerItem then): repositioning while it is being made made it make it again.
// - Only while the page shows its top: a reader further down (at the timeline's
//   filters) is left where they are (eleventh round: the page jumped to its title).
Item {
    id: keeper
    required property ListView list
    /// The page shows its top: as it opens, and again whenever the reader returns there.
    property bool atTop: true
    visible: false

    Connections {
        target: keeper.list
        function onContentYChanged() {
            const header = keeper.list.headerItem
            keeper.atTop = header ? keeper.list.contentY <= header.y + 1 : true
        }
    }
    Connections {
        target: keeper.list.headerItem
        function onHeightChanged() {
            const list = keeper.list, header = list.headerItem
            if (keeper.atTop && !list.moving && list.contentY > header.y && list.contentY < header.y + header.height)
                list.contentY = header.y
        }
    }
}
