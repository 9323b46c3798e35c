import QtQuick
import QtQuick.Controls
import QtTest

// Issue 18: "My goals" reads a page of the newest goals; "Show older goals"
// (mouse or keyboard) adds the next page.
Item {
    id: root
    width: 1000
    height: 3000

    TestCase {
        name: "GoalOverview"
        when: windowShown

        function test_showOlderGoals() {
            const backend = journalProbe.backend("goals")
            verify(backend)
            const added = []
            while (backend.goals.length + added.length <= 50) {
                const id = backend.saveGoal("", { description: "Goal number " + added.length })
                verify(id.length > 0, backend.lastError)
                added.push(id)
            }
            tryVerify(() => backend.hasMoreGoals, 2000, "more goals than one page")
            compare(backend.goals.length, 50)
            const total = journalProbe.count("goals/goal")

            const p = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Goals/OverviewPage.qml"), root,
                                            { backend: backend, width: 1000, height: 3000 })
            const more = findChild(p, "showMoreGoals")
            verify(more && more.visible)
            compare(more.Accessible.name, "Show older goals")
            more.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(backend.goals.length, total)
            verify(!backend.hasMoreGoals)
            verify(!more.visible, "nothing older to show")

            for (const id of added)
                verify(backend.remove(id))
            tryCompare(backend.goals, "length", total - added.length)
        }
    }
}
