import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One block of a report section: a heading, a paragraph, or a table (a
// chart comes as a table of its figures).
ColumnLayout {
    id: view
    property var block: ({})
    spacing: 4
    Label {
        visible: view.block.text !== ""
        text: view.block.text
        color: Theme.text
        font.bold: view.block.type !== "paragraph"
        font.pixelSize: view.block.type === "heading" ? Theme.fontBody + 2 : Theme.fontBody
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: view.block.type === "heading" ? Accessible.Heading : Accessible.StaticText
        Accessible.name: text
    }
    GridLayout {
        visible: view.block.type === "table" || view.block.type === "chart"
        columns: Math.max(1, (view.block.columns || []).length)
        columnSpacing: Theme.spacing
        rowSpacing: 2
        Layout.fillWidth: true
        Repeater {
            model: view.block.columns || []
            delegate: Label {
                required property var modelData
                text: modelData
                font.bold: true
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Repeater {
            // Every cell, row after row.
            model: (view.block.rows || []).reduce((cells, row) => cells.concat(row), [])
            delegate: Label {
                required property var modelData
                text: modelData
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
