import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// The mood-and-relationships log: an event with someone and the mood it
// went with; below, which people and kinds of event go with higher or lower
// mood than usual. Opened with an entry, it edits that event.
ModulePage {
    id: page
    title: qsTr("Mood and people")
    subtitle: qsTr("Note time with someone and how your mood was, to see which relationships lift or weigh on you.")
    readonly property bool editing: entryId.length > 0
    readonly property var insights: backend ? backend.insights : ({})
    property string tone: "mixed"

    Component.onCompleted: {
        if (!editing)
            return
        const e = backend.loadEntry(entryId)
        if (e.kind !== "event")
            return
        who.set(e.person, e.personKey)
        what.text = e.event
        page.tone = e.tone
        if (e.mood !== undefined)
            mood.setValue(e.mood)
    }

    FormSection {
        title: page.editing ? qsTr("This event") : qsTr("What happened")
        PersonPicker { id: who; people: page.backend ? page.backend.people : [] }
        Label { text: qsTr("What happened"); color: Theme.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        TextField { id: what; objectName: "event"; Layout.fillWidth: true; placeholderText: qsTr("e.g. lunch together, an argument on the phone"); Accessible.name: qsTr("What happened") }
        Label { text: qsTr("How it felt"); color: Theme.subtleText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        ChipPicker {
            objectName: "tone"
            multiple: false
            accessibleLabel: qsTr("How it felt")
            model: page.backend ? page.backend.toneOptions.map(o => o.label) : []
            selected: page.backend ? page.backend.toneOptions.filter(o => o.code === page.tone).map(o => o.label) : []
            onToggled: (l, on) => { if (on) page.tone = page.backend.toneOptions.find(o => o.label === l).code }
        }
        RatingSlider { id: mood; objectName: "mood"; Layout.fillWidth: true; label: qsTr("My mood afterwards"); lowHint: qsTr("0 · very low"); highHint: qsTr("10 · very good"); value: 5 }
        InlineMessage { id: saved; error: false; Layout.fillWidth: true }
        DeleteWithUndo {
            id: deletion
            backend: page.backend
            entryId: page.editing ? page.entryId : ""
            message: qsTr("Event deleted.")
            actionSpacing: Theme.spacing
            Button {
                objectName: "save"
                enabled: !deletion.deleted
                text: page.editing ? qsTr("Save changes") : qsTr("Save")
                highlighted: true
                Accessible.name: text
                onClicked: {
                    const id = page.backend.logEvent(page.editing ? page.entryId : "",
                                                     { person: who.name, personKey: who.personKey, event: what.text, tone: page.tone,
                                                       mood: mood.hasValue ? Math.round(mood.value) : -1 }) // unset: the backend asks for it
                    if (id.length === 0)
                        return
                    if (page.editing) {
                        page.done()
                    } else {
                        saved.text = qsTr("Saved.")
                        what.text = ""
                        mood.reset()
                    }
                }
            }
        }
    }
    // Under the error line, so a refused save says why just below the form.
    belowError: [
        FormSection {
            visible: !page.editing
            title: qsTr("Who and what goes with your mood")
            description: page.insights.note || ""
            Label {
                visible: (page.insights.events || 0) > 0
                objectName: "insightsPeriod"
                text: qsTr("In the last %1 weeks, your mood after %2 events averages %3 out of 10.").arg(page.insights.weeks).arg(page.insights.events).arg(Number(page.insights.overall).toLocaleString(Qt.locale(), "f", 1))
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                color: Theme.text
            }
            Repeater {
                model: page.insights.people || []
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    // Each part gives way where the card is narrower than the three (a small window, large text).
                    Label { text: modelData.name; color: Theme.text; font.bold: true; Layout.fillWidth: true; Layout.preferredWidth: 140 * Theme.textScale; Layout.maximumWidth: 140 * Theme.textScale; elide: Text.ElideRight }
                    Item {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 140
                        Layout.maximumWidth: 140
                        Layout.preferredHeight: 10
                        Rectangle {
                            width: Math.min(parent.width, 12 + Math.abs(modelData.difference) * 40)
                            height: parent.height
                            radius: 5
                            color: modelData.difference >= 0 ? Theme.positive : Theme.danger
                            opacity: Math.abs(modelData.difference) < 0.5 ? 0.35 : 0.8
                        }
                    }
                    Label {
                        text: qsTr("%1 on average over %2 events, %3").arg(Number(modelData.average).toLocaleString(Qt.locale(), "f", 1)).arg(modelData.count).arg(modelData.text)
                        color: Theme.subtleText
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.name + ": " + Number(modelData.average).toLocaleString(Qt.locale(), "f", 1) + ", " + modelData.text
                }
            }
            Repeater {
                model: page.insights.tones || []
                delegate: Label {
                    required property var modelData
                    text: qsTr("%1 moments: %2 on average (%3)").arg(modelData.name).arg(Number(modelData.average).toLocaleString(Qt.locale(), "f", 1)).arg(modelData.count)
                    color: Theme.subtleText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        },
        FormSection {
            visible: !page.editing && page.backend && page.backend.events.length > 0
            title: qsTr("Latest")
            Repeater {
                model: page.backend ? page.backend.events : []
                delegate: EntryCard {
                    required property var modelData
                    Layout.fillWidth: true
                    title: modelData.title
                    summary: modelData.summary
                    time: modelData.when
                    mood: modelData.mood
                    moduleColor: "#a0708a"
                    onActivated: page.openEntry(modelData.id)
                }
            }
            ShowOlderButton { backend: page.backend; list: "events"; text: qsTr("Show older events") }
        }
    ]
}
