import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// One piece of homework on the session form: what, and optionally which of
// the client's entries count towards it and how many.
RowLayout {
    id: row
    required property int index
    required property string text
    required property string kind
    required property int target
    property var kinds: []   // [{kind, title, allowed}] from the backend
    signal edited(string field, var value)
    signal removeRequested()

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    TextField {
        objectName: "homeworkText"
        Layout.fillWidth: true
        text: row.text
        maximumLength: 200
        placeholderText: qsTr("e.g. Three thought records")
        Accessible.name: qsTr("Homework %1").arg(row.index + 1)
        onTextEdited: row.edited("text", text)
    }
    Label { text: qsTr("Counted from"); color: Theme.subtleText }
    ChoiceBox {
        id: kindBox
        objectName: "homeworkKind"
        textRole: "title"
        valueRole: "kind"
        model: [{ kind: "", title: qsTr("Not counted") }].concat(row.kinds)
        // From the list itself: indexOfValue() is -1 until the model is set.
        currentIndex: Math.max(0, row.kinds.findIndex(k => k.kind === row.kind) + 1)
        Accessible.name: qsTr("Counted from")
        onActivated: row.edited("kind", currentValue)
    }
    Label { text: qsTr("How many"); color: Theme.subtleText; visible: row.kind !== "" }
    SpinBox {
        objectName: "homeworkTarget"
        visible: row.kind !== ""
        from: 1
        to: 99
        value: Math.max(1, row.target)
        editable: true
        Accessible.name: qsTr("How many")
        onValueModified: row.edited("target", value)
    }
    Button {
        objectName: "removeHomework"
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove homework %1").arg(row.index + 1)
        onClicked: row.removeRequested()
    }
}
