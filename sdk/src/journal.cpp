#include <tessera/sdk/journal.h>

#include <QTimer>

#include <algorithm>

namespace tessera::sdk {

Journal::Journal(QObject* parent) : QObject(parent), m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &Journal::changed);
    auto schedule = [this] {
        if (!m_coalesce->isActive())
            m_coalesce->start();
    };
    connect(this, &Journal::entryChanged, this, schedule);
    connect(this, &Journal::reloaded, this, schedule);
}

Journal::~Journal() = default;

Result<QList<Entry>> Journal::all(EntryQuery q, int max) const
{
    QList<Entry> out;
    q.cursor.clear();
    while (out.size() < max) {
        // Never more than asked for: all(q, 20) reads 20 entries, not a page of 1,000.
        q.limit = static_cast<int>(std::min<qsizetype>(1000, max - out.size()));
        auto page = query(q);
        if (!page.ok())
            return page.error();
        out += page->entries;
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    if (out.size() > max)
        out.resize(max);
    return out;
}

} // namespace tessera::sdk
