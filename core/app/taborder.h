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
};

} // namespace tessera::core
