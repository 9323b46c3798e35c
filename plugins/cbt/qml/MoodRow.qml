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
    property string ratingLabel: qsTr("How strong, 0-100 %")
    signal nameEdited(string name)
    signal rated(real value)
    signal removeRequested()

    spacing: Theme.spacing
    TextField {
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
    Button {
        visible: row.editableName
        text: qsTr("Remove")
        flat: true
        Accessible.name: qsTr("Remove the mood %1").arg(row.name)
        onClicked: row.removeRequested()
    }
}
