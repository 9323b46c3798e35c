import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The eight-week course, a week at a time, at your own pace.
ModulePage {
    id: page
    title: qsTr("Eight-week course")
    subtitle: !page.backend ? "" : page.backend.weeksDone >= 8
        ? qsTr("All eight weeks done. The practices are yours to keep.")
        : qsTr("Week %1 of 8. Take each week at your own pace; a week can take longer.").arg(page.backend.currentWeek)
    headerActions: PlanLink { reviewDue: page.backend && page.backend.plan.reviewDue === true; onActivated: page.openPage("plan") }
    // The week marked not done last; Undo may still be offered for it.
    property int undoWeek: 0

    ProgressBar {
        Layout.fillWidth: true
        from: 0; to: 8
        value: page.backend ? page.backend.weeksDone : 0
        Accessible.name: qsTr("%1 of 8 weeks done").arg(page.backend ? page.backend.weeksDone : 0)
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        // Undo for a week marked not done below.
        DeleteWithUndo { id: removal; backend: page.backend },
        Repeater {
            model: page.backend ? page.backend.course : []
            delegate: CourseWeek {
                required property var modelData
                backend: page.backend
                item: modelData
                undoPending: removal.undoOffered && page.undoWeek === modelData.week
                onSaved: message => saved.text = message
                onRemoveRequested: (id, message) => { if (removal.remove(id, message)) page.undoWeek = modelData.week }
            }
        }
    ]
}
