import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One client: each module's own report section over what they shared, then
// every shared entry, newest first. Back (or Escape) returns to the caseload
// and forgets what was shown.
ScrollView {
    id: page
    contentWidth: availableWidth
    Keys.onEscapePressed: clinician.closeClient()
    ColumnLayout {
        KeepFocusVisible { view: page }
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        Button {
            text: qsTr("Back to the caseload")
            flat: true
            focus: true
            Accessible.name: text
            onClicked: clinician.closeClient()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusMark {}
        }
        PageHeader {
            title: clinician.clientLabel
            subtitle: qsTr("Shared entries: %1. Only what the client chose to share; what they withdrew is not shown.").arg(clinician.records.length)
        }
        InlineMessage { text: clinician.message; error: clinician.messageIsError; Layout.fillWidth: true }
        Repeater {
            model: clinician.sections
            delegate: ReportSectionView {
                required property var modelData
                section: modelData
                Layout.fillWidth: true
            }
        }
        FormSection {
            title: qsTr("Shared entries")
            visible: clinician.records.length > 0
            Repeater {
                model: clinician.records
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("%1 · %2").arg(modelData.date).arg(modelData.kind)
                        color: Theme.subtleText
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: modelData.mood !== undefined ? qsTr("%1 (mood %2 of 10)").arg(modelData.title).arg(modelData.mood) : modelData.title
                        color: Theme.text
                        font.bold: true
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: modelData.summary !== ""
                        text: modelData.summary
                        color: Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        Item { height: Theme.spacing }
    }
}
