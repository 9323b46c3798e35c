import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Share with my clinician (issue 23): the period, which modules and kinds,
// private entries or not, the format; a preview; then the file. Nothing is
// included that is not ticked here. The work is share's
// (core/app/sharecontroller.h).
ScrollView {
    id: page
    readonly property bool ready: true
    contentWidth: availableWidth
    Component.onCompleted: share.active = true
    Component.onDestruction: share.active = false

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Share with my clinician")
            subtitle: qsTr("Choose what to share, look at it, then save the file. Only what you tick is included.")
            Layout.fillWidth: true
        }

        EmptyState {
            visible: !share.available
            title: qsTr("The journal is not open")
            message: qsTr("When your journal opens again, you can share from it here.")
            Layout.fillWidth: true
        }

        FormSection {
            visible: share.available
            title: qsTr("Period")
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Button { text: qsTr("Last 30 days"); Accessible.name: text; onClicked: share.usePeriod(30) }
                Button { text: qsTr("Last 90 days"); Accessible.name: text; onClicked: share.usePeriod(90) }
                Button { text: qsTr("Last year"); Accessible.name: text; onClicked: share.usePeriod(365) }
            }
            GridLayout {
                columns: page.availableWidth < 700 ? 1 : 2
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("First day"); color: Theme.text }
                    TextField {
                        objectName: "shareFrom"
                        text: share.fromDate
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("First day")
                        Accessible.description: qsTr("Year-month-day")
                        Layout.fillWidth: true
                        onEditingFinished: share.fromDate = text
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Last day"); color: Theme.text }
                    TextField {
                        objectName: "shareTo"
                        text: share.toDate
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("Last day")
                        Accessible.description: qsTr("Year-month-day")
                        Layout.fillWidth: true
                        onEditingFinished: share.toDate = text
                    }
                }
            }
            InlineMessage { text: share.periodProblem; Layout.fillWidth: true }
        }

        FormSection {
            visible: share.available
            title: qsTr("What to include")
            description: qsTr("Untick anything you would rather keep to yourself.")
            Repeater {
                model: share.modules
                delegate: ShareModuleRow {
                    required property var modelData
                    module: modelData
                    Layout.fillWidth: true
                    onModuleToggled: chosen => share.setModuleChosen(modelData.id, chosen)
                    onKindToggled: (kind, chosen) => share.setKindChosen(kind, chosen)
                }
            }
            Switch {
                objectName: "shareIncludePrivate"
                text: qsTr("Include entries I marked private")
                checked: share.includePrivate
                Accessible.name: text
                Accessible.description: qsTr("Only for this share. Private entries are left out unless you turn this on.")
                onToggled: share.includePrivate = checked
            }
        }

        FormSection {
            visible: share.available
            title: qsTr("Format")
            ButtonGroup { id: formats }
            RadioButton {
                objectName: "shareFormatPdf"
                text: qsTr("A PDF report to print or send")
                checked: share.format === "pdf"
                ButtonGroup.group: formats
                Accessible.name: text
                onClicked: share.format = "pdf"
            }
            RowLayout {
                visible: share.format === "pdf"
                Layout.leftMargin: Theme.spacing * 2
                spacing: Theme.spacing
                Label { text: qsTr("Paper"); color: Theme.text }
                ComboBox {
                    objectName: "sharePaper"
                    model: [qsTr("A4"), qsTr("US Letter")]
                    currentIndex: share.paper === "letter" ? 1 : 0
                    Accessible.name: qsTr("Paper")
                    onActivated: index => share.paper = index === 1 ? "letter" : "a4"
                }
            }
            RadioButton {
                objectName: "shareFormatFhir"
                text: qsTr("FHIR, for a clinic's records system")
                checked: share.format === "fhir"
                ButtonGroup.group: formats
                Accessible.name: text
                onClicked: share.format = "fhir"
            }
            ColumnLayout {
                visible: share.format === "fhir"
                Layout.leftMargin: Theme.spacing * 2
                Layout.fillWidth: true
                Label { text: qsTr("Code your clinic knows you by (optional)"); color: Theme.text }
                TextField {
                    objectName: "sharePseudonym"
                    text: share.pseudonym
                    Accessible.name: qsTr("Code your clinic knows you by (optional)")
                    Accessible.description: qsTr("Not your name. Leave it empty to share without one.")
                    Layout.fillWidth: true
                    onEditingFinished: share.pseudonym = text
                }
            }
            RadioButton {
                objectName: "shareFormatCsv"
                text: qsTr("CSV files for a spreadsheet (one per kind)")
                checked: share.format === "csv"
                ButtonGroup.group: formats
                Accessible.name: text
                onClicked: share.format = "csv"
            }
        }

        FormSection {
            visible: share.available
            title: qsTr("Look, then save")
            Label {
                objectName: "shareSummary"
                text: share.summary
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: text
            }
            ColumnLayout {
                Layout.fillWidth: true
                Label { text: share.format === "csv" ? qsTr("Save in the folder") : qsTr("Save as"); color: Theme.text }
                TextField {
                    objectName: "shareDestination"
                    text: share.destination
                    Accessible.name: share.format === "csv" ? qsTr("Save in the folder") : qsTr("Save as")
                    Layout.fillWidth: true
                    onEditingFinished: share.destination = text
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Button {
                    objectName: "sharePreviewButton"
                    visible: share.format === "pdf"
                    text: qsTr("Preview")
                    Accessible.name: text
                    onClicked: result.text = share.preview()
                }
                Button {
                    objectName: "shareSaveButton"
                    text: qsTr("Save")
                    highlighted: true
                    Accessible.name: share.format === "pdf" ? qsTr("Save the report") : qsTr("Save the file")
                    onClicked: result.text = share.save()
                }
            }
            InlineMessage { id: result; objectName: "shareResult"; error: false; Layout.fillWidth: true }
            SharePreview {
                visible: share.format === "pdf"
                pages: share.previewPages
                revision: share.previewRevision
                current: share.previewCurrent
                Layout.fillWidth: true
            }
        }
        Item { height: Theme.spacing }
    }
}
