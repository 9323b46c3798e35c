import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The module's page. ModulePage (Tessera.Ui) is the skeleton every page shares:
// it scrolls, keeps the content width, shows the header and the backend's
// lastError, and gets `backend` (the module's Backend object) and `entryId`
// (set when the client opens one of its entries from the timeline: the page
// then shows that note, to edit or delete).
ModulePage {
    id: page
    title: qsTr("@NAME@")
    subtitle: !page.backend ? "" : page.backend.count === 1 ? qsTr("1 note so far")
                                                          : qsTr("%1 notes so far").arg(page.backend.count)

    // A note opened from the timeline: its words and mood in the fields, to
    // edit (Save keeps its id) or delete (with undo).
    function show(id) {
        const saved = id.length > 0 && page.backend ? page.backend.load(id) : ({})
        if (saved.text === undefined)
            return
        note.text = saved.text
        if (saved.mood >= 0)
            mood.setValue(saved.mood)
    }
    Component.onCompleted: show(page.entryId)
    onEntryIdChanged: show(page.entryId)

    FormSection {
        title: page.entryId.length > 0 ? qsTr("The note") : qsTr("A note")
        // Says "Not rated" until moved: save only a rating the client gave.
        RatingSlider { id: mood; objectName: "mood"; Layout.fillWidth: true; label: qsTr("Mood"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
        Label { text: qsTr("Note"); Layout.fillWidth: true }
        TextBox { id: note; objectName: "text"; Layout.fillWidth: true; accessibleName: qsTr("Note") }
    }
    // Under the error line, so a refused save says why just above its button.
    belowError: [
        Label {
            visible: !mood.hasValue
            text: qsTr("Move the mood slider to save a note.")
            color: Theme.subtleText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        },
        // Save, and for a note opened from the timeline Delete in two steps
        // with "Deleted. Undo" straight after (DeleteWithUndo, Tessera.Ui).
        DeleteWithUndo {
            id: deletion
            Layout.fillWidth: true
            entryId: page.entryId
            backend: page.backend
            Button {
                objectName: "save"
                enabled: mood.hasValue && !deletion.deleted
                text: qsTr("Save")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    if (page.backend.save(page.entryId, note.text, Math.round(mood.value)).length > 0 && page.entryId.length === 0) {
                        note.text = ""
                        mood.reset()
                    }
                }
            }
        }
    ]
}
