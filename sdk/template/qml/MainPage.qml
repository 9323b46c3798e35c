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
            RatingSlider { id: mood; objectName: "mood"; Layout.fillWidth: true; label: qsTr("Mood"); value: 5 }
            TextBox { id: text; objectName: "text"; Layout.fillWidth: true; Layout.preferredHeight: 120; accessibleName: qsTr("Note") }
        }
        InlineMessage { text: page.backend ? page.backend.lastError : ""; Layout.fillWidth: true }
        Button {
            objectName: "save"
            text: qsTr("Save")
            highlighted: true
            Accessible.name: text
            onClicked: if (page.backend.save(text.text, mood.value).length > 0) text.text = ""
        }
    }
}
