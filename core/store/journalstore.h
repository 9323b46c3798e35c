// The journal: one SQLite file holding every module's entries.
#pragma once

#include "cryptovfs.h"
#include "journallock.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/result.h>

#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>
#include <tuple>
#include <memory>
#include <optional>

namespace tessera::core {

class Database;
class PayloadPolicy;
class SearchTerms;
/// A new journal key: the key and its recovery key (journalkey.h).
struct JournalKeyCreated {
    std::shared_ptr<const DataKey> key;
    QString recoveryKey;
};
class ScopedJournal;
struct BackgroundCheck;

/// A module's reminder as the journal keeps it (issue 24), with the host's
/// firing state.
struct StoredReminder {
    QString pluginId;
    sdk::Reminder reminder;
    QDateTime createdAt;      ///< when first scheduled (no occurrence before it is ever due)
    QDateTime updatedAt;      ///< when its content last changed
    QDateTime lastOccurrence; ///< the last occurrence handled (fired, reported missed, passed over); invalid: none
    QDateTime snoozedUntil;   ///< fire again then; invalid: not snoozed
};

/// The host's store for every entry, and the one way into it: every add(),
/// update() and importEntries() passes the same checks, in this order:
///  1. the kind is a full name ("plugin-id/kind-name");
///  2. the owning module accepts the entry, asked through the PayloadPolicy
///     (setPayloadPolicy(); the plugin manager is the host's): its payload,
///     and whether the module knows the kind and schema version. Skipped for
///     the host's own kinds ("tessera/...": no module may take the id) and
///     when no policy is set (a bare store: tests, benchmarks, tools);
///  3. the fields the store guards itself (checkDraftFields()).
/// The module's check comes before the other fields because titles and
/// summaries are usually derived from the payload, so its error
/// ("payload.description: is required") is the one that tells the person
/// what to fill in. A module's own journal (ScopedJournal) adds only the
/// manifest's grants and passes its entries here.
///
/// Durability: WAL with synchronous=FULL; a call that returns ok has been
/// committed and synced. One read-write instance per file at a time (a lock
/// file beside the journal); read-only instances need no lock.
///
/// Damage: every open checks the file (header and size, then PRAGMA
/// integrity_check, which also compares every index with its table). Up to
/// integrityCheckAtOpenBytes() the check runs before open() returns and a
/// damaged journal is refused; above it the check runs on its own connection
/// in the background and every write waits for its verdict, so a damaged
/// journal is read but never written (damaged() is emitted when it fails).
///
/// Files beside the journal <name>:
///  - <name>.lock: the writer's lock (JournalLock);
///  - <name>.problem: a problem found once that must stay found until the
///    person decides (today: a write-ahead log that went missing); every open
///    refuses while it exists, `db accept` and `db restore` remove it;
///  - <name>.restoring and <name>.restore: a restore in progress (the new
///    copy, whole and synced, and the record of where the old journal goes);
///    the next open finishes a restore a kill interrupted;
///  - <name>.before-restore-<time>[-wal]: the journal as it was before a restore.
///
/// Encryption: opened with a DataKey (JournalKey::unlock()), the journal, its
/// write-ahead log and every backup and copy the store makes of it are
/// encrypted page by page (cryptovfs.h); <name>.key beside it holds the key,
/// wrapped (journalkey.h). A journal with a key file is never opened without
/// its key, and a plain journal is never opened with one.
///
/// Kinds are always full names here ("plugin-id/kind").
class JournalStore : public QObject {
    Q_OBJECT
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens or creates the journal at `path`. Read-write takes the lock,
    /// creates the file if needed, and migrates an older schema after
    /// writing a backup copy beside it. Refuses (never touches) a file that
    /// is not a Tessera journal, is damaged, or comes from a newer version.
    /// ":memory:" opens a throw-away journal in memory. With `key`, the
    /// journal is encrypted (a new one is created encrypted); see the class comment.
    static sdk::Result<std::unique_ptr<JournalStore>> open(const QString& path, Mode mode = Mode::ReadWrite,
                                                           std::shared_ptr<const DataKey> key = {});
    ~JournalStore() override;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// Whether the journal is encrypted (opened with a key; stays true while locked).
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }

    // --- Locking an open encrypted journal (issue 21: the app lock) ---
    /// Locks an open encrypted journal: stops a background backup or check,
    /// closes every connection and drops the key (wiped once nothing else
    /// holds it). Until unlock(), every call answers ErrorCode::Unavailable
    /// ("the journal is locked") and changes nothing; reset() is emitted so
    /// views let go of what they show. InvalidArgument for a plain journal.
    sdk::Status lock();
    /// Reopens a locked journal with `key`; a key that is not this journal's
    /// is refused (PermissionDenied) and the journal stays locked. Emits reset().
    sdk::Status unlock(std::shared_ptr<const DataKey> key);
    [[nodiscard]] bool isLocked() const { return m_locked; }

    // --- Converting between plain and encrypted (issue 21) ---
    /// Encrypts the plain journal at `path` (not open elsewhere: the lock is
    /// taken). Writes an encrypted copy and a key file made from `passphrase`
    /// beside it under temporary names, checks the copy (integrity and every
    /// entry, revision and link the same), then swaps them into place and
    /// removes the plain file. A kill at any moment loses nothing: the next
    /// open, or conversion, finishes or undoes it. Returns the new key and the
    /// recovery key (shown once).
    ///
    /// Copies of the journal are converted with it, so none stays in the old
    /// format: the automatic backups in `backupFolder` (journal-*.sqlite; the
    /// host passes Host::backupDir()), the backup before a format upgrade and
    /// the journals kept aside by restores. Each is copied, checked and
    /// swapped in the same way; one that cannot be read as a sound journal is
    /// left as it is and named in `*leftAsItWas`. The record of a conversion
    /// in progress is <name>.convert (see journalcrypt.cpp).
    static sdk::Result<JournalKeyCreated> encryptFile(const QString& path, const QByteArray& passphrase,
                                                      const QString& backupFolder = {}, QStringList* leftAsItWas = nullptr);
    /// The reverse: a plain copy, checked, swapped in; the key file goes last.
    static sdk::Status decryptFile(const QString& path, std::shared_ptr<const DataKey> key,
                                   const QString& backupFolder = {}, QStringList* leftAsItWas = nullptr);
    /// encryptFile() for this open journal (the app's Settings): its
    /// connection closes (a background backup or check is stopped first), the
    /// file is converted while this store holds the lock, and it reopens
    /// encrypted. Emits reset(). On failure it reopens as it was.
    sdk::Result<JournalKeyCreated> encrypt(const QByteArray& passphrase, const QString& backupFolder = {});
    /// decryptFile() for this open journal. Emits reset().
    sdk::Status decrypt(const QString& backupFolder = {});
    /// The copies the last encrypt() or decrypt() could not convert (see encryptFile()).
    [[nodiscard]] QStringList copiesLeftAsTheyWere() const { return m_leftAsItWas; }
    /// Finishes, or undoes, a conversion a kill interrupted (open() does this
    /// too). Takes the lock; a no-op when none was interrupted.
    static sdk::Status finishInterruptedConversion(const QString& target);
    // --- Deleting forever: emptying the bin (issue 21; journalpurge.cpp) ---
    /// What a purge deleted forever.
    struct PurgeReport {
        QStringList ids;        ///< the entries deleted forever
        qint64 revisions = 0;   ///< their earlier versions (history) removed with them
        qint64 links = 0;       ///< links from or to them removed
        QDateTime at;           ///< when (UTC); also kept in the journal (binEmptiedAt())
        /// Whether the write-ahead log was emptied too (false when another
        /// program was reading the journal at that moment: the old text may
        /// stay in the -wal file until the journal is next closed).
        bool logCleared = false;
    };
    /// The entries in the bin (deleted, not yet deleted forever), most
    /// recently deleted first, without their payloads.
    [[nodiscard]] sdk::Result<QList<sdk::Entry>> binEntries() const;
    /// Deletes forever every entry in the bin deleted before `before`.
    sdk::Result<PurgeReport> purgeDeletedBefore(const QDateTime& before);
    /// Deletes forever the entries `ids` (full ids). Each must be in the bin:
    /// an id no entry has (NotFound) or an entry that is not deleted
    /// (Conflict) is refused, naming it, and nothing is deleted.
    /// Both purges remove the entries' rows, their revisions, their links and
    /// their search-index rows in one transaction with PRAGMA secure_delete on
    /// (freed space is overwritten with zeros), rebuild the search index,
    /// then rewrite the whole file (VACUUM) and empty the write-ahead log
    /// (checkpoint TRUNCATE), so the text is in neither file. On an encrypted
    /// journal the copy keeps its encryption (40 reserved bytes per page).
    /// Backups and copies made before are not changed (BackupRotation's
    /// madeBeforeBinEmptied()). Emits reset(). Cannot be undone.
    sdk::Result<PurgeReport> purgeEntries(const QStringList& ids);
    /// When the bin was last emptied (invalid: never), from the journal's meta table.
    [[nodiscard]] QDateTime binEmptiedAt() const;

    /// The backup written before the last migration at open, if any.
    [[nodiscard]] QString migrationBackupPath() const { return m_migrationBackup; }

    /// What a write of a kind whose module is not running (the policy answers
    /// ErrorCode::Unavailable) does.
    enum class Unowned {
        Refuse, ///< refused with the policy's message ("the module ... is not running"): the app, tessera-cli
        Store,  ///< stored with the store's own checks: the SDK test harness, which writes other modules' kinds as fixtures
    };
    /// Asks `policy` about every write from now on (see the class comment);
    /// nullptr: structural checks only. The policy must outlive the store or
    /// be replaced first. A module's journal asks the policy it was made with.
    void setPayloadPolicy(const PayloadPolicy* policy, Unowned unowned = Unowned::Refuse);
    [[nodiscard]] const PayloadPolicy* payloadPolicy() const { return m_writeCheck.policy; }

    /// What every call answers for an id no entry has (NotFound, "no entry
    /// with id ..."). One place, so a module's journal answers for an entry
    /// the module may not read in exactly the same words (ScopedJournal).
    static sdk::Error entryNotFound(const QString& id);

    sdk::Result<sdk::Entry> add(const sdk::EntryDraft& draft);
    sdk::Result<sdk::Entry> update(const QString& id, const sdk::EntryDraft& draft);
    [[nodiscard]] sdk::Result<sdk::Entry> get(const QString& id) const;
    sdk::Status remove(const QString& id);
    /// Runs `work` (this store's own writes: add, update, remove, link, unlink
    /// ...) in one transaction: all of it is kept, or, when `work` returns an
    /// error, none of it (a kill part way keeps none either). entryChanged()
    /// comes for each change after the whole is committed, never for one
    /// rolled back. Today's Undo puts several writes back this way.
    sdk::Status inOneTransaction(const std::function<sdk::Status()>& work);
    sdk::Status restore(const QString& id);
    /// Marks the entry `id` private or not (issue 23; sdk::Entry::isPrivate()).
    /// The mark is the client's, not part of the entry's content: no earlier
    /// version is kept, revision and updatedAt stay, and update() keeps it.
    /// Deleted entries may be marked too. An id no entry has is refused
    /// (NotFound, naming it). Emits entryChanged(Updated) when it changes.
    sdk::Status setPrivate(const QString& id, bool isPrivate);
    [[nodiscard]] sdk::Result<sdk::EntryPage> query(const sdk::EntryQuery& query) const;

    /// Reminders (issue 24; core/reminders/). The modules' reminders, all
    /// of them or those of `pluginId`, by module then id. A row whose spec
    /// cannot be read is left out, the log naming its module and id.
    [[nodiscard]] sdk::Result<QList<StoredReminder>> reminders(const QString& pluginId = {}) const;
    /// Adds or replaces `reminders` of `pluginId` (already checked: see
    /// ScopedReminders), and with `replaceAll` removes the module's others,
    /// in one transaction. A reminder whose content is unchanged is not
    /// written and keeps its firing state; nothing is written when nothing
    /// changed. Emits remindersChanged() when something did.
    /// On a journal opened read-only (tessera-cli's reading commands start
    /// the modules on one), a change is held in memory for the session,
    /// answered ok and shown by reminders(), and never written: the modules
    /// give their reminders again when the journal is next opened to write.
    /// While the background check of a large journal has not given its
    /// verdict (see setBackgroundCheckDelay()), a change is held in memory,
    /// answered ok and shown by reminders(), and written the moment the
    /// verdict is "sound" (dropped, with the journal, when it is "damaged";
    /// dropped at close, when the module gives them again at its next start):
    /// a module that sets its reminders while it starts does not hold the
    /// app's first frame for the check of the whole file (issue 30).
    sdk::Status putReminders(const QString& pluginId, const QList<sdk::Reminder>& reminders, bool replaceAll);
    /// Removes the reminder; one that does not exist is not an error. Held
    /// like putReminders() before the verdict or on a read-only journal.
    sdk::Status removeReminder(const QString& pluginId, const QString& id);
    /// Records the firing state (the scheduler's). Emits nothing. Held like
    /// putReminders() before the verdict or on a read-only journal.
    sdk::Status setReminderState(const QString& pluginId, const QString& id, const QDateTime& lastOccurrence,
                                 const QDateTime& snoozedUntil);

    /// Marks (issue 26; sdk::Marks): entries the client marked for a module
    /// ("Bring to my next session"). The mark is the client's, like the
    /// private mark: no revision, no entryChanged. An id no entry has is
    /// refused (NotFound, naming it); marking twice or unmarking what is not
    /// marked is not an error. Emits marksChanged() when something changed.
    sdk::Status setMarked(const QString& pluginId, const QString& entryId, bool marked);
    /// The ids of the entries marked for `pluginId`, oldest mark first:
    /// live ones only, unless `includeDeleted`.
    [[nodiscard]] sdk::Result<QStringList> markedIds(const QString& pluginId, bool includeDeleted = false) const;
    /// Every mark of live entries: entry id -> the modules it is marked for.
    [[nodiscard]] sdk::Result<QHash<QString, QStringList>> allMarks() const;

    // ---- Sharing with a clinic (issue 31; core/sync uses these) ----
    /// The clinic this journal is paired with (at most one).
    struct ClinicPairing {
        QString serverUrl;   ///< "https://clinic.example/" (the service's base)
        QString clinicId;
        QString clinicName;
        QString clientId;    ///< the client, as the clinic knows them
        QString clientLabel; ///< the name the clinic gave them
        QString deviceId;
        QByteArray deviceKey; ///< the device's Ed25519 secret key (64 bytes); stays in the journal
        QDateTime pairedAt;
    };
    /// A standing choice: a module's entries (of one kind, or all) from a time on.
    struct ShareGrant {
        qint64 id = 0;
        QString pluginId;
        QString kind;        ///< full kind ("journal/checkin"); empty: every kind of the module
        QDateTime from;      ///< entries that happened at or after this
        QDateTime createdAt;
        QDateTime stoppedAt; ///< invalid while it stands
    };
    /// One op waiting in the outbox (oldest first).
    struct OutboxOp {
        qint64 id = 0;
        QString entryId;
        bool withdraw = false;
        qint64 opAtMs = 0;   ///< when the client chose it
        int attempts = 0;    ///< how often it (or the op it replaced) was sent
    };
    /// What is shared, waiting and refused: the sharing page's figures.
    struct SharingState {
        qint64 shared = 0;   ///< entries whose latest op reached the clinic and was a share
        qint64 pending = 0;  ///< ops waiting to go
        qint64 pendingWithdrawals = 0; ///< of those, withdrawals
        qint64 failed = 0;   ///< ops the clinic refused for good (see failures)
        QList<ShareGrant> grants;     ///< standing ones, newest first
        QStringList picked;           ///< entries picked one by one
        QList<std::pair<QString, QString>> failures; ///< (entry id, why), newest first, at most 20
        QString lastError;            ///< the last try's problem ("" when it went)
        QDateTime lastSentAt;
    };

    [[nodiscard]] sdk::Result<std::optional<ClinicPairing>> clinicPairing() const;
    /// Pairs the journal with a clinic (replacing none: unpair first).
    sdk::Status setClinicPairing(const ClinicPairing& pairing);
    /// Forgets the clinic: its grants, picks and outbox go with it.
    sdk::Status forgetClinic();
    /// A standing grant; in the same transaction, every matching entry already
    /// in the journal (not private, not deleted) is queued. Returns its id.
    sdk::Result<qint64> addShareGrant(const QString& pluginId, const QString& kind, const QDateTime& from);
    /// Stops grant `id`: nothing more is queued for it, and what was queued
    /// and not sent is dropped (unless a pick or another grant covers it). With
    /// `withdrawSent`, what was sent under it is withdrawn (queued as
    /// withdrawals), in the same transaction.
    sdk::Status stopShareGrant(qint64 id, bool withdrawSent);
    /// Picks an entry to share (private ones too: picked is chosen), or
    /// unpicks it (then, if nothing else covers it, a pending share is dropped
    /// and a sent one withdrawn).
    sdk::Status setPickedForSharing(const QString& entryId, bool picked);
    /// Whether the entry is covered by a pick or a standing grant, and whether it went.
    struct EntrySharing { bool picked = false; bool byGrant = false; bool sent = false; bool pending = false; };
    [[nodiscard]] sdk::Result<EntrySharing> entrySharing(const QString& entryId) const;
    [[nodiscard]] sdk::Result<QList<OutboxOp>> pendingOutbox(int limit) const;
    /// The clinic's final answer on op `id`: acknowledged (stored or a
    /// duplicate, with the revision sent), or refused for good (`why`). When
    /// the op was replaced while it was on its way (the entry saved again:
    /// `opAtMs` no longer matches), the new one stays pending and what was
    /// acknowledged is kept as a row of its own.
    sdk::Status outboxDone(qint64 id, int revision, qint64 opAtMs);
    sdk::Status outboxFailed(qint64 id, qint64 opAtMs, const QString& why);
    /// Ops about to be sent: counted (`attempts`), before the request leaves,
    /// so that a share that may have reached the clinic is withdrawn if the
    /// entry is made private or deleted meanwhile.
    sdk::Status outboxSending(const QList<qint64>& ids);
    /// A try that did not reach a final answer (network, 5xx): noted, kept pending.
    sdk::Status outboxRetry(const QList<qint64>& ids, const QString& why);
    [[nodiscard]] sdk::Result<SharingState> sharingState() const;

    /// How many entries match; with `atMost` > 0, counting stops there (so a
    /// count on a very large journal costs a bounded walk; the result is then
    /// at most `atMost`).
    [[nodiscard]] sdk::Result<qint64> count(const sdk::EntryQuery& query, qint64 atMost = 0) const;
    [[nodiscard]] sdk::Result<QList<sdk::Revision>> history(const QString& id) const;
    sdk::Status link(const QString& fromId, const QString& toId, const QString& relation);
    sdk::Status unlink(const QString& fromId, const QString& toId, const QString& relation);
    [[nodiscard]] sdk::Result<QList<sdk::Link>> links(const QString& id) const;

    /// What importEntries() did with each entry that has an id, in order.
    struct ImportReport {
        QStringList stored;      ///< written (an entry without an id gets a new one, listed here)
        QStringList identical;   ///< already there with the same content: skipped
        QStringList conflicting; ///< already there with different content: skipped, the journal's version kept
    };
    /// Stores complete entries in one transaction (import, demo seeding), all
    /// or nothing. Each entry is checked just before it is written, inside the
    /// transaction (as add() checks a draft, the owning module's
    /// validatePayload() included, and a deletedAt that is a valid time,
    /// revision 1 or more) and no id may appear twice; any problem rolls back
    /// the whole call, so nothing is stored, naming the entry by its number and kind, and keeps the
    /// field ("entry 3 (journal/checkin): mood: ...", "entries 1 and 3 have
    /// the same id ..."). Entries keep their ids and their private mark; an id
    /// already in the journal is skipped and sorted into `report`: identical
    /// when kind, occurredAt, utcOffsetSeconds, title, summary, mood, tags,
    /// payload, schemaVersion and whether it is deleted all match (revision
    /// and the created/updated/deleted times are not compared), conflicting
    /// otherwise. Returns how many were stored. No change signals are sent
    /// per entry; `reset()` is.
    sdk::Result<int> importEntries(const QList<sdk::Entry>& entries, ImportReport* report = nullptr);

    /// Counts, sums and averages in SQL (see sdk::AggregateQuery); kinds must
    /// be full names (ScopedJournal checks and expands them).
    [[nodiscard]] sdk::Result<QList<sdk::AggregateRow>> aggregate(const sdk::AggregateQuery& query) const;

    /// Daily mood averages between from and to (local days), for charts.
    struct MoodPoint {
        QDate day;
        double average = 0;
        int count = 0;
    };
    [[nodiscard]] sdk::Result<QList<MoodPoint>> moodByDay(const QDateTime& from, const QDateTime& to,
                                                          const QStringList& pluginIds) const;

    /// A consistent copy of the journal at `target` (SQLite backup API).
    sdk::Status backupTo(const QString& target) const;
    /// backupTo() in a thread of its own, on a connection of its own, so the
    /// app stays responsive on a large journal (a copy and check of a
    /// 1,000,000-entry journal take seconds) and the journal can be written
    /// meanwhile (the copy is the journal as it was when the backup began).
    /// `done` is called on this object's thread with the outcome. A second
    /// call while one runs fails at once. Stopped, leaving no file, when the
    /// journal closes or is replaced.
    void backupInBackground(const QString& target, std::function<void(sdk::Status)> done);
    /// Whether a backupInBackground() is under way.
    [[nodiscard]] bool backupRunning() const { return m_backup != nullptr && !m_backupDone; }
    /// PRAGMA integrity_check: an empty list when the journal is sound.
    [[nodiscard]] sdk::Result<QStringList> integrityCheck() const;

    struct Stats {
        qint64 entries = 0;
        qint64 deleted = 0;
        int schemaVersion = 0;
    };
    [[nodiscard]] sdk::Result<Stats> stats() const;

    /// Replaces this journal's contents with the backup at `backup` (checked
    /// first: a sound Tessera journal, not newer), after copying the current
    /// contents aside to `*previousCopy`. Emits reset(). Works while open.
    sdk::Status replaceWith(const QString& backup, QString* previousCopy = nullptr);

    /// Replaces the journal at `target` with the backup at `backup`, after
    /// checking the backup is a sound Tessera journal. The current file (and
    /// its write-ahead log) is moved aside to `*previousCopy`, never
    /// overwritten, so this works on a journal too damaged to open. The target
    /// must not be open elsewhere (the lock is taken).
    /// An encrypted journal's backups are restored with its `key`.
    static sdk::Status restoreBackup(const QString& backup, const QString& target, QString* previousCopy = nullptr,
                                     std::shared_ptr<const DataKey> key = {});

    /// Keeps a journal whose write-ahead log went missing as it is: clears
    /// the marker that made open() refuse it. Nothing else changes.
    static sdk::Status acceptAsItIs(const QString& target, std::shared_ptr<const DataKey> key = {});

    /// Journals up to this size are fully checked before open() returns;
    /// larger ones in the background (see the class comment). The cost of
    /// each is in docs/performance.md.
    static constexpr qint64 kDefaultIntegrityCheckAtOpenBytes = 4LL * 1024 * 1024;
    /// Changes that limit for this process (0: always in the background); for tests and tuning.
    static void setIntegrityCheckAtOpenBytes(qint64 bytes);
    [[nodiscard]] static qint64 integrityCheckAtOpenBytes();
    /// The background check of journals opened from now on waits up to `ms`
    /// before it starts, or until beginBackgroundCheck(): the app lets its
    /// first frame go first (on two cores the check would slow it). A write,
    /// or anything else that needs the verdict, starts it at once. 0 (the
    /// default, and tessera-cli's): it starts with open().
    static void setBackgroundCheckDelay(int ms);
    /// Starts a background check that is waiting (see setBackgroundCheckDelay()).
    void beginBackgroundCheck() const;
    /// Waits for the check begun at open and returns its verdict: ok, or a
    /// Storage error naming the file and the first problem.
    [[nodiscard]] sdk::Status soundness() const;

    /// Finishes a restore that was interrupted (a kill between moving the old
    /// journal aside and putting the restored copy in its place): the restored
    /// copy goes into place, the old journal and its log stay together aside.
    /// Takes the lock; a no-op when no restore was interrupted.
    static sdk::Status finishInterruptedRestore(const QString& target);
    /// The journals kept aside by earlier restores, newest first.
    [[nodiscard]] static QStringList keptAside(const QString& target);
    /// The copies made before each upgrade of the journal's format
    /// (`<journal>.v<N>-<time>.backup`), newest first. They are kept until
    /// removed: after entries are deleted forever they still hold them.
    [[nodiscard]] static QStringList upgradeBackups(const QString& target);

protected:
    void customEvent(QEvent* event) override;

signals:
    /// After a change is committed.
    void entryChanged(tessera::sdk::ChangeType type, const QString& id, const QString& kind);
    /// After a bulk change (import, restore) that callers should treat as "reload everything".
    void reset();
    /// A module's reminders changed (putReminders(), removeReminder()).
    void remindersChanged(const QString& pluginId);
    /// The entries marked for a module changed (setMarked(); issue 26).
    void marksChanged(const QString& pluginId);
    /// The background check found damage; writes are refused from now on.
    void damaged(const QString& message);

private:
    /// The words of the journal, for search (made for the open connection).
    SearchTerms& searchTerms() const;
    /// query() for words that match many entries (see journalqueries.cpp);
    /// no value when the walk went too far and the plain route should answer.
    [[nodiscard]] sdk::Result<std::optional<sdk::EntryPage>> queryManyMatches(const sdk::EntryQuery& query,
                                                                              const QString& match) const;
    friend class ScopedJournal;
    /// Who checks a write: the store's policy, or a module journal's own.
    struct WriteCheck {
        const PayloadPolicy* policy = nullptr;
        Unowned unowned = Unowned::Refuse;
    };
    /// The checks of the class comment, for one draft whose payload is
    /// `payloadBytes` long as stored (toJsonBytes(): made once per write, for
    /// this check and the row).
    static sdk::Status checkWrite(const sdk::EntryDraft& draft, const WriteCheck& check, qsizetype payloadBytes);
    sdk::Result<sdk::Entry> addChecked(const sdk::EntryDraft& draft, const WriteCheck& check);
    sdk::Result<sdk::Entry> updateChecked(const QString& id, const sdk::EntryDraft& draft, const WriteCheck& check);

    JournalStore(QString path, Mode mode, std::shared_ptr<const DataKey> key);
    sdk::Status initialise();
    sdk::Status markSession(bool open) const;
    /// Ok when a write may go ahead: read-write, the check at open passed (it
    /// waits for a background one), and the session is marked open.
    sdk::Status writable() const;
    void startBackgroundCheck();
    void removeAbandonedUpgradeCopies() const;
    void stopBackgroundCheck();
    void stopBackgroundBackup();
    /// Moves the old journal aside and the staged copy into place; the lock is held.
    static sdk::Status finishRestoreLocked(const QString& path);
    /// Opens a backup read-only after a full integrity check (for the restores).
    static sdk::Result<std::unique_ptr<JournalStore>> openSoundBackup(const QString& backup,
                                                                      const std::shared_ptr<const DataKey>& key);
    /// encrypt() (makeKey writes the new key file and gives its key) and decrypt() (makeKey null).
    sdk::Status convertOpen(const QString& backupFolder,
                            const std::function<sdk::Result<std::shared_ptr<const DataKey>>()>& makeKey);
    sdk::Status reopenAfterConversion(std::shared_ptr<const DataKey> key);
    sdk::Result<qint64> seqOf(const QString& id) const;
    sdk::Result<std::pair<qint64, qint64>> seqsOf(const QString& fromId, const QString& toId) const;
    sdk::Status indexEntry(qint64 seq, const sdk::EntryDraft& draft, bool replace);
    /// `body`: the payload's search text (payloadText()).
    sdk::Status indexEntry(qint64 seq, const QString& title, const QString& summary, const QString& body, bool replace);
    /// `payload`: entry.payload as stored (toJsonBytes()), made once for the check and the row.
    sdk::Status insertRow(const sdk::Entry& entry, const QByteArray& payload, qint64* seq);
    /// After a write to entry `seq` (inside its transaction): queues a share
    /// when a pick or a grant covers it, drops a pending one and queues a
    /// withdrawal of a sent one when nothing does any more (deleted, made
    /// private). Costs one cached query when the journal is not paired.
    sdk::Status queueSharing(qint64 seq, const sdk::Entry& entry);
    sdk::Status sharingAfterMarkChange(const QString& id, const sdk::Entry& entry);
    sdk::Status setSyncMeta(const QString& key, const QString& value);

    QString m_path;
    Mode m_mode;
    std::shared_ptr<const DataKey> m_key; ///< null: a plain journal, or a locked one
    bool m_copyAtRest = false; ///< a backup opened to be restored (openSoundBackup(); see Database::open())
    bool m_encrypted = false;
    bool m_locked = false;
    std::unique_ptr<JournalLock> m_lock;
    bool m_opened = false; ///< initialise() succeeded: the journal may be marked closed at close
    mutable bool m_sessionMarked = false; ///< "open" was written, so "closed" is due at a clean close
    std::unique_ptr<Database> m_db;
    mutable std::unique_ptr<SearchTerms> m_searchTerms; ///< issue 30
    WriteCheck m_writeCheck;
    QString m_migrationBackup;
    std::unique_ptr<BackgroundCheck> m_check;
    /// inOneTransaction(): how deep, and the changes to tell of once it commits.
    int m_oneTransactionDepth = 0;
    QList<std::tuple<sdk::ChangeType, QString, QString>> m_changesToTell;
    void tellEntryChanged(sdk::ChangeType type, const QString& id, const QString& kind);
    std::unique_ptr<struct BackgroundBackup> m_backup;
    bool m_backupDone = true;
    QStringList m_leftAsItWas; ///< copies the last conversion left as they were
    bool m_checkAfterUnlock = false; ///< lock() stopped the background check before its verdict
    /// A module's reminders given before the background check's verdict (or
    /// on a read-only journal, for the session): its
    /// whole set (putReminders()), and when it was first held (its new
    /// reminders' creation time until written).
    struct HeldReminders {
        QList<sdk::Reminder> set;
        QDateTime since;
    };
    /// By module; written by writePendingReminders().
    QHash<QString, HeldReminders> m_pendingReminders;
    /// Firing state (setReminderState()) given before the verdict, by module and id.
    QHash<QPair<QString, QString>, QPair<QDateTime, QDateTime>> m_pendingStates;
    /// A background check has begun or waits to, and has given no verdict yet.
    [[nodiscard]] bool verdictPending() const;
    /// A change to reminders is held in memory: for the verdict rather than
    /// waiting for it (one is pending), or for the session (read-only); not
    /// while locked.
    [[nodiscard]] bool holdsReminders() const;
    /// The event the background check posts with its verdict (customEvent()).
    static QEvent::Type verdictEventType();
    /// Writes the reminders held for the verdict, once it is known and the
    /// journal is not locked; called when a check ends and before any other
    /// change to reminders.
    void writePendingReminders();

public:
    /// The id of the one entry (deleted ones included) whose id is `prefix`
    /// or begins with it, as git finds commits: at least 4 characters,
    /// compared exactly. InvalidArgument when it is shorter or matches more
    /// than one entry (the message says how many), NotFound when none.
    [[nodiscard]] sdk::Result<QString> resolveIdPrefix(const QString& prefix) const;
};

/// Checks the fields the store itself guards: kind name, title, summary,
/// mood, tags, UTC offset, schema version, and the payload's total size (at
/// most 1 MiB as compact JSON; modules check its fields). Every write passes
/// it (step 3 of JournalStore's checks); exposed for tools that check input
/// before a write.
sdk::Status checkDraftFields(const sdk::EntryDraft& draft);

/// The entry a draft becomes when stored at `now`: occurredAt defaults to
/// now, the UTC offset to the system's current one, title and summary are
/// trimmed, created/updated are `now`. The id is left empty.
sdk::Entry entryFromDraft(const sdk::EntryDraft& draft, const QDateTime& now);

/// Whether `kind` is a full kind name, "plugin-id/kind-name".
bool isFullKindName(const QString& kind);

/// Whether `kind` is one of the host's own ("tessera/safety-plan",
/// "tessera/support-offered"): the id "tessera" is reserved for the host (a
/// manifest may not take it), so no module checks these; the host's code
/// that writes them does.
bool isHostKind(const QString& kind);

} // namespace tessera::core
