import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

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
    // Wraps in a narrow card (Spanish at 800x600 and 200 %: "Mostrar encuentros
    // anteriores" held the list past the window).
    contentItem: ButtonLabel { control: button }
    Layout.fillWidth: true
    Layout.maximumWidth: implicitWidth
    Accessible.name: text
    onClicked: backend.showOlder(list)
}
