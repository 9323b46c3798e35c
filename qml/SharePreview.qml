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

    // Says whether the pages below still match the choices above.
    Label {
        objectName: "sharePreviewState"
        visible: preview.pages > 0
        text: preview.current
              ? qsTr("Preview of your current choices: %n pages.", "", preview.pages)
              : qsTr("This preview is out of date: you changed your choices since. Press Preview again to see them.")
        color: preview.current ? Theme.subtleText : Theme.text
        font.bold: !preview.current
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        model: preview.pages
        delegate: Rectangle {
            required property int index
            objectName: "sharePreviewPage-" + index
            Layout.fillWidth: true
            // The page's own proportions at the column's width (not the
            // painted height, which would follow this height back: a loop).
            Layout.preferredHeight: pageImage.implicitWidth > 0
                                    ? Math.round((width - 2) * pageImage.implicitHeight / pageImage.implicitWidth) + 2
                                    : 200
            color: "white"
            border.color: Theme.border
            // An out-of-date preview is faded, beside the sentence saying so.
            opacity: preview.current ? 1 : 0.55
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Page %1 of %2 of the report").arg(index + 1).arg(preview.pages)
            Image {
                id: pageImage
                objectName: "sharePreviewImage"
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
