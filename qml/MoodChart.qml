import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Average mood per day over the last 30, 90 or 365 days, from every module
// that records a mood. Its average is of the days (the report's is of every
// rating, and says so: a day rated three times counts once here).
ChartFrame {
    id: frame
    property int days: 30
    property var series: []

    title: qsTr("Mood over time")
    subtitle: series.length === 0 ? qsTr("No moods recorded in this period")
                                  : (series.length === 1 ? qsTr("1 day with a mood, average %1 of 10").arg(Number(average()).toLocaleString(Qt.locale(), "f", 1))
                                                         : qsTr("%1 days with a mood, daily average %2 of 10").arg(series.length).arg(Number(average()).toLocaleString(Qt.locale(), "f", 1)))
    summary: subtitle

    function average() {
        let sum = 0
        for (const p of series)
            sum += p.value
        return series.length > 0 ? sum / series.length : 0
    }

    // Read again when entries change (once per burst), not when the count of
    // the timeline's filters first arrives: that was a second read before the
    // first frame (issue 30).
    function readAgain() { series = app.moodSeries(days) }
    onDaysChanged: readAgain()
    Component.onCompleted: readAgain()
    Connections {
        target: timeline
        function onEntriesChanged() { Qt.callLater(frame.readAgain) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        LineChart {
            id: chart
            // A compact chart above the timeline: its three value labels and the line
            // need 100 px (the timeline gives it 110 at any text size).
            implicitHeight: 100
            Layout.fillWidth: true
            Layout.fillHeight: true
            points: frame.series
            xCount: frame.days
            yFrom: 0
            yTo: 10
        }
        // The dates along the bottom (there were none): the first day, the middle and
        // Today, each under its place on the line and kept inside the chart's edges.
        Item {
            objectName: "moodAxis"
            Layout.fillWidth: true
            Layout.topMargin: -6 // into the room the chart keeps under its line
            implicitHeight: axisMetrics.height
            FontMetrics { id: axisMetrics; font.pixelSize: Theme.fontSmall }
            Repeater {
                model: app.moodAxis(frame.days)
                delegate: Label {
                    required property var modelData
                    text: modelData.text
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                    x: Math.max(0, Math.min(parent.width - width, chart.xAt(modelData.offset) - width / 2))
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Repeater {
                model: [30, 90, 365]
                delegate: Button {
                    required property int modelData
                    text: modelData === 365 ? qsTr("1 year") : qsTr("%1 days").arg(modelData)
                    flat: frame.days !== modelData
                    highlighted: frame.days === modelData
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Show mood over %1").arg(text)
                    onClicked: frame.days = modelData
                }
            }
        }
    }
}
