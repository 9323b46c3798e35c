import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Which activities and parts of life lift your mood, how plans went, and
// this week at a glance.
ModulePage {
    id: page
    title: qsTr("What helps")
    subtitle: qsTr("From the last 90 days: how your mood changed (after minus before) around the activities you logged with both.")
    // The backend works the insights out when this page first asks (issue 18: not at start).
    Component.onCompleted: if (backend) backend.openInsights()
    onBackendChanged: if (backend) backend.openInsights()

    Repeater {
        model: [{ title: qsTr("Activities and your mood") /* lifts first, then the drops: "that lift your mood most" over a drop confused a reader */, key: "liftByActivity", hint: "liftByActivityHint" },
                { title: qsTr("By part of life"), key: "liftByArea", hint: "liftByAreaHint" }]
        delegate: FormSection {
            id: box
            required property var modelData
            title: modelData.title
            // The six biggest lifts and the three biggest drops (the list is sorted biggest lift first).
            readonly property var all: page.backend ? page.backend[modelData.key] : []
            readonly property var rows: all.filter(r => r.change >= 0).slice(0, 6).concat(all.filter(r => r.change < 0).slice(-3))
            // Bars share one scale per section: the biggest change fills half the track.
            readonly property real scale: Math.max(1, ...box.rows.map(r => Math.abs(r.change)))
            // The details share one width so the zero lines line up.
            // `void metrics.font`: measured again at a new text size (advanceWidth alone is no dependency).
            readonly property real detailWidth: (void metrics.font, Math.ceil(Math.max(0, ...box.rows.map(r => metrics.advanceWidth(r.detail)))) + 2)
            Label { id: probe; visible: false; Layout.preferredHeight: 0; Layout.preferredWidth: 0 }
            FontMetrics { id: metrics; font: probe.font }
            Label { visible: box.rows.length === 0; text: page.backend ? page.backend[box.modelData.hint] : ""; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            // The label, its bar and the figure on one line where they fit; else the bar
            // and the figure under the label (800x600 at 200 % text: the figures ran 200 px
            // past the window). A new delegate when that changes: rows laid out one way and
            // then the other kept a stale layout (Qt 6.4).
            readonly property real trackWidth: box.availableWidth > 560 ? 160 : 110
            readonly property bool detailsBeside: box.availableWidth <= 0
                || box.availableWidth >= 100 * Theme.textScale + box.trackWidth + box.detailWidth + 2 * Theme.spacing
            Repeater {
                model: box.rows
                delegate: box.detailsBeside ? besideRow : underRow
            }
            Component {
                id: besideRow
                RowLayout {
                    id: row
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.detail
                    Label { text: row.modelData.label; color: Theme.text; Layout.fillWidth: true; Layout.minimumWidth: 100; wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight }
                    LiftTrack { change: row.modelData.change; scale: box.scale; Layout.preferredWidth: box.trackWidth }
                    Label { text: row.modelData.detail; color: Theme.subtleText; Layout.preferredWidth: box.detailWidth }
                }
            }
            Component {
                id: underRow
                ColumnLayout {
                    id: narrowRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.detail
                    Label { text: narrowRow.modelData.label; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        LiftTrack { change: narrowRow.modelData.change; scale: box.scale; Layout.preferredWidth: box.trackWidth }
                        Label { text: narrowRow.modelData.detail; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                }
            }
        }
    }
    FormSection {
        title: qsTr("Plans done, by week")
        Label { visible: !page.backend || page.backend.planRate.length === 0; text: qsTr("No plans yet."); color: Theme.subtleText }
        Repeater {
            model: page.backend ? page.backend.planRate.slice(-8) : []
            delegate: Label { required property var modelData; text: qsTr("Week of %1: %2 of %3 done (%4 %)").arg(modelData.week.toLocaleDateString(Qt.locale(), "d MMM")).arg(modelData.done).arg(modelData.planned).arg(modelData.percent); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
    }
    FormSection {
        id: weekSection
        title: qsTr("This week by part of life")
        description: qsTr("Each dot is an activity you logged.")
        readonly property var days: page.backend ? page.backend.grid : []
        readonly property var areas: page.backend ? page.backend.areas : []
        // A grid (a row per part of life, a column per day) where its columns fit; else
        // a line per part of life naming its days (800x600 at 200 % text: the grid
        // needs 740 px). Made when chosen (a layout shown after it was laid out hidden
        // kept a stale layout in Qt 6.4).
        readonly property bool asGrid: availableWidth <= 0
            || availableWidth >= (90 + 7 * 36) * Theme.textScale + 7 * Theme.smallSpacing
        Loader {
            id: weekLoader
            Layout.fillWidth: true
            sourceComponent: weekSection.asGrid ? weekGrid : weekLines
        }
        Component {
            id: weekGrid
            GridLayout {
                id: grid
                columns: 8
                columnSpacing: Theme.smallSpacing
                rowSpacing: Theme.smallSpacing
                width: weekLoader.width
                readonly property var days: weekSection.days
                Item { Layout.fillWidth: true; implicitHeight: 1 }
                Repeater {
                    model: grid.days
                    delegate: Label { required property var modelData; objectName: "gridDay"; text: modelData.day; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 36 * Theme.textScale }
                }
                Repeater {
                    model: weekSection.areas
                    delegate: Repeater {
                        id: areaRow
                        required property var modelData
                        required property int index
                        readonly property string name: modelData.name
                        readonly property int area: index
                        model: 1 + grid.days.length
                        delegate: Label {
                            required property int index
                            readonly property int count: index === 0 ? 0 : grid.days[index - 1].counts[areaRow.area]
                            objectName: index === 0 ? "gridHeader" : "gridCell"
                            text: index === 0 ? areaRow.name : (count > 0 ? "●".repeat(Math.min(count, 5)) : "·")
                            color: index === 0 ? Theme.text : Theme.accent
                            font.pixelSize: index === 0 ? Theme.fontSmall + 1 : Theme.fontSmall
                            // A long word breaks rather than run out of its column (800x600 at 200 %)
                            wrapMode: index === 0 ? Text.WrapAtWordBoundaryOrAnywhere : Text.NoWrap
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignHCenter
                            Layout.fillWidth: index === 0
                            Layout.minimumWidth: (index === 0 ? 90 : 36) * Theme.textScale // the cells grow with the text (issue 29)
                            Layout.preferredWidth: index === 0 ? -1 : 36 * Theme.textScale
                            Accessible.name: index === 0 ? text : qsTr("%1, %2: %3 logged").arg(areaRow.name).arg(grid.days[index - 1].day).arg(count)
                        }
                    }
                }
            }
        }
        Component {
            id: weekLines
            ColumnLayout {
                width: weekLoader.width
                spacing: Theme.spacing // a part of life's days, then a gap, then the next name
                Repeater {
                    model: weekSection.areas
                    delegate: ColumnLayout {
                        id: areaLine
                        required property var modelData
                        required property int index
                        readonly property var logged: weekSection.days.filter(d => d.counts[areaLine.index] > 0)
                        Layout.fillWidth: true
                        spacing: 0
                        Accessible.role: Accessible.StaticText
                        Accessible.name: areaLine.modelData.name + ": " + daysText.text
                        Label {
                            objectName: "gridHeader"
                            text: areaLine.modelData.name
                            color: Theme.text
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            Layout.fillWidth: true
                        }
                        Label {
                            id: daysText
                            objectName: "areaDays"
                            text: areaLine.logged.length === 0 ? qsTr("nothing logged")
                                  : areaLine.logged.map(d => d.day + " " + "●".repeat(Math.min(d.counts[areaLine.index], 5))).join(",  ")
                            color: areaLine.logged.length === 0 ? Theme.subtleText : Theme.accent
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
