import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Hosts one page of a module. The page is made by the host (modulePages), in
// its module's own QML context: it gets `backend` (its module's backend
// object) and `entryId` (an entry to open, or ""), and sees nothing of the
// shell. A page that fails to load shows why; the rest of the app goes on.
Item {
    id: host
    property string url
    property string moduleId
    property string title
    property string entryId
    property string dueItemId
    property string error
    property bool ready: false
    // The page, for the shell and its tests; not reachable from the page's own context.
    property QtObject page: null
    signal openEntry(string entryId)
    signal openPage(string key)
    signal openItem(string key, string entryId, string dueItemId)
    signal done()

    // A page id from a module page: "plan" is a page of its own module;
    // "cbt/record" another module's page (issue 26: homework points at one);
    // "tessera/today", "tessera/safety-plan", "tessera/crisis" and
    // "tessera/learn" the host's pages a module may send the client to.
    // Anything else opens nothing (an unknown key falls back to Today).
    function pageKey(pageId) {
        const id = String(pageId)
        if (id.indexOf("/") < 0)
            return host.moduleId + "/" + id
        if (id.startsWith("tessera/"))
            return ["today", "safety-plan", "crisis", "learn"].indexOf(id.substring(8)) >= 0 ? id.substring(8) : "today"
        return id
    }

    Component.onCompleted: {
        const made = modulePages.createPage(container, host.moduleId, host.url, host.entryId, host.dueItemId)
        if (made.error !== undefined) {
            host.error = made.error
            console.warn("Tessera: page", host.url, "failed to load:", host.error)
        } else {
            const page = made.page
            page.anchors.fill = container
            if (page.done !== undefined)
                page.done.connect(host.done)
            if (page.openEntry !== undefined)
                page.openEntry.connect(host.openEntry)
            if (page.openPage !== undefined)
                page.openPage.connect(pageId => host.openPage(host.pageKey(pageId)))
            if (page.openPageWith !== undefined) // SDK 2.5
                page.openPageWith.connect((pageId, entryId) => host.openItem(host.pageKey(pageId), String(entryId), ""))
            host.page = page
        }
        host.ready = true
    }

    Item { id: container; anchors.fill: parent }

    PageErrorPanel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        visible: host.error.length > 0
        title: qsTr("“%1” could not be shown").arg(host.title)
        message: host.error
    }
}
