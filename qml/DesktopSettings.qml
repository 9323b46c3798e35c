import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Settings > On this computer (issue 24): keep Tessera running when its
// window is closed, so reminders can appear, and start it at login. The
// work is done by the `desktop` controller (core/app/desktopintegration.*).
FormSection {
    id: section
    objectName: "desktopSettings"
    title: qsTr("On this computer")
    description: qsTr("Reminders can only appear while Tessera is running.")

    Switch {
        id: keepRunning
        objectName: "keepRunningSwitch"
        text: qsTr("Keep Tessera running when the window is closed, so reminders can appear")
        checked: desktop.keepRunning
        Layout.fillWidth: true
        Accessible.name: text
        Accessible.description: keepRunningHelp.text
        Keys.onReturnPressed: { toggle(); toggled() }
        Keys.onEnterPressed: { toggle(); toggled() }
        onToggled: desktop.keepRunning = checked
        contentItem: ControlLabel { control: keepRunning }
        FocusMark {}
    }
    Label {
        id: keepRunningHelp
        text: !desktop.keepRunning
              ? qsTr("When this is on, closing the window keeps Tessera running: in the system tray when your desktop has one, otherwise out of sight. Opening Tessera again brings the window back.")
              : desktop.trayAvailable
                ? qsTr("Closing the window puts Tessera in the system tray, by the clock. Open it again from there, or choose Quit there to close it completely.")
                : qsTr("This desktop shows no tray icon for Tessera, so closing the window hides it and Tessera keeps running out of sight. Open Tessera from your applications menu to bring the window back; \"Quit Tessera\" below closes it completely.")
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody - 1
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.leftMargin: keepRunning.leftPadding + keepRunning.indicator.width + keepRunning.spacing
        Layout.topMargin: -Theme.spacing / 2
    }
    Label {
        visible: desktop.keepRunningFromClinic
        text: qsTr("Your clinic's settings suggest this; you can change it.")
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody - 1
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.leftMargin: keepRunning.leftPadding + keepRunning.indicator.width + keepRunning.spacing
    }

    Switch {
        id: startAtLogin
        objectName: "startAtLoginSwitch"
        text: qsTr("Start Tessera when I log in")
        checked: desktop.startAtLogin
        Layout.fillWidth: true
        Accessible.name: text
        Accessible.description: startAtLoginHelp.text
        Keys.onReturnPressed: { toggle(); toggled() }
        Keys.onEnterPressed: { toggle(); toggled() }
        onToggled: desktop.startAtLogin = checked
        // Its words wrap in a narrow window or large text (the style's label cuts them off).
        contentItem: ControlLabel { control: startAtLogin }
        FocusMark {}
    }
    Label {
        id: startAtLoginHelp
        text: qsTr("Tessera starts quietly in the background, without opening its window, when it can be found again: in the system tray, or when it keeps running. Otherwise its window opens as usual.")
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody - 1
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.leftMargin: startAtLogin.leftPadding + startAtLogin.indicator.width + startAtLogin.spacing
        Layout.topMargin: -Theme.spacing / 2
    }

    InlineMessage {
        objectName: "desktopProblem"
        text: desktop.problem
        Layout.fillWidth: true
    }

    Button {
        objectName: "quitTessera"
        visible: desktop.keepRunning && !desktop.trayAvailable
        text: qsTr("Quit Tessera")
        Accessible.name: qsTr("Quit Tessera now")
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        onClicked: desktop.quitNow()
    }
}
