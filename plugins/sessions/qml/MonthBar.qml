import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One month of the "over time" view: a column for the sessions, and under
// it how much of the homework agreed that month was done.
ColumnLayout {
    id: bar
    required property var month
    property int maxSessions: 1

    spacing: 2
    Layout.fillWidth: true
    Layout.preferredWidth: 1 // equal columns, whatever their labels
    Layout.maximumWidth: 72  // a few months stay together, not spread across the page
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %n sessions", "", month.sessions).arg(month.month) +
                     (month.homeworkSet > 0 ? qsTr(", homework %1 of %2 done").arg(month.homeworkDone).arg(month.homeworkSet) : "")

    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: 80
        Rectangle {
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(28, parent.width - 4)
            // Below the count's line, so the tallest bar never covers its number.
            height: bar.month.sessions === 0 ? 2 : (parent.height - 18) * bar.month.sessions / Math.max(1, bar.maxSessions)
            radius: 3
            color: bar.month.sessions === 0 ? Theme.border : Theme.accent
        }
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: (parent.height - 18) * bar.month.sessions / Math.max(1, bar.maxSessions) + 2
            visible: bar.month.sessions > 0
            text: bar.month.sessions
            color: Theme.subtleText
            font.pixelSize: Theme.fontSmall
        }
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        text: bar.month.shortMonth
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        text: bar.month.homeworkSet > 0 ? bar.month.homeworkDone + "/" + bar.month.homeworkSet : ""
        color: Theme.positive
        font.pixelSize: Theme.fontSmall
    }
}
