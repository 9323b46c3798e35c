import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One theme over time: how often, first and last seen, by month, and the
// entries behind it, each with Open.
Frame {
    id: card
    required property var modelData
    signal openRequested(string id)
    Layout.fillWidth: true
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        Label { text: card.modelData.theme; font.pixelSize: Theme.fontTitle; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label {
            text: qsTr("%1 entries, from %2 to %3").arg(card.modelData.count).arg(card.modelData.firstLabel).arg(card.modelData.lastLabel)
            color: Theme.subtleText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "months"
            text: card.modelData.months.map(m => m.label + ": " + m.count).join(" · ")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: card.modelData.entries
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.whenLabel + " · " + modelData.title; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Button {
                    objectName: "openEntry"
                    text: qsTr("Open")
                    flat: true
                    Accessible.name: qsTr("Open %1, %2").arg(modelData.title).arg(modelData.whenLabel)
                    onClicked: card.openRequested(modelData.id)
                }
            }
        }
    }
}
