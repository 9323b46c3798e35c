import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Patterns in the stress log over the last weeks: what set stress off most
// often, what helped most, and when stress ran high (by weekday, time of day
// and week). Worked out when the page opens, not at the app's start.
ModulePage {
    id: page
    title: qsTr("Stress patterns")
    subtitle: qsTr("What your stress log shows over the weeks. Patterns are a place to start, not a verdict.")

    property int weeks: 6
    property var figures: ({})
    function reload() { if (page.backend) page.figures = page.backend.patternsNow(page.weeks) }
    Component.onCompleted: reload()
    onWeeksChanged: reload()
    Connections {
        target: page.backend
        function onDataChanged() { page.reload() }
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Show"); color: Theme.subtleText }
        ChoiceBox {
            id: span
            objectName: "weeks"
            // As wide as its longest choice where there is room, else it wraps (in Spanish
            // at 800x600 and 200 % it held the page 113 px past the window).
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            textRole: "label"
            valueRole: "weeks"
            model: [{ weeks: 2, label: qsTr("the last 2 weeks") }, { weeks: 4, label: qsTr("the last 4 weeks") },
                    { weeks: 6, label: qsTr("the last 6 weeks") }, { weeks: 12, label: qsTr("the last 12 weeks") }]
            currentIndex: 2
            Accessible.name: qsTr("Show")
            onActivated: page.weeks = currentValue
        }
    }
    Label {
        objectName: "summary"
        text: page.figures.summary || ""
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    EmptyState {
        visible: (page.figures.entries || 0) === 0
        title: qsTr("Nothing to show yet")
        message: qsTr("After a few entries in your stress log, this page shows what sets stress off and what helps.")
        actionText: qsTr("Open the stress log")
        onActionTriggered: page.openPage("stress")
        Layout.fillWidth: true
    }
    BarRows {
        objectName: "triggersChart"
        visible: (page.figures.entries || 0) > 0
        title: qsTr("What set it off most often")
        subtitle: qsTr("times, and stress on average")
        maximum: Math.max(1, ...(page.figures.triggers || []).map(t => t.count))
        rows: (page.figures.triggers || []).map(t => ({ label: t.tag, value: t.count,
                  valueLabel: qsTr("%n times", "", t.count) + " · " + qsTr("%1 on average").arg(t.meanLabel) }))
    }
    BarRows {
        objectName: "helpedChart"
        visible: (page.figures.entries || 0) > 0 && (page.figures.helped || []).length > 0
        title: qsTr("What helped most")
        subtitle: qsTr("how much lower afterwards, when noted")
        barColor: Theme.positive
        maximum: Math.max(1, ...(page.figures.helped || []).map(t => t.meanDrop))
        rows: (page.figures.helped || []).map(t => ({ label: t.tag, value: Math.max(0, t.meanDrop),
                  valueLabel: t.withAfter === 0 ? qsTr("no level noted afterwards")
                              : (t.meanDrop >= 0 ? qsTr("%1 lower", "stress afterwards").arg(t.dropLabel)
                                                 : qsTr("%1 higher", "stress afterwards").arg(t.riseLabel))
                                + " · " + qsTr("%1 of %2 noted", "entries with a level afterwards").arg(t.withAfter).arg(t.count) }))
    }
    BarRows {
        objectName: "weekdayChart"
        visible: (page.figures.entries || 0) > 0
        title: qsTr("By day of the week")
        subtitle: qsTr("stress on average, 0 to 10")
        rows: (page.figures.weekdays || []).map(d => ({ label: d.label, value: d.meanLevel,
                  valueLabel: d.count > 0 ? d.meanLabel + " · " + qsTr("%n entries", "", d.count) : qsTr("no entries") }))
    }
    BarRows {
        objectName: "timeChart"
        visible: (page.figures.entries || 0) > 0
        title: qsTr("By time of day")
        subtitle: qsTr("stress on average, 0 to 10")
        rows: (page.figures.times || []).map(d => ({ label: d.label, value: d.meanLevel,
                  valueLabel: d.count > 0 ? d.meanLabel + " · " + qsTr("%n entries", "", d.count) : qsTr("no entries") }))
    }
    BarRows {
        objectName: "weekChart"
        visible: (page.figures.entries || 0) > 0
        title: qsTr("Week by week")
        subtitle: qsTr("stress on average, weeks starting")
        rows: (page.figures.byWeek || []).map(d => ({ label: d.label, value: d.meanLevel,
                  valueLabel: d.count > 0 ? d.meanLabel + " · " + qsTr("%n entries", "", d.count) : qsTr("no entries") }))
    }
}
