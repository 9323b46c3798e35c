import QtQuick
import QtQuick.Controls
import QtTest

// Issue 22: the appointment summary lists the PHQ-9 and GAD-7 totals of the
// period: none while Medication may not read them, each with its date and
// band once it may.
Item {
    id: root
    width: 1000
    height: 3000

    // An entry as the assessments module stores it (its data contract).
    function total(codes, total, band, panel, totalCode) {
        const answers = []
        let left = total
        for (let i = 0; i < codes.length; ++i) {
            const v = Math.min(3, left)
            left -= v
            answers.push({ item: i + 1, code: codes[i], value: v })
        }
        return { total: total, band: band, answers: answers, loinc: { panel: panel, total: totalCode } }
    }

    TestCase {
        name: "SummaryTotals"
        when: windowShown

        function test_totalsOfThePeriod() {
            const backend = journalProbe.backend("medication")
            verify(backend)
            const summary = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Medication/SummaryPage.qml"),
                                                  root, { backend: backend, width: 1000, height: 3000 })
            verify(findChild(summary, "assessmentTotals").visible)
            const text = () => findChild(summary, "summaryText").text
            verify(text().indexOf("Questionnaires in this period") >= 0)
            // Not readable yet: none, calmly.
            verify(text().indexOf("None in this period.") >= 0)

            const phq9 = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"]
            const gad7 = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]
            verify(journalProbe.addEntry("assessments/phq9", "PHQ-9", root.total(phq9, 17, "moderately-severe", "44249-1", "44261-6"), 0).length > 0)
            verify(journalProbe.addEntry("assessments/gad7", "GAD-7", root.total(gad7, 8, "mild", "69737-5", "70274-6"), 0).length > 0)
            compare(catalog.allowReads("medication"), "")
            const today = Qt.formatDate(new Date(), "d MMM yyyy")
            tryVerify(() => text().indexOf(today + ": 17, moderately severe") >= 0, 5000, text())
            verify(text().indexOf(today + ": 8, mild") >= 0, text())
            // The page's own list shows them too.
            const phq9Block = findChild(summary, "totals-assessments/phq9")
            verify(phq9Block)
            verify(!findChild(phq9Block, "none").visible)
        }
    }
}
