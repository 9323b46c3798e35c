import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// Settings > On this computer (issue 24): keyboard only. The autostart entry
// goes to the test's own folder (QmlTestSetup), never the real ~/.config.
Item {
    id: root
    width: 800
    height: 600

    Component { id: settingsComponent; SettingsPage { anchors.fill: parent } }

    TestCase {
        name: "DesktopSettings"
        when: windowShown

        function find(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const inContent = find(item.contentItem, name)
                if (inContent)
                    return inContent
            }
            return null
        }

        function test_switchesWorkFromTheKeyboard() {
            const page = createTemporaryObject(settingsComponent, root)
            verify(page)
            const start = find(page, "startAtLoginSwitch")
            const keep = find(page, "keepRunningSwitch")
            verify(start && keep)
            compare(start.Accessible.name, "Start Tessera when I log in")
            verify(keep.Accessible.name.indexOf("Keep Tessera running") === 0)
            verify(keep.Accessible.description.length > 0)
            compare(desktop.startAtLogin, false)

            start.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(desktop.startAtLogin, true)
            compare(start.checked, true)
            keyClick(Qt.Key_Return)
            compare(desktop.startAtLogin, false)

            // Tab goes from one switch to the other.
            keep.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            verify(start.activeFocus)

            keep.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(desktop.keepRunning, true)
            // No tray offscreen: the way to quit is on the page.
            const quit = find(page, "quitTessera")
            verify(quit.visible)
            keyClick(Qt.Key_Space)
            compare(desktop.keepRunning, false)
            verify(!quit.visible)
        }
    }
}
