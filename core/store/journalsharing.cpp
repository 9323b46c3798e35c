// Sharing with a clinic (issue 31): the pairing, the client's grants and
// picks, and the outbox, all in the journal (backed up, restored and
// encrypted with it). Every choice writes its outbox rows in its own
// transaction; every save of an entry a choice covers queues it in the
// save's transaction (queueSharing()). core/sync sends what is queued.
#include "journalstore.h"

#include "journalstore_p.h"

#include <sqlite3.h>

namespace tessera::core {

using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

namespace {

// An entry is covered by a grant g (alias g, entries alias e). "Everything
// from" a module (no kind) leaves out its kind named "draft": work not
// finished (the Write page's draft, revised as the client types), which goes
// only when chosen by that name (plugin-guide.md).
const QString kGrantMatch = QStringLiteral(
    "e.plugin_id = g.plugin_id AND (g.kind IS NULL AND e.kind <> e.plugin_id || '/draft' OR e.kind = g.kind) "
    "AND e.occurred_at >= g.from_at");
// ... by a pick or a standing grant, with the rules for private entries.
const QString kCovered = QStringLiteral(
    "(EXISTS (SELECT 1 FROM share_picks p WHERE p.entry_seq = e.seq) OR (e.private = 0 AND e.deleted_at IS NULL AND "
    "EXISTS (SELECT 1 FROM share_grants g WHERE g.stopped_at IS NULL AND ") + kGrantMatch + QStringLiteral(")))");
// The latest choice the clinic acknowledged for entry e (by the time it was
// made, not the order the answers came in): "share:REV", "withdraw:" or "".
const QString kLastSent = QStringLiteral(
    "COALESCE((SELECT o.op || ':' || COALESCE(o.revision, '') FROM outbox o WHERE o.entry_uuid = e.uuid AND o.state = 'sent' "
    "ORDER BY o.op_at DESC, o.id DESC LIMIT 1), '')");
// Whether entry e may be at the clinic: acknowledged as shared, or a share
// waiting that was sent at least once (it may have arrived, or be on its way
// this moment; `attempts` counts sends of the row, whatever replaced it).
const QString kMayBeThere = QStringLiteral("(") + kLastSent
    + QStringLiteral(" LIKE 'share:%' OR EXISTS (SELECT 1 FROM outbox q WHERE q.entry_uuid = e.uuid AND q.state = 'pending' "
                     "AND q.op = 'share' AND q.attempts > 0))");
// Whether a withdrawal of entry e waits.
const QString kWithdrawWaits = QStringLiteral(
    "EXISTS (SELECT 1 FROM outbox q WHERE q.entry_uuid = e.uuid AND q.state = 'pending' AND q.op = 'withdraw')");
const QString kUpsert = QStringLiteral(
    " ON CONFLICT(entry_uuid) WHERE state = 'pending' DO UPDATE SET op = excluded.op, op_at = excluded.op_at");

// Prepares `sql`, binds `args` in order (1, 2, ...) and runs it once; an
// error says `what` was being done.
template <typename... Args>
Status runOnce(Database& db, const QString& sql, const QString& what, const Args&... args)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    int index = 0;
    (st.value().bind(++index, args), ...);
    if (st.value().run() != SQLITE_DONE)
        return db.error(what, st.value().rc());
    return {};
}

QDateTime fromMsOrInvalid(const Statement& s, int column)
{
    return s.isNull(column) ? QDateTime() : detail::fromMs(s.int64(column));
}

} // namespace

Result<std::optional<JournalStore::ClinicPairing>> JournalStore::clinicPairing() const
{
    Error err;
    auto s = m_db->cached(QStringLiteral("SELECT server_url, clinic_id, clinic_name, client_id, client_label, device_id, "
                                         "device_key, paired_at FROM sync_clinic WHERE id = 1"),
                          &err);
    if (!s)
        return err;
    if (!s->next()) {
        if (s->failed())
            return m_db->error(QStringLiteral("reading the clinic pairing"), s->rc());
        return std::optional<ClinicPairing>();
    }
    ClinicPairing p{s->text(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5), s->blob(6), detail::fromMs(s->int64(7))};
    return std::optional<ClinicPairing>(std::move(p));
}

Status JournalStore::setClinicPairing(const ClinicPairing& p)
{
    if (Status s = writable(); !s.ok())
        return s;
    Error err;
    auto s = m_db->cached(QStringLiteral("INSERT INTO sync_clinic (id, server_url, clinic_id, clinic_name, client_id, client_label, "
                                         "device_id, device_key, paired_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          &err);
    if (!s)
        return err;
    s->bind(1, p.serverUrl).bind(2, p.clinicId).bind(3, p.clinicName).bind(4, p.clientId).bind(5, p.clientLabel)
        .bind(6, p.deviceId).bind(7, p.deviceKey).bind(8, detail::nowMs());
    if (s->run() != SQLITE_DONE)
        return s->rc() == SQLITE_CONSTRAINT
            ? makeError(ErrorCode::Conflict, QStringLiteral("this journal is already paired with a clinic: stop sharing with it first"))
            : m_db->error(QStringLiteral("saving the clinic pairing"), s->rc());
    return {};
}

Status JournalStore::forgetClinic()
{
    if (Status s = writable(); !s.ok())
        return s;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    if (Status s = m_db->exec(QStringLiteral("DELETE FROM outbox; DELETE FROM share_picks; DELETE FROM share_grants; "
                                             "DELETE FROM sync_meta; DELETE FROM sync_clinic;"));
        !s.ok())
        return s;
    return tx.commit();
}

Result<qint64> JournalStore::addShareGrant(const QString& pluginId, const QString& kind, const QDateTime& from)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    if (pluginId.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a grant needs a module"), QStringLiteral("module"));
    if (!kind.isEmpty() && !kind.startsWith(pluginId + QLatin1Char('/')))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("kind %1 is not one of module %2's").arg(kind, pluginId),
                         QStringLiteral("kind"));
    if (!from.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a grant needs the time it starts from"), QStringLiteral("from"));
    auto paired = clinicPairing();
    if (!paired.ok())
        return paired.error();
    if (!paired->has_value())
        return makeError(ErrorCode::Conflict, QStringLiteral("this journal is not paired with a clinic"));
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    const qint64 now = detail::nowMs();
    if (Status s = runOnce(*m_db, QStringLiteral("INSERT INTO share_grants (plugin_id, kind, from_at, created_at) VALUES (?, NULLIF(?, ''), ?, ?)"),
                           QStringLiteral("saving the grant"), pluginId, kind, from.toMSecsSinceEpoch(), now);
        !s.ok())
        return s.error();
    const qint64 id = m_db->lastInsertRowId();
    // What the journal already holds that the grant covers, unless the clinic has this revision already.
    const QString queue = QStringLiteral("INSERT INTO outbox (entry_uuid, op, op_at) SELECT e.uuid, 'share', ? FROM entries e "
                                         "JOIN share_grants g ON g.id = ? WHERE ")
        + kGrantMatch + QStringLiteral(" AND e.deleted_at IS NULL AND e.private = 0 AND (") + kLastSent
        + QStringLiteral(" <> 'share:' || e.revision OR ") + kWithdrawWaits + QStringLiteral(")") + kUpsert;
    if (Status s = runOnce(*m_db, queue, QStringLiteral("queueing the entries to share"), now, id); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return id;
}

Status JournalStore::stopShareGrant(qint64 id, bool withdrawSent)
{
    if (Status s = writable(); !s.ok())
        return s;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    const qint64 now = detail::nowMs();
    if (Status s = runOnce(*m_db, QStringLiteral("UPDATE share_grants SET stopped_at = ? WHERE id = ? AND stopped_at IS NULL"),
                           QStringLiteral("stopping the grant"), now, id);
        !s.ok())
        return s.error();
    if (m_db->changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no standing grant %1").arg(id), QStringLiteral("grant"));
    if (withdrawSent) {
        // First: what may be at the clinic (sent, or a share on its way) is
        // withdrawn; the withdrawal takes the place of a share that waited.
        const QString withdraw = QStringLiteral("INSERT INTO outbox (entry_uuid, op, op_at) SELECT e.uuid, 'withdraw', ? "
                                                "FROM entries e JOIN share_grants g ON g.id = ? WHERE ")
            + kGrantMatch + QStringLiteral(" AND NOT ") + kCovered + QStringLiteral(" AND ") + kMayBeThere + kUpsert;
        if (Status s = runOnce(*m_db, withdraw, QStringLiteral("queueing the withdrawals"), now, id); !s.ok())
            return s.error();
    }
    // Then what waited and nothing covers any more does not go.
    const QString mine = QStringLiteral("SELECT e.uuid FROM entries e JOIN share_grants g ON g.id = ? WHERE ") + kGrantMatch
        + QStringLiteral(" AND NOT ") + kCovered;
    const QString drop = QStringLiteral("DELETE FROM outbox WHERE state = 'pending' AND op = 'share' AND entry_uuid IN (") + mine
        + QStringLiteral(")");
    if (Status s = runOnce(*m_db, drop, QStringLiteral("dropping what was queued"), id); !s.ok())
        return s.error();
    return tx.commit();
}

Status JournalStore::setPickedForSharing(const QString& entryId, bool picked)
{
    if (Status s = writable(); !s.ok())
        return s;
    auto paired = clinicPairing();
    if (!paired.ok())
        return paired.error();
    if (!paired->has_value())
        return makeError(ErrorCode::Conflict, QStringLiteral("this journal is not paired with a clinic"));
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    auto seq = seqOf(entryId);
    if (!seq.ok())
        return seq.error();
    auto current = get(entryId);
    if (!current.ok())
        return current.error();
    if (picked && current->isDeleted())
        return makeError(ErrorCode::Conflict, QStringLiteral("entry %1 is deleted; restore it to share it").arg(entryId));
    const qint64 now = detail::nowMs();
    if (picked) {
        if (Status s = runOnce(*m_db, QStringLiteral("INSERT OR IGNORE INTO share_picks (entry_seq, picked_at) VALUES (?, ?)"),
                               QStringLiteral("saving the choice"), *seq, now);
            !s.ok())
            return s.error();
        const QString queue = QStringLiteral("INSERT INTO outbox (entry_uuid, op, op_at) SELECT e.uuid, 'share', ? FROM entries e "
                                             "WHERE e.seq = ? AND (")
            + kLastSent + QStringLiteral(" <> 'share:' || e.revision OR ") + kWithdrawWaits + QStringLiteral(")") + kUpsert;
        if (Status s = runOnce(*m_db, queue, QStringLiteral("queueing the entry"), now, *seq); !s.ok())
            return s.error();
    } else {
        if (Status s = runOnce(*m_db, QStringLiteral("DELETE FROM share_picks WHERE entry_seq = ?"), QStringLiteral("saving the choice"), *seq);
            !s.ok())
            return s.error();
        // Unpicked and not covered otherwise: what may be at the clinic is
        // withdrawn (in the place of a share that waited), nothing else goes.
        const QString withdraw = QStringLiteral("INSERT INTO outbox (entry_uuid, op, op_at) SELECT e.uuid, 'withdraw', ? FROM entries e "
                                                "WHERE e.seq = ? AND NOT ")
            + kCovered + QStringLiteral(" AND ") + kMayBeThere + kUpsert;
        if (Status s = runOnce(*m_db, withdraw, QStringLiteral("queueing the withdrawal"), now, *seq); !s.ok())
            return s.error();
        const QString drop = QStringLiteral("DELETE FROM outbox WHERE state = 'pending' AND op = 'share' AND entry_uuid IN "
                                            "(SELECT e.uuid FROM entries e WHERE e.seq = ? AND NOT ")
            + kCovered + QStringLiteral(")");
        if (Status s = runOnce(*m_db, drop, QStringLiteral("dropping what was queued"), *seq); !s.ok())
            return s.error();
    }
    return tx.commit();
}

Status JournalStore::queueSharing(qint64 seq, const sdk::Entry& entry)
{
    Error err;
    bool picked = false, byGrant = false, mayBeThere = false;
    {
        // No row at all when the journal is not paired: nothing else is looked up.
        auto q = m_db->cached(QStringLiteral("SELECT EXISTS (SELECT 1 FROM share_picks WHERE entry_seq = ?1), "
                                             "EXISTS (SELECT 1 FROM share_grants g WHERE g.stopped_at IS NULL AND g.plugin_id = ?2 "
                                             "        AND (g.kind IS NULL AND ?3 <> ?2 || '/draft' OR g.kind = ?3) AND ?4 >= g.from_at), " // as kGrantMatch
                                             "COALESCE((SELECT op FROM outbox WHERE entry_uuid = ?5 AND state = 'sent' ORDER BY op_at DESC, id DESC LIMIT 1), '') = 'share' "
                                             "OR EXISTS (SELECT 1 FROM outbox WHERE entry_uuid = ?5 AND state = 'pending' AND op = 'share' AND attempts > 0) "
                                             "FROM sync_clinic"),
                              &err);
        if (!q)
            return err;
        q->bind(1, seq).bind(2, entry.pluginId).bind(3, entry.kind).bind(4, entry.occurredAt.toMSecsSinceEpoch()).bind(5, entry.id);
        if (!q->next()) {
            if (q->failed())
                return m_db->error(QStringLiteral("checking what is shared"), q->rc());
            return {}; // not paired
        }
        picked = q->int64(0) != 0;
        byGrant = q->int64(1) != 0;
        mayBeThere = q->int64(2) != 0; // acknowledged, or a share waiting that was sent (it may have arrived)
    } // the read is released before writing
    const bool covered = !entry.isDeleted() && (picked || (byGrant && !entry.isPrivate()));
    const qint64 now = detail::nowMs();
    if (covered || ((entry.isDeleted() || entry.isPrivate()) && mayBeThere)) {
        auto up = m_db->cached(QStringLiteral("INSERT INTO outbox (entry_uuid, op, op_at) VALUES (?, ?, ?)") + kUpsert, &err);
        if (!up)
            return err;
        up->bind(1, entry.id).bind(2, covered ? QStringLiteral("share") : QStringLiteral("withdraw")).bind(3, now);
        if (up->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("queueing the entry for the clinic"), up->rc());
        return {};
    }
    auto drop = m_db->cached(QStringLiteral("DELETE FROM outbox WHERE entry_uuid = ? AND state = 'pending' AND op = 'share'"), &err);
    if (!drop)
        return err;
    drop->bind(1, entry.id);
    if (drop->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("dropping what was queued"), drop->rc());
    return {};
}

Result<JournalStore::EntrySharing> JournalStore::entrySharing(const QString& entryId) const
{
    Error err;
    auto q = m_db->cached(QStringLiteral("SELECT EXISTS (SELECT 1 FROM share_picks p WHERE p.entry_seq = e.seq), "
                                         "e.private = 0 AND EXISTS (SELECT 1 FROM share_grants g WHERE g.stopped_at IS NULL AND ")
                              + kGrantMatch + QStringLiteral("), ") + kLastSent
                              + QStringLiteral(", EXISTS (SELECT 1 FROM outbox o WHERE o.entry_uuid = e.uuid AND o.state = 'pending' "
                                               "AND o.op = 'share') FROM entries e WHERE e.uuid = ?"),
                          &err);
    if (!q)
        return err;
    q->bind(1, entryId);
    if (!q->next()) {
        if (q->failed())
            return m_db->error(QStringLiteral("reading what is shared"), q->rc());
        return entryNotFound(entryId);
    }
    return EntrySharing{q->int64(0) != 0, q->int64(1) != 0, q->text(2).startsWith(QLatin1String("share:")), q->int64(3) != 0};
}

Result<QList<JournalStore::OutboxOp>> JournalStore::pendingOutbox(int limit) const
{
    Error err;
    auto q = m_db->cached(QStringLiteral("SELECT id, entry_uuid, op, op_at, attempts FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?"),
                          &err);
    if (!q)
        return err;
    q->bind(1, limit);
    QList<OutboxOp> out;
    while (q->next())
        out.push_back({q->int64(0), q->text(1), q->text(2) == QLatin1String("withdraw"), q->int64(3), static_cast<int>(q->int64(4))});
    if (q->failed())
        return m_db->error(QStringLiteral("reading the outbox"), q->rc());
    return out;
}

Status JournalStore::outboxDone(qint64 id, int revision, qint64 opAtMs)
{
    if (Status s = writable(); !s.ok())
        return s;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    Error err;
    {
        auto q = m_db->cached(QStringLiteral("UPDATE outbox SET state = 'sent', revision = NULLIF(?, 0), done_at = ?, last_error = NULL "
                                             "WHERE id = ? AND state = 'pending' AND op_at = ?"),
                              &err);
        if (!q)
            return err;
        q->bind(1, revision).bind(2, detail::nowMs()).bind(3, id).bind(4, opAtMs);
        if (q->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("noting what the clinic received"), q->rc());
    }
    if (m_db->changes() == 0) {
        // Replaced on its way: keep what went as its own row; the new op stays pending.
        auto q = m_db->cached(QStringLiteral("INSERT INTO outbox (entry_uuid, op, op_at, state, revision, done_at) "
                                             "SELECT entry_uuid, CASE WHEN ? = 0 THEN 'withdraw' ELSE 'share' END, ?, 'sent', NULLIF(?, 0), ? "
                                             "FROM outbox WHERE id = ? AND state = 'pending'"),
                              &err);
        if (!q)
            return err;
        q->bind(1, revision).bind(2, opAtMs).bind(3, revision).bind(4, detail::nowMs()).bind(5, id);
        if (q->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("noting what the clinic received"), q->rc());
    }
    if (Status s = setSyncMeta(QStringLiteral("last_sent_at"), QString::number(detail::nowMs())); !s.ok())
        return s;
    if (Status s = setSyncMeta(QStringLiteral("last_error"), QString()); !s.ok())
        return s;
    return tx.commit();
}

Status JournalStore::outboxFailed(qint64 id, qint64 opAtMs, const QString& why)
{
    if (Status s = writable(); !s.ok())
        return s;
    Error err;
    // An op replaced on its way (a newer choice) stays pending: the newer one goes.
    auto q = m_db->cached(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, done_at = ? "
                                         "WHERE id = ? AND state = 'pending' AND op_at = ?"),
                          &err);
    if (!q)
        return err;
    q->bind(1, why.left(300)).bind(2, detail::nowMs()).bind(3, id).bind(4, opAtMs);
    if (q->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("noting what the clinic refused"), q->rc());
    return {};
}

Status JournalStore::outboxRetry(const QList<qint64>& ids, const QString& why)
{
    if (Status s = writable(); !s.ok())
        return s;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    Error err;
    for (const qint64 id : ids) {
        auto q = m_db->cached(QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ? AND state = 'pending'"),
                              &err);
        if (!q)
            return err;
        q->bind(1, why.left(300)).bind(2, id);
        if (q->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("noting a try"), q->rc());
    }
    if (Status s = setSyncMeta(QStringLiteral("last_error"), why.left(300)); !s.ok())
        return s;
    return tx.commit();
}

Status JournalStore::outboxSending(const QList<qint64>& ids)
{
    if (Status s = writable(); !s.ok())
        return s;
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status();
    Error err;
    for (const qint64 id : ids) {
        auto q = m_db->cached(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ? AND state = 'pending'"), &err);
        if (!q)
            return err;
        q->bind(1, id);
        if (q->run() != SQLITE_DONE)
            return m_db->error(QStringLiteral("noting what is being sent"), q->rc());
    }
    return tx.commit();
}

Status JournalStore::setSyncMeta(const QString& key, const QString& value)
{
    Error err;
    auto q = m_db->cached(QStringLiteral("INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          &err);
    if (!q)
        return err;
    q->bind(1, key).bind(2, value);
    if (q->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("noting how sharing went"), q->rc());
    return {};
}

Result<JournalStore::SharingState> JournalStore::sharingState() const
{
    SharingState st;
    auto counts = m_db->prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM (SELECT (SELECT x.op FROM outbox x WHERE x.entry_uuid = o.entry_uuid AND x.state = 'sent' "
        "          ORDER BY x.op_at DESC, x.id DESC LIMIT 1) AS op FROM (SELECT DISTINCT entry_uuid FROM outbox WHERE state = 'sent') o) "
        "        WHERE op = 'share'), "
        "       (SELECT count(*) FROM outbox WHERE state = 'pending'), "
        "       (SELECT count(*) FROM outbox WHERE state = 'failed'), "
        "       (SELECT value FROM sync_meta WHERE key = 'last_error'), "
        "       (SELECT value FROM sync_meta WHERE key = 'last_sent_at'), "
        "       (SELECT count(*) FROM outbox WHERE state = 'pending' AND op = 'withdraw')"));
    if (!counts.ok())
        return counts.error();
    if (!counts.value().next())
        return m_db->error(QStringLiteral("reading what is shared"), counts.value().rc());
    st.shared = counts.value().int64(0);
    st.pending = counts.value().int64(1);
    st.failed = counts.value().int64(2);
    st.lastError = counts.value().text(3);
    st.pendingWithdrawals = counts.value().int64(5);
    if (!counts.value().isNull(4))
        st.lastSentAt = detail::fromMs(counts.value().text(4).toLongLong());
    auto grants = m_db->prepare(QStringLiteral("SELECT id, plugin_id, COALESCE(kind, ''), from_at, created_at, stopped_at FROM share_grants "
                                               "WHERE stopped_at IS NULL ORDER BY id DESC"));
    if (!grants.ok())
        return grants.error();
    while (grants.value().next())
        st.grants.push_back({grants.value().int64(0), grants.value().text(1), grants.value().text(2), detail::fromMs(grants.value().int64(3)),
                             detail::fromMs(grants.value().int64(4)), fromMsOrInvalid(*grants, 5)});
    auto picks = m_db->prepare(QStringLiteral("SELECT e.uuid FROM share_picks p JOIN entries e ON e.seq = p.entry_seq ORDER BY p.picked_at"));
    if (!picks.ok())
        return picks.error();
    while (picks.value().next())
        st.picked << picks.value().text(0);
    auto failures = m_db->prepare(QStringLiteral("SELECT entry_uuid, COALESCE(last_error, '') FROM outbox WHERE state = 'failed' "
                                                 "ORDER BY id DESC LIMIT 20"));
    if (!failures.ok())
        return failures.error();
    while (failures.value().next())
        st.failures.push_back({failures.value().text(0), failures.value().text(1)});
    return st;
}

} // namespace tessera::core
