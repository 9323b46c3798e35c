import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A step towards the goal: text, optional date, ticked off when done.
RowLayout {
    id: row
    property string text
    property string due
    property bool done: false
    signal toggled(bool done)
    signal edited(string text, string due)
    signal removeRequested()

    spacing: Theme.spacing
    CheckBox {
        checked: row.done
        Accessible.name: qsTr("Done: %1").arg(row.text)
        onToggled: row.toggled(checked)
    }
    TextField {
        text: row.text
        placeholderText: qsTr("A step, e.g. find a route near home")
        Layout.fillWidth: true
        font.strikeout: row.done
        Accessible.name: qsTr("Step")
        onTextEdited: row.edited(text, row.due)
    }
    TextField {
        text: row.due
        placeholderText: qsTr("YYYY-MM-DD")
        Layout.preferredWidth: 130 * Theme.textScale // the whole date at any text size
        Accessible.name: qsTr("Step date")
        onTextEdited: row.edited(row.text, text)
    }
    Button { text: qsTr("Remove"); flat: true; Accessible.name: qsTr("Remove this step"); onClicked: row.removeRequested() }
}
