import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// The app lock (issue 21) on the real shell (Main.qml) over an encrypted
// journal with the demo entries: locked shows nothing of the journal, "Need
// help now?" still works, a wrong passphrase changes nothing, the right one
// brings the timeline back.
Item {
    id: root
    width: 1280
    height: 800

    // Tall enough that the newest entries are on screen below the timeline's header
    // (the read question, the Due strip, Coming up, the mood chart and search): at
    // 800 px, with six things due, the test's new entry was below the fold and never
    // made: run alone, this test failed every time; after the idle test, now and then.
    Component { id: shellComponent; Main { startPage: "timeline"; width: 1280; height: 2400 } }
    Component { id: writeComponent; Main { startPage: "journal/write"; width: 1280; height: 800 } }
    Component { id: lockWindowComponent; LockWindow { width: 800; height: 600 } }
    Component { id: firstRunViewComponent; LockedCrisisView { firstRun: true; width: 800; height: 600 } }

    TestCase {
        name: "AppLock"
        when: windowShown

        // Every piece of visible text in the window, depth first.
        // With `hidden`, hidden items' text too: locked, the pages must be gone, not just hidden.
        function texts(item, out, hidden) {
            if (!item)
                return out
            if ((hidden || item.visible !== false) && typeof item.text === "string" && item.text.length > 0)
                out.push(item.text)
            const kids = item.children || []
            let hasContent = false
            for (let i = 0; i < kids.length; ++i) {
                hasContent = hasContent || kids[i] === item.contentItem
                texts(kids[i], out, hidden)
            }
            if (item.contentItem && !hasContent)
                texts(item.contentItem, out, hidden)
            return out
        }
        function showsText(window, needle) {
            return texts(window.contentItem, []).some(t => t.indexOf(needle) >= 0)
        }
        // With `hidden`, hidden items too.
        function find(item, name, hidden) {
            if (!item)
                return null
            if (item.objectName === name && (hidden || item.visible !== false))
                return item
            const kids = item.children || []
            let hasContent = false
            for (let i = 0; i < kids.length; ++i) {
                hasContent = hasContent || kids[i] === item.contentItem
                const found = find(kids[i], name, hidden)
                if (found)
                    return found
            }
            if (item.contentItem && !hasContent)
                return find(item.contentItem, name, hidden)
            return null
        }

        function test_lockedShowsNothingOfTheJournalAndHelpStillWorks() {
            verify(appLock.encrypted, "the test journal is encrypted")
            // An entry of now, so it is at the top of today whatever the time
            // of day (the newest demo check-in may be yesterday evening's,
            // below the fold after midnight).
            const known = "Lock test: a walk by the river"
            verify(journalProbe.addEntry("journal/checkin", known, {}, 0).length > 0, "an entry to look for")

            const window = createTemporaryObject(shellComponent, root)
            verify(window)
            tryVerify(() => window.screenshotReady, 10000)
            tryVerify(() => showsText(window, known), 10000, "the timeline shows the entry before locking")

            // Lock on demand.
            appLock.lockNow()
            verify(appLock.locked)
            tryVerify(() => find(window.contentItem, "lockScreen") !== null, 5000)
            wait(50)
            verify(!showsText(window, known), "locked, no entry text is anywhere in the window")
            verify(!texts(window.contentItem, [], true).some(t => t.indexOf(known) >= 0),
                   "locked, the pages are unloaded, not just hidden")
            tryVerify(() => find(window.contentItem, "timelineList", true) === null, 5000,
                      "locked, the timeline page is unloaded, not just hidden")
            compare(timeline.rowCount(), 0, "the timeline model holds no rows while locked")
            compare(journalProbe.count("journal/checkin"), -1, "the store answers nothing while locked")

            // "Need help now?" still opens the contacts; the plan says it opens after unlocking.
            const help = find(window.contentItem, "helpNowButton")
            verify(help, "the help control is on the lock screen")
            mouseClick(help)
            tryVerify(() => find(window.contentItem, "crisisPage") !== null, 5000)
            verify(find(window.contentItem, "emergencyLine") !== null)
            verify(find(window.contentItem, "planLockedNote") !== null)
            verify(!showsText(window, known))
            const back = texts(window.contentItem, []).indexOf("Back to unlocking") >= 0
            verify(back, "a way back to the unlock screen")
            // Back to the unlock form.
            const view = find(window.contentItem, "lockedView")
            view.showingHelp = false
            tryVerify(() => find(window.contentItem, "passphraseField") !== null)

            // A wrong passphrase: a clear message, still locked, nothing shown.
            const field = find(window.contentItem, "passphraseField")
            field.forceActiveFocus()
            field.text = "not the passphrase"
            keyClick(Qt.Key_Return)  // Enter submits
            tryVerify(() => !appLock.busy && appLock.message.length > 0, 10000)
            verify(appLock.locked)
            verify(appLock.message.indexOf("Nothing was changed") >= 0, appLock.message)
            verify(!showsText(window, known))

            // The right passphrase (after any wait): the timeline comes back.
            tryVerify(() => appLock.retrySeconds === 0, 35000)
            const again = find(window.contentItem, "passphraseField")
            again.text = testConfig.passphrase
            mouseClick(find(window.contentItem, "unlockButton"))
            tryVerify(() => !appLock.locked, 10000, "the right passphrase unlocks")
            tryVerify(() => showsText(window, known), 10000, "the timeline shows the entry again")
            verify(journalProbe.count("journal/checkin") > 0)

            // Locked again on demand: hidden again.
            appLock.lockNow()
            tryVerify(() => !showsText(window, known), 5000)
            appLock.unlock(testConfig.passphrase)
            tryVerify(() => !appLock.locked, 10000)
        }

        // A keyboard-only try of the first run: "Protect my journal" showed no focus at all
        // (the window before the journal opens had no focus ring for primary buttons).
        // A try of the first run found neither "Need help now?" nor F1 there: a person in a
        // hard moment on their first start had no way to the contacts. Both now, with a way
        // back to setting up; the plan section says there is none yet, not "unlock".
        function test_theFirstRunHasHelpOneStepAway() {
            const view = createTemporaryObject(firstRunViewComponent, root)
            const help = find(view, "firstRunHelp")
            verify(help, "no Need help now? on the first run")
            compare(help.text, "Need help now?")
            help.clicked()
            tryVerify(() => view.showingHelp)
            verify(find(view, "crisisPage"), "no crisis page")
            verify(find(view, "emergencyLine").text.indexOf("emergency number") >= 0)
            const note = find(view, "planLockedNote")
            verify(note.text.indexOf("Once Tessera is set up") === 0, note.text)
            const back = find(view, "lockedHelpBack")
            compare(back.text, "Back to setting up")
            back.clicked()
            tryVerify(() => !view.showingHelp)
            verify(find(view, "firstRunHelp"), "the first run did not come back")
            // F1 too.
            keyClick(Qt.Key_F1)
            tryVerify(() => view.showingHelp, 2000, "F1 did not open help on the first run")
        }

        function test_theWindowBeforeTheJournalShowsTheFocus() {
            const window = createTemporaryObject(lockWindowComponent, root)
            verify(window)
            window.requestActivate()
            tryVerify(() => window.active, 5000)
            const field = find(window.contentItem, "passphraseField")
            verify(field, "the unlock form")
            field.forceActiveFocus(Qt.TabFocusReason)
            const button = find(window.contentItem, "unlockButton")
            verify(button.highlighted, "a primary button, whose fill hides the style's focus border")
            for (let i = 0; i < 6 && !button.activeFocus; ++i)
                keys.click(window, Qt.Key_Tab)
            verify(button.activeFocus, "Tab never reached Unlock")
            const ring = find(window.contentItem, "keyboardFocusRing", true) || find(button, "keyboardFocusRing", true)
            verify(ring, "no focus ring in the window")
            tryVerify(() => ring.visible && ring.parent === button, 2000, "Unlock has the focus and shows none")
        }

        // Locking unloads the pages: what was being written is kept as it goes (the
        // journal's Write draft, a thought record as a draft), before the journal locks.
        function test_writingIsKeptWhenTheAppLocks() {
            const window = createTemporaryObject(writeComponent, root)
            tryVerify(() => window.screenshotReady, 10000)
            const box = find(window.contentItem, "text")
            verify(box, "the Write page's box")
            box.text = "Words typed just before the lock"
            // Ctrl+Shift+L, as the client locks (from an event, as in the app: a call
            // from the test's function would order Qt's deferred deletion otherwise),
            // before the draft's pause.
            keys.click(window, Qt.Key_L, Qt.ControlModifier | Qt.ShiftModifier)
            verify(appLock.locked)
            tryVerify(() => find(window.contentItem, "lockScreen") !== null, 5000)
            appLock.unlock(testConfig.passphrase)
            tryVerify(() => !appLock.locked, 10000)
            compare(journalProbe.latest("journal/draft").payload.text, "Words typed just before the lock")
            tryVerify(() => find(window.contentItem, "text") !== null, 5000, "Write opens again after unlocking")
            compare(find(window.contentItem, "text").text, "Words typed just before the lock")
        }

        function test_idleTimeLocks() {
            const window = createTemporaryObject(shellComponent, root)
            tryVerify(() => window.screenshotReady, 10000)
            verify(!appLock.locked)
            appLock.setIdleIntervalForTests(300)
            tryVerify(() => appLock.locked, 5000, "the app locks after the idle time")
            appLock.setIdleIntervalForTests(0)
            tryVerify(() => find(window.contentItem, "lockScreen") !== null, 5000)
            appLock.unlock(testConfig.passphrase)
            tryVerify(() => !appLock.locked, 10000)
        }
    }
}
