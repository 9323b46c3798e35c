import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One question and its answer options, as published. Each option is a radio
// button: Tab reaches it, Space or Enter chooses it, the focus is framed.
Pane {
    id: block
    // {number, code, text, options: [{text, value}]}
    property var item: ({})
    // The chosen value, or -1.
    property int value: -1
    // Shown as "missing" after a save was refused with this item unanswered.
    property bool missing: false
    // The label above the question ("Question 3 of 9"); "" for none.
    property string label
    signal chosen(int value)

    objectName: "item" + (item.number || 0)
    Layout.fillWidth: true
    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: block.missing ? Theme.danger : Theme.border
        border.width: block.missing ? 2 : 1
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: item.text || ""

    function sync() {
        for (let i = 0; i < options.count; ++i) {
            const r = options.itemAt(i)
            if (r)
                r.checked = r.optionValue === block.value
        }
    }
    onValueChanged: sync()

    ButtonGroup { id: group }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallSpacing
        Label {
            visible: block.label.length > 0
            text: block.label
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: (block.item.number > 0 && block.item.number < 10 ? block.item.number + ". " : "") + (block.item.text || "")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "missingNote"
            visible: block.missing
            text: qsTr("This question is not answered yet.")
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Repeater {
                id: options
                model: block.item.options || []
                delegate: RadioButton {
                    id: radio
                    required property var modelData
                    required property int index
                    readonly property int optionValue: modelData.value
                    objectName: "item" + block.item.number + "option" + modelData.value
                    text: modelData.text
                    // An answer longer than the card is wide (a small window, large
                    // text) wraps inside it instead of running past its edge.
                    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
                    contentItem: ControlLabel { control: radio }
                    ButtonGroup.group: group
                    focusPolicy: Qt.StrongFocus
                    checked: block.value === modelData.value
                    Accessible.name: qsTr("%1: %2").arg(block.item.text || "").arg(modelData.text)
                    onClicked: block.chosen(modelData.value)
                    Keys.onReturnPressed: { checked = true; block.chosen(modelData.value) }
                    Keys.onEnterPressed: { checked = true; block.chosen(modelData.value) }
                    Component.onCompleted: checked = block.value === modelData.value
                    background: Rectangle {
                        radius: Theme.radius / 2
                        color: radio.checked ? Theme.surfaceAlt : "transparent"
                        border.color: radio.activeFocus ? Theme.focus : Theme.border
                        border.width: radio.activeFocus ? 2 : 1
                    }
                }
            }
        }
    }
}
