import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// "Back to <page>" at the top of Need help now? and the safety plan: the way back to
// where the client was (Alt+Left too). Shown when there is a page to go back to.
Button {
    id: control
    /// The title of the page it goes back to ("" for none: then it is not shown).
    property string backTitle: ""
    visible: backTitle.length > 0
    flat: true
    text: qsTr("Back to %1").arg(backTitle)
    Layout.fillWidth: true
    Layout.maximumWidth: implicitWidth
    contentItem: ButtonLabel { control: control } // wraps in a narrow window with large text
    Accessible.name: text
}
