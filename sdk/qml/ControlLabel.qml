import QtQuick
import QtQuick.Controls

// The words of a check box, switch or radio button, wrapping onto more lines
// where the row is narrow or the text large (the style's own label cuts them
// off). SDK 2.6. Use as the control's contentItem and give the control
// Layout.fillWidth: true:
//     CheckBox { id: box; text: qsTr("..."); Layout.fillWidth: true
//                contentItem: ControlLabel { control: box } }
Label {
    id: label
    /// The check box, switch or radio button whose words these are.
    required property Item control
    leftPadding: label.control.indicator && !label.control.mirrored ? label.control.indicator.width + label.control.spacing : 0
    rightPadding: label.control.indicator && label.control.mirrored ? label.control.indicator.width + label.control.spacing : 0
    text: label.control.text
    font: label.control.font
    color: label.control.enabled ? Theme.text : Theme.subtleText
    wrapMode: Text.WordWrap
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true // the control says it
}
