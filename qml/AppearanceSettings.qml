import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Settings > Appearance: dark theme, language and text size (issue 29). The
// choices are kept by the `app` controller (core/app/appcontroller.*) and
// apply at once.
FormSection {
    id: section
    objectName: "appearanceSettings"
    title: qsTr("Appearance")
    property bool languageChosen: false

    Switch {
        id: darkSwitch
        objectName: "darkThemeSwitch"
        text: qsTr("Dark theme")
        checked: app.darkMode
        Accessible.name: text
        Keys.onReturnPressed: { toggle(); toggled() }
        Keys.onEnterPressed: { toggle(); toggled() }
        onToggled: app.darkMode = checked
        FocusMark {}
    }

    Label {
        id: languageLabel
        text: qsTr("Language")
        color: Theme.text
    }
    ChoiceBox {
        id: languageBox
        objectName: "languageBox"
        model: app.languages
        textRole: "name"
        valueRole: "code"
        Layout.fillWidth: true
        Layout.maximumWidth: 480
        Accessible.name: languageLabel.text
        Component.onCompleted: currentIndex = indexOfValue(app.language)
        onActivated: { app.language = currentValue; section.languageChosen = true }
        Connections {
            target: app
            function onLanguageChanged() { languageBox.currentIndex = languageBox.indexOfValue(app.language) }
        }
        FocusMark {}
    }

    Label {
        objectName: "languageRestartNote"
        visible: section.languageChosen
        text: qsTr("Pages change language at once; the names of modules and of their entries in the list of pages and on the timeline change the next time Tessera starts.")
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody - 1
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    Label {
        id: sizeLabel
        text: qsTr("Text size")
        color: Theme.text
    }
    ChoiceBox {
        id: sizeBox
        objectName: "textSizeBox"
        model: [100, 125, 150, 175, 200]
        displayText: qsTr("%1 %").arg(currentValue)
        Layout.fillWidth: true
        Layout.maximumWidth: 480
        Accessible.name: sizeLabel.text
        Accessible.description: displayText
        delegate: ItemDelegate {
            required property int modelData
            required property int index // the highlighted row (without it: "index is not defined", no row highlighted)
            palette.highlightedText: Theme.text // as the box's own rows: dark on the light highlighted row
            width: sizeBox.width
            text: qsTr("%1 %").arg(modelData)
            highlighted: sizeBox.highlightedIndex === index
        }
        Component.onCompleted: currentIndex = Math.max(0, model.indexOf(app.textSize))
        onActivated: app.textSize = currentValue
        FocusMark {}
    }
    Button {
        objectName: "showShortcuts"
        text: qsTr("Keyboard shortcuts")
        Accessible.name: qsTr("Show the keyboard shortcuts")
        Accessible.description: qsTr("Also with the ? key or Ctrl+/")
        onClicked: if (ApplicationWindow.window && ApplicationWindow.window.showShortcuts) ApplicationWindow.window.showShortcuts()
        FocusMark {}
    }
    Label {
        text: qsTr("Text also follows your system's font size.")
        color: Theme.subtleText
        font.pixelSize: Theme.fontBody - 1
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
