import QtQuick
import QtQuick.Controls
import Tessera.Ui

// The heading above each day's entries: "Today", "Yesterday", or the date.
Label {
    required property string section
    text: app.dayLabel(section)
    color: Theme.subtleText
    font.pixelSize: Theme.fontBody
    font.bold: true
    topPadding: Theme.spacing
    bottomPadding: 2
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
