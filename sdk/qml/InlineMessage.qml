import QtQuick
import QtQuick.Controls

// A one-line message under a form: an error (why a save was refused) or a
// confirmation. Hidden when empty.
Label {
    id: message
    property bool error: true
    visible: text.length > 0
    color: error ? Theme.danger : Theme.positive
    font.pixelSize: Theme.fontBody - 1
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
    // On a ModulePage, a message that shows is kept in view with the focused control.
    onTextChanged: {
        for (let p = message.parent; message.text.length > 0 && p; p = p.parent) {
            if (p.revealMessage !== undefined) {
                p.revealMessage(message)
                return
            }
        }
    }
}
