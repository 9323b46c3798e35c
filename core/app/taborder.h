// Keeps a reusing list's rows in Qt's Tab order as they are in the list.
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QQuickItem;
QT_END_NAMESPACE

namespace tessera::core {

/// Qt Quick's Tab order follows the order of an item's children, which for a
/// ListView's rows is the order they were made (or taken back from the reuse
/// pool) in, not the list's: after scrolling up, or once rows are reused, Tab
/// went from row 20 to row 3. The shell's `tabOrder.keepListOrder(row)`, called
/// by a delegate when it is made or reused, moves the row among its siblings to
/// where its `index` puts it. Siblings without an `index` (the header, section
/// headings) keep their places, and disabled rows (kept for reuse) are skipped.
/// (`QQuickItem::stackBefore()` is not invokable from QML in Qt 6.4.)
class TabOrder : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    Q_INVOKABLE void keepListOrder(QQuickItem* row) const;
    /// The first control Tab reaches inside `item` (visible, enabled, taking the
    /// focus on Tab), in Qt's order; null for none. The shell's Tab into a page just
    /// opened, and a timeline row handing the focus to its card.
    Q_INVOKABLE QQuickItem* firstStop(QQuickItem* item) const;
    /// Page Down and Page Up (a screen less a margin), Ctrl+Home and Ctrl+End
    /// (the top and the end; not the end of a list, which loads as it scrolls)
    /// on the page `page` shows: its first visible Flickable at least half its
    /// height, breadth first. True when the key scrolled it (or it was there
    /// already). The shell's, for keys no control used: the focus on the
    /// navigation, or on nothing after a click on the page.
    Q_INVOKABLE bool scrollPage(QQuickItem* page, int key, int modifiers) const;
};

} // namespace tessera::core
