import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Words to pick as chips, and the client's own words added beside them
// ("In my own words", Enter or Add). Words that differ only in case or
// spaces are one word: a word typed or loaded that matches an offered one
// picks that chip. SDK 2.5 (from the resilience module).
ColumnLayout {
    id: picker
    property var options: []
    property var selected: []
    property string label
    property int maxWords: 8
    property int maxLength: 60
    // The client's own words shown as chips beside the options. It only grows while the
    // page is open, so toggling a chip never re-creates the chips (the keyboard focus stays).
    property var ownWords: []

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    function key(word) { return String(word).trim().replace(/\s+/g, " ").toLowerCase() }
    function has(list, word) { const k = key(word); return list.some(w => key(w) === k) }
    // The offered spelling of a word when one matches, else the word as written.
    function shown(word) {
        const k = key(word)
        const offered = picker.options.concat(picker.ownWords).find(o => key(o) === k)
        return offered !== undefined ? offered : String(word).trim().replace(/\s+/g, " ")
    }
    // Adds a word the client typed; false (nothing changes) when it is empty, picked
    // already, or maxWords are picked.
    function add(word) {
        const w = String(word).trim().replace(/\s+/g, " ")
        if (w.length === 0 || has(picker.selected, w) || picker.selected.length >= picker.maxWords)
            return false
        picker.selected = picker.selected.concat([shown(w)])
        return true
    }

    onSelectedChanged: {
        const extra = picker.selected.filter(s => !has(picker.options, s) && !has(picker.ownWords, s))
        if (extra.length > 0)
            picker.ownWords = picker.ownWords.concat(extra.map(s => String(s).trim().replace(/\s+/g, " ")))
    }

    Label { text: picker.label; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    ChipPicker {
        id: chips
        objectName: "chips"
        accessibleLabel: picker.label
        model: picker.options.concat(picker.ownWords.filter(w => !picker.has(picker.options, w)))
        // A new array every time, so a chip refused past maxWords shows unpicked again.
        onToggled: (word, on) => picker.selected = on ? (picker.selected.length < picker.maxWords ? picker.selected.concat([word]) : picker.selected.slice())
                                                      : picker.selected.filter(s => picker.key(s) !== picker.key(word))
    }
    // The chips follow `selected` whoever sets it (a toggle replaces ChipPicker's own binding).
    Binding { target: chips; property: "selected"; value: picker.selected.map(s => picker.shown(s)) }
    // The label above the field: beside it and Add, the field was squeezed to nothing in a
    // narrow window with large text (SDK 2.6).
    Label { text: qsTr("In my own words"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: own
            objectName: "ownWord"
            Layout.fillWidth: true
            maximumLength: picker.maxLength
            enabled: picker.selected.length < picker.maxWords
            Accessible.name: qsTr("%1, in my own words").arg(picker.label)
            onAccepted: if (addOwn.enabled) addOwn.clicked()
        }
        Button {
            id: addOwn
            objectName: "addOwnWord"
            text: qsTr("Add")
            enabled: own.text.trim().length > 0 && picker.selected.length < picker.maxWords
            Accessible.name: qsTr("Add to %1").arg(picker.label)
            onClicked: if (picker.add(own.text)) own.text = "" // a word not added stays in the field
        }
    }
    Label {
        visible: picker.selected.length >= picker.maxWords
        text: qsTr("Up to %1 words: untick one to add another.").arg(picker.maxWords)
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
    }
}
