#include "scopedjournal.h"

#include "journalstore.h"
#include "payloadpolicy.h"

#include <QJsonDocument>

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
} // namespace

ScopedJournal::ScopedJournal(JournalStore& store, const PayloadPolicy& policy, QString pluginId,
                             QSet<QString> writable, QSet<QString> readable, QObject* parent)
    : sdk::Journal(parent), m_store(store), m_policy(policy), m_pluginId(std::move(pluginId)),
      m_writable(std::move(writable)), m_readable(std::move(readable))
{
    m_readable.unite(m_writable);
    connect(&m_store, &JournalStore::entryChanged, this,
            [this](sdk::ChangeType type, const QString& id, const QString& kind) {
                if (m_readable.contains(kind))
                    emit entryChanged(type, id, kind);
            });
    connect(&m_store, &JournalStore::reset, this, &sdk::Journal::reloaded);
}

ScopedJournal::~ScopedJournal() = default;

QStringList ScopedJournal::writableKinds() const { return sorted(m_writable); }
QStringList ScopedJournal::readableKinds() const { return sorted(m_readable); }

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

Status ScopedJournal::checkReadable(const QString& kind) const
{
    if (m_readable.contains(kind))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     QStringLiteral("module \"%1\" may not read entries of kind \"%2\"; add it to \"reads\" in "
                                    "the manifest to ask for access").arg(m_pluginId, kind));
}

Result<Entry> ScopedJournal::readable(const QString& id) const
{
    auto entry = m_store.get(id);
    if (!entry.ok())
        return entry;
    if (Status s = checkReadable(entry->kind); !s.ok())
        return s.error();
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
    auto entry = m_store.get(id);
    if (!entry.ok())
        return entry;
    if (Status s = checkWritable(entry->kind); !s.ok())
        return s.error();
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
    // The module's own kinds: its module is loaded, so a policy that cannot
    // find it (Unavailable) is a reason to refuse, never to skip the check.
    return m_store.addChecked(*d, JournalStore::WriteCheck{&m_policy, JournalStore::Unowned::Refuse});
}

Result<Entry> ScopedJournal::update(const QString& id, const EntryDraft& draft)
{
    if (auto existing = writable(id); !existing.ok())
        return existing.error();
    auto d = prepareWrite(draft);
    if (!d.ok())
        return d.error();
    return m_store.updateChecked(id, *d, JournalStore::WriteCheck{&m_policy, JournalStore::Unowned::Refuse});
}

Result<Entry> ScopedJournal::get(const QString& id) const { return readable(id); }

Status ScopedJournal::remove(const QString& id)
{
    if (auto existing = writable(id); !existing.ok())
        return existing.error();
    return m_store.remove(id);
}

Status ScopedJournal::restore(const QString& id)
{
    if (auto existing = writable(id); !existing.ok())
        return existing.error();
    return m_store.restore(id);
}

Result<sdk::EntryQuery> ScopedJournal::scoped(const sdk::EntryQuery& query) const
{
    sdk::EntryQuery q = query;
    if (q.kinds.isEmpty()) {
        q.kinds = sorted(m_readable);
    } else {
        for (QString& kind : q.kinds) {
            kind = fullKind(kind);
            if (Status s = checkReadable(kind); !s.ok())
                return s.error();
        }
    }
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
    if (Status s = checkReadable(full); !s.ok())
        return s.error();
    if (auto info = m_policy.kindInfo(full))
        return *info;
    return makeError(ErrorCode::NotFound, QStringLiteral("no installed module declares the kind \"%1\"").arg(full));
}

Status ScopedJournal::link(const QString& fromId, const QString& toId, const QString& relation)
{
    if (auto from = writable(fromId); !from.ok())
        return from.error();
    if (auto to = readable(toId); !to.ok())
        return to.error();
    return m_store.link(fromId, toId, relation);
}

Status ScopedJournal::unlink(const QString& fromId, const QString& toId, const QString& relation)
{
    if (auto from = writable(fromId); !from.ok())
        return from.error();
    return m_store.unlink(fromId, toId, relation);
}

Result<QList<sdk::Link>> ScopedJournal::links(const QString& id) const
{
    if (auto existing = readable(id); !existing.ok())
        return existing.error();
    auto all = m_store.links(id);
    if (!all.ok())
        return all;
    QList<sdk::Link> visible;
    for (const sdk::Link& l : all.value()) {
        const QString other = l.fromId == id ? l.toId : l.fromId;
        auto otherEntry = m_store.get(other);
        if (otherEntry.ok() && m_readable.contains(otherEntry->kind))
            visible << l;
    }
    return visible;
}

} // namespace tessera::core
