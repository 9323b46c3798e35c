import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Reminders (issue 24): whether they appear as desktop notifications, what a
// notification says, quiet hours, snooze length, and which modules remind.
// What a locked clinic profile fixes is shown but cannot be changed.
FormSection {
    id: section
    objectName: "reminderSettings"
    title: qsTr("Reminders")
    visible: reminderSettings !== null
    readonly property bool desktop: reminders !== null && reminders.desktopNotifications

    Label {
        objectName: "reminderAvailability"
        text: section.desktop ? qsTr("Reminders appear as desktop notifications.")
                              : qsTr("Reminders appear inside the window while Tessera is open.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Switch {
        id: showDetailsSwitch
        objectName: "reminderShowDetails"
        Layout.fillWidth: true
        contentItem: ControlLabel { control: showDetailsSwitch } // wraps at any width and text size
        text: qsTr("Show what the reminder is about")
        checked: reminderSettings ? reminderSettings.showDetails : false
        enabled: reminderSettings !== null && !reminderSettings.isFixed("showDetails")
        Accessible.name: text
        Accessible.description: qsTr("Off: a notification says only \"Tessera: a reminder\", so others who see your screen learn nothing.")
        onToggled: reminderSettings.showDetails = checked
    }
    Label {
        text: qsTr("When this is off, a notification says only \"A reminder\", so someone who sees your screen learns nothing.")
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Switch {
        id: quiet
        objectName: "reminderQuietHours"
        text: qsTr("Quiet hours: hold reminders until they end")
        checked: reminderSettings ? reminderSettings.quietHours : false
        enabled: reminderSettings !== null && !reminderSettings.isFixed("quietHours")
        Accessible.name: text
        onToggled: reminderSettings.quietHours = checked
        Layout.fillWidth: true
        contentItem: ControlLabel { control: quiet }
    }
    RowLayout {
        visible: quiet.checked
        spacing: Theme.smallSpacing
        Label { id: fromLabel; text: qsTr("From"); color: Theme.text }
        TextField {
            objectName: "reminderQuietFrom"
            text: reminderSettings ? reminderSettings.quietFrom : ""
            inputMask: "99:99"
            enabled: quiet.enabled
            Accessible.name: qsTr("Quiet hours start, hours and minutes")
            implicitWidth: 80
            onEditingFinished: if (!reminderSettings.setQuietFromText(text)) text = reminderSettings.quietFrom
        }
        Label { text: qsTr("to"); color: Theme.text }
        TextField {
            objectName: "reminderQuietTo"
            text: reminderSettings ? reminderSettings.quietTo : ""
            inputMask: "99:99"
            enabled: quiet.enabled
            Accessible.name: qsTr("Quiet hours end, hours and minutes")
            implicitWidth: 80
            onEditingFinished: if (!reminderSettings.setQuietToText(text)) text = reminderSettings.quietTo
        }
    }
    // On one line where it fits, else onto the next (a small window at 200 % text).
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Label { text: qsTr("Snooze for"); color: Theme.text; height: snooze.height; verticalAlignment: Text.AlignVCenter }
        SpinBox {
            id: snooze
            objectName: "reminderSnooze"
            from: 1
            to: 240
            editable: true
            value: reminderSettings ? reminderSettings.snoozeMinutes : 10
            enabled: reminderSettings !== null && !reminderSettings.isFixed("snoozeMinutes")
            Accessible.name: qsTr("Snooze for, in minutes")
            onValueModified: reminderSettings.snoozeMinutes = value
        }
        Label { text: qsTr("minutes"); color: Theme.text; height: snooze.height; verticalAlignment: Text.AlignVCenter }
    }
    Label {
        visible: reminders !== null && reminders.modules.length > 0
        text: qsTr("Modules that remind you")
        color: Theme.text
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        model: reminders !== null ? reminders.modules : []
        delegate: Switch {
            required property var modelData
            text: modelData.name
            checked: modelData.enabled
            enabled: !modelData.fixed
            Accessible.name: qsTr("Reminders from %1").arg(modelData.name)
            onToggled: reminderSettings.setModuleEnabled(modelData.id, checked)
        }
    }
    Label {
        visible: reminderSettings !== null && reminderSettings.fixed.length > 0
        text: qsTr("Some of these are set by %1 in your clinic profile.").arg(reminderSettings && reminderSettings.setBy !== "" ? reminderSettings.setBy : qsTr("your clinic"))
        color: Theme.subtleText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
