import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Weighing up one option: its upsides and downsides for me and for others,
// now and later, and how well it could work (0-10).
ColumnLayout {
    id: box
    required property int index
    required property string text
    required property string upMe
    required property string upOthers
    required property string downMe
    required property string downOthers
    required property int rating
    signal edited(string field, var value)

    spacing: Theme.smallSpacing
    Layout.fillWidth: true

    Label {
        text: qsTr("%1. %2").arg(box.index + 1).arg(box.text)
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    GridLayout {
        columns: width > 560 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing
        Layout.fillWidth: true
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Label { text: qsTr("Upsides for me"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField { objectName: "upMe"; text: box.upMe; maximumLength: 1000; Layout.fillWidth: true; Accessible.name: qsTr("Upsides for me of option %1").arg(box.index + 1); onTextEdited: box.edited("upMe", text) }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Label { text: qsTr("Upsides for others"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField { objectName: "upOthers"; text: box.upOthers; maximumLength: 1000; Layout.fillWidth: true; Accessible.name: qsTr("Upsides for others of option %1").arg(box.index + 1); onTextEdited: box.edited("upOthers", text) }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Label { text: qsTr("Downsides for me"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField { objectName: "downMe"; text: box.downMe; maximumLength: 1000; Layout.fillWidth: true; Accessible.name: qsTr("Downsides for me of option %1").arg(box.index + 1); onTextEdited: box.edited("downMe", text) }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Label { text: qsTr("Downsides for others"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            TextField { objectName: "downOthers"; text: box.downOthers; maximumLength: 1000; Layout.fillWidth: true; Accessible.name: qsTr("Downsides for others of option %1").arg(box.index + 1); onTextEdited: box.edited("downOthers", text) }
        }
    }
    RatingSlider {
        id: rating
        objectName: "optionRating"
        label: qsTr("How well could this work for me, all in all?")
        lowHint: qsTr("Not at all")
        highHint: qsTr("Very well")
        Layout.fillWidth: true
        Component.onCompleted: box.rating >= 0 ? setValue(box.rating) : reset()
        onMoved: box.edited("rating", Math.round(value))
    }
}
