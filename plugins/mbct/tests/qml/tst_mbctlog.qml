import QtQuick
import QtQuick.Controls
import QtTest

// Issue 18: the practice log lists a page of the newest practices; "Show
// older" (mouse or keyboard) adds the next page below them.
Item {
    id: root
    width: 1000
    height: 3000

    TestCase {
        name: "MbctLog"
        when: windowShown

        function cards(item) {
            let n = item && item.summary !== undefined && item.moduleColor !== undefined ? 1 : 0
            const children = item ? item.children : []
            for (let i = 0; i < children.length; ++i)
                n += cards(children[i])
            return n
        }

        function test_showOlder() {
            const backend = journalProbe.backend("mbct")
            verify(backend)
            verify(journalProbe.count("mbct/practice") > 20, "the demo journal has a few months of practices")
            compare(backend.recent.length, 10)
            const p = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/Tessera/Plugins/Mbct/LogPage.qml"), root,
                                            { backend: backend, width: 1000, height: 3000 })
            verify(p)
            const older = findChild(p, "showOlder")
            verify(older && older.visible)
            compare(older.text, "Show older")
            compare(older.Accessible.name, "Show older practices")
            const shown = cards(p)
            compare(shown, 10)
            mouseClick(older)
            compare(backend.recent.length, 20)
            compare(cards(p), 20)
            older.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(backend.recent.length, 30)
            // Each row is the next older practice: no repeats.
            const ids = backend.recent.map(r => r.id)
            compare(new Set(ids).size, ids.length)
        }
    }
}
