import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// At the top of the timeline (issue 24): planned entries dated after now
// ("comingUp" model, core/app/comingupmodel.h), soonest first, so the list
// below opens at today. Folded by default; the heading button opens it
// (Enter or Space). Hidden when nothing is coming up.
ColumnLayout {
    id: section
    // The rows (the app's "comingUp" model; a test may give its own).
    property var model: comingUp
    property bool expanded: false
    signal openEntry(string entryId)

    objectName: "comingUpSection"
    visible: section.model !== null && section.model !== undefined && section.model.count > 0
    spacing: Theme.smallSpacing

    readonly property string countText: !section.model ? "0"
                                        : section.model.hasMore ? qsTr("%1+").arg(section.model.count) : String(section.model.count)

    Button {
        id: toggle
        objectName: "comingUpToggle"
        flat: true
        text: (section.expanded ? "▾ " : "▸ ") + qsTr("Coming up (%1)").arg(section.countText)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        Accessible.name: qsTr("Coming up, %1 planned in the next two weeks").arg(section.countText)
        Accessible.description: section.expanded ? qsTr("Shown; press to fold") : qsTr("Folded; press to show")
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        onClicked: section.expanded = !section.expanded
        FocusMark {}
    }

    Repeater {
        model: section.expanded ? section.model : null
        delegate: Button {
            id: entry
            required property string entryId
            required property string title
            required property string kindTitle
            required property string moduleName
            required property string moduleColor
            required property string dayText
            required property string time
            objectName: "comingUpRow"
            Layout.fillWidth: true
            flat: true
            Accessible.name: qsTr("%1, %2 at %3, %4").arg(entry.title).arg(entry.dayText).arg(entry.time).arg(entry.moduleName)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: section.openEntry(entry.entryId)
            contentItem: RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    Layout.preferredWidth: 4
                    Layout.fillHeight: true
                    radius: 2
                    color: entry.moduleColor
                }
                Label {
                    text: entry.dayText + " · " + entry.time
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                    Layout.preferredWidth: 120
                }
                Label {
                    text: entry.title
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: entry.kindTitle
                    color: Theme.subtleText
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    Layout.maximumWidth: 200
                }
            }
            FocusMark {}
        }
    }
}
