import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One worksheet field: its label above a text box (a real label, not only a
// placeholder that goes as soon as the box holds the client's words). The
// delegate of the worksheets' and the conversation's repeaters: `modelData`
// is {key, label, height (optional)}; `text` is the box's.
ColumnLayout {
    required property var modelData
    property alias text: box.text
    Layout.fillWidth: true
    spacing: 4
    Label { text: modelData.label; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap }
    TextBox {
        id: box
        objectName: modelData.key
        Layout.fillWidth: true
        Layout.preferredHeight: modelData.height !== undefined ? modelData.height : 56
        accessibleName: modelData.label
    }
}
