import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A page's title and one line about it.
ColumnLayout {
    id: header
    property string title
    property string subtitle
    /// The title's width on one line (a page puts its header's buttons below it when they leave less).
    readonly property real titleWidth: titleLabel.implicitWidth
    spacing: 2
    Layout.fillWidth: true
    Label {
        id: titleLabel
        text: header.title
        color: Theme.text
        font.pixelSize: Theme.fontHeading
        font.bold: true
        Layout.fillWidth: true
        // A word longer than the line (a narrow window at 200 % text) breaks there rather
        // than run out; other titles break between words only.
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
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
