import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Free writing, with a gentle optional prompt. What you type is kept as a
// draft in the journal while you write (and when you leave the page), so
// nothing is lost if you are interrupted. The draft's timeline card opens
// this page to go on writing it.
ModulePage {
    id: page
    readonly property bool editing: entryId.length > 0 && !(backend && backend.isDraft(entryId))
    title: page.editing ? qsTr("Journal entry") : qsTr("Write")
    subtitle: qsTr("This is your space. Write as much or as little as you like.")

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
            Layout.preferredHeight: Math.max(260 * Theme.textScale, implicitHeight) // grows with its text and the text size
            placeholderText: qsTr("Start anywhere.")
            accessibleName: qsTr("Your words: the journal text") // what a reader hears holds the heading they see
            onTextChanged: {
                if (page.editing)
                    return
                draftTimer.restart()
                if (text.length > 0)
                    savedMessage.text = "" // the next entry begun: the last one's "Saved" goes
            }
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
        interval: 1500 // a pause in the typing; every draft kept is a revision in the journal
        onTriggered: if (page.backend) page.backend.saveDraft(body.text, prompt.text)
    }
    // Left (another page, Need help now?, the lock) before the pause: kept now.
    Component.onDestruction: if (draftTimer.running && page.backend) page.backend.saveDraft(body.text, prompt.text)

    belowError: [
        InlineMessage { id: savedMessage; error: false; Layout.fillWidth: true },
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("Entry deleted.")
            actionSpacing: Theme.spacing
            Button {
                objectName: "save"
                // Deleted from this page: the form stays for Undo, but cannot be saved again.
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save entry")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    savedMessage.text = "" // never "Saved" beside why this save was refused
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
        },
        // Starting again: the draft goes to the Bin (a try found no way to let it go
        // but deleting every word).
        ConfirmAction {
            objectName: "discardDraft"
            Layout.fillWidth: true
            visible: !page.editing && (body.text.length > 0 || prompt.text.length > 0)
            text: qsTr("Discard the draft")
            question: qsTr("Discard what you wrote? It goes to the Bin, where you can bring it back.")
            confirmText: qsTr("Discard")
            onConfirmed: {
                draftTimer.stop()
                body.text = ""
                prompt.text = ""
                page.backend.saveDraft("", "")
                savedMessage.text = qsTr("The draft is in the Bin.")
            }
        }
    ]
}
