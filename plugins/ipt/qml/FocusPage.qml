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
            // Each label above its field: in a grid of three columns (one in a narrow window),
            // the life event's note field kept a stale width past the card at 800x600 and 200 %
            // text (Qt 6.4 moves items between cells without laying them out again).
            Label { id: onsetLabel; text: qsTr("The low mood began"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField {
                id: onsetDate; objectName: "onsetDate"
                text: page.backend && page.backend.onset.exists ? page.backend.onset.date : ""
                placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
                Layout.fillWidth: true
                Layout.preferredWidth: 150 * Theme.textScale // the whole date at any text size
                Layout.maximumWidth: 150 * Theme.textScale
                Accessible.name: onsetLabel.text
                Accessible.description: qsTr("A date as year-month-day")
            }
            Button {
                objectName: "saveOnset"; text: qsTr("Save the date"); highlighted: true; Accessible.name: qsTr("Save when the low mood began")
                onClicked: page.backend.setOnset(onsetDate.text, "")
            }
            Label { text: qsTr("A life event"); color: Theme.text; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("On"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField {
                id: eventDate; objectName: "eventDate"; placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
                Layout.fillWidth: true
                Layout.preferredWidth: 150 * Theme.textScale
                Layout.maximumWidth: 150 * Theme.textScale
                Accessible.name: qsTr("A life event: the date, as year-month-day")
            }
            Label { text: qsTr("What happened"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField {
                id: eventNote; objectName: "eventNote"; placeholderText: qsTr("in a few words")
                Layout.fillWidth: true; Accessible.name: qsTr("What happened")
            }
            Button {
                id: addLifeEvent
                objectName: "addLifeEvent"; text: qsTr("Add to the timeline"); highlighted: true; Accessible.name: text
                // Wraps in a narrow card (Spanish at 800x600 and 200 %: 22 px past the window).
                contentItem: ButtonLabel { control: addLifeEvent }
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: if (page.backend.saveLifeEvent("", eventDate.text, eventNote.text).length > 0) { eventDate.text = ""; eventNote.text = "" }
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
                    Label {
                        text: modelData.dateLabel; color: Theme.subtleText; wrapMode: Text.WordWrap
                        Layout.fillWidth: true; Layout.preferredWidth: 110 * Theme.textScale; Layout.maximumWidth: 110 * Theme.textScale
                    }
                    // The note and how it stands to the low mood's start, under each other: beside
                    // the date in three columns they ran past an 800x600 window at 200 % text.
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: modelData.note; font.bold: modelData.onset; color: Theme.text
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: modelData.relation; color: Theme.subtleText; font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                    }
                }
            }
            ShowOlderButton { backend: page.backend; list: "lifeEvents"; text: qsTr("Show more life events") }
        }
    ]
}
