#include "taborder.h"

#include <QQuickItem>
#include <QQueue>

#include <algorithm>

namespace tessera::core {

namespace {
// A row's place in its list, or -1 for a sibling that is not a row in use.
int indexOf(const QQuickItem* item)
{
    if (!item->isEnabled())
        return -1;
    bool ok = false;
    const int index = item->property("index").toInt(&ok);
    return ok ? index : -1;
}
} // namespace

void TabOrder::keepListOrder(QQuickItem* row) const
{
    QQuickItem* parent = row ? row->parentItem() : nullptr;
    const int index = row ? indexOf(row) : -1;
    if (!parent || index < 0)
        return;
    // The nearest row after it in the list, else the nearest before it.
    QQuickItem* after = nullptr;
    QQuickItem* before = nullptr;
    int afterIndex = 0;
    int beforeIndex = 0;
    for (QQuickItem* sibling : parent->childItems()) {
        const int i = sibling == row ? -1 : indexOf(sibling);
        if (i < 0)
            continue;
        if (i > index && (!after || i < afterIndex)) {
            after = sibling;
            afterIndex = i;
        } else if (i < index && (!before || i > beforeIndex)) {
            before = sibling;
            beforeIndex = i;
        }
    }
    if (after)
        row->stackBefore(after);
    else if (before)
        row->stackAfter(before);
}

QQuickItem* TabOrder::firstStop(QQuickItem* item) const
{
    for (QQuickItem* child : item ? item->childItems() : QList<QQuickItem*>{}) {
        if (!child->isVisible() || !child->isEnabled())
            continue;
        if (child->activeFocusOnTab())
            return child;
        if (QQuickItem* inner = firstStop(child))
            return inner;
    }
    return nullptr;
}

bool TabOrder::scrollPage(QQuickItem* page, int key, int modifiers) const
{
    const auto mods = Qt::KeyboardModifiers(modifiers) & ~Qt::KeypadModifier;
    const bool down = key == Qt::Key_PageDown && mods == Qt::NoModifier;
    const bool up = key == Qt::Key_PageUp && mods == Qt::NoModifier;
    const bool top = key == Qt::Key_Home && mods == Qt::ControlModifier;
    const bool end = key == Qt::Key_End && mods == Qt::ControlModifier;
    if (!page || !(down || up || top || end))
        return false;
    // Qt's Flickable by its class name and properties (its class is private to Qt).
    QQuickItem* flick = nullptr;
    QQueue<QQuickItem*> queue;
    queue.enqueue(page);
    while (!queue.isEmpty() && !flick) {
        QQuickItem* item = queue.dequeue();
        if (!item->isVisible())
            continue;
        if (item->inherits("QQuickFlickable") && item->height() >= page->height() / 2)
            flick = item;
        for (QQuickItem* child : item->childItems())
            queue.enqueue(child);
    }
    if (!flick || (end && flick->inherits("QQuickListView")))
        return false;
    const auto number = [flick](const char* name) { return flick->property(name).toReal(); };
    // A list's header sits above its origin (the timeline's chart and filters).
    qreal origin = number("originY");
    if (const auto* header = flick->property("headerItem").value<QQuickItem*>())
        origin = std::min(origin, header->y());
    const qreal first = origin - number("topMargin");
    const qreal last = std::max(first, number("originY") + number("contentHeight") + number("bottomMargin") - flick->height());
    const qreal margin = 24; // as ModulePage's
    const qreal step = std::max(margin, flick->height() - 2 * margin);
    qreal y = number("contentY");
    if (down)
        y += step;
    else if (up)
        y -= step;
    else
        y = top ? first : last;
    flick->setProperty("contentY", std::clamp(y, first, last));
    return true;
}

} // namespace tessera::core
