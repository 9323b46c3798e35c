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
    readonly property bool ready: today !== null
    signal openEntry(string entryId)
    // dueItemId: the item the page is opened for.
    signal openPage(string key, string dueItemId)
    // Opens a module page with an entry (and the item it is for).
    signal openItem(string key, string entryId, string dueItemId)

    objectName: "todayPage"
    contentWidth: availableWidth
    focusPolicy: Qt.NoFocus

    // Today's date as the client reads it, e.g. "Monday 30 November".
    readonly property string dateText: today ? today.dayText : ""

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page }
        Item { height: Theme.spacing }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PageHeader {
                title: qsTr("Today")
                subtitle: !today || today.count === 0 ? page.dateText
                          : today.openCount === 0 ? qsTr("%1 · all done for now").arg(page.dateText)
                          : today.openCount === 1 ? qsTr("%1 · 1 thing to do").arg(page.dateText)
                          : qsTr("%1 · %2 things to do").arg(page.dateText).arg(today.openCount)
                Layout.fillWidth: true
            }
            Button {
                id: timelineButton
                objectName: "openTimelineButton"
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

        EmptyState {
            objectName: "todayEmpty"
            visible: !today || today.count === 0
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing * 2
            title: qsTr("Nothing is due today")
            message: qsTr("There is nothing you need to do. What you record in any module is in the timeline, whenever you want it.")
        }

        Repeater {
            objectName: "todayRows"
            model: today
            delegate: TodayItemRow {
                Layout.fillWidth: true
                onDoneRequested: today.markDone(moduleId, itemId)
                onSkipRequested: today.skip(moduleId, itemId)
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
