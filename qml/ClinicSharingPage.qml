import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Sharing with my clinic (issue 31): pair with the clinic's code, choose what
// goes (a module's entries or one kind of them, from now on; single entries
// from the timeline), see what is shared, waiting and refused, stop a grant
// (keeping or withdrawing what went), stop sharing altogether. The work is
// clinicSharing's (core/sync/clinicsharingcontroller.h).
//
// Keyboard: Tab goes through the fields and buttons in reading order; Space
// and Enter press every button; every control shows a focus mark and the
// page scrolls to keep it in view.
ScrollView {
    id: page
    readonly property bool ready: true
    contentWidth: availableWidth

    ColumnLayout {
        id: content
        KeepFocusVisible { view: page }
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Sharing with my clinic")
            subtitle: qsTr("Your clinic sees only what you choose here. You can stop at any time.")
            Layout.fillWidth: true
        }

        EmptyState {
            visible: !clinicSharing.available
            title: qsTr("The journal is not open")
            message: qsTr("When your journal opens again, you can share from it here.")
            Layout.fillWidth: true
        }

        // ---- not paired ----
        FormSection {
            visible: clinicSharing.available && !clinicSharing.paired
            title: qsTr("Pair with your clinic")
            Label {
                text: qsTr("Your clinic gives you its address and a code that works once, for 15 minutes. Pairing shares nothing by itself.")
                wrapMode: Text.WordWrap
                color: Theme.text
                Layout.fillWidth: true
            }
            Label { id: serverLabel; text: qsTr("The clinic's address"); color: Theme.text }
            TextField {
                id: server
                objectName: "clinicServer"
                placeholderText: qsTr("for example https://clinic.example.org")
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: serverLabel.text
                FocusMark {}
            }
            Label { id: codeLabel; text: qsTr("Pairing code"); color: Theme.text }
            TextField {
                id: code
                objectName: "clinicCode"
                placeholderText: qsTr("for example ABCDE-FGHJK (capitals and the dash do not matter)")
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: codeLabel.text
                onAccepted: pairButton.clicked()
                FocusMark {}
            }
            Button {
                id: pairButton
                objectName: "clinicPair"
                text: qsTr("Pair")
                highlighted: true
                enabled: !clinicSharing.busy
                Accessible.name: text
                onClicked: clinicSharing.pair(server.text, code.text)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
            }
        }

        // ---- paired ----
        FormSection {
            visible: clinicSharing.paired
            title: qsTr("Paired with %1").arg(clinicSharing.clinicName)
            Label {
                text: qsTr("The clinic knows you as: %1").arg(clinicSharing.clientLabel)
                wrapMode: Text.WordWrap
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                objectName: "clinicCounts"
                text: clinicSharing.failed > 0
                      ? qsTr("Shared: %1    Waiting: %2    Could not be sent: %3").arg(clinicSharing.shared).arg(clinicSharing.pending).arg(clinicSharing.failed)
                      : qsTr("Shared: %1    Waiting: %2").arg(clinicSharing.shared).arg(clinicSharing.pending)
                color: Theme.text
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            Label {
                objectName: "clinicStatus"
                text: clinicSharing.status
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.subtleText
                Layout.fillWidth: true
            }
            Button {
                objectName: "clinicSendNow"
                text: clinicSharing.busy ? qsTr("Sending...") : qsTr("Send now")
                enabled: !clinicSharing.busy && clinicSharing.pending > 0
                Accessible.name: qsTr("Send now")
                onClicked: clinicSharing.sendNow()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
            }
        }

        FormSection {
            visible: clinicSharing.paired
            title: qsTr("What is shared")
            Label {
                visible: clinicSharing.grants.length === 0
                text: qsTr("Nothing is shared by kind yet. Choose below.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Repeater {
                model: clinicSharing.grants
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: Theme.smallSpacing
                    Layout.fillWidth: true
                    Label {
                        text: modelData.what
                        textFormat: Text.PlainText
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: modelData.from
                        color: Theme.subtleText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        spacing: Theme.smallSpacing
                        Layout.fillWidth: true
                        Button {
                            text: qsTr("Stop: send no more")
                            flat: true
                            Accessible.name: qsTr("Stop sharing %1: send no more, keep what was sent").arg(modelData.what)
                            onClicked: clinicSharing.stopGrant(modelData.id, false)
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                            FocusMark {}
                        }
                        ConfirmAction {
                            text: qsTr("Stop and withdraw what was sent")
                            question: qsTr("Withdraw what was sent? The clinic's clinicians will no longer see it; the clinic keeps a copy marked as withdrawn, as a record of your care.")
                            confirmText: qsTr("Withdraw")
                            onConfirmed: clinicSharing.stopGrant(modelData.id, true)
                        }
                    }
                }
            }
            Label {
                visible: clinicSharing.picked > 0
                text: qsTr("Picked one by one from the timeline: %1.").arg(clinicSharing.picked)
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        FormSection {
            visible: clinicSharing.paired
            title: qsTr("Share more")
            Label { id: whatLabel; text: qsTr("What to share"); color: Theme.text }
            ChoiceBox {
                id: what
                objectName: "clinicChoice"
                model: clinicSharing.choices
                textRole: "text"
                valueRole: "value"
                // Nothing chosen until the client chooses: never the broadest by default.
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Choose what to share") : currentText
                Layout.fillWidth: true
                Accessible.name: whatLabel.text
                FocusMark {}
            }
            Label { id: fromLabel; text: qsTr("From"); color: Theme.text }
            ChoiceBox {
                id: from
                objectName: "clinicFrom"
                model: [{ days: 0, text: qsTr("Now on") },
                        { days: 30, text: qsTr("Now on, and the last 30 days") },
                        { days: 90, text: qsTr("Now on, and the last 90 days") }]
                textRole: "text"
                valueRole: "days"
                Layout.fillWidth: true
                Accessible.name: fromLabel.text
                FocusMark {}
            }
            Label {
                text: qsTr("Entries you marked private stay here unless you pick them one by one in the timeline. New entries of this kind are sent a few seconds after you save them.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("If you share PHQ-9 results, your clinician is shown any answer above \"Not at all\" to the question about being better off dead or hurting yourself, so that you can talk about it. No one watches this around the clock: if you are in danger, use Need help now? (F1).")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "clinicShare"
                text: qsTr("Share")
                highlighted: true
                enabled: what.currentIndex >= 0
                Accessible.name: qsTr("Share %1").arg(what.currentText)
                onClicked: clinicSharing.share(what.currentValue, from.currentValue)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                FocusMark {}
            }
        }

        FormSection {
            visible: clinicSharing.paired && clinicSharing.failures.length > 0
            title: qsTr("Could not be sent")
            Repeater {
                model: clinicSharing.failures
                delegate: Label {
                    required property var modelData
                    textFormat: Text.PlainText
                    text: qsTr("%1: %2").arg(modelData.title).arg(modelData.why)
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        InlineMessage {
            objectName: "clinicMessage"
            text: clinicSharing.message
            error: clinicSharing.messageIsError
            Layout.fillWidth: true
        }

        FormSection {
            visible: clinicSharing.paired
            title: qsTr("Stop sharing with %1").arg(clinicSharing.clinicName)
            Label {
                text: qsTr("Nothing more goes, and this computer forgets the clinic. What was already sent stays visible to your clinicians unless you withdraw it first: \"Stop and withdraw what was sent\" on each item above, and \"Stop sharing with my clinic\" in the timeline for entries you picked one by one.")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ConfirmAction {
                text: qsTr("Stop sharing")
                question: clinicSharing.withdrawalsWaiting > 0
                          ? qsTr("Withdrawals that have not reached the clinic yet: %1. Tessera sends them first if it can; if it cannot, those entries stay with the clinic. Stop sharing with %2?").arg(clinicSharing.withdrawalsWaiting).arg(clinicSharing.clinicName)
                          : qsTr("Stop sharing with %1? Your clinicians will still see the %2 entries already sent.").arg(clinicSharing.clinicName).arg(clinicSharing.shared)
                confirmText: qsTr("Stop sharing")
                onConfirmed: clinicSharing.unpair(true)
            }
        }
        Item { height: Theme.spacing }
    }
}
