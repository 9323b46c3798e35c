import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Words to pick as chips (feelings, tags, distortions). `selected` holds
// the picked words; `multiple: false` keeps at most one. Keyboard: the chips
// are one Tab stop (the chip last focused, at first the first), Left and Right
// move to the one before and after, Up and Down to the line above and below,
// Home and End go to the first and last, Space or Enter picks: 22 feelings
// were 22 Tab stops on the way to a check-in's note.
Flow {
    id: picker
    property var model: []
    property var selected: []
    property bool multiple: true
    property string accessibleLabel: qsTr("Choices")
    signal toggled(string word, bool on)

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    // The chip Tab stops at: the one last focused; the first again once nothing is picked
    // and no chip has the focus (a form cleared after its save). A keyboard-only try
    // tabbed back in at the last check-in's word and picked the wrong ones with the arrows.
    property int tabIndex: 0
    onSelectedChanged: {
        if (selected.length > 0)
            return
        for (let i = 0; i < chips.count; ++i) {
            if (chips.itemAt(i) && chips.itemAt(i).activeFocus)
                return
        }
        tabIndex = 0
    }
    // Up and Down: the chip on the row above or below nearest across (the chips
    // wrap onto lines; Down went to the next chip on the same line). On the
    // first or last line, Up or Down stays.
    function focusRow(i, step) {
        const from = chips.itemAt(i)
        if (!from)
            return
        const centre = from.x + from.width / 2
        let rowY = -1
        for (let j = 0; j < chips.count; ++j) {
            const c = chips.itemAt(j)
            if (c && (step > 0 ? c.y > from.y : c.y < from.y)
                    && (rowY < 0 || (step > 0 ? c.y < rowY : c.y > rowY)))
                rowY = c.y
        }
        if (rowY < 0)
            return
        let best = -1
        let bestDistance = 0
        for (let j = 0; j < chips.count; ++j) {
            const c = chips.itemAt(j)
            if (!c || c.y !== rowY)
                continue
            const distance = Math.abs(c.x + c.width / 2 - centre)
            if (best < 0 || distance < bestDistance) {
                best = j
                bestDistance = distance
            }
        }
        focusChip(best)
    }
    function focusChip(i) {
        const chip = chips.itemAt(Math.max(0, Math.min(i, chips.count - 1)))
        if (chip)
            chip.forceActiveFocus(Qt.TabFocusReason)
    }

    function toggle(word) {
        const on = picker.selected.indexOf(word) < 0
        let next = picker.multiple ? picker.selected.filter(w => w !== word) : []
        if (on)
            next.push(word)
        picker.selected = next
        picker.toggled(word, on)
    }

    Repeater {
        id: chips
        model: picker.model
        delegate: AbstractButton {
            id: chip
            required property string modelData
            required property int index
            readonly property bool on: picker.selected.indexOf(modelData) >= 0
            text: modelData
            // A chip longer than the line (a sentence, large text) is as wide as the line
            // and wraps its words, rather than run out of the page.
            width: Math.min(implicitWidth, picker.width)
            checkable: true
            checked: on
            focusPolicy: index === Math.min(picker.tabIndex, chips.count - 1) ? Qt.StrongFocus : Qt.ClickFocus
            onActiveFocusChanged: if (activeFocus) picker.tabIndex = index
            Keys.onLeftPressed: picker.focusChip(index - 1)
            Keys.onUpPressed: picker.focusRow(index, -1)
            Keys.onRightPressed: picker.focusChip(index + 1)
            Keys.onDownPressed: picker.focusRow(index, 1)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                    picker.focusChip(event.key === Qt.Key_Home ? 0 : chips.count - 1)
                    event.accepted = true
                }
            }
            leftPadding: 14
            rightPadding: 14
            topPadding: 6
            bottomPadding: 6
            Accessible.role: Accessible.CheckBox
            Accessible.name: qsTr("%1: %2").arg(picker.accessibleLabel).arg(modelData)
            Accessible.checked: on
            Accessible.description: qsTr("%1 of %2; the arrow keys move between them").arg(index + 1).arg(chips.count)
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
                    anchors.margins: -4
                    radius: parent.radius + 3
                    color: "transparent"
                    border.color: Theme.focus
                    border.width: 3
                }
            }
        }
    }
}
