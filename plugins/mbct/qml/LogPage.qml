import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The practice log: this week, the last eight weeks, which practices, and
// the latest ones (each opens for editing).
ModulePage {
    id: page
    title: qsTr("Practice log")
    subtitle: page.stats.encouragement || ""
    headerActions: PlanLink { reviewDue: page.backend && page.backend.plan.reviewDue === true; onActivated: page.openPage("plan") }
    readonly property var stats: backend ? backend.stats : ({})
    readonly property var weeks: page.stats.weeks || []
    readonly property string minutesTitle: qsTr("Minutes a week")
    readonly property string minutesSubtitle: qsTr("last 8 weeks")
    // A column a week when each week's date and minutes fit in its column; else a
    // row a week (a narrow window or large text: at 800x600 and 200 % the dates ran
    // into each other and past the window).
    FontMetrics { id: weekMetrics; font.pixelSize: Theme.fontSmall }
    readonly property real weekColumnWidth: page.weeks.length === 0 || minutesHolder.width <= 0 ? 0
        : (minutesHolder.width - 2 * Theme.spacing - (page.weeks.length - 1) * Theme.smallSpacing) / page.weeks.length
    // `void weekMetrics.font`: decided again at a new text size (advanceWidth alone is no dependency).
    readonly property bool weeksAsColumns: (void weekMetrics.font, page.weekColumnWidth <= 0
        || page.weeks.every(w => Math.max(weekMetrics.advanceWidth(w.label), weekMetrics.advanceWidth(String(w.minutes))) <= page.weekColumnWidth))

    FormSection {
        title: qsTr("This week")
        // Three equal columns whose labels wrap (at 800x600 the longest ran past the card).
        Row {
            id: weekFigures
            Layout.fillWidth: true
            spacing: width >= 600 ? Theme.spacing * 3 : Theme.spacing // narrow: the room goes to the words
            Repeater {
                model: [
                    { value: page.stats.minutesThisWeek || 0, label: qsTr("minutes since Monday") },
                    { value: page.stats.practicesThisWeek || 0, label: qsTr("practices since Monday") },
                    { value: page.stats.daysLast7 || 0, label: qsTr("of the last 7 days with a practice") }
                ]
                delegate: Column {
                    required property var modelData
                    width: (weekFigures.width - 2 * weekFigures.spacing) / 3
                    Label { text: modelData.value; color: Theme.text; font.pixelSize: Theme.fontHeading; font.bold: true }
                    Label {
                        width: parent.width
                        text: modelData.label; color: Theme.subtleText; font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere // a word longer than the column breaks, not cut off
                    }
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.value + " " + modelData.label
                }
            }
        }
    }
    // One item in the page's column whichever chart shows, made when chosen: a chart
    // made hidden and shown later kept a stale layout (Qt 6.4: a row's figure over its
    // date, or the whole chart at no width).
    Item {
        id: minutesHolder
        Layout.fillWidth: true
        Layout.preferredHeight: minutesChart.item ? minutesChart.item.height : 0
        Loader {
            id: minutesChart
            width: parent.width
            sourceComponent: page.weeksAsColumns ? minutesColumns : minutesRows
        }
    }
    Component {
        id: minutesColumns
        ChartFrame {
            objectName: "minutesColumns"
            // As tall as its bars and their words, which grow with the text size (the bars ran below it at 200 %).
            height: Math.max(200, topPadding + bottomPadding + headerHeight + Theme.smallSpacing + weekBars.implicitHeight)
            title: page.minutesTitle
            subtitle: page.minutesSubtitle
            summary: page.weeks.map(w => w.label + ": " + w.minutes + " min").join(", ")
            RowLayout {
                id: weekBars
                anchors.fill: parent
                spacing: Theme.smallSpacing
                Repeater {
                    model: page.weeks
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // equal columns, whatever the labels
                        Layout.fillHeight: true
                        spacing: 2
                        Item { Layout.fillHeight: true }
                        Label { text: modelData.minutes; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignHCenter }
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(2, 100 * modelData.minutes / Math.max(1, page.stats.mostMinutes || 1))
                            radius: 3
                            color: Theme.accent
                        }
                        Label { text: modelData.label; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignHCenter }
                    }
                }
            }
        }
    }
    Component {
        id: minutesRows
        BarRows {
            objectName: "minutesRows"
            height: Layout.preferredHeight
            title: page.minutesTitle
            subtitle: page.minutesSubtitle
            rows: page.weeks.map(w => ({ label: w.label, value: w.minutes, valueLabel: qsTr("%1 min").arg(w.minutes) }))
            maximum: Math.max(1, page.stats.mostMinutes || 1)
        }
    }
    FormSection {
        visible: (page.stats.byPractice || []).length > 0
        title: qsTr("The last 30 days")
        Repeater {
            model: page.stats.byPractice || []
            delegate: Label {
                required property var modelData
                text: modelData.count === 1 ? qsTr("%1: once, %2 min").arg(modelData.title).arg(modelData.minutes)
                                            : qsTr("%1: %2 times, %3 min").arg(modelData.title).arg(modelData.count).arg(modelData.minutes)
                color: Theme.text
                // A practice's long name at large text wraps inside its section (it ran past it).
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    FormSection {
        title: qsTr("Latest practices")
        EmptyState {
            visible: !page.backend || page.backend.recent.length === 0
            Layout.fillWidth: true
            title: qsTr("Nothing logged yet")
            message: qsTr("After a practice, a few words about what you noticed go here.")
        }
        Repeater {
            model: page.backend ? page.backend.recent : []
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.title
                summary: modelData.summary
                time: modelData.when
                moduleColor: "#6b8e9e"
                onActivated: page.openEntry(modelData.id)
            }
        }
        // The newest practices are read first; older ones a page at a time.
        Button {
            objectName: "showOlder"
            visible: page.backend !== null && page.backend.hasOlder
            text: qsTr("Show older")
            Accessible.name: qsTr("Show older practices")
            onClicked: page.backend.showOlder()
        }
    }
}
