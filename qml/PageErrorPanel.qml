import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Shown in place of a page that failed: what failed and the reason.
FormSection {
    id: panel
    property string message
    description: qsTr("Everything else in Tessera works as usual, and nothing you saved is affected. The reason, for your clinic or the module's author:")
    Accessible.role: Accessible.AlertMessage
    Label {
        text: panel.message
        color: Theme.danger
        font.family: "monospace"
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
}
