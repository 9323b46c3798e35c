import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tessera.Ui

// Hosts one page of a module. The page gets `backend` (the module's QML
// backend object) and `entryId` (an entry to open, or ""). A page that
// fails to load shows why; the rest of the app goes on.
Item {
    id: host
    property string url
    property string moduleId
    property string title
    property string entryId
    property string error
    property bool ready: false
    signal openEntry(string entryId)
    signal openPage(string key)
    signal done()

    function create(component) {
        if (component.status === Component.Error) {
            host.error = component.errorString()
            console.warn("Tessera: page", host.url, "failed to load:", host.error)
        } else {
            const page = component.createObject(container, { backend: app.backend(host.moduleId), entryId: host.entryId })
            if (page === null) {
                host.error = qsTr("The page could not be created.")
            } else {
                page.anchors.fill = container
                if (page.done !== undefined)
                    page.done.connect(host.done)
                if (page.openEntry !== undefined)
                    page.openEntry.connect(host.openEntry)
                if (page.openPage !== undefined)
                    page.openPage.connect(pageId => host.openPage(host.moduleId + "/" + pageId))
            }
        }
        host.ready = true
    }

    Component.onCompleted: {
        const component = Qt.createComponent(host.url, Component.PreferSynchronous)
        if (component.status === Component.Loading)
            component.statusChanged.connect(() => host.create(component))
        else
            host.create(component)
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
