import QtQuick
import QtQuick.Controls

// The words of a button, wrapping onto more lines where the button gets less
// room than one line needs (a narrow window, large text): the style's own
// label stays on one line and the button runs past its card. Same colours as
// the style's label. SDK 2.6. Use as the button's contentItem, and let the
// layout narrow the button to the room there is:
//     Button { id: share; text: qsTr("..."); contentItem: ButtonLabel { control: share }
//              Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
Label {
    id: label
    /// The button whose words these are.
    required property Item control
    text: label.control.text
    font: label.control.font
    // Greyed when the button is off (Qt 6.4 gives the enabled colour here): "I have looked it
    // over today" looked like a button to press before the plan was written (a keyboard-only try).
    color: !label.control.enabled ? label.control.palette.disabled.buttonText
           : label.control.checked || label.control.highlighted ? label.control.palette.brightText
           : label.control.flat && !label.control.down ? (label.control.visualFocus ? label.control.palette.highlight : label.control.palette.windowText)
           : label.control.palette.buttonText
    wrapMode: Text.WordWrap
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true // the button says it
}
