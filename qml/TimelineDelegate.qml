import QtQuick
import QtQuick.Controls
import Tessera.Ui

// One timeline row: the module's own card for the kind when it has one,
// else the standard entry card.
Loader {
    id: row
    required property string entryId
    required property string kindTitle
    required property string title
    required property string summary
    required property var mood
    required property string time
    required property string moduleName
    required property string moduleColor
    required property string cardUrl
    required property var payload
    signal activated(string id)

    sourceComponent: cardUrl.length > 0 ? customCard : standardCard

    Component {
        id: standardCard
        EntryCard {
            title: row.title
            summary: row.summary
            mood: row.mood
            time: row.time
            moduleName: row.moduleName
            kindTitle: row.kindTitle
            moduleColor: row.moduleColor
            onActivated: row.activated(row.entryId)
        }
    }
    Component {
        id: customCard
        Loader {
            source: row.cardUrl
            onLoaded: {
                item.entry = { id: row.entryId, title: row.title, summary: row.summary, mood: row.mood,
                               time: row.time, kindTitle: row.kindTitle, moduleColor: row.moduleColor,
                               payload: row.payload }
                if (item.activated !== undefined)
                    item.activated.connect(() => row.activated(row.entryId))
            }
        }
    }
}
