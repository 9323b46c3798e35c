import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A page's title and one line about it.
ColumnLayout {
    id: header
    property string title
    property string subtitle
    spacing: 2
    Layout.fillWidth: true
    Label {
        text: header.title
        color: Theme.text
        font.pixelSize: Theme.fontHeading
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: header.title
    }
    Label {
        visible: header.subtitle.length > 0
        text: header.subtitle
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
}
