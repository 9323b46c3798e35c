import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell
import Tessera.Ui as Ui

// Help one step from every page, whatever the profile: run with a locked
// clinic profile that has crisis contacts, with one that has none (the
// region's defaults), and with a journal that cannot open (testConfig says which).
Item {
    id: root
    width: 1000
    height: 700

    Component { id: mainComponent; Main { width: 1000; height: 700 } }
    Component { id: smallComponent; Main { width: 800; height: 600 } }
    Component { id: wideComponent; Main { width: 1280; height: 760 } }

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
            // The navigation marks Need help now? as the page shown, as its rows mark theirs.
            verify(helpButton(win).current, "Need help now? not marked as the page shown")
            compare(helpButton(win).Accessible.description, "Current page")
            let back = findChildIn(win.contentItem, "crisisBack")
            verify(back && back.visible, "no way back on Need help now?")
            verify(back.text.indexOf(app.navigationItem("settings").title) >= 0, back.text)
            back.clicked()
            tryCompare(win, "currentKey", "settings")
            verify(!helpButton(win).current)
            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            const page = findChildIn(win.contentItem, "crisisPage")
            page.forceActiveFocus()
            keys.click(win, Qt.Key_Escape)
            tryCompare(win, "currentKey", "settings")
            keys.click(win, Qt.Key_Left, Qt.AltModifier) // back again: the page the window started on
            tryCompare(win, "currentKey", "timeline")
        }

        // A field of a page the client can type in (TextField, TextArea), the first one.
        function firstField(item) {
            if (!item || !item.visible || !item.enabled)
                return null
            if (item.placeholderText !== undefined && item.cursorPosition !== undefined && item.readOnly === false)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = firstField(kids[i])
                if (found)
                    return found
            }
            return null
        }
        function typeKept(win) {
            for (const key of [Qt.Key_K, Qt.Key_E, Qt.Key_P, Qt.Key_T])
                keys.click(win, key)
        }

        // Help opens over the page the client was on, and Back shows it as it was: on
        // every module page with a field, what was typed there (not yet saved) and the
        // focus in it. F1 from a thought record half written lost it (and every page but
        // the check-in's, which keeps a draft).
        function test_whatWasTypedIsThereAfterHelp() {
            if (testConfig.brokenJournal)
                skip("no module page opens without the journal")
            const win = makeWindow()
            const loader = findChildIn(win.contentItem, "pageLoader")
            let pages = 0
            let withField = ""
            const problems = []
            for (const item of app.navigation) {
                if (item.url === "")
                    continue
                win.open(item.key)
                tryVerify(() => loader.item && loader.item.ready === true, 5000, item.key + " never became ready")
                const field = firstField(loader.item)
                if (!field)
                    continue
                ++pages
                withField = withField || item.key
                field.forceActiveFocus()
                tryVerify(() => field.activeFocus)
                const before = field.text
                typeKept(win)
                compare(field.text.length, before.length + 4, item.key + ": typing did not reach the field")
                const typed = field.text
                keys.click(win, Qt.Key_F1)
                tryCompare(win, "currentKey", "crisis")
                verify(findChildIn(win.contentItem, "crisisPage").visible)
                verify(!field.activeFocus, item.key + ": its field kept the focus under Need help now?")
                findChildIn(win.contentItem, "crisisBack").clicked()
                tryCompare(win, "currentKey", item.key)
                const again = firstField(loader.item)
                if (!again || again.text !== typed)
                    problems.push(item.key + ": \"" + typed + "\" typed, \"" + (again ? again.text : "(no field)") + "\" after Back")
                else if (!again.activeFocus)
                    problems.push(item.key + ": the focus did not go back to the field")
            }
            verify(pages >= 2, "only " + pages + " module pages with a field")
            verify(problems.length === 0, problems.join("\n"))

            // Through a support offer to the safety plan, and Alt+Left back.
            win.open(withField)
            tryVerify(() => loader.item && loader.item.ready === true)
            const field = firstField(loader.item)
            field.forceActiveFocus()
            typeKept(win)
            const typed = field.text
            safety.offerSupport("fixture", "typed-then-plan", false)
            const plan = () => findChildIn(win.contentItem, "supportPlan")
            tryVerify(() => plan() && plan().visible)
            plan().clicked()
            tryVerify(() => ["safety-plan", "crisis"].indexOf(win.currentKey) >= 0)
            keys.click(win, Qt.Key_Left, Qt.AltModifier)
            tryCompare(win, "currentKey", withField)
            compare(firstField(loader.item).text, typed)

            // Another page from help: the page left is then let go (what the sidebar does anywhere).
            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            win.open("settings")
            compare(win.currentKey, "settings")
            verify(findChildIn(win.contentItem, "crisisPage") === null, "Need help now? stayed loaded under Settings")
        }

        // A keyboard-only try: Escape straight after F1 did nothing (the page's Escape
        // needed the focus in it); the safety plan opened from help had no way back but
        // Alt+Left; a module's read question and reminders sat above Need help now?.
        function test_helpHasAWayBackAndNothingAboveIt() {
            const win = makeWindow()
            win.open("settings")
            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            keys.click(win, Qt.Key_Escape)
            tryCompare(win, "currentKey", "settings")

            keys.click(win, Qt.Key_F1)
            tryCompare(win, "currentKey", "crisis")
            const question = () => { const q = findChildIn(win.contentItem, "readConsentNotice"); return q && q.visible ? q : null }
            verify(!question(), "a module's read question shows above Need help now?")
            verify(!findChildIn(win.contentItem, "reminderNotices").visible)
            win.open("safety-plan")
            if (!testConfig.brokenJournal) {
                tryCompare(win, "currentKey", "safety-plan")
                verify(!question(), "a module's read question shows above the safety plan")
                const back = findChildIn(win.contentItem, "safetyPlanBack")
                verify(back && back.visible, "no way back on the safety plan")
                verify(back.text.indexOf("Need help now?") >= 0, back.text)
                back.clicked()
                tryCompare(win, "currentKey", "crisis")
            }
            win.open("settings")
            tryCompare(win, "currentKey", "settings")
            if (catalog && catalog.questionModuleId.length > 0)
                tryVerify(() => question() !== null, 2000, "the read question did not come back after help")
        }

        // A try at 800x600 and 200 % text after a mood of 0: the support offer and the
        // privacy statement took the whole window, the statement's Dismiss out of sight, and
        // Need help now? opened where nothing of it showed. With an offer above them the
        // notices leave the page 40 % of the window (or wait), and help opens in view.
        function test_aSupportOfferLeavesThePageItsRoomInASmallWindow() {
            failOnWarning(/Polish loop/) // the window's layout going round in a loop cut the offer short
            const scale = Ui.Theme.textScale
            try {
                const win = createTemporaryObject(smallComponent, root, { startPage: "timeline" })
                tryVerify(() => win.visible)
                Ui.Theme.textScale = 2
                safety.offerSupport("fixture", "small-window", false)
                const offer = () => { const n = findChildIn(win.contentItem, "supportNotice"); return n && n.visible ? n : null }
                tryVerify(() => offer() !== null)
                const page = findChildIn(win.contentItem, "pageLoader")
                tryVerify(() => page.height >= win.height * 0.4 - 1 || offer().height > win.height * 0.6, 2000,
                          "the page has " + page.height + " px of " + win.height + " under an offer of " + offer().height)
                // The offer whole: the layout once shrank it (a loop between the offer's height
                // and the room left for the notices), with "Not now" under the notices.
                waitForRendering(win.contentItem)
                verify(offer().height >= offer().implicitHeight - 0.5, "the offer cut to " + offer().height + " of " + offer().implicitHeight)
                const dismiss = findChildIn(offer(), "supportDismiss")
                verify(dismiss.mapToItem(offer(), 0, 0).y + dismiss.height <= offer().height + 0.5, "Not now below the offer's edge")
                keys.click(win, Qt.Key_F1)
                tryCompare(win, "currentKey", "crisis")
                const help = findChildIn(win.contentItem, "helpLoader")
                tryVerify(() => help.height > 0 && help.mapToItem(win.contentItem, 0, 0).y < win.height - 40, 2000,
                          "Need help now? opened out of sight")
                // Help first: the offer of help, and the privacy statement, give way to it (a keyboard-only
                // try saw the offer's "Who can I contact now" above Need help now? itself).
                tryVerify(() => offer() === null, 2000, "the offer shows over Need help now?")
                tryVerify(() => help.mapToItem(win.contentItem, 0, 0).y < 40, 2000,
                          "help starts " + help.mapToItem(win.contentItem, 0, 0).y + " px down")
                keys.click(win, Qt.Key_Escape)
                tryCompare(win, "currentKey", "timeline")
                tryVerify(() => offer() !== null, 2000, "the offer is gone for good after help")
            } finally {
                safety.dismissSupport()
                Ui.Theme.textScale = scale
            }
        }

        // A walk by keyboard alone at 800x600 and 200 % text: Tab went from the way back
        // to "Open my safety plan", past the contacts and the emergency number, which a
        // person who cannot scroll with a mouse then never saw. Each contact, its web
        // address, the emergency line and the privacy statement are stops now, in order,
        // and each is in view when it has the focus; a screen reader reads a contact whole.
        function test_everyContactIsInReachOfTheKeyboardInASmallWindow() {
            const scale = Ui.Theme.textScale
            // A plan of two steps to walk through (where the journal opened).
            const wrote = safety.planAvailable && safety.planEmpty
            if (wrote)
                verify(safety.savePlan({ [safety.steps[0].key]: "Sleeping badly", [safety.steps[3].key]: "Ana, 07700 900123" }).ok)
            try {
                const win = createTemporaryObject(smallComponent, root, { startPage: "timeline" })
                tryVerify(() => win.visible)
                win.requestActivate()
                tryVerify(() => win.active, 5000, "the main window never became active")
                Ui.Theme.textScale = 2
                keys.click(win, Qt.Key_F1)
                tryCompare(win, "currentKey", "crisis")
                const page = findChildIn(win.contentItem, "crisisPage")
                const back = findChildIn(page, "crisisBack")
                back.forceActiveFocus()
                tryVerify(() => back.activeFocus)
                const expected = []
                for (let i = 0; i < safety.contacts.length; ++i) {
                    expected.push("crisisContact" + i)
                    if (safety.contacts[i].web.length > 0)
                        expected.push("crisisWeb" + i)
                }
                expected.push("emergencyLine")
                verify(safety.contacts.length > 0)
                const inView = item => {
                    const top = item.mapToItem(page, 0, 0).y
                    return top >= 0 && top + Math.min(item.height, page.height / 2) <= page.height
                }
                for (const name of expected) {
                    keys.click(win, Qt.Key_Tab)
                    const item = findChildIn(page, name)
                    verify(item, name + " is missing")
                    tryVerify(() => item.activeFocus, 2000, "Tab did not go to " + name + " next")
                    tryVerify(() => inView(item), 2000, name + " has the focus out of sight, at "
                              + item.mapToItem(page, 0, 0).y + " of " + page.height + " px")
                    if (name.startsWith("crisisContact")) {
                        const c = safety.contacts[Number(name.slice(13))]
                        verify(item.Accessible.name.indexOf(c.name) === 0, item.Accessible.name)
                        if (c.phone.length > 0)
                            verify(item.Accessible.name.indexOf(c.phone) > 0, "the phone number is not read: " + item.Accessible.name)
                    }
                    if (name.startsWith("crisisWeb"))
                        verify(item.Accessible.name.indexOf(safety.contacts[Number(name.slice(9))].web) > 0, item.Accessible.name)
                }
                verify(findChildIn(page, "emergencyLine").Accessible.name.indexOf("emergency number") >= 0)
                // Then each step of the plan that has words, in view in turn (Tab went straight
                // to "Open my safety plan" and the view scrolled past the plan).
                if (safety.planAvailable && !safety.planEmpty) {
                    let steps = 0
                    for (let i = 0; i < safety.steps.length; ++i) {
                        if (safety.steps[i].text.length === 0)
                            continue
                        keys.click(win, Qt.Key_Tab)
                        const step = findChildIn(page, "crisisPlanStep" + i)
                        tryVerify(() => step.activeFocus, 2000, "Tab did not go to the plan's step " + i)
                        tryVerify(() => inView(step), 2000, "the plan's step " + i + " has the focus out of sight")
                        verify(step.Accessible.name.indexOf(safety.steps[i].title) === 0, step.Accessible.name)
                        ++steps
                    }
                    verify(steps >= 2, steps + " steps walked")
                }
                // On to the plan's button (where there is a plan) and the privacy statement, the page's last stop.
                let privacy = findChildIn(page, "privacyStatement")
                for (let i = 0; i < 3 && !privacy.activeFocus; ++i)
                    keys.click(win, Qt.Key_Tab)
                tryVerify(() => privacy.activeFocus, 2000, "the privacy statement is not a stop for Tab")
                tryVerify(() => inView(privacy), 2000, "the privacy statement has the focus out of sight")
            } finally {
                Ui.Theme.textScale = scale
                if (wrote)
                    verify(safety.savePlan({ [safety.steps[0].key]: "", [safety.steps[3].key]: "" }).ok)
            }
        }

        // An address that is not a web page's is refused before anything opens, and said.
        function test_onlyWebAddressesOpen() {
            for (const address of ["file:///etc/passwd", "javascript:alert(1)", "mailto:a@b.c", "https://", "not a url"]) {
                const r = safety.openWeb(address)
                verify(!r.ok, address + " was opened")
                verify(r.message.indexOf(address) >= 0, r.message)
            }
        }

        // A try at 1280x800: after a check-in saved with Enter on its Save, the "Saved" line
        // pushed Save down and it stayed cut off at the window's edge (the page kept it in view
        // before the layout had placed it). Here in the real shell, the privacy statement and a
        // module's question above the page, as on a first day.
        function test_aSavedCheckinsSaveStaysInView() {
            if (testConfig.brokenJournal)
                skip("no module page opens without the journal")
            const win = createTemporaryObject(wideComponent, root, { startPage: "journal/checkin" })
            tryVerify(() => win.visible)
            win.requestActivate()
            tryVerify(() => win.active, 5000)
            const page = () => findChildIn(win.contentItem, "pageLoader").item
            tryVerify(() => page() && findChildIn(page(), "save"))
            const mood = findChildIn(page(), "mood")
            mood.value = 7
            mood.touched = true // (as the slider's keys do)
            const save = findChildIn(page(), "save")
            save.forceActiveFocus(Qt.TabFocusReason)
            waitForRendering(win.contentItem)
            keys.click(win, Qt.Key_Return)
            tryCompare(findChildIn(page(), "savedMessage"), "text", "Saved. Thank you for checking in.")
            let flick = save.parent // the module page's scrolling view
            while (flick && flick.contentY === undefined)
                flick = flick.parent
            verify(flick, "no scrolling view around Save")
            tryVerify(() => {
                const top = save.mapToItem(flick, 0, 0).y
                return top >= 0 && top + save.height <= flick.height
                       && save.mapToItem(win.contentItem, 0, 0).y + save.height <= win.height
            }, 2000, "Save cut off: " + save.mapToItem(flick, 0, 0).y + " + " + save.height + " in " + flick.height)
        }

        // A keyboard-only try: "Not now" on the offer dropped the focus, and Tab began again at
        // "Need help now?". It goes to the page's first control.
        function test_puttingTheOfferAsideGivesTheFocusToThePage() {
            const win = makeWindow()
            const shown = () => { const n = findChildIn(win.contentItem, "supportNotice"); return n && n.visible ? n : null }
            safety.offerSupport("fixture", "put-aside", false)
            tryVerify(() => shown() !== null)
            const notNow = findChildIn(shown(), "supportDismiss")
            notNow.forceActiveFocus(Qt.TabFocusReason)
            keys.click(win, Qt.Key_Space)
            tryVerify(() => shown() === null)
            const loader = findChildIn(win.contentItem, "pageLoader")
            let f = win.activeFocusItem
            while (f && f !== loader)
                f = f.parent
            verify(f === loader, "the focus went to " + win.activeFocusItem)
            // To the page's first control where it has one (the journal error page has none).
            if (!testConfig.brokenJournal)
                verify(win.activeFocusItem !== loader, "the focus went to the page as a whole")
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
            // "Look at my safety plan" is offered when there is one (below): one is written here.
            const wrote = safety.planAvailable && safety.planEmpty
            if (wrote)
                verify(safety.savePlan({ [safety.steps[0].key]: "Sleeping badly" }).ok)
            safety.offerSupport("fixture", "return-key", false) // (once a day per reason: not the other test's)
            tryVerify(() => shown() !== null)
            const plan = findChildIn(shown(), "supportPlan")
            if (!safety.planAvailable) { // the journal did not open: no plan to look at
                verify(!plan.visible)
                safety.dismissSupport()
                return
            }
            verify(plan.visible)
            plan.forceActiveFocus()
            tryVerify(() => plan.activeFocus)
            const before = win.currentKey
            keys.click(win, Qt.Key_Return)
            // The plan; with a journal that did not open, the crisis page, which shows what it can of it.
            tryVerify(() => win.currentKey !== before && ["safety-plan", "crisis"].indexOf(win.currentKey) >= 0, 2000,
                      "Return on \"Look at my safety plan\" opened " + win.currentKey)
            if (wrote)
                verify(safety.savePlan({ [safety.steps[0].key]: "" }).ok)
        }

        // A try of a very low check-in with no plan written: "Look at my safety plan" opened an
        // empty form asking to fill it in on a calmer day. With none, the offer is who to contact.
        function test_supportNoticeWithNoPlanOffersContacts() {
            // The plan emptied for the test (and written back after it).
            const kept = {}, emptied = {}
            for (const step of safety.steps) {
                kept[step.key] = step.text
                emptied[step.key] = ""
            }
            if (safety.planAvailable && !safety.planEmpty)
                verify(safety.savePlan(emptied).ok)
            verify(safety.planEmpty)
            try {
                noPlanOffersContacts()
            } finally {
                if (safety.planAvailable)
                    safety.savePlan(kept)
            }
        }
        function noPlanOffersContacts() {
            failOnWarning(/Polish loop/)
            const scale = Ui.Theme.textScale
            try {
                // As a try found it: a small window, text at 200 %.
                const win = createTemporaryObject(smallComponent, root, { startPage: "timeline", width: 760, height: 570 })
                tryVerify(() => win.visible)
                Ui.Theme.textScale = 2
                const shown = () => { const n = findChildIn(win.contentItem, "supportNotice"); return n && n.visible ? n : null }
                safety.offerSupport("fixture", "no-plan", false)
                tryVerify(() => shown() !== null)
                verify(!findChildIn(shown(), "supportPlan").visible, "an empty plan offered in a hard moment")
                const contacts = findChildIn(shown(), "supportContacts")
                verify(contacts.visible && contacts.highlighted)
                verify(shown().Accessible.name.indexOf("safety plan") < 0, shown().Accessible.name)
                // Every answer in the notice, and the notice in the window.
                waitForRendering(win.contentItem)
                const n = shown()
                for (const name of ["supportContacts", "supportDismiss"]) {
                    const b = findChildIn(n, name)
                    const p = b.mapToItem(n, 0, 0)
                    verify(b.visible && p.x >= 0 && p.y >= 0 && p.x + b.width <= n.width + 0.5 && p.y + b.height <= n.height + 0.5,
                           name + " at " + p.x + "," + p.y + " " + b.width + "x" + b.height + " outside the notice " + n.width + "x" + n.height)
                }
                verify(n.mapToItem(win.contentItem, 0, 0).x + n.width <= win.width + 0.5,
                       "the notice runs past the window: " + n.mapToItem(win.contentItem, 0, 0).x + " + " + n.width + " > " + win.width)
            } finally {
                safety.dismissSupport()
                Ui.Theme.textScale = scale
            }
        }
    }
}
