import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Lines the client's modules offer for one step of the safety plan (SDK 2.5:
// a coping toolbox, for example), each with Add; nothing is added by itself.
ColumnLayout {
    id: box
    // [{text, module}] from safety.suggestions for this step.
    property var lines: []
    // The step's text box: Add puts the line at its end.
    property Item field
    readonly property var open: lines.filter(l => field && !safety.hasLine(field.text, l.text))
    visible: open.length > 0
    spacing: Theme.smallSpacing

    Label {
        text: qsTr("From your modules (add what fits):")
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Flow {
        id: suggestionFlow
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Repeater {
            model: box.open
            delegate: Button {
                id: suggestion
                required property var modelData
                // At most as wide as the line, its words wrapping (a long one ran off the window).
                width: Math.min(implicitWidth, suggestionFlow.width)
                contentItem: Label {
                    text: suggestion.text
                    font: suggestion.font
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: lineCount > 1 ? Text.AlignLeft : Text.AlignHCenter // a long one reads as text
                    verticalAlignment: Text.AlignVCenter
                }
                objectName: "suggestion"
                text: qsTr("Add: %1").arg(modelData.text)
                Accessible.name: text
                Accessible.description: qsTr("From %1").arg(modelData.module)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.description
                onClicked: box.field.text = safety.withLine(box.field.text, modelData.text)
            }
        }
    }
}
