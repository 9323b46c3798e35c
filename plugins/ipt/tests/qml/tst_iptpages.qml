import QtQuick
import QtQuick.Controls
import QtTest

// Each page loads; a person is added and edited; a worksheet is saved and
// revised; a conversation and a mood event are saved; the focus changes.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name) { return Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Ipt/" + name + ".qml") }

    TestCase {
        name: "IptPages"
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

        // Issue 17: each navigation label equals the page's own title ("A conversation" vs "Look at a conversation").
        function test_navigationLabelsEqualPageTitles() {
            const pages = app.navigation.filter(n => n.moduleId === "ipt")
            compare(pages.length, 6)
            for (const n of pages) {
                const c = Qt.createComponent(n.url)
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("ipt"), width: 1000, height: 1200 })
                compare(pageHeaderTitle(p), n.title, n.key)
            }
        }

        // Issue 17: grief and isolation worksheets, revisited with every version kept.
        function test_griefAndIsolationWorksheets() {
            const backend = journalProbe.backend("ipt")
            const p = createTemporaryObject(root.page("WorksheetsPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(p, "worksheetKind").toggle("Grief")
            compare(p.openKind, "grief")
            const before = journalProbe.count("ipt/grief")
            findChild(p, "griefPerson").set("Gran", "")
            findChild(p, "good").text = "Sunday lunches"
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.count("ipt/grief"), before + 1)
            compare(journalProbe.latest("ipt/grief").payload.person, "Gran")
            findChild(p, "support").text = "My cousin"
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            compare(p.versions.length, 1)
            compare(journalProbe.count("ipt/grief"), before + 1)

            findChild(p, "worksheetKind").toggle("Feeling cut off or lonely")
            compare(p.openKind, "isolation")
            findChild(p, "isolationTitle").text = "Since the move"
            findChild(p, "steps").text = "Join the walking group"
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.latest("ipt/isolation").payload.steps, "Join the walking group")
        }

        // Issue 17: life events in date order beside when the low mood began.
        function test_lifeEventsBesideTheOnset() {
            const backend = journalProbe.backend("ipt")
            const p = createTemporaryObject(root.page("FocusPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(p, "onsetDate").text = "2025-10-15"
            findChild(p, "saveOnset").clicked()
            compare(backend.lastError, "")
            findChild(p, "eventDate").text = "2025-09-01"
            findChild(p, "eventNote").text = "Moved house"
            findChild(p, "addLifeEvent").clicked()
            compare(backend.lastError, "")
            tryVerify(() => backend.lifeEvents.some(e => e.note === "Moved house"))
            const list = backend.lifeEvents
            const moved = list.findIndex(e => e.note === "Moved house")
            const onset = list.findIndex(e => e.onset)
            verify(moved >= 0 && onset > moved, "the event before the onset comes first")
            verify(findChild(p, "lifeEvent" + onset), "the timeline is shown on the page")
            compare(list[moved].relation, "6 weeks before the low mood began")
        }

        // Issue 17: a focus chosen before the rename is stored with the title "Focus: Loneliness and
        // isolation (interpersonal deficits)"; the timeline showed that title. Its card names the
        // area from the stored id, whatever the title.
        function test_oldFocusShowsTodaysWordsOnTheTimeline() {
            const c = Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Ipt/FocusCard.qml")
            compare(c.status, Component.Ready, c.errorString())
            const card = createTemporaryObject(c, root, { width: 600 })
            card.entry = { id: "x", title: "Focus: Loneliness and isolation (interpersonal deficits)", summary: "the area to work on in therapy",
                           time: "09:00", kindTitle: "IPT focus", moduleColor: "#a0708a", payload: { area: "deficits" } }
            verify(card.title.indexOf("deficit") < 0, card.title)
            compare(card.title, "Focus: Social isolation and loneliness")
            compare(card.summary, "the area to work on in therapy")
            let opened = 0
            card.activated.connect(() => opened++)
            mouseClick(card)
            compare(opened, 1)
            // Any other focus keeps its own title.
            card.entry = { id: "y", title: "Focus: Grief", summary: "", time: "09:00", kindTitle: "IPT focus", payload: { area: "grief" } }
            compare(card.title, "Focus: Grief")
        }

        function test_pagesLoad() {
            for (const name of ["FocusPage", "PeoplePage", "PersonPage", "WorksheetsPage", "CommunicationPage", "MoodPage"]) {
                const c = root.page(name)
                compare(c.status, Component.Ready, name + ": " + c.errorString())
                verify(createTemporaryObject(c, root, { backend: journalProbe.backend("ipt"), width: 1000, height: 1200 }))
            }
        }

        // Issue 29: every visible text field has a real label, the visible item just before it
        // (a placeholder goes as soon as the field holds the client's words).
        function unlabelledFields(item, out) {
            const children = item.children ? item.children : []
            for (let i = 0; i < children.length; ++i) {
                const c = children[i]
                if (!c.visible)
                    continue
                const isField = c.placeholderText !== undefined && c.cursorPosition !== undefined
                if (isField) {
                    let before = null
                    for (let j = i - 1; j >= 0 && !before; --j)
                        if (children[j].visible && children[j].width > 0)
                            before = children[j]
                    const isLabel = before && before.text !== undefined && before.cursorPosition === undefined
                                    && before.checkable === undefined && String(before.text).length > 0
                    if (!isLabel)
                        out.push((c.objectName || "?") + " (" + (c.Accessible.name || c.placeholderText) + ")")
                }
                unlabelledFields(c, out)
            }
            return out
        }

        function test_everyFieldHasARealLabel() {
            for (const name of ["FocusPage", "PersonPage", "WorksheetsPage", "CommunicationPage", "MoodPage"]) {
                const p = createTemporaryObject(root.page(name), root, { backend: journalProbe.backend("ipt"), width: 1000, height: 3000 })
                waitForRendering(p)
                const kinds = name === "WorksheetsPage" ? ["transition", "dispute", "grief", "isolation"] : [""]
                for (const k of kinds) {
                    if (k !== "")
                        p.openKind = k
                    wait(0)
                    const missing = unlabelledFields(p, [])
                    compare(missing.join(", "), "", name + (k ? " (" + k + ")" : "") + ": fields with only a placeholder")
                }
            }
        }

        function test_personRoundTrip() {
            const backend = journalProbe.backend("ipt")
            const before = journalProbe.count("ipt/person")
            const p = createTemporaryObject(root.page("PersonPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(p, "name").text = "Robin"
            findChild(p, "relationship").text = "neighbour"
            findChild(p, "confidant").checked = true
            findChild(p, "change").text = "Say hello more"
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.count("ipt/person"), before + 1)
            const saved = journalProbe.latest("ipt/person")
            compare(saved.payload.name, "Robin")
            compare(saved.payload.confidant, true)

            const edit = createTemporaryObject(root.page("PersonPage"), root, { backend: backend, entryId: saved.id, width: 1000, height: 3000 })
            compare(findChild(edit, "relationship").text, "neighbour")
            findChild(edit, "relationship").text = "neighbour and friend"
            findChild(edit, "save").clicked()
            compare(backend.lastError, "")
            const edited = journalProbe.latest("ipt/person")
            compare(edited.payload.relationship, "neighbour and friend")
            compare(edited.payload.key, saved.payload.key)
            verify(edited.revision >= 2)
        }

        function test_worksheetRevisited() {
            const backend = journalProbe.backend("ipt")
            const w = createTemporaryObject(root.page("WorksheetsPage"), root, { backend: backend, width: 1000, height: 4000 })
            findChild(w, "title").text = "Moving to a new town"
            findChild(w, "lost").text = "Friends nearby"
            findChild(w, "save").clicked()
            compare(backend.lastError, "")
            const first = journalProbe.latest("ipt/transition")
            compare(first.payload.title, "Moving to a new town")
            compare(first.payload.oldRole.lost, "Friends nearby")
            findChild(w, "support").text = "Calls with Sam"
            findChild(w, "save").clicked()
            compare(backend.lastError, "")
            const second = journalProbe.latest("ipt/transition")
            compare(second.id, first.id)
            compare(second.payload.support, "Calls with Sam")
            verify(w.versions.length >= 1)

            const again = createTemporaryObject(root.page("WorksheetsPage"), root, { backend: backend, entryId: first.id, width: 1000, height: 4000 })
            compare(findChild(again, "title").text, "Moving to a new town")
            compare(findChild(again, "support").text, "Calls with Sam")
        }

        // Issue 17: after Delete the form stayed active ("Save changes" and "Delete" still
        // enabled) while Undo was offered.
        function checkDeleteStopsTheForm(p, id, what) {
            const del = findChild(p, "delete")
            verify(del && del.visible, what + ": no delete action")
            del.confirmed()
            verify(journalProbe.isDeleted(id), what)
            verify(findChild(p, "undo").visible, what)
            verify(!findChild(p, "save").enabled, what + ": the deleted entry can still be saved")
            verify(!del.visible, what + ": the deleted entry can be deleted again")
            mouseClick(findChild(findChild(p, "undo"), "undoButton"))
            verify(!journalProbe.isDeleted(id), what)
            verify(findChild(p, "save").enabled, what)
            verify(del.visible, what)
        }

        function test_deleteStopsTheFormUntilUndo() {
            const backend = journalProbe.backend("ipt")
            const personId = backend.savePerson("", { name: "Jo", relationship: "cousin", circle: "outer", contact: "",
                                                     supportGiven: 4, supportReceived: -1, confidant: false })
            verify(personId.length > 0, backend.lastError)
            const person = createTemporaryObject(root.page("PersonPage"), root, { backend: backend, entryId: personId, width: 1000, height: 3000 })
            // The stored rating shows as a number; the one never given says so.
            compare(findChild(findChild(person, "given"), "ratingText").text, "4 of 10")
            compare(findChild(findChild(person, "received"), "ratingText").text, "Not rated")
            checkDeleteStopsTheForm(person, personId, "person")

            const talkId = backend.saveCommunication("", { person: "Jo", personKey: "", situation: "A call about the weekend" })
            verify(talkId.length > 0, backend.lastError)
            checkDeleteStopsTheForm(createTemporaryObject(root.page("CommunicationPage"), root, { backend: backend, entryId: talkId, width: 1000, height: 3000 }),
                                    talkId, "conversation")

            const eventId = backend.logEvent("", { person: "Jo", personKey: "", event: "Walk by the river", tone: "supportive", mood: 7 })
            verify(eventId.length > 0, backend.lastError)
            const event = createTemporaryObject(root.page("MoodPage"), root, { backend: backend, entryId: eventId, width: 1000, height: 3000 })
            compare(findChild(findChild(event, "mood"), "ratingText").text, "7 of 10")
            checkDeleteStopsTheForm(event, eventId, "event")
        }

        // Issue 17: "My mood afterwards" said "5 of 10" and saved 5 when never moved.
        function test_untouchedMoodIsNotSavedAsFive() {
            const backend = journalProbe.backend("ipt")
            const m = createTemporaryObject(root.page("MoodPage"), root, { backend: backend, width: 1000, height: 3000 })
            compare(findChild(findChild(m, "mood"), "ratingText").text, "Not rated")
            const before = journalProbe.count("ipt/event")
            findChild(m, "person").text = "Sam"
            findChild(m, "person").textEdited()
            findChild(m, "event").text = "Coffee"
            findChild(m, "save").clicked()
            compare(journalProbe.count("ipt/event"), before, "an unrated mood was saved")
            compare(backend.lastError, "Rate your mood from 0 to 10.")
        }

        function test_conversationEventAndFocus() {
            const backend = journalProbe.backend("ipt")
            const c = createTemporaryObject(root.page("CommunicationPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(c, "person").text = "Alex"
            findChild(c, "person").textEdited()
            findChild(c, "situation").text = "Plans for the weekend"
            findChild(c, "differently").text = "Ask first"
            findChild(c, "save").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.latest("ipt/communication").payload.person, "Alex")

            const m = createTemporaryObject(root.page("MoodPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(m, "person").text = "Alex"
            findChild(m, "person").textEdited()
            findChild(m, "event").text = "Dinner"
            findChild(m, "mood").value = 8
            findChild(m, "mood").touched = true // as the client moves it
            findChild(m, "save").clicked()
            compare(backend.lastError, "")
            const ev = journalProbe.latest("ipt/event")
            compare(ev.payload.event, "Dinner")
            compare(ev.mood, 8)
            const edit = createTemporaryObject(root.page("MoodPage"), root, { backend: backend, entryId: ev.id, width: 1000, height: 3000 })
            compare(findChild(edit, "event").text, "Dinner")
            findChild(edit, "event").text = "Dinner out"
            findChild(edit, "save").clicked()
            compare(journalProbe.latest("ipt/event").payload.event, "Dinner out")

            const f = createTemporaryObject(root.page("FocusPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(f, "area-deficits").checked = true
            findChild(f, "area-deficits").toggled()
            findChild(f, "saveFocus").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.latest("ipt/focus").payload.area, "deficits")
        }

        // Issue 18: a list holds its newest page; "Show older" loads the next one, by keyboard too.
        function test_showOlderLoadsTheNextPage() {
            const backend = journalProbe.backend("ipt")
            for (let i = 0; i < 9; ++i)
                verify(backend.saveCommunication("", { person: "Kim", personKey: "", situation: "Talk " + i }).length > 0, backend.lastError)
            tryVerify(() => backend.more.conversations === true)
            const c = createTemporaryObject(root.page("CommunicationPage"), root, { backend: backend, width: 1000, height: 3000 })
            compare(backend.conversations.length, 8)
            const older = findChild(c, "showOlder-conversations")
            verify(older.visible)
            compare(older.text, "Show older conversations")
            compare(older.Accessible.name, "Show older conversations")
            older.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(backend.conversations.length > 8)
            compare(backend.conversations[8].title, "A conversation with Kim")

            // The insights say which weeks they cover.
            const m = createTemporaryObject(root.page("MoodPage"), root, { backend: backend, width: 1000, height: 3000 })
            verify(findChild(m, "insightsPeriod").text.startsWith("In the last 12 weeks, "), findChild(m, "insightsPeriod").text)
        }
    }
}
