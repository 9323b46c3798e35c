import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Search words, and on "More filters" the module, kind, mood range and dates
// (TimelineFilterBoxes); the model reloads on change.
Flow {
    id: filters
    spacing: Theme.smallSpacing
    /// A filter of the boxes is on (they are then shown, to say which, until hidden).
    readonly property bool boxFilterOn: timeline.module !== "" || timeline.kind !== "" || timeline.moodMin >= 0
                                        || timeline.moodMax >= 0 || !isNaN(timeline.fromDate.getTime())
    /// The boxes were asked for, or a filter of theirs was on: they stay until hidden
    /// (not taken away with the focus in them when that filter is set back to "All").
    property bool moreShown: false
    onBoxFilterOnChanged: if (boxFilterOn) moreShown = true
    Component.onCompleted: moreShown = boxFilterOn

    function focusSearch() { search.forceActiveFocus() }

    // The search field says the words the list was searched for, however they
    // changed ("Clear filters" here or in the empty state); words being typed are
    // left alone until they are sent.
    Connections {
        target: timeline
        function onFiltersChanged() {
            if (!debounce.running && search.text !== timeline.searchText)
                search.text = timeline.searchText
        }
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
            Layout.maximumWidth: filters.width // at 200 % text in a narrow window, within the column
            placeholderText: qsTr("Words to find")
            Accessible.name: searchLabel.text
            Component.onCompleted: text = timeline.searchText
            onTextEdited: debounce.restart()
            Keys.onEscapePressed: { text = ""; timeline.searchText = "" }
            Timer { id: debounce; interval: 250; onTriggered: timeline.searchText = search.text }
        }
    }
    // As tall as the labelled field, the button on its line (as Clear filters below).
    // Always there, in its place: Clear filters beside it never takes its spot.
    Item {
        implicitWidth: moreButton.implicitWidth
        height: searchColumn.height
        Button {
            id: moreButton
            objectName: "moreFiltersButton"
            anchors.bottom: parent.bottom
            // Issue 30, eleventh round: the four boxes (13 M instructions, 7% of the
            // timeline's main thread to its first frame) are made when asked for.
            text: filters.moreShown ? qsTr("Fewer filters") : qsTr("More filters")
            flat: true
            Accessible.name: text
            Accessible.description: qsTr("Module, kind of entry, mood range and dates")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: filters.moreShown = !filters.moreShown
            FocusMark {}
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
                    // The button goes with the filters: the focus goes on to the search field.
                    onClicked: {
                        if (activeFocus)
                            search.forceActiveFocus()
                        debounce.stop()
                        timeline.clearFilters() // the fields follow
                    }
                }
            }
        }
    }
    // Made when shown, by URL: at start the timeline makes none of the four boxes
    // and does not even load their QML.
    Loader {
        active: filters.moreShown
        visible: active
        width: filters.width
        source: "TimelineFilterBoxes.qml"
    }
}
