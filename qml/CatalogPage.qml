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

    // The header grows as its text wraps (800x600): its title stays in view at the top.
    KeepHeaderInView { list: list }

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
        header: ColumnLayout {
            width: list.columnWidth
            spacing: Theme.spacing
            PageHeader {
                title: qsTr("Modules")
                // Said plainly that they cannot be changed here (a clinic admin's try).
                subtitle: catalog.locked ? qsTr("Your modules are chosen by %1, and cannot be turned on or off here.").arg(catalog.lockedBy)
                                         : qsTr("Turn modules on or off. What you have written stays in your journal either way.")
            }
            Label {
                objectName: "trustAdvice"
                visible: !catalog.locked // advice the client cannot act on under a clinic's choice
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
                // One line each: several joined with "; " were one paragraph hard to read.
                text: qsTr("For your clinic, from the profile:") + "\n" + catalog.profileWarnings.map(w => "• " + w).join("\n")
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
