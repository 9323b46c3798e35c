import QtQuick
import QtQuick.Controls
import QtTest
import Tessera.Shell
import Tessera.Ui

// Text never overlaps other text, on any page of the shell or of any bundled
// module, at 800x600, 1280x800 and 1920x1080 (a slider's label on top of the
// slider above it, a heading on a chart, a title under a button...).
Item {
    id: root
    width: 400
    height: 300

    Component { id: mainComponent; Main {} }

    // Visible text items (Text and Label: they have `elide`) below `item`.
    function texts(item, out) {
        if (!item || !item.visible || item.opacity === 0)
            return out
        if (item.elide !== undefined && item.text !== undefined && String(item.text).trim().length > 0
                && item.contentWidth > 0 && item.contentHeight > 0)
            out.push(item)
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i)
            texts(kids[i], out)
        return out
    }

    // Where the text is painted, in window coordinates, cut to what its clipping ancestors show.
    function paintedRect(t) {
        const w = t.contentWidth, h = t.contentHeight
        let x = 0, y = 0
        if (t.horizontalAlignment === Text.AlignRight)
            x = t.width - w
        else if (t.horizontalAlignment === Text.AlignHCenter)
            x = (t.width - w) / 2
        if (t.verticalAlignment === Text.AlignBottom)
            y = t.height - h
        else if (t.verticalAlignment === Text.AlignVCenter)
            y = (t.height - h) / 2
        const p = t.mapToItem(null, x, y)
        let r = { x1: p.x, y1: p.y, x2: p.x + w, y2: p.y + h }
        for (let a = t.parent; a; a = a.parent) {
            if (a.clip) {
                const q = a.mapToItem(null, 0, 0)
                r = { x1: Math.max(r.x1, q.x), y1: Math.max(r.y1, q.y),
                      x2: Math.min(r.x2, q.x + a.width), y2: Math.min(r.y2, q.y + a.height) }
            }
        }
        return r
    }

    function overlaps(win) {
        const found = []
        const items = texts(win.contentItem, [])
        const rects = items.map(paintedRect)
        for (let i = 0; i < items.length; ++i) {
            const a = rects[i]
            if (a.x2 - a.x1 < 1 || a.y2 - a.y1 < 1)
                continue
            for (let j = i + 1; j < items.length; ++j) {
                const b = rects[j]
                const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)
                const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1)
                if (w > 3 && h > 3)
                    found.push("\"" + String(items[i].text).slice(0, 40) + "\" and \"" + String(items[j].text).slice(0, 40)
                               + "\" overlap by " + Math.round(w) + "x" + Math.round(h) + " px (at " + Math.round(a.x1) + ","
                               + Math.round(a.y1) + " and " + Math.round(b.x1) + "," + Math.round(b.y1) + ")")
            }
        }
        return found
    }

    // A page's header (PageHeader: a title and a subtitle; a ModulePage has both too, but
    // it is the scrolling page around the header, with a contentItem).
    function pageHeader(item) {
        if (!item || !item.visible)
            return null
        if (item.title !== undefined && item.subtitle !== undefined && item.summary === undefined && item.description === undefined
                && item.contentItem === undefined)
            return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const h = pageHeader(kids[i])
            if (h)
                return h
        }
        return null
    }

    // The page's content column: the header's ancestor that a Flickable (a ScrollView's
    // or a ListView's) scrolls, in window coordinates.
    function contentColumn(win) {
        let a = pageHeader(win.contentItem)
        if (!a)
            return null
        while (a.parent && !(a.parent.parent && a.parent.parent.contentItem === a.parent))
            a = a.parent
        const p = a.mapToItem(null, 0, 0)
        const flickable = a.parent.parent
        const f = flickable.mapToItem(null, 0, 0)
        return { x: Math.round(p.x), width: Math.round(a.width),
                 left: Math.round(p.x - f.x), right: Math.round(f.x + flickable.width - p.x - a.width) }
    }

    TestCase {
        name: "Layout"
        when: windowShown

        // Issue 17: content widths differed (760 px for check-in and write, 860 for module pages,
        // the full width for the timeline, modules and settings at 1920x1080). Every page's
        // column is now as wide as the others (Theme.contentMaxWidth at most) and centred.
        function test_everyPageHasTheSameCentredColumn_data() {
            return [{ tag: "800x600", w: 800, h: 600 }, { tag: "1280x800", w: 1280, h: 800 }, { tag: "1920x1080", w: 1920, h: 1080 }]
        }

        function test_everyPageHasTheSameCentredColumn(data) {
            const win = createTemporaryObject(mainComponent, root, { startPage: "timeline", width: data.w, height: data.h })
            verify(win)
            tryVerify(() => win.visible)
            const columns = []
            const problems = []
            for (const item of app.navigation) {
                win.open(item.key)
                tryVerify(() => win.screenshotReady, 5000, item.key + " never became ready")
                wait(30)
                const c = contentColumn(win)
                if (!c) {
                    problems.push(item.key + ": no page header")
                    continue
                }
                columns.push({ key: item.key, x: c.x, width: c.width })
                // Centred: as much room left of the column as right of it.
                if (Math.abs(c.left - c.right) > 1)
                    problems.push(item.key + ": not centred (" + c.left + " px on the left, " + c.right + " px on the right)")
            }
            verify(columns.length > 15, "only " + columns.length + " pages")
            const first = columns[0]
            verify(first.width <= Theme.contentMaxWidth, first.key + " is " + first.width + " px wide")
            for (const c of columns) {
                if (Math.abs(c.x - first.x) > 1 || Math.abs(c.width - first.width) > 1)
                    problems.push(c.key + ": " + c.width + " px wide at x " + c.x + ", " + first.key + ": " + first.width + " px at x " + first.x)
            }
            if (win.width >= 1920)
                compare(first.width, Theme.contentMaxWidth)
            verify(problems.length === 0, problems.length + " pages differ at " + data.tag + ":\n" + problems.join("\n"))
        }

        // Issue 30, twelfth round: page headers put their buttons beside the title where there
        // is room. Deciding a GridLayout's columns from its width kept the one column it was
        // made with in the app (Today's "Open the timeline" went under its title at 1280x800).
        function test_headerButtonsBesideTheTitleWhenThereIsRoom() {
            const win = createTemporaryObject(mainComponent, root, { startPage: "today", width: 1280, height: 800 })
            verify(win)
            tryVerify(() => win.screenshotReady, 5000)
            wait(30)
            const button = findChild(win.contentItem, "openTimelineButton")
            verify(button)
            const title = findChild(win.contentItem, "todayPage")
            const at = button.mapToItem(title, 0, 0)
            verify(at.y < 40, `"Open the timeline" is at y ${at.y}, under the title with room beside it`)
        }

        function test_noTextOverlapsOnAnyPage_data() {
            return [{ tag: "800x600", w: 800, h: 600 }, { tag: "1280x800", w: 1280, h: 800 }, { tag: "1920x1080", w: 1920, h: 1080 }]
        }

        function test_noTextOverlapsOnAnyPage(data) {
            const win = createTemporaryObject(mainComponent, root, { startPage: "timeline", width: data.w, height: data.h })
            verify(win)
            tryVerify(() => win.visible)
            const problems = []
            let pages = 0
            for (const item of app.navigation) {
                win.open(item.key)
                tryVerify(() => win.screenshotReady, 5000, item.key + " never became ready")
                wait(30)
                // Lists settle as cards arrive: only an overlap that is still there a moment later counts.
                let found = overlaps(win)
                if (found.length > 0) {
                    wait(500)
                    found = overlaps(win)
                }
                for (const p of found)
                    problems.push(item.key + ": " + p)
                ++pages
            }
            verify(pages > 15, "only " + pages + " pages")
            verify(problems.length === 0, problems.length + " overlaps at " + data.tag + ":\n" + problems.join("\n"))
        }
    }
}
