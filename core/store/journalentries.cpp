// Entries one by one: the checks every write passes, adding, editing,
// deleting, importing, reading, links and history, and the search index.
#include "journalstore.h"

#include "journalstore_p.h"
#include "searchterms.h"
#include "payloadpolicy.h"
#include "payloadtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <atomic>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <sqlite3.h>

namespace tessera::core {

using sdk::Entry;
using sdk::EntryDraft;
using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

using namespace detail;

namespace detail {

Entry readEntry(const Statement& s, qint64* seq, bool withPayload)
{
    Entry e;
    if (seq)
        *seq = s.int64(0);
    e.id = s.text(1);
    e.pluginId = s.repeatedText(2);
    e.kind = s.repeatedText(3);
    e.occurredAt = fromMs(s.int64(4));
    e.utcOffsetSeconds = static_cast<int>(s.int64(5));
    e.title = s.text(6);
    e.summary = s.text(7);
    if (!s.isNull(8))
        e.mood = static_cast<int>(s.int64(8));
    // Most entries have no tags (and some no payload): not parsed (about 400
    // instructions each, 0.3 M of the modules' start on a 1,000-entry journal).
    if (const QByteArrayView tags = s.bytes(9); tags != "[]") {
        for (const QJsonValue& t : QJsonDocument::fromJson(tags.toByteArray()).array())
            e.tags << t.toString();
    }
    if (withPayload) {
        if (const QByteArray payload = s.blob(10); payload != "{}")
            e.payload = QJsonDocument::fromJson(payload).object();
    }
    e.schemaVersion = static_cast<int>(s.int64(11));
    e.createdAt = fromMs(s.int64(12));
    e.updatedAt = fromMs(s.int64(13));
    if (!s.isNull(14))
        e.deletedAt = fromMs(s.int64(14));
    e.revision = static_cast<int>(s.int64(15));
    e.setPrivate(s.int64(16) != 0);
    return e;
}

} // namespace detail

// "plugin-id/kind-name": [a-z0-9][a-z0-9.-]* / [a-z0-9][a-z0-9-]*, the whole
// string. Checked by hand (issue 30: the regular expression, asked twice per
// write, was 3 % of a bulk import's instructions). Unlike that pattern's `$`,
// a newline at the end is not let through.
bool isFullKindName(const QString& kind)
{
    const auto lowerOrDigit = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    const qsizetype slash = kind.indexOf(u'/');
    if (slash < 1 || slash + 1 >= kind.size() || !lowerOrDigit(kind[0]) || !lowerOrDigit(kind[slash + 1]))
        return false;
    for (qsizetype i = 1; i < slash; ++i) {
        if (!lowerOrDigit(kind[i]) && kind[i] != u'.' && kind[i] != u'-')
            return false;
    }
    for (qsizetype i = slash + 2; i < kind.size(); ++i) {
        if (!lowerOrDigit(kind[i]) && kind[i] != u'-')
            return false;
    }
    return true;
}

bool isHostKind(const QString& kind) { return kind.startsWith(QLatin1String("tessera/")); }

Entry entryFromDraft(const EntryDraft& draft, const QDateTime& now)
{
    Entry e;
    e.kind = draft.kind;
    e.pluginId = draft.kind.section(QLatin1Char('/'), 0, 0);
    e.occurredAt = draft.occurredAt.isValid() ? draft.occurredAt.toUTC() : now.toUTC();
    e.utcOffsetSeconds = draft.utcOffsetSeconds.value_or(QDateTime::currentDateTime().offsetFromUtc());
    e.title = draft.title.trimmed();
    e.summary = draft.summary.trimmed();
    e.mood = draft.mood;
    e.tags = draft.tags;
    e.payload = draft.payload;
    e.schemaVersion = draft.schemaVersion;
    e.createdAt = e.updatedAt = now.toUTC();
    return e;
}

namespace {
// checkDraftFields() with the payload's stored size given.
Status checkFields(const EntryDraft& d, qsizetype payloadBytes)
{
    if (!isFullKindName(d.kind))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("must look like \"plugin-id/kind-name\" (lowercase letters, digits, '-')"),
                         QStringLiteral("kind"));
    if (d.title.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("is required"), QStringLiteral("title"));
    if (d.title.size() > 200)
        return makeError(ErrorCode::Validation, QStringLiteral("is longer than 200 characters"), QStringLiteral("title"));
    if (d.summary.size() > 2000)
        return makeError(ErrorCode::Validation, QStringLiteral("is longer than 2000 characters"), QStringLiteral("summary"));
    if (d.mood && (*d.mood < 0 || *d.mood > 10))
        return makeError(ErrorCode::Validation, QStringLiteral("must be between 0 and 10"), QStringLiteral("mood"));
    if (d.tags.size() > 50)
        return makeError(ErrorCode::Validation, QStringLiteral("has more than 50 tags"), QStringLiteral("tags"));
    for (qsizetype i = 0; i < d.tags.size(); ++i) {
        if (d.tags[i].trimmed().isEmpty() || d.tags[i].size() > 60)
            return makeError(ErrorCode::Validation, QStringLiteral("must be 1 to 60 characters"),
                             QStringLiteral("tags[%1]").arg(i));
    }
    if (d.utcOffsetSeconds && std::abs(*d.utcOffsetSeconds) > 18 * 3600)
        return makeError(ErrorCode::Validation, QStringLiteral("must be within ±18 hours"), QStringLiteral("utcOffsetSeconds"));
    if (d.schemaVersion < 1)
        return makeError(ErrorCode::Validation, QStringLiteral("must be 1 or more"), QStringLiteral("schemaVersion"));
    // Modules check the fields they know; the payload as a whole has a limit
    // here, so a field nobody checks cannot grow the journal without bound.
    constexpr qsizetype kMaxPayloadBytes = 1024 * 1024;
    if (payloadBytes > kMaxPayloadBytes)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("is %1 bytes as compact JSON, over the limit of %2 bytes (1 MiB)")
                             .arg(payloadBytes).arg(kMaxPayloadBytes),
                         QStringLiteral("payload"));
    return {};
}

} // namespace

Status checkDraftFields(const EntryDraft& d) { return checkFields(d, toJsonBytes(d.payload).size()); }

sdk::Error JournalStore::entryNotFound(const QString& id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no entry with id %1").arg(id));
}

Result<qint64> JournalStore::seqOf(const QString& id) const
{
    Error err;
    auto s = m_db->cached(QStringLiteral("SELECT seq FROM entries WHERE uuid = ?"), &err);
    if (!s)
        return err;
    s->bind(1, id);
    if (s->next())
        return s->int64(0);
    if (s->failed())
        return m_db->error(QStringLiteral("reading an entry"), s->rc());
    return entryNotFound(id);
}

Result<std::pair<qint64, qint64>> JournalStore::seqsOf(const QString& fromId, const QString& toId) const
{
    auto from = seqOf(fromId);
    if (!from.ok())
        return from.error();
    auto to = seqOf(toId);
    if (!to.ok())
        return to.error();
    return std::make_pair(*from, *to);
}

Status JournalStore::indexEntry(qint64 seq, const EntryDraft& draft, bool replace)
{
    return indexEntry(seq, draft.title, draft.summary, payloadText(draft.payload), replace);
}

Status JournalStore::indexEntry(qint64 seq, const QString& title, const QString& summary, const QString& body, bool replace)
{
    Error err;
    if (replace) {
        auto del = m_db->cached(QStringLiteral("DELETE FROM entries_fts WHERE rowid = ?"), &err);
        if (!del)
            return err;
        del->bind(1, seq);
        if (del->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("updating the search index"), del->rc());
    }
    auto ins = m_db->cached(
        QStringLiteral("INSERT INTO entries_fts(rowid, title, summary, body) VALUES (?, ?, ?, ?)"), &err);
    if (!ins)
        return err;
    ins->bind(1, seq).bind(2, title).bind(3, summary).bind(4, body);
    if (ins->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("updating the search index"), ins->rc());
    return searchTerms().remember(title, summary, body);
}

Status JournalStore::insertRow(const Entry& e, const QByteArray& payload, qint64* seq)
{
    Error err;
    auto s = m_db->cached(QStringLiteral(
        "INSERT OR IGNORE INTO entries(uuid, plugin_id, kind, occurred_at, utc_offset, title, summary, mood, tags, "
        "payload, schema_version, created_at, updated_at, deleted_at, revision, private) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), &err);
    if (!s)
        return err;
    s->bind(1, e.id).bind(2, e.pluginId).bind(3, e.kind).bind(4, e.occurredAt.toMSecsSinceEpoch())
        .bind(5, e.utcOffsetSeconds).bind(6, e.title).bind(7, e.summary).bind(8, e.mood)
        .bind(9, tagsJson(e.tags)).bind(10, payload).bind(11, e.schemaVersion)
        .bind(12, e.createdAt.toMSecsSinceEpoch()).bind(13, e.updatedAt.toMSecsSinceEpoch());
    if (e.deletedAt)
        s->bind(14, e.deletedAt->toMSecsSinceEpoch());
    else
        s->bindNull(14);
    s->bind(15, e.revision);
    s->bind(16, e.isPrivate() ? 1 : 0);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("saving the entry"), s->rc());
    *seq = m_db->changes() == 0 ? 0 : m_db->lastInsertRowId();
    return {};
}

void JournalStore::setPayloadPolicy(const PayloadPolicy* policy, Unowned unowned)
{
    m_writeCheck = WriteCheck{policy, unowned};
}

Status JournalStore::checkWrite(const EntryDraft& draft, const WriteCheck& check, qsizetype payloadBytes)
{
    // The kind first: it says whose check comes next (checkFields() names the problem).
    if (!isFullKindName(draft.kind))
        return checkFields(draft, payloadBytes);
    if (check.policy && !isHostKind(draft.kind)) {
        Status owner = check.policy->validate(draft);
        const bool unowned = !owner.ok() && owner.error().code == ErrorCode::Unavailable;
        if (!owner.ok() && !(unowned && check.unowned == Unowned::Store))
            return owner;
    }
    return checkFields(draft, payloadBytes);
}

Result<Entry> JournalStore::add(const EntryDraft& draft) { return addChecked(draft, m_writeCheck); }

Result<Entry> JournalStore::addChecked(const EntryDraft& draft, const WriteCheck& check)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    const QByteArray payload = toJsonBytes(draft.payload); // checked and stored as it is
    if (Status s = checkWrite(draft, check, payload.size()); !s.ok())
        return s.error();
    Entry e = entryFromDraft(draft, fromMs(nowMs()));
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    qint64 seq = 0;
    if (Status s = insertRow(e, payload, &seq); !s.ok())
        return s.error();
    if (Status s = indexEntry(seq, draft, false); !s.ok())
        return s.error();
    if (Status s = queueSharing(seq, e); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    tellEntryChanged(sdk::ChangeType::Added, e.id, e.kind);
    return e;
}

Result<Entry> JournalStore::update(const QString& id, const EntryDraft& draft)
{
    return updateChecked(id, draft, m_writeCheck);
}

Result<Entry> JournalStore::updateChecked(const QString& id, const EntryDraft& draft, const WriteCheck& check)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    const QByteArray payload = toJsonBytes(draft.payload); // checked and stored as it is
    if (Status s = checkWrite(draft, check, payload.size()); !s.ok())
        return s.error();
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    auto current = get(id);
    if (!current.ok())
        return current.error();
    const Entry& old = current.value();
    if (old.isDeleted())
        return makeError(ErrorCode::Conflict, QStringLiteral("entry %1 is deleted; restore it before editing").arg(id));
    if (old.kind != draft.kind)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an entry's kind cannot change (%1 to %2)").arg(old.kind, draft.kind),
                         QStringLiteral("kind"));
    auto seq = seqOf(id);
    if (!seq.ok())
        return seq.error();

    Error err;
    auto rev = m_db->cached(
        QStringLiteral("INSERT INTO revisions(entry_seq, revision, saved_at, snapshot) VALUES (?, ?, ?, ?)"), &err);
    if (!rev)
        return err;
    const qint64 now = nowMs();
    rev->bind(1, *seq).bind(2, old.revision).bind(3, now).bind(4, toJsonBytes(old.toJson()));
    if (rev->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("keeping the previous version"), rev->rc());

    Entry e = old;
    e.occurredAt = draft.occurredAt.isValid() ? draft.occurredAt.toUTC() : old.occurredAt;
    e.utcOffsetSeconds = draft.utcOffsetSeconds.value_or(old.utcOffsetSeconds);
    e.title = draft.title.trimmed();
    e.summary = draft.summary.trimmed();
    e.mood = draft.mood;
    e.tags = draft.tags;
    e.payload = draft.payload;
    e.schemaVersion = draft.schemaVersion;
    e.updatedAt = fromMs(now);
    e.revision = old.revision + 1;

    auto upd = m_db->cached(QStringLiteral(
        "UPDATE entries SET occurred_at = ?, utc_offset = ?, title = ?, summary = ?, mood = ?, tags = ?, payload = ?, "
        "schema_version = ?, updated_at = ?, revision = ? WHERE seq = ?"), &err);
    if (!upd)
        return err;
    upd->bind(1, e.occurredAt.toMSecsSinceEpoch()).bind(2, e.utcOffsetSeconds).bind(3, e.title).bind(4, e.summary)
        .bind(5, e.mood).bind(6, tagsJson(e.tags)).bind(7, payload).bind(8, e.schemaVersion)
        .bind(9, now).bind(10, e.revision).bind(11, *seq);
    if (upd->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("saving the entry"), upd->rc());
    if (Status s = indexEntry(*seq, draft, true); !s.ok())
        return s.error();
    if (Status s = queueSharing(*seq, e); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    tellEntryChanged(sdk::ChangeType::Updated, e.id, e.kind);
    return e;
}

void JournalStore::tellEntryChanged(sdk::ChangeType type, const QString& id, const QString& kind)
{
    if (m_oneTransactionDepth > 0)
        m_changesToTell.append({type, id, kind});
    else
        emit entryChanged(type, id, kind);
}

Status JournalStore::inOneTransaction(const std::function<Status()>& work)
{
    if (Status s = writable(); !s.ok())
        return s;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    const qsizetype told = m_changesToTell.size();
    ++m_oneTransactionDepth;
    Status result = work();
    --m_oneTransactionDepth;
    if (result.ok())
        result = tx.commit();
    if (!result.ok()) {
        m_changesToTell.resize(told); // rolled back (tx's destructor): nothing of it happened
        return result;
    }
    if (m_oneTransactionDepth == 0) {
        const auto changes = std::exchange(m_changesToTell, {});
        for (const auto& [type, id, kind] : changes)
            emit entryChanged(type, id, kind);
    }
    return {};
}

Result<Entry> JournalStore::get(const QString& id) const
{
    Error err;
    auto s = m_db->cached(QStringLiteral("SELECT %1 FROM entries e WHERE e.uuid = ?").arg(kColumns), &err);
    if (!s)
        return err;
    s->bind(1, id);
    if (s->next())
        return readEntry(*s);
    if (s->failed())
        return m_db->error(QStringLiteral("reading an entry"), s->rc());
    return entryNotFound(id);
}

Status JournalStore::remove(const QString& id)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (current->isDeleted())
        return makeError(ErrorCode::Conflict, QStringLiteral("entry %1 is already deleted").arg(id));
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    Error err;
    auto s = m_db->cached(QStringLiteral("UPDATE entries SET deleted_at = ? WHERE uuid = ?"), &err);
    if (!s)
        return err;
    const qint64 deletedAt = nowMs();
    s->bind(1, deletedAt).bind(2, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("deleting the entry"), s->rc());
    // A deleted entry the clinic has is withdrawn; one queued goes no more.
    Entry deleted = current.value();
    deleted.deletedAt = fromMs(deletedAt);
    if (Status q = sharingAfterMarkChange(id, deleted); !q.ok())
        return q;
    if (Status c = tx.commit(); !c.ok())
        return c;
    tellEntryChanged(sdk::ChangeType::Removed, id, current->kind);
    return {};
}

Status JournalStore::restore(const QString& id)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!current->isDeleted())
        return makeError(ErrorCode::Conflict, QStringLiteral("entry %1 is not deleted").arg(id));
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    Error err;
    auto s = m_db->cached(QStringLiteral("UPDATE entries SET deleted_at = NULL WHERE uuid = ?"), &err);
    if (!s)
        return err;
    s->bind(1, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("restoring the entry"), s->rc());
    Entry restored = current.value();
    restored.deletedAt.reset();
    if (Status q = sharingAfterMarkChange(id, restored); !q.ok())
        return q;
    if (Status c = tx.commit(); !c.ok())
        return c;
    tellEntryChanged(sdk::ChangeType::Restored, id, current->kind);
    return {};
}

Status JournalStore::setPrivate(const QString& id, bool isPrivate)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (current->isPrivate() == isPrivate)
        return {};
    // The mark is the client's, not the entry's content: no revision is kept
    // and neither revision nor updated_at changes.
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    Error err;
    auto s = m_db->cached(QStringLiteral("UPDATE entries SET private = ? WHERE uuid = ?"), &err);
    if (!s)
        return err;
    s->bind(1, isPrivate ? 1 : 0).bind(2, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(isPrivate ? QStringLiteral("marking the entry private") : QStringLiteral("unmarking the entry"),
                           s->rc());
    // Made private: a grant shares it no more (a pick still does), and what
    // the clinic has of it is withdrawn.
    Entry marked = current.value();
    marked.setPrivate(isPrivate);
    if (Status q = sharingAfterMarkChange(id, marked); !q.ok())
        return q;
    if (Status c = tx.commit(); !c.ok())
        return c;
    tellEntryChanged(sdk::ChangeType::Updated, id, current->kind);
    return {};
}

Status JournalStore::sharingAfterMarkChange(const QString& id, const Entry& entry)
{
    auto seq = seqOf(id);
    if (!seq.ok())
        return seq.error();
    return queueSharing(*seq, entry);
}

Result<QList<sdk::Revision>> JournalStore::history(const QString& id) const
{
    auto seq = seqOf(id);
    if (!seq.ok())
        return seq.error();
    Error err;
    auto s = m_db->cached(
        QStringLiteral("SELECT revision, saved_at, snapshot FROM revisions WHERE entry_seq = ? ORDER BY revision DESC"), &err);
    if (!s)
        return err;
    s->bind(1, *seq);
    QList<sdk::Revision> out;
    while (s->next()) {
        sdk::Revision r;
        r.revision = static_cast<int>(s->int64(0));
        r.savedAt = fromMs(s->int64(1));
        if (auto e = Entry::fromJson(QJsonDocument::fromJson(s->blob(2)).object()))
            r.entry = *e;
        out << r;
    }
    if (s->failed())
        return m_db->error(QStringLiteral("reading an entry's history"), s->rc());
    return out;
}

Status JournalStore::link(const QString& fromId, const QString& toId, const QString& relation)
{
    static const QRegularExpression relationPattern(QStringLiteral("^[a-z][a-z0-9-]{0,59}$"));
    if (!relationPattern.match(relation).hasMatch())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be 1-60 lowercase letters, digits or '-'"),
                         QStringLiteral("relation"));
    if (fromId == toId)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an entry cannot link to itself"));
    if (Status s = writable(); !s.ok())
        return s;
    auto seqs = seqsOf(fromId, toId);
    if (!seqs.ok())
        return seqs.error();
    Error err;
    auto s = m_db->cached(
        QStringLiteral("INSERT OR IGNORE INTO links(from_seq, to_seq, relation, created_at) VALUES (?, ?, ?, ?)"), &err);
    if (!s)
        return err;
    s->bind(1, seqs->first).bind(2, seqs->second).bind(3, relation).bind(4, nowMs());
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("linking entries"), s->rc());
    return {};
}

Status JournalStore::unlink(const QString& fromId, const QString& toId, const QString& relation)
{
    if (Status s = writable(); !s.ok())
        return s;
    auto seqs = seqsOf(fromId, toId);
    if (!seqs.ok())
        return seqs.error();
    Error err;
    auto s = m_db->cached(
        QStringLiteral("DELETE FROM links WHERE from_seq = ? AND to_seq = ? AND relation = ?"), &err);
    if (!s)
        return err;
    s->bind(1, seqs->first).bind(2, seqs->second).bind(3, relation);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("unlinking entries"), s->rc());
    if (m_db->changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such link"));
    return {};
}

Result<QList<sdk::Link>> JournalStore::links(const QString& id) const
{
    auto seq = seqOf(id);
    if (!seq.ok())
        return seq.error();
    Error err;
    auto s = m_db->cached(QStringLiteral(
        "SELECT f.uuid, t.uuid, l.relation, l.created_at FROM links l "
        "JOIN entries f ON f.seq = l.from_seq JOIN entries t ON t.seq = l.to_seq "
        "WHERE l.from_seq = ?1 OR l.to_seq = ?1 ORDER BY l.created_at"), &err);
    if (!s)
        return err;
    s->bind(1, *seq);
    QList<sdk::Link> out;
    while (s->next())
        out << sdk::Link{s->text(0), s->text(1), s->text(2), fromMs(s->int64(3))};
    if (s->failed())
        return m_db->error(QStringLiteral("reading links"), s->rc());
    return out;
}

namespace {

// Each imported entry's payload as stored (compact JSON, toJsonBytes()) and as
// searched (payloadText()), made in order ahead of the loop that checks and
// writes the entries: on a second thread when the import is large enough to pay
// for one, so the loop (the SQLite work, which one connection does on one
// thread) no longer does this fifth of an import itself (issue 30). The thread
// only reads the entries; it stays at most kLead entries ahead, so an import of
// any size holds a bounded number of them, and it is stopped and joined however
// the import ends.
class PreparedPayloads {
public:
    explicit PreparedPayloads(const QList<Entry>& entries)
        : m_entries(entries), m_json(std::size_t(entries.size())), m_text(std::size_t(entries.size()))
    {
        if (entries.size() >= kThreadFrom) {
            try {
                m_thread = std::thread([this] { run(); });
            } catch (const std::system_error&) {
                // No thread to be had: this one makes them as it goes.
            }
        }
    }
    ~PreparedPayloads()
    {
        if (m_thread.joinable()) {
            m_stop.store(true, std::memory_order_relaxed);
            m_taken.store(int(m_entries.size()), std::memory_order_release); // a waiting thread wakes and sees the stop
            m_taken.notify_one();
            m_thread.join();
        }
    }
    PreparedPayloads(const PreparedPayloads&) = delete;
    PreparedPayloads& operator=(const PreparedPayloads&) = delete;

    // Entry i's payload as stored; the entries are asked for in order.
    const QByteArray& json(qsizetype i)
    {
        for (int ready = m_ready.load(std::memory_order_acquire); ready <= i; ready = m_ready.load(std::memory_order_acquire)) {
            if (!m_thread.joinable()) { // no thread: made here, as they are asked for
                prepare(i);
                m_ready.store(int(i + 1), std::memory_order_relaxed);
                break;
            }
            m_ready.wait(ready, std::memory_order_acquire);
        }
        return m_json[std::size_t(i)];
    }
    // Entry i's search text, handed over once (after json(i)); with done(i) its
    // room is given back.
    QString takeText(qsizetype i) { return std::move(m_text[std::size_t(i)]); }
    void done(qsizetype i)
    {
        m_json[std::size_t(i)] = QByteArray();
        m_text[std::size_t(i)] = QString(); // not taken when the entry was already there
        if (m_thread.joinable()) {
            m_taken.store(int(i + 1), std::memory_order_release);
            // The thread, once kLead ahead, is woken a chunk at a time: woken for
            // every entry, each import spent twice the system time (a futex call
            // and a switch of threads per entry).
            if ((i + 1) % kChunk == 0)
                m_taken.notify_one();
        }
    }

private:
    static constexpr qsizetype kThreadFrom = 256;
    static constexpr int kLead = 2048;
    static constexpr int kChunk = 256;

    void prepare(qsizetype i)
    {
        const QJsonObject& payload = m_entries[i].payload;
        m_json[std::size_t(i)] = toJsonBytes(payload);
        if (!payload.isEmpty())
            m_text[std::size_t(i)] = payloadText(payload);
    }
    void run()
    {
        const int size = int(m_entries.size());
        for (int i = 0; i < size; ++i) {
            for (int taken = m_taken.load(std::memory_order_acquire); i - taken >= kLead;
                 taken = m_taken.load(std::memory_order_acquire))
                m_taken.wait(taken, std::memory_order_acquire);
            if (m_stop.load(std::memory_order_relaxed))
                return;
            prepare(i);
            m_ready.store(i + 1, std::memory_order_release);
            m_ready.notify_one(); // no system call unless the loop waits (at its start)
        }
    }

    const QList<Entry>& m_entries;
    std::vector<QByteArray> m_json;
    std::vector<QString> m_text;
    // int: the size a futex waits on directly (a 64-bit atomic waits through a shared proxy).
    std::atomic<int> m_ready{0};        // made (by the thread, or here without one)
    std::atomic<int> m_taken{0};        // given back by the loop
    std::atomic<bool> m_stop{false};
    std::thread m_thread;               // last: started once the rest is made
};

} // namespace

Result<int> JournalStore::importEntries(const QList<Entry>& entries, ImportReport* report)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    // The content a person sees; revision and the created/updated/deleted
    // times are bookkeeping (only whether the entry is deleted counts).
    auto sameContent = [](const Entry& a, const Entry& b) {
        return a.kind == b.kind && a.occurredAt.toMSecsSinceEpoch() == b.occurredAt.toMSecsSinceEpoch()
            && a.utcOffsetSeconds == b.utcOffsetSeconds && a.title == b.title && a.summary == b.summary
            && a.mood == b.mood && a.tags == b.tags && a.payload == b.payload && a.schemaVersion == b.schemaVersion
            && a.isDeleted() == b.isDeleted();
    };
    // All or nothing: each entry is checked as add() checks a draft (its module
    // included), with the fields only an import has and no id twice, just before
    // it is written, in one transaction; the first that fails rolls back all
    // the rest (issue 30: checked and written in one pass, the payloads made
    // meanwhile on a second thread).
    PreparedPayloads prepared(entries);
    QHash<QString, qsizetype> seen;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    ImportReport done;
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry& in = entries[i];
        const QByteArray& payload = prepared.json(i); // checked and stored as it is
        Status s = checkWrite(EntryDraft::fromEntry(in), m_writeCheck, payload.size());
        if (s.ok() && in.deletedAt && !in.deletedAt->isValid())
            s = makeError(ErrorCode::Validation, QStringLiteral("is set but is not a valid date-time"), QStringLiteral("deletedAt"));
        if (s.ok() && in.revision < 1)
            s = makeError(ErrorCode::Validation, QStringLiteral("must be 1 or more"), QStringLiteral("revision"));
        if (!s.ok()) {
            Error error = s.error();
            error.message = QStringLiteral("entry %1 (%2): %3").arg(i + 1).arg(in.kind, error.toString());
            return error;
        }
        if (!in.id.isEmpty()) {
            if (const auto first = seen.constFind(in.id); first != seen.cend())
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("entries %1 and %2 have the same id %3")
                                                                 .arg(first.value() + 1).arg(i + 1).arg(in.id));
            seen.insert(in.id, i);
        }
        Entry e = in;
        if (e.id.isEmpty())
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.pluginId = e.kind.section(QLatin1Char('/'), 0, 0);
        if (!e.createdAt.isValid())
            e.createdAt = fromMs(now);
        if (!e.updatedAt.isValid())
            e.updatedAt = e.createdAt;
        qint64 seq = 0;
        if (Status s = insertRow(e, payload, &seq); !s.ok())
            return s.error();
        if (seq == 0) { // already present: the journal's version is kept
            auto existing = get(e.id);
            if (!existing.ok())
                return existing.error();
            (sameContent(existing.value(), e) ? done.identical : done.conflicting) << e.id;
            prepared.done(i);
            continue;
        }
        if (Status s = indexEntry(seq, e.title, e.summary, prepared.takeText(i), false); !s.ok())
            return s.error();
        prepared.done(i);
        done.stored << e.id;
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    if (!done.stored.isEmpty())
        emit reset();
    const int stored = static_cast<int>(done.stored.size());
    if (report)
        *report = std::move(done);
    return stored;
}

Result<QString> JournalStore::resolveIdPrefix(const QString& prefix) const
{
    if (!prefix.isEmpty() && seqOf(prefix).ok())
        return prefix; // a whole id, even when it also begins a longer one
    if (prefix.size() < 4)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is too short; give the whole id or at least 4 characters of it").arg(prefix));
    // Ids beginning with the prefix sort between it and it + U+10FFFF; the
    // range uses the uuid index, substr() keeps the match exact.
    Error err;
    auto s = m_db->cached(QStringLiteral("SELECT uuid FROM entries WHERE uuid >= ?1 AND uuid < ?2 "
                                         "AND substr(uuid, 1, length(?1)) = ?1 ORDER BY uuid"), &err);
    if (!s)
        return err;
    s->bind(1, prefix).bind(2, prefix + QString::fromUcs4(U"\U0010FFFF", 1));
    QStringList matches;
    while (s->next())
        matches << s->text(0);
    if (s->failed())
        return m_db->error(QStringLiteral("looking up an id"), s->rc());
    if (matches.isEmpty())
        return makeError(ErrorCode::NotFound, prefix.size() >= 36 ? QStringLiteral("no entry with id %1").arg(prefix)
                                                                  : QStringLiteral("no entry with an id beginning %1").arg(prefix));
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" matches %2 entries; give more of the id").arg(prefix).arg(matches.size()));
    return matches.first();
}

} // namespace tessera::core
