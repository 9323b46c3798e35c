#include <tessera/sdk/journal.h>

namespace tessera::sdk {

Journal::Journal(QObject* parent) : QObject(parent) {}

Journal::~Journal() = default;

Result<QList<Entry>> Journal::all(EntryQuery q, int max) const
{
    QList<Entry> out;
    q.limit = 1000;
    q.cursor.clear();
    while (out.size() < max) {
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
