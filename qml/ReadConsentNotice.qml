import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Asked once at start, one module at a time: a running module would like to
// read other modules' entries and nobody has answered yet. Until then it
// reads none of them. The same answer is in the catalogue.
// Compact, as it shows above every page until answered: the question, then
// the kinds it names on one line ("Show all" opens the rest), then the
// answers. It took 30 % of an 800x600 window with the kinds written out.
Pane {
    id: notice
    objectName: "readConsentNotice"
    readonly property string moduleId: catalog ? catalog.questionModuleId : ""
    property bool showAll: false
    /// Answered while the focus was in the notice: after the last question the shell gives
    /// the focus to the page (this notice is gone by then).
    signal answeredWithFocus()

    function answer(allowed) {
        let focused = notice.Window.activeFocusItem
        while (focused && focused !== notice)
            focused = focused.parent
        if (focused)
            notice.answeredWithFocus()
        problem.text = allowed ? catalog.allowReads(notice.moduleId) : catalog.refuseReads(notice.moduleId)
        if (focused && notice.visible && problem.text.length === 0)
            Qt.callLater(notice.focusAllow) // the next question (after the last, the shell's part)
    }
    /// The focus on this question's Allow.
    function focusAllow() { actions.allowButton.forceActiveFocus(Qt.TabFocusReason) }

    visible: moduleId.length > 0
    onModuleIdChanged: showAll = false
    topPadding: Theme.smallSpacing
    bottomPadding: Theme.smallSpacing
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    background: Rectangle { color: Theme.surface; border.color: Theme.border; border.width: 1 }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: catalog ? catalog.questionText : ""

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2
        Label {
            id: question
            objectName: "readQuestion"
            text: catalog ? catalog.questionHeadline : ""
            textFormat: Text.PlainText
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            id: kinds
            objectName: "readKinds"
            text: catalog ? catalog.questionKinds : ""
            textFormat: Text.PlainText
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: notice.showAll ? 1000 : 1
            elide: notice.showAll ? Text.ElideNone : Text.ElideRight
            Layout.fillWidth: true
            Accessible.name: qsTr("Entries it would read: %1").arg(text)
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: Theme.smallSpacing
            ReadConsentActions {
                id: actions
                readsState: "unanswered" // no width: its two buttons on one line
                onAllow: notice.answer(true)
                onRefuse: notice.answer(false)
            }
            // Made only where the kinds do not fit their line (issue 30: not on every first frame).
            Loader {
                active: kinds.truncated || notice.showAll
                visible: active
                sourceComponent: Component {
                    Button {
                        objectName: "showAllReads"
                        flat: true
                        text: notice.showAll ? qsTr("Show fewer") : qsTr("Show all")
                        Accessible.name: notice.showAll ? qsTr("Show fewer of the entries it would read")
                                                        : qsTr("Show all the entries it would read")
                        onClicked: notice.showAll = !notice.showAll
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                    }
                }
            }
        }
        InlineMessage { id: problem; Layout.fillWidth: true }
    }
}
