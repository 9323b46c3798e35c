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
    // The height of the title row (it wraps at large text): a chart whose height
    // follows its content adds it to its own (BarRows does).
    readonly property real headerHeight: header.implicitHeight

    padding: Theme.spacing
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: summary

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        RowLayout {
            id: header
            Layout.fillWidth: true
            // Both wrap: long titles (another language, large text) take two lines, never cut (issue 29).
            Label { text: frame.title; color: Theme.text; font.pixelSize: Theme.fontBody; font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label {
                text: frame.subtitle
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: Math.min(implicitWidth, frame.availableWidth / 2)
            }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
