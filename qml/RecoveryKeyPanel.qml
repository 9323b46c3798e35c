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
    /// The key as LockController gives it: groups of four joined by dashes.
    property string key: appLock.recoveryKey
    spacing: Theme.spacing

    PageHeader {
        Layout.fillWidth: true
        title: qsTr("Your recovery key")
        subtitle: qsTr("If you ever forget your passphrase, this key opens your journal. It is shown only this once. "
                       + "Write it down or save it, and keep it somewhere safe, away from this computer.")
    }
    Label { id: keyLabel; text: qsTr("Recovery key"); color: Theme.text; font.bold: true }
    // Whole groups on each line (wrapped anywhere, a group was split over two
    // lines, easy to copy down wrong): as many as fit, a line break between
    // lines (a dash, a space or a line break are all ignored when it is typed).
    FontMetrics { id: keyMetrics; font: keyText.font }
    TextEdit { id: canonicalKey; objectName: "recoveryKeyToCopy"; visible: false; text: panel.key; Layout.preferredHeight: 0 }
    TextArea {
        id: keyText
        objectName: "recoveryKeyText"
        readonly property var groups: panel.key.split("-").filter(g => g.length > 0)
        readonly property int perLine: Math.max(1, Math.floor((width - leftPadding - rightPadding + keyMetrics.advanceWidth("-"))
                                                              / Math.max(1, keyMetrics.advanceWidth("WWWW-"))))
        text: {
            const lines = []
            const n = perLine > 0 ? perLine : 1 // 0 while the component is still being made
            for (let i = 0; i < groups.length; i += n)
                lines.push(groups.slice(i, i + n).join("-"))
            return lines.join("\n")
        }
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.NoWrap
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Theme.fontTitle
        Layout.fillWidth: true
        Accessible.name: keyLabel.text
        Accessible.description: panel.key
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
                // The key as given, on one line, not as the lines show it.
                canonicalKey.selectAll()
                canonicalKey.copy()
                canonicalKey.deselect()
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
