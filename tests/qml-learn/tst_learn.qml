import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// The Learn page and its articles (issue 25) on a real host with the bundled
// modules running: the list by topic with its family part, search, opening
// an article (read, "Try it", links), the keyboard, and every article shown
// by Text.MarkdownText with no warning at all.
Item {
    id: root
    width: 1000
    height: 760

    Component { id: learnComponent; LearnPage { anchors.fill: parent } }
    Component { id: articleComponent; ArticlePage { anchors.fill: parent } }
    SignalSpy { id: openSpy; signalName: "openArticle" }
    SignalSpy { id: pageSpy; signalName: "openPage" }

    TestCase {
        name: "Learn"
        when: windowShown

        function rows(page) {
            const out = []
            const collect = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (c.openRequested !== undefined && c.key !== undefined && c.visible)
                        out.push(c)
                    collect(c)
                }
            }
            collect(page.contentItem)
            out.sort((a, b) => a.mapToItem(page, 0, 0).y - b.mapToItem(page, 0, 0).y)
            return out
        }
        function sections(page) {
            const out = []
            const collect = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (c.objectName === "learnSection" && c.visible)
                        out.push(c)
                    collect(c)
                }
            }
            collect(page.contentItem)
            out.sort((a, b) => a.mapToItem(page, 0, 0).y - b.mapToItem(page, 0, 0).y)
            return out.map(s => s.text)
        }
        function allKeys() {
            const keys = []
            const m = learn.model
            for (let i = 0; i < m.count; ++i)
                keys.push(m.data(m.index(i, 0), 257)) // KeyRole
            return keys
        }

        function test_1_byTopicWithAPartForFamilyAndFriends() {
            const page = createTemporaryObject(learnComponent, root)
            tryVerify(() => page.ready)
            const heads = sections(page)
            compare(heads[0], "In a crisis") // first: help is never below the fold
            compare(heads[1], "Understanding depression")
            compare(heads[heads.length - 1], "For family and friends")
            verify(heads.indexOf("Things to try") > 0)
            const list = rows(page)
            compare(list.length, learn.model.total)
            verify(list.length >= 25)
            compare(list[0].title, "What to do in a crisis")
            verify(list[0].Accessible.name.indexOf("minutes to read") > 0)
        }

        function test_2_searchFiltersAndSaysHowMany() {
            const page = createTemporaryObject(learnComponent, root)
            tryVerify(() => page.ready)
            const search = findChild(page, "learnSearch")
            search.forceActiveFocus()
            for (const k of [Qt.Key_S, Qt.Key_L, Qt.Key_E, Qt.Key_E, Qt.Key_P])
                keyClick(k)
            tryCompare(learn.model, "query", "sleep")
            const list = rows(page)
            verify(list.length > 0 && list.length < learn.model.total)
            verify(list.some(r => r.key === "tessera/sleep-and-mood"))
            verify(findChild(page, "learnCount").visible)
            keyClick(Qt.Key_Escape)
            compare(learn.model.query, "")
            compare(rows(page).length, learn.model.total)
            search.text = "zzqqxx"
            learn.model.query = "zzqqxx"
            compare(rows(page).length, 0)
            compare(findChild(page, "learnCount").text, "No article has those words. Try fewer or other words.")
            learn.model.query = ""
        }

        function test_3_keyboardOpensAnArticle() {
            const page = createTemporaryObject(learnComponent, root)
            openSpy.target = page
            openSpy.clear()
            tryVerify(() => page.ready)
            findChild(page, "learnSearch").forceActiveFocus()
            keyClick(Qt.Key_Tab)
            const first = rows(page)[0]
            tryVerify(() => first.activeFocus)
            keyClick(Qt.Key_Space)
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], first.key)
            keyClick(Qt.Key_Tab)
            tryVerify(() => rows(page)[1].activeFocus)
            keyClick(Qt.Key_Return)
            compare(openSpy.count, 2)
        }

        function test_4_anArticleIsReadWithTryItAndLinks() {
            const before = learn.readCount
            const page = createTemporaryObject(articleComponent, root, { articleKey: "cbt/thought-records" })
            pageSpy.target = page
            pageSpy.clear()
            tryVerify(() => page.ready)
            verify(page.hasText)
            compare(page.article.sourceName, "Thought records")
            compare(learn.readCount, before + 1)
            const tryIt = findChild(page, "articleTryIt")
            verify(tryIt.visible)
            compare(tryIt.text, "Try it: New thought record")
            tryIt.clicked()
            compare(pageSpy.signalArguments[0][0], "cbt/record")
            // The crisis article's links: the app's pages open here.
            const crisis = createTemporaryObject(articleComponent, root, { articleKey: "tessera/in-a-crisis" })
            pageSpy.target = crisis
            pageSpy.clear()
            tryVerify(() => crisis.ready)
            compare(findChild(crisis, "articleTryIt").text, "Open Need help now?")
            crisis.follow("tessera:learn/tessera/family-worried-about-safety") // another article
            compare(pageSpy.signalArguments[0][0], "learn/tessera/family-worried-about-safety")
            pageSpy.clear()
            crisis.follow("tessera:crisis")
            compare(pageSpy.signalArguments[0][0], "crisis")
            crisis.follow("https://www.nhs.uk/")
            compare(findChild(crisis, "articleLinkNotice").text, "Opened www.nhs.uk in your web browser.")
            crisis.follow("file:///etc/passwd")
            compare(findChild(crisis, "articleLinkNotice").text, "This link cannot be opened from Tessera.")
            // Every link is a button too.
            const links = []
            const collect = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    if (item.children[i].objectName === "articleLink")
                        links.push(item.children[i])
                    collect(item.children[i])
                }
            }
            collect(crisis.contentItem)
            verify(links.some(l => l.text === "Need help now?" && l.Accessible.description === "Opens in Tessera"))
            verify(links.some(l => l.Accessible.description === "Opens in your web browser"))
            // A screen reader reads the article's words, not only its title.
            verify(findChild(crisis, "articleText").Accessible.name.indexOf("local emergency number") > 0)
        }

        // Every article Tessera and the bundled modules ship, shown as the
        // page shows it: text there, no problem, and no warning from QML,
        // the Markdown reader or anything else.
        function test_5_everyArticleRendersWithoutWarnings() {
            failOnWarning(/.*/)
            const keysList = allKeys()
            verify(keysList.length >= 25)
            for (const key of keysList) {
                const page = createTemporaryObject(articleComponent, root, { articleKey: key })
                tryVerify(() => page.ready, 5000, key)
                verify(page.hasText, key + ": " + page.article.problem)
                compare(findChild(page, "articleProblem").visible, false, key)
                const text = findChild(page, "articleText")
                verify(text.contentHeight > 200, key + " is laid out")
                page.destroy()
            }
        }
    }
}
