import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The caseload: each client's latest PHQ-9 and its trend, results to review
// (PHQ-9 item 9 above 0) first in the eye, and when they last shared.
ScrollView {
    id: page
    contentWidth: availableWidth
    ColumnLayout {
        KeepFocusVisible { view: page }
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Caseload")
            subtitle: qsTr("%1, as %2. What clients chose to share; read from the clinic's service each time, kept on this computer only while shown.")
                          .arg(clinician.clinicName).arg(clinician.clinicianName)
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("Clients: %1").arg(clinician.clients.length)
                color: Theme.subtleText
                Layout.fillWidth: true
            }
            Button {
                text: clinician.busy ? qsTr("Reading...") : qsTr("Refresh")
                enabled: !clinician.busy
                Accessible.name: qsTr("Refresh")
                onClicked: clinician.refresh()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
            }
        }
        InlineMessage { text: clinician.message; error: clinician.messageIsError; Layout.fillWidth: true }
        Repeater {
            model: clinician.clients
            delegate: CaseloadRow {
                required property var modelData
                client: modelData
                Layout.fillWidth: true
            }
        }
        EmptyState {
            visible: clinician.loaded && clinician.clients.length === 0
            title: qsTr("No clients yet")
            message: qsTr("Add a client below: they pair their journal with the code you give them.")
            Layout.fillWidth: true
        }
        FormSection {
            title: qsTr("Add a client")
            Label { textFormat: Text.PlainText; id: labelLabel; text: qsTr("Initials or a pseudonym the clinic knows them by"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField { id: label; Layout.fillWidth: true; Accessible.name: labelLabel.text; onAccepted: addButton.clicked(); FocusMark {} }
            Button {
                id: addButton
                text: qsTr("Add and make a code")
                enabled: !clinician.busy
                Accessible.name: text
                onClicked: { clinician.addClient(label.text); label.text = "" }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
            }
            Label {
                textFormat: Text.PlainText
                visible: clinician.newCode !== ""
                text: clinician.newCode
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.name: qsTr("Pairing code %1").arg(clinician.newCode)
            }
        }
        Item { height: Theme.spacing }
    }
}
