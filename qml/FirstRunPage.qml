import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// First run (issue 21): "Protect your journal with a passphrase", then the
// recovery key, shown once. The client may choose "Not now" unless the
// clinic profile requires a passphrase.
FocusScope {
    id: page
    objectName: "firstRunPage"
    readonly property bool ready: true
    /// "Need help now?" was pressed (F1 too): the window shows the crisis page.
    signal helpRequested()

    Rectangle { anchors.fill: parent; color: Theme.background }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.pageMargin, 600)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing
            Item { Layout.preferredHeight: Theme.pageMargin }
            // Help is one step away here too, before anything is set up (a try found
            // neither the button nor F1 on the first run).
            HelpNowButton {
                objectName: "firstRunHelp"
                Layout.alignment: Qt.AlignRight
                Layout.maximumWidth: parent.width
                onClicked: page.helpRequested()
            }

            // ---- Step 1: choosing a passphrase ----
            ColumnLayout {
                visible: appLock.firstRunStep === "passphrase"
                spacing: Theme.spacing
                Layout.fillWidth: true
                PageHeader {
                    Layout.fillWidth: true
                    title: qsTr("Protect your journal with a passphrase")
                    subtitle: qsTr("With a passphrase, what you write is encrypted on this computer: someone who borrows "
                                   + "it, or finds a copy of your files, cannot read it. You type it when Tessera starts.")
                }
                Label { id: firstLabel; text: qsTr("Passphrase"); color: Theme.text; font.bold: true }
                TextField {
                    id: first
                    objectName: "newPassphrase"
                    focus: appLock.firstRunStep === "passphrase"
                    echoMode: TextInput.Password
                    enabled: !appLock.busy
                    Layout.fillWidth: true
                    Accessible.name: firstLabel.text
                    KeyNavigation.tab: second
                    onAccepted: second.forceActiveFocus()
                    // Typing goes straight in: a keyboard-only try typed, and nothing showed until a Tab.
                    Component.onCompleted: if (appLock.firstRunStep === "passphrase") forceActiveFocus()
                }
                Label {
                    text: qsTr("A few unrelated words, at least 8 characters, are easy to remember and hard to guess.")
                    color: Theme.subtleText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label { id: secondLabel; text: qsTr("The same passphrase again"); color: Theme.text; font.bold: true }
                TextField {
                    id: second
                    objectName: "repeatPassphrase"
                    echoMode: TextInput.Password
                    enabled: !appLock.busy
                    Layout.fillWidth: true
                    Accessible.name: secondLabel.text
                    KeyNavigation.tab: protectButton
                    onAccepted: appLock.choosePassphrase(first.text, second.text)
                }
                InlineMessage { text: appLock.message; Layout.fillWidth: true }
                RowLayout {
                    spacing: Theme.spacing
                    Button {
                        id: protectButton
                        objectName: "protectButton"
                        text: qsTr("Protect my journal")
                        highlighted: true
                        enabled: !appLock.busy
                        Accessible.name: text
                        KeyNavigation.tab: notNowButton.visible ? notNowButton : first
                        onClicked: appLock.choosePassphrase(first.text, second.text)
                    }
                    Button {
                        id: notNowButton
                        objectName: "notNowButton"
                        visible: !appLock.requirePassphrase
                        text: qsTr("Not now")
                        enabled: !appLock.busy
                        Accessible.name: qsTr("Not now: start without a passphrase (you can add one later in Settings)")
                        KeyNavigation.tab: first
                        onClicked: appLock.skipPassphrase()
                    }
                    BusyIndicator { running: appLock.busy; visible: running; Layout.preferredHeight: protectButton.height }
                }
                Label {
                    text: appLock.requirePassphrase
                          ? qsTr("Your clinic's settings ask for a passphrase on this computer.")
                          : qsTr("You can add a passphrase later in Settings.")
                    color: Theme.subtleText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            // ---- Step 2: the recovery key, shown once ----
            RecoveryKeyPanel {
                visible: appLock.firstRunStep === "recovery"
                Layout.fillWidth: true
                onFinished: appLock.finishFirstRun()
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
