#include "scopedjournal.h"

#include "journalstore.h"
#include "payloadpolicy.h"

#include "host/logging.h"
#include "host/qstringformatter.h"

#include <QJsonDocument>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace tessera::core {

using sdk::Entry;
using sdk::EntryDraft;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

namespace {
QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

// A kind no entry has ("tessera" is the host's reserved id and it has no
// such kind): a query whose kinds were all refused asks for this, so it runs
// the same checks and gives the same empty answer as one with no matches.
const QString kNoKind = QStringLiteral("tessera/no-kind");
} // namespace

ScopedJournal::ScopedJournal(JournalStore& store, const PayloadPolicy& policy, QString pluginId,
                             QSet<QString> writable, QSet<QString> readable, QObject* parent)
    : sdk::Journal(parent), m_store(store), m_policy(policy), m_pluginId(std::move(pluginId)),
      m_moduleName(m_pluginId), m_writable(std::move(writable)), m_declared(std::move(readable))
{
    m_declared.unite(m_writable);
    m_readable = m_declared;
    connect(&m_store, &JournalStore::entryChanged, this,
            [this](sdk::ChangeType type, const QString& id, const QString& kind) {
                if (m_readable.contains(kind))
                    emit entryChanged(type, id, kind);
            });
    connect(&m_store, &JournalStore::reset, this, &sdk::Journal::reloaded);
}

ScopedJournal::~ScopedJournal() = default;

QStringList ScopedJournal::writableKinds() const { return sorted(m_writable); }
QStringList ScopedJournal::readableKinds() const { return sorted(m_declared); }

void ScopedJournal::setAllowedReads(const QSet<QString>& kinds, bool announce)
{
    QSet<QString> readable = m_writable;
    for (const QString& kind : kinds) {
        if (m_declared.contains(kind))
            readable.insert(kind);
    }
    if (readable == m_readable)
        return;
    m_readable = readable;
    if (announce)
        emit reloaded(); // what it shows may change: reload, as after an import
}

QSet<QString> ScopedJournal::allowedReads() const { return m_readable - m_writable; }

void ScopedJournal::setWriteLimits(WriteLimits limits, const QString& moduleName, WriteQuota::Clock clock)
{
    m_quota = WriteQuota(limits, std::move(clock));
    m_moduleName = moduleName.isEmpty() ? m_pluginId : moduleName;
    m_loggedFull = WriteQuota::Full::No;
}

Status ScopedJournal::admitWrite()
{
    const WriteQuota::Full full = m_quota.check();
    if (full == WriteQuota::Full::No) {
        m_loggedFull = full;
        return {};
    }
    const WriteLimits limits = m_quota.limits();
    const bool minute = full == WriteQuota::Full::Minute;
    if (m_loggedFull != full) { // once each time the limit is reached, not for every refused write
        m_loggedFull = full;
        logger("plugins")->warn("module {} reached its write limit ({} writes {}); its writes are refused until the "
                                "count falls (\"writeQuota\" in the profile sets the limit)",
                                m_pluginId, minute ? limits.perMinute : limits.perDay, minute ? "a minute" : "a day");
    }
    const QString who = m_moduleName == m_pluginId ? m_pluginId : QStringLiteral("%1 (%2)").arg(m_moduleName, m_pluginId);
    if (minute)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("%1 has saved %2 times in the last minute, the most a module may, so this was "
                                        "not saved. Everything saved before is kept. Wait a minute and try again; if "
                                        "this keeps happening, turn %1 off under Modules and tell whoever made it.")
                             .arg(who).arg(limits.perMinute));
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("%1 has saved %2 times in the last 24 hours, the most a module may, so this was "
                                    "not saved. Everything saved before is kept. Try again later today or tomorrow; "
                                    "if this keeps happening, turn %1 off under Modules and tell whoever made it.")
                         .arg(who).arg(limits.perDay));
}

QString ScopedJournal::fullKind(const QString& kind) const
{
    return kind.contains(QLatin1Char('/')) ? kind : m_pluginId + QLatin1Char('/') + kind;
}

Status ScopedJournal::checkWritable(const QString& kind) const
{
    if (m_writable.contains(kind))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("module \"%1\" may not write entries of kind \"%2\"; it writes only the kinds "
                                    "its manifest owns (%3)")
                         .arg(m_pluginId, kind, sorted(m_writable).join(QStringLiteral(", "))));
}

Status ScopedJournal::checkDeclared(const QString& kind) const
{
    if (m_declared.contains(kind))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("module \"%1\" may not read entries of kind \"%2\"; add it to \"reads\" in "
                                    "the manifest to ask for access").arg(m_pluginId, kind));
}

Result<Entry> ScopedJournal::visible(const QString& id) const
{
    auto entry = m_store.get(id);
    if (!entry.ok())
        return entry;
    // Not "permission denied, kind X": that would tell the module the entry
    // exists and what it is. The store's own words for an unknown id.
    if (!m_readable.contains(entry->kind))
        return JournalStore::entryNotFound(id);
    return entry;
}

Result<Entry> ScopedJournal::readable(const QString& id) const
{
    auto entry = visible(id);
    if (!entry.ok())
        return entry;
    Entry e = std::move(entry).value();
    m_policy.upgrade(e);
    counted(e);
    return e;
}

void ScopedJournal::counted(const Entry& e) const
{
    ++m_reads.entries;
    if (m_measureBytes)
        m_reads.payloadBytes += QJsonDocument(e.payload).toJson(QJsonDocument::Compact).size();
}

Result<Entry> ScopedJournal::writable(const QString& id) const
{
    auto entry = visible(id);
    if (!entry.ok())
        return entry;
    if (Status s = checkWritable(entry->kind); !s.ok())
        return s.error(); // an entry it can read anyway: nothing is revealed
    return entry;
}

Result<EntryDraft> ScopedJournal::prepareWrite(const EntryDraft& draft) const
{
    EntryDraft d = draft;
    d.kind = fullKind(draft.kind);
    if (Status s = checkWritable(d.kind); !s.ok())
        return s.error();
    return d;
}

Result<Entry> ScopedJournal::add(const EntryDraft& draft)
{
    auto d = prepareWrite(draft);
    if (!d.ok())
        return d.error();
    if (Status s = admitWrite(); !s.ok())
        return s.error();
    // The module's own kinds: its module is loaded, so a policy that cannot
    // find it (Unavailable) is a reason to refuse, never to skip the check.
    auto added = counting(m_store.addChecked(*d, JournalStore::WriteCheck{&m_policy, JournalStore::Unowned::Refuse}));
    if (added.ok() && m_recording)
        m_recording->added << added->id;
    return added;
}

Result<Entry> ScopedJournal::update(const QString& id, const EntryDraft& draft)
{
    if (auto existing = writable(id); !existing.ok())
        return existing.error();
    auto d = prepareWrite(draft);
    if (!d.ok())
        return d.error();
    if (Status s = admitWrite(); !s.ok())
        return s.error();
    auto updated = counting(m_store.updateChecked(id, *d, JournalStore::WriteCheck{&m_policy, JournalStore::Unowned::Refuse}));
    if (updated.ok() && m_recording && !m_recording->added.contains(id) && !m_recording->updated.contains(id))
        m_recording->updated.insert(id, updated->revision - 1);
    return updated;
}

Result<Entry> ScopedJournal::get(const QString& id) const { return readable(id); }

Status ScopedJournal::remove(const QString& id)
{
    if (auto existing = writable(id); !existing.ok())
        return existing.error();
    if (Status s = admitWrite(); !s.ok())
        return s;
    Status removed = counting(m_store.remove(id));
    if (removed.ok() && m_recording)
        m_recording->other = true;
    return removed;
}

Status ScopedJournal::restore(const QString& id)
{
    if (auto existing = writable(id); !existing.ok())
        return existing.error();
    if (Status s = admitWrite(); !s.ok())
        return s;
    Status restored = counting(m_store.restore(id));
    if (restored.ok() && m_recording)
        m_recording->other = true;
    return restored;
}

Result<sdk::EntryQuery> ScopedJournal::scoped(const sdk::EntryQuery& query) const
{
    sdk::EntryQuery q = query;
    if (q.kinds.isEmpty()) {
        q.kinds = sorted(m_readable);
        return q;
    }
    QStringList kinds;
    for (const QString& kind : q.kinds) {
        const QString full = fullKind(kind);
        if (Status s = checkDeclared(full); !s.ok())
            return s.error();
        if (m_readable.contains(full))
            kinds << full;
    }
    q.kinds = kinds.isEmpty() ? QStringList{kNoKind} : kinds;
    return q;
}

Result<sdk::EntryPage> ScopedJournal::query(const sdk::EntryQuery& query) const
{
    auto q = scoped(query);
    if (!q.ok())
        return q.error();
    auto page = m_store.query(*q);
    if (page.ok()) {
        for (Entry& e : page.value().entries) {
            // Without its payload there is nothing to upgrade (the module's
            // upgrade would see an empty object and fail on every read).
            if (q->withPayload)
                m_policy.upgrade(e);
            counted(e);
        }
    }
    return page;
}

Result<qint64> ScopedJournal::count(const sdk::EntryQuery& query) const
{
    auto q = scoped(query);
    if (!q.ok())
        return q.error();
    return m_store.count(*q);
}

Result<QList<sdk::Revision>> ScopedJournal::history(const QString& id) const
{
    if (auto existing = readable(id); !existing.ok())
        return existing.error();
    auto revisions = m_store.history(id);
    if (revisions.ok()) {
        for (const sdk::Revision& r : revisions.value())
            counted(r.entry);
    }
    return revisions;
}

Result<QList<sdk::AggregateRow>> ScopedJournal::aggregate(const sdk::AggregateQuery& query) const
{
    sdk::EntryQuery kinds;
    kinds.kinds = query.kinds;
    auto scopedKinds = scoped(kinds);
    if (!scopedKinds.ok())
        return scopedKinds.error();
    sdk::AggregateQuery q = query;
    q.kinds = scopedKinds->kinds;
    ++m_reads.aggregates;
    return m_store.aggregate(q);
}

Result<sdk::KindInfo> ScopedJournal::kindInfo(const QString& kind) const
{
    const QString full = fullKind(kind);
    if (Status s = checkDeclared(full); !s.ok())
        return s.error();
    if (auto info = m_policy.kindInfo(full))
        return *info;
    return makeError(ErrorCode::NotFound, QStringLiteral("no installed module declares the kind \"%1\"").arg(full));
}

Status ScopedJournal::link(const QString& fromId, const QString& toId, const QString& relation)
{
    if (auto from = writable(fromId); !from.ok())
        return from.error();
    if (auto to = visible(toId); !to.ok())
        return to.error();
    if (Status s = admitWrite(); !s.ok())
        return s;
    Status linked = counting(m_store.link(fromId, toId, relation));
    if (linked.ok() && m_recording) {
        sdk::Link l;
        l.fromId = fromId;
        l.toId = toId;
        l.relation = relation;
        m_recording->linked << l;
    }
    return linked;
}

Status ScopedJournal::unlink(const QString& fromId, const QString& toId, const QString& relation)
{
    if (auto from = writable(fromId); !from.ok())
        return from.error();
    // An unknown id gets "no entry with id ..." from the store; one the module
    // may not see gets the same, never "no such link" (which would say it exists).
    if (auto to = visible(toId); !to.ok())
        return to.error();
    if (Status s = admitWrite(); !s.ok())
        return s;
    Status unlinked = counting(m_store.unlink(fromId, toId, relation));
    if (unlinked.ok() && m_recording)
        m_recording->other = true;
    return unlinked;
}

Result<QList<sdk::Link>> ScopedJournal::links(const QString& id) const
{
    if (auto existing = visible(id); !existing.ok())
        return existing.error();
    auto all = m_store.links(id);
    if (!all.ok())
        return all;
    QList<sdk::Link> visibleLinks;
    for (const sdk::Link& l : all.value()) {
        const QString other = l.fromId == id ? l.toId : l.fromId;
        auto otherEntry = m_store.get(other);
        if (otherEntry.ok() && m_readable.contains(otherEntry->kind))
            visibleLinks << l;
    }
    return visibleLinks;
}

} // namespace tessera::core
