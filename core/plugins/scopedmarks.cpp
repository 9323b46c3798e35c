#include "scopedmarks.h"

#include "store/journalstore.h"

#include <tessera/sdk/journal.h>

namespace tessera::core {

ScopedMarks::ScopedMarks(JournalStore& store, QString pluginId, bool enabled, sdk::Journal* journal)
    : m_store(store), m_pluginId(std::move(pluginId)), m_enabled(enabled), m_journal(journal)
{
    if (!m_enabled)
        return;
    refreshIds();
    connect(&m_store, &JournalStore::marksChanged, this, [this](const QString& pluginId) {
        if (pluginId != m_pluginId)
            return;
        refreshIds();
        if (m_journal)
            emit m_journal->reloaded();
    });
    connect(&m_store, &JournalStore::entryChanged, this, [this](sdk::ChangeType, const QString& id, const QString&) {
        // A marked entry edited, deleted (it leaves marked()) or restored (it comes back).
        if (!m_ids.contains(id))
            return;
        refreshIds();
        if (m_journal)
            emit m_journal->reloaded();
    });
    connect(&m_store, &JournalStore::reset, this, [this] { refreshIds(); });
}

void ScopedMarks::refreshIds()
{
    // Deleted entries too, so restoring one is noticed.
    m_ids.clear();
    const auto all = m_store.markedIds(m_pluginId, true);
    if (all.ok())
        m_ids = QSet<QString>(all->cbegin(), all->cend());
}

sdk::Result<QList<sdk::Entry>> ScopedMarks::marked() const
{
    QList<sdk::Entry> out;
    if (!m_enabled)
        return out;
    const auto ids = m_store.markedIds(m_pluginId);
    if (!ids.ok())
        return ids.error();
    for (const QString& id : *ids) {
        auto e = m_store.get(id);
        if (e.ok() && !e->isDeleted())
            out << *e;
    }
    return out;
}

sdk::Status ScopedMarks::unmark(const QString& entryId)
{
    // Only its own marks: an id not marked for it answers ok whatever it
    // is, so unmark() tells a module nothing about entries it cannot read.
    if (!m_enabled || !m_ids.contains(entryId))
        return {};
    return m_store.setMarked(m_pluginId, entryId, false);
}

} // namespace tessera::core
