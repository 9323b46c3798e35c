import QtQuick
import QtQuick.Controls
import QtTest

// Add a medicine, change its dose, tick today's dose; every page loads.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name) { return Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Medication/" + name + ".qml") }

    TestCase {
        name: "MedicationPages"
        when: windowShown

        function test_pagesLoad() {
            for (const name of ["TodayPage", "MedicinesPage", "EffectsPage", "SummaryPage"]) {
                const c = root.page(name)
                compare(c.status, Component.Ready, name + ": " + c.errorString())
                verify(createTemporaryObject(c, root, { backend: app.backend("medication"), width: 1000, height: 1200 }))
            }
        }

        function test_saysWhatToDoWhenThingsGetWorse() {
            const backend = app.backend("medication")
            const meds = createTemporaryObject(root.page("MedicinesPage"), root, { backend: backend, width: 1000, height: 3000 })
            const warning = findChild(meds, "moodWarning")
            verify(warning && warning.visible, "the medicines page carries the warning about mood early on")
            verify(warning.text.indexOf("25") >= 0 && warning.text.indexOf("prescriber") >= 0
                   && warning.text.indexOf("Need help now?") >= 0, warning.text)
            findChild(meds, "addMedicine").clicked()
            const stopNote = findChild(meds, "stopNote")
            verify(stopNote && stopNote.visible, "the Stopped field says to talk to the prescriber first")
            verify(stopNote.text.indexOf("antidepressant") >= 0 && stopNote.text.indexOf("prescriber") >= 0, stopNote.text)

            const effects = createTemporaryObject(root.page("EffectsPage"), root, { backend: backend, width: 1000, height: 3000 })
            const advice = findChild(effects, "severeAdvice")
            verify(advice)
            verify(!advice.visible)
            safety.dismissSupport()
            findChild(effects, "symptom").text = "Shaking all day"
            findChild(effects, "severity").currentIndex = 3
            findChild(effects, "addSideEffect").clicked()
            compare(backend.lastError, "")
            verify(advice.visible)
            verify(advice.text.indexOf("prescriber") >= 0, advice.text)
            tryVerify(() => safety.supportOffer.reason !== undefined, 3000, "no support was offered")
            compare(safety.supportOffer.reason, "severe-side-effect")
            compare(safety.supportOffer.module, "medication")
            safety.dismissSupport()
            findChild(effects, "symptom").text = "Dry mouth"
            findChild(effects, "severity").currentIndex = 1
            findChild(effects, "addSideEffect").clicked()
            verify(!advice.visible)
        }

        function test_addEditAndTick() {
            const backend = app.backend("medication")
            const before = journalProbe.count("medication/medicine")
            const meds = createTemporaryObject(root.page("MedicinesPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(meds, "addMedicine").clicked()
            findChild(meds, "name").text = "Mirtazapine"
            findChild(meds, "strength").text = "15 mg"
            findChild(meds, "dose").text = "1 tablet"
            findChild(meds, "times").text = "00:00"
            findChild(meds, "saveMedicine").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.count("medication/medicine"), before + 1)
            const saved = journalProbe.latest("medication/medicine")
            compare(saved.payload.name, "Mirtazapine")

            const edit = createTemporaryObject(root.page("MedicinesPage"), root, { backend: backend, entryId: saved.id, width: 1000, height: 3000 })
            compare(findChild(edit, "name").text, "Mirtazapine")
            findChild(edit, "strength").text = "30 mg"
            findChild(edit, "saveMedicine").clicked()
            compare(backend.lastError, "")
            const m = backend.loadMedicine(saved.id)
            compare(m.strength, "30 mg")
            compare(m.changes.length, 1)

            const today = createTemporaryObject(root.page("TodayPage"), root, { backend: backend, width: 1000, height: 3000 })
            tryVerify(() => backend.today.some(s => s.name.indexOf("Mirtazapine") === 0))
            const slot = backend.today.find(s => s.name.indexOf("Mirtazapine") === 0)
            compare(slot.status, "")
            findChild(today, "dose-taken").clicked()
            tryVerify(() => backend.today.some(s => s.status === "taken"))
        }
    }
}
