import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A mood in the record: its name and how strong it is (0-100 %), before or
// after the exercise.
RowLayout {
    id: row
    property string name
    property real rating: 50
    property bool editableName: true
    // Whether the mood is a pleasant one (its rise is a change for the better).
    property bool pleasant: false
    property string ratingLabel: qsTr("How strong, 0-100 %")
    signal nameEdited(string name)
    signal rated(real value)
    signal pleasantToggled(bool pleasant)
    signal removeRequested()

    spacing: Theme.spacing
    TextField {
        objectName: "moodName"
        visible: row.editableName
        text: row.name
        placeholderText: qsTr("A mood, e.g. anxious")
        Layout.preferredWidth: 200
        Accessible.name: qsTr("Mood name")
        onTextEdited: row.nameEdited(text)
    }
    Label {
        visible: !row.editableName
        text: row.name
        color: Theme.text
        font.bold: true
        Layout.preferredWidth: 200
    }
    RatingSlider {
        Layout.fillWidth: true
        percent: true
        label: row.ratingLabel
        value: row.rating < 0 ? 50 : row.rating
        onMoved: row.rated(value)
    }
    CheckBox {
        objectName: "pleasant"
        visible: row.editableName
        text: qsTr("Pleasant")
        checked: row.pleasant
        Accessible.name: qsTr("%1 is a pleasant feeling").arg(row.name.length > 0 ? row.name : qsTr("This mood"))
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Tick for a good feeling, such as hopeful or calm: when it grows, that counts as a change for the better.")
        onClicked: row.pleasantToggled(checked)
    }
    Button {
        visible: row.editableName
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove the mood %1").arg(row.name)
        onClicked: row.removeRequested()
    }
}
