import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A page for the people close to the client, in the client's words: what
// helps, what does not, signs they are struggling, how to support them, and
// what to do if they are worried about the client's safety (with the safety
// plan's contacts when the client adds them). Saved, then printed or kept
// as a PDF to hand over.
ModulePage {
    id: page
    title: qsTr("People close to me")
    subtitle: qsTr("Help family and friends understand what helps you. The page holds what you write here and, if you add them, the contacts from your safety plan.")

    readonly property var saved: page.backend ? page.backend.supporters : ({})
    property string pdfPath: ""
    // The contacts as they will be on the page, as soon as the box is ticked.
    property var contacts: []
    function loadContacts() { page.contacts = includeContacts.checked && page.backend ? page.backend.safetyPlanContacts() : [] }

    function load() {
        helps.text = page.saved.helps || ""
        notHelp.text = page.saved.notHelp || ""
        signs.text = page.saved.signs || ""
        support.text = page.saved.support || ""
        worried.text = page.saved.worried || ""
        includeContacts.checked = page.saved.includeContacts === true
        loadContacts()
    }
    function form() {
        return { helps: helps.text, notHelp: notHelp.text, signs: signs.text, support: support.text,
                 worried: worried.text, includeContacts: includeContacts.checked }
    }
    Component.onCompleted: {
        load()
        path.text = page.backend ? page.backend.suggestedPdfPath() : ""
    }

    FormSection {
        title: qsTr("In my words")
        Label { text: qsTr("What helps me"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: helps; objectName: "helps"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("What helps me") }
        Label { text: qsTr("What does not help"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: notHelp; objectName: "notHelp"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("What does not help") }
        Label { text: qsTr("Signs that I am struggling"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: signs; objectName: "signs"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("Signs that I am struggling") }
        Label { text: qsTr("How you can support me"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: support; objectName: "support"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("How you can support me") }
    }

    FormSection {
        title: qsTr("If you are worried about my safety")
        Label { text: qsTr("What to do"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextBox { id: worried; objectName: "worried"; Layout.fillWidth: true; Layout.minimumHeight: 70 * Theme.textScale; accessibleName: qsTr("If you are worried about my safety, what to do") }
        CheckBox {
            id: includeContacts
            objectName: "includeContacts"
            Layout.fillWidth: true
            text: qsTr("Add the people and services from my safety plan")
            contentItem: ControlLabel { control: includeContacts }
            Accessible.name: text
            onToggled: page.loadContacts()
        }
        Label {
            objectName: "contactsNote"
            visible: includeContacts.checked && page.contacts.length === 0
            text: page.backend ? page.backend.noContactsNote : ""
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.contacts
            delegate: Label { required property string modelData; text: "• " + modelData; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
    }

    belowError: [
        Button {
            objectName: "saveSupporters"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: qsTr("Save the page for the people close to me")
            onClicked: page.backend.saveSupporters(page.form())
        },
        FormSection {
            title: qsTr("Print or share")
            description: qsTr("Saving the PDF also saves this page. Only your account can open the file; a printed or shared copy can be read by whoever has it.")
            Layout.fillWidth: true
            Label { text: qsTr("Save the PDF as"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField { id: path; objectName: "pdfPath"; Layout.fillWidth: true; Accessible.name: qsTr("Save the PDF as") }
            RowLayout {
                Button {
                    objectName: "savePdf"
                    text: qsTr("Save as PDF")
                    Accessible.name: text
                    // Saved first: the PDF holds what the page shows.
                    onClicked: page.pdfPath = page.backend.saveSupporters(page.form()) ? page.backend.exportSupportersPdf(path.text) : ""
                }
                Button {
                    objectName: "openPdf"
                    visible: page.pdfPath.length > 0
                    text: qsTr("Open the PDF to print it")
                    Accessible.name: text
                    onClicked: Qt.openUrlExternally(page.backend.fileUrl(page.pdfPath))
                }
            }
            InlineMessage {
                objectName: "pdfSaved"
                error: false
                text: page.pdfPath.length > 0 ? qsTr("Saved: %1").arg(page.pdfPath) : ""
            }
        }
    ]
}
