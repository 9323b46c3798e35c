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
        // Title on the left, subtitle on the right; both wrap, so long titles (another
        // language, large text) take two lines and are never cut (issue 29). Plain
        // items with set widths: wrapped text inside a RowLayout made it lay out again
        // and again ("polish loop").
        Item {
            id: header
            Layout.fillWidth: true
            implicitHeight: Math.max(titleLabel.implicitHeight, subtitleLabel.implicitHeight)
            Label {
                id: titleLabel
                text: frame.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                // A word longer than the title's room breaks rather than being cut
                // ("desencadenó" at 800x600 and 200 % in Spanish).
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                width: Math.max(0, header.width - (subtitleLabel.text.length > 0 ? subtitleLabel.width + Theme.smallSpacing : 0))
            }
            Label {
                id: subtitleLabel
                text: frame.subtitle
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                anchors.right: parent.right
                width: Math.min(implicitWidth, header.width * 0.4) // the title keeps its longest word at 200 % text
            }
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
