import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// An automatic thought, and whether it is the hot one (the thought that
// carries the most feeling). The thought, "Hot thought" and Remove on one
// line; the thought on a line of its own where the row is narrow (800 px
// with 200 % text ran them past the card). Placed by row and column.
GridLayout {
    id: row
    property string text
    property bool hot: false
    signal edited(string text)
    signal madeHot()
    signal removeRequested()

    readonly property bool wide: width <= 0 || width >= 12 * Theme.fontBody + hotButton.implicitWidth + removeButton.implicitWidth + 2 * columnSpacing
    columnSpacing: Theme.spacing
    rowSpacing: Theme.smallSpacing
    TextField {
        text: row.text
        placeholderText: qsTr("What went through your mind?")
        Layout.row: 0
        Layout.column: 0
        Layout.columnSpan: row.wide ? 1 : 3
        Layout.fillWidth: true
        Accessible.name: qsTr("Automatic thought")
        onTextEdited: row.edited(text)
    }
    RadioButton {
        id: hotButton
        text: qsTr("Hot thought")
        checked: row.hot
        Layout.row: row.wide ? 0 : 1
        Layout.column: row.wide ? 1 : 0
        Layout.fillWidth: !row.wide
        contentItem: ControlLabel { control: hotButton } // wraps where the row is narrow
        Accessible.name: qsTr("Mark as the hot thought")
        onClicked: row.madeHot()
    }
    Button {
        id: removeButton
        text: qsTr("Remove")
        flat: true
        Layout.row: row.wide ? 0 : 1
        Layout.column: row.wide ? 2 : 1
        Accessible.name: qsTr("Remove this thought")
        onClicked: row.removeRequested()
    }
}
