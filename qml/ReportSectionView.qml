import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A module's report section (sdk::ReportSource) on screen: its headline
// figures, then its blocks (headings, paragraphs, tables; a chart as its
// figures, so a screen reader reads the same numbers).
FormSection {
    id: view
    property var section: ({})
    title: section.title
    Repeater {
        model: view.section.headlines
        delegate: ColumnLayout {
            required property var modelData
            spacing: 0
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                color: Theme.text
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: text !== ""
                text: modelData.detail
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    Repeater {
        model: view.section.blocks
        delegate: ReportBlockView {
            required property var modelData
            block: modelData
            Layout.fillWidth: true
        }
    }
}
