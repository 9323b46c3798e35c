pragma Singleton
import QtQuick

// Enter and Return act as Space on the focused control (issue 29): they press a
// button, tick or untick a box or switch, and choose a radio button (a chosen
// one, or one in an exclusive group, stays chosen, as with Space). The SDK's
// ModulePage and the shell call press() from their Keys handlers, so a control
// that handles Enter itself (and accepts it) keeps it. (Not "EnterKey": Qt Quick
// already has an attached property of that name.)
QtObject {
    // Returns whether `focused` was pressed (then the key is used up).
    function press(focused) {
        if (!focused || focused.checkable === undefined || focused.clicked === undefined || !focused.enabled)
            return false
        const group = focused.ButtonGroup ? focused.ButtonGroup.group : null
        const exclusive = focused.autoExclusive === true || (group !== null && group !== undefined && group.exclusive === true)
        if (focused.checkable && !(focused.checked && exclusive)) {
            focused.toggle()
            focused.toggled()
        }
        focused.clicked()
        return true
    }
}
