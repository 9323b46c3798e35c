import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Who to contact now and the client's safety plan. Needs no module, and works
// when the journal did not open (the contacts need no journal).
ScrollView {
    id: page
    readonly property bool ready: true
    /// While the app is locked: the contacts show, the safety plan (in the journal) does not.
    property bool journalLocked: false
    /// On the first run, before the journal is made: there is no plan yet.
    property bool journalNotMadeYet: false
    signal openPage(string key)
    /// Back to where the client was (set by the window: that page's title; "" for none).
    property string backTitle: ""
    signal goBack()
    contentWidth: availableWidth
    objectName: "crisisPage"

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        KeepFocusVisible { view: page } // Tab never leaves the focus below the edge (a keyboard walk found it did)
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Need help now?")
            subtitle: qsTr("You do not have to get through this alone. Reaching out is a strong thing to do.")
        }
        // The way back to where the client was (Escape or Alt+Left too).
        BackToButton { objectName: "crisisBack"; backTitle: page.backTitle; onClicked: page.goBack() }

        FormSection {
            title: qsTr("Who you can contact now")
            description: safety.contactsSource
            Repeater {
                objectName: "crisisContacts"
                model: safety.contacts
                // Each contact is a stop for Tab, so the keyboard alone brings every one
                // into view in a small window with large text (a walk by keyboard
                // passed them by), and a screen reader reads it whole.
                delegate: Item {
                    id: contact
                    required property var modelData
                    required property int index
                    objectName: "crisisContact" + index
                    readonly property string reach: [modelData.phone.length > 0 ? qsTr("Call %1").arg(modelData.phone) : "",
                                                     modelData.text.length > 0 ? qsTr("Text %1").arg(modelData.text) : "",
                                                     modelData.hours].filter(s => s.length > 0).join(" · ")
                    Layout.fillWidth: true
                    implicitHeight: contactColumn.implicitHeight
                    activeFocusOnTab: true
                    Accessible.role: Accessible.StaticText
                    Accessible.focusable: true
                    Accessible.name: [modelData.name, reach, modelData.web, modelData.note].filter(s => s.length > 0).join(". ")
                    FocusMark {}
                    ColumnLayout {
                        id: contactColumn
                        width: parent.width
                        spacing: 2
                        Label {
                            text: contact.modelData.name
                            color: Theme.text
                            font.bold: true
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: contact.reach
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        // The address as a link that opens it (it looked like one and did nothing).
                        Button {
                            id: web
                            objectName: "crisisWeb" + contact.index
                            visible: contact.modelData.web.length > 0
                            flat: true
                            leftPadding: 0
                            topPadding: 2
                            bottomPadding: 2
                            contentItem: Label {
                                text: web.text
                                color: Theme.accent
                                font.pixelSize: Theme.fontBody
                                font.underline: true
                                wrapMode: Text.WrapAnywhere
                                Accessible.ignored: true // the button says it
                            }
                            text: contact.modelData.web
                            Accessible.name: qsTr("Open %1 in the web browser").arg(contact.modelData.web)
                            Layout.fillWidth: true
                            Layout.maximumWidth: implicitWidth
                            onClicked: {
                                const opened = safety.openWeb(contact.modelData.web)
                                webNote.text = opened.ok ? "" : opened.message
                            }
                        }
                        Label {
                            id: webNote
                            objectName: "crisisWebNote" + contact.index
                            visible: text.length > 0
                            color: Theme.text
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: contact.modelData.note.length > 0
                            text: contact.modelData.note
                            color: Theme.subtleText
                            font.pixelSize: Theme.fontSmall + 1
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Label {
                objectName: "emergencyLine"
                activeFocusOnTab: true
                Accessible.role: Accessible.StaticText
                Accessible.focusable: true
                Accessible.name: text
                FocusMark {}
                text: safety.emergencyNumber.length > 0
                      ? qsTr("If you are in danger now, call your local emergency number: %1.").arg(safety.emergencyNumber)
                      : qsTr("If you are in danger now, call your local emergency number.")
                color: Theme.text
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        FormSection {
            title: qsTr("My safety plan")
            description: page.journalLocked || page.journalNotMadeYet ? "" : safety.reviewedLabel
            Label {
                objectName: "planLockedNote"
                visible: page.journalLocked || page.journalNotMadeYet
                text: page.journalNotMadeYet
                      ? qsTr("Once Tessera is set up, you can write a safety plan here: what helps you, and who you can "
                             + "turn to. The contacts above work now.")
                      : qsTr("Your safety plan is kept in your journal, so it opens after you unlock. "
                             + "The contacts above work now.")
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Repeater {
                model: !page.journalLocked && !page.journalNotMadeYet && safety.planAvailable && !safety.planEmpty ? safety.steps : []
                // Each step a stop for Tab too: from the emergency line Tab went straight to
                // "Open my safety plan" and the view scrolled past the whole plan (a try by
                // keyboard alone at 800x600 and 200 % text).
                delegate: Item {
                    id: step
                    required property var modelData
                    required property int index
                    objectName: "crisisPlanStep" + index
                    visible: modelData.text.length > 0
                    Layout.fillWidth: true
                    implicitHeight: stepColumn.implicitHeight
                    activeFocusOnTab: visible
                    Accessible.role: Accessible.StaticText
                    Accessible.focusable: true
                    // One line for a screen reader: the step's items read as a list.
                    Accessible.name: modelData.title + ". " + modelData.text.split("\n").map(l => l.trim()).filter(l => l.length > 0).join(", ")
                    FocusMark {}
                    ColumnLayout {
                        id: stepColumn
                        width: parent.width
                        spacing: 2
                        Label { text: step.modelData.title; color: Theme.text; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        Label { text: step.modelData.text; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                }
            }
            Button {
                id: openPlan
                visible: safety.planAvailable && !page.journalLocked && !page.journalNotMadeYet
                // Its words wrap in a narrow window with large text, so the page stays in reach.
                contentItem: ButtonLabel { control: openPlan }
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                text: safety.planEmpty ? qsTr("Write my safety plan") : qsTr("Open my safety plan")
                highlighted: true
                Accessible.name: text
                onClicked: page.openPage("safety-plan")
            }
        }

        FormSection {
            title: qsTr("Your privacy")
            Label {
                objectName: "privacyStatement"
                activeFocusOnTab: true
                Accessible.role: Accessible.StaticText
                Accessible.focusable: true
                Accessible.name: text
                FocusMark {}
                text: safety.privacyStatement
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Item { height: Theme.spacing }
    }
}
