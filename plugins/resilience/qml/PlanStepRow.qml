import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One step of the action plan: what, when (a date, optional) and done.
RowLayout {
    id: row
    required property int index
    required property string text
    required property string when
    required property bool done
    signal edited(string field, var value)
    signal removeRequested()

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    CheckBox {
        objectName: "stepDone"
        checked: row.done
        Accessible.name: qsTr("Step %1 done").arg(row.index + 1)
        onToggled: row.edited("done", checked)
    }
    TextField {
        objectName: "stepText"
        Layout.fillWidth: true
        text: row.text
        maximumLength: 300
        Accessible.name: qsTr("Step %1").arg(row.index + 1)
        onTextEdited: row.edited("text", text)
    }
    Label { text: qsTr("When"); color: Theme.subtleText }
    TextField {
        objectName: "stepWhen"
        Layout.preferredWidth: 130 * Theme.textScale // the whole date at any text size
        text: row.when
        maximumLength: 10
        placeholderText: qsTr("YYYY-MM-DD")
        Accessible.name: qsTr("When, step %1").arg(row.index + 1)
        onTextEdited: row.edited("when", text)
    }
    Button {
        objectName: "removeStep"
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove step %1").arg(row.index + 1)
        onClicked: row.removeRequested()
    }
}
