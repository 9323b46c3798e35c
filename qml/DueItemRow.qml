import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One thing a module has due, in the Due strip: its title, a second line
// (the module's detail, the time or "from an earlier day", the module), and
// Open, which opens the module page that handles it.
Item {
    id: row
    required property string title
    required property string detail
    required property string moduleName
    required property string moduleColor
    required property string time
    required property string dueState
    required property string pageKey
    required property string itemId
    signal openRequested(string pageKey, string itemId)

    implicitHeight: layout.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: row.title

    // The second line: what the module says, then when, then whose.
    // An overdue item whose module says when it was due ("Ready since 14 Sep") is
    // not told "from an earlier day" a second time.
    readonly property string when: row.dueState === "overdue" ? (row.detail !== "" ? "" : qsTr("From an earlier day"))
                                   : row.time !== "" ? qsTr("At %1").arg(row.time) : qsTr("Today")
    readonly property string secondLine: [row.detail, row.when, row.moduleName].filter(part => part !== "").join(" · ")

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Rectangle {
            Layout.preferredWidth: 4
            Layout.fillHeight: true
            radius: 2
            color: row.moduleColor
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "dueTitle"
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                // Wraps, whole, where the row is narrow (800x600 at 200 % text cut
                // "Revisar el plan de actividades" to "Revisar el pl…").
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "dueDetail"
                text: row.secondLine
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "dueOpenButton"
            text: qsTr("Open")
            Accessible.name: qsTr("Open %1 in %2").arg(row.title).arg(row.moduleName)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: row.openRequested(row.pageKey, row.itemId)
        }
    }
}
