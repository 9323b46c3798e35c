import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Home (issue 24): what every module has for today, in time order, done and
// skipped ones included, each with Done / Skip (when its module offers them)
// and Open; the timeline one step away. The items and what Done and Skip
// record are the "today" model's (core/app/todaymodel.h); the host names no
// module here (a daily check-in is an item a module gives, like any other).
ScrollView {
    id: page
    readonly property bool ready: page.model !== null && page.model !== undefined
    signal openEntry(string entryId)
    // dueItemId: the item the page is opened for.
    signal openPage(string key, string dueItemId)
    // Opens a module page with an entry (and the item it is for).
    signal openItem(string key, string entryId, string dueItemId)

    // The rows (the app's "today" model; a test may give its own).
    property var model: today
    objectName: "todayPage"
    contentWidth: availableWidth
    focusPolicy: Qt.NoFocus

    // Today's date as the client reads it, e.g. "Monday 30 November".
    readonly property string dateText: page.model && page.model.dayText !== undefined ? page.model.dayText : ""

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page }
        Item { height: Theme.spacing }
        // "Open the timeline" at the right of the title, or under it where it would leave
        // the title less than its width (a narrow window, large text).
        GridLayout {
            id: headerRow
            Layout.fillWidth: true
            // Placed by row and column: a GridLayout changing its `columns` kept the layout it
            // was first made with (Qt 6.4). Beside until it has a width.
            readonly property bool beside: headerRow.width <= 0 || headerRow.width - timelineButton.implicitWidth - columnSpacing >= todayHeader.titleWidth
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing
            PageHeader {
                id: todayHeader
                title: qsTr("Today")
                readonly property int open: page.model && page.model.openCount !== undefined ? page.model.openCount : 0
                subtitle: !page.model || page.model.count === 0 ? page.dateText
                          : open === 0 ? qsTr("%1 · all done for now").arg(page.dateText)
                          : open === 1 ? qsTr("%1 · 1 thing to do").arg(page.dateText)
                          : qsTr("%1 · %2 things to do").arg(page.dateText).arg(open)
                Layout.fillWidth: true
                Layout.row: 0
                Layout.column: 0
            }
            Button {
                id: timelineButton
                objectName: "openTimelineButton"
                Layout.row: headerRow.beside ? 0 : 1
                Layout.column: headerRow.beside ? 1 : 0
                focus: true
                text: qsTr("Open the timeline")
                Accessible.name: qsTr("Open the timeline")
                Layout.alignment: Qt.AlignTop
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.openPage("timeline", "")
                FocusMark {}
            }
        }

        // Made only when there is nothing (issue 30: not hidden on every busy start).
        Loader {
            active: !page.model || page.model.count === 0
            visible: active
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
            sourceComponent: Component {
                EmptyState {
                    objectName: "todayEmpty"
                    title: qsTr("Nothing is due today")
                    message: qsTr("There is nothing you need to do. What you record in any module is in the timeline, whenever you want it.")
                }
            }
        }

        Repeater {
            objectName: "todayRows"
            model: page.model
            delegate: TodayItemRow {
                Layout.fillWidth: true
                onDoneRequested: page.model.markDone(moduleId, itemId)
                onSkipRequested: page.model.skip(moduleId, itemId)
                onUndoRequested: page.model.undo(moduleId, itemId)
                onOpenRequested: {
                    if (entryId !== "")
                        page.openItem(pageKey, entryId, itemId)
                    else
                        page.openPage(pageKey, itemId)
                }
            }
        }
        Item { height: Theme.spacing }
    }
}
