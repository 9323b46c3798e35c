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
    // A column is never narrower than its longest word, so words stay whole where
    // there is room ("Improvin g" at 200 % text once cells could break anywhere);
    // only where even that does not fit does a word break inside its column,
    // rather than run into the next ("Figure" into "Status").
    FontMetrics { id: cellMetrics; font.pixelSize: Theme.fontBody }
    FontMetrics { id: headerMetrics; font.pixelSize: Theme.fontBody; font.bold: true }
    readonly property int tableColumns: Math.max(1, (view.block.columns || []).length)
    function longestWord(text, metrics) {
        void metrics.font.pixelSize // measured again at another text size
        let widest = 0
        for (const word of String(text).split(/\s+/))
            widest = Math.max(widest, metrics.advanceWidth(word))
        // Never more than a fair share of the row: past that the table would run off it.
        return Math.min(Math.ceil(widest) + 1, Math.floor((view.width - (view.tableColumns - 1) * Theme.spacing) / view.tableColumns))
    }
    GridLayout {
        visible: view.block.type === "table"
        columns: view.tableColumns
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
                Layout.minimumWidth: view.longestWord(text, headerMetrics)
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
                Layout.minimumWidth: view.longestWord(text, cellMetrics)
            }
        }
    }
}
