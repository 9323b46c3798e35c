// The journal as one module sees it, enforcing its manifest's grants.
#pragma once
#include <QHash>
#include <QStringList>
#include <utility>
#include <optional>

#include "writequota.h"

#include <tessera/sdk/journal.h>

#include <QSet>

namespace tessera::core {

/// What a module wrote through its journal in one call: the entries it
/// added, the revision each entry it updated had before (its first update
/// in the call), the links it made, and whether it wrote anything else (a
/// removal, a restore, an unlink), which nothing simple takes back.
struct JournalWrites {
    QStringList added;
    QHash<QString, int> updated; ///< entry id -> its revision before the call
    QList<sdk::Link> linked;
    bool other = false;
    [[nodiscard]] bool empty() const { return added.isEmpty() && updated.isEmpty() && linked.isEmpty(); }
};

class JournalStore;
class PayloadPolicy;

/// Implements sdk::Journal for one module over the shared JournalStore:
/// writes only the module's own kinds, reads its own plus granted kinds, and
/// upgrades old payloads on read. Its writes go through the store's one write
/// path (JournalStore's checks), asking `policy`, the PayloadPolicy this
/// journal was made with, whatever the store's own: a module's writes are
/// checked by its module even on a store with no policy set.
///
/// Module trust (issue 20):
///  - An entry the module may not read is answered for exactly as an id no
///    entry has (NotFound, JournalStore::entryNotFound()), by every call that
///    takes an id: the module learns neither that it exists nor its kind.
///  - Of the kinds its manifest lists under "reads", only those allowed
///    (setAllowedReads(): the client's or the clinic's consent) are read; the
///    others look empty (no entries, no changes), so the module's pages work
///    and it cannot tell. A kind its manifest does not list is refused with
///    PermissionDenied, as before: that is the manifest's mistake.
///  - Writes (add, update, remove, restore, link, unlink) are counted per
///    minute and per day (setWriteLimits()); over a limit a write is refused
///    with ErrorCode::Unavailable and a message naming the module.
class ScopedJournal final : public sdk::Journal {
    Q_OBJECT
public:
    /// `writable` and `readable` are full kind names: the kinds the module
    /// owns and those its manifest lists under "reads" (all of them allowed
    /// until setAllowedReads() says otherwise). `store` and `policy` must
    /// outlive this object. No write limit until setWriteLimits().
    ScopedJournal(JournalStore& store, const PayloadPolicy& policy, QString pluginId,
                  QSet<QString> writable, QSet<QString> readable, QObject* parent = nullptr);
    ~ScopedJournal() override;

    [[nodiscard]] QString pluginId() const override { return m_pluginId; }
    [[nodiscard]] QStringList writableKinds() const override;
    /// Its own kinds and every kind its manifest lists under "reads", allowed
    /// or not (the module cannot tell which the client allowed).
    [[nodiscard]] QStringList readableKinds() const override;

    /// Which of the kinds listed under "reads" the module really reads; the
    /// others look empty. A change makes the module reload (reloaded()).
    /// `announce`: say reloaded() when what it may read changed (not as the
    /// module starts: it has read nothing yet, issue 30).
    void setAllowedReads(const QSet<QString>& kinds, bool announce = true);
    [[nodiscard]] QSet<QString> allowedReads() const;
    /// Limits on the module's writes; `moduleName` is how messages name it.
    /// `clock` (milliseconds, monotonic) is for tests.
    void setWriteLimits(WriteLimits limits, const QString& moduleName, WriteQuota::Clock clock = {});

    sdk::Result<sdk::Entry> add(const sdk::EntryDraft& draft) override;
    sdk::Result<sdk::Entry> update(const QString& id, const sdk::EntryDraft& draft) override;
    [[nodiscard]] sdk::Result<sdk::Entry> get(const QString& id) const override;
    sdk::Status remove(const QString& id) override;
    sdk::Status restore(const QString& id) override;
    [[nodiscard]] sdk::Result<sdk::EntryPage> query(const sdk::EntryQuery& query) const override;
    [[nodiscard]] sdk::Result<qint64> count(const sdk::EntryQuery& query) const override;
    [[nodiscard]] sdk::Result<QList<sdk::Revision>> history(const QString& id) const override;
    sdk::Status link(const QString& fromId, const QString& toId, const QString& relation) override;
    sdk::Status unlink(const QString& fromId, const QString& toId, const QString& relation) override;
    [[nodiscard]] sdk::Result<QList<sdk::Link>> links(const QString& id) const override;
    [[nodiscard]] sdk::Result<QList<sdk::AggregateRow>> aggregate(const sdk::AggregateQuery& query) const override;
    [[nodiscard]] sdk::Result<sdk::KindInfo> kindInfo(const QString& kind) const override;

    /// What the module has read through this journal since it was made (or
    /// resetReads()): the test harness's guard that a module's start does not
    /// grow with the journal.
    struct ReadCounts {
        qint64 entries = 0;      ///< entries returned by get, query (and all), history
        qint64 payloadBytes = 0; ///< their payloads as compact JSON (only when measured)
        qint64 aggregates = 0;   ///< aggregate() calls
    };
    [[nodiscard]] ReadCounts reads() const { return m_reads; }
    void resetReads() { m_reads = {}; }
    /// Also add up payload sizes (costs a serialisation per entry: tests only).
    void setMeasurePayloadBytes(bool on) { m_measureBytes = on; }

    /// What the module wrote between recordWrites() and takeWrites() (see
    /// JournalWrites): what Today's Undo of a Done or Skip takes back.
    void recordWrites() { m_recording = JournalWrites{}; }
    JournalWrites takeWrites() { return std::exchange(m_recording, std::nullopt).value_or(JournalWrites{}); }

private:
    void counted(const sdk::Entry& e) const;
    [[nodiscard]] QString fullKind(const QString& kind) const;
    [[nodiscard]] sdk::Status checkWritable(const QString& kind) const;
    /// Ok for the module's own kinds and those under "reads" (allowed or not).
    [[nodiscard]] sdk::Status checkDeclared(const QString& kind) const;
    /// The entry, if the module may see it; else exactly what an unknown id gets.
    sdk::Result<sdk::Entry> visible(const QString& id) const;
    /// visible(), its payload upgraded and counted as read.
    sdk::Result<sdk::Entry> readable(const QString& id) const;
    sdk::Result<sdk::Entry> writable(const QString& id) const;
    /// The query with its kinds made full and limited to what is read; an
    /// empty list of kinds means all of them, so when nothing is left the
    /// query asks for a kind no entry has (kNoKind).
    sdk::Result<sdk::EntryQuery> scoped(const sdk::EntryQuery& query) const;
    /// The full kind name, if the module may write it.
    sdk::Result<sdk::EntryDraft> prepareWrite(const sdk::EntryDraft& draft) const;
    /// Refuses a write over the limits (and says so once in the log).
    [[nodiscard]] sdk::Status admitWrite();
    /// Counts a write that was made.
    template <typename R>
    R counting(R result)
    {
        if (result.ok())
            m_quota.record();
        return result;
    }

    JournalStore& m_store;
    const PayloadPolicy& m_policy;
    QString m_pluginId;
    QString m_moduleName;
    QSet<QString> m_writable;
    QSet<QString> m_declared; ///< own kinds and "reads"
    QSet<QString> m_readable; ///< own kinds and the allowed "reads"
    mutable ReadCounts m_reads;
    bool m_measureBytes = false;
    WriteQuota m_quota{WriteLimits{0, 0}};
    WriteQuota::Full m_loggedFull = WriteQuota::Full::No;
    std::optional<JournalWrites> m_recording;
};

} // namespace tessera::core
