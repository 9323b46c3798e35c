import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The timeline's filter boxes: module, kind of entry, mood range and dates
// (TimelineFilters shows them on "More filters", or while one is on).
Flow {
    id: boxes
    spacing: Theme.smallSpacing

    // Each box says the filter the list has, however it changed: "Clear filters"
    // in the filter row or in the empty state, or a page that opens the timeline
    // filtered (the mood and date boxes went on showing a cleared range).
    function showFilters() {
        moduleBox.currentIndex = Math.max(0, moduleBox.indexOfValue(timeline.module))
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(timeline.kind))
        moodBox.currentIndex = Math.max(0, moodBox.indexOfValue(timeline.moodMin + ":" + timeline.moodMax))
        if (isNaN(timeline.fromDate.getTime()))
            dateBox.currentIndex = 0
    }
    Connections {
        target: timeline
        function onFiltersChanged() { boxes.showFilters() }
    }
    Component.onCompleted: showFilters()

    ColumnLayout {
        spacing: 2
        Label { id: moduleLabel; text: qsTr("Show entries from"); color: Theme.text }
        ChoiceBox {
            id: moduleBox
            objectName: "moduleFilter"
            // As wide as its longest choice (another language, large text), within the row.
            Layout.maximumWidth: boxes.width
            textRole: "name"
            valueRole: "id"
            model: [{ id: "", name: qsTr("All modules") }].concat(app.modules)
            Accessible.name: moduleLabel.text
            onActivated: { timeline.kind = ""; timeline.module = currentValue }
        }
    }
    ColumnLayout {
        spacing: 2
        Label { id: kindLabel; text: qsTr("Kind of entry"); color: Theme.text }
        ChoiceBox {
            id: kindBox
            objectName: "kindFilter"
            // As wide as its longest choice (another language, large text), within the row.
            Layout.maximumWidth: boxes.width
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
        ChoiceBox {
            id: moodBox
            objectName: "moodFilter"
            // As wide as its longest choice (another language, large text), within the row.
            Layout.maximumWidth: boxes.width
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
        ChoiceBox {
            id: dateBox
            objectName: "dateFilter"
            // As wide as its longest choice (another language, large text), within the row.
            Layout.maximumWidth: boxes.width
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
}
