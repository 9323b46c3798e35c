import QtQuick
import QtQuick.Controls
import QtTest

// Issue 22: a goal measured by the PHQ-9 total of the Assessments module.
// Before Goals may read the totals the page says so calmly; once allowed,
// the latest total, its date and band, and how far towards the target show.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name) { return Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Goals/" + name + ".qml") }

    // A PHQ-9 as the assessments module stores it (its data contract).
    function phq9(total, band) {
        const codes = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"]
        const answers = []
        let left = total
        for (let i = 0; i < 9; ++i) {
            const v = Math.min(3, left)
            left -= v
            answers.push({ item: i + 1, code: codes[i], value: v })
        }
        return { total: total, band: band, answers: answers, loinc: { panel: "44249-1", total: "44261-6" } }
    }

    TestCase {
        name: "GoalMeasure"
        when: windowShown

        function test_phq9Measure() {
            const backend = journalProbe.backend("goals")
            verify(backend)
            const p = createTemporaryObject(root.page("GoalPage"), root, { backend: backend, width: 1000, height: 3000 })
            const box = findChild(p, "usePhq9")
            verify(box)
            verify(!findChild(p, "totalMeasure").visible)
            // By keyboard: Space ticks it.
            box.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(box.checked)
            verify(findChild(p, "totalMeasure").visible)
            // Nothing readable yet (Goals has not been allowed to read the totals): said calmly, no bar.
            compare(p.measureStatus.available, false)
            verify(findChild(p, "measureStatus").text.length > 0)
            verify(!findChild(p, "measureProgress").visible)
            verify(!findChild(p, "checkinValue").visible)

            findChild(p, "description").text = "Walk to the park on three mornings a week"
            findChild(p, "target").text = "10"
            findChild(p, "baseline").text = "16"
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            const saved = journalProbe.latest("goals/goal")
            compare(saved.payload.measure.source, "assessments/phq9")
            compare(saved.payload.target, 10)

            // A total arrives and the client allows Goals to read it.
            verify(journalProbe.addEntry("assessments/phq9", "PHQ-9", root.phq9(12, "moderate"), 0).length > 0)
            compare(catalog.allowReads("goals"), "")
            tryVerify(() => p.measureStatus.available === true)
            verify(findChild(p, "measureStatus").text.indexOf("12 (moderate)") >= 0, findChild(p, "measureStatus").text)

            // Opened again: the measure, the progress from 16 towards below 10, and its words.
            const edit = createTemporaryObject(root.page("GoalPage"), root, { backend: backend, entryId: p.goalId, width: 1000, height: 3000 })
            verify(findChild(edit, "usePhq9").checked)
            verify(findChild(edit, "measureProgress").visible)
            fuzzyCompare(edit.loaded.totalProgress, 4 / 7, 1e-6)
            verify(edit.loaded.totalProgressLabel.indexOf("aiming for below 10") >= 0, edit.loaded.totalProgressLabel)

            // The overview's card says the same.
            const overview = createTemporaryObject(root.page("OverviewPage"), root, { backend: backend, width: 1000, height: 3000 })
            const mine = backend.goals.find(g => g.id === p.goalId)
            verify(mine)
            fuzzyCompare(mine.progress, 4 / 7, 1e-6)
            verify(overview)
        }
    }
}
