import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The module's page. `backend` is the module's Backend object; `entryId` is
// set when the client opens one of its entries from the timeline.
ScrollView {
    id: page
    property QtObject backend
    property string entryId
    signal done()

    contentWidth: availableWidth

    ColumnLayout {
        width: Theme.contentWidth(page.availableWidth)
        x: Theme.contentX(page.availableWidth)
        spacing: Theme.spacing
        Item { height: Theme.spacing }
        PageHeader {
            title: qsTr("@NAME@")
            subtitle: page.backend ? qsTr("%1 notes so far").arg(page.backend.count) : ""
        }
        FormSection {
            title: qsTr("A note")
            // Says "Not rated" until moved: save only a rating the client gave.
            RatingSlider { id: mood; objectName: "mood"; Layout.fillWidth: true; label: qsTr("Mood"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
            TextBox { id: text; objectName: "text"; Layout.fillWidth: true; Layout.preferredHeight: 120; accessibleName: qsTr("Note") }
        }
        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
        Label {
            visible: !mood.hasValue
            text: qsTr("Move the mood slider to save a note.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "save"
            enabled: mood.hasValue
            text: qsTr("Save")
            highlighted: true
            Accessible.name: text
            onClicked: if (page.backend.save(text.text, Math.round(mood.value)).length > 0) { text.text = ""; mood.reset() }
        }
    }
}
