import QtQuick
import QtQuick.Controls
import QtTest

// Issue 26: the sessions module's pages with the real host: the list for the
// next session (typed with the keyboard, entries marked on the timeline),
// notes after a session with homework, the history, and the page for the
// people close to me saved as a private PDF.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name, props) {
        const c = Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Sessions/" + name + ".qml")
        return c.status === Component.Ready
            ? testCase.createTemporaryObject(c, root, Object.assign({ backend: journalProbe.backend("sessions"), width: 1000, height: 3000 }, props || {}))
            : null
    }

    SignalSpy { id: openPageSpy; signalName: "openPage" }

    TestCase {
        id: testCase
        name: "SessionPages"
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
            const pages = app.navigation.filter(n => n.moduleId === "sessions")
            compare(pages.length, 4)
            for (const n of pages) {
                const c = Qt.createComponent(n.url)
                compare(c.status, Component.Ready, n.url + ": " + c.errorString())
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("sessions"), width: 800, height: 1200 })
                compare(pageHeaderTitle(p), n.title, n.key)
            }
        }

        function test_theListForTheNextSessionByKeyboard() {
            const backend = journalProbe.backend("sessions")
            const p = root.page("NextSessionPage")
            verify(p)
            const field = findChild(p, "newItem")
            field.forceActiveFocus()
            keyClick(Qt.Key_A); keyClick(Qt.Key_S); keyClick(Qt.Key_K)
            keyClick(Qt.Key_Return)
            compare(backend.lastError, "")
            compare(field.text, "")
            const items = backend.next.items
            compare(items[items.length - 1].text, "ask")
            compare(journalProbe.latest("sessions/prep").payload.items.slice(-1)[0].text, "ask")
            // Remove, by keyboard too.
            const remove = findChild(p, "removeItem")
            verify(remove)
            remove.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(backend.next.items.length, items.length - 1)

            findChild(p, "wentWell").text = "A walk"
            findChild(p, "hard").text = "Monday"
            findChild(p, "saveReflection").clicked()
            compare(journalProbe.latest("sessions/prep").payload.hard, "Monday")
        }

        // Tab moves on from a text box (it types no tab character); Shift+Tab goes back.
        // A helper saw the second line of what the client wrote sliced in half at 800x600
        // with 200 % text: the boxes were 70 px tall whatever they held.
        function test_theTextBoxesShowEveryLineTheyHold() {
            const p = root.page("NextSessionPage", { width: 400 })
            const well = findChild(p, "wentWell")
            well.text = "Two walks with Sam, and I answered the phone when my sister called on Sunday evening."
            tryVerify(() => well.lineCount > 2, 1000, "the words did not wrap")
            tryVerify(() => well.height >= well.contentHeight + well.topPadding + well.bottomPadding - 1, 1000,
                      `${well.height} px for ${well.contentHeight} px of text`)
        }

        function test_tabMovesOnFromTheTextBoxes() {
            const p = root.page("NextSessionPage")
            const hard = findChild(p, "hard")
            hard.text = "Monday"
            hard.forceActiveFocus()
            hard.cursorPosition = hard.text.length
            keyClick(Qt.Key_Tab)
            compare(hard.text, "Monday")
            verify(!hard.activeFocus)
            verify(findChild(p, "saveReflection").activeFocus)
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            verify(hard.activeFocus)
            const well = findChild(p, "wentWell")
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            verify(well.activeFocus)
        }

        function test_markedEntriesShowAndDoNotBringTakesTheMarkOff() {
            const backend = journalProbe.backend("sessions")
            const id = journalProbe.addEntry("cbt/thought-record", "Thought record at work",
                                             { status: "draft", situation: "At work", thoughts: [{ text: "I got it wrong" }] }, 1)
            verify(id.length > 0)
            compare(timeline.setMarked(id, "sessions", true), "")
            tryVerify(() => backend.next.marked.some(m => m.id === id), 2000)
            const p = root.page("NextSessionPage")
            const unmark = findChild(p, "unmark")
            verify(unmark && unmark.visible)
            compare(unmark.Accessible.name, "Do not bring Thought record at work to my next session")
            unmark.clicked()
            tryVerify(() => !backend.next.marked.some(m => m.id === id), 2000)
        }

        function test_afterASessionWithHomeworkThenTheHistory() {
            const backend = journalProbe.backend("sessions")
            const before = journalProbe.count("sessions/session")
            const p = root.page("AfterSessionPage")
            verify(p)
            openPageSpy.target = p
            openPageSpy.clear()
            findChild(p, "date").text = Qt.formatDate(new Date(), "yyyy-MM-dd")
            findChild(p, "time").text = "08:00"
            const type = findChild(p, "type")
            type.currentIndex = type.indexOfValue("group")
            verify(findChild(p, "themes").visible)
            verify(!findChild(p, "talked").visible)
            findChild(p, "themes").text = "Sleep and routines"
            findChild(p, "remember").text = "Others feel this too"
            mouseClick(findChild(p, "addHomework"))
            findChild(p, "homeworkText").text = "Three thought records"
            findChild(p, "homeworkText").textEdited()
            const kind = findChild(p, "homeworkKind")
            kind.currentIndex = kind.indexOfValue("cbt/thought-record")
            kind.activated(kind.currentIndex)
            findChild(p, "nextDate").text = "2026-12-01"
            findChild(p, "nextTime").text = "15:00"
            findChild(p, "saveSession").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.count("sessions/session"), before + 1)
            verify(p.sessionId.length > 0)
            const saved = backend.loadSession(p.sessionId)
            compare(saved.type, "group")
            compare(saved.themes, "Sleep and routines")
            compare(saved.homework[0].kind, "cbt/thought-record")
            compare(saved.with, ["therapist"])
            compare(openPageSpy.count, 1)
            compare(openPageSpy.signalArguments[0][0], "history")
            compare(journalProbe.count("sessions/session"), before + 1)
            findChild(p, "saveSession").clicked() // a second Save changes the notes, adds nothing
            compare(journalProbe.count("sessions/session"), before + 1)

            const h = root.page("HistoryPage")
            verify(h)
            verify(findChild(h, "overTime").visible)
            verify(h.months.length >= 1 && h.months.length <= 12, h.months.length)
            const edit = root.page("AfterSessionPage", { entryId: p.sessionId })
            compare(findChild(edit, "themes").text, "Sleep and routines")
            compare(findChild(edit, "homeworkKind").currentText, "Thought record", "an edit shows what counts it")
            verify(findChild(edit, "homeworkTarget").visible)
            verify(!findChild(edit, "closeList").visible, "an edit does not close a list")
        }

        // A new session with a list open offers to close it, ticked for a session
        // after the last one written up, not for older notes caught up on.
        function test_theListIsOfferedToANewSessionOnly() {
            const backend = journalProbe.backend("sessions")
            verify(backend.addItem("Something to bring"))
            const p = root.page("AfterSessionPage")
            const close = findChild(p, "closeList")
            verify(close.visible)
            verify(close.checked)
            findChild(p, "date").text = "2020-01-01"
            verify(!close.checked)
        }

        function test_aBadDateIsRefusedInPlainWords() {
            const backend = journalProbe.backend("sessions")
            const p = root.page("AfterSessionPage")
            findChild(p, "date").text = "last Tuesday"
            findChild(p, "saveSession").clicked()
            compare(backend.lastError, "Write the session's date as YYYY-MM-DD.")
            compare(p.error, backend.lastError)
        }

        function test_thePageForThePeopleCloseToMeAsAPrivatePdf() {
            const backend = journalProbe.backend("sessions")
            const p = root.page("SupportersPage")
            verify(p)
            findChild(p, "helps").text = "A walk together"
            findChild(p, "worried").text = "Ask me directly"
            findChild(p, "saveSupporters").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.latest("sessions/supporters").payload.helps, "A walk together")
            const path = journalProbe.scratchPath("for-the-people-close-to-me.pdf")
            findChild(p, "pdfPath").text = path
            findChild(p, "savePdf").clicked()
            compare(backend.lastError, "")
            compare(p.pdfPath, path)
            verify(findChild(p, "openPdf").visible)
            compare(journalProbe.fileHead(path, 4), "%PDF")
            compare(journalProbe.fileMode(path), 384) // 0600
        }
    }
}
