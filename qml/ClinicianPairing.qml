import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The clinician's computer pairs once, with a clinician's code from the
// clinic's administrator (tessera-syncd pairing-code --clinician NAME).
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
            title: qsTr("Pair this computer with the clinic")
            subtitle: qsTr("Once paired, this computer shows your clinic's caseload while online. Nothing about clients is kept on it.")
        }
        FormSection {
            title: qsTr("The clinic's service")
            Label { id: serverLabel; text: qsTr("The clinic's address"); color: Theme.text }
            TextField { id: server; Layout.fillWidth: true; Accessible.name: serverLabel.text; FocusMark {} }
            Label { id: codeLabel; text: qsTr("Clinician's pairing code"); color: Theme.text }
            TextField { id: code; Layout.fillWidth: true; Accessible.name: codeLabel.text; onAccepted: pairButton.clicked(); FocusMark {} }
            Button {
                id: pairButton
                text: qsTr("Pair")
                highlighted: true
                enabled: !clinician.busy
                Accessible.name: text
                onClicked: clinician.pair(server.text, code.text)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
            }
            InlineMessage { text: clinician.message; error: clinician.messageIsError; Layout.fillWidth: true }
        }
    }
}
