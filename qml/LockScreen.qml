import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The unlock screen (issue 21): all that shows while the journal is locked,
// with "Need help now?" still there. Unlocking runs in the background
// (appLock.busy); a wrong passphrase makes the next try wait (appLock.retrySeconds).
FocusScope {
    id: screen
    objectName: "lockScreen"
    readonly property bool ready: true
    signal helpRequested()

    readonly property bool waiting: appLock.busy || appLock.retrySeconds > 0

    function submit() {
        if (screen.waiting)
            return
        if (recoverySwitch.checked)
            appLock.unlockWithRecoveryKey(recoveryField.text)
        else
            appLock.unlock(passphraseField.text)
    }

    Connections {
        target: appLock
        // The fields are emptied once they have been used (right or wrong).
        function onStateChanged() {
            if (!appLock.busy) {
                passphraseField.text = ""
                recoveryField.text = ""
                if (!appLock.locked)
                    return
                if (recoverySwitch.checked)
                    recoveryField.forceActiveFocus()
                else
                    passphraseField.forceActiveFocus()
            }
        }
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.pageMargin, 520)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Math.max(Theme.spacing, (scroll.availableHeight - 520) / 3) }

            Label {
                text: qsTr("Your journal is locked")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Type your passphrase to open it. Everything you wrote is safe.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            Label {
                id: passphraseLabel
                visible: !recoverySwitch.checked
                text: qsTr("Passphrase")
                color: Theme.text
                font.bold: true
            }
            TextField {
                id: passphraseField
                objectName: "passphraseField"
                visible: !recoverySwitch.checked
                focus: !recoverySwitch.checked
                echoMode: TextInput.Password
                enabled: !screen.waiting
                Layout.fillWidth: true
                Accessible.name: passphraseLabel.text
                KeyNavigation.tab: recoverySwitch
                onAccepted: screen.submit()
            }

            Label {
                id: recoveryLabel
                visible: recoverySwitch.checked
                text: qsTr("Recovery key")
                color: Theme.text
                font.bold: true
            }
            TextField {
                id: recoveryField
                objectName: "recoveryField"
                visible: recoverySwitch.checked
                echoMode: TextInput.Password
                enabled: !screen.waiting
                placeholderText: qsTr("The key you wrote down when you chose your passphrase")
                Layout.fillWidth: true
                Accessible.name: recoveryLabel.text
                KeyNavigation.tab: recoverySwitch
                onAccepted: screen.submit()
            }

            Switch {
                id: recoverySwitch
                objectName: "recoverySwitch"
                text: qsTr("Use recovery key instead")
                Accessible.name: text
                KeyNavigation.tab: unlockButton
                onToggled: checked ? recoveryField.forceActiveFocus() : passphraseField.forceActiveFocus()
            }

            RowLayout {
                spacing: Theme.spacing
                Button {
                    id: unlockButton
                    objectName: "unlockButton"
                    text: qsTr("Unlock")
                    highlighted: true
                    enabled: !screen.waiting
                    Accessible.name: text
                    KeyNavigation.tab: helpButton
                    onClicked: screen.submit()
                    Keys.onReturnPressed: screen.submit()
                    Keys.onEnterPressed: screen.submit()
                }
                BusyIndicator {
                    running: appLock.busy
                    visible: running
                    Layout.preferredHeight: unlockButton.height
                    Layout.preferredWidth: unlockButton.height
                    Accessible.name: qsTr("Opening your journal")
                }
                Label {
                    visible: appLock.busy
                    text: qsTr("Opening your journal…")
                    color: Theme.subtleText
                }
            }

            InlineMessage {
                objectName: "lockMessage"
                text: appLock.message
                Layout.fillWidth: true
            }
            Label {
                objectName: "retryCountdown"
                visible: appLock.retrySeconds > 0
                text: qsTr("You can try again in %n second(s).", "", appLock.retrySeconds)
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Item { Layout.preferredHeight: Theme.spacing }
            Label {
                text: qsTr("If you are struggling right now, help does not need your passphrase.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            HelpNowButton {
                id: helpButton
                Layout.fillWidth: true
                KeyNavigation.tab: passphraseField.visible ? passphraseField : recoveryField
                onClicked: screen.helpRequested()
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
