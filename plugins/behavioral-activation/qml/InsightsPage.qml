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
        model: [{ title: qsTr("Activities that lift your mood most"), key: "liftByActivity", hint: "liftByActivityHint" },
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
            readonly property real detailWidth: Math.ceil(Math.max(0, ...box.rows.map(r => metrics.advanceWidth(r.detail)))) + 2
            Label { id: probe; visible: false; Layout.preferredHeight: 0; Layout.preferredWidth: 0 }
            FontMetrics { id: metrics; font: probe.font }
            Label { visible: box.rows.length === 0; text: page.backend ? page.backend[box.modelData.hint] : ""; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Repeater {
                model: box.rows
                delegate: RowLayout {
                    id: row
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.detail
                    Label { text: row.modelData.label; color: Theme.text; Layout.fillWidth: true; Layout.minimumWidth: 100; wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight }
                    // Zero in the middle: a lift grows right in green, a drop grows left in muted blue.
                    Item {
                        id: track
                        Layout.preferredWidth: row.width > 560 ? 160 : 110
                        Layout.preferredHeight: 16
                        readonly property real half: width / 2
                        Rectangle { objectName: "liftAxis"; x: track.half; width: 1; height: parent.height; color: Theme.border }
                        Rectangle {
                            objectName: "liftBar"
                            readonly property real change: row.modelData.change
                            readonly property real length: Math.max(2, Math.abs(change) / box.scale * (track.half - 1))
                            x: change >= 0 ? track.half + 1 : track.half - length
                            y: 3
                            width: length
                            height: 10
                            radius: 3
                            color: change >= 0 ? Theme.positive : Theme.moodColor(2)
                        }
                    }
                    Label { text: row.modelData.detail; color: Theme.subtleText; Layout.preferredWidth: box.detailWidth }
                }
            }
        }
    }
    FormSection {
        title: qsTr("Plans done, by week")
        Label { visible: !page.backend || page.backend.planRate.length === 0; text: qsTr("No plans yet."); color: Theme.subtleText }
        Repeater {
            model: page.backend ? page.backend.planRate.slice(-8) : []
            delegate: Label { required property var modelData; text: qsTr("Week of %1: %2 of %3 done (%4 %)").arg(Qt.formatDate(modelData.week, "d MMM")).arg(modelData.done).arg(modelData.planned).arg(modelData.percent); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
    }
    FormSection {
        title: qsTr("This week by part of life")
        description: qsTr("Each dot is an activity you logged.")
        // One row per part of life (names in full), one column per day.
        GridLayout {
            id: grid
            columns: 8
            columnSpacing: Theme.smallSpacing
            rowSpacing: Theme.smallSpacing
            Layout.fillWidth: true
            readonly property var days: page.backend ? page.backend.grid : []
            Item { Layout.fillWidth: true; implicitHeight: 1 }
            Repeater {
                model: grid.days
                delegate: Label { required property var modelData; objectName: "gridDay"; text: modelData.day; color: Theme.subtleText; font.pixelSize: Theme.fontSmall; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 36 * Theme.textScale }
            }
            Repeater {
                model: page.backend ? page.backend.areas : []
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
}
