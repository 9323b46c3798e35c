import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// What the records show over time: how much moods ease after a record, the
// patterns that come up most, and how often records are written.
ModulePage {
    id: page
    title: qsTr("Insights")
    subtitle: qsTr("From your finished thought records over the last %1 weeks.").arg(page.backend ? page.backend.weeksShown : 12)

    // The backend works the insights out when this page first asks (issue 18: not at start).
    Component.onCompleted: if (backend) backend.openInsights()
    onBackendChanged: if (backend) backend.openInsights()

    ChartFrame {
        id: changeChart
        objectName: "changeChart"
        Layout.fillWidth: true
        // The line keeps 160 px however many lines the title takes (at 800x600 and 200 %
        // text it took four, and the line was squeezed flat).
        Layout.preferredHeight: Math.max(240, topPadding + bottomPadding + headerHeight + Theme.smallSpacing + 160 + changeDates.height)
        title: qsTr("Mood change after a record")
        subtitle: qsTr("points, by week; below 0: worse")
        summary: page.backend ? page.backend.changeSummary : ""
        readonly property var axis: page.backend && page.backend.changeAxis.ticks ? page.backend.changeAxis : ({ from: 0, to: 40, ticks: [0, 20, 40] })
        LineChart {
            id: changeLine
            anchors { left: parent.left; right: parent.right; top: parent.top; bottom: changeDates.top }
            points: page.backend ? page.backend.weeklyChange : []
            xCount: page.backend ? page.backend.weeksShown : 12
            yFrom: changeChart.axis.from
            yTo: changeChart.axis.to
            yTicks: changeChart.axis.ticks
            // The "worse" side of the chart, lightly shaded.
            bands: changeChart.axis.from < 0 ? [{ from: changeChart.axis.from, to: 0, color: Theme.surfaceAlt }] : []
        }
        // The week each point stands for (its Monday), as many as fit.
        Item {
            id: changeDates
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: Theme.fontSmall + 6
            readonly property var weeks: page.backend ? page.backend.recordsPerWeek : []
            readonly property int every: Math.max(1, Math.ceil(weeks.length * 56 * Theme.textScale / Math.max(1, width))) // larger text: fewer dates (issue 29)
            Repeater {
                model: changeDates.weeks
                delegate: Label {
                    required property var modelData
                    required property int index
                    objectName: "changeDate" + index
                    // Always the latest week, then every n-th back from it.
                    visible: (changeDates.weeks.length - 1 - index) % changeDates.every === 0
                    text: modelData.label
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall - 1
                    x: Math.min(changeDates.width - width, Math.max(0, changeLine.xAt(index) - width / 2))
                    Accessible.ignored: true
                }
            }
        }
    }
    Label {
        objectName: "changeSummary"
        text: page.backend ? page.backend.changeSummary : ""
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    // Side by side where each gets room for its heading, else one under the other
    // (800x600 at 200 %: the headings ran out of their boxes).
    // Placed by row and column (a GridLayout changing its `columns` kept its first layout
    // in Qt 6.4); side by side until it has a width.
    GridLayout {
        id: patternGrid
        readonly property bool sideBySide: width <= 0 || width >= 2 * 320 * Theme.textScale
        Layout.fillWidth: true
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: [{ title: qsTr("Patterns, last 30 days"), key: "topDistortions30" },
                    { title: qsTr("Patterns, last 90 days"), key: "topDistortions90" }]
            delegate: FormSection {
                id: box
                required property var modelData
                required property int index
                Layout.row: patternGrid.sideBySide ? 0 : index
                Layout.column: patternGrid.sideBySide ? index : 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal halves side by side
                Layout.alignment: Qt.AlignTop
                title: modelData.title
                readonly property var rows: page.backend ? page.backend[modelData.key] : []
                Label { visible: box.rows.length === 0; text: qsTr("None tagged yet."); color: Theme.subtleText }
                Repeater {
                    model: box.rows
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Label { text: modelData.name; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                        Rectangle { Layout.preferredWidth: 12 * modelData.count; Layout.preferredHeight: 10; radius: 5; color: Theme.accent }
                        Label { text: modelData.count; color: Theme.subtleText; Layout.preferredWidth: 24 * Theme.textScale }
                    }
                }
            }
        }
    }

    // A column a week when each week's date and count fit in its column; else a row a
    // week (800x600 at 200 % text: the dates ran into each other and past the window).
    // Made when chosen: a chart made hidden and shown later kept a stale layout (Qt 6.4).
    readonly property var perWeekRows: page.backend ? page.backend.recordsPerWeek : []
    readonly property int mostPerWeek: Math.max(1, ...page.perWeekRows.map(w => w.count))
    FontMetrics { id: weekMetrics; font.pixelSize: Theme.fontSmall }
    readonly property real weekColumnWidth: page.perWeekRows.length === 0 || perWeekHolder.width <= 0 ? 0
        : (perWeekHolder.width - 2 * (Theme.spacing + 4) - (page.perWeekRows.length - 1) * 6) / page.perWeekRows.length
    // `void weekMetrics.font`: decided again at a new text size (advanceWidth alone is no dependency).
    readonly property bool weeksAsColumns: (void weekMetrics.font, page.weekColumnWidth <= 0 || page.perWeekRows.every(w =>
        Math.max(weekMetrics.advanceWidth(Qt.formatDate(w.week, "d/M")), weekMetrics.advanceWidth(String(w.count))) <= page.weekColumnWidth))
    Item {
        id: perWeekHolder
        Layout.fillWidth: true
        Layout.preferredHeight: perWeekChart.item ? perWeekChart.item.height : 0
        Loader {
            id: perWeekChart
            width: parent.width
            sourceComponent: page.weeksAsColumns ? perWeekColumns : perWeekBarRows
        }
    }
    Component {
        id: perWeekBarRows
        BarRows {
            objectName: "recordsPerWeekRows"
            height: Layout.preferredHeight
            title: qsTr("Records per week")
            rows: page.perWeekRows.map(w => ({ label: w.label, value: w.count, valueLabel: String(w.count) }))
            maximum: page.mostPerWeek
        }
    }
    Component {
        id: perWeekColumns
        FormSection {
            height: implicitHeight
            title: qsTr("Records per week")
            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(100, implicitHeight) // its words grow with the text size
                spacing: 6
                Repeater {
                    model: page.perWeekRows
                    delegate: ColumnLayout {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // equal columns, whatever the label widths
                        Layout.alignment: Qt.AlignBottom
                        spacing: 2
                        Label {
                            objectName: "weekCount" + index
                            text: modelData.count
                            color: modelData.count > 0 ? Theme.text : Theme.subtleText
                            font.pixelSize: Theme.fontSmall
                            Layout.alignment: Qt.AlignHCenter
                            Accessible.ignored: true
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(2, 60 * modelData.count / page.mostPerWeek)
                            radius: 3
                            color: modelData.count > 0 ? Theme.accent : Theme.border
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Week of %1: %n record(s)", "", modelData.count).arg(modelData.label)
                        }
                        Label { text: Qt.formatDate(modelData.week, "d/M"); color: Theme.subtleText; font.pixelSize: Theme.fontSmall - 1; Layout.alignment: Qt.AlignHCenter }
                    }
                }
            }
        }
    }
}
