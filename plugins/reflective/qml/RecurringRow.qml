import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One pattern that came back, in the client's words: what I wanted, how
// they responded, how I responded; how often, when last, and with whom.
Frame {
    id: row
    required property var modelData
    Layout.fillWidth: true
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
    Accessible.role: Accessible.StaticText
    // The client's words joined as they are (an .arg() chain would read a "%2" they typed).
    Accessible.name: qsTr("I wanted:") + " " + modelData.wish + "; " + qsTr("they:") + " " + modelData.other + "; "
                     + qsTr("I:") + " " + modelData.self + ". " + qsTr("%n time(s), last on %1", "", modelData.count).arg(modelData.lastLabel)
                     + (modelData.withLabel ? ", " + qsTr("with") + " " + modelData.withLabel : "")

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("I wanted"); color: Theme.subtleText }
            Label { text: row.modelData.wish; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("They"); color: Theme.subtleText }
            Label { text: row.modelData.other; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("I"); color: Theme.subtleText }
            Label { text: row.modelData.self; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
        Label {
            text: qsTr("%n time(s), last on %1", "", row.modelData.count).arg(row.modelData.lastLabel)
                  + (row.modelData.withLabel ? " · " + qsTr("with") + " " + row.modelData.withLabel : "")
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
