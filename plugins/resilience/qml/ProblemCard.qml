import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A worksheet in the list: the problem, the step it is at, and Continue.
Frame {
    id: card
    required property var modelData
    signal openRequested(string id)

    Layout.fillWidth: true
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label { text: card.modelData.problem; wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight; Layout.fillWidth: true }
            Label {
                text: (card.modelData.draft ? qsTr("Draft") + " · " : "") + card.modelData.stepLabel
                      + (card.modelData.chosen ? " · " + qsTr("Trying: %1").arg(card.modelData.chosen) : "")
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "openProblem"
            text: qsTr("Continue")
            Accessible.name: qsTr("Continue: %1").arg(card.modelData.problem)
            onClicked: card.openRequested(card.modelData.id)
        }
    }
}
