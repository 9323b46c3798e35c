import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// "Go to page" (Ctrl+K): type part of a page's or a module's name, Up and
// Down choose, Enter opens, Esc closes. The matching and its order come from
// NavigationModel::findPages (C++).
Popup {
    id: popup
    objectName: "goToPopup"
    /// The NavigationModel.
    property var navigation: null
    /// The pages that match what is typed.
    readonly property var results: navigation ? navigation.findPages(field.text) : []
    /// Where the focus was before the popup opened (given back on Esc).
    property Item returnFocusTo: null
    property bool choosing: false
    signal chosen(string key)

    function openFrom(item) {
        returnFocusTo = item
        choosing = false
        field.text = ""
        open()
    }

    function choose(i) {
        if (i < 0 || i >= popup.results.length)
            return
        choosing = true
        chosenKey = popup.results[i].key
        close() // the page opens once closed (onClosed): the focus it then takes is not undone
    }
    property string chosenKey: ""

    parent: Overlay.overlay
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.spacing)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round(Math.min(parent.height * 0.12, parent.height - height - Theme.spacing)) : 0
    padding: Theme.spacing + 4

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    onOpened: field.forceActiveFocus()
    onClosed: {
        if (!choosing && returnFocusTo)
            returnFocusTo.forceActiveFocus()
        returnFocusTo = null
        // Opened after the popup has put the focus back where it was: opened before, the
        // page took the focus and lost it again, and Tab started at "Need help now?" (a
        // keyboard-only walk).
        if (choosing)
            Qt.callLater(() => popup.chosen(popup.chosenKey))
    }

    contentItem: ColumnLayout {
        spacing: Theme.smallSpacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Go to page")

        Label {
            id: fieldLabel
            text: qsTr("Go to page")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        TextField {
            id: field
            objectName: "goToField"
            Layout.fillWidth: true
            placeholderText: qsTr("Part of a page or module name")
            Accessible.name: fieldLabel.text
            Accessible.description: qsTr("Up and Down choose a page, Enter opens it, Esc closes")
            Accessible.searchEdit: true
            onTextChanged: resultList.currentIndex = 0
            Keys.onDownPressed: resultList.currentIndex = Math.min(resultList.currentIndex + 1, resultList.count - 1)
            Keys.onUpPressed: resultList.currentIndex = Math.max(resultList.currentIndex - 1, 0)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_PageDown) {
                    resultList.currentIndex = Math.min(resultList.currentIndex + 8, resultList.count - 1)
                    event.accepted = true
                } else if (event.key === Qt.Key_PageUp) {
                    resultList.currentIndex = Math.max(resultList.currentIndex - 8, 0)
                    event.accepted = true
                }
            }
            Keys.onReturnPressed: popup.choose(resultList.currentIndex)
            Keys.onEnterPressed: popup.choose(resultList.currentIndex)
        }
        Label {
            objectName: "goToCount"
            Layout.fillWidth: true
            text: popup.results.length === 0 ? qsTr("No page has that in its name. Try fewer letters.")
                                             : popup.results.length === 1 ? qsTr("1 page")
                                                                          : qsTr("%1 pages").arg(popup.results.length)
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ListView {
            id: resultList
            objectName: "goToResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            Layout.minimumHeight: Math.min(contentHeight, 80)
            clip: true
            model: popup.results
            currentIndex: 0
            // The field keeps the focus; the list only shows the choice.
            activeFocusOnTab: false
            highlightMoveDuration: 0
            onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matching pages")
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                id: hit
                required property var modelData
                required property int index
                objectName: "goToHit-" + modelData.key
                width: ListView.view.width
                focusPolicy: Qt.NoFocus
                highlighted: ListView.isCurrentItem
                text: modelData.title
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.accessibleName
                Accessible.selected: highlighted
                background: Rectangle {
                    color: hit.highlighted ? Theme.surfaceAlt : (hit.hovered ? Theme.background : "transparent")
                    radius: 4
                    border.color: hit.highlighted ? Theme.focus : "transparent"
                    border.width: 2
                }
                contentItem: Row {
                    spacing: Theme.smallSpacing
                    Rectangle {
                        width: 10; height: 10; radius: 5
                        anchors.verticalCenter: parent.verticalCenter
                        color: hit.modelData.color.length > 0 ? hit.modelData.color : "transparent"
                    }
                    Label {
                        text: hit.modelData.title
                        color: Theme.text
                        font.bold: hit.highlighted
                        anchors.verticalCenter: parent.verticalCenter
                        elide: Text.ElideRight
                        width: Math.min(implicitWidth, hit.availableWidth - 16 - group.implicitWidth - Theme.smallSpacing)
                    }
                    Label {
                        id: group
                        text: hit.modelData.groupTitle
                        color: Theme.subtleText
                        font.pixelSize: Theme.fontSmall
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
                onClicked: popup.choose(index)
            }
        }
    }
}
