import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell

// The Bin page (issue 21) against the real journal: an entry deleted
// elsewhere is listed, Restore brings it back, Delete forever (after its
// confirmation) removes it for good, and an empty bin says so calmly.
Item {
    id: root
    width: 1200
    height: 800

    Component { id: binComponent; BinPage { anchors.fill: parent } }

    TestCase {
        name: "Bin"
        when: windowShown

        function test_restoreAndDeleteForever() {
            const page = createTemporaryObject(binComponent, root)
            verify(page.ready)
            verify(bin.available)
            const id = journalProbe.addDeleted("A page for the bin test")
            verify(id.length > 0)
            tryVerify(() => findChild(page, "binRow-" + id) !== null, 3000, "the deleted entry is not listed")

            // Restore, from the keyboard: the entry is live again and leaves the list.
            const restore = findChild(findChild(page, "binRow-" + id), "restoreButton")
            restore.forceActiveFocus()
            verify(restore.activeFocus)
            keyClick(Qt.Key_Space)
            tryVerify(() => !journalProbe.isDeleted(id))
            verify(journalProbe.exists(id))
            tryVerify(() => findChild(page, "binRow-" + id) === null)
            verify(findChild(page, "binResult").text.length > 0)

            // Deleted again, then deleted forever: the question says it cannot be undone.
            const again = journalProbe.addDeleted("Another page for the bin test")
            tryVerify(() => findChild(page, "binRow-" + again) !== null)
            const action = findChild(findChild(page, "binRow-" + again), "deleteForever")
            verify(action.question.indexOf("cannot be undone") >= 0)
            action.asking = true
            action.confirmed()
            tryVerify(() => !journalProbe.exists(again))
            tryVerify(() => findChild(page, "binRow-" + again) === null)
            verify(bin.lastEmptied.length > 0)
        }

        function test_emptyBinTakesOnlyWhatIsOlderThanTheDays() {
            const page = createTemporaryObject(binComponent, root)
            const id = journalProbe.addDeleted("Deleted just now")
            tryVerify(() => bin.count >= 1)
            // Deleted today: not "more than 30 days ago", so nothing goes; the button says 0 entries.
            compare(bin.countDeletedBefore(30), 0)
            const older = findChild(page, "emptyOld")
            verify(!older.enabled)
            verify(bin.emptyBin(30).indexOf("Nothing to delete") >= 0)
            verify(journalProbe.exists(id))
            // The whole bin (0 days) takes it, and the page shows its calm empty state.
            verify(bin.emptyBin(0).indexOf("deleted forever") >= 0)
            verify(!journalProbe.exists(id))
            tryVerify(() => findChild(page, "emptyBin").visible)
        }
    }
}
