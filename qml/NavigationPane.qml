import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The list of places: Timeline, each module's pages grouped under the
// module, Modules and Settings. Arrow keys move, Enter opens.
Pane {
    id: pane
    property var items: []
    property string currentKey
    /// Shows "Lock now" (an encrypted journal); lockRequested() when chosen.
    property bool canLock: false
    signal activated(string key)
    signal lockRequested()

    padding: 0
    background: Rectangle { color: Theme.surface; Rectangle { width: 1; anchors { right: parent.right; top: parent.top; bottom: parent.bottom } color: Theme.border } }
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Navigation")

    function forceActiveFocus() { list.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
            text: qsTr("Tessera")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Layout.margins: Theme.spacing + 4
            Layout.bottomMargin: Theme.smallSpacing
        }
        HelpNowButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.smallSpacing
            onClicked: pane.activated("crisis")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.items
            keyNavigationEnabled: true
            currentIndex: {
                for (let i = 0; i < pane.items.length; ++i) {
                    if (pane.items[i].key === pane.currentKey)
                        return i
                }
                return 0
            }
            section.property: "section"
            section.delegate: Label {
                required property string section
                text: section
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.AllUppercase
                topPadding: Theme.spacing
                leftPadding: Theme.spacing + 4
                bottomPadding: 2
            }
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                required property int index
                width: ListView.view.width
                readonly property bool current: modelData.key === pane.currentKey
                text: modelData.title
                font.pixelSize: Theme.fontBody
                leftPadding: Theme.spacing + 16
                background: Rectangle {
                    color: entry.current ? Theme.surfaceAlt : (entry.hovered ? Theme.background : "transparent")
                    border.color: entry.activeFocus ? Theme.focus : "transparent"
                    border.width: 2
                    Rectangle { visible: entry.current; width: 3; color: Theme.accent; anchors { left: parent.left; top: parent.top; bottom: parent.bottom } }
                }
                contentItem: Label {
                    text: entry.text
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: entry.current
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: modelData.section.length > 0 && modelData.moduleId.length > 0
                                 ? qsTr("%1, %2").arg(modelData.section).arg(modelData.title) : modelData.title
                onClicked: pane.activated(modelData.key)
                Keys.onReturnPressed: pane.activated(modelData.key)
                Keys.onEnterPressed: pane.activated(modelData.key)
                Rectangle {
                    visible: entry.modelData.color.length > 0
                    width: 8; height: 8; radius: 4
                    color: entry.modelData.color
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacing
                }
            }
        }
        Button {
            objectName: "lockNowButton"
            visible: pane.canLock
            text: qsTr("Lock now")
            flat: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Accessible.name: qsTr("Lock now: hide the journal until the passphrase is typed")
            Accessible.description: qsTr("Shortcut: Ctrl+Shift+L")
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Hide the journal until your passphrase is typed (Ctrl+Shift+L)")
            onClicked: pane.lockRequested()
        }
    }
}
