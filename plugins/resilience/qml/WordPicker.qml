import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Words to pick as chips, and the client's own words added beside them.
ColumnLayout {
    id: picker
    property var options: []
    property var selected: []
    property string label
    property int maxWords: 8

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    function add(word) {
        const w = word.trim()
        if (w.length === 0 || picker.selected.some(s => s.toLowerCase() === w.toLowerCase()) || picker.selected.length >= picker.maxWords)
            return
        picker.selected = picker.selected.concat([w])
    }

    Label { text: picker.label; color: Theme.subtleText }
    ChipPicker {
        id: chips
        objectName: "chips"
        accessibleLabel: picker.label
        model: picker.options.concat(picker.selected.filter(s => !picker.options.some(o => o.toLowerCase() === s.toLowerCase())))
        // A new array every time, so a chip refused past maxWords shows unpicked again.
        onToggled: (word, on) => picker.selected = on ? (picker.selected.length < picker.maxWords ? picker.selected.concat([word]) : picker.selected.slice())
                                                      : picker.selected.filter(s => s !== word)
    }
    // The chips follow `selected` whoever sets it (a toggle replaces ChipPicker's own binding).
    Binding { target: chips; property: "selected"; value: picker.selected }
    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("In my own words"); color: Theme.subtleText }
        TextField {
            id: own
            objectName: "ownWord"
            Layout.fillWidth: true
            maximumLength: 60
            Accessible.name: qsTr("%1, in my own words").arg(picker.label)
            onAccepted: addOwn.clicked()
        }
        Button {
            id: addOwn
            objectName: "addOwnWord"
            text: qsTr("Add")
            enabled: own.text.trim().length > 0
            Accessible.name: qsTr("Add to %1").arg(picker.label)
            onClicked: { picker.add(own.text); own.text = "" }
        }
    }
}
