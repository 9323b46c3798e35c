import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Search words, module, mood range and dates; the model reloads on change.
Flow {
    id: filters
    spacing: Theme.smallSpacing

    function focusSearch() { search.forceActiveFocus() }

    TextField {
        id: search
        objectName: "searchField"
        width: 230
        placeholderText: qsTr("Search your entries")
        Accessible.name: qsTr("Search your entries")
        text: timeline.searchText
        onTextEdited: debounce.restart()
        Keys.onEscapePressed: { text = ""; timeline.searchText = "" }
        Timer { id: debounce; interval: 250; onTriggered: timeline.searchText = search.text }
    }
    ComboBox {
        id: moduleBox
        width: 180
        textRole: "name"
        valueRole: "id"
        model: [{ id: "", name: qsTr("All modules") }].concat(app.modules)
        Accessible.name: qsTr("Show entries from")
        onActivated: { timeline.kind = ""; kindBox.currentIndex = 0; timeline.module = currentValue }
        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(timeline.module))
    }
    ComboBox {
        id: kindBox
        objectName: "kindFilter"
        width: 180
        textRole: "title"
        valueRole: "kind"
        // The kinds of the chosen module, or of every module.
        model: [{ kind: "", title: qsTr("All kinds") }].concat(
                   app.modules.filter(m => timeline.module === "" || m.id === timeline.module)
                              .reduce((all, m) => all.concat(m.kinds), []))
        Accessible.name: qsTr("Kind of entry")
        onActivated: timeline.kind = currentValue
    }
    ComboBox {
        width: 150
        textRole: "text"
        valueRole: "value"
        model: [{ text: qsTr("Any mood"), value: "-1:-1" }, { text: qsTr("Mood 0 to 3"), value: "0:3" },
                { text: qsTr("Mood 4 to 6"), value: "4:6" }, { text: qsTr("Mood 7 to 10"), value: "7:10" }]
        Accessible.name: qsTr("Mood range")
        onActivated: {
            const parts = currentValue.split(":")
            timeline.moodMin = Number(parts[0])
            timeline.moodMax = Number(parts[1])
        }
    }
    ComboBox {
        width: 150
        textRole: "text"
        valueRole: "days"
        model: [{ text: qsTr("Any time"), days: 0 }, { text: qsTr("Last 7 days"), days: 7 },
                { text: qsTr("Last 30 days"), days: 30 }, { text: qsTr("Last 90 days"), days: 90 }]
        Accessible.name: qsTr("Date range")
        onActivated: {
            if (currentValue === 0) {
                timeline.fromDate = new Date(NaN)
            } else {
                const from = new Date()
                from.setDate(from.getDate() - currentValue + 1)
                timeline.fromDate = from
            }
        }
    }
    Button {
        visible: timeline.filtered
        text: qsTr("Clear filters")
        flat: true
        Accessible.name: qsTr("Clear filters")
        onClicked: { search.text = ""; moduleBox.currentIndex = 0; kindBox.currentIndex = 0; timeline.clearFilters() }
    }
}
