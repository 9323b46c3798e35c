// Tessera SDK: the journal as a module sees it.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/export.h>
#include <tessera/sdk/result.h>

#include <QObject>

class QTimer;

namespace tessera::sdk {

/// A module's view of the one shared journal. The host gives each module its
/// own Journal, scoped by its manifest:
///  - it writes (add, update, remove, restore, link) only the kinds it owns;
///  - it reads its own kinds plus those its manifest lists under "reads";
///  - anything else fails with ErrorCode::PermissionDenied.
/// Every write is validated by the owning module's Plugin::validatePayload
/// before it is stored; a refused write returns ErrorCode::Validation with
/// the field and reason. A write that returns ok has been committed to disk
/// (fsync) and survives a crash.
///
/// Kind names may be given short ("thought-record", meaning this module's
/// own) or full ("cbt/thought-record").
///
/// All calls are made on the thread that owns the journal (the GUI thread). @since 1.0
class TESSERA_SDK_EXPORT Journal : public QObject {
    Q_OBJECT
public:
    /// Journals are made by the host, one per module. @since 1.0
    explicit Journal(QObject* parent = nullptr);
    ~Journal() override;

    /// The module this journal belongs to. @since 1.0
    [[nodiscard]] virtual QString pluginId() const = 0;
    /// Full names of the kinds this module may write. @since 1.0
    [[nodiscard]] virtual QStringList writableKinds() const = 0;
    /// Full names of the kinds this module may read (its own plus granted ones). @since 1.0
    [[nodiscard]] virtual QStringList readableKinds() const = 0;

    /// Validates and stores a new entry; returns it with id and timestamps set. @since 1.0
    virtual Result<Entry> add(const EntryDraft& draft) = 0;
    /// Replaces an entry's content, keeping the previous state as a Revision.
    /// The kind cannot change. Deleted entries cannot be updated (restore first). @since 1.0
    virtual Result<Entry> update(const QString& id, const EntryDraft& draft) = 0;
    /// One entry by id, deleted or not (check Entry::isDeleted()). @since 1.0
    [[nodiscard]] virtual Result<Entry> get(const QString& id) const = 0;
    /// Soft-deletes an entry: hidden from queries, restorable. @since 1.0
    virtual Status remove(const QString& id) = 0;
    /// Undoes remove(). @since 1.0
    virtual Status restore(const QString& id) = 0;
    /// Entries matching the query, one page at a time (keyset pagination). @since 1.0
    [[nodiscard]] virtual Result<EntryPage> query(const EntryQuery& query) const = 0;
    /// How many entries match (cursor and limit are ignored). @since 1.0
    [[nodiscard]] virtual Result<qint64> count(const EntryQuery& query) const = 0;
    /// Previous states of an entry, newest first. @since 1.0
    [[nodiscard]] virtual Result<QList<Revision>> history(const QString& id) const = 0;
    /// Links `fromId` (an entry this module owns) to `toId` (one it may read). @since 1.0
    virtual Status link(const QString& fromId, const QString& toId, const QString& relation) = 0;
    /// Removes a link made by link(). @since 1.0
    virtual Status unlink(const QString& fromId, const QString& toId, const QString& relation) = 0;
    /// Links from or to an entry, limited to entries this module may read. @since 1.0
    [[nodiscard]] virtual Result<QList<Link>> links(const QString& id) const = 0;

    /// Counts, sums, averages, minimums and maximums over the matching
    /// entries, computed by the store without reading them into the module
    /// (see AggregateQuery). Fails with PermissionDenied for kinds the module
    /// may not read; InvalidArgument, naming the field, for a `value` or
    /// `minus` that is not "mood" or "payload.<name>[.<name>...]", a
    /// `groupBy` that is not that or "kind", a `minus` without a `value`, or
    /// a `limit` outside 1-10000; Storage when the journal cannot be read.
    /// @since 1.2
    [[nodiscard]] virtual Result<QList<AggregateRow>> aggregate(const AggregateQuery& query) const = 0;

    /// What the manifest says about a kind this module may read (its own or
    /// one under "reads"; short names mean this module's own): its title and
    /// its module's, to show another module's entries by their own names.
    /// PermissionDenied for a kind it may not read; NotFound when no
    /// installed module declares the kind.
    /// @since 2.0
    [[nodiscard]] virtual Result<KindInfo> kindInfo(const QString& kind) const = 0;

    // Compatibility: only the host implements Journal. New functions are
    // appended here, after every existing one, never inserted above.

    /// Every entry matching the query, following cursors page by page, at
    /// most `max` (it reads no more than that). This reads whole histories
    /// into memory: keep it for bounded ranges (set `from`, or a small `max`)
    /// and for pages the client opened, never for a module's start (see "A
    /// module's start" in the plugin guide); for figures use aggregate(). @since 1.0
    [[nodiscard]] Result<QList<Entry>> all(EntryQuery query, int max = 100000) const;

signals:
    /// An entry this module may read was added, updated, removed or restored,
    /// by this module or anyone else (another module, the app, the CLI import). @since 1.0
    void entryChanged(tessera::sdk::ChangeType type, const QString& id, const QString& kind);
    /// Many entries changed at once (an import, a restore from backup, the
    /// demo being seeded): reload whatever you show. @since 1.0
    void reloaded();
    /// Something this module may read changed: sent once, on the next turn
    /// of the event loop, however many entryChanged() or reloaded() came
    /// before it. Refresh figures and lists from this signal, so a save
    /// returns as soon as it is committed and a burst of changes costs one
    /// refresh. @since 1.0
    void changed();

private:
    QTimer* m_coalesce;
};

} // namespace tessera::sdk
