import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One piece of homework agreed in a session: a tick (also for counted
// homework done another way, on paper say), and for counted homework its
// progress from the client's entries of a kind since the session, with Open
// for the page that makes one.
RowLayout {
    id: row
    required property var homework
    signal tickToggled(bool done)
    signal openRequested(string page)

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    CheckBox {
        objectName: "homeworkDone"
        Layout.alignment: Qt.AlignTop
        checked: row.homework.ticked
        Accessible.name: qsTr("Done: %1").arg(row.homework.text)
        Accessible.description: row.homework.progressLabel
        onToggled: row.tickToggled(checked)
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label { text: row.homework.text; color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label {
            objectName: "homeworkProgress"
            visible: text.length > 0
            text: row.homework.progressLabel
            color: row.homework.done ? Theme.positive : Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: (row.homework.hint || "").length > 0
            text: row.homework.hint || ""
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: row.homework.canCount
            from: 0
            to: Math.max(1, row.homework.target)
            value: Math.min(row.homework.count, row.homework.target)
            Layout.fillWidth: true
            Layout.maximumWidth: 320
            Accessible.name: row.homework.progressLabel
        }
    }
    Button {
        objectName: "openHomeworkPage"
        visible: row.homework.page !== ""
        // Beside the homework's first line, as the tick is: centred against a row Qt 6.4
        // had left the height of wrapped words, it reached 29 px into the next row
        // (the page audit's "spills", Spanish at 1920x1080 and 200 % text).
        Layout.alignment: Qt.AlignTop
        text: qsTr("Open")
        Accessible.name: qsTr("Open %1").arg(row.homework.kindTitle || row.homework.text)
        onClicked: row.openRequested(row.homework.page)
    }
}
