import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The recovery key, shown once (first run, or encryption turned on in
// Settings): save it as a PDF or copy it, and say it is written down.
ColumnLayout {
    id: panel
    objectName: "recoveryKeyPanel"
    signal finished()
    spacing: Theme.spacing

    PageHeader {
        Layout.fillWidth: true
        title: qsTr("Your recovery key")
        subtitle: qsTr("If you ever forget your passphrase, this key opens your journal. It is shown only this once. "
                       + "Write it down or save it, and keep it somewhere safe, away from this computer.")
    }
    Label { id: keyLabel; text: qsTr("Recovery key"); color: Theme.text; font.bold: true }
    TextArea {
        id: keyText
        objectName: "recoveryKeyText"
        text: appLock.recoveryKey
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Theme.fontTitle
        Layout.fillWidth: true
        Accessible.name: keyLabel.text
    }
    RowLayout {
        spacing: Theme.spacing
        Button {
            text: qsTr("Save as PDF")
            Accessible.name: qsTr("Save the recovery key as a PDF in your Documents folder")
            onClicked: {
                const r = appLock.saveRecoveryKeyPdf("")
                saved.error = !r.ok
                saved.text = r.message
            }
        }
        Button {
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy the recovery key")
            onClicked: {
                keyText.selectAll()
                keyText.copy()
                keyText.deselect()
                saved.error = false
                saved.text = qsTr("Copied. Paste it somewhere safe, such as a password manager.")
            }
        }
    }
    InlineMessage { id: saved; Layout.fillWidth: true }
    CheckBox {
        id: writtenDown
        objectName: "writtenDown"
        text: qsTr("I have written it down or saved it somewhere safe")
        Accessible.name: text
    }
    Button {
        objectName: "continueButton"
        text: qsTr("Continue")
        highlighted: true
        enabled: writtenDown.checked
        Accessible.name: text
        onClicked: panel.finished()
    }
}
