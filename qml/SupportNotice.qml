import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Shown when a module noticed a sign that things are hard (a very low mood,
// a word, an answer): a gentle offer of the safety plan and of who to
// contact, which the client can put aside.
Pane {
    id: notice
    objectName: "supportNotice"
    signal openPage(string key)
    /// "Not now" pressed while the focus was in the offer: the page takes it.
    signal putAside()
    visible: safety.supportOffer.reason !== undefined
    padding: Theme.spacing
    background: Rectangle { color: Theme.dark ? "#26323d" : "#e8f0f7"; border.color: Theme.accent; border.width: 1 }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        Label {
            id: message
            // With no plan written, not "your safety plan": its button opened an empty form that
            // asked to fill it in on a calmer day (a try of a very low check-in).
            text: safety.planEmpty
                  ? qsTr("It sounds like things are hard right now. You don't have to face this alone: people who can help are one step away.")
                  : qsTr("It sounds like things are hard right now. You don't have to face this alone: your safety plan and people who can help are one step away.")
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Button {
                objectName: "supportPlan"
                visible: !safety.planEmpty
                text: qsTr("Look at my safety plan")
                highlighted: true
                Accessible.name: text
                onClicked: { notice.openPage("safety-plan"); safety.dismissSupport() }
            }
            Button {
                objectName: "supportContacts"
                text: qsTr("Who can I contact now")
                highlighted: safety.planEmpty
                Accessible.name: text
                onClicked: { notice.openPage("crisis"); safety.dismissSupport() }
            }
            Button {
                objectName: "supportDismiss"
                text: qsTr("Not now")
                flat: true
                Accessible.name: qsTr("Not now; close this message")
                onClicked: {
                    if (activeFocus)
                        notice.putAside() // before the offer (and this button) goes
                    safety.dismissSupport()
                }
            }
        }
    }
}
