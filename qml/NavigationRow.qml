import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import Tessera.Ui

// One row of the navigation list (NavigationModel): a module's heading, which
// opens and closes its group, or a page. The list keeps the keyboard focus;
// its current row shows the focus mark.
// The template, not the style's ItemDelegate: the row draws all of itself, so
// the style's own bindings would be made 18 times for nothing (issue 30).
T.ItemDelegate {
    id: row
    required property int index
    required property string key
    required property string title
    required property bool isHeader
    required property string group
    required property string moduleColor
    required property bool expanded
    required property int pageCount
    required property bool isCurrent
    required property bool containsCurrent
    required property string accessibleName

    objectName: "navRow-" + key
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: implicitContentHeight + topPadding + bottomPadding
    // The list is the one stop for Tab; arrows move between rows.
    focusPolicy: Qt.NoFocus
    text: title
    font.pixelSize: Theme.fontBody
    topPadding: isHeader ? 9 : 7
    bottomPadding: isHeader ? 9 : 7
    leftPadding: isHeader || group.length === 0 ? Theme.spacing + 16 : Theme.spacing + 28
    rightPadding: isHeader ? Theme.spacing + 18 : Theme.spacing

    Accessible.role: Accessible.TreeItem
    Accessible.name: accessibleName
    Accessible.description: isHeader ? (expanded ? qsTr("Left arrow or Enter closes the group.")
                                                 : qsTr("Right arrow or Enter opens the group."))
                                     : (isCurrent ? qsTr("Current page") : "")
    Accessible.selected: isCurrent
    Accessible.focused: activeFocus

    background: Rectangle {
        color: row.isCurrent || (row.isHeader && !row.expanded && row.containsCurrent)
               ? Theme.surfaceAlt : (row.hovered ? Theme.background : "transparent")
        Rectangle {
            visible: row.isCurrent
            width: 3
            color: Theme.accent
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        }
    }

    contentItem: Text {
        text: row.text
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: row.isCurrent || row.isHeader
        // Long names and large text wrap onto a second line rather than lose their end (issue 29).
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }

    // The module's colour, on its heading.
    Rectangle {
        visible: row.isHeader && row.moduleColor.length > 0
        width: 10; height: 10; radius: 5
        color: row.moduleColor
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacing
    }

    // Open or closed: a chevron on the heading.
    Text {
        visible: row.isHeader
        text: row.expanded ? "\u25BE" : "\u25B8"
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody
        anchors.verticalCenter: parent.verticalCenter
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        Accessible.ignored: true
    }

    FocusMark {
        control: row
        anchors.margins: 1
        radius: 4
    }
}
