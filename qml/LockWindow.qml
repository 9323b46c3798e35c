import QtQuick
import QtQuick.Controls
import Tessera.Ui

// The window shown before the journal opens (issue 21): the unlock screen of
// an encrypted journal, or the first-run passphrase step. No module runs and
// nothing of the journal is read; "Need help now?" works.
ApplicationWindow {
    id: window
    readonly property bool screenshotReady: true
    visible: true
    title: qsTr("Tessera")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // The focus ring of primary and flat buttons, as in the main window: "Protect my
    // journal" and "Unlock" showed no focus at all (a keyboard-only try of the first run).
    Item { id: focusRingHome; visible: false }
    KeyboardFocusRing { target: window.activeFocusItem; home: focusRingHome }
    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceAlt
        text: Theme.text
        button: Theme.surfaceAlt
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.textOnAccent
        light: Theme.surface
        // The groove of an off switch, a slider, a progress bar: about 2:1 on a
        // card in both themes and 3:1 from the accent of an on switch
        // (Theme.surfaceAlt, 1.1:1 in the dark theme, left an off switch a lone circle).
        midlight: Theme.dark ? "#4f5862" : "#c4beb4"
        // Edges of fields, check boxes, radio buttons and switches: the subtle text
        // colour a fifth of the way to the background, 3:1 or more on every surface
        // in both themes (WCAG 1.4.11; Theme.border, 1.4:1, left them faint).
        mid: Qt.tint(Theme.subtleText, Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.2))
        shadow: Theme.border
        placeholderText: Theme.subtleText
        active.dark: Theme.accent
        inactive.dark: Theme.accent
        disabled.dark: Theme.border
        active.brightText: Theme.textOnAccent
        inactive.brightText: Theme.textOnAccent
        disabled.brightText: Theme.subtleText
        disabled.buttonText: Theme.subtleText
        disabled.windowText: Theme.subtleText
    }
    Binding { target: Theme; property: "dark"; value: appLock.darkMode }
    Binding { target: Theme; property: "textScale"; value: appLock.textScale } // issue 29

    Loader {
        anchors.fill: parent
        focus: true
        sourceComponent: gate
        // Enter and Return press the focused button, as Space does, as on every page of the
        // main window: on "Protect my journal" and "Not now" they did nothing (a keyboard-only try).
        Keys.onReturnPressed: event => event.accepted = EnterPress.press(window.activeFocusItem)
        Keys.onEnterPressed: event => event.accepted = EnterPress.press(window.activeFocusItem)
    }
    // "Need help now?" (and F1) on the first-run step too, not only when unlocking.
    Component { id: gate; LockedCrisisView { focus: true; firstRun: appLock.firstRunStep !== "" } }
}
