import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Things Tessera must tell the client at start (a refused profile, a module
// in safe mode), one line each, dismissable.
ColumnLayout {
    id: banner
    property var notices: []
    signal dismissed(int index)

    visible: notices.length > 0
    spacing: 0
    Repeater {
        model: banner.notices
        delegate: Pane {
            required property string modelData
            required property int index
            Layout.fillWidth: true
            padding: Theme.smallSpacing + 2
            background: Rectangle { color: Theme.dark ? "#3b3526" : "#fbf1d9" }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: modelData
            RowLayout {
                anchors.fill: parent
                Label {
                    text: modelData
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontBody - 1
                }
                Button {
                    text: qsTr("Dismiss")
                    flat: true
                    Accessible.name: qsTr("Dismiss this notice")
                    onClicked: banner.dismissed(index)
                }
            }
        }
    }
}
