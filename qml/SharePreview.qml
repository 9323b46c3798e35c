import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The report's pages as they will print, one under another, each with its
// number for screen readers.
ColumnLayout {
    id: preview
    property int pages: 0
    property int revision: 0
    property bool current: true
    spacing: Theme.spacing

    Label {
        visible: preview.pages > 0 && !preview.current
        text: qsTr("You changed your choices since this preview. Press Preview again to see them.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        model: preview.pages
        delegate: Rectangle {
            required property int index
            objectName: "sharePreviewPage-" + index
            Layout.fillWidth: true
            Layout.preferredHeight: pageImage.implicitHeight > 0 ? pageImage.paintedHeight + 2 : 200
            color: "white"
            border.color: Theme.border
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Page %1 of %2 of the report").arg(index + 1).arg(preview.pages)
            Image {
                id: pageImage
                anchors.fill: parent
                anchors.margins: 1
                fillMode: Image.PreserveAspectFit
                horizontalAlignment: Image.AlignHCenter
                verticalAlignment: Image.AlignTop
                asynchronous: false
                cache: false
                sourceSize.width: Math.min(1200, Math.round(width))
                source: share.previewSource + "/" + preview.revision + "/" + index
            }
        }
    }
}
