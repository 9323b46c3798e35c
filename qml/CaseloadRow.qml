import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One client in the caseload; Enter, Space or a click opens their entries.
Button {
    id: row
    property var client: ({})
    padding: Theme.spacing
    Accessible.name: [client.label, client.phq9, client.trend, client.reviewText, client.lastShared].filter(s => s).join(". ")
    onClicked: clinician.openClient(client.clientId)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.surfaceAlt : Theme.surface
        border.color: row.client.review ? Theme.danger : Theme.border
        border.width: row.client.review ? 2 : 1
    }
    FocusMark {}
    contentItem: ColumnLayout {
        spacing: 2
        Label { textFormat: Text.PlainText; text: row.client.label; font.bold: true; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
        Label {
            textFormat: Text.PlainText
            text: row.client.trend ? row.client.phq9 + ", " + row.client.trend : row.client.phq9
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            visible: row.client.review
            text: row.client.reviewText
            color: Theme.danger
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label { textFormat: Text.PlainText; text: row.client.lastShared; color: Theme.subtleText; Layout.fillWidth: true; wrapMode: Text.WordWrap }
    }
}
