import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// The Share with my clinician page (issue 23) against the real host, the demo
// journal and the bundled modules: the summary counts what would be shared,
// the keyboard alone unticks kinds, walks the page in a sensible order (each
// control marked, and scrolled into view), previews the report and saves it.
Item {
    id: root
    width: 1280
    height: 800

    Component { id: shareComponent; SharePage { anchors.fill: parent } }
    Component { id: settingsComponent; SettingsPage { anchors.fill: parent } }
    SignalSpy { id: openPageSpy; signalName: "openPage" }

    TestCase {
        name: "Share"
        when: windowShown

        // A folder beside the test's journal (a temporary folder of its own).
        function tempFolder() {
            return app.journalPath.replace(/[^\/]*$/, "") + "share-qml-test"
        }

        function makePage() {
            const page = createTemporaryObject(shareComponent, root)
            verify(page !== null)
            verify(page.ready)
            tryVerify(() => share.entryCount > 0, 3000, "nothing counted on the demo journal")
            return page
        }

        // Every test starts from the same choices: the last 90 days, every kind, no private entries, a PDF.
        function init() {
            share.usePeriod(90)
            for (let i = 0; i < share.moduleLayout.length; ++i)
                share.setModuleChosen(share.moduleLayout[i].id, true)
            share.includePrivate = false
            share.format = "pdf"
        }

        function countOf(kind) {
            for (let i = 0; i < share.modules.length; ++i) {
                const kinds = share.modules[i].kinds
                for (let j = 0; j < kinds.length; ++j) {
                    if (kinds[j].kind === kind)
                        return kinds[j].count
                }
            }
            return -1
        }

        function test_loadsWithTheDemoJournalAndNamesTheCount() {
            const page = makePage()
            verify(share.available)
            verify(share.entryCount > 20, "the demo journal's last 90 days hold few entries: " + share.entryCount)
            const summary = findChild(page, "shareSummary")
            verify(summary.visible)
            tryVerify(() => summary.text.indexOf(String(share.entryCount) + " entries") >= 0, 2000,
                      "the summary does not name the count: " + summary.text)
            // One box per module and per kind, each kind with its count.
            verify(share.moduleLayout.length >= 5)
            let kinds = 0
            for (let i = 0; i < share.moduleLayout.length; ++i) {
                const m = share.moduleLayout[i]
                verify(findChild(page, "shareModule-" + m.id) !== null, m.id)
                for (let j = 0; j < m.kinds.length; ++j) {
                    const box = findChild(page, "shareKind-" + m.kinds[j].kind)
                    verify(box !== null, m.kinds[j].kind)
                    // Unfinished work (a kind named "draft") is left out to start with.
                    if (m.kinds[j].kind.endsWith("/draft"))
                        verify(!box.checked, m.kinds[j].kind + " is ticked to start with")
                    else
                        verify(box.checked, m.kinds[j].kind + " is not ticked to start with")
                    verify(box.text.indexOf("(" + countOf(m.kinds[j].kind) + ")") > 0, box.text)
                    ++kinds
                }
            }
            verify(kinds >= 15)
        }

        function test_keyboardUntickLowersTheCountAndKeepsTheFocus() {
            const page = makePage()
            const before = share.entryCount
            const checkins = countOf("journal/checkin")
            verify(checkins > 0)
            const box = findChild(page, "shareKind-journal/checkin")
            box.forceActiveFocus()
            verify(box.activeFocus)
            keyClick(Qt.Key_Space)
            tryCompare(share, "entryCount", before - checkins, 2000)
            verify(!box.checked)
            // The same box, still focused and marked: ticking does not rebuild the list.
            compare(findChild(page, "shareKind-journal/checkin"), box)
            verify(box.activeFocus)
            verify(findChild(box, "focusMark").visible)
            tryVerify(() => findChild(page, "shareSummary").text.indexOf(String(before - checkins) + " entries") >= 0)

            // Enter unticks another kind; then ticks it back.
            const other = findChild(page, "shareKind-goals/goal")
            const goals = countOf("goals/goal")
            verify(goals > 0, "no goals in the demo period")
            other.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(share, "entryCount", before - checkins - goals, 2000)
            verify(!other.checked)
            verify(other.activeFocus)
            keyClick(Qt.Key_Enter)
            tryCompare(share, "entryCount", before - checkins, 2000)
            verify(other.checked)

            // A whole module from the keyboard.
            const module = findChild(page, "shareModule-goals")
            module.forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryVerify(() => share.entryCount < before - checkins, 2000)
            verify(!other.checked)
        }

        function test_tabWalksThePageInOrderMarkedAndInView() {
            const page = makePage()
            const first = findChild(page, "sharePeriod30")
            first.forceActiveFocus()
            verify(first.activeFocus)
            const seen = ["sharePeriod30"]
            for (let i = 0; i < 120; ++i) {
                keyClick(Qt.Key_Tab)
                const item = root.Window.activeFocusItem
                verify(item !== null)
                // The item itself, or the control it belongs to (a ComboBox's field), is marked.
                let control = item
                while (control && findChild(control, "focusMark") === null)
                    control = control.parent
                verify(control !== null && control !== page, "no focus mark on " + item + " " + item.objectName)
                const mark = findChild(control, "focusMark")
                verify(mark.visible, "the focus mark is hidden on " + control.objectName)
                // Scrolled into view.
                tryVerify(() => {
                    const at = control.mapToItem(page, 0, 0)
                    return at.y >= 0 && at.y + control.height <= page.height
                }, 1000, control.objectName + " is out of view")
                seen.push(control.objectName)
                if (control.objectName === "shareSaveButton")
                    break
            }
            compare(seen[seen.length - 1], "shareSaveButton", "Tab did not reach Save: " + seen.join(", "))
            const order = ["sharePeriod30", "sharePeriod90", "sharePeriod365", "shareFrom", "shareTo",
                           "shareModule-" + share.moduleLayout[0].id, "shareIncludePrivate",
                           "shareFormatPdf", "shareFormatFhir", "shareFormatCsv", "sharePaper",
                           "shareDestination", "sharePreviewButton", "shareSaveButton"]
            let at = -1
            for (let i = 0; i < order.length; ++i) {
                const next = seen.indexOf(order[i])
                verify(next > at, order[i] + " is out of order: " + seen.join(", "))
                at = next
            }
            // Every kind box sits between the last day and the private switch.
            const kindsFrom = seen.indexOf("shareTo")
            const kindsTo = seen.indexOf("shareIncludePrivate")
            let kinds = 0
            for (let i = 0; i < seen.length; ++i) {
                if (seen[i].indexOf("shareKind-") === 0) {
                    verify(i > kindsFrom && i < kindsTo, seen[i])
                    ++kinds
                }
            }
            let expected = 0
            for (let i = 0; i < share.moduleLayout.length; ++i)
                expected += share.moduleLayout[i].kinds.length
            compare(kinds, expected)
            // The walk scrolled the page down to Save.
            verify(page.contentItem.contentY > 0)
        }

        function test_previewShowsPagesAndSaysWhenItIsOutOfDate() {
            const page = makePage()
            const button = findChild(page, "sharePreviewButton")
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryVerify(() => share.previewPages >= 2, 10000, "the preview has fewer than two pages: " + share.previewPages)
            verify(share.previewCurrent)
            for (let i = 0; i < share.previewPages; ++i) {
                const sheet = findChild(page, "sharePreviewPage-" + i)
                verify(sheet !== null, "no page " + i)
                const image = findChild(sheet, "sharePreviewImage")
                tryCompare(image, "status", Image.Ready, 5000)
                verify(image.paintedWidth > 100 && image.paintedHeight > 100,
                       "page " + i + " painted " + image.paintedWidth + "x" + image.paintedHeight)
                // A page is taller than wide (A4 or Letter, portrait).
                verify(image.paintedHeight > image.paintedWidth)
            }
            const state = findChild(page, "sharePreviewState")
            verify(state.visible)
            verify(state.text.indexOf("out of date") < 0)
            // A change of choices says the preview is out of date, and the button offers to redo it.
            share.setKindChosen("journal/checkin", false)
            tryVerify(() => state.text.indexOf("out of date") >= 0, 1000, state.text)
            verify(button.text.indexOf("again") >= 0)
            keyClick(Qt.Key_Return)
            tryVerify(() => share.previewCurrent)
            verify(state.text.indexOf("out of date") < 0)
        }

        function test_saveWritesThePdfAndNamesIt() {
            const page = makePage()
            const path = tempFolder() + "/report-" + Date.now() + ".pdf"
            compare(journalProbe.fileSize(path), -1)
            const field = findChild(page, "shareDestination")
            field.forceActiveFocus()
            field.selectAll()
            field.text = path
            keyClick(Qt.Key_Return) // editingFinished
            compare(share.destination, path)
            const save = findChild(page, "shareSaveButton")
            save.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const result = findChild(page, "shareResult")
            tryVerify(() => result.text.length > 0, 10000)
            verify(result.text.indexOf(path) >= 0, result.text)
            verify(journalProbe.fileSize(path) > 2000, "size " + journalProbe.fileSize(path))
            compare(journalProbe.fileHead(path, 5), "%PDF-")
            compare(journalProbe.fileMode(path), 384 /* 0600 */)
        }

        function test_aBadFirstDayIsNamedAndNothingIsSaved() {
            const page = makePage()
            const problem = findChild(page, "sharePeriodProblem")
            verify(!problem.visible)
            const from = findChild(page, "shareFrom")
            from.forceActiveFocus()
            from.selectAll()
            keyClick(Qt.Key_Delete)
            for (const key of [Qt.Key_2, Qt.Key_0, Qt.Key_2, Qt.Key_4, Qt.Key_Minus, Qt.Key_1, Qt.Key_3])
                keyClick(key)
            compare(from.text, "2024-13")
            keyClick(Qt.Key_Tab) // leaves the field: editingFinished
            tryVerify(() => problem.visible)
            verify(problem.text.indexOf("first day") >= 0, problem.text)
            verify(findChild(page, "shareSummary").text.indexOf("first day") >= 0)
            const path = tempFolder() + "/refused-" + Date.now() + ".pdf"
            share.destination = path
            const save = findChild(page, "shareSaveButton")
            save.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(findChild(page, "shareResult").text.indexOf("first day") >= 0)
            compare(journalProbe.fileSize(path), -1)
        }

        // Settings, Export: the button opens the Share page; the full copy
        // leaves private entries out unless the switch says otherwise.
        function test_settingsExportPointsToShareAndAsksAboutPrivateEntries() {
            const page = createTemporaryObject(settingsComponent, root)
            verify(page !== null)
            openPageSpy.target = page
            openPageSpy.clear()
            const open = findChild(page, "settingsOpenShare")
            open.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(openPageSpy.count, 1)
            compare(openPageSpy.signalArguments[0][0], "share")

            verify(!app.exportIncludesPrivate)
            app.exportFolder = tempFolder() + "/exports"
            const toggle = findChild(page, "settingsExportPrivate")
            verify(!toggle.checked)
            toggle.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(app.exportIncludesPrivate)
            verify(app.exportJournal("json").indexOf("marked private are included") >= 0)
            keyClick(Qt.Key_Return)
            verify(!app.exportIncludesPrivate)
            const without = app.exportJournal("json")
            verify(without.indexOf("included") < 0, without)
            verify(without.indexOf("were left out") >= 0, without) // the demo journal has a private entry
        }
    }
}
