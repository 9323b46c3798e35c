import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One block of a report section: a heading, a paragraph, a table, or a
// chart (drawn, with its figures in one sentence under it and for a screen reader).
ColumnLayout {
    id: view
    property var block: ({})
    spacing: 4
    Label {
        textFormat: Text.PlainText
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
    LineChart {
        visible: view.block.type === "chart"
        points: view.block.points || []
        xCount: Math.max(2, view.block.xCount || 2)
        yFrom: view.block.minimum || 0
        yTo: view.block.maximum || 10
        // Round steps (0, 5, 10 ... or 0, 10, 20 ...), never odd halves.
        yTicks: {
            const step = (yTo - yFrom) > 20 ? 10 : ((yTo - yFrom) > 5 ? 5 : 1)
            const ticks = []
            for (let v = yFrom; v <= yTo + 0.001; v += step)
                ticks.push(v)
            return ticks
        }
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? 140 : 0
        Accessible.role: Accessible.Chart
        Accessible.name: view.block.text
        Accessible.description: view.block.summary || ""
    }
    Label {
        textFormat: Text.PlainText
        visible: view.block.type === "chart"
        text: view.block.summary || ""
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    GridLayout {
        visible: view.block.type === "table"
        columns: Math.max(1, (view.block.columns || []).length)
        columnSpacing: Theme.spacing
        rowSpacing: 2
        Layout.fillWidth: true
        Repeater {
            model: view.block.columns || []
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                text: modelData
                font.bold: true
                color: Theme.subtleText
                // A word longer than its column breaks inside it: at 200 % text "Figure"
                // ran into "Status" beside it.
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Layout.fillWidth: true
            }
        }
        Repeater {
            // Every cell, row after row.
            model: (view.block.rows || []).reduce((cells, row) => cells.concat(row), [])
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                text: modelData
                color: Theme.text
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Layout.fillWidth: true
            }
        }
    }
}
