import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Balanced thoughts kept to read again when the old thought comes back.
ModulePage {
    id: page
    title: qsTr("Coping cards")
    subtitle: qsTr("Balanced thoughts you worked out before. Read one when the old thought comes back.")
    // An error shows in the card being edited, beside its Save card.
    showError: false

    EmptyState {
        visible: page.backend && page.backend.copingCards.length === 0 && !page.backend.moreCards
        Layout.fillWidth: true
        title: qsTr("No coping cards yet")
        message: qsTr("After a thought record, keep its balanced thought here.")
    }
    Repeater {
        model: page.backend ? page.backend.copingCards : []
        delegate: FormSection {
            id: card
            required property var modelData
            property bool editing: false
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: modelData.id === page.entryId ? Theme.accent : Theme.border; border.width: modelData.id === page.entryId ? 2 : 1 }
            Label {
                visible: !card.editing
                text: "“" + modelData.text + "”"
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: modelData.situation.length > 0
                text: qsTr("Written after: %1 (%2)").arg(modelData.situation).arg(modelData.when)
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextBox {
                id: editor
                objectName: "cardEditor"
                visible: card.editing
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(80 * Theme.textScale, implicitHeight) // grows with its text and the text size
                accessibleName: qsTr("Coping card text")
            }
            RowLayout {
                visible: card.editing
                Button {
                    objectName: "saveCard"
                    text: qsTr("Save card")
                    highlighted: true
                    Accessible.name: text
                    onClicked: if (page.backend.updateCard(card.modelData.id, editor.text)) card.editing = false
                }
                Button { text: qsTr("Cancel"); flat: true; Accessible.name: text; onClicked: card.editing = false }
            }
            InlineMessage { visible: card.editing && text.length > 0; text: page.error; Layout.fillWidth: true }
            // The card's actions on one row, as on other cards (values, medicines).
            RowLayout {
                objectName: "cardActions"
                visible: !card.editing
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                Button {
                    objectName: "editCard"
                    text: qsTr("Edit")
                    flat: true
                    Accessible.name: qsTr("Edit this card")
                    onClicked: { editor.text = card.modelData.text; card.editing = true; editor.forceActiveFocus() }
                }
                ConfirmAction {
                    objectName: "removeCard"
                    text: qsTr("Remove card")
                    question: qsTr("Remove this card? You can undo it straight after.")
                    confirmText: qsTr("Remove")
                    Layout.fillWidth: asking
                    onConfirmed: removal.remove(card.modelData.id)
                }
            }
        }
    }
    // Cards are read a page at a time (issue 18); older ones on request.
    Button {
        objectName: "olderCards"
        visible: page.backend ? page.backend.moreCards : false
        text: qsTr("Show older cards")
        flat: true
        Accessible.name: text
        onClicked: page.backend.showOlderCards()
    }
    // Undo for a card removed above (the card goes with it).
    DeleteWithUndo { id: removal; backend: page.backend; message: qsTr("Card removed.") }
}
