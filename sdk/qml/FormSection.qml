import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled group of fields on a calm card; put fields inside it.
Pane {
    id: section
    property string title
    property string description
    default property alias content: column.data

    Layout.fillWidth: true
    padding: Theme.spacing + 4
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            visible: section.title.length > 0
            text: section.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label {
            visible: section.description.length > 0
            text: section.description
            color: Theme.subtleText
            font.pixelSize: Theme.fontBody - 1
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
    }
}
