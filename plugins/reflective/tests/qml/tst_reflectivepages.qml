import QtQuick
import QtQuick.Controls
import QtTest

// Issue 28: the reflective journal's pages with the real host: a moment
// written with the keyboard, its words offered again next time, a
// reflection, and the patterns and themes that come back.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name, props) {
        const c = Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Reflective/" + name + ".qml")
        if (c.status !== Component.Ready)
            console.warn(c.errorString())
        return c.status === Component.Ready
            ? testCase.createTemporaryObject(c, root, Object.assign({ backend: journalProbe.backend("reflective"), width: 1000, height: 3000 }, props || {}))
            : null
    }
    function typeText(s) {
        for (const ch of s)
            testCase.keyClick(ch)
    }

    SignalSpy { id: openEntrySpy; signalName: "openEntry" }

    TestCase {
        id: testCase
        name: "ReflectivePages"
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
            const pages = app.navigation.filter(n => n.moduleId === "reflective")
            compare(pages.length, 4)
            for (const n of pages) {
                const c = Qt.createComponent(n.url)
                compare(c.status, Component.Ready, n.url + ": " + c.errorString())
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("reflective"), width: 800, height: 1200 })
                compare(pageHeaderTitle(p), n.title, n.key)
            }
        }

        function test_aMomentByKeyboardThenItsWordsAreOfferedAgain() {
            const before = journalProbe.count("reflective/episode")
            const p = root.page("EpisodePage")
            verify(p)
            compare(p.unsavedWriting, false)
            const person = findChild(p, "person")
            person.forceActiveFocus()
            typeText("Kim")
            verify(p.unsavedWriting, "a name typed is writing not saved")
            keyClick(Qt.Key_Tab)
            // The suggestions for "with whom" come next in the tab order when there are any;
            // move to "what happened" by its field.
            const happened = findChild(p, "happened")
            happened.forceActiveFocus()
            typeText("Coffee")
            keyClick(Qt.Key_Tab)
            compare(happened.text, "Coffee") // Tab moved on, typed nothing
            const wishTags = findChild(p, "wishTags")
            const own = findChild(wishTags, "ownWord")
            own.forceActiveFocus()
            typeText("To be asked first"); keyClick(Qt.Key_Return)
            compare(wishTags.selected, ["To be asked first"])
            findChild(p, "expected").checked = true
            const save = findChild(p, "saveEpisode")
            save.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(p.backend.lastError, "")
            compare(journalProbe.count("reflective/episode"), before + 1)
            const saved = journalProbe.latest("reflective/episode").payload
            compare(saved.person, "Kim")
            compare(saved.wishTags, ["To be asked first"])
            compare(saved.expected, true)
            compare(person.text, "")
            compare(wishTags.selected.length, 0)
            // Written once, offered next time.
            verify(p.suggestions.wishes.indexOf("To be asked first") >= 0)
            verify(p.suggestions.people.indexOf("Kim") >= 0)
            verify(findChild(wishTags, "chips").model.indexOf("To be asked first") >= 0)
        }

        function test_aReflectionAndItsTheme() {
            const p = root.page("ReflectPage")
            compare(p.unsavedWriting, false, "a page just opened has nothing to lose")
            findChild(p, "therapy").text = "Annoyed when it ended on time"
            verify(p.unsavedWriting, "writing not saved: Tessera asks before it quits")
            const themes = findChild(p, "themes")
            findChild(themes, "ownWord").forceActiveFocus()
            typeText("Endings"); keyClick(Qt.Key_Return)
            findChild(p, "saveReflection").clicked()
            compare(p.backend.lastError, "")
            const saved = journalProbe.latest("reflective/reflection").payload
            compare(saved.therapy, "Annoyed when it ended on time")
            compare(saved.themes, ["Endings"])
            compare(findChild(p, "therapy").text, "")
            compare(p.unsavedWriting, false, "saved: nothing to lose")
            const t = root.page("ThemesPage")
            verify(t.themes.some(x => x.theme === "Endings" && x.count === 1))
        }

        // A helper saw "1 times" on Patterns with people: counts say "1 time", "2 times".
        function test_aPersonSeenOnceIsCountedOnce() {
            const p = root.page("EpisodePage")
            findChild(p, "person").forceActiveFocus()
            typeText("Robin")
            findChild(p, "happened").forceActiveFocus()
            typeText("A walk")
            const save = findChild(p, "saveEpisode")
            save.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(p.backend.lastError, "")
            const patterns = root.page("PatternsPage")
            const rows = findChild(patterns, "peopleChart").rows
            const robin = rows.find(r => r.label === "Robin")
            verify(robin, JSON.stringify(rows))
            compare(robin.valueLabel, "1 time")
            const more = rows.find(r => r.value > 1)
            verify(more, JSON.stringify(rows))
            compare(more.valueLabel, more.value + " times")
        }

        function test_patternsAndThemesFromTheDemo() {
            const p = root.page("PatternsPage")
            verify(p.figures.episodes > 0)
            verify(findChild(p, "summary").text.length > 0)
            const t = root.page("ThemesPage")
            verify(t.themes.length > 0)
            openEntrySpy.target = t
            openEntrySpy.clear()
            let open = null
            const find = item => { if (item.objectName === "openEntry" && !open) open = item; for (let i = 0; i < item.children.length; ++i) find(item.children[i]) }
            find(t)
            verify(open)
            open.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(openEntrySpy.count, 1)
            verify(journalProbe.exists(openEntrySpy.signalArguments[0][0]))
        }
    }
}
