import QtQuick
import Tessera.Ui

// The focus on the timeline: the standard card, in today's words. A focus
// chosen before the rename is stored with the title "Focus: Loneliness and
// isolation (interpersonal deficits)"; its area id is still "deficits", so the
// card names the area from the id, whatever title the entry carries.
EntryCard {
    id: card
    objectName: "focusCard"
    property var entry: ({})

    readonly property string area: entry.payload && entry.payload.area ? entry.payload.area : ""
    title: area === "deficits" ? qsTr("Focus: %1").arg(qsTr("Social isolation and loneliness")) : (entry.title || "")
    summary: entry.summary || ""
    mood: entry.mood
    time: entry.time || ""
    kindTitle: entry.kindTitle || ""
    moduleColor: entry.moduleColor || Theme.accent
}
