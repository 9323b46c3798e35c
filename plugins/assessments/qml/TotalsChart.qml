import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Totals over time, the bands shaded from calm to strong, with a legend.
ChartFrame {
    id: frame
    // The backend's chart: {points, xCount, yTo, bands: [{from, to, title}], firstDate, lastDate}
    property var chart: ({})
    readonly property var bandColors: Theme.dark
        ? ["#2d4a3a", "#3d4a2d", "#4d452a", "#553a2c", "#5a2f2f"]
        : ["#e3f0e6", "#eef2dc", "#f7ecd4", "#f6e0d2", "#f3d6d3"]
    function shaded(bands) {
        const out = []
        for (let i = 0; i < (bands || []).length; ++i)
            out.push({ from: bands[i].from, to: bands[i].to, color: frame.bandColors[Math.min(i, frame.bandColors.length - 1)] })
        return out
    }

    Layout.fillWidth: true
    // 300 px, or more where the title and the legend wrap (a small window, large
    // text, Spanish): the plot keeps at least the height it asks for. With a set
    // 300 px it was a flat line at 800x600 with 200 % text.
    Layout.preferredHeight: Math.max(300, topPadding + bottomPadding + headerHeight + 2 * Theme.smallSpacing
                                          + totals.implicitHeight + legend.implicitHeight)
    title: qsTr("Totals over time")
    subtitle: chart.firstDate ? qsTr("%1 to %2").arg(chart.firstDate).arg(chart.lastDate) : ""
    summary: (chart.points || []).length === 0 ? qsTr("No results yet.")
             : qsTr("%n result(s); the latest total is %1.", "", chart.points.length).arg(Math.round(chart.points[chart.points.length - 1].value))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        LineChart {
            id: totals
            objectName: "totalsChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: implicitHeight
            points: frame.chart.points || []
            xCount: frame.chart.xCount || 2
            yFrom: 0
            yTo: frame.chart.yTo || 27
            yTicks: frame.chart.yTo === 12 ? [0, 3, 4, 8, 12] : (frame.chart.yTo === 21 ? [0, 5, 10, 15, 21] : [0, 5, 10, 15, 20, 27])
            bands: frame.shaded(frame.chart.bands)
        }
        // A band's name wraps where it is wider than the legend (Spanish at 800x600
        // and 200 % text: "Moderadamente grave (15-19)" had reached 8 px past the chart).
        FontMetrics { id: legendMetrics; font.pixelSize: Theme.fontSmall }
        Flow {
            id: legend
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: frame.chart.bands || []
                delegate: Row {
                    id: band
                    required property var modelData
                    required property int index
                    spacing: 4
                    // A square as tall as the text's capitals, beside the name's first line.
                    Rectangle {
                        id: swatch
                        readonly property real side: Math.max(14, Math.round(legendMetrics.ascent * 0.9))
                        width: side
                        height: side
                        y: Math.max(0, (legendMetrics.height - side) / 2)
                        radius: 3
                        color: frame.bandColors[Math.min(index, frame.bandColors.length - 1)]
                        border.color: Theme.border
                    }
                    Label {
                        readonly property int upTo: index === frame.chart.bands.length - 1 ? modelData.to : modelData.to - 1
                        text: upTo === modelData.from ? qsTr("%1 (%2)").arg(modelData.title).arg(modelData.from)
                                                      : qsTr("%1 (%2-%3)").arg(modelData.title).arg(modelData.from).arg(upTo)
                        color: Theme.subtleText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        // `void legendMetrics.font`: measured again at a new text size (advanceWidth alone is no dependency).
                        width: (void legendMetrics.font, Math.min(Math.ceil(legendMetrics.advanceWidth(text)) + 1, Math.max(0, legend.width - band.spacing - swatch.width)))
                    }
                }
            }
        }
    }
}
