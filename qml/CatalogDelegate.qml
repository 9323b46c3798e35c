import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One module in the catalogue: name, versions, description, state, reason.
Pane {
    id: row
    required property string moduleId
    required property string name
    required property string version
    required property string sdkVersion
    required property string description
    required property string state
    required property string stateLabel
    required property string reason
    required property bool enabled
    required property string moduleColor
    required property bool pending
    property bool locked: false
    signal toggled(string id, bool on)

    padding: Theme.spacing
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(name).arg(stateLabel)
    Accessible.description: reason

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Rectangle { width: 6; radius: 3; color: row.moduleColor; Layout.fillHeight: true }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Label { text: row.name; color: Theme.text; font.pixelSize: Theme.fontBody; font.bold: true }
                Label {
                    text: row.version.length > 0 ? qsTr("version %1 · SDK %2").arg(row.version).arg(row.sdkVersion) : ""
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: row.stateLabel
                    color: row.state === "loaded" ? Theme.positive : (row.state === "disabled" ? Theme.subtleText : Theme.danger)
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                }
            }
            Label {
                visible: row.description.length > 0
                text: row.description
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: row.reason.length > 0
                text: row.reason
                color: row.state === "disabled" ? Theme.subtleText : Theme.danger
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: row.pending
                text: qsTr("Changes when you next open Tessera.")
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
            }
        }
        Switch {
            visible: !row.locked
            checked: row.enabled
            Accessible.name: qsTr("%1 on").arg(row.name)
            onToggled: row.toggled(row.moduleId, checked)
        }
    }
}
