import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Which activities and parts of life lift your mood, how plans went, and
// this week at a glance.
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
        PageHeader { title: qsTr("What helps"); subtitle: qsTr("From the last 90 days of activities you logged with a mood before and after.") }
        Repeater {
            model: [{ title: qsTr("Activities that lift your mood most"), key: "liftByActivity" }, { title: qsTr("By part of life"), key: "liftByArea" }]
            delegate: FormSection {
                id: box
                required property var modelData
                title: modelData.title
                readonly property var rows: page.backend ? page.backend[modelData.key].slice(0, 6) : []
                Label { visible: box.rows.length === 0; text: qsTr("Log a few activities with your mood before and after to see this."); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Repeater {
                    model: box.rows
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Label { text: modelData.label; color: Theme.text; Layout.preferredWidth: 260; elide: Text.ElideRight }
                        Rectangle { Layout.preferredWidth: Math.max(3, Math.abs(modelData.change) * 40); Layout.preferredHeight: 10; radius: 5; color: modelData.change >= 0 ? Theme.positive : Theme.subtleText }
                        Label { text: (modelData.change >= 0 ? "+" : "") + modelData.change.toFixed(1) + qsTr(" mood (%1 times)").arg(modelData.count); color: Theme.subtleText }
                    }
                }
            }
        }
        FormSection {
            title: qsTr("Plans done, by week")
            Label { visible: !page.backend || page.backend.planRate.length === 0; text: qsTr("No plans yet."); color: Theme.subtleText }
            Repeater {
                model: page.backend ? page.backend.planRate.slice(-8) : []
                delegate: Label { required property var modelData; text: qsTr("Week of %1: %2 of %3 done (%4 %)").arg(Qt.formatDate(modelData.week, "d MMM")).arg(modelData.done).arg(modelData.planned).arg(modelData.percent); color: Theme.text }
            }
        }
        FormSection {
            title: qsTr("This week by part of life")
            GridLayout {
                columns: 6
                columnSpacing: Theme.spacing
                Label { text: "" }
                Repeater { model: page.backend ? page.backend.areas : []; delegate: Label { required property var modelData; text: modelData.name.split(" ")[0]; color: Theme.subtleText; font.pixelSize: Theme.fontSmall } }
                Repeater {
                    model: page.backend ? page.backend.grid : []
                    delegate: Repeater {
                        required property var modelData
                        model: [modelData.day].concat(modelData.counts)
                        delegate: Label {
                            required property var modelData
                            required property int index
                            text: index === 0 ? modelData : (modelData > 0 ? "●".repeat(Math.min(modelData, 5)) : "·")
                            color: index === 0 ? Theme.text : Theme.accent
                        }
                    }
                }
            }
        }
    }
}
