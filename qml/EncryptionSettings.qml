import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Settings > Encryption (issue 21): whether the journal is encrypted, the
// passphrase, turning encryption on or off, and when the app locks itself.
FormSection {
    id: section
    objectName: "encryptionSettings"
    title: qsTr("Encryption and lock")
    description: appLock.encrypted
                 ? qsTr("Your journal is encrypted. Tessera asks for your passphrase when it starts and after it locks.")
                 : qsTr("Your journal is not encrypted: anyone who can open your files on this computer could read it.")

    // ---- Encrypted: lock, idle time, passphrase, turning it off ----
    RowLayout {
        visible: appLock.encrypted
        spacing: Theme.spacing
        Layout.fillWidth: true
        Button {
            text: qsTr("Lock now")
            Accessible.name: qsTr("Lock now (Ctrl+Shift+L)")
            onClicked: appLock.lockNow()
        }
        Label { id: idleLabel; text: qsTr("Lock when I have not used Tessera for"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChoiceBox {
            objectName: "idleChoice"
            textRole: "label"
            valueRole: "minutes"
            model: appLock.idleChoices
            Layout.preferredWidth: Math.max(implicitWidth, 200)
            Accessible.name: idleLabel.text
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(appLock.idleMinutes))
            onActivated: appLock.idleMinutes = currentValue
        }
    }
    Label {
        visible: appLock.encrypted && appLock.maxIdleMinutes > 0
        text: qsTr("Your clinic's settings lock Tessera after at most %n minute(s).", "", appLock.maxIdleMinutes)
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    GridLayout {
        visible: appLock.encrypted
        columns: width >= 560 * Theme.textScale ? 2 : 1 // labels above their fields where two columns do not fit
        columnSpacing: Theme.spacing
        Layout.fillWidth: true
        Label { id: currentLabel; text: qsTr("Current passphrase"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: parent.columns === 1 }
        TextField { id: current; echoMode: TextInput.Password; Layout.fillWidth: true; Accessible.name: currentLabel.text }
        Label { id: nextLabel; text: qsTr("New passphrase"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: parent.columns === 1 }
        TextField { id: next; echoMode: TextInput.Password; Layout.fillWidth: true; Accessible.name: nextLabel.text }
        Label { id: againLabel; text: qsTr("New passphrase again"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: parent.columns === 1 }
        TextField {
            id: again
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Accessible.name: againLabel.text
            onAccepted: changeButton.clicked()
        }
    }
    RowLayout {
        visible: appLock.encrypted
        spacing: Theme.spacing
        Button {
            id: changeButton
            text: qsTr("Change passphrase")
            Accessible.name: text
            onClicked: {
                const r = appLock.changePassphrase(current.text, next.text, again.text)
                result.error = !r.ok
                result.text = r.message
                if (r.ok) { current.text = ""; next.text = ""; again.text = "" }
            }
        }
        ConfirmAction {
            visible: !appLock.requirePassphrase
            text: qsTr("Turn off encryption")
            question: qsTr("Store your journal without encryption on this computer?")
            confirmText: qsTr("Turn off")
            onConfirmed: {
                const r = appLock.turnOffEncryption()
                result.error = !r.ok
                result.text = r.message
            }
        }
    }

    // ---- Plain: turning it on ----
    GridLayout {
        visible: !appLock.encrypted
        columns: width >= 560 * Theme.textScale ? 2 : 1 // labels above their fields where two columns do not fit
        columnSpacing: Theme.spacing
        Layout.fillWidth: true
        Label { id: onLabel; text: qsTr("Passphrase"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: parent.columns === 1 }
        TextField { id: onFirst; echoMode: TextInput.Password; Layout.fillWidth: true; Accessible.name: onLabel.text }
        Label { id: onAgainLabel; text: qsTr("The same passphrase again"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: parent.columns === 1 }
        TextField {
            id: onAgain
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Accessible.name: onAgainLabel.text
            onAccepted: turnOnButton.clicked()
        }
    }
    Button {
        id: turnOnButton
        visible: !appLock.encrypted
        text: qsTr("Turn on encryption")
        highlighted: true
        Accessible.name: text
        onClicked: {
            const r = appLock.turnOnEncryption(onFirst.text, onAgain.text)
            result.error = !r.ok
            result.text = r.message
            if (r.ok) { onFirst.text = ""; onAgain.text = "" }
        }
    }
    InlineMessage { id: result; Layout.fillWidth: true }

    RecoveryKeyPanel {
        visible: appLock.recoveryKey.length > 0
        Layout.fillWidth: true
        onFinished: appLock.forgetRecoveryKey()
    }
}
