import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The one problem area therapy works on, chosen with your clinician.
ModulePage {
    id: page
    title: qsTr("My focus")
    subtitle: page.focusNow.exists ? qsTr("Working on: %1, since %2.").arg(page.focusNow.areaTitle).arg(page.focusNow.since)
                                   : qsTr("Interpersonal therapy works on one area at a time. Choose it with your clinician.")
    readonly property var focusNow: backend ? backend.focus : ({})
    property string chosen: ""

    Component.onCompleted: { chosen = focusNow.area || ""; note.text = focusNow.note || "" }
    Connections {
        target: page.backend
        function onDataChanged() { if (page.chosen === "") { page.chosen = page.focusNow.area || ""; note.text = page.focusNow.note || "" } }
    }

    ButtonGroup { id: areas }
    Repeater {
        model: page.backend ? page.backend.areas : []
        delegate: FormSection {
            required property var modelData
            title: modelData.title
            RadioButton {
                objectName: "area-" + modelData.code
                text: qsTr("This is my focus")
                checked: page.chosen === modelData.code
                ButtonGroup.group: areas
                Accessible.name: qsTr("Choose %1 as my focus").arg(modelData.title)
                onToggled: if (checked) page.chosen = modelData.code
            }
            Label { text: modelData.explanation; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("Working on it: %1").arg(modelData.work); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
    }
    FormSection {
        title: qsTr("Why this one")
        TextBox { id: note; objectName: "note"; Layout.fillWidth: true; Layout.minimumHeight: 72 * Theme.textScale; placeholderText: qsTr("What led to it, and anything agreed with your clinician (optional)"); accessibleName: qsTr("Why this one") }
    }
    belowError: [
        InlineMessage { id: saved; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            backend: page.backend
            entryId: page.focusNow.exists === true ? page.focusNow.id : ""
            text: qsTr("Clear my focus")
            question: qsTr("Clear the focus? You can undo it straight after.")
            confirmText: qsTr("Clear")
            message: qsTr("Focus cleared.")
            actionSpacing: Theme.spacing
            onRemoved: { page.chosen = ""; note.text = "" }
            Button {
                objectName: "saveFocus"
                text: qsTr("Save my focus")
                highlighted: true
                enabled: page.chosen.length > 0
                Accessible.name: text
                onClicked: if (page.backend.setFocus(page.chosen, note.text).length > 0) saved.text = qsTr("Saved. Earlier choices are kept.")
            }
        },

        // A simple life-events timeline beside when the low mood began.
        FormSection {
            title: qsTr("When the low mood began, and what happened around then")
            Label {
                text: qsTr("A rough date is fine. Life events before and after it can show what the focus is about.")
                color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
            GridLayout {
                id: lifeEvents
                // One column in a narrow window: the fields keep their room and nothing runs off the card.
                columns: lifeEvents.width >= 640 * Theme.textScale ? 3 : 1 // the room grows with the text
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                Label { text: qsTr("The low mood began"); color: Theme.text }
                TextField {
                    id: onsetDate; objectName: "onsetDate"
                    text: page.backend && page.backend.onset.exists ? page.backend.onset.date : ""
                    placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
                    Layout.preferredWidth: 150 * Theme.textScale // the whole date at any text size
                    Accessible.name: qsTr("When the low mood began, as year-month-day")
                }
                Button {
                    objectName: "saveOnset"; text: qsTr("Save the date"); highlighted: true; Accessible.name: qsTr("Save when the low mood began")
                    onClicked: page.backend.setOnset(onsetDate.text, "")
                }
                Label { text: qsTr("A life event"); color: Theme.text }
                ColumnLayout {
                    Layout.fillWidth: true
                    RowLayout {
                        Label { text: qsTr("On"); color: Theme.text }
                        TextField {
                            id: eventDate; objectName: "eventDate"; placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
                            Layout.preferredWidth: 150 * Theme.textScale; Accessible.name: qsTr("A life event: the date, as year-month-day")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: qsTr("What happened"); color: Theme.text }
                        TextField {
                            id: eventNote; objectName: "eventNote"; placeholderText: qsTr("in a few words")
                            Layout.fillWidth: true; Accessible.name: qsTr("What happened")
                        }
                    }
                }
                Button {
                    objectName: "addLifeEvent"; text: qsTr("Add to the timeline"); highlighted: true; Accessible.name: text
                    onClicked: if (page.backend.saveLifeEvent("", eventDate.text, eventNote.text).length > 0) { eventDate.text = ""; eventNote.text = "" }
                }
            }
            Repeater {
                model: page.backend ? page.backend.lifeEvents : []
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    objectName: "lifeEvent" + index
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.dateLabel + ": " + modelData.note + (modelData.relation ? " (" + modelData.relation + ")" : "")
                    Label { text: modelData.dateLabel; color: Theme.subtleText; Layout.preferredWidth: 110 * Theme.textScale; wrapMode: Text.WordWrap }
                    Label {
                        text: modelData.note; font.bold: modelData.onset; color: Theme.text
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    Label { text: modelData.relation; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; Layout.maximumWidth: 260; wrapMode: Text.WordWrap }
                }
            }
            ShowOlderButton { backend: page.backend; list: "lifeEvents"; text: qsTr("Show more life events") }
        }
    ]
}
