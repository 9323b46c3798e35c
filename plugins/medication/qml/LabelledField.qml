import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A form field with its label above it, as wide as the Flow gives it: the
// medicine form's fields side by side in a wide window, one under another in
// a narrow one (at 800x600 and 200 % text its four-column grid pushed most
// fields past the window's edge). Put the control inside, Layout.fillWidth.
ColumnLayout {
    property alias label: caption.text
    spacing: 2
    Label {
        id: caption
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
