import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One thing the client wants to bring to the next session, with Remove.
// Anchored rather than a RowLayout: a wrapping label in a row layout was laid
// out over the next row at some widths.
Item {
    id: row
    required property var item
    signal removeRequested()

    Layout.fillWidth: true
    implicitHeight: Math.max(text.implicitHeight, remove.implicitHeight)

    Label {
        id: text
        anchors.left: parent.left
        anchors.right: remove.left
        anchors.rightMargin: Theme.smallSpacing
        anchors.verticalCenter: parent.verticalCenter
        text: "• " + row.item.text
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Button {
        id: remove
        objectName: "removeItem"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove “%1” from the list").arg(row.item.text)
        onClicked: row.removeRequested()
    }
}
