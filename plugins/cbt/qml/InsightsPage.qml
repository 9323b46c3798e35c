import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// What the records show over time: how much moods ease after a record, the
// patterns that come up most, and how often records are written.
ScrollView {
    id: page
    property QtObject backend
    property string entryId

    contentWidth: availableWidth

    ColumnLayout {
        width: Math.min(page.availableWidth - Theme.spacing * 4, 860)
        x: Theme.spacing * 2
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("Insights")
            subtitle: qsTr("From your finished thought records over the last %1 weeks.").arg(page.backend ? page.backend.weeksShown : 12)
        }

        ChartFrame {
            id: changeChart
            objectName: "changeChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            title: qsTr("How moods changed after a record")
            subtitle: qsTr("mean change, points, by week; below 0: worse")
            summary: page.backend ? page.backend.changeSummary : ""
            readonly property var axis: page.backend && page.backend.changeAxis.ticks ? page.backend.changeAxis : ({ from: 0, to: 40, ticks: [0, 20, 40] })
            LineChart {
                anchors.fill: parent
                points: page.backend ? page.backend.weeklyChange : []
                xCount: page.backend ? page.backend.weeksShown : 12
                yFrom: changeChart.axis.from
                yTo: changeChart.axis.to
                yTicks: changeChart.axis.ticks
                // The "worse" side of the chart, lightly shaded.
                bands: changeChart.axis.from < 0 ? [{ from: changeChart.axis.from, to: 0, color: Theme.surfaceAlt }] : []
            }
        }
        Label {
            objectName: "changeSummary"
            text: page.backend ? page.backend.changeSummary : ""
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: [{ title: qsTr("Patterns, last 30 days"), key: "topDistortions30" },
                        { title: qsTr("Patterns, last 90 days"), key: "topDistortions90" }]
                delegate: FormSection {
                    id: box
                    required property var modelData
                    Layout.fillWidth: true
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
                            Label { text: modelData.count; color: Theme.subtleText; Layout.preferredWidth: 24 }
                        }
                    }
                }
            }
        }

        FormSection {
            title: qsTr("Records per week")
            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: 90
                spacing: 6
                Repeater {
                    model: page.backend ? page.backend.recordsPerWeek : []
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // equal columns, whatever the label widths
                        Layout.alignment: Qt.AlignBottom
                        spacing: 2
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(2, 18 * modelData.count)
                            radius: 3
                            color: modelData.count > 0 ? Theme.accent : Theme.border
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Week of %1: %2 records").arg(Qt.formatDate(modelData.week, "d MMM")).arg(modelData.count)
                        }
                        Label { text: Qt.formatDate(modelData.week, "d/M"); color: Theme.subtleText; font.pixelSize: Theme.fontSmall - 1; Layout.alignment: Qt.AlignHCenter }
                    }
                }
            }
        }
    }
}
