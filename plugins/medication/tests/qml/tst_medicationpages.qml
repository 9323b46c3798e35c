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
