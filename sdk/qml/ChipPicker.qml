import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Words to pick as chips (feelings, tags, distortions). `selected` holds
// the picked words; `multiple: false` keeps at most one.
Flow {
    id: picker
    property var model: []
    property var selected: []
    property bool multiple: true
    property string accessibleLabel: qsTr("Choices")
    signal toggled(string word, bool on)

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    function toggle(word) {
        const on = picker.selected.indexOf(word) < 0
        let next = picker.multiple ? picker.selected.filter(w => w !== word) : []
        if (on)
            next.push(word)
        picker.selected = next
        picker.toggled(word, on)
    }

    Repeater {
        model: picker.model
        delegate: AbstractButton {
            id: chip
            required property string modelData
            readonly property bool on: picker.selected.indexOf(modelData) >= 0
            text: modelData
            // A chip longer than the line (a sentence, large text) is as wide as the line
            // and wraps its words, rather than run out of the page.
            width: Math.min(implicitWidth, picker.width)
            checkable: true
            checked: on
            focusPolicy: Qt.StrongFocus
            leftPadding: 14
            rightPadding: 14
            topPadding: 6
            bottomPadding: 6
            Accessible.role: Accessible.CheckBox
            Accessible.name: qsTr("%1: %2").arg(picker.accessibleLabel).arg(modelData)
            Accessible.checked: on
            onClicked: picker.toggle(modelData)
            // Enter toggles as Space does (issue 29: "Enter or Space", as the user guide says).
            Keys.onReturnPressed: picker.toggle(modelData)
            Keys.onEnterPressed: picker.toggle(modelData)
            contentItem: Label {
                text: chip.text
                color: chip.on ? Theme.textOnAccent : Theme.text
                font.pixelSize: Theme.fontBody - 1
                wrapMode: Text.WordWrap
            }
            background: Rectangle {
                implicitHeight: 32
                radius: Math.min(height / 2, 16) // a chip of two lines keeps its rounded ends
                color: chip.on ? Theme.accent : (chip.hovered ? Theme.surfaceAlt : Theme.surface)
                border.color: chip.activeFocus ? Theme.focus : (chip.on ? Theme.accent : Theme.border)
                border.width: chip.activeFocus ? 2 : 1
                // The focus ring, outside the chip: on a picked chip the border above is
                // lost in its fill (a keyboard-only walk could not tell where the focus was).
                Rectangle {
                    objectName: "chipFocusRing"
                    visible: chip.activeFocus
                    anchors.fill: parent
                    anchors.margins: -3
                    radius: parent.radius + 3
                    color: "transparent"
                    border.color: Theme.focus
                    border.width: 2
                }
            }
        }
    }
}
