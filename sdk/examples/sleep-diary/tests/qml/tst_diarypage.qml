import QtQuick
import QtTest

// The diary page, created as Tessera creates it, saving one night.
Item {
    id: root
    width: 900
    height: 1000
    property var pageComponent: Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/SleepDiary/DiaryPage.qml")

    TestCase {
        name: "DiaryPage"
        when: windowShown

        function test_saveANight() {
            compare(root.pageComponent.status, Component.Ready, root.pageComponent.errorString())
            const page = createTemporaryObject(root.pageComponent, root, { backend: backend, width: 900, height: 1000 })
            findChild(page, "bedtime").text = "22:30"
            findChild(page, "wakeTime").text = "06:30"
            findChild(page, "latency").value = 30
            findChild(page, "awake").value = 30
            // Not saved before the client rates the night (a 5 nobody chose).
            verify(!findChild(page, "save").enabled)
            findChild(page, "quality").value = 7
            findChild(page, "quality").touched = true
            mouseClick(findChild(page, "save"))
            compare(backend.lastError, "")
            compare(journalProbe.count("sleep-diary/night"), 1)
            compare(journalProbe.latest("sleep-diary/night").payload.minutesAwake, 30)
            compare(journalProbe.latest("sleep-diary/night").payload.quality, 7)
            tryVerify(() => Math.round(backend.averageEfficiency) === 88) // 420 of 480 minutes asleep
        }
    }
}
