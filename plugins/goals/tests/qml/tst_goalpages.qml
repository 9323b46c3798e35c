import QtQuick
import QtQuick.Controls
import QtTest

// A goal created on its page, given a step, checked in on and edited.
Item {
    id: root
    width: 1000
    height: 3000

    function page(name) { return Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Goals/" + name + ".qml") }

    TestCase {
        name: "GoalPages"
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
            const pages = app.navigation.filter(n => n.moduleId === "goals")
            compare(pages.length, 2)
            for (const n of pages) {
                const c = Qt.createComponent(n.url)
                const p = createTemporaryObject(c, root, { backend: journalProbe.backend("goals"), width: 1000, height: 1200 })
                compare(pageHeaderTitle(p), n.title, n.key)
            }
        }

        function test_pagesLoad() {
            for (const name of ["OverviewPage", "GoalPage"]) {
                const c = root.page(name)
                compare(c.status, Component.Ready, name + ": " + c.errorString())
                verify(createTemporaryObject(c, root, { backend: journalProbe.backend("goals"), width: 1000, height: 1200 }))
            }
        }

        function test_createCheckInAndEdit() {
            const backend = journalProbe.backend("goals")
            verify(backend)
            const before = journalProbe.count("goals/goal")
            const p = createTemporaryObject(root.page("GoalPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(p, "description").text = "Call a friend twice a week"
            findChild(p, "metric").text = "calls a week"
            findChild(p, "target").text = "2"
            findChild(p, "baseline").text = "0"
            mouseClick(findChild(p, "addStep"))
            compare(p.form().milestones.length, 1)
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            compare(journalProbe.count("goals/goal"), before + 1)
            const saved = journalProbe.latest("goals/goal")
            compare(saved.payload.description, "Call a friend twice a week")
            compare(saved.payload.target, 2)
            verify(p.goalId.length > 0)

            findChild(p, "checkinValue").text = "1"
            findChild(p, "addCheckin").clicked()
            compare(backend.lastError, "")
            compare(p.loaded.checkins.length, 1)

            const edit = createTemporaryObject(root.page("GoalPage"), root, { backend: backend, entryId: p.goalId, width: 1000, height: 3000 })
            compare(findChild(edit, "description").text, "Call a friend twice a week")
            findChild(edit, "target").text = "3"
            findChild(edit, "save").clicked()
            compare(backend.lastError, "")
            const edited = journalProbe.latest("goals/goal")
            compare(edited.payload.target, 3)
            verify(edited.revision >= 2)
        }

        // Issue 17: after Delete the goal's form stayed active ("Save changes", "Delete" and
        // "Add check-in" still enabled) while Undo was offered.
        function test_deletedGoalCannotBeSavedOrCheckedInOn() {
            const backend = journalProbe.backend("goals")
            const p = createTemporaryObject(root.page("GoalPage"), root, { backend: backend, width: 1000, height: 3000 })
            findChild(p, "description").text = "Read ten pages most evenings"
            findChild(p, "save").clicked()
            compare(backend.lastError, "")
            const id = p.goalId
            verify(id.length > 0)
            const del = findChild(p, "delete")
            verify(del && del.visible)
            del.confirmed()
            verify(journalProbe.isDeleted(id))
            verify(findChild(p, "undo").visible)
            verify(!findChild(p, "save").enabled, "the deleted goal can still be saved")
            verify(!del.visible, "the deleted goal can be deleted again")
            verify(!findChild(p, "addCheckin").enabled, "the deleted goal can still be checked in on")
            mouseClick(findChild(findChild(p, "undo"), "undoButton"))
            verify(!journalProbe.isDeleted(id))
            verify(findChild(p, "save").enabled)
            verify(findChild(p, "addCheckin").enabled)
            verify(del.visible)
        }
    }
}
