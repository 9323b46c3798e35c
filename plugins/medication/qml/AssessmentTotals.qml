import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One questionnaire's totals in the summary's period: each with its date and
// band in plain words, or that there are none in this period.
ColumnLayout {
    id: block
    /// MedBackend.assessmentTotals() item: {kind, name, maximum, totals: [{total, band, date}], earlier}.
    property var measure: ({})
    readonly property var totals: measure.totals || []
    spacing: 2
    objectName: "totals-" + (measure.kind || "")
    Accessible.role: Accessible.Grouping
    Accessible.name: measure.name || ""

    Label {
        text: qsTr("%1, total 0-%2").arg(block.measure.name || "").arg(block.measure.maximum || 0)
        color: Theme.text
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "none"
        visible: block.totals.length === 0
        text: qsTr("None in this period.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        model: block.totals
        delegate: Label {
            required property var modelData
            text: modelData.band.length > 0 ? qsTr("%1: %2, %3").arg(modelData.date).arg(modelData.total).arg(modelData.band)
                                            : qsTr("%1: %2").arg(modelData.date).arg(modelData.total)
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    Label {
        visible: (block.measure.earlier || 0) > 0
        text: qsTr("%1 earlier in the period, not listed").arg(block.measure.earlier || 0)
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
