import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// An entry the client marked "Bring to my next session" on the timeline:
// what it is and when, Open, and Do not bring (takes the mark off).
Rectangle {
    id: row
    required property var entry
    signal openRequested()
    signal unmarkRequested()

    Layout.fillWidth: true
    implicitHeight: content.implicitHeight + 2 * Theme.smallSpacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        anchors.leftMargin: Theme.spacing
        spacing: Theme.smallSpacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label { text: row.entry.title; color: Theme.text; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label {
                text: [row.entry.kindTitle, row.entry.when].join(" · ")
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
            }
        }
        Button {
            objectName: "openMarked"
            text: qsTr("Open")
            Accessible.name: qsTr("Open %1").arg(row.entry.title)
            onClicked: row.openRequested()
        }
        Button {
            objectName: "unmark"
            text: qsTr("Do not bring")
            flat: true
            Accessible.name: qsTr("Do not bring %1 to my next session").arg(row.entry.title)
            onClicked: row.unmarkRequested()
        }
    }
}
