import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The main window: navigation on the left, the current page on the right.
ApplicationWindow {
    id: window
    required property string startPage
    // --entry: the entry the start page opens with ("" for none).
    property string startEntry: ""
    property string currentKey: ""
    // Set once the requested page is on screen (--screenshot waits for it).
    property bool screenshotReady: false
    // The app lock (issue 21): while locked, the pages are unloaded (not just
    // hidden) and only the unlock screen, with "Need help now?", shows.
    readonly property bool locked: appLock.locked
    // The page open when the app locked, opened again after unlocking (issue 24).
    property string keyBeforeLock: ""
    onLockedChanged: {
        if (locked) {
            // The question about writing not saved goes with the page (not over the lock screen).
            if (unsavedLoader.item)
                unsavedLoader.item.close()
            keyBeforeLock = currentKey
            helpLoader.setSource("")
            pageLoader.setSource("")
            pageKey = ""
            keptFocus = null
            currentKey = ""
        } else {
            open(keyBeforeLock !== "" && navItem(keyBeforeLock) ? keyBeforeLock : "today")
        }
    }

    visible: true
    title: app.demo ? qsTr("Tessera (demo journal)") : qsTr("Tessera")
    color: Theme.background
    font.pixelSize: Theme.fontBody
    // One palette for every control, from the shared Theme (light or dark).
    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceAlt
        text: Theme.text
        button: Theme.surfaceAlt
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.textOnAccent
        light: Theme.surface
        // The groove of an off switch, a slider, a progress bar: about 2:1 on a
        // card in both themes and 3:1 from the accent of an on switch
        // (Theme.surfaceAlt, 1.1:1 in the dark theme, left an off switch a lone circle).
        midlight: Theme.dark ? "#4f5862" : "#c4beb4"
        // Edges of fields, check boxes, radio buttons and switches: the subtle text
        // colour a fifth of the way to the background, 3:1 or more on every surface
        // in both themes (WCAG 1.4.11; Theme.border, 1.4:1, left them faint).
        mid: Qt.tint(Theme.subtleText, Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.2))
        shadow: Theme.border
        placeholderText: Theme.subtleText
        toolTipBase: Theme.surface
        toolTipText: Theme.text
        // A highlighted button's colours (dark behind, brightText on it), per
        // group: a disabled one must look disabled, not like a Save that works.
        active.dark: Theme.accent
        inactive.dark: Theme.accent
        disabled.dark: Theme.border
        active.brightText: Theme.textOnAccent
        inactive.brightText: Theme.textOnAccent
        disabled.brightText: Theme.subtleText
        disabled.buttonText: Theme.subtleText
        disabled.windowText: Theme.subtleText
    }

    Binding { target: Theme; property: "dark"; value: app.darkMode }
    Binding { target: Theme; property: "textScale"; value: app.textScale }
    // Issue 29: a visible focus ring on primary and flat buttons too, on every page.
    Item { id: focusRingHome; visible: false }
    KeyboardFocusRing { target: window.activeFocusItem; home: focusRingHome }

    function navItem(key) {
        return app.navigationItem(key) ?? null
    }

    // Where the client was, to go back to (Alt+Left, Back on Need help now?): the pages
    // opened before this one, newest last. A keyboard-only walk found no way back from
    // Need help now? but to find the page again (and the note begun there gone).
    property var history: []
    property bool canGoBack: false
    property string openedKey: ""
    property bool openedByClient: false // a page opened after the start one
    property string openedEntryId: ""
    function goBack() {
        if (history.length === 0)
            return
        const to = history.pop()
        canGoBack = history.length > 0
        show(to.key, to.entryId.length > 0 ? to.entryId : undefined, undefined, true)
    }
    // The title of the page Back goes to ("" when there is none).
    function backTitle() {
        if (history.length === 0)
            return ""
        const key = history[history.length - 1].key
        const item = navItem(key.startsWith("learn/") ? "learn" : key)
        return item ? item.title : ""
    }

    // Opens a page by key; module pages may get an entry to show. (Three arguments:
    // C++ calls it by name with three, desktopshell.cpp and pageaudit.cpp.)
    function open(key, entryId, dueItemId) { show(key, entryId, dueItemId, false) }
    // open(), and whether it goes back (then the page left is not kept to go back to).
    function show(key, entryId, dueItemId, goingBack) {
        // A page opened while "Go to page" is open (F1 from inside it) closes it first: it
        // stayed on top of Need help now?, Escape went back a page under it, and only a
        // click outside closed it (a keyboard-only try).
        const goTo = navigation.goToPopup
        if (goTo && goTo.opened && !goTo.choosing) {
            goTo.returnFocusTo = null
            goTo.close()
        }
        if (goingBack !== true && openedKey.length > 0 && (openedKey !== key || openedEntryId !== (entryId ?? ""))) {
            history.push({ key: openedKey, entryId: openedEntryId })
            if (history.length > 30)
                history.shift()
            canGoBack = true
        }
        openedByClient = openedByClient || openedKey.length > 0
        openedKey = key
        openedEntryId = entryId ?? ""
        // Issue 25: one Learn article, "learn/<source>/<id>" (no journal needed).
        const article = key.startsWith("learn/") && navItem("learn")
        let item = article ? navItem("learn") : navItem(key)
        if (!item) {
            if (key !== "today")
                console.warn("Tessera: no page", key, "- showing Today")
            item = navItem("today")
        }
        currentKey = item.key
        screenshotReady = false
        // Need help now? and the safety plan open over the page the client was on, which
        // is kept as it was (hidden) to go back to: a thought record half written when F1
        // or a support offer took the client to help was gone when they came back.
        if (!article && (item.key === "crisis" || item.key === "safety-plan")) {
            const crisis = item.key === "crisis" || !safety.planAvailable
            currentKey = crisis ? "crisis" : "safety-plan"
            if (!helpLoader.item) {
                const focused = window.activeFocusItem
                keptFocus = focused && pageLoader.item && isInside(focused, pageLoader.item) ? focused : null
            }
            helpLoader.setSource(crisis ? "CrisisPage.qml" : "SafetyPlanPage.qml")
            helpLoader.forceActiveFocus()
            return
        }
        const pageAsked = article ? key : item.key
        const entry = entryId === undefined ? "" : entryId
        if (helpLoader.item) {
            helpLoader.setSource("")
            pageLoader.forceActiveFocus()
            if (pageLoader.item && pageKey === pageAsked && pageEntryId === entry && (dueItemId ?? "") === "") {
                // Back (or the same page again) from help: the page as the client left it.
                const focus = keptFocus
                keptFocus = null
                if (focus && focus.visible && focus.enabled)
                    focus.forceActiveFocus(Qt.OtherFocusReason)
                return
            }
        }
        keptFocus = null
        pageKey = pageAsked
        pageEntryId = entry
        if (article) {
            pageLoader.setSource("ArticlePage.qml", { articleKey: key.substring(6) })
            return
        }
        if (!app.journalOpen && (item.key === "today" || item.key === "timeline" || item.url !== "")) {
            pageLoader.setSource("JournalErrorPage.qml")
        } else if (item.key === "today") { // issue 24
            pageLoader.setSource("TodayPage.qml")
        } else if (item.key === "timeline") {
            pageLoader.setSource("TimelinePage.qml")
        } else if (item.key === "catalog") {
            pageLoader.setSource("CatalogPage.qml")
        } else if (item.key === "settings") {
            pageLoader.setSource("SettingsPage.qml")
        } else if (item.key === "bin") {
            pageLoader.setSource("BinPage.qml")
        } else if (item.key === "share") {
            pageLoader.setSource("SharePage.qml")
        } else if (item.key === "clinic-sharing") { // issue 31
            pageLoader.setSource("ClinicSharingPage.qml")
        } else if (item.key === "learn") { // issue 25
            pageLoader.setSource("LearnPage.qml")
        } else {
            pageLoader.setSource("ModulePage.qml", { url: item.url, moduleId: item.moduleId, title: item.title,
                                                     entryId: entryId === undefined ? "" : entryId,
                                                     dueItemId: dueItemId === undefined ? "" : dueItemId })
        }
    }

    // The page in pageLoader (its key and entry), shown again as it was after help.
    property string pageKey: ""
    property string pageEntryId: ""
    // What had the focus on that page when help opened over it (null for none).
    property Item keptFocus: null
    function isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }

    // A page the client opened has the focus as a whole (its loader's): Tab goes to its
    // first control. Qt's Tab from the loader went past the page to the window's first
    // control, "Need help now?", after every page opened (a keyboard-only walk). At start
    // (nothing opened yet) Tab still begins at "Need help now?".
    function tabInto(loader, event) {
        const first = openedByClient && loader.activeFocus && loader.item && !loader.item.activeFocus
                      ? tabOrder.firstStop(loader.item) : null
        event.accepted = first !== null
        if (first)
            first.forceActiveFocus(Qt.TabFocusReason)
    }

    // The focus on the page's first control, visibly: after a notice that had it went (the last
    // read question answered, a support offer put aside), it was nowhere, and Tab began again
    // at "Need help now?" (a keyboard-only try).
    function focusPage() {
        const first = pageLoader.item ? tabOrder.firstStop(pageLoader.item) : null
        if (first)
            first.forceActiveFocus(Qt.TabFocusReason)
        else
            pageLoader.forceActiveFocus()
    }

    function openEntry(entryId) {
        const target = app.pageForEntry(entryId)
        if (target.url !== undefined)
            open(target.moduleId + "/" + target.pageId, entryId)
    }

    Component.onCompleted: {
        app.markStartup("shell's own items made")
        open(startPage, startEntry.length > 0 ? startEntry : undefined)
        app.markStartup("start page made")
    }

    Shortcut { sequence: "Ctrl+1"; enabled: !window.locked; onActivated: window.open("timeline") }
    // Help is one key away on every page, whatever the profile.
    Shortcut { sequence: "F1"; context: Qt.ApplicationShortcut; enabled: !window.locked; onActivated: window.open("crisis") }
    Shortcut { sequences: [StandardKey.Back]; enabled: !window.locked && window.canGoBack; onActivated: window.goBack() }
    Shortcut { sequence: "Ctrl+M"; enabled: !window.locked; onActivated: window.open("catalog") }
    // Issue 29: the list of shortcuts. "?" only outside a text field (a field types it).
    Shortcut { sequences: ["?", "Shift+?", "Ctrl+/"]; enabled: !window.locked && !(shortcutsLoader.item && shortcutsLoader.item.opened); onActivated: window.showShortcuts() }
    function showShortcuts() {
        const focused = window.activeFocusItem
        shortcutsLoader.active = true
        shortcutsLoader.item.openFrom(focused)
    }
    // Made the first time it is asked for: nothing of it on the start path (1.5 MB).
    // By URL, not an inline component, so it is not even compiled at start (issue 30).
    Loader { id: shortcutsLoader; active: false; source: "ShortcutsHelp.qml" }
    Shortcut { sequence: StandardKey.Preferences; enabled: !window.locked; onActivated: window.open("settings") }
    Shortcut { sequence: "Ctrl+,"; enabled: !window.locked; onActivated: window.open("settings") }
    Shortcut { sequence: "Ctrl+L"; enabled: !window.locked; onActivated: navigation.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+Shift+L"; context: Qt.ApplicationShortcut; enabled: !window.locked && appLock.encrypted; onActivated: appLock.lockNow() }
    // Quits, tray or not, "keep running" or not (a try found no way to quit from the keyboard);
    // with writing not saved on the page, after asking.
    // Ctrl+Q by name, as the shortcuts list says it: Qt's standard Quit key is none where the
    // platform's theme follows Windows (offscreen, where the tests found it did nothing).
    Shortcut { sequence: "Ctrl+Q"; context: Qt.ApplicationShortcut; onActivated: window.quitAsked() }

    // The module page shown (or kept under Need help now?) when it has writing not saved
    // yet (its unsavedWriting, SDK 2.6.1), else null.
    function pageWithUnsavedWriting() {
        const host = pageLoader.item
        return host && host.page && host.page.unsavedWriting === true ? host : null
    }
    // What quitting now would lose, or null: the page shown with writing not saved
    // ({title, key: ""}), or else a page left for another whose module keeps writing
    // begun there for this run only, such as a check-in begun before the timeline was
    // opened ({title, key}: "Go back to it" opens it again). Quitting lost that without
    // a word.
    function unsavedWritingNow() {
        const host = pageWithUnsavedWriting()
        if (host)
            return { title: host.title, key: "", entryId: "" }
        const kept = keptWritingFound()
        if (kept.key === undefined)
            return null
        const item = navItem(kept.key)
        return { title: item ? item.title : kept.key, key: kept.key, entryId: kept.entryId }
    }
    // {key, entryId} of a page left for another whose module keeps writing not saved
    // (entryId: what that page opens with to give it back, such as a thought record
    // changed), or {}. The page shown, as opened, is passed over.
    function keptWritingFound() {
        return typeof modulePages !== "undefined" && modulePages ? modulePages.keptWritingFound(currentKey, openedEntryId) : {}
    }
    // The key of a page left for another whose module keeps writing not saved, or "".
    function pageWithKeptWriting() {
        return keptWritingFound().key ?? ""
    }
    // The key and entry of the page "Go back to it" opens ("" to stay on the page shown).
    property string unsavedWritingKey: ""
    property string unsavedWritingEntry: ""
    // Ctrl+Q, Quit in the tray: quits at once, or first asks (UnsavedWritingDialog)
    // when there is writing not saved. A check-in begun was lost to Ctrl+Q without a
    // word. (A termination signal, at logout, never asks.)
    function quitAsked() {
        const unsaved = unsavedWritingNow()
        if (unsaved)
            askBeforeQuitting(unsaved)
        else
            desktop.quitNow()
    }
    function askBeforeQuitting(unsaved) {
        // Hidden to the tray or minimised (the tray's Quit): shown, so the question is seen.
        if (!window.visible)
            window.show()
        if (window.visibility === Window.Minimized)
            window.showNormal()
        window.raise()
        window.requestActivate()
        unsavedLoader.active = true
        unsavedLoader.item.pageTitle = unsaved.title
        unsavedWritingKey = unsaved.key
        unsavedWritingEntry = unsaved.entryId
        unsavedLoader.item.open()
    }
    // Closing the window asks the same.
    onClosing: close => {
        const unsaved = unsavedWritingNow()
        if (unsaved) {
            close.accepted = false
            askBeforeQuitting(unsaved)
        }
    }
    // Made when first asked (by URL: not compiled at start, issue 30).
    Loader {
        id: unsavedLoader
        active: false
        source: "UnsavedWritingDialog.qml"
        // "Go back to it" closes it; the focus goes back to where it was (the popup gives it back).
        onLoaded: {
            item.quitAnyway.connect(() => desktop.quitNow())
            // Writing left on another page: that page again, as it was left (once
            // unlocked: asked while locked, the lock stays and the page waits).
            item.backToIt.connect(() => {
                const key = window.unsavedWritingKey
                const entry = window.unsavedWritingEntry
                window.unsavedWritingKey = ""
                window.unsavedWritingEntry = ""
                if (key !== "" && (key !== window.currentKey || entry !== window.openedEntryId) && !window.locked)
                    window.open(key, entry)
            })
        }
    }

    Loader {
        anchors.fill: parent
        active: window.locked
        focus: window.locked
        source: "LockedCrisisView.qml" // compiled only when the app locks (issue 30)
        onLoaded: item.focus = true
    }

    RowLayout {
        id: shellRow
        anchors.fill: parent
        spacing: 0
        visible: !window.locked
        // Enter and Return act as Space on the focused control (the SDK's EnterPress, issue
        // 29); what handles Enter itself keeps it. Module pages do the same in ModulePage.
        Keys.onReturnPressed: event => event.accepted = EnterPress.press(window.activeFocusItem)
        Keys.onEnterPressed: event => event.accepted = EnterPress.press(window.activeFocusItem)
        // Page Down, Page Up, Ctrl+Home and Ctrl+End scroll the page shown when no control
        // used them: with the focus on the navigation, or on nothing after a click on the
        // page (module pages scroll themselves from inside; a try found these did nothing).
        Keys.onPressed: event => event.accepted = tabOrder.scrollPage(helpLoader.item ? helpLoader.item : pageLoader.item,
                                                                      event.key, event.modifiers)

        NavigationPane {
            id: navigation
            Layout.fillHeight: true
            // Wider with larger text (up to 1.5 times), so a module's name fits (issue 29).
            Layout.preferredWidth: Math.round(240 * Math.min(Theme.textScale, 1.5))
            model: app.navigationModel // issue 24: groups, pinned places, Ctrl+K
            currentKey: window.currentKey
            canLock: appLock.encrypted
            onActivated: key => window.open(key)
            onGoneTo: key => { window.open(key); pageLoader.forceActiveFocus() }
            onLockRequested: appLock.lockNow()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The page area takes what the navigation leaves, whatever its pages' implicit
            // widths (a long line of text once pushed pages past the window's right edge).
            Layout.preferredWidth: 1
            spacing: 0

            // Made when there is something to say (issue 30: not on the path to the first frame),
            // by URL, so its QML is not even loaded at start (fifth round).
            Loader {
                id: supportLoader
                Layout.fillWidth: true
                // Whole, always: in a small window with large text the layout shrank it, and
                // its last answer ("Not now") was left under the notices below.
                Layout.minimumHeight: implicitHeight
                active: safety.supportOffer.reason !== undefined
                // Not over Need help now? and the plan themselves: it offered them there again,
                // and took their room in a small window (a keyboard-only try at 800x600).
                visible: active && !helpLoader.item
                source: "SupportNotice.qml"
                onLoaded: {
                    item.openPage.connect(key => window.open(key))
                    item.putAside.connect(window.focusPage)
                }
            }

            // Never more than 40 % of the window, and with a support offer above them, only what
            // leaves the page 40 % of it: past it they scroll (NoticeArea), and with no room
            // left they wait under the offer. At 800x600 and 200 % text the offer and the
            // privacy statement took the whole window, and Need help now? opened out of sight.
            // (From the offer's implicit height: from its height, the window's layout went round
            // in a loop, and Qt stopped it with the offer cut short.)
            NoticeArea {
                objectName: "noticeArea"
                Layout.fillWidth: true
                // Help first: over Need help now? and the plan the notices wait (the privacy statement
                // said it again above them, and their emergency line was below the fold at 200 % text).
                held: !!helpLoader.item
                maximumHeight: Math.max(0, Math.round(Math.min(window.height * 0.4,
                                                                window.height * 0.6 - (supportLoader.visible ? supportLoader.implicitHeight : 0))))
                NoticeBanner {
                    Layout.fillWidth: true
                    notices: app.notices
                    onDismissed: index => app.dismissNotice(index)
                }

                Loader {
                    id: readQuestion
                    Layout.fillWidth: true
                    active: catalog ? catalog.questionModuleId.length > 0 : false
                    visible: active && !helpLoader.item // not over Need help now? and the plan: help first
                    // Inline, unlike the support notice above: on a first start it shows at once, and its QML
                    // is then best loaded beside the shell's on the loader thread.
                    sourceComponent: Component {
                        // Answered by keyboard: the focus goes on to the next question's Allow, or to
                        // the page after the last; it was dropped with the answered question.
                        ReadConsentNotice {
                            onAnsweredWithFocus: Qt.callLater(() => {
                                if (!readQuestion.item || !readQuestion.item.visible)
                                    window.focusPage()
                            })
                        }
                    }
                }
                ReminderNotices { Layout.fillWidth: true; shown: !helpLoader.item; onOpenPage: (key, entryId) => window.open(key, entryId) } // issue 24
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Loader {
                    id: pageLoader
                    objectName: "pageLoader"
                    anchors.fill: parent
                    focus: true
                    // Hidden, not unloaded, while help shows over it (out of the Tab order too).
                    visible: !helpLoader.item
                    Keys.onTabPressed: event => window.tabInto(pageLoader, event)
                    onLoaded: {
                        if (item.openEntry !== undefined)
                            item.openEntry.connect(window.openEntry)
                        if (item.openPage !== undefined)
                            item.openPage.connect((key, dueItemId) => window.open(key, undefined, dueItemId))
                        if (item.openItem !== undefined) // issue 24: Today opens a page with an entry
                            item.openItem.connect((key, entryId, dueItemId) => window.open(key, entryId, dueItemId))
                        if (item.done !== undefined)
                            item.done.connect(() => window.open("timeline"))
                        if (item.openArticle !== undefined) // issue 25: Learn
                            item.openArticle.connect(key => window.open("learn/" + key))
                        if (item.back !== undefined)
                            item.back.connect(() => window.open("learn"))
                    }
                }
                // Need help now? and the safety plan, over the page left for them (kept in pageLoader).
                Loader {
                    id: helpLoader
                    objectName: "helpLoader"
                    anchors.fill: parent
                    // Escape leaves Need help now?, from the page or straight after F1 (before
                    // Tab has gone into the page).
                    Keys.onEscapePressed: event => {
                        event.accepted = window.currentKey === "crisis" && item && item.backTitle.length > 0
                        if (event.accepted)
                            item.goBack()
                    }
                    Keys.onTabPressed: event => window.tabInto(helpLoader, event)
                    onLoaded: {
                        item.openPage.connect(key => window.open(key))
                        if (item.goBack !== undefined) { // Need help now?: back to where the client was
                            item.backTitle = window.backTitle()
                            item.goBack.connect(window.goBack)
                        }
                    }
                }
            }
        }
    }

    // Ready for a screenshot once the page says it is.
    Binding {
        target: window
        property: "screenshotReady"
        value: {
            const shown = helpLoader.item ? helpLoader : pageLoader
            return window.locked || (shown.status === Loader.Ready && shown.item && shown.item.ready === true)
        }
    }
}
