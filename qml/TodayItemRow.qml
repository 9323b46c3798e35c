import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One of today's items on the Today page: its title, a second line (the
// module's detail, when, whose), where it stands (done, skipped), and Done,
// Skip (when the module offers them) and Open. A problem recording it shows
// under it. The work is the "today" model's (core/app/todaymodel.h).
Pane {
    id: row
    required property string moduleId
    required property string moduleName
    required property string moduleColor
    required property string itemId
    required property string title
    required property string detail
    required property string time
    required property string dueState
    required property string pageKey
    required property string entryId
    required property bool offersDone
    required property bool offersSkip
    required property string error
    /// A Done or Skip given here today can be taken back (a press by mistake).
    required property bool canUndo
    signal doneRequested()
    signal skipRequested()
    signal undoRequested()
    signal openRequested()

    readonly property bool finished: row.dueState === "done" || row.dueState === "skipped"
    // An overdue item whose module says when it was due ("Ready since 14 Sep") is
    // not told "from an earlier day" a second time.
    readonly property string when: row.dueState === "overdue" ? (row.detail !== "" ? "" : qsTr("From an earlier day"))
                                   : row.time !== "" ? qsTr("At %1").arg(row.time) : qsTr("Any time today")
    readonly property string stateText: row.dueState === "done" ? qsTr("Done")
                                        : row.dueState === "skipped" ? qsTr("Skipped for today") : ""
    readonly property string secondLine: [row.detail, row.when, row.moduleName].filter(part => part !== "").join(" · ")

    function keepFocus() {
        if (!row.offersDone && !row.offersSkip)
            openButton.forceActiveFocus()
    }
    // After Undo the focus waits on Open until the item is to do again, then goes to
    // its first action (Undo itself is gone at once; the module answers on its next turn).
    property bool focusAfterUndo: false
    onFinishedChanged: if (!row.finished && row.focusAfterUndo) { row.focusAfterUndo = false; Qt.callLater(row.focusFirstAction) }
    function focusFirstAction() {
        if (doneLoader.item)
            doneLoader.item.forceActiveFocus()
        else if (skipLoader.item)
            skipLoader.item.forceActiveFocus()
        else
            openButton.forceActiveFocus()
    }

    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: row.finished ? Theme.surfaceAlt : Theme.surface
        border.color: Theme.border
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: row.stateText !== "" ? qsTr("%1, %2").arg(row.title).arg(row.stateText) : row.title

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        // The buttons at the right of the words, or under them where they would leave the
        // words less than about ten of their letters' width (a narrow window, large text:
        // they were drawn over the title).
        GridLayout {
            id: line
            // Wide until the row has its width (not laid out twice as it is made).
            readonly property bool wide: row.availableWidth <= 0 || row.availableWidth - actions.oneLineWidth - 4 - 3 * columnSpacing
                                         - (stateLabel.visible ? stateLabel.implicitWidth : 0) >= 10 * Theme.fontBody
            Layout.fillWidth: true
            columns: wide ? 4 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing
            Rectangle {
                Layout.preferredWidth: 4
                Layout.fillHeight: true
                radius: 2
                color: row.moduleColor
                opacity: row.finished ? 0.5 : 1
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "todayTitle"
                    text: row.title
                    color: row.finished ? Theme.subtleText : Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: !row.finished
                    font.strikeout: row.dueState === "done"
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "todayDetail"
                    text: row.secondLine
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Label {
                id: stateLabel
                objectName: "todayState"
                Layout.columnSpan: line.wide ? 1 : 2
                Layout.leftMargin: line.wide ? 0 : 4 + line.columnSpacing
                visible: row.stateText !== ""
                text: row.stateText
                color: row.dueState === "done" ? Theme.positive : Theme.subtleText
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            // Done, Skip and Open on one line; under the words, on as many lines as they need
            // (at 800 px with 200 % text Open ran past the row). Placed by row and column,
            // not by a column count that changes (a GridLayout keeps its first layout in Qt 6.4).
            GridLayout {
                id: actions
                Layout.alignment: Qt.AlignVCenter
                Layout.columnSpan: line.wide ? 1 : 2
                Layout.leftMargin: line.wide ? 0 : 4 + line.columnSpacing
                columnSpacing: Theme.smallSpacing
                rowSpacing: Theme.smallSpacing
                readonly property real oneLineWidth: (doneLoader.active ? doneLoader.implicitWidth + columnSpacing : 0)
                                                      + (skipLoader.active ? skipLoader.implicitWidth + columnSpacing : 0)
                                                      + (undoLoader.active ? undoLoader.implicitWidth + columnSpacing : 0)
                                                      + openButton.implicitWidth
                // How many go on a line: all, unless the row under the words is too narrow.
                readonly property int perLine: line.wide || row.availableWidth - 4 - line.columnSpacing >= oneLineWidth ? 3 : fewerPerLine()
                function fewerPerLine() {
                    const room = row.availableWidth - 4 - line.columnSpacing
                    const first = doneLoader.active ? doneLoader.implicitWidth : skipLoader.active ? skipLoader.implicitWidth
                                : undoLoader.active ? undoLoader.implicitWidth : openButton.implicitWidth
                    const second = doneLoader.active && skipLoader.active ? skipLoader.implicitWidth : openButton.implicitWidth
                    return first + columnSpacing + second <= room ? 2 : 1
                }
                readonly property int skipIndex: doneLoader.active ? 1 : 0
                readonly property int undoIndex: (doneLoader.active ? 1 : 0) + (skipLoader.active ? 1 : 0)
                readonly property int openIndex: undoIndex + (undoLoader.active ? 1 : 0)
                // Done and Skip are made only for the items whose module offers them (most
                // rows offer neither): two Buttons fewer per such row on the way to Today's
                // first frame (issue 30).
                Loader {
                    id: doneLoader
                    active: row.offersDone
                    visible: active
                    Layout.row: 0
                    Layout.column: 0
                    Layout.alignment: Qt.AlignVCenter
                    sourceComponent: Component {
                        Button {
                            objectName: "todayDoneButton"
                            highlighted: true
                            text: qsTr("Done")
                            Accessible.name: qsTr("Mark %1 done").arg(row.title)
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                            // Done hides the button: the focus goes on to Open, not nowhere.
                            onClicked: { row.doneRequested(); row.keepFocus() }
                            FocusMark {}
                        }
                    }
                }
                Loader {
                    id: skipLoader
                    active: row.offersSkip
                    visible: active
                    Layout.row: Math.floor(actions.skipIndex / actions.perLine)
                    Layout.column: actions.skipIndex % actions.perLine
                    Layout.alignment: Qt.AlignVCenter
                    sourceComponent: Component {
                        Button {
                            objectName: "todaySkipButton"
                            text: qsTr("Skip today")
                            Accessible.name: qsTr("Skip %1 today").arg(row.title)
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                            onClicked: { row.skipRequested(); row.keepFocus() }
                            FocusMark {}
                        }
                    }
                }
                // Undo, beside "Done" or "Skipped for today", while it can be taken back.
                Loader {
                    id: undoLoader
                    active: row.canUndo
                    visible: active
                    Layout.row: Math.floor(actions.undoIndex / actions.perLine)
                    Layout.column: actions.undoIndex % actions.perLine
                    Layout.alignment: Qt.AlignVCenter
                    sourceComponent: Component {
                        Button {
                            objectName: "todayUndoButton"
                            text: qsTr("Undo")
                            flat: true
                            Accessible.name: row.dueState === "skipped" ? qsTr("Undo skipping %1").arg(row.title)
                                                                        : qsTr("Undo %1 done").arg(row.title)
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                            onClicked: {
                                const hadFocus = activeFocus
                                row.focusAfterUndo = hadFocus
                                if (hadFocus)
                                    openButton.forceActiveFocus()
                                row.undoRequested()
                            }
                            FocusMark {}
                        }
                    }
                }
                Button {
                    id: openButton
                    objectName: "todayOpenButton"
                    Layout.row: Math.floor(actions.openIndex / actions.perLine)
                    Layout.column: actions.openIndex % actions.perLine
                    text: qsTr("Open")
                    flat: row.offersDone || row.finished
                    Accessible.name: qsTr("Open %1 in %2").arg(row.title).arg(row.moduleName)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: row.openRequested()
                    FocusMark {}
                }
            }
        }
        // Made when there is a problem to show (issue 30: not one per row at start).
        Loader {
            Layout.fillWidth: true
            Layout.leftMargin: 4 + Theme.spacing
            active: row.error !== ""
            visible: active
            sourceComponent: Component {
                InlineMessage {
                    objectName: "todayError"
                    text: row.error
                }
            }
        }
    }
}
