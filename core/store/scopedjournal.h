// The journal as one module sees it, enforcing its manifest's grants.
#pragma once

#include <tessera/sdk/journal.h>

#include <QSet>

namespace tessera::core {

class JournalStore;
class PayloadPolicy;

/// Implements sdk::Journal for one module over the shared JournalStore:
/// writes only the module's own kinds, reads its own plus granted kinds, and
/// upgrades old payloads on read. Its writes go through the store's one write
/// path (JournalStore's checks), asking `policy`, the PayloadPolicy this
/// journal was made with, whatever the store's own: a module's writes are
/// checked by its module even on a store with no policy set.
class ScopedJournal final : public sdk::Journal {
    Q_OBJECT
public:
    /// `writable` and `readable` are full kind names; readable should
    /// include writable. `store` and `policy` must outlive this object.
    ScopedJournal(JournalStore& store, const PayloadPolicy& policy, QString pluginId,
                  QSet<QString> writable, QSet<QString> readable, QObject* parent = nullptr);
    ~ScopedJournal() override;

    [[nodiscard]] QString pluginId() const override { return m_pluginId; }
    [[nodiscard]] QStringList writableKinds() const override;
    [[nodiscard]] QStringList readableKinds() const override;

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

private:
    void counted(const sdk::Entry& e) const;
    [[nodiscard]] QString fullKind(const QString& kind) const;
    [[nodiscard]] sdk::Status checkWritable(const QString& kind) const;
    [[nodiscard]] sdk::Status checkReadable(const QString& kind) const;
    sdk::Result<sdk::Entry> readable(const QString& id) const;
    sdk::Result<sdk::Entry> writable(const QString& id) const;
    sdk::Result<sdk::EntryQuery> scoped(const sdk::EntryQuery& query) const;
    /// The full kind name, if the module may write it.
    sdk::Result<sdk::EntryDraft> prepareWrite(const sdk::EntryDraft& draft) const;

    JournalStore& m_store;
    const PayloadPolicy& m_policy;
    QString m_pluginId;
    QSet<QString> m_writable;
    QSet<QString> m_readable;
    mutable ReadCounts m_reads;
    bool m_measureBytes = false;
};

} // namespace tessera::core
