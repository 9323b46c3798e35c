import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// An automatic thought, and whether it is the hot one (the thought that
// carries the most feeling).
RowLayout {
    id: row
    property string text
    property bool hot: false
    signal edited(string text)
    signal madeHot()
    signal removeRequested()

    spacing: Theme.spacing
    TextField {
        text: row.text
        placeholderText: qsTr("What went through your mind?")
        Layout.fillWidth: true
        Accessible.name: qsTr("Automatic thought")
        onTextEdited: row.edited(text)
    }
    RadioButton {
        text: qsTr("Hot thought")
        checked: row.hot
        Accessible.name: qsTr("Mark as the hot thought")
        onClicked: row.madeHot()
    }
    Button {
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove this thought")
        onClicked: row.removeRequested()
    }
}
