import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Asked once at start, one module at a time: a running module would like to
// read other modules' entries and nobody has answered yet. Until then it
// reads none of them. The same answer is in the catalogue.
Pane {
    id: notice
    objectName: "readConsentNotice"
    readonly property string moduleId: catalog ? catalog.questionModuleId : ""
    visible: moduleId.length > 0
    padding: Theme.spacing
    background: Rectangle { color: Theme.surface; border.color: Theme.border; border.width: 1 }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: question.text

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        Label {
            id: question
            text: catalog ? catalog.questionText : ""
            textFormat: Text.PlainText
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ReadConsentActions {
            Layout.fillWidth: true
            readsState: "unanswered"
            onAllow: problem.text = catalog.allowReads(notice.moduleId)
            onRefuse: problem.text = catalog.refuseReads(notice.moduleId)
        }
        InlineMessage { id: problem; Layout.fillWidth: true }
    }
}
