import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Ui

// The shared SDK components, driven by keyboard and mouse.
Item {
    id: root
    width: 800
    height: 600

    Component { id: sliderComponent; RatingSlider { width: 400; label: "Belief"; percent: true } }
    Component { id: tenComponent; RatingSlider { width: 400; label: "Mood"; value: 5 } }
    Component { id: chipsComponent; ChipPicker { width: 500; model: ["sad", "calm", "tired"] } }
    Component { id: confirmComponent; ConfirmAction { } }
    Component { id: cardComponent; EntryCard { width: 500; title: "Check-in"; summary: "calm"; mood: 6; time: "09:30"; kindTitle: "Check-in" } }
    Component { id: dateComponent; DateTimeField { value: new Date(2026, 2, 1, 9, 30) } }
    Component { id: emptyComponent; EmptyState { width: 400; title: "Nothing"; actionText: "Add one" } }
    Component { id: undoComponent; UndoBar { } }

    TestCase {
        name: "Components"
        when: windowShown

        function test_ratingSliderPercentMovesByKeyboard() {
            const s = createTemporaryObject(sliderComponent, root)
            verify(s)
            compare(s.to, 100)
            compare(s.value, 0)
            s.children[1].forceActiveFocus()
            keyClick(Qt.Key_Right)
            compare(s.value, 5)
            keyClick(Qt.Key_Right)
            compare(s.value, 10)
        }

        // Issue 17: an untouched slider said "5 of 10", which reads as a recorded rating.
        function test_ratingSliderIsNotRatedUntilMovedOrSet() {
            const s = createTemporaryObject(tenComponent, root)
            const text = findChild(s, "ratingText")
            verify(text, "no rating text")
            compare(text.text, "Not rated")
            verify(!s.hasValue)
            const slider = findChild(s, "ratingSlider")
            verify(slider.opacity < 1, "the handle of an unset rating is not muted")
            // Moved by the client: a number, and something to save.
            slider.forceActiveFocus()
            keyClick(Qt.Key_Right)
            compare(text.text, "6 of 10")
            verify(s.touched && s.hasValue)
            compare(slider.opacity, 1)
            // Unset again (a form starting afresh).
            s.reset()
            compare(text.text, "Not rated")
            verify(!s.touched && !s.hasValue)
            compare(s.value, 5)
            // A stored rating shows its number without counting as moved.
            s.setValue(3)
            compare(text.text, "3 of 10")
            verify(s.rated && s.hasValue && !s.touched)
            s.reset(0)
            compare(s.value, 0)
            compare(text.text, "Not rated")
        }

        function test_chipPickerTogglesAndSingleChoice() {
            const c = createTemporaryObject(chipsComponent, root)
            waitForRendering(c)
            c.toggle("calm")
            compare(c.selected, ["calm"])
            c.toggle("sad")
            compare(c.selected.length, 2)
            c.toggle("calm")
            compare(c.selected, ["sad"])
            c.multiple = false
            c.toggle("tired")
            compare(c.selected, ["tired"])
        }

        function test_chipPickerClickSelects() {
            const c = createTemporaryObject(chipsComponent, root)
            waitForRendering(c)
            const first = c.children[0]
            mouseClick(first)
            compare(c.selected, [first.text])
        }

        function test_confirmActionNeedsTwoSteps() {
            const c = createTemporaryObject(confirmComponent, root)
            let confirmed = 0
            c.confirmed.connect(() => confirmed++)
            verify(!c.asking)
            mouseClick(c.children[0])
            verify(c.asking)
            compare(confirmed, 0)
            tryVerify(() => c.children[3].width > 0 && c.children[3].x > 0)
            mouseClick(c.children[3]) // Keep
            verify(!c.asking)
            compare(confirmed, 0)
            tryVerify(() => c.children[0].visible && c.children[0].width > 0)
            mouseClick(c.children[0])
            tryVerify(() => c.children[2].width > 0)
            waitForRendering(c)
            mouseClick(c.children[2]) // Delete
            compare(confirmed, 1)
        }

        function test_entryCardActivatesWithEnter() {
            const card = createTemporaryObject(cardComponent, root)
            let activated = 0
            card.activated.connect(() => activated++)
            card.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(activated, 1)
            mouseClick(card)
            compare(activated, 2)
            verify(card.Accessible.name.indexOf("Check-in") >= 0)
        }

        function test_dateTimeFieldValidates() {
            const f = createTemporaryObject(dateComponent, root)
            verify(f.valid)
            compare(f.value.getHours(), 9)
            f.children[1].text = "2026-13-45"
            verify(!f.valid)
            f.reset(new Date(2025, 0, 2, 7, 5))
            verify(f.valid)
            compare(f.children[1].text, "2025-01-02")
            compare(f.children[2].text, "07:05")
        }

        function test_emptyStateAction() {
            const e = createTemporaryObject(emptyComponent, root)
            let triggered = 0
            e.actionTriggered.connect(() => triggered++)
            mouseClick(e.children[2])
            compare(triggered, 1)
        }

        function test_undoBarShowsAndUndoes() {
            const u = createTemporaryObject(undoComponent, root)
            verify(!u.visible)
            u.show("Deleted.")
            verify(u.visible)
            compare(u.message, "Deleted.")
            let undone = 0
            u.undo.connect(() => undone++)
            u.undo()
            compare(undone, 1)
        }

        // Issue 17: after Delete the focus was left on a button that had gone; Undo takes it,
        // so a keyboard user can press Space to undo.
        function test_undoBarTakesTheFocusAndUndoesByKeyboard() {
            const u = createTemporaryObject(undoComponent, root)
            let undone = 0
            u.undo.connect(() => undone++)
            u.show("Deleted.")
            verify(findChild(u, "undoButton").activeFocus, "Undo does not have the focus")
            keyClick(Qt.Key_Space)
            compare(undone, 1)
            verify(!u.visible)
        }

        function test_themeMoodColoursAreOrderedAndNeverRed() {
            const low = Theme.moodColor(0)
            const high = Theme.moodColor(10)
            verify(low.b > low.r)
            verify(high.g > high.r)
        }
    }
}
