import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Under a list that holds its newest page: loads the next, older page
// (issue 18). Shown while the backend says there is more (backend.more[list]).
Button {
    id: button
    property QtObject backend
    property string list          // a key of backend.more: "people", "transitions", "lifeEvents", ...
    objectName: "showOlder-" + list
    visible: backend !== null && backend.more[list] === true
    flat: true
    Layout.alignment: Qt.AlignLeft
    Accessible.name: text
    onClicked: backend.showOlder(list)
}
