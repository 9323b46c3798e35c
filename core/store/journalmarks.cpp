// Marks (issue 26): entries the client marks for a module from the timeline
// ("Bring to my next session"). Kept in the journal (backed up, restored,
// encrypted with it), by the entry's row, so deleting an entry forever takes
// its marks with it (journalpurge.cpp).
#include "journalstore.h"

#include "journalstore_p.h"

#include <sqlite3.h>

namespace tessera::core {

using sdk::Error;
using sdk::Result;
using sdk::Status;

Status JournalStore::setMarked(const QString& pluginId, const QString& entryId, bool marked)
{
    if (pluginId.isEmpty())
        return sdk::makeError(sdk::ErrorCode::Validation, QStringLiteral("a mark needs the module it is for"));
    Error err;
    auto find = m_db->cached(QStringLiteral("SELECT seq FROM entries WHERE uuid = ?"), &err);
    if (!find)
        return err;
    find->bind(1, entryId);
    if (!find->next())
        {
        if (find->failed())
            return m_db->error(QStringLiteral("finding an entry to mark"), find->rc());
        return entryNotFound(entryId);
    }
    const qint64 seq = find->int64(0);
    find->reset();
    if (Status s = writable(); !s.ok())
        return s.error();
    auto write = m_db->cached(marked ? QStringLiteral("INSERT OR IGNORE INTO marks (plugin_id, entry_seq, marked_at) VALUES (?, ?, ?)")
                                     : QStringLiteral("DELETE FROM marks WHERE plugin_id = ? AND entry_seq = ?"),
                              &err);
    if (!write)
        return err;
    write->bind(1, pluginId).bind(2, seq);
    if (marked)
        write->bind(3, QDateTime::currentSecsSinceEpoch());
    if (write->run() != SQLITE_DONE)
        return m_db->error(marked ? QStringLiteral("marking an entry") : QStringLiteral("removing a mark"), write->rc());
    if (m_db->changes() > 0)
        emit marksChanged(pluginId);
    return {};
}

Result<QStringList> JournalStore::markedIds(const QString& pluginId, bool includeDeleted) const
{
    Error err;
    auto s = m_db->cached(includeDeleted
                              ? QStringLiteral("SELECT e.uuid FROM marks m JOIN entries e ON e.seq = m.entry_seq "
                                               "WHERE m.plugin_id = ? ORDER BY m.rowid")
                              : QStringLiteral("SELECT e.uuid FROM marks m JOIN entries e ON e.seq = m.entry_seq "
                                               "WHERE m.plugin_id = ? AND e.deleted_at IS NULL ORDER BY m.rowid"),
                          &err);
    if (!s)
        return err;
    s->bind(1, pluginId);
    QStringList out;
    while (s->next())
        out << s->text(0);
    if (s->failed())
        return m_db->error(QStringLiteral("reading marks"), s->rc());
    return out;
}

Result<QHash<QString, QStringList>> JournalStore::allMarks() const
{
    Error err;
    auto s = m_db->cached(QStringLiteral("SELECT e.uuid, m.plugin_id FROM marks m JOIN entries e ON e.seq = m.entry_seq "
                                         "WHERE e.deleted_at IS NULL ORDER BY m.plugin_id"),
                          &err);
    if (!s)
        return err;
    QHash<QString, QStringList> out;
    while (s->next())
        out[s->text(0)] << s->text(1);
    if (s->failed())
        return m_db->error(QStringLiteral("reading marks"), s->rc());
    return out;
}

} // namespace tessera::core
