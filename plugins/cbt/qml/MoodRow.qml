import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// A mood in the record: its name, whether it is pleasant, and how strong it
// is (0-100 %), before or after the exercise.
ColumnLayout {
    id: row
    property string name
    // The rating saved so far; below 0 while not rated (nothing is saved).
    property real rating: -1
    // Where the slider starts while not rated (step 7: the earlier rating).
    property real startAt: 50
    property bool editableName: true
    // Whether the mood is a pleasant one (its rise is a change for the better).
    property bool pleasant: false
    property string ratingLabel: qsTr("How strong, 0-100 %")
    signal nameEdited(string name)
    signal rated(real value)
    signal pleasantToggled(bool pleasant)
    signal removeRequested()

    spacing: 2
    // A real label: the placeholder goes as soon as the field holds a name.
    Label { id: nameLabel; visible: row.editableName; text: qsTr("Mood name"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    // The name on a line of its own, then "Pleasant" and Remove: beside them the field was
    // squeezed to nothing at 800x600 with 200 % text.
    TextField {
        objectName: "moodName"
        visible: row.editableName
        text: row.name
        placeholderText: qsTr("A mood, e.g. anxious")
        Layout.fillWidth: true
        Layout.maximumWidth: 320 * Theme.textScale
        Accessible.name: nameLabel.text
        onTextEdited: row.nameEdited(text)
    }
    Label {
        visible: !row.editableName
        text: row.name
        color: Theme.text
        font.bold: true
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    RowLayout {
        visible: row.editableName
        Layout.fillWidth: true
        spacing: Theme.spacing
        CheckBox {
            id: pleasantBox
            objectName: "pleasant"
            text: qsTr("Pleasant")
            checked: row.pleasant
            contentItem: ControlLabel { control: pleasantBox }
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Accessible.name: qsTr("%1 is a pleasant feeling").arg(row.name.length > 0 ? row.name : qsTr("This mood"))
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Tick for a good feeling, such as hopeful or calm: when it grows, that counts as a change for the better.")
            onClicked: row.pleasantToggled(checked)
        }
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Remove")
            flat: true
            Accessible.name: qsTr("Remove the mood %1").arg(row.name)
            onClicked: row.removeRequested()
        }
    }
    RatingSlider {
        objectName: "moodRating"
        Layout.fillWidth: true
        percent: true
        label: row.ratingLabel
        lowHint: qsTr("0 % · not at all")
        highHint: qsTr("100 % · as strong as it gets")
        value: row.rating < 0 ? row.startAt : row.rating
        // Saved or moved: shown as a number; otherwise "Not rated".
        rated: row.rating >= 0
        onMoved: row.rated(value)
    }
    Label {
        objectName: "notRated"
        visible: row.rating < 0
        text: qsTr("Not rated yet: move the slider (arrow keys work too).")
        color: Theme.subtleText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
