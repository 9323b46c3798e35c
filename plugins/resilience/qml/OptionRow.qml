import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One option on the problem worksheet while listing them: just its words.
RowLayout {
    id: row
    required property int index
    required property string text
    signal edited(string field, var value)
    signal removeRequested()

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    Label { text: qsTr("%1.").arg(row.index + 1); color: Theme.subtleText }
    TextField {
        objectName: "optionText"
        Layout.fillWidth: true
        text: row.text
        maximumLength: 300
        Accessible.name: qsTr("Option %1").arg(row.index + 1)
        onTextEdited: row.edited("text", text)
    }
    Button {
        objectName: "removeOption"
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove option %1").arg(row.index + 1)
        onClicked: row.removeRequested()
    }
}
