import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Home: what the modules have due, the mood chart, filters, and every
// enabled module's entries, newest first, grouped by day, loaded page by
// page as you scroll.
Item {
    id: page
    readonly property bool ready: timeline !== null && timeline.ready
    signal openEntry(string entryId)
    // dueItemId: the due item it was opened from, in the Due strip ("" otherwise).
    signal openPage(string key, string dueItemId)

    Shortcut { sequence: StandardKey.Find; onActivated: list.headerItem.focusSearch() }
    // Tab down the header (800x600: the search field and "More filters" are below the
    // first screen) keeps the focused control in sight (eleventh round).
    KeepFocusVisible { flickable: list }
    // The header grows as the chart and counts arrive: its title stays in view at the top.
    KeepHeaderInView { list: list }

    ListView {
        id: list
        objectName: "timelineList"
        anchors.fill: parent
        anchors.topMargin: Theme.pageMargin
        anchors.bottomMargin: Theme.pageMargin
        // The page skeleton (Theme): the list's content is as wide as every page's and centred,
        // while the list itself spans the page, so the wheel and the scroll bar work anywhere.
        readonly property real columnWidth: Theme.contentWidth(width)
        leftMargin: Theme.contentX(width)
        onLeftMarginChanged: contentX = -leftMargin // a resize moves the column, not only the margin
        clip: true
        spacing: Theme.smallSpacing
        model: timeline
        focus: true
        keyNavigationEnabled: true
        currentIndex: -1 // nothing selected until the keyboard moves; the header stays in view
        // Rows are reused as the list scrolls. Qt's Tab order is the order rows were made or
        // taken back in, not the list's: a row kept for reuse stayed in it (hidden), so Tab
        // after a new search went to a row of the old list, unseen, and Return opened an entry
        // the search had not found; rows made above the others (scrolling up) came after them
        // (keyboard-only walks on Xvfb). So a row kept for reuse is disabled, out of the Tab
        // order, and a row made or reused takes its place in it (TimelineDelegate).
        reuseItems: true
        // Rows are made 800 px ahead for smooth scrolling, but only once the window's first
        // frame is on screen: made before it, they cost the first frame 20 ms (issue 30).
        cacheBuffer: app.firstFrameShown ? 800 : 0
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Timeline entries")
        // Pages arrive as the end comes near: within two screens, fetch the
        // next. Not before the first scroll: opening costs one page.
        onContentYChanged: if (timeline.hasMore && contentY > originY && contentY + 3 * height > contentHeight + originY) timeline.loadMore()

        header: ColumnLayout {
            width: list.columnWidth
            spacing: Theme.spacing
            function focusSearch() { filters.focusSearch() }
            PageHeader {
                title: qsTr("Timeline")
                readonly property string count: Number(timeline.totalCount).toLocaleString(Qt.locale(), "f", 0)
                subtitle: !timeline.totalCountKnown ? qsTr("Counting your entries…")
                          : timeline.totalCountIsLimit
                          ? (timeline.filtered ? qsTr("More than %1 entries match the filters").arg(count)
                                               : qsTr("More than %1 entries from your modules").arg(count))
                          : timeline.filtered
                          ? (timeline.totalCount === 1 ? qsTr("1 entry matches the filters") : qsTr("%1 entries match the filters").arg(count))
                          : (timeline.totalCount === 1 ? qsTr("1 entry from your modules") : qsTr("%1 entries from your modules").arg(count))
            }
            DueStrip {
                Layout.fillWidth: true
                maxRows: 3 // Today has them all (issue 24), so the list below starts near the top
                onOpenPage: (key, dueItemId) => page.openPage(key, dueItemId)
            }
            // Issue 24: planned entries, so the list below opens at today.
            ComingUpSection {
                Layout.fillWidth: true
                model: timeline.filtered ? null : comingUp
                onOpenEntry: id => page.openEntry(id)
            }
            MoodChart {
                objectName: "moodChart"
                Layout.fillWidth: true
                // Its title and buttons grow with the text size; the chart keeps its room
                // (at 200 % it was squashed to 50 px, its top label cut off), the line of
                // dates under it its own, and a subtitle wrapped onto more lines theirs.
                Layout.preferredHeight: 80 + 120 * Theme.textScale + Math.ceil(Theme.fontSmall * 1.25)
                                        + Math.max(0, headerHeight - Math.ceil(Theme.fontBody * 1.5))
            }
            TimelineFilters {
                id: filters
                Layout.fillWidth: true
            }
            InlineMessage { text: timeline.error; Layout.fillWidth: true }
            // Made only when there is nothing (issue 30, tenth round: not hidden on every
            // busy start, as on Today).
            Loader {
                active: list.count === 0 && timeline.ready
                visible: active
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing * 2
                sourceComponent: Component {
                    EmptyState {
                        objectName: "timelineEmpty"
                        title: timeline.filtered ? qsTr("Nothing matches these filters") : qsTr("Nothing here yet")
                        message: timeline.filtered ? qsTr("Try fewer words or a wider date range.")
                                                   : qsTr("What you record in any module shows up here, newest first.")
                        actionText: timeline.filtered ? qsTr("Clear filters") : ""
                        onActionTriggered: timeline.clearFilters()
                    }
                }
            }
            Item { height: 2 }
        }

        section.property: "day"
        section.criteria: ViewSection.FullString
        section.delegate: DayHeader { width: list.columnWidth }

        delegate: TimelineDelegate {
            width: list.columnWidth
            onActivated: id => page.openEntry(id)
        }
    }
}
