#include "journalstore.h"

#include "database.h"
#include "payloadtext.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>
#include <variant>

namespace tessera::core {

using sdk::Entry;
using sdk::EntryDraft;
using sdk::EntryQuery;
using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

namespace {

const QString kColumns = QStringLiteral(
    "e.seq, e.uuid, e.plugin_id, e.kind, e.occurred_at, e.utc_offset, e.title, e.summary, e.mood, "
    "e.tags, e.payload, e.schema_version, e.created_at, e.updated_at, e.deleted_at, e.revision");

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

QByteArray toJsonBytes(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QByteArray tagsJson(const QStringList& tags) { return QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact); }

Entry readEntry(const Statement& s, qint64* seq = nullptr, bool withPayload = true)
{
    Entry e;
    if (seq)
        *seq = s.int64(0);
    e.id = s.text(1);
    e.pluginId = s.text(2);
    e.kind = s.text(3);
    e.occurredAt = fromMs(s.int64(4));
    e.utcOffsetSeconds = static_cast<int>(s.int64(5));
    e.title = s.text(6);
    e.summary = s.text(7);
    if (!s.isNull(8))
        e.mood = static_cast<int>(s.int64(8));
    for (const QJsonValue& t : QJsonDocument::fromJson(s.blob(9)).array())
        e.tags << t.toString();
    if (withPayload)
        e.payload = QJsonDocument::fromJson(s.blob(10)).object();
    e.schemaVersion = static_cast<int>(s.int64(11));
    e.createdAt = fromMs(s.int64(12));
    e.updatedAt = fromMs(s.int64(13));
    if (!s.isNull(14))
        e.deletedAt = fromMs(s.int64(14));
    e.revision = static_cast<int>(s.int64(15));
    return e;
}

// Turns what a person types into an FTS5 query: every word must appear, the
// last one as a prefix ("walk" finds "walking"). No FTS syntax gets through.
QString ftsQuery(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString term = QLatin1Char('"') + words[i] + QLatin1Char('"');
        if (i == words.size() - 1)
            term += QLatin1Char('*');
        terms << term;
    }
    return terms.join(QLatin1Char(' '));
}

bool parseCursor(const QString& cursor, qint64* occurred, qint64* seq)
{
    const QStringList parts = cursor.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    *occurred = parts[0].toLongLong(&ok1);
    *seq = parts[1].toLongLong(&ok2);
    return ok1 && ok2;
}

using Bind = std::variant<qint64, QString>;

struct Filter {
    QString where;
    QList<Bind> binds;
    bool empty = false; // the query can match nothing (e.g. search text with no words)
};

// `denseText`: the words match many entries, so walking the time index and
// checking each entry against the matches finds a page sooner than sorting
// every match (the unary + stops SQLite from driving the query by seq).
Filter buildFilter(const EntryQuery& q, bool withCursor, Error* error, bool denseText = false)
{
    Filter f;
    QStringList clauses;
    if (q.onlyDeleted)
        clauses << QStringLiteral("e.deleted_at IS NOT NULL");
    else if (!q.includeDeleted)
        clauses << QStringLiteral("e.deleted_at IS NULL");
    auto inList = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            f.binds << v;
        }
        clauses << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    if (!q.kinds.isEmpty())
        inList(QStringLiteral("e.kind"), q.kinds);
    if (!q.pluginIds.isEmpty())
        inList(QStringLiteral("e.plugin_id"), q.pluginIds);
    if (q.from.isValid()) {
        clauses << QStringLiteral("e.occurred_at >= ?");
        f.binds << q.from.toMSecsSinceEpoch();
    }
    if (q.to.isValid()) {
        clauses << QStringLiteral("e.occurred_at < ?");
        f.binds << q.to.toMSecsSinceEpoch();
    }
    if (q.moodMin) {
        clauses << QStringLiteral("e.mood >= ?");
        f.binds << qint64(*q.moodMin);
    }
    if (q.moodMax) {
        clauses << QStringLiteral("e.mood <= ?");
        f.binds << qint64(*q.moodMax);
    }
    for (const QString& tag : q.tags) {
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE json_each.value = ?)");
        f.binds << tag;
    }
    if (!q.text.trimmed().isEmpty()) {
        const QString match = ftsQuery(q.text);
        if (match.isEmpty()) {
            f.empty = true;
        } else {
            clauses << (denseText ? QStringLiteral("+e.seq IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
                                  : QStringLiteral("e.seq IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"));
            f.binds << match;
        }
    }
    if (withCursor && !q.cursor.isEmpty()) {
        qint64 occurred = 0, seq = 0;
        if (!parseCursor(q.cursor, &occurred, &seq)) {
            *error = makeError(ErrorCode::InvalidArgument, QStringLiteral("the page cursor is not valid"), QStringLiteral("cursor"));
            return f;
        }
        clauses << (q.oldestFirst ? QStringLiteral("(e.occurred_at, e.seq) > (?, ?)")
                                  : QStringLiteral("(e.occurred_at, e.seq) < (?, ?)"));
        f.binds << occurred << seq;
    }
    if (!clauses.isEmpty())
        f.where = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return f;
}

void bindAll(Statement& s, const QList<Bind>& binds, int first = 1)
{
    int i = first;
    for (const Bind& b : binds) {
        if (const auto* n = std::get_if<qint64>(&b))
            s.bind(i++, *n);
        else
            s.bind(i++, std::get<QString>(b));
    }
}

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

Error storageError(const QString& path, const QString& what)
{
    return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), what));
}

QString timestampForFile() { return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")); }

// Syncs a folder, so that a rename or a new file in it survives a power cut.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool exists(const QString& path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

bool renamePath(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
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

QString problemPath(const QString& path) { return path + QStringLiteral(".problem"); }
QString stagedPath(const QString& path) { return path + QStringLiteral(".restoring"); }
QString intentPath(const QString& path) { return path + QStringLiteral(".restore"); }

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
QString sessionMarkerOf(const QString& path)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
    sqlite3* db = nullptr;
    QString marker;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
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
// frame and scrolling. Linux sets a thread's niceness by its id.
void giveWayToTheWindow()
{
    (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
}

// Lets a backup running in another thread be stopped (BackgroundBackup).
struct BackupCancel {
    std::mutex mutex;
    sqlite3* dest = nullptr; ///< while the copy is made and checked, for sqlite3_interrupt()
    bool stopping = false;
};

// Copies the database open on `source` (the file `sourcePath`) into the file
// `to` with the SQLite backup API, checks the copy with integrity_check, and
// only then gives it its name. With `cancel`, the copy is made a few pages at
// a time inside one read transaction (a consistent snapshot while others
// write) and stops, leaving no file, when cancel->stopping is set.
Status backupHandle(sqlite3* source, const QString& sourcePath, const QString& to, bool checkCopy = true,
                    BackupCancel* cancel = nullptr)
{
    const QString partial = to + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto stopped = [cancel] {
        if (!cancel)
            return false;
        std::lock_guard<std::mutex> guard(cancel->mutex);
        return cancel->stopping;
    };
    if (cancel) {
        std::lock_guard<std::mutex> guard(cancel->mutex);
        cancel->dest = dest;
    }
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            if (cancel) {
                while ((rc = sqlite3_backup_step(backup, 512)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    if (stopped()) {
                        rc = SQLITE_INTERRUPT;
                        break;
                    }
                    if (rc != SQLITE_OK)
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            } else {
                rc = sqlite3_backup_step(backup, -1);
            }
            const int finished = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finished : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    QString damage;
    if (rc == SQLITE_OK && checkCopy && !stopped()) {
        // The copy is checked as a whole before it is kept: a damaged journal copies
        // page for page, and its copy must not push a good backup out of a rotation.
        damage = integrityProblem(dest);
    }
    const bool wasStopped = stopped();
    if (rc == SQLITE_OK && damage.isEmpty() && !wasStopped) {
        // A copy is never an open session (see markSession()), or restoring it would look like a lost log.
        // A database without the meta table (older formats) has no marker to change.
        sqlite3_exec(dest, "UPDATE meta SET value = 'closed' WHERE key = 'session'", nullptr, nullptr, nullptr);
    }
    const QString detail = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    if (cancel) {
        std::lock_guard<std::mutex> guard(cancel->mutex);
        cancel->dest = nullptr;
    }
    sqlite3_close_v2(dest);
    if (wasStopped) {
        QFile::remove(partial);
        return storageError(to, QStringLiteral("the backup was stopped because the journal closed; no copy was kept"));
    }
    if (rc != SQLITE_OK || !damage.isEmpty()) {
        QFile::remove(partial);
        if (!damage.isEmpty())
            return storageError(sourcePath, QStringLiteral("is damaged (SQLite found: %1); no copy was kept at %2")
                                                 .arg(damage, QDir::toNativeSeparators(to)));
        return storageError(to, QStringLiteral("writing the backup failed: %1").arg(detail));
    }
    // rename() replaces the target in one step; then the folder is synced so the
    // new name survives a power cut.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(partial);
        return storageError(to, QStringLiteral("could not move the finished backup into place"));
    }
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

Status backupDatabase(Database& from, const QString& to, bool checkCopy = true)
{
    return backupHandle(from.handle(), from.path(), to, checkCopy);
}

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

const QRegularExpression& kindPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]*/[a-z0-9][a-z0-9-]*$"));
    return re;
}

} // namespace

bool isFullKindName(const QString& kind) { return kindPattern().match(kind).hasMatch(); }

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

Status checkDraftFields(const EntryDraft& d)
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
    if (const qsizetype bytes = toJsonBytes(d.payload).size(); bytes > kMaxPayloadBytes)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("is %1 bytes as compact JSON, over the limit of %2 bytes (1 MiB)")
                             .arg(bytes).arg(kMaxPayloadBytes),
                         QStringLiteral("payload"));
    return {};
}

// The integrity check of a large journal, on its own read-only connection in
// its own thread. The verdict is shared: every write waits for it.
struct BackgroundCheck {
    std::promise<Status> promise;
    std::shared_future<Status> verdict = promise.get_future().share();
    std::mutex mutex;
    std::condition_variable wake;
    sqlite3* db = nullptr; ///< while the check runs, for sqlite3_interrupt()
    bool stopping = false;
    bool go = true; ///< false while it waits for the first frame (see setBackgroundCheckDelay())
    std::thread thread;
};

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

JournalStore::JournalStore(QString path, Mode mode) : m_path(std::move(path)), m_mode(mode) {}

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

struct BackgroundBackup {
    BackupCancel cancel;
    std::thread thread;
};

void JournalStore::stopBackgroundBackup()
{
    if (!m_backup)
        return;
    {
        std::lock_guard<std::mutex> guard(m_backup->cancel.mutex);
        m_backup->cancel.stopping = true;
        if (m_backup->cancel.dest)
            sqlite3_interrupt(m_backup->cancel.dest);
    }
    m_backup->thread.join();
    m_backup.reset();
    m_backupDone = true;
}

void JournalStore::backupInBackground(const QString& target, std::function<void(Status)> done)
{
    if (backupRunning()) {
        done(makeError(ErrorCode::Conflict, QStringLiteral("a backup is already being made")));
        return;
    }
    if (QFileInfo(target).absoluteFilePath() == m_path) {
        done(makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup cannot replace the journal itself")));
        return;
    }
    stopBackgroundBackup(); // the previous one has finished: reap its thread
    QDir().mkpath(QFileInfo(target).absolutePath());
    m_backup = std::make_unique<BackgroundBackup>();
    m_backupDone = false;
    BackupCancel* cancel = &m_backup->cancel;
    const QString path = m_path;
    m_backup->thread = std::thread([this, cancel, path, target, done = std::move(done)] {
        giveWayToTheWindow();
        sqlite3* source = nullptr;
        Status result;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            result = storageError(path, QStringLiteral("could not be opened for the backup: %1")
                                            .arg(QString::fromUtf8(sqlite3_errmsg(source))));
        } else {
            sqlite3_busy_timeout(source, 5000);
            // One read transaction across every step: the copy is one consistent
            // snapshot, however much is written meanwhile (WAL lets writes go on).
            sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
            result = backupHandle(source, path, target, true, cancel);
            sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(source);
        QMetaObject::invokeMethod(this, [this, done, result] {
            m_backupDone = true;
            done(result);
        }, Qt::QueuedConnection);
    });
}

JournalStore::~JournalStore()
{
    stopBackgroundBackup();
    // Whether this journal may be written at close: not when the background check
    // found damage, or has not finished (then nothing was written in this session).
    bool sound = true;
    if (m_check) {
        sound = m_check->verdict.wait_for(std::chrono::seconds(0)) == std::future_status::ready && m_check->verdict.get().ok();
        stopBackgroundCheck();
    }
    if (m_opened && m_mode == Mode::ReadWrite && m_path != QLatin1String(":memory:")) {
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
    m_db.reset();
    if (m_lock)
        m_lock->release();
}

Result<std::unique_ptr<JournalStore>> JournalStore::open(const QString& path, Mode mode)
{
    const bool memory = path == QLatin1String(":memory:");
    std::unique_ptr<JournalStore> store(new JournalStore(memory ? path : QFileInfo(path).absoluteFilePath(),
                                                         memory ? Mode::ReadWrite : mode));
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
    } else if (exists(intentPath(m_path))) {
        // A restore was interrupted; finishing it needs the lock, which a writer may hold.
        if (Status s = finishInterruptedRestore(m_path); !s.ok())
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
    if (hasContent) {
        if (const QString problem = headerProblem(m_path); !problem.isEmpty())
            return storageError(m_path, problem);
    }
    // A journal whose last session did not close, with no write-ahead log beside
    // it, has lost the changes in that log. Looked at before SQLite opens the file,
    // because opening creates an empty log that would hide the loss from every
    // later open; and then recorded, so that it stays found.
    if (hasContent && !exists(m_path + QStringLiteral("-wal")) && headerSaysWal(m_path)
        && sessionMarkerOf(m_path) == QLatin1String("open")
        // A read-only open takes no lock, so the session may simply be running: only
        // when nobody holds the lock is a missing log really missing.
        && (m_mode == Mode::ReadWrite || JournalLock(m_path + QStringLiteral(".lock")).acquire().ok())) {
        const QString why = QStringLiteral("its write-ahead log (%1-wal) is missing, and Tessera did not close the journal "
                                           "properly last time, so changes saved since it was last opened may be gone; it "
                                           "was left untouched. Restore the latest backup (tessera-cli db restore), or keep "
                                           "the journal as it is (tessera-cli db accept)")
                                .arg(info.fileName());
        (void)writeSmallFile(problemPath(m_path), why.toUtf8() + '\n');
        return storageError(m_path, why);
    }

    auto db = Database::open(m_path, m_mode == Mode::ReadOnly);
    if (!db.ok())
        return db.error();
    m_db = std::move(db).value();

    for (const char* pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"}) {
        if (Status s = m_db->exec(QString::fromLatin1(pragma)); !s.ok())
            return s;
    }
    // Damage inside the file: the whole check before anything else for journals
    // that take a few tens of milliseconds, in the background for larger ones.
    const bool checkNow = info.size() <= g_integrityCheckAtOpenBytes.load();
    if (hasContent && checkNow) {
        if (const QString problem = integrityProblem(m_db->handle()); !problem.isEmpty())
            return storageError(m_path, QStringLiteral("is damaged (SQLite found: %1); it was left untouched").arg(problem));
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

void JournalStore::startBackgroundCheck()
{
    m_check = std::make_unique<BackgroundCheck>();
    BackgroundCheck* check = m_check.get();
    const int delayMs = g_backgroundCheckDelayMs.load();
    check->go = delayMs <= 0;
    const QString path = m_path;
    check->thread = std::thread([this, check, path, delayMs] {
        giveWayToTheWindow();
        sqlite3* db = nullptr;
        QString problem;
        {
            std::unique_lock<std::mutex> guard(check->mutex);
            // The app lets its first frame go first (beginBackgroundCheck()), or waits at most delayMs.
            check->wake.wait_for(guard, std::chrono::milliseconds(std::max(delayMs, 0)),
                                 [check] { return check->go || check->stopping; });
            if (check->stopping) {
                check->promise.set_value(storageError(path, QStringLiteral("the check was stopped")));
                return;
            }
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                nullptr) != SQLITE_OK) {
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
            check->promise.set_value(storageError(path, QStringLiteral("the check was stopped")));
            return;
        }
        if (problem.isEmpty()) {
            check->promise.set_value(Status{});
            return;
        }
        const QString message = QStringLiteral("is damaged (SQLite found: %1); nothing more is saved to it. Restore the "
                                               "latest backup (tessera-cli db restore)").arg(problem);
        // Posted before the verdict is given, so whoever waited for the verdict finds the signal queued.
        QMetaObject::invokeMethod(this, [this, message] { emit damaged(message); }, Qt::QueuedConnection);
        check->promise.set_value(storageError(path, message));
    });
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
    return makeError(ErrorCode::NotFound, QStringLiteral("no entry with id %1").arg(id));
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
    ins->bind(1, seq).bind(2, draft.title).bind(3, draft.summary).bind(4, payloadText(draft.payload));
    if (ins->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("updating the search index"), ins->rc());
    return {};
}

Status JournalStore::insertRow(const Entry& e, qint64* seq)
{
    Error err;
    auto s = m_db->cached(QStringLiteral(
        "INSERT OR IGNORE INTO entries(uuid, plugin_id, kind, occurred_at, utc_offset, title, summary, mood, tags, "
        "payload, schema_version, created_at, updated_at, deleted_at, revision) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), &err);
    if (!s)
        return err;
    s->bind(1, e.id).bind(2, e.pluginId).bind(3, e.kind).bind(4, e.occurredAt.toMSecsSinceEpoch())
        .bind(5, e.utcOffsetSeconds).bind(6, e.title).bind(7, e.summary).bind(8, e.mood)
        .bind(9, tagsJson(e.tags)).bind(10, toJsonBytes(e.payload)).bind(11, e.schemaVersion)
        .bind(12, e.createdAt.toMSecsSinceEpoch()).bind(13, e.updatedAt.toMSecsSinceEpoch());
    if (e.deletedAt)
        s->bind(14, e.deletedAt->toMSecsSinceEpoch());
    else
        s->bindNull(14);
    s->bind(15, e.revision);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("saving the entry"), s->rc());
    *seq = m_db->changes() == 0 ? 0 : m_db->lastInsertRowId();
    return {};
}

Result<Entry> JournalStore::add(const EntryDraft& draft)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    if (Status s = checkDraftFields(draft); !s.ok())
        return s.error();
    Entry e = entryFromDraft(draft, fromMs(nowMs()));
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    qint64 seq = 0;
    if (Status s = insertRow(e, &seq); !s.ok())
        return s.error();
    if (Status s = indexEntry(seq, draft, false); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    emit entryChanged(sdk::ChangeType::Added, e.id, e.kind);
    return e;
}

Result<Entry> JournalStore::update(const QString& id, const EntryDraft& draft)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    if (Status s = checkDraftFields(draft); !s.ok())
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
        .bind(5, e.mood).bind(6, tagsJson(e.tags)).bind(7, toJsonBytes(e.payload)).bind(8, e.schemaVersion)
        .bind(9, now).bind(10, e.revision).bind(11, *seq);
    if (upd->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("saving the entry"), upd->rc());
    if (Status s = indexEntry(*seq, draft, true); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    emit entryChanged(sdk::ChangeType::Updated, e.id, e.kind);
    return e;
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
    return makeError(ErrorCode::NotFound, QStringLiteral("no entry with id %1").arg(id));
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
    Error err;
    auto s = m_db->cached(QStringLiteral("UPDATE entries SET deleted_at = ? WHERE uuid = ?"), &err);
    if (!s)
        return err;
    s->bind(1, nowMs()).bind(2, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("deleting the entry"), s->rc());
    emit entryChanged(sdk::ChangeType::Removed, id, current->kind);
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
    Error err;
    auto s = m_db->cached(QStringLiteral("UPDATE entries SET deleted_at = NULL WHERE uuid = ?"), &err);
    if (!s)
        return err;
    s->bind(1, id);
    if (s->run() != SQLITE_DONE)
        return m_db->error(QStringLiteral("restoring the entry"), s->rc());
    emit entryChanged(sdk::ChangeType::Restored, id, current->kind);
    return {};
}

Result<sdk::EntryPage> JournalStore::query(const EntryQuery& q) const
{
    if (q.limit < 1 || q.limit > 1000)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be between 1 and 1000"), QStringLiteral("limit"));
    Error err;
    bool dense = false;
    if (!q.text.trimmed().isEmpty()) {
        // Few matches: start from them and sort. Many: walk the time index.
        const QString match = ftsQuery(q.text);
        auto probe = m_db->cached(QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? LIMIT 2001)"), &err);
        if (!probe)
            return err;
        probe->bind(1, match);
        if (!match.isEmpty() && probe->next())
            dense = probe->int64(0) > 2000;
    }
    const Filter f = buildFilter(q, true, &err, dense);
    if (!err.message.isEmpty())
        return err;
    sdk::EntryPage page;
    if (f.empty)
        return page;
    const QString order = q.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral("SELECT %1 FROM entries e%2 ORDER BY e.occurred_at %3, e.seq %3 LIMIT ?")
                            .arg(kColumns, f.where, order);
    auto s = m_db->cached(sql, &err);
    if (!s)
        return err;
    bindAll(*s, f.binds);
    s->bind(static_cast<int>(f.binds.size()) + 1, q.limit + 1);
    qint64 lastSeq = 0;
    while (s->next()) {
        if (page.entries.size() == q.limit) {
            const Entry& last = page.entries.constLast();
            page.nextCursor = QStringLiteral("%1:%2").arg(last.occurredAt.toMSecsSinceEpoch()).arg(lastSeq);
            break;
        }
        page.entries << readEntry(*s, &lastSeq, q.withPayload);
    }
    if (s->failed())
        return m_db->error(QStringLiteral("searching the journal"), s->rc());
    return page;
}

Result<qint64> JournalStore::count(const EntryQuery& q, qint64 atMost) const
{
    Error err;
    const Filter f = buildFilter(q, false, &err);
    if (f.empty)
        return qint64(0);
    auto s = m_db->cached(atMost > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entries e%1 LIMIT ?)").arg(f.where)
                                     : QStringLiteral("SELECT count(*) FROM entries e%1").arg(f.where), &err);
    if (!s)
        return err;
    bindAll(*s, f.binds);
    if (atMost > 0)
        s->bind(static_cast<int>(f.binds.size()) + 1, atMost);
    if (!s->next())
        return m_db->error(QStringLiteral("counting entries"), s->rc());
    return s->int64(0);
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

Result<int> JournalStore::importEntries(const QList<Entry>& entries, ImportReport* report)
{
    if (Status s = writable(); !s.ok())
        return s.error();
    // Checked whole before anything is written: the fields, and no id twice.
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        Status s = checkDraftFields(EntryDraft::fromEntry(e));
        if (s.ok() && e.deletedAt && !e.deletedAt->isValid())
            s = makeError(ErrorCode::Validation, QStringLiteral("is set but is not a valid date-time"), QStringLiteral("deletedAt"));
        if (s.ok() && e.revision < 1)
            s = makeError(ErrorCode::Validation, QStringLiteral("must be 1 or more"), QStringLiteral("revision"));
        if (!s.ok()) {
            Error error = s.error();
            error.message = QStringLiteral("entry %1: %2").arg(i + 1).arg(error.toString());
            return error;
        }
        if (e.id.isEmpty())
            continue;
        if (const auto first = seen.constFind(e.id); first != seen.cend())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("entries %1 and %2 have the same id %3")
                                                             .arg(first.value() + 1).arg(i + 1).arg(e.id));
        seen.insert(e.id, i);
    }
    // The content a person sees; revision and the created/updated/deleted
    // times are bookkeeping (only whether the entry is deleted counts).
    auto sameContent = [](const Entry& a, const Entry& b) {
        return a.kind == b.kind && a.occurredAt.toMSecsSinceEpoch() == b.occurredAt.toMSecsSinceEpoch()
            && a.utcOffsetSeconds == b.utcOffsetSeconds && a.title == b.title && a.summary == b.summary
            && a.mood == b.mood && a.tags == b.tags && a.payload == b.payload && a.schemaVersion == b.schemaVersion
            && a.isDeleted() == b.isDeleted();
    };
    Transaction tx(*m_db);
    if (!tx.active())
        return tx.status().error();
    ImportReport done;
    const qint64 now = nowMs();
    for (const Entry& given : entries) {
        Entry e = given;
        if (e.id.isEmpty())
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.pluginId = e.kind.section(QLatin1Char('/'), 0, 0);
        if (!e.createdAt.isValid())
            e.createdAt = fromMs(now);
        if (!e.updatedAt.isValid())
            e.updatedAt = e.createdAt;
        qint64 seq = 0;
        if (Status s = insertRow(e, &seq); !s.ok())
            return s.error();
        if (seq == 0) { // already present: the journal's version is kept
            auto existing = get(e.id);
            if (!existing.ok())
                return existing.error();
            (sameContent(existing.value(), e) ? done.identical : done.conflicting) << e.id;
            continue;
        }
        if (Status s = indexEntry(seq, EntryDraft::fromEntry(e), false); !s.ok())
            return s.error();
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

namespace {

// "mood", "kind" or "payload.a.b" as an SQL expression over `e`; payload
// names are letters, digits, '_' and '-', quoted into a JSON path.
std::optional<QString> fieldExpression(const QString& field, bool allowKind)
{
    if (field == QLatin1String("mood"))
        return QStringLiteral("e.mood");
    if (allowKind && field == QLatin1String("kind"))
        return QStringLiteral("e.kind");
    if (!field.startsWith(QLatin1String("payload.")))
        return std::nullopt;
    const QStringList names = field.mid(8).split(QLatin1Char('.'));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    QString path = QStringLiteral("$");
    for (const QString& n : names) {
        if (!name.match(n).hasMatch())
            return std::nullopt;
        path += QStringLiteral(".\"%1\"").arg(n);
    }
    return QStringLiteral("json_extract(e.payload, '%1')").arg(path);
}

QString numeric(const QString& expr)
{
    return QStringLiteral("(CASE WHEN typeof(%1) IN ('integer', 'real') THEN %1 END)").arg(expr);
}

} // namespace

Result<QList<sdk::AggregateRow>> JournalStore::aggregate(const sdk::AggregateQuery& q) const
{
    using Period = sdk::AggregateQuery::Period;
    if (q.limit < 1 || q.limit > 10000)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be between 1 and 10000"), QStringLiteral("limit"));
    QString value = QStringLiteral("NULL");
    if (!q.value.isEmpty()) {
        const auto v = fieldExpression(q.value, false);
        if (!v)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is not \"mood\" or \"payload.<name>\"").arg(q.value), QStringLiteral("value"));
        value = numeric(*v);
    }
    if (!q.minus.isEmpty()) {
        const auto m = fieldExpression(q.minus, false);
        if (!m || q.value.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             q.value.isEmpty() ? QStringLiteral("needs a value to subtract from")
                                               : QStringLiteral("\"%1\" is not \"mood\" or \"payload.<name>\"").arg(q.minus),
                             QStringLiteral("minus"));
        value = QStringLiteral("(%1 - %2)").arg(value, numeric(*m));
    }
    QString group = QStringLiteral("''");
    if (!q.groupBy.isEmpty()) {
        const auto g = fieldExpression(q.groupBy, true);
        if (!g)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is not \"kind\", \"mood\" or \"payload.<name>\"").arg(q.groupBy),
                             QStringLiteral("groupBy"));
        group = QStringLiteral("coalesce(CAST(%1 AS TEXT), '')").arg(*g);
    }
    const QString day = QStringLiteral("date((e.occurred_at / 1000) + e.utc_offset, 'unixepoch')");
    QString period = QStringLiteral("''");
    switch (q.period) {
    case Period::All: break;
    case Period::Day: period = day; break;
    case Period::Week: period = QStringLiteral("date(%1, '-6 days', 'weekday 1')").arg(day); break;
    case Period::Month: period = QStringLiteral("date(%1, 'start of month')").arg(day); break;
    }
    EntryQuery filter;
    filter.kinds = q.kinds;
    filter.from = q.from;
    filter.to = q.to;
    Error err;
    const Filter f = buildFilter(filter, false, &err);
    if (!err.message.isEmpty())
        return err;
    const QString sql = QStringLiteral(
        "SELECT p, g, count(*), count(v), total(v), avg(v), min(v), max(v) FROM "
        "(SELECT %1 AS p, %2 AS g, %3 AS v FROM entries e%4) GROUP BY p, g ORDER BY p, g LIMIT ?")
                            .arg(period, group, value, f.where);
    auto s = m_db->cached(sql, &err);
    if (!s)
        return err;
    bindAll(*s, f.binds);
    s->bind(static_cast<int>(f.binds.size()) + 1, q.limit);
    QList<sdk::AggregateRow> rows;
    while (s->next()) {
        sdk::AggregateRow r;
        if (q.period != Period::All)
            r.period = QDate::fromString(s->text(0), Qt::ISODate);
        r.group = s->text(1);
        r.count = s->int64(2);
        r.valued = s->int64(3);
        if (r.valued > 0) {
            r.sum = s->real(4);
            r.average = s->real(5);
            r.minimum = s->real(6);
            r.maximum = s->real(7);
        }
        rows << r;
    }
    if (s->failed())
        return m_db->error(QStringLiteral("adding up entries"), s->rc());
    return rows;
}

Result<QList<JournalStore::MoodPoint>> JournalStore::moodByDay(const QDateTime& from, const QDateTime& to,
                                                               const QStringList& pluginIds) const
{
    QString pluginFilter;
    if (!pluginIds.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < pluginIds.size(); ++i)
            marks << QStringLiteral("?%1").arg(i + 3);
        pluginFilter = QStringLiteral(" AND plugin_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    Error err;
    auto s = m_db->cached(QStringLiteral(
        "SELECT date((occurred_at / 1000) + utc_offset, 'unixepoch') AS day, avg(mood), count(*) FROM entries "
        "WHERE occurred_at >= ?1 AND occurred_at < ?2 AND mood IS NOT NULL AND deleted_at IS NULL%1 "
        "GROUP BY day ORDER BY day").arg(pluginFilter), &err);
    if (!s)
        return err;
    s->bind(1, from.toMSecsSinceEpoch()).bind(2, to.toMSecsSinceEpoch());
    for (int i = 0; i < pluginIds.size(); ++i)
        s->bind(i + 3, pluginIds[i]);
    QList<MoodPoint> out;
    while (s->next())
        out << MoodPoint{QDate::fromString(s->text(0), Qt::ISODate), s->real(1), static_cast<int>(s->int64(2))};
    if (s->failed())
        return m_db->error(QStringLiteral("reading moods"), s->rc());
    return out;
}

Status JournalStore::backupTo(const QString& target) const
{
    if (QFileInfo(target).absoluteFilePath() == m_path)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup cannot replace the journal itself"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    return backupDatabase(*m_db, target);
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

Result<std::unique_ptr<JournalStore>> JournalStore::openSoundBackup(const QString& backup)
{
    auto source = open(backup, Mode::ReadOnly);
    if (!source.ok())
        return makeError(ErrorCode::Storage, QStringLiteral("the backup cannot be used: %1").arg(source.error().message));
    auto problems = source.value()->integrityCheck();
    if (!problems.ok())
        return problems.error();
    if (!problems->isEmpty())
        return storageError(backup, QStringLiteral("the backup is damaged (%1); nothing was restored").arg(problems->first()));
    return source;
}

Status JournalStore::replaceWith(const QString& backup, QString* previousCopy)
{
    // Not writable(): a journal the background check found damaged is exactly one to restore.
    if (isReadOnly())
        return storageError(m_path, QStringLiteral("the journal is open read-only"));
    stopBackgroundBackup(); // a copy of what is about to be replaced is not wanted
    auto source = openSoundBackup(backup);
    if (!source.ok())
        return source.error();

    const QString aside = m_path + QStringLiteral(".before-restore-%1").arg(timestampForFile());
    // Kept as it is, damaged or not: nothing the client wrote is thrown away.
    if (Status s = backupDatabase(*m_db, aside, false); !s.ok())
        return s;
    if (previousCopy)
        *previousCopy = aside;
    sqlite3_backup* copy = sqlite3_backup_init(m_db->handle(), "main", source.value()->m_db->handle(), "main");
    if (!copy)
        return m_db->error(QStringLiteral("restoring the backup"));
    const int rc = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return m_db->error(QStringLiteral("restoring the backup"), rc);
    if (markSession(true).ok()) // the backup's own marker says closed
        m_sessionMarked = true;
    stopBackgroundCheck(); // its verdict was on the contents just replaced by a checked backup
    emit reset();
    return {};
}

// A restore never leaves the folder without a whole journal, and never leaves
// a write-ahead log beside a main file it does not belong to:
//  1. the backup is copied to <name>.restoring, checked and synced;
//  2. <name>.restore records where the old journal goes (synced);
//  3. the old journal, then its log, are renamed aside together; the stale
//     shared-memory file is removed;
//  4. <name>.restoring is renamed to <name>; the record is removed.
// A kill before 2 leaves the journal as it was (the staged copy is cleared
// later); a kill after 2 is finished by the next open (finishRestoreLocked()).
Status JournalStore::restoreBackup(const QString& backup, const QString& target, QString* previousCopy)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    JournalLock lock(path + QStringLiteral(".lock")); // the journal must not be open elsewhere
    if (Status s = lock.acquire(); !s.ok())
        return s;
    if (Status s = finishRestoreLocked(path); !s.ok())
        return s;
    {
        auto source = openSoundBackup(backup);
        if (!source.ok())
            return source.error();
        if (Status s = backupDatabase(*source.value()->m_db, stagedPath(path)); !s.ok())
            return s;
    }
    QString aside;
    const bool hadJournal = exists(path);
    for (int n = 1; aside.isEmpty() || exists(aside) || exists(aside + QStringLiteral("-wal")); ++n)
        aside = path + QStringLiteral(".before-restore-%1").arg(timestampForFile()) + (n > 1 ? QStringLiteral("-%1").arg(n) : QString());
    if (!writeSmallFile(intentPath(path), QFileInfo(aside).fileName().toUtf8() + '\n')) {
        QFile::remove(stagedPath(path));
        return storageError(path, QStringLiteral("could not record the restore beside it; nothing was restored"));
    }
    if (Status s = finishRestoreLocked(path); !s.ok())
        return s;
    if (previousCopy)
        *previousCopy = hadJournal ? aside : QString();
    lock.release();
    auto restored = open(path, Mode::ReadWrite);
    return restored.ok() ? Status{} : Status{restored.error()};
}

Status JournalStore::finishInterruptedRestore(const QString& target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    if (!exists(intentPath(path)) && !exists(stagedPath(path)))
        return {};
    JournalLock lock(path + QStringLiteral(".lock"));
    if (Status s = lock.acquire(); !s.ok()) {
        if (s.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, QStringLiteral("%1: a backup is being restored into it by another "
                                                                 "program; try again in a moment")
                                                      .arg(QDir::toNativeSeparators(path)));
        return s;
    }
    return finishRestoreLocked(path);
}

Status JournalStore::finishRestoreLocked(const QString& path)
{
    const QString intent = intentPath(path);
    const QString staged = stagedPath(path);
    if (!exists(intent)) {
        // A restore killed before it changed anything leaves only its staged copy.
        QFile::remove(staged + QStringLiteral(".partial"));
        QFile::remove(staged);
        return {};
    }
    QFile record(intent);
    if (!record.open(QIODevice::ReadOnly))
        return storageError(intent, QStringLiteral("cannot be read, so an interrupted restore cannot be finished"));
    const QString name = QString::fromUtf8(record.readAll()).trimmed();
    record.close();
    const QString folder = QFileInfo(path).absolutePath();
    if (!name.startsWith(QFileInfo(path).fileName() + QStringLiteral(".before-restore-")) || name.contains(QLatin1Char('/')))
        return storageError(intent, QStringLiteral("is not a restore record this Tessera wrote; remove it to open the journal"));
    const QString aside = QDir(folder).filePath(name);
    if (exists(staged)) {
        if (exists(path)) {
            if (exists(aside))
                return storageError(path, QStringLiteral("an interrupted restore cannot move it aside: %1 is there already")
                                              .arg(QDir::toNativeSeparators(aside)));
            if (!renamePath(path, aside))
                return storageError(path, QStringLiteral("could not be moved aside to %1; nothing was restored")
                                              .arg(QDir::toNativeSeparators(aside)));
        }
        const QString wal = path + QStringLiteral("-wal");
        if (exists(wal)) {
            // The old journal's log goes with it. One already aside means this one was made
            // later by a reader of a journal with no log (it holds nothing).
            if (exists(aside + QStringLiteral("-wal")))
                QFile::remove(wal);
            else if (!renamePath(wal, aside + QStringLiteral("-wal")))
                return storageError(wal, QStringLiteral("could not be moved aside; nothing was restored"));
        }
        QFile::remove(path + QStringLiteral("-shm"));
        syncFolder(folder);
        if (!renamePath(staged, path))
            return storageError(path, QStringLiteral("could not put the restored copy in place; it is at %1")
                                          .arg(QDir::toNativeSeparators(staged)));
        syncFolder(folder);
    }
    QFile::remove(problemPath(path)); // the restored journal has none of the old one's problems
    QFile::remove(intent);
    syncFolder(folder);
    return {};
}

QStringList JournalStore::keptAside(const QString& target)
{
    const QFileInfo info(QFileInfo(target).absoluteFilePath());
    QDir dir(info.absolutePath());
    QStringList out;
    for (const QString& name : dir.entryList({info.fileName() + QStringLiteral(".before-restore-*")}, QDir::Files,
                                             QDir::Name | QDir::Reversed)) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            out << dir.absoluteFilePath(name);
    }
    return out;
}

Status JournalStore::acceptAsItIs(const QString& target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    JournalLock lock(path + QStringLiteral(".lock"));
    if (Status s = lock.acquire(); !s.ok())
        return s;
    if (Status s = finishRestoreLocked(path); !s.ok())
        return s;
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
        // Accepting a missing or empty journal means starting a new one.
        QFile::remove(problemPath(path));
        lock.release();
        auto created = open(path, Mode::ReadWrite);
        return created.ok() ? Status{} : Status{created.error()};
    }
    auto db = Database::open(path, false);
    if (!db.ok())
        return db.error();
    if (Status s = db.value()->exec(QStringLiteral("UPDATE meta SET value = 'closed' WHERE key = 'session'")); !s.ok())
        return s;
    db.value().reset();
    if (!QFile::remove(problemPath(path)) && exists(problemPath(path)))
        return storageError(problemPath(path), QStringLiteral("could not be removed"));
    return {};
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
