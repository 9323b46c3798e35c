import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A bar chart of labelled figures, one row each, with the figure written
// beside its bar (never cut); the frame's summary says the same in words.
// SDK 2.5 (from the resilience module).
ChartFrame {
    id: chart
    // [{label, value, valueLabel}]: value from 0 to `maximum`.
    property var rows: []
    property real maximum: 10
    property color barColor: Theme.accent

    Layout.fillWidth: true
    // As tall as its rows, which grow with the text size (issue 29).
    Layout.preferredHeight: topPadding + bottomPadding + headerHeight + Theme.smallSpacing + rowsColumn.implicitHeight
    summary: rows.map(r => r.label + ": " + r.valueLabel).join("; ")
    // The figures beside their bars, or, when one needs more than two fifths of the
    // row, every figure under its bar (the same for every row, so they line up).
    // `void figureMetrics.font`: measured again at a new text size (advanceWidth alone is no dependency).
    readonly property real widestFigure: (void figureMetrics.font, Math.max(0, ...rows.map(r => figureMetrics.advanceWidth(r.valueLabel))))
    readonly property bool figuresBeside: widestFigure <= chart.width * 0.4
    FontMetrics { id: figureMetrics; font.pixelSize: Theme.fontBody }
    // Beside their bars, the figures share one width, so every bar has the same track
    // and lengths compare (a wider figure, "109 min" against "92 min", drew its
    // bar on a shorter track, shorter than the smaller figure's).
    readonly property real figureWidth: Math.ceil(widestFigure) + 2

    ColumnLayout {
        id: rowsColumn
        anchors.fill: parent
        spacing: 4
        Repeater {
            model: chart.rows
            // The figure beside its bar, or under it (see figuresBeside: a long one ran off
            // the window at 200 % text).
            delegate: ColumnLayout {
                id: barRow
                required property var modelData
                readonly property bool figureFits: chart.figuresBeside
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    Label {
                        text: barRow.modelData.label
                        elide: Text.ElideRight
                        Layout.preferredWidth: Math.min(200 * Theme.textScale, chart.width * 0.35) // grows with the text
                    }
                    Item {
                        Layout.fillWidth: true
                        implicitHeight: 18
                        Rectangle {
                            objectName: "bar"
                            width: parent.width * Math.max(0, Math.min(1, barRow.modelData.value / Math.max(chart.maximum, 0.001)))
                            height: parent.height
                            radius: 4
                            color: chart.barColor
                        }
                    }
                    Label {
                        id: inlineFigure
                        visible: barRow.figureFits
                        text: barRow.modelData.valueLabel
                        Layout.preferredWidth: chart.figureWidth
                        color: Theme.subtleText
                        horizontalAlignment: Text.AlignRight
                    }
                }
                Label {
                    visible: !barRow.figureFits
                    text: barRow.modelData.valueLabel
                    color: Theme.subtleText
                    horizontalAlignment: Text.AlignRight
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
