import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Share with my clinician (issue 23): the period, which modules and kinds,
// private entries or not, the format; a preview; then the file. Nothing is
// included that is not ticked here. The work is share's
// (core/app/sharecontroller.h).
//
// Keyboard: Tab goes period buttons, first day, last day, each module and
// its kinds, the private switch, the formats, the paper (or the clinic's
// code), where to save, Preview, Save. Space and Enter act on every button,
// box and switch; every control shows a focus mark (FocusMark) and the page
// scrolls to keep it in view (KeepFocusVisible).
ScrollView {
    id: page
    readonly property bool ready: true
    /// Kinds per row: three on a wide window, two on a middling one, one on a narrow one.
    readonly property int kindColumns: content.width >= 880 ? 3 : (content.width >= 560 ? 2 : 1)
    contentWidth: availableWidth
    Component.onCompleted: share.active = true
    Component.onDestruction: share.active = false

    function moduleState(id) {
        const modules = share.modules
        for (let i = 0; i < modules.length; ++i) {
            if (modules[i].id === id)
                return modules[i]
        }
        return ({})
    }

    ColumnLayout {
        id: content
        // Inside the column: a ScrollView sizes its content from its one child.
        KeepFocusVisible { view: page }
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
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Repeater {
                    model: [{ days: 30, text: qsTr("Last 30 days") },
                            { days: 90, text: qsTr("Last 90 days") },
                            { days: 365, text: qsTr("Last year") }]
                    delegate: Button {
                        required property var modelData
                        objectName: "sharePeriod" + modelData.days
                        text: modelData.text
                        Accessible.name: text
                        onClicked: share.usePeriod(modelData.days)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        FocusMark {}
                    }
                }
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
                        placeholderText: qsTr("Year-month-day")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("First day")
                        Accessible.description: qsTr("Year-month-day")
                        Layout.fillWidth: true
                        onEditingFinished: share.fromDate = text
                        FocusMark {}
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Last day"); color: Theme.text }
                    TextField {
                        objectName: "shareTo"
                        text: share.toDate
                        placeholderText: qsTr("Year-month-day")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("Last day")
                        Accessible.description: qsTr("Year-month-day")
                        Layout.fillWidth: true
                        onEditingFinished: share.toDate = text
                        FocusMark {}
                    }
                }
            }
            InlineMessage { objectName: "sharePeriodProblem"; text: share.periodProblem; Layout.fillWidth: true }
        }

        FormSection {
            visible: share.available
            title: qsTr("What to include")
            description: qsTr("Untick anything you would rather keep to yourself.")
            Repeater {
                // The layout stays put while ticks and counts change (see ShareModuleRow).
                model: share.moduleLayout
                delegate: ShareModuleRow {
                    required property var modelData
                    layout: modelData
                    module: page.moduleState(modelData.id)
                    columns: page.kindColumns
                    Layout.fillWidth: true
                    onModuleToggled: chosen => share.setModuleChosen(modelData.id, chosen)
                    onKindToggled: (kind, chosen) => share.setKindChosen(kind, chosen)
                }
            }
            Switch {
                id: includePrivateSwitch
                objectName: "shareIncludePrivate"
                Layout.fillWidth: true
                contentItem: ControlLabel { control: includePrivateSwitch } // wraps at any width and text size
                text: qsTr("Include entries I marked private")
                checked: share.includePrivate
                Accessible.name: text
                Accessible.description: qsTr("Only for this share. Private entries are left out unless you turn this on.")
                onToggled: share.includePrivate = checked
                Keys.onReturnPressed: share.includePrivate = !share.includePrivate
                Keys.onEnterPressed: share.includePrivate = !share.includePrivate
                FocusMark {}
            }
        }

        FormSection {
            visible: share.available
            title: qsTr("Format")
            ButtonGroup { id: formats }
            Repeater {
                model: [{ key: "pdf", name: "Pdf", text: qsTr("A PDF report to print or send") },
                        { key: "fhir", name: "Fhir", text: qsTr("FHIR, for a clinic's records system") },
                        { key: "csv", name: "Csv", text: qsTr("CSV files for a spreadsheet (one per kind)") }]
                delegate: RadioButton {
                    id: formatButton
                    required property var modelData
                    Layout.fillWidth: true
                    contentItem: ControlLabel { control: formatButton }
                    objectName: "shareFormat" + modelData.name
                    text: modelData.text
                    checked: share.format === modelData.key
                    ButtonGroup.group: formats
                    Accessible.name: text
                    onClicked: share.format = modelData.key
                    Keys.onReturnPressed: share.format = modelData.key
                    Keys.onEnterPressed: share.format = modelData.key
                    FocusMark {}
                }
            }
            Flow {
                id: paperRow
                visible: share.format === "pdf"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label { text: qsTr("Paper for the PDF"); color: Theme.text; height: paperBox.height; verticalAlignment: Text.AlignVCenter }
                ChoiceBox {
                    id: paperBox
                    objectName: "sharePaper"
                    model: [qsTr("A4"), qsTr("US Letter")]
                    currentIndex: share.paper === "letter" ? 1 : 0
                    Accessible.name: qsTr("Paper for the PDF")
                    onActivated: index => share.paper = index === 1 ? "letter" : "a4"
                    FocusMark {}
                }
            }
            ColumnLayout {
                visible: share.format === "fhir"
                Layout.fillWidth: true
                Label { text: qsTr("Code your clinic knows you by (optional)"); color: Theme.text }
                TextField {
                    objectName: "sharePseudonym"
                    text: share.pseudonym
                    Accessible.name: qsTr("Code your clinic knows you by (optional)")
                    Accessible.description: qsTr("Not your name. Leave it empty to share without one.")
                    Layout.fillWidth: true
                    onEditingFinished: share.pseudonym = text
                    FocusMark {}
                }
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
                Accessible.role: Accessible.StaticText
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
                    FocusMark {}
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Button {
                    objectName: "sharePreviewButton"
                    visible: share.format === "pdf"
                    text: share.previewPages > 0 && !share.previewCurrent ? qsTr("Preview again") : qsTr("Preview")
                    Accessible.name: text
                    onClicked: result.text = share.preview()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    FocusMark {}
                }
                Button {
                    objectName: "shareSaveButton"
                    text: qsTr("Save")
                    highlighted: true
                    Accessible.name: share.format === "pdf" ? qsTr("Save the report") : qsTr("Save the file")
                    onClicked: result.text = share.save()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    FocusMark {}
                }
            }
            InlineMessage { id: result; objectName: "shareResult"; error: share.lastFailed; Layout.fillWidth: true }
            SharePreview {
                objectName: "sharePreview"
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
