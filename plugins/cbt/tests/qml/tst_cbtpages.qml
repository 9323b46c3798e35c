import QtQuick
import QtQuick.Controls
import QtTest

// A thought record started as a draft, finished, edited; the other pages load.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name) { return Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Cbt/" + name + ".qml") }

    TestCase {
        name: "CbtPages"
        when: windowShown

        function test_everyPageLoads() {
            for (const name of ["ThoughtRecordPage", "RecordsPage", "CopingCardsPage", "InsightsPage"]) {
                const c = root.page(name)
                compare(c.status, Component.Ready, name + ": " + c.errorString())
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("cbt"), width: 1000, height: 1200 })
                verify(p, name)
            }
        }

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

        // Issue 17: each navigation label equals the page's own title.
        function test_navigationLabelsEqualPageTitles() {
            const pages = app.navigation.filter(n => n.moduleId === "cbt")
            compare(pages.length, 4)
            for (const n of pages) {
                const c = Qt.createComponent(n.url)
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("cbt"), width: 1000, height: 1200 })
                compare(pageHeaderTitle(p), n.title, n.key)
            }
        }

        // Issue 17: the change chart has dates; the per-week bars have counts.
        function test_insightsChartsHaveDatesAndCounts() {
            const backend = journalProbe.backend("cbt")
            const p = createTemporaryObject(root.page("InsightsPage"), root, { backend: backend, width: 1000, height: 1200 })
            const weeks = backend.recordsPerWeek
            compare(weeks.length, backend.weeksShown)
            const last = findChild(p, "changeDate" + (weeks.length - 1))
            verify(last, "the latest week is dated under the change chart")
            compare(last.text, weeks[weeks.length - 1].label)
            verify(weeks[weeks.length - 1].label.length > 0)
            for (let i = 0; i < weeks.length; ++i) {
                const count = findChild(p, "weekCount" + i)
                verify(count, "a count over bar " + i)
                compare(count.text, String(weeks[i].count))
            }
        }

        function test_copingCardEditAndRemoveWithUndo() {
            const backend = journalProbe.backend("cbt")
            const cards = createTemporaryObject(root.page("CopingCardsPage"), root, { backend: backend, width: 1000, height: 3000 })
            tryVerify(() => backend.copingCards.length > 0)
            const first = backend.copingCards[0]
            mouseClick(findChild(cards, "editCard"))
            findChild(cards, "cardEditor").text = "One stumble is not the whole talk"
            mouseClick(findChild(cards, "saveCard"))
            compare(backend.lastError, "")
            tryVerify(() => backend.copingCards[0].text === "One stumble is not the whole talk")
            compare(backend.copingCards[0].id, first.id)
            const count = backend.copingCards.length
            verify(backend.remove(first.id))
            tryVerify(() => backend.copingCards.length === count - 1)
            verify(backend.restore(first.id))
            tryVerify(() => backend.copingCards.length === count)
            verify(!backend.updateCard(first.id, "   "))
            compare(backend.lastError, "A coping card needs some words.")
        }

        // Issue 17: a card's "Edit" and "Remove card" sat one under the other, unlike other cards' actions.
        function test_copingCardActionsShareARow() {
            const backend = journalProbe.backend("cbt")
            const cards = createTemporaryObject(root.page("CopingCardsPage"), root, { backend: backend, width: 1000, height: 3000 })
            tryVerify(() => backend.copingCards.length > 0)
            const edit = findChild(cards, "editCard")
            const remove = findChild(cards, "removeCard")
            verify(edit && remove, "no card actions")
            waitForRendering(cards)
            const e = edit.mapToItem(cards, 0, 0), r = remove.mapToItem(cards, 0, 0)
            verify(Math.abs((e.y + edit.height / 2) - (r.y + remove.height / 2)) < 2, "Edit at y " + e.y + ", Remove card at y " + r.y)
            verify(r.x > e.x + edit.width - 1, "Remove card is not beside Edit")
        }

        // Issue 17: mood before/after sliders had no end labels.
        function test_moodSlidersHaveEndLabels() {
            const form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: journalProbe.backend("cbt"), width: 1000, height: 3000 })
            const name = findChild(form, "moodName")
            name.text = "sad"
            name.textEdited()
            for (const row of ["mood0", "rerate0"]) {
                const slider = findChild(findChild(form, row), "moodRating")
                verify(slider.lowHint.length > 0 && slider.highHint.length > 0, row + " has no end labels")
            }
        }

        // Issue 17: a mood can be marked pleasant; the mark is preset from the name.
        function test_pleasantMoodMark() {
            const form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: journalProbe.backend("cbt"), width: 1000, height: 3000 })
            const name = findChild(form, "moodName")
            name.text = "hopeful"
            name.textEdited()
            const mark = findChild(form, "pleasant")
            verify(mark, "a pleasant mark for the mood")
            verify(mark.checked, "hopeful reads as pleasant")
            compare(form.record().moods[0].pleasant, undefined) // inferred, not stored
            waitForRendering(form) // laid out, as before a person clicks (the mark is under the name now)
            mouseClick(mark)
            verify(!mark.checked)
            compare(form.record().moods[0].pleasant, false)
        }

        // Issue 17: nothing is saved that the client did not rate; step 7 starts
        // from the earlier rating; an unnamed mood is not "(unnamed mood)".
        function test_untouchedRatingsAreNotSaved() {
            const backend = journalProbe.backend("cbt")
            const form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(form, "situation").text = "Untouched sliders"
            const unnamed = findChild(form, "unnamedMood0")
            verify(unnamed && unnamed.visible, "step 7 asks for a name in step 2")
            verify(unnamed.text.indexOf("(unnamed mood)") < 0, unnamed.text)
            const name = findChild(form, "moodName")
            name.text = "worried"
            name.textEdited()
            verify(!unnamed.visible)
            compare(form.record().moods[0].before, -1) // not 50
            mouseClick(findChild(form, "saveDraft"))
            compare(backend.lastError, "")
            compare(journalProbe.latest("cbt/thought-record").payload.moods[0].before, undefined)

            findChild(form, "mood0").rated(80)
            compare(findChild(findChild(form, "rerate0"), "moodRating").value, 80) // starts from the earlier rating
            verify(findChild(findChild(form, "rerate0"), "notRated").visible)
            compare(form.record().moods[0].after, -1)
            const hot = findChild(form, "hotBelief")
            hot.touched = true
            hot.value = 85
            compare(findChild(form, "hotBeliefAfter").value, 85)
            compare(form.record().hotBeliefAfter, -1)
        }

        // Issue 17: an opened record shows its stored ratings as numbers; after Delete its
        // form stayed active ("Save" and "Delete" still enabled) while Undo was offered.
        function test_openedRecordShowsRatingsAndDeleteStopsTheForm() {
            const backend = journalProbe.backend("cbt")
            const id = backend.saveRecord("", { situation: "Left out of the lunch plans", moods: [{ name: "hurt", before: 60, after: 40 }],
                                                thoughts: [{ text: "Nobody wants me there", hot: true }], hotBelief: 75,
                                                hotBeliefAfter: -1, distortions: [], evidenceFor: "", evidenceAgainst: "",
                                                balancedThought: "", balancedBelief: -1 }, false)
            verify(id.length > 0, backend.lastError)
            const edit = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: id, width: 1000, height: 3000 })
            compare(findChild(findChild(edit, "hotBelief"), "ratingText").text, "75 %")
            compare(findChild(findChild(findChild(edit, "mood0"), "moodRating"), "ratingText").text, "60 %")
            compare(findChild(findChild(findChild(edit, "rerate0"), "moodRating"), "ratingText").text, "40 %")
            compare(findChild(findChild(edit, "balancedBelief"), "ratingText").text, "Not rated")
            compare(findChild(findChild(edit, "hotBeliefAfter"), "ratingText").text, "Not rated")

            const del = findChild(edit, "delete")
            del.confirmed()
            verify(journalProbe.isDeleted(id))
            verify(findChild(edit, "undo").visible)
            verify(!findChild(edit, "finish").enabled, "the deleted record can still be saved")
            verify(!findChild(edit, "saveDraft").enabled, "the deleted record can still be saved as a draft")
            verify(!del.visible, "the deleted record can be deleted again")
            mouseClick(findChild(findChild(edit, "undo"), "undoButton"))
            verify(!journalProbe.isDeleted(id))
            verify(findChild(edit, "finish").enabled && findChild(edit, "saveDraft").enabled)
            verify(del.visible)
            // A save after Undo keeps the stored ratings and adds none.
            findChild(edit, "saveDraft").clicked()
            compare(backend.lastError, "")
            const kept = journalProbe.latest("cbt/thought-record").payload
            compare(kept.hotBelief, 75)
            compare(kept.balancedBelief, undefined)
            compare(kept.moods[0].before, 60)
        }

        // Issue 29: a whole thought record with the keyboard alone. Tab walks the page
        // in its order; each field is filled with keys as it is reached (letters in a
        // text box, the Right arrow on a slider, Space on the first thinking pattern),
        // and Enter on "Save finished record" saves it.
        function test_thoughtRecordWithTheKeyboardAlone() {
            const backend = journalProbe.backend("cbt")
            const before = journalProbe.count("cbt/thought-record")
            const form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, width: 1000, height: 3000 })
            form.forceActiveFocus()
            const words = { situation: "sister did not reply", moodName: "worried", evidenceFor: "she often replies fast",
                            evidenceAgainst: "she works nights", balancedThought: "she is probably asleep" }
            const visited = []
            let patternChosen = false
            let saved = false
            for (let i = 0; i < 300 && !saved; ++i) {
                keyClick(Qt.Key_Tab)
                const f = root.Window.activeFocusItem
                if (!f || visited.indexOf(f) >= 0)
                    continue
                visited.push(f)
                if (f.objectName === "finish") {
                    keyClick(Qt.Key_Return)
                    saved = true
                } else if (words[f.objectName] !== undefined) {
                    for (const c of words[f.objectName])
                        keyClick(c)
                } else if (f.objectName === "" && f.placeholderText !== undefined && f.text === "" && f.readOnly === false) {
                    for (const c of "she is angry with me") // the automatic thought
                        keyClick(c)
                } else if (f.objectName === "ratingSlider") {
                    keyClick(Qt.Key_Right)
                    keyClick(Qt.Key_Right)
                } else if (!patternChosen && f.Accessible.role === Accessible.CheckBox && f.on !== undefined) {
                    keyClick(Qt.Key_Space) // a thinking pattern chip
                    patternChosen = true
                }
            }
            verify(saved, "Tab never reached Save finished record")
            compare(backend.lastError, "")
            compare(journalProbe.count("cbt/thought-record"), before + 1)
            const record = journalProbe.latest("cbt/thought-record")
            compare(record.payload.status, "complete")
            compare(record.payload.situation, "sister did not reply")
            compare(record.payload.moods[0].name, "worried")
            compare(record.payload.thoughts[0].text, "she is angry with me")
            compare(record.payload.distortions.length, 1)
            compare(record.payload.balancedThought, "she is probably asleep")
            verify(record.payload.hotBelief > 50 && record.payload.balancedBelief > 50)
        }

        function test_draftThenFinishThenEdit() {
            const backend = journalProbe.backend("cbt")
            verify(backend)
            const before = journalProbe.count("cbt/thought-record")
            const form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(form, "situation").text = "Sister did not reply to my message"
            mouseClick(findChild(form, "saveDraft"))
            compare(backend.lastError, "")
            compare(journalProbe.count("cbt/thought-record"), before + 1)
            const draft = journalProbe.latest("cbt/thought-record")
            compare(draft.payload.status, "draft")

            // Trying to finish with steps missing says which step.
            mouseClick(findChild(form, "finish"))
            verify(backend.lastError.indexOf("Step") === 0, backend.lastError)

            // Fill in the rest through the form's own state, then finish.
            form.distortionIds = ["jumping-to-conclusions"]
            findChild(form, "hotBelief").touched = true
            findChild(form, "hotBelief").value = 85
            findChild(form, "evidenceFor").text = "She usually replies within the hour"
            findChild(form, "evidenceAgainst").text = "She is on a night shift this week"
            findChild(form, "balancedThought").text = "She is probably asleep after her shift"
            findChild(form, "balancedBelief").touched = true
            findChild(form, "balancedBelief").value = 70
            findChild(form, "hotBeliefAfter").touched = true
            findChild(form, "hotBeliefAfter").value = 30
            const r = form.record()
            r.moods = [{ name: "worried", before: 70, after: 35 }]
            r.thoughts = [{ text: "She is angry with me", hot: true }]
            const finished = backend.saveRecord(draft.id, r, true)
            compare(backend.lastError, "")
            compare(finished, draft.id)
            const saved = journalProbe.latest("cbt/thought-record")
            compare(saved.payload.status, "complete")
            compare(saved.revision, 2)
            compare(saved.payload.moods[0].after, 35)

            // Open it for editing: the form shows what was saved.
            const edit = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: draft.id, width: 1000, height: 3000 })
            compare(findChild(edit, "situation").text, "Sister did not reply to my message")
            compare(findChild(edit, "balancedThought").text, "She is probably asleep after her shift")
            compare(edit.distortionIds, ["jumping-to-conclusions"])
            compare(edit.steps.length, 7)
            let done = 0
            edit.done.connect(() => done++)
            findChild(edit, "balancedThought").text = "She is most likely asleep after a night shift"
            findChild(edit, "finish").clicked() // below the visible part of the scrolled page
            compare(backend.lastError, "")
            compare(done, 1)
            compare(journalProbe.latest("cbt/thought-record").payload.balancedThought, "She is most likely asleep after a night shift")
        }

        // Found trying it: a situation typed, then another page from the navigation,
        // and it was gone, though the page says "You can stop after any step".
        // Leaving keeps it as a draft; a finished record is never made a draft again,
        // and its changes are given back when it is opened again.
        function test_aRecordLeftUnsavedIsKeptAsADraft() {
            const backend = journalProbe.backend("cbt")
            const before = journalProbe.count("cbt/thought-record")
            let form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, width: 1000, height: 3000 })
            form.destroy() // nothing written: nothing kept
            wait(0)
            compare(journalProbe.count("cbt/thought-record"), before)
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(form, "situation").text = "Left the page mid-sentence"
            form.destroy()
            wait(0)
            compare(journalProbe.count("cbt/thought-record"), before + 1)
            const kept = journalProbe.latest("cbt/thought-record")
            compare(kept.payload.status, "draft")
            compare(kept.payload.situation, "Left the page mid-sentence")

            // Opened again from My thought records and left unchanged: no new revision.
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: kept.id, width: 1000, height: 3000 })
            compare(findChild(form, "situation").text, "Left the page mid-sentence")
            form.destroy()
            wait(0)
            compare(journalProbe.latest("cbt/thought-record").revision, kept.revision)

            // A finished record edited and left: kept as it was, not a draft.
            const r = { situation: "A finished one", moods: [{ name: "worried", before: 70, after: 35 }],
                        thoughts: [{ text: "It will go wrong", hot: true }], hotBelief: 80, hotBeliefAfter: 30,
                        distortions: ["jumping-to-conclusions"], evidenceFor: "It went wrong once",
                        evidenceAgainst: "It went well four times", balancedThought: "It may go well", balancedBelief: 60 }
            const finished = backend.saveRecord("", r, true)
            compare(backend.lastError, "")
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: finished, width: 1000, height: 3000 })
            findChild(form, "situation").text = "A finished one, changed and left"
            form.destroy()
            wait(0)
            const after = journalProbe.latest("cbt/thought-record")
            compare(after.id, finished)
            compare(after.payload.status, "complete")
            compare(after.payload.situation, "A finished one")

            // A try found those changes gone without a word. Opened again, they are
            // given back, not saved, with the way to the saved record.
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: finished, width: 1000, height: 3000 })
            compare(findChild(form, "situation").text, "A finished one, changed and left")
            verify(findChild(form, "unsavedChanges").visible)
            compare(form.steps.length, 7)
            const putBack = findChild(form, "putBackSaved")
            verify(putBack.visible && putBack.width > 0, "no way back to the saved record")
            putBack.clicked()
            compare(findChild(form, "situation").text, "A finished one")
            verify(!findChild(form, "unsavedChanges").visible)
            form.destroy()
            wait(0)
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: finished, width: 1000, height: 3000 })
            compare(findChild(form, "situation").text, "A finished one")
            verify(!findChild(form, "unsavedChanges").visible)
            // Changed, left, opened and saved: saved, and nothing given back after.
            findChild(form, "situation").text = "A finished one, changed and saved"
            form.destroy()
            wait(0)
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: finished, width: 1000, height: 3000 })
            findChild(form, "finish").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.latest("cbt/thought-record").payload.situation, "A finished one, changed and saved")
            compare(journalProbe.latest("cbt/thought-record").payload.status, "complete")
            form.destroy()
            wait(0)
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: finished, width: 1000, height: 3000 })
            verify(!findChild(form, "unsavedChanges").visible)
            compare(findChild(form, "situation").text, "A finished one, changed and saved")
        }

        // Found in review: changes to a finished record, kept in memory when its page is
        // left, were lost to quitting without a word (the backend named no page, and the
        // page itself never said it had writing not saved). The page says so while it has
        // changes; the backend names the record page and the record, so that Tessera asks
        // before it quits and "Go back to it" opens that record. A new record or a draft is
        // kept as a draft on leaving, quitting included: nothing to ask.
        function test_changesToAFinishedRecordAreAskedAboutBeforeQuitting() {
            const backend = journalProbe.backend("cbt")
            const r = { situation: "Missed the bus", moods: [{ name: "annoyed", before: 60, after: 30 }],
                        thoughts: [{ text: "I always mess up", hot: true }], hotBelief: 70, hotBeliefAfter: 40,
                        distortions: [], evidenceFor: "Late twice", evidenceAgainst: "On time all month",
                        balancedThought: "Buses are late sometimes", balancedBelief: 65 }
            const first = backend.saveRecord("", r, true)
            const second = backend.saveRecord("", Object.assign({}, r, { situation: "Forgot a call" }), true)
            verify(first.length > 0 && second.length > 0, backend.lastError)

            // A new record: kept as a draft on leaving, so nothing to ask.
            let form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(form, "situation").text = "Half a new one"
            verify(!form.unsavedWriting, "a new record is kept as a draft: nothing to ask")
            form.destroy()
            wait(0)

            // A finished record: opened, nothing to ask; changed, the page says so; changed back, not.
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: first, width: 1000, height: 3000 })
            verify(!form.unsavedWriting, "a finished record just opened has nothing to lose")
            findChild(form, "situation").text = "Missed the bus, and then"
            verify(form.unsavedWriting, "changes to a finished record are not asked about")
            findChild(form, "situation").text = "Missed the bus"
            verify(!form.unsavedWriting)
            // A rating moved counts too.
            findChild(form, "balancedBelief").setValue(80)
            findChild(form, "balancedBelief").moved()
            verify(form.unsavedWriting, "a rating moved is not a change")
            form.destroy()
            wait(0)
            compare(backend.unsavedWritingPage, "record")
            compare(backend.unsavedWritingEntry, first)

            // Two records changed and left: the last one left is named.
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: second, width: 1000, height: 3000 })
            findChild(form, "situation").text = "Forgot a call, and said sorry"
            form.destroy()
            wait(0)
            compare(backend.unsavedWritingEntry, second)

            // Opened again, the changes are given back and still not saved.
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: second, width: 1000, height: 3000 })
            compare(findChild(form, "situation").text, "Forgot a call, and said sorry")
            verify(form.unsavedWriting, "changes given back are still writing not saved")
            // Saved: nothing kept for it, and the other record is named again.
            findChild(form, "finish").clicked()
            compare(backend.lastError, "")
            form.destroy()
            wait(0)
            compare(backend.unsavedWritingEntry, first)
            compare(backend.unsavedWritingPage, "record")

            // A record deleted meanwhile is passed over.
            form = createTemporaryObject(root.page("ThoughtRecordPage"), root, { backend: backend, entryId: first, width: 1000, height: 3000 })
            findChild(form, "delete").confirmed()
            verify(journalProbe.isDeleted(first))
            form.destroy()
            wait(0)
            compare(backend.unsavedWritingPage, "")
            compare(backend.unsavedWritingEntry, "")
        }

        // Issue 18: the lists show their newest page; "Show older" (by keyboard too) reads the next.
        function test_recordsAndCardsShowOlder() {
            const backend = journalProbe.backend("cbt")
            const full = { situation: "Paged record", moods: [{ name: "tense", before: 70, after: 40 }],
                           thoughts: [{ text: "It will go wrong", hot: true }], hotBelief: 80, distortions: [],
                           evidenceFor: "It went wrong once", evidenceAgainst: "It went fine many times",
                           balancedThought: "It usually goes fine", balancedBelief: 70, hotBeliefAfter: 30 }
            const made = []
            for (let i = 0; i < 21; ++i) {
                const id = backend.saveRecord("", full, true)
                verify(id.length > 0, backend.lastError)
                made.push(id)
            }
            for (let i = 0; i < 21; ++i) {
                const card = backend.keepAsCard(made[0])
                verify(card.length > 0, backend.lastError)
                made.push(card)
            }
            const list = createTemporaryObject(root.page("RecordsPage"), root, { backend: backend, width: 1000, height: 3000 })
            tryVerify(() => backend.recentRecords.length === 20 && backend.moreRecords)
            const older = findChild(list, "olderRecords")
            verify(older && older.visible, "a Show older records button")
            compare(older.Accessible.name, "Show older records")
            older.forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryVerify(() => backend.recentRecords.length > 20)
            compare(backend.recentRecords.filter(r => made.indexOf(r.id) >= 0).length, 21)

            const cards = createTemporaryObject(root.page("CopingCardsPage"), root, { backend: backend, width: 1000, height: 3000 })
            tryVerify(() => backend.copingCards.length === 20 && backend.moreCards)
            const olderCards = findChild(cards, "olderCards")
            verify(olderCards && olderCards.visible, "a Show older cards button")
            mouseClick(olderCards)
            tryVerify(() => backend.copingCards.length > 20)
            compare(backend.copingCards.filter(c => made.indexOf(c.id) >= 0).length, 21)
            for (const id of made)
                verify(backend.remove(id))
        }
    }
}
