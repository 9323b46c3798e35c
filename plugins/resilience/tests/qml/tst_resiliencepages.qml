import QtQuick
import QtQuick.Controls
import QtTest

// Issue 27: the resilience module's pages with the real host, driven as a
// person would: a problem worked through with the keyboard and kept as a
// draft when the page closes, a stress log entry, grounding done step by
// step and logged, the toolbox offered on the safety plan's page.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name, props) {
        const c = Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Resilience/" + name + ".qml")
        if (c.status !== Component.Ready)
            console.warn(c.errorString())
        return c.status === Component.Ready
            ? testCase.createTemporaryObject(c, root, Object.assign({ backend: journalProbe.backend("resilience"), width: 1000, height: 3000 }, props || {}))
            : null
    }
    function typeText(s) {
        for (const ch of s)
            testCase.keyClick(ch)
    }

    SignalSpy { id: openPageSpy; signalName: "openPageWith" }

    TestCase {
        id: testCase
        name: "ResiliencePages"
        when: windowShown

        function pageHeaderTitle(item) {
            if (!item)
                return undefined
            if (item.title !== undefined && item.subtitle !== undefined && item.summary === undefined)
                return item.title
            if (item.contentItem && item.contentItem !== item) {
                const t = pageHeaderTitle(item.contentItem)
                if (t !== undefined)
                    return t
            }
            const children = item.children ? item.children : []
            for (let i = 0; i < children.length; ++i) {
                const t = pageHeaderTitle(children[i])
                if (t !== undefined)
                    return t
            }
            return undefined
        }

        function test_navigationLabelsEqualPageTitles() {
            const pages = app.navigation.filter(n => n.moduleId === "resilience")
            compare(pages.length, 5)
            for (const n of pages) {
                const c = Qt.createComponent(n.url)
                compare(c.status, Component.Ready, n.url + ": " + c.errorString())
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("resilience"), width: 800, height: 1200 })
                compare(pageHeaderTitle(p), n.title, n.key)
            }
        }

        function test_aProblemWorkedThroughByKeyboard() {
            const before = journalProbe.count("resilience/problem")
            const p = root.page("ProblemPage")
            verify(p)
            const start = findChild(p, "newProblem")
            start.forceActiveFocus()
            keyClick(Qt.Key_Space)
            const problem = findChild(p, "problem")
            tryVerify(() => problem.activeFocus)
            typeText("Post piles up")
            keyClick(Qt.Key_Tab) // moves on: no tab typed into the problem
            compare(problem.text, "Post piles up")
            verify(findChild(p, "goal").activeFocus)
            typeText("Open it")
            const option = findChild(p, "newOption")
            option.forceActiveFocus()
            typeText("One a day"); keyClick(Qt.Key_Return)
            typeText("Ask Sam"); keyClick(Qt.Key_Return)
            compare(option.text, "")
            // Weigh them: rate the second higher with the arrow keys.
            let sliders = []
            const collect = item => { if (item.objectName === "optionRating") sliders.push(item); for (let i = 0; i < item.children.length; ++i) collect(item.children[i]) }
            collect(p)
            compare(sliders.length, 2)
            const slide = (slider, steps) => {
                findChild(slider, "ratingSlider").forceActiveFocus()
                for (let i = 0; i < steps; ++i)
                    keyClick(Qt.Key_Right)
            }
            // Unrated sliders start in the middle (5): two steps up, one down.
            slide(sliders[1], 2)
            findChild(sliders[0], "ratingSlider").forceActiveFocus()
            keyClick(Qt.Key_Left)
            // Choose: the ranked list puts "Ask Sam" (7) first.
            let radios = []
            const collectRadios = item => { if (item.objectName === "choose") radios.push(item); for (let i = 0; i < item.children.length; ++i) collectRadios(item.children[i]) }
            collectRadios(p)
            compare(radios.length, 2)
            verify(radios[0].text.startsWith("Ask Sam (7 out of 10)"), radios[0].text)
            radios[0].forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(p.chosen.length > 0)
            findChild(p, "addStep").clicked()
            const step = findChild(p, "stepText")
            step.forceActiveFocus()
            typeText("Text Sam")
            findChild(p, "saveProblem").clicked()
            compare(p.backend.lastError, "")
            compare(journalProbe.count("resilience/problem"), before + 1)
            const saved = journalProbe.latest("resilience/problem").payload
            compare(saved.problem, "Post piles up")
            compare(saved.options.length, 2)
            compare(saved.options[1].rating, 7)
            compare(saved.options[0].rating, 4)
            compare(saved.chosen, saved.options[1].id)
            compare(saved.steps[0].text, "Text Sam")
            verify(saved.draft === undefined)
            // Make it a goal: the goals page is opened with the worksheet.
            openPageSpy.target = p
            openPageSpy.clear()
            findChild(p, "makeGoal").clicked()
            compare(openPageSpy.count, 1)
            compare(openPageSpy.signalArguments[0][0], "goals/goal")
            compare(openPageSpy.signalArguments[0][1], p.problemId)
        }

        function test_aWorksheetLeftWithChangesIsKeptAsADraft() {
            const before = journalProbe.count("resilience/problem")
            const p = root.page("ProblemPage")
            findChild(p, "newProblem").clicked()
            findChild(p, "problem").text = "Too many evenings alone"
            p.destroy()
            tryVerify(() => journalProbe.count("resilience/problem") === before + 1)
            const saved = journalProbe.latest("resilience/problem")
            compare(saved.payload.problem, "Too many evenings alone")
            compare(saved.payload.draft, true)
        }

        function test_aStressLogEntryWithMyOwnWords() {
            const p = root.page("StressPage")
            findChild(p, "what").text = "Meeting moved to today"
            findChild(p, "level").setValue(7)
            const triggers = findChild(p, "triggers")
            const own = findChild(triggers, "ownWord")
            own.forceActiveFocus()
            typeText("Meetings"); keyClick(Qt.Key_Return)
            compare(triggers.selected, ["Meetings"])
            findChild(p, "notedAfter").checked = true
            findChild(p, "after").setValue(4)
            findChild(p, "saveStress").clicked()
            compare(p.backend.lastError, "")
            const saved = journalProbe.latest("resilience/stress").payload
            compare(saved.level, 7)
            compare(saved.after, 4)
            compare(saved.triggers, ["Meetings"])
            compare(findChild(p, "what").text, "")
            // The chips are cleared with the form, not only the saved list.
            compare(findChild(triggers, "chips").selected.length, 0)
            // A date that is not one is refused on the page, nothing saved.
            const count = journalProbe.count("resilience/stress")
            findChild(p, "what").text = "Later"
            findChild(p, "level").setValue(3)
            const whenField = findChild(p, "when")
            whenField.children[1].text = "2026-13-45"
            findChild(p, "saveStress").clicked()
            compare(journalProbe.count("resilience/stress"), count)
            verify(findChild(p, "savedMessage").text.indexOf("Write when as a date") === 0)
            // Patterns: worked out when the page opens.
            const patterns = root.page("PatternsPage")
            verify(patterns.figures.triggers.some(t => t.tag === "Meetings" && t.count === 1 && t.meanLevel === 7), JSON.stringify(patterns.figures.triggers))
            verify(findChild(patterns, "summary").text.indexOf("entries in these weeks") >= 0, findChild(patterns, "summary").text)
        }

        function test_groundingStepByStepThenLogged() {
            const before = journalProbe.count("resilience/relaxation")
            const p = root.page("RelaxPage")
            const chooser = findChild(p, "practice")
            chooser.currentIndex = chooser.indexOfValue("grounding")
            findChild(p, "before").setValue(8)
            const start = findChild(p, "start")
            start.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(p.backend.timerState, "running")
            compare(findChild(p, "stepName").text, "1 of 5: Five things you can see")
            const next = findChild(p, "nextStep")
            for (let i = 0; i < 5; ++i) {
                next.forceActiveFocus()
                keyClick(Qt.Key_Space)
            }
            compare(p.backend.timerState, "finished")
            findChild(p, "after").setValue(5)
            findChild(p, "savePractice").clicked()
            compare(p.backend.lastError, "")
            compare(journalProbe.count("resilience/relaxation"), before + 1)
            const saved = journalProbe.latest("resilience/relaxation").payload
            compare(saved.practice, "grounding")
            compare(saved.before, 8) // kept by the backend from the start
            compare(saved.after, 5)
            compare(saved.steps, 5)
        }

        // Opened from the timeline with a practice: what was logged shows above the start form.
        function test_aPracticeOpenedFromTheTimeline() {
            const latest = journalProbe.latest("resilience/relaxation")
            verify(latest.id !== undefined)
            const p = root.page("RelaxPage", { entryId: latest.id })
            const opened = findChild(p, "openedPractice")
            verify(opened.visible)
            compare(opened.title, latest.title)
        }

        function test_breathingShowsTheGuide() {
            const p = root.page("RelaxPage")
            const chooser = findChild(p, "practice")
            chooser.currentIndex = chooser.indexOfValue("breathing")
            findChild(p, "start").clicked()
            compare(p.backend.timerState, "running")
            const guide = findChild(p, "breathGuide")
            verify(guide.visible)
            compare(findChild(guide, "cueText").text, "Breathe in")
            findChild(p, "pause").clicked()
            compare(p.backend.timerState, "paused")
            p.backend.resetPractice()
        }

        function test_theToolboxOnTheSafetyPlanPage() {
            const p = root.page("ToolboxPage")
            const field = findChild(p, "newTool")
            field.forceActiveFocus()
            typeText("Cold water on my face")
            keyClick(Qt.Key_Return)
            compare(p.backend.lastError, "")
            compare(field.text, "")
            verify(p.backend.toolbox.items.some(t => t.text === "Cold water on my face"))

            const c = Qt.createComponent("qrc:/qt/qml/Tessera/Shell/SafetyPlanPage.qml")
            compare(c.status, Component.Ready, c.errorString())
            const plan = createTemporaryObject(c, root, { width: 1000, height: 2000 })
            const box = findChild(plan, "suggestions_copingAlone")
            verify(box && box.visible)
            let add = null
            const find = item => { if (item.objectName === "suggestion" && item.text.indexOf("Cold water") >= 0) add = item; for (let i = 0; i < item.children.length; ++i) find(item.children[i]) }
            find(box)
            verify(add)
            compare(add.Accessible.description, "From Resilience")
            const step = findChild(plan, "step_copingAlone")
            const had = step.text
            add.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(step.text.endsWith("Cold water on my face"), step.text)
            verify(step.text.startsWith(had))
            // Added once: the suggestion goes away.
            tryVerify(() => !box.open.some(l => l.text === "Cold water on my face"))
        }
    }
}
