import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Who it was: someone from your inventory, or any name typed in.
ColumnLayout {
    id: picker
    property var people: []
    property string name
    property string personKey
    property string label: qsTr("Who was it?")
    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    function set(n, key) { picker.name = n || ""; picker.personKey = key || ""; field.text = picker.name }

    Label { text: picker.label; color: Theme.subtleText }
    ChipPicker {
        visible: picker.people.length > 0
        multiple: false
        accessibleLabel: picker.label
        model: picker.people.map(p => p.name)
        selected: picker.personKey.length > 0 ? picker.people.filter(p => p.key === picker.personKey).map(p => p.name) : []
        onToggled: (n, on) => {
            const p = picker.people.find(x => x.name === n)
            picker.set(on ? n : "", on && p ? p.key : "")
        }
    }
    // The field's own label when the chips come between it and the question.
    Label { visible: picker.people.length > 0; text: qsTr("Or someone else"); color: Theme.subtleText }
    TextField {
        id: field
        objectName: "person"
        Layout.fillWidth: true
        placeholderText: qsTr("Name")
        Accessible.name: picker.label
        onTextEdited: {
            picker.name = text
            const p = picker.people.find(x => x.name === text)
            picker.personKey = p ? p.key : ""
        }
    }
}
