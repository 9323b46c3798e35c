import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One module on the Share page: a box for all its kinds, then its kinds in
// `columns` columns, each with how many entries of it the period holds
// (greyed when none). The boxes come from `layout` (share.moduleLayout,
// which stays put), their ticks and counts from `module` (share.modules):
// ticking a box never rebuilds the boxes, so the keyboard focus stays on it.
ColumnLayout {
    id: row
    /// {id, name, kinds: [{kind, title}]}
    property var layout: ({})
    /// {id, name, chosen, partly, count, kinds: [{kind, title, chosen, count}]}
    property var module: ({})
    property int columns: 1
    signal moduleToggled(bool chosen)
    signal kindToggled(string kind, bool chosen)
    spacing: 2

    function kindState(kind) {
        const kinds = row.module && row.module.kinds ? row.module.kinds : []
        for (let i = 0; i < kinds.length; ++i) {
            if (kinds[i].kind === kind)
                return kinds[i]
        }
        return { kind: kind, chosen: false, count: 0 }
    }

    CheckBox {
        id: moduleBox
        objectName: "shareModule-" + row.layout.id
        readonly property int count: row.module.count || 0
        text: qsTr("%1 (%n entries)", "", count).arg(row.layout.name)
        tristate: false
        checkState: row.module.chosen ? Qt.Checked : (row.module.partly ? Qt.PartiallyChecked : Qt.Unchecked)
        font.bold: true
        Layout.fillWidth: true
        contentItem: ControlLabel { control: moduleBox }
        Accessible.name: text
        Accessible.description: row.module.partly ? qsTr("Some kinds are picked") : ""
        // A click on a partly picked module picks all of it.
        onClicked: row.moduleToggled(!row.module.chosen)
        Keys.onReturnPressed: row.moduleToggled(!row.module.chosen)
        Keys.onEnterPressed: row.moduleToggled(!row.module.chosen)
        FocusMark {}
    }
    // Kinds in equal columns, the same in every module, so the list reads as a table.
    Flow {
        id: kindFlow
        readonly property real columnWidth: Math.floor((width - spacing * (columns - 1)) / columns)
        readonly property int columns: Math.max(1, row.columns)
        spacing: columns > 1 ? Math.round(Theme.spacing / 2) : 0
        Layout.leftMargin: Theme.spacing * 2
        Layout.fillWidth: true
        Repeater {
            model: row.layout.kinds
            delegate: CheckBox {
                id: kindBox
                required property var modelData
                readonly property var state: row.kindState(modelData.kind)
                readonly property int count: state.count || 0
                objectName: "shareKind-" + modelData.kind
                width: kindFlow.columnWidth
                text: qsTr("%1 (%n)", "", count).arg(modelData.title)
                checked: state.chosen === true
                Accessible.name: qsTr("%1, %n entries in the period", "", count).arg(modelData.title)
                // The whole title, wrapped rather than cut; greyed when the
                // period has none of the kind, so the list keeps its shape.
                contentItem: Label {
                    leftPadding: kindBox.indicator && !kindBox.mirrored ? kindBox.indicator.width + kindBox.spacing : 0
                    rightPadding: kindBox.indicator && kindBox.mirrored ? kindBox.indicator.width + kindBox.spacing : 0
                    text: kindBox.text
                    font: kindBox.font
                    color: kindBox.count > 0 ? Theme.text : Theme.subtleText
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: row.kindToggled(modelData.kind, checked)
                Keys.onReturnPressed: row.kindToggled(modelData.kind, !checked)
                Keys.onEnterPressed: row.kindToggled(modelData.kind, !checked)
                FocusMark {}
            }
        }
    }
}
