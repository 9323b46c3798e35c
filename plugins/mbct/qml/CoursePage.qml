import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The eight-week course, a week at a time, at your own pace.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    signal openPage(string pageId)
    property string lastChanged
    // The week just marked not done while Undo is offered (0: none).
    property int undoWeek: 0
    contentWidth: availableWidth

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        RowLayout {
            Layout.fillWidth: true
            PageHeader {
                title: qsTr("Eight-week course")
                subtitle: !page.backend ? "" : page.backend.weeksDone >= 8
                    ? qsTr("All eight weeks done. The practices are yours to keep.")
                    : qsTr("Week %1 of 8. Take each week at your own pace; a week can take longer.").arg(page.backend.currentWeek)
            }
            PlanLink { reviewDue: page.backend && page.backend.plan.reviewDue === true; onActivated: page.openPage("plan") }
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0; to: 8
            value: page.backend ? page.backend.weeksDone : 0
            Accessible.name: qsTr("%1 of 8 weeks done").arg(page.backend ? page.backend.weeksDone : 0)
        }
        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
        InlineMessage { id: saved; error: false; Layout.fillWidth: true }
        UndoBar {
            id: undo
            objectName: "undo"
            onUndo: page.backend.restore(page.lastChanged)
            onVisibleChanged: if (!visible) page.undoWeek = 0
        }
        Repeater {
            model: page.backend ? page.backend.course : []
            delegate: CourseWeek {
                required property var modelData
                backend: page.backend
                item: modelData
                undoPending: page.undoWeek === modelData.week
                onSaved: message => saved.text = message
                onRemoved: (message, id) => { page.lastChanged = id; page.undoWeek = modelData.week; undo.show(message) }
            }
        }
    }
}
