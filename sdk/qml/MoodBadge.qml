import QtQuick
import QtQuick.Controls

// A small round badge showing a mood 0-10, or nothing when there is none.
Rectangle {
    id: badge
    property var mood: undefined
    readonly property bool hasMood: mood !== undefined && mood !== null

    visible: hasMood
    implicitWidth: 34
    implicitHeight: 34
    radius: width / 2
    color: Theme.moodColor(mood)
    Accessible.role: Accessible.StaticText
    Accessible.name: hasMood ? qsTr("Mood %1 of 10").arg(mood) : ""

    Label {
        anchors.centerIn: parent
        text: badge.hasMood ? badge.mood : ""
        // Near black in both themes: 4.8:1 or more on every mood's colour (white
        // gave 3.3:1 light and 2.0:1 dark; test_moodBadgeWordsReadOnEveryMood).
        color: "#14181d"
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
}
