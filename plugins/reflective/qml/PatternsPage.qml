import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Patterns with people: the client's own words from their moments with
// people, counted. What I wanted, how they responded, how I responded, who
// with, and the wish, response and feeling that came back together. Nothing
// here interprets: it reflects the words back and counts them.
ModulePage {
    id: page
    title: qsTr("Patterns with people")
    subtitle: qsTr("Your own words from the moments you wrote down, and how often they come back. Something to wonder about, and to bring to a session if you like.")

    property int months: 3
    property var figures: ({})
    function reload() { if (page.backend) page.figures = page.backend.patternsNow(page.months) }
    function rows(list) {
        return (list || []).map(t => ({ label: t.tag, value: t.count,
                                         valueLabel: qsTr("%n time(s)", "moments", t.count) + (t.withLabel ? " · " + qsTr("with %1").arg(t.withLabel) : "") }))
    }
    function most(list) { return Math.max(1, ...(list || []).map(t => t.count)) }
    Component.onCompleted: reload()
    onMonthsChanged: reload()
    Connections {
        target: page.backend
        function onDataChanged() { page.reload() }
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Show"); color: Theme.subtleText }
        ChoiceBox {
            objectName: "months"
            textRole: "label"
            valueRole: "months"
            model: [{ months: 1, label: qsTr("the last month") }, { months: 3, label: qsTr("the last 3 months") },
                    { months: 12, label: qsTr("the last 12 months") }, { months: 0, label: qsTr("everything") }]
            currentIndex: 1
            Accessible.name: qsTr("Show")
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            onActivated: page.months = currentValue
        }
    }
    Label {
        objectName: "summary"
        visible: (page.figures.episodes || 0) > 0
        text: page.figures.summary || ""
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    EmptyState {
        visible: (page.figures.episodes || 0) === 0
        title: qsTr("Nothing to show yet")
        message: qsTr("No moments written down in this time. Write down a few moments with people, with a few words for each part, or show a longer time: patterns show here as they come back.")
        actionText: qsTr("Write about a moment")
        onActionTriggered: page.openPage("episode")
        Layout.fillWidth: true
    }
    FormSection {
        visible: (page.figures.recurring || []).length > 0
        title: qsTr("What comes back together")
        description: qsTr("A wish, their response and yours, found together in two or more moments.")
        Repeater {
            model: page.figures.recurring || []
            delegate: RecurringRow {}
        }
    }
    BarRows {
        objectName: "wishesChart"
        visible: (page.figures.episodes || 0) > 0
        title: qsTr("What I wanted")
        subtitle: qsTr("moments, and with whom")
        maximum: page.most(page.figures.wishes)
        rows: page.rows(page.figures.wishes)
    }
    BarRows {
        objectName: "othersChart"
        visible: (page.figures.episodes || 0) > 0
        title: qsTr("How they responded")
        subtitle: qsTr("or how I expected them to")
        maximum: page.most(page.figures.others)
        rows: page.rows(page.figures.others)
    }
    BarRows {
        objectName: "selvesChart"
        visible: (page.figures.episodes || 0) > 0
        title: qsTr("How I responded and felt")
        subtitle: qsTr("moments, and with whom")
        maximum: page.most(page.figures.selves)
        rows: page.rows(page.figures.selves)
    }
    BarRows {
        objectName: "peopleChart"
        visible: (page.figures.episodes || 0) > 0
        title: qsTr("Who the moments were with")
        subtitle: qsTr("moments")
        maximum: page.most(page.figures.people)
        rows: (page.figures.people || []).map(t => ({ label: t.tag, value: t.count, valueLabel: qsTr("%n time(s)", "moments", t.count) }))
    }
}
