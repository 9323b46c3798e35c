import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One thing in the coping toolbox: what it is, the situations it is for
// (chips to change them) and Take out.
Frame {
    id: row
    required property var modelData
    property var situationOptions: []   // [{code, label}]
    signal situationsPicked(var codes)
    signal reachOutPicked(bool on)
    signal removeRequested()

    Layout.fillWidth: true
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            Label { text: row.modelData.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Button {
                objectName: "removeTool"
                text: qsTr("Take out")
                flat: true
                // Beside the words' first line: centred, it was drawn over the chips at
                // 1280x800 and 200 % text once the check box below wrapped (the row
                // came out taller than its words; the page audit's overlap check).
                Layout.alignment: Qt.AlignTop
                Accessible.name: qsTr("Take out: %1").arg(row.modelData.text)
                onClicked: row.removeRequested()
            }
        }
        ChipPicker {
            id: chips
            objectName: "toolSituations"
            accessibleLabel: qsTr("When it helps: %1").arg(row.modelData.text)
            model: row.situationOptions.map(s => s.label)
            onToggled: (word, on) => {
                const code = row.situationOptions.find(s => s.label === word).code
                const now = row.modelData.situations || []
                row.situationsPicked(on ? now.concat([code]) : now.filter(c => c !== code))
            }
        }
        // The chips show what is saved, also after a toggle the toolbox refused.
        Binding {
            target: chips
            property: "selected"
            value: row.situationOptions.filter(s => (row.modelData.situations || []).indexOf(s.code) >= 0).map(s => s.label)
        }
        // Its words wrap inside the row (at 800x600 and 200 % text they held the
        // row, and its Take out, 88 px past the window).
        CheckBox {
            id: reachOut
            objectName: "toolReachOut"
            checked: row.modelData.reachOut === true
            text: qsTr("It means contacting someone")
            Accessible.name: qsTr("%1: it means contacting someone").arg(row.modelData.text)
            Layout.fillWidth: true
            contentItem: ControlLabel { control: reachOut }
            onToggled: row.reachOutPicked(checked)
        }
    }
}
