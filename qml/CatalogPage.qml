import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Every module Tessera found, whether it is on, and why not.
Item {
    id: page
    readonly property bool ready: true
    // Why the last change could not be made ("" when it was). The header is a
    // component of its own, so the delegates cannot name its items.
    property string problem: ""

    ListView {
        id: list
        objectName: "catalogList"
        anchors.fill: parent
        anchors.topMargin: Theme.pageMargin
        anchors.bottomMargin: Theme.pageMargin
        // The page skeleton (Theme), as on the timeline: a centred column, a list spanning the page.
        readonly property real columnWidth: Theme.contentWidth(width)
        leftMargin: Theme.contentX(width)
        onLeftMarginChanged: contentX = -leftMargin
        spacing: Theme.smallSpacing
        clip: true
        model: catalog
        focus: true
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Modules")
        // The header grows as its text wraps; ListView keeps its old position, which cut
        // the page title off at 800x600. Near the top, start at the top, as the timeline
        // does (and why not with positionViewAtBeginning(): TimelinePage.qml).
        // Only while the page shows its top, as the timeline (atTop there).
        property bool atTop: true
        onContentYChanged: atTop = headerItem ? contentY <= headerItem.y + 1 : true
        function keepHeaderInView() {
            if (atTop && headerItem && !moving && contentY > headerItem.y && contentY < headerItem.y + headerItem.height)
                contentY = headerItem.y
        }
        header: ColumnLayout {
            width: list.columnWidth
            spacing: Theme.spacing
            // At once after it is made, deferred while it is being made (why: TimelinePage.qml).
            property bool made: false
            Component.onCompleted: made = true
            onHeightChanged: made ? list.keepHeaderInView() : Qt.callLater(list.keepHeaderInView)
            PageHeader {
                title: qsTr("Modules")
                subtitle: catalog.locked ? qsTr("Your modules are chosen by %1.").arg(catalog.lockedBy)
                                         : qsTr("Turn modules on or off. What you have written stays in your journal either way.")
            }
            Label {
                objectName: "trustAdvice"
                text: qsTr("A module is a program: keep on only modules you trust, such as those that come with Tessera or from your clinic.")
                color: Theme.subtleText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            InlineMessage {
                error: false
                text: catalog.restartNeeded ? qsTr("Your changes take effect the next time you open Tessera.") : ""
                Layout.fillWidth: true
            }
            InlineMessage { objectName: "catalogProblem"; text: page.problem; Layout.fillWidth: true }
            Label {
                visible: catalog.profileWarnings.length > 0
                text: qsTr("For your clinic: %1.").arg(catalog.profileWarnings.join("; "))
                color: Theme.subtleText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { height: 2 }
        }
        delegate: CatalogDelegate {
            width: list.columnWidth
            locked: catalog.locked
            onToggled: (id, on) => page.problem = catalog.setEnabled(id, on)
            onAllowReads: id => page.problem = catalog.allowReads(id)
            onRefuseReads: id => page.problem = catalog.refuseReads(id)
        }
    }
}
