import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The frame every chart sits in: title, optional subtitle, content, and a
// sentence for screen readers saying what the chart shows.
Pane {
    id: frame
    property string title
    property string subtitle
    property string summary
    default property alias content: body.data

    padding: Theme.spacing
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: summary

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            Label { text: frame.title; color: Theme.text; font.pixelSize: Theme.fontBody; font.bold: true; Layout.fillWidth: true }
            Label { text: frame.subtitle; color: Theme.subtleText; font.pixelSize: Theme.fontSmall }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
