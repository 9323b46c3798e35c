import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One article in the Learn list: its title, a one-line summary, minutes to
// read, where it comes from, and whether it has been read. The whole row is
// one button (Enter or Space opens it).
ItemDelegate {
    id: row
    required property string key
    required property string title
    required property string summary
    required property int minutes
    required property string sourceName
    required property bool read
    signal openRequested(string key)

    readonly property string minutesText: row.minutes === 1 ? qsTr("1 minute to read") : qsTr("%1 minutes to read").arg(row.minutes)
    readonly property string metaText: [row.minutesText, qsTr("From %1").arg(row.sourceName)].join(" · ")

    padding: Theme.spacing
    // ItemDelegate takes no focus by default; a row is reached with Tab.
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1. %2. %3").arg(row.title).arg(row.metaText).arg(row.read ? qsTr("Read") : qsTr("New"))
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: row.openRequested(row.key)

    background: Rectangle {
        radius: Theme.radius
        color: row.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: row.visualFocus ? Theme.focus : Theme.border
        border.width: row.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "learnRowTitle"
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: row.summary !== ""
                text: row.summary
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: row.metaText
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "learnRowRead"
            text: row.read ? qsTr("Read") : qsTr("New")
            color: row.read ? Theme.subtleText : Theme.focus
            font.pixelSize: Theme.fontSmall
            font.bold: !row.read
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
