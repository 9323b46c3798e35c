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

    // Where the row is narrow (a small window, large text, Spanish names), the names of
    // the three parts and the client's words both wrap, each down to its longest word;
    // "La otra persona" on one line had left the words 87 px at 200 % text.
    FontMetrics { id: metrics; font: row.font }
    function longestWord(text) {
        return Math.ceil(String(text).split(/\s+/).reduce((w, word) => Math.max(w, metrics.advanceWidth(word)), 0))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("I wanted"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.minimumWidth: row.longestWord(text); Layout.maximumWidth: implicitWidth }
            Label { text: row.modelData.wish; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.minimumWidth: row.longestWord(text) }
            Label { text: qsTr("They"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.minimumWidth: row.longestWord(text); Layout.maximumWidth: implicitWidth }
            Label { text: row.modelData.other; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.minimumWidth: row.longestWord(text) }
            Label { text: qsTr("I"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.minimumWidth: row.longestWord(text); Layout.maximumWidth: implicitWidth }
            Label { text: row.modelData.self; wrapMode: Text.WordWrap; Layout.fillWidth: true; Layout.minimumWidth: row.longestWord(text) }
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
