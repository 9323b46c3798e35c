import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One module on the Share page: a box for all its kinds, then one box per
// kind with how many entries of it the period holds.
ColumnLayout {
    id: row
    property var module: ({})
    signal moduleToggled(bool chosen)
    signal kindToggled(string kind, bool chosen)
    spacing: 2

    CheckBox {
        objectName: "shareModule-" + row.module.id
        text: qsTr("%1 (%n entries)", "", row.module.count).arg(row.module.name)
        tristate: false
        checkState: row.module.chosen ? Qt.Checked : (row.module.partly ? Qt.PartiallyChecked : Qt.Unchecked)
        font.bold: true
        Accessible.name: text
        Accessible.description: row.module.partly ? qsTr("Some kinds are picked") : ""
        // A click on a partly picked module picks all of it.
        onClicked: row.moduleToggled(!row.module.chosen)
        Keys.onReturnPressed: row.moduleToggled(!row.module.chosen)
        Keys.onEnterPressed: row.moduleToggled(!row.module.chosen)
    }
    Repeater {
        model: row.module.kinds
        delegate: CheckBox {
            required property var modelData
            objectName: "shareKind-" + modelData.kind
            Layout.leftMargin: Theme.spacing * 2
            text: qsTr("%1 (%n)", "", modelData.count).arg(modelData.title)
            checked: modelData.chosen
            Accessible.name: qsTr("%1, %n entries in the period", "", modelData.count).arg(modelData.title)
            onClicked: row.kindToggled(modelData.kind, checked)
            Keys.onReturnPressed: row.kindToggled(modelData.kind, !checked)
            Keys.onEnterPressed: row.kindToggled(modelData.kind, !checked)
        }
    }
}
