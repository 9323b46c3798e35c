import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A date and time typed as text ("2026-03-01" and "09:30"), checked as you
// type. `value` is a JavaScript Date; `valid` says whether the text parses.
// Its label and two fields go onto more lines where the column is narrower
// than they are (a small window, large text); each field is as wide as its
// text (SDK 2.6; a RowLayout before, which kept them on one line past the
// column's edge).
Flow {
    id: field
    property string label: qsTr("When")
    property date value: new Date()
    readonly property bool valid: !isNaN(field.parsed().getTime())

    function pad(n) { return n < 10 ? "0" + n : "" + n }
    function parsed() {
        return new Date(dateInput.text + "T" + (timeInput.text.length > 0 ? timeInput.text : "00:00"))
    }
    function reset(d) {
        dateInput.text = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate())
        timeInput.text = pad(d.getHours()) + ":" + pad(d.getMinutes())
    }
    Component.onCompleted: reset(value)

    Layout.fillWidth: true
    spacing: Theme.smallSpacing
    Label {
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontBody
        height: dateInput.height
        verticalAlignment: Text.AlignVCenter
    }
    TextMetrics { id: dateWidth; font: dateInput.font; text: "0000-00-00" }
    TextMetrics { id: timeWidth; font: timeInput.font; text: "00:00" }
    TextField {
        id: dateInput
        implicitWidth: Math.ceil(dateWidth.advanceWidth) + leftPadding + rightPadding + 2
        placeholderText: qsTr("YYYY-MM-DD")
        inputMask: "9999-99-99"
        Accessible.name: qsTr("%1, date").arg(field.label)
        onEditingFinished: if (field.valid) field.value = field.parsed()
    }
    TextField {
        id: timeInput
        implicitWidth: Math.ceil(timeWidth.advanceWidth) + leftPadding + rightPadding + 2
        placeholderText: qsTr("HH:MM")
        inputMask: "99:99"
        Accessible.name: qsTr("%1, time").arg(field.label)
        onEditingFinished: if (field.valid) field.value = field.parsed()
    }
    Label {
        visible: !field.valid
        text: qsTr("Not a date and time")
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        height: dateInput.height
        verticalAlignment: Text.AlignVCenter
    }
}
