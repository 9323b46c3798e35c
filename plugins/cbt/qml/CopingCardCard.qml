import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A coping card on the timeline: the balanced thought as a quote.
ItemDelegate {
    id: card
    objectName: "copingCard"
    property var entry: ({})
    signal activated()

    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Coping card: %1").arg(entry.payload ? entry.payload.text : "")
    onClicked: activated()
    Keys.onReturnPressed: activated()

    background: Rectangle {
        radius: Theme.radius
        color: card.hovered ? Theme.surfaceAlt : Theme.surface
        border.color: card.activeFocus ? Theme.focus : (card.entry.moduleColor || Theme.border)
        border.width: card.activeFocus ? 2 : 1
    }
    contentItem: ColumnLayout {
        spacing: 2
        Label { text: qsTr("Coping card · %1").arg(card.entry.time || ""); color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
        Label {
            text: "“" + (card.entry.payload ? card.entry.payload.text : "") + "”"
            color: Theme.text
            font.pixelSize: Theme.fontBody + 1
            font.italic: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
