import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Balanced thoughts kept to read again when the old thought comes back.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    property string lastRemoved

    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(page.availableWidth - Theme.spacing * 4, 860)
        x: Theme.spacing * 2
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Coping cards")
            subtitle: qsTr("Balanced thoughts you worked out before. Read one when the old thought comes back.")
        }
        EmptyState {
            visible: page.backend && page.backend.copingCards.length === 0
            Layout.fillWidth: true
            title: qsTr("No coping cards yet")
            message: qsTr("After a thought record, keep its balanced thought here.")
        }
        Repeater {
            model: page.backend ? page.backend.copingCards : []
            delegate: FormSection {
                required property var modelData
                background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: modelData.id === page.entryId ? Theme.accent : Theme.border; border.width: modelData.id === page.entryId ? 2 : 1 }
                Label {
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
                ConfirmAction {
                    text: qsTr("Remove card")
                    question: qsTr("Remove this card? You can undo it straight after.")
                    confirmText: qsTr("Remove")
                    onConfirmed: if (page.backend.remove(modelData.id)) { page.lastRemoved = modelData.id; undo.show(qsTr("Card removed.")) }
                }
            }
        }
        UndoBar { id: undo; onUndo: page.backend.restore(page.lastRemoved) }
    }
}
