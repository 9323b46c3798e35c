#include "taborder.h"

#include <QQuickItem>

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

} // namespace tessera::core
