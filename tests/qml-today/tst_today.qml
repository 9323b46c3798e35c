import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell
import Tessera.Ui

// The Today page (issue 24) against a real journal with the bundled modules
// and the due-actions fixtures (TESSERA_QML_PLUGIN_DIR): Done and Skip go
// through the real plugin manager into the fixture module and the journal.
Item {
    id: root
    width: 1200
    height: 800

    Component { id: todayComponent; TodayPage { anchors.fill: parent } }
    // Made before it has a width, as the app's page loader makes it (issue 30, twelfth round).
    Component { id: unsizedTodayComponent; TodayPage { width: 0; height: 800 } }
    Component { id: emptyTodayComponent; TodayPage { anchors.fill: parent; model: emptyModel } }
    Component { id: timelineComponent; TimelinePage { anchors.fill: parent } }
    ListModel { id: emptyModel }
    SignalSpy { id: entrySpy; signalName: "openEntry" }
    SignalSpy { id: pageSpy; signalName: "openPage" }
    SignalSpy { id: itemSpy; signalName: "openItem" }

    TestCase {
        name: "Today"
        when: windowShown

        // The fixtures' rows, in the order shown (the bundled modules may have items too).
        function fixtureRows(page) {
            const rows = []
            const collect = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    const c = item.children[i]
                    if (c.doneRequested !== undefined && c.moduleId !== undefined
                            && c.moduleId.indexOf("due-actions") === 0)
                        rows.push(c)
                    collect(c)
                }
            }
            collect(page.contentItem)
            rows.sort((a, b) => a.mapToItem(page, 0, 0).y - b.mapToItem(page, 0, 0).y)
            return rows
        }
        function rowFor(page, itemId) {
            for (const r of fixtureRows(page)) {
                if (r.itemId === itemId)
                    return r
            }
            return null
        }

        function test_1_itemsInTimeOrderWithTheirActions() {
            const page = createTemporaryObject(todayComponent, root)
            tryVerify(() => page.ready)
            const rows = fixtureRows(page)
            compare(rows.map(r => r.title).slice(0, 3), ["Morning dose", "Stretch", "Evening dose"])
            compare(rows.length, 5)
            const morning = rows[0]
            verify(findChild(morning, "todayDoneButton").visible)
            verify(findChild(morning, "todaySkipButton").visible)
            compare(findChild(morning, "todayDoneButton").Accessible.name, "Mark Morning dose done")
            compare(findChild(morning, "todayDetail").text, "At 08:00 · Doses fixture")
            const leaflet = rowFor(page, "read-leaflet")
            // Done and Skip are made only where offered (issue 30).
            compare(findChild(leaflet, "todayDoneButton"), null, "the leaflet offers no Done")
            compare(findChild(leaflet, "todaySkipButton"), null, "the leaflet offers no Skip")
            compare(findChild(leaflet, "todayError"), null, "no problem to show")
            compare(findChild(leaflet, "todayOpenButton").Accessible.name, "Open Read the leaflet in Doses fixture")
            const empty = findChild(page, "todayEmpty")
            verify(empty === null || !empty.visible, "no empty state beside the items")
        }

        function test_2_doneAndSkipByKeyboardRecordAndTheRowsShowIt() {
            const page = createTemporaryObject(todayComponent, root)
            tryVerify(() => page.ready)
            const before = journalProbe.count("due-actions/dose")
            const done = findChild(rowFor(page, "morning-dose"), "todayDoneButton")
            done.forceActiveFocus()
            verify(done.activeFocus)
            keyClick(Qt.Key_Space)
            compare(journalProbe.count("due-actions/dose"), before + 1)
            const dose = journalProbe.latest("due-actions/dose")
            compare(dose.payload.item, "morning-dose")
            compare(dose.payload.status, "taken")
            const morning = rowFor(page, "morning-dose")
            tryCompare(morning, "dueState", "done")
            compare(findChild(morning, "todayState").text, "Done")
            const doneAfter = findChild(morning, "todayDoneButton")
            verify(doneAfter === null || !doneAfter.visible, "Done is not offered again")
            // The focus went on to Open, still visible.
            const open = findChild(morning, "todayOpenButton")
            tryVerify(() => open.activeFocus, 2000, "the focus was lost after Done")
            verify(findChild(open, "focusMark").visible)

            const skip = findChild(rowFor(page, "evening-dose"), "todaySkipButton")
            skip.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(journalProbe.count("due-actions/dose"), before + 2)
            compare(journalProbe.latest("due-actions/dose").payload.status, "skipped")
            tryCompare(rowFor(page, "evening-dose"), "dueState", "skipped")
            compare(findChild(rowFor(page, "evening-dose"), "todayState").text, "Skipped for today")

            // Skip pressed by mistake: Undo beside it takes it back (a try from outside found
            // no way to), by keyboard, and the focus goes to the row's first action again.
            const undo = findChild(rowFor(page, "evening-dose"), "todayUndoButton")
            verify(undo && undo.visible, "no Undo after Skip")
            compare(undo.Accessible.name, "Undo skipping Evening dose")
            undo.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(journalProbe.count("due-actions/dose"), before + 1)
            tryCompare(rowFor(page, "evening-dose"), "dueState", "due")
            const undoAfter = findChild(rowFor(page, "evening-dose"), "todayUndoButton")
            verify(undoAfter === null || !undoAfter.visible, "Undo still offered after undoing")
            const first = findChild(rowFor(page, "evening-dose"), "todayDoneButton")
                          || findChild(rowFor(page, "evening-dose"), "todaySkipButton")
            tryVerify(() => first.activeFocus, 2000, "the focus was lost after Undo")
            // And skipped again, for the tests after this one.
            const skipAgain = findChild(rowFor(page, "evening-dose"), "todaySkipButton")
            skipAgain.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(rowFor(page, "evening-dose"), "dueState", "skipped")
        }

        function test_3_aModuleThatThrowsShowsAProblemOnItsRow() {
            const page = createTemporaryObject(todayComponent, root)
            tryVerify(() => page.ready)
            const stretch = rowFor(page, "stretch")
            mouseClick(findChild(stretch, "todayDoneButton"))
            tryVerify(() => findChild(rowFor(page, "stretch"), "todayError") !== null)
            const error = findChild(rowFor(page, "stretch"), "todayError")
            verify(error.visible)
            verify(error.text.indexOf("Something went wrong inside Stretching fixture") === 0, error.text)
            compare(rowFor(page, "stretch").dueState, "due")
            // The page still works.
            verify(findChild(page, "openTimelineButton").visible)
        }

        function test_4_openAndTheTimelineAreOneStepAway() {
            const page = createTemporaryObject(todayComponent, root)
            tryVerify(() => page.ready)
            pageSpy.target = page
            itemSpy.target = page
            pageSpy.clear()
            itemSpy.clear()
            const leafletOpen = findChild(rowFor(page, "read-leaflet"), "todayOpenButton")
            leafletOpen.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(itemSpy.count, 1)
            compare(itemSpy.signalArguments[0][0], "due-actions/doses")
            compare(itemSpy.signalArguments[0][1], "leaflet-entry")
            compare(itemSpy.signalArguments[0][2], "read-leaflet")
            mouseClick(findChild(rowFor(page, "stretch"), "todayOpenButton"))
            compare(pageSpy.count, 1)
            compare(pageSpy.signalArguments[0][0], "due-actions-throws/main")
            compare(pageSpy.signalArguments[0][1], "stretch")
            const timelineButton = findChild(page, "openTimelineButton")
            compare(timelineButton.Accessible.name, "Open the timeline")
            timelineButton.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(pageSpy.count, 2)
            compare(pageSpy.signalArguments[1][0], "timeline")
        }

        // The timeline opens at today: planned entries (the demo journal has
        // some) are folded into "Coming up", not above today's rows.
        function test_6_timelineKeepsPlannedEntriesInComingUp() {
            const before = comingUp.count
            const planned = journalProbe.addEntry("journal/checkin", "Planned for later", { feelings: ["calm"] }, -2)
            verify(planned !== "")
            // (Other tests' doses, at noon today, may be coming up too.)
            tryVerify(() => comingUp.count > before, 3000, "Coming up did not take the new planned entry")
            const page = createTemporaryObject(timelineComponent, root)
            tryVerify(() => page.ready)
            const list = findChild(page, "timelineList")
            const section = findChild(list.headerItem, "comingUpSection")
            verify(section && section.visible, "no Coming up section")
            verify(!section.expanded, "Coming up is folded at first")
            // No row in the list is dated after today.
            const today = new Date()
            const todayIso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-"
                           + String(today.getDate()).padStart(2, "0")
            for (let i = 0; i < Math.min(20, timeline.rowCount()); ++i)
                verify(timeline.data(timeline.index(i, 0), 266) <= todayIso, "row " + i + " is in the future") // DayRole
            const toggle = findChild(section, "comingUpToggle")
            verify(toggle.text.indexOf("Coming up (") >= 0, toggle.text)
            toggle.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(section.expanded)
            const rows = []
            const collect = item => {
                for (let i = 0; i < item.children.length; ++i) {
                    if (item.children[i].objectName === "comingUpRow")
                        rows.push(item.children[i])
                    collect(item.children[i])
                }
            }
            tryVerify(() => { rows.length = 0; collect(section); return rows.length === comingUp.count })
            const ours = rows.find(r => r.entryId === planned)
            verify(ours, "the planned entry is not in Coming up")
            entrySpy.target = section
            entrySpy.clear()
            ours.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(entrySpy.count, 1)
            compare(entrySpy.signalArguments[0][0], planned)
            toggle.forceActiveFocus()
            keyClick(Qt.Key_Return)
            verify(!section.expanded)
        }

        // Twelfth round of issue 30: "Open the timeline" sits beside the title where there is
        // room, and under it where the page is narrow and the text large (it ran past the
        // window there). tst_layout checks the same in the app's window.
        function test_7_theTimelineButtonBesideTheTitleWhenThereIsRoom() {
            const page = createTemporaryObject(unsizedTodayComponent, root)
            tryVerify(() => page.ready)
            waitForRendering(page)
            page.width = 1200
            const button = findChild(page, "openTimelineButton")
            tryVerify(() => button.mapToItem(page, 0, 0).y < 40, 2000,
                      `the button is at ${button.mapToItem(page, 0, 0).y}, under the title with room beside it`)
            verify(button.mapToItem(page, 0, 0).x > page.width / 2)
            Theme.textScale = 2
            page.width = 300
            tryVerify(() => button.mapToItem(page, 0, 0).y > 60, 2000, "the button did not go under the title when narrow")
            const under = button.mapToItem(page, 0, 0)
            Theme.textScale = 1
            verify(under.x + button.width <= page.width, "the button runs past the page")
        }

        // A helper saw Open run past its card at 800x600 with 200 % text: Done, Skip and
        // Open go onto as many lines as they need, each inside the row, still in that order.
        function test_8_aNarrowRowKeepsItsButtonsInside() {
            const page = createTemporaryObject(todayComponent, root)
            tryVerify(() => page.ready)
            Theme.textScale = 2
            const inside = []
            for (const width of [640, 420, 300]) {
                page.anchors.fill = undefined
                page.width = width
                page.height = 800
                wait(50)
                // A row with all three (earlier tests recorded some of the fixture's doses).
                const morning = fixtureRows(page).find(r => findChild(r, "todayDoneButton") && findChild(r, "todaySkipButton"))
                verify(morning, "no row offers Done and Skip")
                const buttons = ["todayDoneButton", "todaySkipButton", "todayOpenButton"].map(n => findChild(morning, n))
                for (const b of buttons) {
                    const at = b.mapToItem(morning, 0, 0)
                    inside.push({width, name: b.objectName, right: at.x + b.width, card: morning.width - morning.rightPadding, left: at.x})
                }
                const order = buttons.map(b => b.mapToItem(morning, 0, 0))
                verify(order[0].y < order[1].y || (order[0].y === order[1].y && order[0].x < order[1].x), "Skip before Done at " + width)
                verify(order[1].y < order[2].y || (order[1].y === order[2].y && order[1].x < order[2].x), "Open before Skip at " + width)
            }
            Theme.textScale = 1
            for (const b of inside)
                verify(b.left >= 0 && b.right <= b.card, `${b.name} runs past its row at ${b.width} px: ${b.right} of ${b.card}`)
        }

        function test_5_aCalmEmptyState() {
            const page = createTemporaryObject(emptyTodayComponent, root)
            const empty = findChild(page, "todayEmpty")
            verify(empty.visible)
            compare(empty.title, "Nothing is due today")
        }
    }
}
