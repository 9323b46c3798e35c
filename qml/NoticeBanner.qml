import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Things Tessera must tell the client at start (a refused profile, a module
// in safe mode, that it is not an emergency service), dismissable. Where the
// words would get a narrow column beside Dismiss, Dismiss goes under them
// (in Spanish at 800x600 and 200 % text they had 12 px a word's width).
ColumnLayout {
    id: banner
    property var notices: []
    signal dismissed(int index)

    visible: notices.length > 0
    spacing: 0
    Repeater {
        model: banner.notices
        delegate: Pane {
            id: notice
            required property string modelData
            required property int index
            Layout.fillWidth: true
            padding: Theme.smallSpacing + 2
            background: Rectangle { color: Theme.dark ? "#3b3526" : "#fbf1d9" }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: modelData
            GridLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                // Beside the words while they keep about 28 characters a line.
                columns: notice.availableWidth - dismiss.implicitWidth >= 28 * Theme.fontBody ? 2 : 1
                columnSpacing: Theme.smallSpacing
                rowSpacing: 0
                Label {
                    text: notice.modelData
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody - 1
                }
                Button {
                    id: dismiss
                    objectName: "dismissNotice"
                    text: qsTr("Dismiss")
                    flat: true
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    Accessible.name: qsTr("Dismiss this notice")
                    onClicked: banner.dismissed(notice.index)
                }
            }
        }
    }
}
