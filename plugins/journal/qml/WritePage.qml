import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Free writing, with a gentle optional prompt. What you type is kept as a
// draft while you write, so nothing is lost if you are interrupted.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    readonly property bool editing: entryId.length > 0
    // Deleted from this page: the form stays for Undo, but cannot be saved or deleted again.
    property bool deleted: false
    signal done()

    contentWidth: availableWidth

    Component.onCompleted: {
        if (editing) {
            const e = backend.load(entryId)
            body.text = e.text === undefined ? "" : e.text
            prompt.text = e.prompt === undefined ? "" : e.prompt
        } else if (backend) {
            body.text = backend.draftText
            prompt.text = backend.draftPrompt
        }
    }

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: page.editing ? qsTr("Journal entry") : qsTr("Write")
            subtitle: qsTr("This is your space. Write as much or as little as you like.")
        }

        FormSection {
            title: qsTr("A prompt, if it helps")
            visible: !page.editing || prompt.text.length > 0
            ChipPicker {
                visible: !page.editing
                multiple: false
                model: page.backend ? page.backend.prompts : []
                selected: prompt.text.length > 0 ? [prompt.text] : []
                accessibleLabel: qsTr("Prompt")
                onToggled: (word, on) => { prompt.text = on ? word : ""; draftTimer.restart() }
            }
            Label {
                id: prompt
                visible: text.length > 0
                color: Theme.accent
                font.italic: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        FormSection {
            title: qsTr("Your words")
            TextBox {
                id: body
                objectName: "text"
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                placeholderText: qsTr("Start anywhere.")
                accessibleName: qsTr("Journal text")
                onTextChanged: if (!page.editing) draftTimer.restart()
            }
            Label {
                visible: !page.editing && body.text.length > 0
                text: qsTr("Kept as a draft while you write.")
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
            }
        }
        Timer {
            id: draftTimer
            interval: 800
            onTriggered: if (page.backend) page.backend.saveDraft(body.text, prompt.text)
        }

        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
        InlineMessage { id: savedMessage; error: false; Layout.fillWidth: true }

        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "save"
                enabled: !page.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save entry")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    if (page.editing) {
                        if (page.backend.updateEntry(page.entryId, body.text, prompt.text))
                            page.done()
                    } else if (page.backend.saveEntry(body.text, prompt.text).length > 0) {
                        draftTimer.stop()
                        body.text = ""
                        prompt.text = ""
                        savedMessage.text = qsTr("Saved to your journal.")
                    }
                }
            }
            ConfirmAction {
                objectName: "delete"
                visible: page.editing && !page.deleted
                onConfirmed: if (page.backend.remove(page.entryId)) { page.deleted = true; undo.show(qsTr("Entry deleted.")) }
            }
        }
        UndoBar {
            id: undo
            objectName: "undo"
            onUndo: if (page.backend.restore(page.entryId)) page.deleted = false
        }
        Item { height: Theme.spacing }
    }
}
