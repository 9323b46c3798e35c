import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Search words, module, mood range and dates; the model reloads on change.
Flow {
    id: filters
    spacing: Theme.smallSpacing

    function focusSearch() { search.forceActiveFocus() }

    // Each field says the filter the list has, however it changed: "Clear filters"
    // here or in the empty state, or a page that opens the timeline filtered. (The
    // mood and date boxes went on showing a cleared range.) Words being typed are
    // left alone until they are sent.
    function showFilters() {
        moduleBox.currentIndex = Math.max(0, moduleBox.indexOfValue(timeline.module))
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(timeline.kind))
        moodBox.currentIndex = Math.max(0, moodBox.indexOfValue(timeline.moodMin + ":" + timeline.moodMax))
        if (isNaN(timeline.fromDate.getTime()))
            dateBox.currentIndex = 0
        if (!debounce.running && search.text !== timeline.searchText)
            search.text = timeline.searchText
    }
    Connections {
        target: timeline
        function onFiltersChanged() { filters.showFilters() }
    }

    // Real labels above the fields: a placeholder goes as soon as the field holds
    // words, and a filter showing "All modules" does not say what it filters.
    ColumnLayout {
        id: searchColumn
        spacing: 2
        Label { id: searchLabel; text: qsTr("Search your entries"); color: Theme.text }
        TextField {
            id: search
            objectName: "searchField"
            Layout.preferredWidth: 230 * Theme.textScale
            placeholderText: qsTr("Words to find")
            Accessible.name: searchLabel.text
            Component.onCompleted: text = timeline.searchText
            onTextEdited: debounce.restart()
            Keys.onEscapePressed: { text = ""; timeline.searchText = "" }
            Timer { id: debounce; interval: 250; onTriggered: timeline.searchText = search.text }
        }
    }
    ColumnLayout {
        spacing: 2
        Label { id: moduleLabel; text: qsTr("Show entries from"); color: Theme.text }
        ComboBox {
            id: moduleBox
            objectName: "moduleFilter"
            // As wide as its longest choice (another language, large text), within the row.
            implicitContentWidthPolicy: ComboBox.WidestText
            Layout.maximumWidth: filters.width
            textRole: "name"
            valueRole: "id"
            model: [{ id: "", name: qsTr("All modules") }].concat(app.modules)
            Accessible.name: moduleLabel.text
            onActivated: { timeline.kind = ""; timeline.module = currentValue }
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(timeline.module))
        }
    }
    ColumnLayout {
        spacing: 2
        Label { id: kindLabel; text: qsTr("Kind of entry"); color: Theme.text }
        ComboBox {
            id: kindBox
            objectName: "kindFilter"
            // As wide as its longest choice (another language, large text), within the row.
            implicitContentWidthPolicy: ComboBox.WidestText
            Layout.maximumWidth: filters.width
            textRole: "title"
            valueRole: "kind"
            // The kinds of the chosen module, or of every module.
            model: [{ kind: "", title: qsTr("All kinds") }].concat(
                       app.modules.filter(m => timeline.module === "" || m.id === timeline.module)
                                  .reduce((all, m) => all.concat(m.kinds), []))
            Accessible.name: kindLabel.text
            onActivated: timeline.kind = currentValue
        }
    }
    ColumnLayout {
        spacing: 2
        Label { id: moodLabel; text: qsTr("Mood range"); color: Theme.text }
        ComboBox {
            id: moodBox
            objectName: "moodFilter"
            // As wide as its longest choice (another language, large text), within the row.
            implicitContentWidthPolicy: ComboBox.WidestText
            Layout.maximumWidth: filters.width
            textRole: "text"
            valueRole: "value"
            model: [{ text: qsTr("Any mood"), value: "-1:-1" }, { text: qsTr("Mood 0 to 3"), value: "0:3" },
                    { text: qsTr("Mood 4 to 6"), value: "4:6" }, { text: qsTr("Mood 7 to 10"), value: "7:10" }]
            Accessible.name: moodLabel.text
            onActivated: {
                const parts = currentValue.split(":")
                timeline.moodMin = Number(parts[0])
                timeline.moodMax = Number(parts[1])
            }
        }
    }
    ColumnLayout {
        spacing: 2
        Label { id: dateLabel; text: qsTr("Date range"); color: Theme.text }
        ComboBox {
            id: dateBox
            objectName: "dateFilter"
            // As wide as its longest choice (another language, large text), within the row.
            implicitContentWidthPolicy: ComboBox.WidestText
            Layout.maximumWidth: filters.width
            textRole: "text"
            valueRole: "days"
            model: [{ text: qsTr("Any time"), days: 0 }, { text: qsTr("Last 7 days"), days: 7 },
                    { text: qsTr("Last 30 days"), days: 30 }, { text: qsTr("Last 90 days"), days: 90 }]
            Accessible.name: dateLabel.text
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
    }
    // As tall as the labelled fields, the button on their line; made only while a
    // filter is on (issue 30, tenth round: not a hidden button at every start).
    Loader {
        active: timeline.filtered
        visible: active
        height: searchColumn.height // its width is the button's (the Loader's implicit width)
        sourceComponent: Component {
            Item {
                implicitWidth: clearButton.implicitWidth
                Button {
                    id: clearButton
                    objectName: "clearFiltersButton"
                    anchors.bottom: parent.bottom
                    text: qsTr("Clear filters")
                    flat: true
                    Accessible.name: qsTr("Clear filters")
                    onClicked: { debounce.stop(); timeline.clearFilters() } // the fields follow (showFilters)
                }
            }
        }
    }
}
