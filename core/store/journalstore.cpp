#include "journalstore.h"

#include "database.h"
#include "journalkey.h"
#include "journalstore_p.h"
#include "searchterms.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

namespace tessera::core {

using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

using namespace detail;

namespace {

bool hasNoWriteBits(const QString& path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
}

bool isWritable(const QString& path)
{
    // A file with no write bits is treated as read-only even for root: the
    // person who made it so meant it.
    return !hasNoWriteBits(path) && ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// $TESSERA_CHECK_AT_OPEN_BYTES overrides the size up to which the check at open
// runs before open() returns (tests drive the background check from outside with it).
qint64 initialCheckAtOpenBytes()
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable("TESSERA_CHECK_AT_OPEN_BYTES").toLongLong(&ok);
    return ok && v >= 0 ? v : JournalStore::kDefaultIntegrityCheckAtOpenBytes;
}

std::atomic<qint64> g_integrityCheckAtOpenBytes{initialCheckAtOpenBytes()};

// Whether the header says the journal is in WAL mode (file format versions 2).
bool headerSaysWal(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(20);
    return h.size() == 20 && h.at(18) == 2 && h.at(19) == 2;
}

// The session marker ("open" or "closed") read without SQLite creating a log
// or shared-memory file beside the journal (an immutable, read-only look).
QString sessionMarkerOf(const QString& path, const std::shared_ptr<const DataKey>& key)
{
    sqlite3* db = nullptr;
    QString marker;
    if (cryptovfs::open(path, SQLITE_OPEN_READONLY, key, &db, "immutable=1") == SQLITE_OK) {
        // A file cut short by a checkpoint that a kill interrupted claims more pages
        // than it has; SQLite refuses it unless the schema is "writable", which on
        // this read-only connection only lets it read the pages that are there.
        sqlite3_exec(db, "PRAGMA writable_schema = ON", nullptr, nullptr, nullptr);
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'session'", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            marker = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return marker;
}

// Background work (the check at open, the daily backup) gives way to the
// window's thread: on a two-core machine it would otherwise slow the first

// What the first 100 bytes and the size of a database file say, before
// SQLite reads it: not SQLite at all, or cut short. An empty string when
// nothing is wrong.
QString headerProblem(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (permission denied?)");
    const QByteArray h = f.read(100);
    if (!h.startsWith(QByteArray("SQLite format 3\0", 16)))
        return QStringLiteral("is not a Tessera journal (not an SQLite database); it was left untouched");
    if (h.size() < 100)
        return QStringLiteral("is damaged: it is cut short (%1 bytes); it was left untouched").arg(f.size());
    const auto be = [&h](int at, int n) {
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | static_cast<unsigned char>(h.at(at + i));
        return v;
    };
    const quint64 pageSize = be(16, 2) == 1 ? 65536 : be(16, 2);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("is damaged: its header is not valid; it was left untouched");
    // While the write-ahead log holds frames, a checkpoint cut off by a crash may have
    // written the header before the pages that extend the file; the log still has them
    // and SQLite finishes the job. Only a file with no log to complete it must be whole.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 32)
        return {};
    const quint64 size = static_cast<quint64>(f.size());
    // The page count in the header is valid when the "version valid for" number matches the change counter.
    const quint64 pages = be(92, 4) == be(24, 4) ? be(28, 4) : 0;
    if (size % pageSize != 0 || size < pages * pageSize)
        return QStringLiteral("is damaged: it is cut short (%1 bytes where %2 were written); it was left untouched")
            .arg(size).arg(std::max(pages * pageSize, (size / pageSize + 1) * pageSize));
    return {};
}

} // namespace

namespace detail {

Error storageError(const QString& path, const QString& what)
{
    return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), what));
}

QString timestampForFile() { return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")); }

QStringList upgradeCopies(const QString& journal, bool halfWritten)
{
    const QFileInfo info(QFileInfo(journal).absoluteFilePath());
    QDir dir(info.absolutePath());
    // Exactly the names open() gives them (a glob would also match another
    // journal's copies whose name starts the same way, and case-blind).
    const QRegularExpression exact(QStringLiteral("^%1\\.v\\d+-\\d{8}-\\d{6}\\.backup%2$")
                                       .arg(QRegularExpression::escape(info.fileName()),
                                            halfWritten ? QStringLiteral("\\.partial(-journal|-wal|-shm)?") : QString()));
    QStringList out;
    for (const QString& name : dir.entryList({info.fileName() + QStringLiteral(".v*.backup") + (halfWritten ? QStringLiteral(".partial*") : QString())},
                                             QDir::Files, QDir::Time)) {
        if (exact.match(name).hasMatch())
            out << dir.absoluteFilePath(name);
    }
    return out;
}

// Syncs a folder, so that a rename or a new file in it survives a power cut.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool renamePath(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

bool exists(const QString& path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// PRAGMA integrity_check on an open connection: the first problem, "" when sound.
// Unlike quick_check it also compares every index with its table.
QString integrityProblem(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check(1)", -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    QString first;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        first = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    else
        first = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (first == QLatin1String("ok"))
        return {};
    first.remove(QStringLiteral("*** in database main ***"));
    return first.simplified();
}

// Writes a small file beside the journal in one step (written, synced, renamed).
bool writeSmallFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit())
        return false;
    syncFolder(QFileInfo(path).absolutePath());
    return true;
}

// frame and scrolling. Linux sets a thread's niceness by its id.
void giveWayToTheWindow()
{
    (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
}

} // namespace detail

namespace {
std::atomic<int> g_backgroundCheckDelayMs{0};
} // namespace

void JournalStore::setBackgroundCheckDelay(int ms) { g_backgroundCheckDelayMs = ms; }

void JournalStore::beginBackgroundCheck() const
{
    if (!m_check)
        return;
    {
        std::lock_guard<std::mutex> guard(m_check->mutex);
        m_check->go = true;
    }
    m_check->wake.notify_all();
}

JournalStore::JournalStore(QString path, Mode mode, std::shared_ptr<const DataKey> key)
    : m_path(std::move(path)), m_mode(mode), m_key(std::move(key)), m_encrypted(m_key != nullptr)
{
}

void JournalStore::stopBackgroundCheck()
{
    if (!m_check)
        return;
    {
        std::lock_guard<std::mutex> guard(m_check->mutex);
        m_check->stopping = true;
        if (m_check->db)
            sqlite3_interrupt(m_check->db);
    }
    m_check->wake.notify_all();
    m_check->thread.join();
    m_check.reset();
}

JournalStore::~JournalStore()
{
    stopBackgroundBackup();
    // Whether this journal may be written at close: not when the background check
    // found damage, or has not finished (then nothing was written in this session).
    // Reminders held for a verdict that came (a write waited for it; tessera-cli
    // has no event loop to deliver it) are written now; for one still to come
    // they are dropped: the modules give them again at their next start.
    writePendingReminders();
    bool sound = true;
    if (m_check) {
        sound = m_check->verdict.wait_for(std::chrono::seconds(0)) == std::future_status::ready && m_check->verdict.get().ok();
        stopBackgroundCheck();
    }
    // A locked journal was marked closed and let go of its connection at lock().
    if (m_opened && !m_locked && m_mode == Mode::ReadWrite && m_path != QLatin1String(":memory:")) {
        if (sound) {
            // Also after a session that wrote nothing: the last connection's close
            // checkpoints and removes the log an earlier, unclean session left, so
            // the marker it left saying "open" must say "closed" first. If this
            // fails, the next open finds the log and all is well.
            (void)markSession(false);
        } else {
            sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
    m_searchTerms.reset(); // its hooks are on the connection that goes
    m_db.reset();
    if (m_lock)
        m_lock->release();
}

Result<std::unique_ptr<JournalStore>> JournalStore::open(const QString& path, Mode mode, std::shared_ptr<const DataKey> key)
{
    const bool memory = path == QLatin1String(":memory:");
    std::unique_ptr<JournalStore> store(new JournalStore(memory ? path : QFileInfo(path).absoluteFilePath(),
                                                         memory ? Mode::ReadWrite : mode, memory ? nullptr : std::move(key)));
    if (Status s = store->initialise(); !s.ok())
        return s.error();
    return store;
}

Status JournalStore::initialise()
{
    if (m_path == QLatin1String(":memory:")) {
        auto db = Database::open(m_path, false);
        if (!db.ok())
            return db.error();
        m_searchTerms.reset(); // its hooks are on the connection that goes
        m_db = std::move(db).value();
        return createSchema(*m_db);
    }
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    if (m_mode == Mode::ReadWrite) {
        if (!QDir().mkpath(folder.absoluteFilePath()))
            return storageError(m_path, QStringLiteral("cannot create the folder %1").arg(folder.absoluteFilePath()));
        if (!isWritable(folder.absoluteFilePath()))
            return storageError(m_path, QStringLiteral("its folder %1 is read-only, so nothing can be saved; open it read-only "
                                                        "to look at it, or make the folder writable")
                                            .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        if (exists(m_path) && !isWritable(m_path))
            return storageError(m_path, QStringLiteral("the journal is read-only; open it read-only to look at it, "
                                                        "or make the file writable to save entries"));
        m_lock = std::make_unique<JournalLock>(m_path + QStringLiteral(".lock"));
        if (Status s = m_lock->acquire(); !s.ok())
            return s;
        if (Status s = finishRestoreLocked(m_path); !s.ok())
            return s;
        if (Status s = finishConversionLocked(m_path); !s.ok())
            return s;
        removeAbandonedUpgradeCopies();
    } else if (exists(intentPath(m_path))) {
        // A restore was interrupted; finishing it needs the lock, which a writer may hold.
        if (Status s = finishInterruptedRestore(m_path); !s.ok())
            return s;
    }
    if (m_mode == Mode::ReadOnly && exists(conversionMarkerPath(m_path))) {
        // So was a conversion between plain and encrypted (journalcrypt.cpp).
        if (Status s = finishInterruptedConversion(m_path); !s.ok())
            return s;
    }

    // A problem found earlier stays found until the person decides.
    if (QFile problem(problemPath(m_path)); problem.open(QIODevice::ReadOnly)) {
        const QString why = QString::fromUtf8(problem.readAll()).trimmed();
        return storageError(m_path, why.isEmpty() ? QStringLiteral("a problem was found earlier; restore a backup "
                                                                   "(tessera-cli db restore) or keep it (tessera-cli db accept)")
                                                  : why);
    }

    const QFileInfo info(m_path);
    const bool fileExists = info.exists();
    if (fileExists && !info.isFile())
        return storageError(m_path, QStringLiteral("is not a file"));
    if (m_mode == Mode::ReadOnly && !fileExists)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no journal there").arg(QDir::toNativeSeparators(m_path)));

    const bool hasContent = fileExists && info.size() > 0;
    // A journal whose last session did not close, with no write-ahead log beside
    // it, has lost the changes in that log (see below).
    const auto logIsMissing = [&] {
        return hasContent && !exists(m_path + QStringLiteral("-wal")) && headerSaysWal(m_path)
            && sessionMarkerOf(m_path, m_key) == QLatin1String("open")
            // A read-only open takes no lock, so the session may simply be running: only
            // when nobody holds the lock is a missing log really missing.
            && (m_mode == Mode::ReadWrite || JournalLock(m_path + QStringLiteral(".lock")).acquire().ok());
    };
    // `alsoFound`: the file is damaged as well, so it cannot be kept as it is.
    const auto missingLogWhy = [&](const QString& alsoFound) {
        return QStringLiteral("its write-ahead log (%1-wal) is missing, and Tessera did not close the journal "
                              "properly last time, so changes saved since it was last opened may be gone%2; it "
                              "was left untouched. Restore the latest backup (tessera-cli db restore)%3")
            .arg(info.fileName(), alsoFound,
                 alsoFound.isEmpty() ? QStringLiteral(", or keep the journal as it is (tessera-cli db accept)") : QString());
    };
    if (hasContent) {
        if (const QString problem = headerProblem(m_path); !problem.isEmpty()) {
            // A kill in the middle of a checkpoint writes the header before the pages
            // that extend the file; the log would have finished the job. Without it the
            // file is cut short, and the cause is what the person needs to hear.
            if (problem.contains(QLatin1String("cut short")) && logIsMissing())
                return storageError(m_path, missingLogWhy(QStringLiteral(" (the journal %1)")
                                                              .arg(problem.section(QLatin1Char(';'), 0, 0))));
            return storageError(m_path, problem);
        }
    }
    // An encrypted journal is never opened without its key (SQLite would call it damaged),
    // nor a plain one with a key (it would be written half plain, half encrypted).
    if (!m_key && exists(JournalKey::pathFor(m_path)))
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("%1: the journal is encrypted (its key file %2 is beside it); unlock it with its "
                                        "passphrase or recovery key")
                             .arg(QDir::toNativeSeparators(m_path), QFileInfo(JournalKey::pathFor(m_path)).fileName()));
    if (m_key && hasContent && cryptovfs::reservedBytesOf(m_path) < cryptovfs::kReserveBytes)
        return storageError(m_path, QStringLiteral("is not an encrypted journal; it was left untouched (open it without "
                                                    "a passphrase)"));
    // A journal whose last session did not close, with no write-ahead log beside
    // it, has lost the changes in that log. Looked at before SQLite opens the file,
    // because opening creates an empty log that would hide the loss from every
    // later open; and then recorded, so that it stays found.
    if (logIsMissing()) {
        const QString why = missingLogWhy({});
        (void)writeSmallFile(problemPath(m_path), why.toUtf8() + '\n');
        return storageError(m_path, why);
    }

    auto db = Database::open(m_path, m_mode == Mode::ReadOnly, m_key, m_copyAtRest);
    if (!db.ok())
        return db.error();
    m_searchTerms.reset(); // its hooks are on the connection that goes
    m_db = std::move(db).value();

    for (const char* pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"}) {
        if (Status s = m_db->exec(QString::fromLatin1(pragma)); !s.ok())
            return s;
    }
    // Damage inside the file: the whole check before anything else for journals
    // that take a few tens of milliseconds, in the background for larger ones.
    const bool checkNow = info.size() <= g_integrityCheckAtOpenBytes.load();
    if (hasContent && checkNow) {
        if (const QString problem = integrityProblem(m_db->handle()); !problem.isEmpty()) {
            // Not damage: on read-only media with a log beside it (see Database::open()).
            if (m_mode == Mode::ReadOnly && !isWritable(folder.absoluteFilePath()) && exists(m_path + QStringLiteral("-wal")))
                return storageError(m_path, QStringLiteral("cannot be read where it is: its folder %1 is read-only, and SQLite "
                                                            "needs to write beside it to read the log (%2-wal) it was left with; "
                                                            "nothing was changed. Copy the folder to a place you can write to, "
                                                            "and open the copy")
                                                .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), QFileInfo(m_path).fileName()));
            return storageError(m_path, QStringLiteral("is damaged (SQLite found: %1); it was left untouched").arg(problem));
        }
    }
    auto version = m_db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version.ok())
        return version.error();
    auto tables = m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables.ok())
        return tables.error();
    if (*version > kJournalSchemaVersion)
        return storageError(m_path, QStringLiteral("was written by a newer Tessera (journal format %1; this version "
                                                    "reads up to %2); it was left untouched — update Tessera")
                                        .arg(*version).arg(kJournalSchemaVersion));
    if (*version == 0 && *tables > 0)
        return storageError(m_path, QStringLiteral("is an SQLite database but not a Tessera journal; it was left untouched"));
    if (m_mode == Mode::ReadOnly && *version < kJournalSchemaVersion)
        return storageError(m_path, QStringLiteral("uses an older journal format (%1) that must be upgraded; "
                                                    "open it once read-write").arg(*version));
    if (hasContent && !checkNow)
        startBackgroundCheck();

    if (m_mode == Mode::ReadWrite) {
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (Status s = m_db->exec(QString::fromLatin1(pragma)); !s.ok())
                return s;
        }
        if (*version == 0) {
            if (Status s = createSchema(*m_db); !s.ok())
                return s;
            auto p = m_db->prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('journal-id', ?), ('created-at', ?)"));
            if (p.ok()) {
                p.value().bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
                    .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                p.value().run();
            }
        } else if (*version < kJournalSchemaVersion) {
            if (Status s = soundness(); !s.ok())
                return s;
            m_migrationBackup = m_path + QStringLiteral(".v%1-%2.backup").arg(*version).arg(timestampForFile());
            if (Status s = backupDatabase(*m_db, m_migrationBackup); !s.ok())
                return makeError(ErrorCode::Storage, QStringLiteral("%1: not upgrading the journal format, because the "
                                                                     "backup before the upgrade failed: %2")
                                                         .arg(QDir::toNativeSeparators(m_path), s.error().message));
            if (Status s = migrateSchema(*m_db, static_cast<int>(*version)); !s.ok())
                return makeError(ErrorCode::Storage, QStringLiteral("upgrading the journal format from %1 failed and was "
                                                                     "undone; a backup is at %2: %3")
                                                         .arg(*version).arg(m_migrationBackup, s.error().message));
        }
        // A new journal is marked open at once; an existing one at its first write
        // (writable()), after the check has passed, so a damaged one is never written.
        if (*version == 0) {
            if (Status s = markSession(true); !s.ok())
                return s;
            m_sessionMarked = true;
        }
    }
    m_opened = true;
    return {};
}

// A copy of the journal made before a format upgrade that was killed half
// way (`<journal>.v<N>-<time>.backup.partial` and SQLite's `-journal` beside
// it) holds the journal's entries and is never used: it goes at the next
// read-write open. Only a read-write open upgrades, under the journal's lock,
// which this one now holds: no other process is writing such a copy.
void JournalStore::removeAbandonedUpgradeCopies() const
{
    for (const QString& copy : detail::upgradeCopies(m_path, true))
        QFile::remove(copy); // one that cannot be removed is tried again at the next open
}

void JournalStore::startBackgroundCheck()
{
    m_check = std::make_unique<BackgroundCheck>();
    BackgroundCheck* check = m_check.get();
    const int delayMs = g_backgroundCheckDelayMs.load();
    check->go = delayMs <= 0;
    const QString path = m_path;
    // Whatever the verdict, the reminders held for it are written or dropped then,
    // by this object's thread's own event loop: an event of its own type, which
    // ModuleWorker's wait (it delivers queued calls, QEvent::MetaCall) does not
    // deliver while a module's call is using this store on the helper thread.
    // Nothing is delivered once this object is gone (~QObject removes it).
    const auto give = [this, check](Status verdict) {
        check->promise.set_value(std::move(verdict));
        if (QCoreApplication::instance())
            QCoreApplication::postEvent(this, new QEvent(verdictEventType()));
    };
    check->thread = std::thread([this, check, path, delayMs, key = m_key, give] {
        giveWayToTheWindow();
        sqlite3* db = nullptr;
        QString problem;
        {
            std::unique_lock<std::mutex> guard(check->mutex);
            // The app lets its first frame go first (beginBackgroundCheck()), or waits at most delayMs.
            check->wake.wait_for(guard, std::chrono::milliseconds(std::max(delayMs, 0)),
                                 [check] { return check->go || check->stopping; });
            if (check->stopping) {
                give(storageError(path, QStringLiteral("the check was stopped")));
                return;
            }
            if (cryptovfs::open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, key, &db) != SQLITE_OK) {
                problem = QString::fromUtf8(sqlite3_errmsg(db));
            } else {
                sqlite3_busy_timeout(db, 5000);
                check->db = db;
            }
        }
        if (problem.isEmpty())
            problem = integrityProblem(db);
        bool stopped = false;
        {
            std::lock_guard<std::mutex> guard(check->mutex);
            check->db = nullptr;
            stopped = check->stopping;
        }
        sqlite3_close_v2(db);
        if (stopped) {
            give(storageError(path, QStringLiteral("the check was stopped")));
            return;
        }
        if (problem.isEmpty()) {
            give(Status{});
            return;
        }
        // Said to whoever writes: a person in the app (a row's Done, a module's Save) as
        // well as tessera-cli, so it names both ways to the backup.
        const QString message = QStringLiteral("is damaged (SQLite found: %1); nothing more is saved to it. Restore the "
                                               "latest backup (in the app: Settings; from a terminal: tessera-cli db "
                                               "restore)").arg(problem);
        // Posted before the verdict is given, so whoever waited for the verdict finds the signal queued.
        QMetaObject::invokeMethod(this, [this, message] { emit damaged(message); }, Qt::QueuedConnection);
        give(storageError(path, message));
    });
}

QEvent::Type JournalStore::verdictEventType()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

void JournalStore::customEvent(QEvent* event)
{
    if (event->type() == verdictEventType())
        writePendingReminders();
    QObject::customEvent(event);
}

bool JournalStore::verdictPending() const
{
    return m_check && m_check->verdict.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

Status JournalStore::soundness() const
{
    if (!m_check)
        return {};
    beginBackgroundCheck(); // whoever needs the verdict does not wait for the delay
    return m_check->verdict.get();
}

Status JournalStore::writable() const
{
    if (m_locked)
        return lockedError(m_path);
    if (isReadOnly())
        return storageError(m_path, QStringLiteral("the journal is open read-only"));
    if (Status s = soundness(); !s.ok())
        return s;
    if (!m_sessionMarked && m_path != QLatin1String(":memory:")) {
        if (Status s = markSession(true); !s.ok())
            return s;
        m_sessionMarked = true;
    }
    return {};
}

void JournalStore::setIntegrityCheckAtOpenBytes(qint64 bytes) { g_integrityCheckAtOpenBytes = bytes; }
qint64 JournalStore::integrityCheckAtOpenBytes() { return g_integrityCheckAtOpenBytes.load(); }

// The journal says in its own file whether a session has it open: "open" is
// written and checkpointed into the main file before the first write, "closed"
// at a clean close. Open with no write-ahead log beside it means the log, and
// the last session's changes in it, went missing.
Status JournalStore::markSession(bool open) const
{
    auto p = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('session', ?)"));
    if (!p.ok())
        return p.error();
    p.value().bind(1, open ? QStringLiteral("open") : QStringLiteral("closed"));
    if (p.value().run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("opening the journal"), p.value().rc());
    if (open)
        return m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Result<QStringList> JournalStore::integrityCheck() const
{
    auto s = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!s.ok())
        return s.error();
    QStringList problems;
    while (s.value().next()) {
        const QString line = s.value().text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (s.value().failed())
        return m_db->error(QStringLiteral("checking the journal"), s.value().rc());
    return problems;
}

Result<JournalStore::Stats> JournalStore::stats() const
{
    Stats st;
    auto live = m_db->scalar(QStringLiteral("SELECT count(*) FROM entries WHERE deleted_at IS NULL"));
    if (!live.ok())
        return live.error();
    auto deleted = m_db->scalar(QStringLiteral("SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL"));
    if (!deleted.ok())
        return deleted.error();
    auto version = m_db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version.ok())
        return version.error();
    st.entries = *live;
    st.deleted = *deleted;
    st.schemaVersion = static_cast<int>(*version);
    return st;
}

} // namespace tessera::core
