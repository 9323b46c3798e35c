import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Unfinished drafts first, then recent finished records; each opens in the
// thought record page. Both lists show their newest page; "Show older" reads
// the next (issue 18).
ModulePage {
    id: page
    title: qsTr("My thought records")

    FormSection {
        title: qsTr("Drafts to finish")
        visible: page.backend && (page.backend.drafts.length > 0 || page.backend.moreDrafts)
        description: qsTr("Pick up where you left off, whenever you are ready.")
        Repeater {
            model: page.backend ? page.backend.drafts : []
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.title; summary: modelData.summary; time: modelData.when
                kindTitle: modelData.statusLabel; moduleColor: Theme.subtleText
                onActivated: page.openEntry(modelData.id)
            }
        }
        Button {
            objectName: "olderDrafts"
            visible: page.backend ? page.backend.moreDrafts : false
            text: qsTr("Show older drafts")
            flat: true
            Accessible.name: text
            onClicked: page.backend.showOlderDrafts()
        }
    }
    FormSection {
        title: qsTr("Finished records")
        Repeater {
            model: page.backend ? page.backend.recentRecords : []
            delegate: EntryCard {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.title; summary: modelData.summary; time: modelData.when
                kindTitle: qsTr("Thought record"); moduleColor: "#b07a4f"
                onActivated: page.openEntry(modelData.id)
            }
        }
        Button {
            id: olderRecords
            objectName: "olderRecords"
            visible: page.backend ? page.backend.moreRecords : false
            text: qsTr("Show older records")
            flat: true
            // Wraps in a narrow card (Spanish at 800x600 and 200 %: the list 33 px past the window).
            contentItem: ButtonLabel { control: olderRecords }
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Accessible.name: text
            onClicked: page.backend.showOlderRecords()
        }
        EmptyState {
            visible: page.backend && page.backend.recentRecords.length === 0 && !page.backend.moreRecords
            Layout.fillWidth: true
            title: qsTr("No finished records yet")
            message: qsTr("When a thought keeps pulling you down, a thought record helps you look at it more evenly.")
        }
    }
}
