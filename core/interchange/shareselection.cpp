#include "shareselection.h"

namespace tessera::core {

sdk::EntryQuery ShareSelection::query() const
{
    sdk::EntryQuery q = extra;
    q.kinds = kinds;
    q.pluginIds = modules;
    // By UTC instant, widened by the largest offset; admits() cuts by local day.
    q.from = from.isValid() ? from.startOfDay(Qt::UTC).addSecs(-kMaxEntryOffsetSeconds) : extra.from;
    q.to = to.isValid() ? to.addDays(1).startOfDay(Qt::UTC).addSecs(kMaxEntryOffsetSeconds) : extra.to;
    q.oldestFirst = true;
    q.cursor.clear();
    q.limit = 500;
    return q;
}

bool ShareSelection::admits(const sdk::Entry& entry) const
{
    if (!kinds.isEmpty() && !kinds.contains(entry.kind))
        return false;
    if (!modules.isEmpty() && !modules.contains(entry.pluginId))
        return false;
    if (entry.isPrivate() && !includePrivate)
        return false;
    const QDate day = entry.localOccurredAt().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

sdk::Result<qint64> forEachSelected(const JournalStore& store, const ShareSelection& selection,
                                    const std::function<sdk::Status(const sdk::Entry&)>& each, bool withPayload)
{
    sdk::EntryQuery q = selection.query();
    q.withPayload = withPayload;
    qint64 given = 0;
    for (;;) {
        auto page = store.query(q);
        if (!page.ok())
            return page.error();
        for (const sdk::Entry& e : std::as_const(page->entries)) {
            if (!selection.admits(e))
                continue;
            if (sdk::Status s = each(e); !s.ok())
                return s.error();
            ++given;
        }
        if (page->nextCursor.isEmpty())
            break;
        q.cursor = page->nextCursor;
    }
    return given;
}

} // namespace tessera::core
