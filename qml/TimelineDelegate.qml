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
    required property int index
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
        // The module's card, made by the host in the module's own QML context
        // from the entry's row: it gets `entry` (with the payload) and nothing else.
        Item {
            id: cardHost
            property Item card: null
            implicitHeight: card ? card.implicitHeight : fallback.implicitHeight
            EntryCard {
                id: fallback
                objectName: "entryCard"
                visible: cardHost.card === null
                width: parent.width
                title: row.title
                summary: row.summary
                mood: row.mood
                time: row.time
                moduleName: row.moduleName
                kindTitle: row.kindTitle
                moduleColor: row.moduleColor
                onActivated: row.activated(row.entryId)
            }
            Component.onCompleted: {
                const made = modulePages.createCard(cardHost, row.index, row.entryId)
                if (made.card === undefined)
                    return
                const card = made.card
                card.width = Qt.binding(() => cardHost.width)
                if (card.activated !== undefined)
                    card.activated.connect(() => row.activated(row.entryId))
                cardHost.card = card
            }
        }
    }
}
