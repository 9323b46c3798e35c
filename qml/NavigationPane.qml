import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The navigation (issue 24): "Need help now?" and "Go to page…" pinned at
// the top; a scrolling list of the host's places, then one collapsible group
// per module (NavigationModel, C++); Modules, Settings and "Lock now" pinned
// at the bottom. The list is one Tab stop: Up and Down move through rows
// (group headings too), Enter or Space opens a page or opens and closes a
// group, Left and Right close and open groups. Ctrl+K opens "Go to page".
Pane {
    id: pane
    objectName: "navigationPane"
    /// The NavigationModel (app.navigationModel).
    property var model: null
    property string currentKey
    /// Shows "Lock now" (an encrypted journal); lockRequested() when chosen.
    property bool canLock: false
    signal activated(string key)
    /// A page chosen in "Go to page": the shell opens it and gives it the focus.
    signal goneTo(string key)
    signal lockRequested()
    /// "Go to page" (for tests and the shell): null until it is first opened.
    readonly property var goToPopup: goToLoader.item

    padding: 0
    background: Rectangle { color: Theme.surface; Rectangle { width: 1; anchors { right: parent.right; top: parent.top; bottom: parent.bottom } color: Theme.border } }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Navigation")

    function forceActiveFocus() { list.forceActiveFocus() }
    function openGoTo() { openGoToFrom(pane.Window.activeFocusItem) }
    function openGoToFrom(item) {
        goToLoader.active = true
        goToLoader.item.openFrom(item)
    }

    Binding { target: pane.model; property: "currentKey"; value: pane.currentKey; when: pane.model !== null }
    // A new page (from the list, Go to, a link, the Today page...): its row in view.
    // Opening or closing a group by hand leaves the keyboard where it is.
    Connections {
        target: pane.model
        function onCurrentKeyChanged() { list.reveal() }
    }
    Shortcut {
        sequence: "Ctrl+K"
        enabled: pane.visible
        onActivated: pane.openGoTo()
    }
    onVisibleChanged: if (!visible && goToLoader.item) goToLoader.item.close()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
            text: qsTr("Tessera")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Layout.leftMargin: Theme.spacing + 4
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.smallSpacing
        }
        HelpNowButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            current: pane.currentKey === "crisis"
            onClicked: pane.activated("crisis")
        }
        Button {
            id: goToButton
            objectName: "goToButton"
            text: qsTr("Go to page…")
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.smallSpacing
            Layout.bottomMargin: Theme.smallSpacing
            Accessible.name: qsTr("Go to page: find any page by its name")
            Accessible.description: qsTr("Shortcut: Ctrl+K")
            // Below the button: above it, the tip covered Need help now? whenever the
            // button had the focus (a keyboard-only try).
            // Made when first wanted, not on the way to the first frame (issue 30).
            Loader {
                objectName: "goToTipLoader"
                active: goToButton.hovered || goToButton.visualFocus
                sourceComponent: ToolTip {
                    objectName: "goToTip"
                    parent: goToButton
                    visible: true
                    delay: 600
                    text: qsTr("Find any page by its name (Ctrl+K)")
                    y: goToButton.height + 4
                }
            }
            onClicked: pane.openGoToFrom(goToButton)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            // Looks like a search field: what it does on the left, its shortcut on the right.
            background: Rectangle {
                radius: Theme.radius
                color: goToButton.down || goToButton.hovered ? Theme.surfaceAlt : Theme.background
                border.color: Theme.border
            }
            contentItem: Item {
                implicitHeight: goToLabel.contentHeight
                Label {
                    id: goToLabel
                    text: goToButton.text
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontBody
                    anchors.left: parent.left
                    anchors.right: goToKey.visible ? goToKey.left : parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    wrapMode: Text.WordWrap // large text: two lines rather than a cut word (issue 29)
                }
                Label {
                    id: goToKey
                    // Only where the label still fits beside it (the tooltip and the name say it too).
                    visible: goToLabel.implicitWidth + implicitWidth + Theme.smallSpacing <= parent.width
                    text: qsTr("Ctrl+K")
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    Accessible.ignored: true
                }
            }
            FocusMark { control: goToButton; anchors.margins: -2 }
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }

        ListView {
            id: list
            objectName: "navigationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.model
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.Tree
            Accessible.name: qsTr("Pages")
            // Always drawn while there is more than fits: a hint that the list goes on.
            ScrollBar.vertical: ScrollBar { policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

            // The current page's row in sight (also when it was opened from elsewhere).
            function reveal() {
                const row = pane.model ? pane.model.currentRow : -1
                if (row < 0)
                    return
                currentIndex = row
                positionViewAtIndex(row, ListView.Contain)
            }
            // A heading opens or closes its group; a page opens.
            function act(i) {
                const row = itemAtIndex(i)
                if (!row)
                    return
                currentIndex = i
                if (row.isHeader) {
                    pane.model.toggle(row.group)
                    revealGroup(i, row.group)
                } else {
                    pane.activated(row.key)
                }
            }
            // A group just opened: its pages in sight, its heading kept (a try found a group
            // opened at the bottom with its pages hidden below the list's edge).
            function revealGroup(header, group) {
                Qt.callLater(() => {
                    if (header >= count || !pane.model.isExpanded(group))
                        return
                    let last = header
                    while (last + 1 < count && pane.model.headerRowOf(last + 1) === header)
                        ++last
                    positionViewAtIndex(last, ListView.Contain)
                    positionViewAtIndex(header, ListView.Contain)
                })
            }
            Component.onCompleted: Qt.callLater(reveal)
            // The row under the keyboard stays in view too.
            onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
            onHeightChanged: if (!moving) Qt.callLater(reveal)

            Keys.onPressed: event => {
                const row = currentItem
                if (!row || !pane.model)
                    return
                switch (event.key) {
                case Qt.Key_Left:
                    if (row.isHeader && row.expanded)
                        pane.model.setExpanded(row.group, false)
                    else if (!row.isHeader && row.group.length > 0)
                        currentIndex = pane.model.headerRowOf(currentIndex)
                    break
                case Qt.Key_Right:
                    if (row.isHeader && !row.expanded) {
                        pane.model.setExpanded(row.group, true)
                        revealGroup(currentIndex, row.group)
                    } else if (row.isHeader)
                        incrementCurrentIndex()
                    break
                case Qt.Key_Return:
                case Qt.Key_Enter:
                case Qt.Key_Space:
                    act(currentIndex)
                    break
                case Qt.Key_Home:
                    currentIndex = 0
                    break
                case Qt.Key_End:
                    currentIndex = count - 1
                    break
                default:
                    return
                }
                positionViewAtIndex(currentIndex, ListView.Contain)
                event.accepted = true
            }

            delegate: NavigationRow {
                onClicked: list.act(index)
            }
        }

        // Pinned below the list: always in sight, whatever the window's height.
        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
        Repeater {
            model: pane.model ? pane.model.pinnedBottom : []
            delegate: ItemDelegate {
                id: pinned
                required property var modelData
                readonly property bool current: modelData.key === pane.currentKey
                objectName: "navPinned-" + modelData.key
                Layout.fillWidth: true
                // A Tab stop of its own (an ItemDelegate is none by default).
                focusPolicy: Qt.StrongFocus
                text: modelData.title
                font.pixelSize: Theme.fontBody
                topPadding: 7
                bottomPadding: 7
                leftPadding: Theme.spacing + 16
                Accessible.role: Accessible.Button
                Accessible.name: modelData.title
                Accessible.description: current ? qsTr("Current page") : ""
                background: Rectangle {
                    color: pinned.current ? Theme.surfaceAlt : (pinned.hovered ? Theme.background : "transparent")
                    Rectangle { visible: pinned.current; width: 3; color: Theme.accent; anchors { left: parent.left; top: parent.top; bottom: parent.bottom } }
                }
                contentItem: Label {
                    text: pinned.text
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: pinned.current
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: pane.activated(modelData.key)
                Keys.onReturnPressed: pane.activated(modelData.key)
                Keys.onEnterPressed: pane.activated(modelData.key)
                FocusMark { control: pinned; anchors.margins: 1; radius: 4 }
            }
        }
        // Made only when the journal is encrypted (issue 30: not a hidden Button at every start).
        Loader {
            active: pane.canLock
            visible: active
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.smallSpacing
            sourceComponent: Component {
                Button {
                    objectName: "lockNowButton"
                    text: qsTr("Lock now")
                    flat: true
                    Accessible.name: qsTr("Lock now: hide the journal until the passphrase is typed")
                    Accessible.description: qsTr("Shortcut: Ctrl+Shift+L")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Hide the journal until your passphrase is typed (Ctrl+Shift+L)")
                    onClicked: pane.lockRequested()
                }
            }
        }
        // Room below the last pinned item when there is no "Lock now".
        Item { visible: !pane.canLock; implicitHeight: Theme.smallSpacing }
    }

    // Made the first time it opens: nothing of it on the path to the first frame (issue 30),
    // by URL, so its QML is not even loaded at start (fifth round).
    Loader {
        id: goToLoader
        active: false
        source: "GoToPopup.qml"
        onLoaded: {
            item.navigation = Qt.binding(() => pane.model)
            item.chosen.connect(key => pane.goneTo(key))
        }
    }
}
