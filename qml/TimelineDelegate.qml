import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One timeline row: the module's own card for the kind when it has one,
// else the standard entry card; beside it a "More actions" button (mark or
// unmark private: issue 23), and under a private entry a line that says so
// in words (not by colour alone).
Item {
    id: row
    required property string entryId
    required property string kindTitle
    required property string title
    required property string summary
    required property var mood
    required property string time
    required property string moduleName
    required property string moduleColor
    required property string cardUrl
    required property bool isPrivate
    // issue 26: [{module, add, remove, shown, marked}] for each module that takes marks
    required property var marks
    required property int index
    signal activated(string id)
    /// Mark or unmark private (the "More actions" menu's item).
    readonly property Action privateAction: Action {
        text: row.isPrivate ? qsTr("Remove the private mark") : qsTr("Mark private")
        onTriggered: problem.text = timeline.setPrivate(row.entryId, !row.isPrivate)
    }
    // The "More actions" menu, made the first time it is opened: one per row
    // would cost every row the timeline scrolls past (issue 26 measured it).
    property Menu actionsMenu: null

    // Kept for reuse, a row is out of the Tab order; made or reused, it takes its place in
    // it by its index (TimelinePage: Qt's Tab order is the order rows were made in).
    ListView.onPooled: enabled = false
    ListView.onReused: { enabled = true; tabOrder.keepListOrder(row) }
    Component.onCompleted: tabOrder.keepListOrder(row)

    // The keyboard between rows: Up and Down go to the card of the row above or below,
    // Page Up and Page Down a screen's rows, Home and End the first and last row loaded.
    // The list's own keys made a row current and left the focus on nothing visible,
    // and the next Tab went back to the top of the page (a keyboard-only try).
    function focusRow(to) {
        const view = ListView.view
        to = Math.max(0, Math.min(to, view.count - 1))
        if (to === index)
            return
        view.positionViewAtIndex(to, ListView.Contain)
        view.forceLayout()
        const other = view.itemAtIndex(to)
        const stop = tabOrder.firstStop(other)
        if (stop) {
            view.currentIndex = to
            stop.forceActiveFocus(Qt.TabFocusReason)
        }
    }
    // A row the list makes current (its own arrow keys) hands the focus to its card.
    onActiveFocusChanged: {
        const stop = activeFocus ? tabOrder.firstStop(row) : null
        if (stop)
            stop.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onUpPressed: focusRow(index - 1)
    Keys.onDownPressed: focusRow(index + 1)
    Keys.onPressed: event => {
        const page = Math.max(1, Math.floor(ListView.view.height / Math.max(1, row.height + ListView.view.spacing)) - 1)
        if (event.key === Qt.Key_PageDown)
            focusRow(index + page)
        else if (event.key === Qt.Key_PageUp)
            focusRow(index - page)
        else if (event.key === Qt.Key_Home && !(event.modifiers & Qt.ControlModifier))
            focusRow(0)
        else if (event.key === Qt.Key_End && !(event.modifiers & Qt.ControlModifier))
            focusRow(ListView.view.count - 1)
        else
            return
        event.accepted = true
    }

    implicitHeight: column.implicitHeight
    height: implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: row.isPrivate ? qsTr("%1 (private)").arg(row.title) : row.title

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Loader {
                id: cardLoader
                Layout.fillWidth: true
                sourceComponent: row.cardUrl.length > 0 ? customCard : standardCard
            }
            ToolButton {
                id: moreButton
                objectName: "entryActions"
                Layout.alignment: Qt.AlignTop
                text: "\u22EF" // ⋯
                font.pixelSize: Theme.fontTitle
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("More actions for %1").arg(row.title)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("More actions")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
                onClicked: {
                    if (!row.actionsMenu)
                        row.actionsMenu = menuComponent.createObject(moreButton)
                    // Below the button, or above it where the window ends first (the
                    // style otherwise moves it up over the button it came from).
                    const menu = row.actionsMenu
                    const bottom = moreButton.mapToItem(null, 0, moreButton.height).y
                    const fitsBelow = bottom + menu.implicitHeight <= moreButton.Window.height
                    const fitsAbove = bottom - moreButton.height - menu.implicitHeight >= 0
                    menu.y = fitsBelow || !fitsAbove ? moreButton.height : -menu.implicitHeight
                    menu.open()
                }
                Component {
                    id: menuComponent
                    Menu {
                        id: menu
                        MenuItem {
                            action: row.privateAction
                            Accessible.name: text
                        }
                        // issue 31: one entry shared with the clinic (only once the journal is paired).
                        MenuItem {
                            objectName: "clinicPickAction"
                            readonly property bool available: typeof clinicSharing !== "undefined" && clinicSharing !== null
                                                              && clinicSharing.paired
                            // clinicSharing.picked changes with every pick: the binding is read again then.
                            readonly property bool picked: available && clinicSharing.picked >= 0 && clinicSharing.isPicked(row.entryId)
                            visible: available
                            height: visible ? implicitHeight : 0
                            text: picked ? qsTr("Stop sharing with my clinic") : qsTr("Share with my clinic")
                            Accessible.name: text
                            onTriggered: clinicSharing.setPicked(row.entryId, !picked)
                        }
                        // issue 26: "Bring to my next session" and the like, one per module that takes marks.
                        Instantiator {
                            model: row.marks
                            delegate: MenuItem {
                                required property var modelData
                                objectName: "markAction"
                                text: modelData.marked ? modelData.remove : modelData.add
                                Accessible.name: text
                                onTriggered: problem.text = timeline.setMarked(row.entryId, modelData.module, !modelData.marked)
                            }
                            onObjectAdded: (index, object) => menu.insertItem(index + 1, object)
                            onObjectRemoved: (index, object) => menu.removeItem(object)
                        }
                    }
                }
            }
        }
        // What the entry is marked for ("For my next session"), one line; no item at all for rows not marked.
        Label {
            objectName: "markShown"
            readonly property string shownText: row.marks.filter(m => m.marked).map(m => m.shown).join(" · ")
            visible: shownText.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: shownText
            Accessible.name: text
            color: Theme.focus
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "privateMark"
            visible: row.isPrivate
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: qsTr("Private: left out of what you share unless you include it")
            Accessible.name: qsTr("Private entry: left out of what you share unless you include it")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            id: problem
            visible: text.length > 0
            Layout.fillWidth: true
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }

    Component {
        id: standardCard
        EntryCard {
            title: row.title
            summary: row.summary
            mood: row.mood
            time: row.time
            moduleName: row.moduleName
            kindTitle: row.kindTitle
            moduleColor: row.moduleColor
            Accessible.description: row.isPrivate ? qsTr("Private. %1").arg(row.summary) : row.summary
            onActivated: row.activated(row.entryId)
        }
    }
    Component {
        id: customCard
        // The module's card, made by the host in the module's own QML context
        // from the entry's row: it gets `entry` (with the payload) and nothing else.
        Item {
            id: cardHost
            property Item card: null
            implicitHeight: card ? card.implicitHeight : fallback.implicitHeight
            EntryCard {
                id: fallback
                objectName: "entryCard"
                visible: cardHost.card === null
                width: parent.width
                title: row.title
                summary: row.summary
                mood: row.mood
                time: row.time
                moduleName: row.moduleName
                kindTitle: row.kindTitle
                moduleColor: row.moduleColor
                onActivated: row.activated(row.entryId)
            }
            Component.onCompleted: {
                const made = modulePages.createCard(cardHost, row.index, row.entryId)
                if (made.card === undefined)
                    return
                const card = made.card
                card.width = Qt.binding(() => cardHost.width)
                if (card.activated !== undefined)
                    card.activated.connect(() => row.activated(row.entryId))
                cardHost.card = card
            }
        }
    }
}
