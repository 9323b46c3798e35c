import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// Help one step from every page, whatever the profile: run with a locked
// clinic profile that has crisis contacts, with one that has none (the
// region's defaults), and with a journal that cannot open (testConfig says which).
Item {
    id: root
    width: 1000
    height: 700

    Component { id: mainComponent; Main { width: 1000; height: 700 } }

    function helpButton(win) { return findChildIn(win.contentItem, "helpNowButton") }
    function findChildIn(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findChildIn(kids[i], name)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "Safety"
        when: windowShown

        function makeWindow() {
            const win = createTemporaryObject(mainComponent, root, { startPage: "timeline" })
            verify(win)
            tryVerify(() => win.visible)
            win.requestActivate()
            tryVerify(() => win.active, 5000, "the main window never became active")
            return win
        }

        function test_helpIsOnEveryPage() {
            const win = makeWindow()
            let pages = 0
            for (const item of app.navigation) {
                win.open(item.key)
                const button = helpButton(win)
                verify(button !== null, "no help control on " + item.key)
                verify(button.visible && button.width > 0, "help control hidden on " + item.key)
                ++pages
            }
            verify(pages >= 4)
            if (testConfig.brokenJournal) {
                win.open("timeline")
                verify(!app.journalOpen)
                verify(findChildIn(win.contentItem, "helpNowButton").visible, "no help control on the journal error page")
            }
        }

        function test_buttonAndShortcutOpenTheCrisisPage() {
            const win = makeWindow()
            const button = helpButton(win)
            // Keys go to the main window, as a person's would (TestCase's own keyClick goes to the test's window).
            button.forceActiveFocus()
            tryVerify(() => button.activeFocus)
            keys.click(win, Qt.Key_Space)
            tryCompare(win, "currentKey", "crisis")
            win.open("timeline")
            compare(win.currentKey, "timeline")
            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            const page = findChildIn(win.contentItem, "crisisPage")
            verify(page, "the crisis page did not load")
        }

        function test_contactsAreShown() {
            const win = makeWindow()
            win.open("crisis")
            const page = findChildIn(win.contentItem, "crisisPage")
            verify(page)
            const contacts = findChildIn(page, "crisisContacts")
            verify(contacts)
            verify(safety.contacts.length > 0, "no contacts at all")
            compare(contacts.count, safety.contacts.length)
            const fromProfile = testConfig.profile.indexOf("profiles/cbt-clinic.json") >= 0
                                && testConfig.profile.indexOf("fixtures") < 0
            compare(safety.contactsFromProfile, fromProfile)
            // "Your local emergency number" is always there.
            const emergency = findChildIn(page, "emergencyLine")
            verify(emergency.text.indexOf("local emergency number") >= 0)
            verify(findChildIn(page, "privacyStatement").text.indexOf("not an emergency service") >= 0)
        }

        // Found walking it by keyboard alone: from Need help now? there was no way back
        // but to find the page again. A button says where it goes; Escape and Alt+Left go too.
        function test_needHelpNowLeadsBackToWhereTheClientWas() {
            const win = makeWindow()
            win.open("settings")
            compare(win.currentKey, "settings")
            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            let back = findChildIn(win.contentItem, "crisisBack")
            verify(back && back.visible, "no way back on Need help now?")
            verify(back.text.indexOf(app.navigationItem("settings").title) >= 0, back.text)
            back.clicked()
            tryCompare(win, "currentKey", "settings")
            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            const page = findChildIn(win.contentItem, "crisisPage")
            page.forceActiveFocus()
            keys.click(win, Qt.Key_Escape)
            tryCompare(win, "currentKey", "settings")
            keys.click(win, Qt.Key_Left, Qt.AltModifier) // back again: the page the window started on
            tryCompare(win, "currentKey", "timeline")
        }

        function test_supportNoticeOffersPlanAndContacts() {
            const win = makeWindow()
            // Made only when there is something to say (issue 30).
            const shown = () => { const n = findChildIn(win.contentItem, "supportNotice"); return n && n.visible ? n : null }
            verify(!shown(), "a notice before any sign of risk")
            safety.offerSupport("fixture", "low-mood", false)
            tryVerify(() => shown() !== null)
            const contacts = findChildIn(shown(), "supportContacts")
            contacts.forceActiveFocus()
            tryVerify(() => contacts.activeFocus)
            keys.click(win, Qt.Key_Space)
            tryCompare(win, "currentKey", "crisis")
            tryVerify(() => shown() === null, 1000, "the notice stays after it was answered")
        }

        // A helper walking it by keyboard once saw Return make the offer go and
        // open nothing; not reproduced here (Return reaches the button through
        // the window's EnterPress), and kept as a check.
        function test_supportNoticeButtonsActOnReturn() {
            const win = makeWindow()
            const shown = () => { const n = findChildIn(win.contentItem, "supportNotice"); return n && n.visible ? n : null }
            safety.offerSupport("fixture", "return-key", false) // (once a day per reason: not the other test's)
            tryVerify(() => shown() !== null)
            const plan = findChildIn(shown(), "supportPlan")
            plan.forceActiveFocus()
            tryVerify(() => plan.activeFocus)
            const before = win.currentKey
            keys.click(win, Qt.Key_Return)
            // The plan; with a journal that did not open, the crisis page, which shows what it can of it.
            tryVerify(() => win.currentKey !== before && ["safety-plan", "crisis"].indexOf(win.currentKey) >= 0, 2000,
                      "Return on \"Look at my safety plan\" opened " + win.currentKey)
        }
    }
}
