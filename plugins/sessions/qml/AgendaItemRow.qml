import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One thing the client wants to bring to the next session, with Remove.
RowLayout {
    id: row
    required property var item
    signal removeRequested()

    spacing: Theme.smallSpacing
    Layout.fillWidth: true
    Label {
        text: "• " + row.item.text
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "removeItem"
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove “%1” from the list").arg(row.item.text)
        onClicked: row.removeRequested()
    }
}
