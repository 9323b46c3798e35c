import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Last night, in a few fields; the last week below.
ModulePage {
    id: page
    title: qsTr("Sleep diary")
    subtitle: page.backend && page.backend.averageEfficiency >= 0
              ? qsTr("Your sleep efficiency over recent nights: %1 %").arg(Math.round(page.backend.averageEfficiency))
              : qsTr("Fill this in each morning, about the night before.")

    FormSection {
        title: qsTr("Last night")
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            Label { text: qsTr("Went to bed at"); color: Theme.text }
            TextField { id: bed; objectName: "bedtime"; text: "23:00"; inputMask: "99:99"; Accessible.name: qsTr("Went to bed at") }
            Label { text: qsTr("Got up at"); color: Theme.text }
            TextField { id: wake; objectName: "wakeTime"; text: "07:00"; inputMask: "99:99"; Accessible.name: qsTr("Got up at") }
            Label { text: qsTr("Minutes to fall asleep"); color: Theme.text }
            SpinBox { id: latency; objectName: "latency"; from: 0; to: 600; value: 20; editable: true; Accessible.name: qsTr("Minutes to fall asleep") }
            Label { text: qsTr("Minutes awake in the night"); color: Theme.text }
            SpinBox { id: awake; objectName: "awake"; from: 0; to: 900; value: 10; editable: true; Accessible.name: qsTr("Minutes awake in the night") }
        }
        // Says "Not rated" until moved: a night keeps the rating the client gave, never a 5 they did not.
        RatingSlider { id: quality; objectName: "quality"; Layout.fillWidth: true; label: qsTr("How well did you sleep?"); lowHint: qsTr("0 · very badly"); highHint: qsTr("10 · very well"); value: 5 }
        TextBox { id: note; Layout.fillWidth: true; Layout.preferredHeight: 70; placeholderText: qsTr("Optional note"); accessibleName: qsTr("Note") }
    }
    // Under the error line: the reason a save was refused shows just above Save night.
    belowError: [
        Label {
            visible: !quality.hasValue
            text: qsTr("Move the sleep slider to save the night.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        },
        Button {
            objectName: "save"
            enabled: quality.hasValue
            text: qsTr("Save night")
            highlighted: true
            Accessible.name: text
            onClicked: {
                const yesterday = new Date()
                yesterday.setDate(yesterday.getDate() - 1)
                if (page.backend.saveNight(yesterday, bed.text, wake.text, latency.value, awake.value, Math.round(quality.value), note.text).length > 0)
                    quality.reset()
            }
        },
        FormSection {
            title: qsTr("Recent nights")
            visible: page.backend && page.backend.recentNights.length > 0
            Repeater {
                model: page.backend ? page.backend.recentNights : []
                delegate: Label {
                    required property var modelData
                    text: qsTr("%1: %2 asleep, efficiency %3 %, quality %4 of 10")
                          .arg(modelData.night.toLocaleDateString(Qt.locale(), "ddd d MMM")).arg(modelData.asleep).arg(modelData.efficiency).arg(modelData.quality)
                    color: Theme.text
                }
            }
        }
    ]
}
