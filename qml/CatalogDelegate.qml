import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One module in the catalogue: name, versions, description, state, reason,
// and its permissions (what it saves, what it reads and whether it may, how
// far a module is trusted), all as ready sentences from the model.
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
    required property string writesText
    required property string readsText
    required property string readsState
    required property bool canAnswerReads
    required property string trustText
    property bool locked: false
    signal toggled(string id, bool on)
    signal allowReads(string id)
    signal refuseReads(string id)

    padding: Theme.spacing
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(name).arg(stateLabel)
    Accessible.description: [reason, writesText, readsText].filter(t => t.length > 0).join(" ")

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Rectangle { width: 6; radius: 3; color: row.moduleColor; Layout.fillHeight: true }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            // The name, its version and its state on a line, wrapping where they do not fit
            // (in Spanish at 200 % text the state and the switch ran off the window).
            RowLayout {
                Flow {
                    id: nameAndVersion
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    Label {
                        width: Math.min(implicitWidth, nameAndVersion.width)
                        text: row.name; textFormat: Text.PlainText; color: Theme.text; font.pixelSize: Theme.fontBody; font.bold: true
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                    Label {
                        width: Math.min(implicitWidth, nameAndVersion.width)
                        text: row.version.length > 0 ? qsTr("version %1 · SDK %2").arg(row.version).arg(row.sdkVersion) : ""
                        color: Theme.subtleText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
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
                textFormat: Text.PlainText
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: row.reason.length > 0
                text: row.reason
                textFormat: Text.PlainText
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
            // Permissions (issue 20).
            Label {
                objectName: "writesText"
                visible: row.writesText.length > 0
                text: row.writesText
                textFormat: Text.PlainText
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallSpacing
            }
            Label {
                objectName: "readsText"
                visible: row.readsText.length > 0
                text: row.readsText
                textFormat: Text.PlainText
                color: row.readsState === "unanswered" ? Theme.text : Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ReadConsentActions {
                visible: row.canAnswerReads
                moduleName: row.name
                readsState: row.readsState
                Layout.fillWidth: true
                onAllow: row.allowReads(row.moduleId)
                onRefuse: row.refuseReads(row.moduleId)
            }
            Label {
                objectName: "trustText"
                visible: row.trustText.length > 0
                text: row.trustText
                textFormat: Text.PlainText
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Switch {
            objectName: "moduleSwitch"
            visible: !row.locked
            checked: row.enabled
            Accessible.name: qsTr("%1 on").arg(row.name)
            onToggled: row.toggled(row.moduleId, checked)
        }
    }
}
