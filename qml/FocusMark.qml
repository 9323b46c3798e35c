import QtQuick
import Tessera.Ui

// The keyboard focus mark of the host's pages (as NavigationPane and
// HelpNowButton draw theirs): a Theme.focus ring just outside its parent
// control while that control has the active focus. Put it inside the control.
Rectangle {
    objectName: "focusMark"
    property Item control: parent
    anchors.fill: parent
    anchors.margins: -4
    z: 100
    visible: control !== null && control.activeFocus
    color: "transparent"
    radius: Theme.radius
    border.color: Theme.focus
    border.width: 3
}
