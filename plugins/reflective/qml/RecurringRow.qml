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

    // The names of the three parts share one column, as wide as the widest name on
    // one line where the row has room (at most 40 % of it), never narrower than its
    // longest word; the client's words take the rest and wrap. Where the row is
    // narrow (a small window, large text, Spanish), a name wraps at a word: "La otra
    // persona" on one line had left the words 87 px at 200 % text.
    FontMetrics { id: metrics; font: row.font }
    function longestWord(text) {
        return Math.ceil(String(text).split(/\s+/).reduce((w, word) => Math.max(w, metrics.advanceWidth(word)), 0))
    }
    readonly property var partNames: [qsTr("I wanted"), qsTr("They"), qsTr("I")]
    readonly property real partColumn: {
        void row.font.pixelSize // measured again at a new text size (advanceWidth alone is no dependency)
        const oneLine = Math.ceil(Math.max(...partNames.map(n => metrics.advanceWidth(n)))) + 1
        const longest = Math.max(...partNames.map(n => longestWord(n)))
        return Math.min(oneLine, Math.max(longest, Math.floor(parts.width * 0.4)))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        GridLayout {
            id: parts
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing
            Layout.fillWidth: true
            Label { text: row.partNames[0]; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.alignment: Qt.AlignTop; Layout.preferredWidth: row.partColumn; Layout.minimumWidth: row.partColumn }
            Label { text: row.modelData.wish; wrapMode: Text.WordWrap; Layout.alignment: Qt.AlignTop; Layout.fillWidth: true; Layout.preferredWidth: row.longestWord(text); Layout.minimumWidth: row.longestWord(text) }
            Label { text: row.partNames[1]; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.alignment: Qt.AlignTop; Layout.preferredWidth: row.partColumn; Layout.minimumWidth: row.partColumn }
            Label { text: row.modelData.other; wrapMode: Text.WordWrap; Layout.alignment: Qt.AlignTop; Layout.fillWidth: true; Layout.preferredWidth: row.longestWord(text); Layout.minimumWidth: row.longestWord(text) }
            Label { text: row.partNames[2]; color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.alignment: Qt.AlignTop; Layout.preferredWidth: row.partColumn; Layout.minimumWidth: row.partColumn }
            Label { text: row.modelData.self; wrapMode: Text.WordWrap; Layout.alignment: Qt.AlignTop; Layout.fillWidth: true; Layout.preferredWidth: row.longestWord(text); Layout.minimumWidth: row.longestWord(text) }
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
