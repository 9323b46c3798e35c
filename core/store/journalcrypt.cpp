// Locking an open encrypted journal, and converting a journal between plain
// and encrypted (issue 21). Declared in journalstore.h.
#include "journalstore.h"

#include "database.h"
#include "journalkey.h"
#include "journalstore_p.h"
#include "searchterms.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;
using namespace detail;

// ---- Converting between plain and encrypted ----
//
// The journal <name> is never without a whole file, and the key file always
// matches the journal, whatever moment a kill comes at:
//  1. <name>.convert records "undo": the conversion has not been decided, so
//     the next open (or conversion) removes what it finds of it;
//  2. (encrypting) the key file is written as <name>.key.converting;
//  3. the converted copy is written as <name>.converting (and each backup C
//     in the backup folder, and each copy the store kept beside the journal,
//     as C.converting), closed, synced and checked: PRAGMA integrity_check,
//     the same rows in every table (entries, revisions, links, meta, ...),
//     and the search index's own check;
//  4. <name>.convert records "finish" (written, synced, renamed): from here
//     the conversion goes forward;
//  5. the key file goes into place (encrypting), each copy replaces its
//     original, the journal's stale -wal/-shm are removed, <name>.converting
//     replaces <name> (rename(): one step), the key file is removed
//     (decrypting), and the record is removed.
// finishConversionLocked() does step 5 after a kill, or undoes steps 1-3.

namespace {

QString convertingPath(const QString& path) { return path + QStringLiteral(".converting"); }
QString keyConvertingPath(const QString& journal) { return convertingPath(JournalKey::pathFor(journal)); }

// TEST ONLY: with TESSERA_TEST_CONVERT_ABORT_AT=<step>, the process ends at
// once (as a kill would) when the conversion reaches that step; the
// reliability tests name each step in turn (docs/reliability.md).
void testAbortAt(const char* step)
{
    static const QByteArray at = qgetenv("TESSERA_TEST_CONVERT_ABORT_AT");
    if (!at.isEmpty() && at == step)
        ::_exit(86);
}

void removeWithLog(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // A copy killed while SQLite was writing it in rollback mode (a plain
    // backup's copy) leaves its rollback journal.
    QFile::remove(path + QStringLiteral("-journal"));
}

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// An SQLite connection closed when it goes out of scope.
struct Connection {
    sqlite3* db = nullptr;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"); }
    bool exec(const QString& sql) const
    {
        return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    // The rows of a query, each as its columns' text.
    QList<QStringList> rows(const QString& sql, bool* ok = nullptr) const
    {
        QList<QStringList> out;
        sqlite3_stmt* stmt = nullptr;
        bool good = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK;
        int rc = SQLITE_DONE;
        while (good && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
            out << row;
        }
        good = good && rc == SQLITE_DONE;
        sqlite3_finalize(stmt);
        if (ok)
            *ok = good;
        return out;
    }
    qint64 number(const QString& sql, bool* ok) const
    {
        const auto r = rows(sql, ok);
        if (r.isEmpty() || r.first().isEmpty()) {
            *ok = false;
            return -1;
        }
        return r.first().first().toLongLong();
    }
};

QString quoted(const QString& name) { return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); }

// Attaches the file at `path` to `c` as "src", read-only, through the VFS its
// format needs (`key`: the encrypting one; none: SQLite's own).
bool attachSource(const Connection& c, const QString& path, const std::shared_ptr<const DataKey>& key)
{
    QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?mode=ro&vfs=";
    uri += key ? QByteArray(cryptovfs::kName) + "&tessera-key=" + key->handle() : QByteArray(sqlite3_vfs_find(nullptr)->zName);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(c.db, "ATTACH ? AS src", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(stmt, 1, uri.constData(), static_cast<int>(uri.size()), SQLITE_TRANSIENT);
    const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    return ok;
}

// Opens (creating, when `create`) `path` in the format `key` gives, with URI
// filenames on (for ATTACH) and temporary data in memory.
bool openTarget(Connection& c, const QString& path, const std::shared_ptr<const DataKey>& key, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (cryptovfs::open(path, flags, key, &c.db, key ? QByteArray() : QByteArrayLiteral("cache=private")) != SQLITE_OK)
        return false;
    return c.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

struct SourceSchema {
    QStringList virtualTables;           // FTS5 tables (their content is copied through them)
    QStringList tables;                  // ordinary tables, not a virtual table's own
    QList<QStringList> tableSql;         // name, sql: virtual tables first
    QStringList laterSql;                // indexes, triggers, views
    bool ok = false;
};

SourceSchema readSchema(const Connection& c)
{
    SourceSchema s;
    bool ok = false;
    const auto rows = c.rows(QStringLiteral("SELECT type, name, sql FROM src.sqlite_schema WHERE sql IS NOT NULL "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"), &ok);
    if (!ok)
        return s;
    for (const QStringList& r : rows) {
        if (r.at(0) == QLatin1String("table") && r.at(2).startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
            s.virtualTables << r.at(1);
            s.tableSql.prepend({r.at(1), r.at(2)});
        }
    }
    for (const QStringList& r : rows) {
        if (r.at(0) != QLatin1String("table") || s.virtualTables.contains(r.at(1)))
            continue;
        const bool shadow = std::any_of(s.virtualTables.cbegin(), s.virtualTables.cend(),
                                        [&r](const QString& v) { return r.at(1).startsWith(v + QLatin1Char('_')); });
        if (shadow)
            continue; // made by its virtual table, filled when the content is copied through it
        s.tables << r.at(1);
        s.tableSql.append({r.at(1), r.at(2)});
    }
    for (const QStringList& r : rows) {
        if (r.at(0) != QLatin1String("table"))
            s.laterSql << r.at(2);
    }
    s.ok = true;
    return s;
}

QStringList columnsOf(const Connection& c, const QString& table)
{
    QStringList out;
    for (const QStringList& r : c.rows(QStringLiteral("SELECT name FROM pragma_table_info(%1, 'src')").arg(QLatin1Char('\'') + QString(table).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''))))
        out << quoted(r.value(0));
    return out;
}

// Copies the database `source` (in the format `fromKey` gives) into a new
// file `target` in the format `toKey` gives, row by row (SQLite's backup API
// would keep the source's reserved bytes per page, which the encrypted format
// needs and the plain one does not), and closes it synced.
Status writeConverted(const QString& source, const std::shared_ptr<const DataKey>& fromKey, const QString& target,
                      const std::shared_ptr<const DataKey>& toKey, bool isJournal)
{
    removeWithLog(target);
    Connection c;
    if (!openTarget(c, target, toKey, true))
        return storageError(target, QStringLiteral("could not be created: %1").arg(c.error()));
    (void)QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!attachSource(c, source, fromKey))
        return storageError(source, QStringLiteral("could not be read for the conversion: %1").arg(c.error()));
    const SourceSchema schema = readSchema(c);
    if (!schema.ok)
        return storageError(source, QStringLiteral("its tables could not be read: %1").arg(c.error()));
    bool ok = false;
    const qint64 version = c.number(QStringLiteral("PRAGMA src.user_version"), &ok);
    const qint64 appId = ok ? c.number(QStringLiteral("PRAGMA src.application_id"), &ok) : 0;
    ok = ok && c.exec(QStringLiteral("PRAGMA main.journal_mode = WAL")) && c.exec(QStringLiteral("PRAGMA main.synchronous = FULL"))
        && c.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const QStringList& t : schema.tableSql) {
        if (!ok)
            break;
        ok = c.exec(t.at(1));
    }
    for (const QString& t : schema.tables) {
        if (!ok)
            break;
        ok = c.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1").arg(quoted(t)));
    }
    for (const QString& v : schema.virtualTables) {
        if (!ok)
            break;
        const QString cols = columnsOf(c, v).join(QStringLiteral(", "));
        ok = !cols.isEmpty()
            && c.exec(QStringLiteral("INSERT INTO main.%1(rowid, %2) SELECT rowid, %2 FROM src.%1").arg(quoted(v), cols));
    }
    if (ok && !c.rows(QStringLiteral("SELECT 1 FROM src.sqlite_schema WHERE name = 'sqlite_sequence'")).isEmpty())
        ok = c.exec(QStringLiteral("DELETE FROM main.sqlite_sequence; INSERT INTO main.sqlite_sequence SELECT * FROM src.sqlite_sequence"));
    for (const QString& sql : schema.laterSql) {
        if (!ok)
            break;
        ok = c.exec(sql);
    }
    ok = ok && c.exec(QStringLiteral("PRAGMA main.user_version = %1; PRAGMA main.application_id = %2").arg(version).arg(appId));
    // A copy is never an open session (see JournalStore::markSession()).
    if (ok && isJournal && schema.tables.contains(QStringLiteral("meta")))
        ok = c.exec(QStringLiteral("UPDATE main.meta SET value = 'closed' WHERE key = 'session'"));
    ok = ok && c.exec(QStringLiteral("COMMIT"));
    const QString why = c.error();
    if (ok && !c.exec(QStringLiteral("DETACH src")))
        ok = false;
    sqlite3_close_v2(c.db); // the last connection: checkpoints and removes the copy's log
    c.db = nullptr;
    if (!ok) {
        removeWithLog(target);
        return storageError(target, QStringLiteral("writing the converted copy failed: %1").arg(why));
    }
    if (!syncFile(target) || detail::exists(target + QStringLiteral("-wal"))) {
        removeWithLog(target);
        return storageError(target, QStringLiteral("the converted copy could not be synced to disk"));
    }
    return {};
}

// Checks the converted copy against its source: sound (integrity_check), in
// the right format (reserved bytes), every row of every table the same, the
// search index whole (FTS5's own integrity-check) and holding the same text.
Status verifyConverted(const QString& source, const std::shared_ptr<const DataKey>& fromKey, const QString& target,
                       const std::shared_ptr<const DataKey>& toKey)
{
    const int reserve = cryptovfs::reservedBytesOf(target);
    if (toKey ? reserve < cryptovfs::kReserveBytes : reserve != 0)
        return storageError(target, QStringLiteral("the converted copy is not in the expected format (%1 reserved bytes "
                                                   "per page); nothing was changed").arg(reserve));
    Connection c;
    if (!openTarget(c, target, toKey, false))
        return storageError(target, QStringLiteral("the converted copy cannot be opened: %1").arg(c.error()));
    if (const QString problem = integrityProblem(c.db); !problem.isEmpty())
        return storageError(target, QStringLiteral("the converted copy is damaged (SQLite found: %1); nothing was changed")
                                        .arg(problem));
    if (!attachSource(c, source, fromKey))
        return storageError(source, QStringLiteral("could not be read to check the conversion: %1").arg(c.error()));
    const SourceSchema schema = readSchema(c);
    if (!schema.ok)
        return storageError(source, QStringLiteral("its tables could not be read: %1").arg(c.error()));
    const auto differs = [&c](const QString& a, const QString& b) {
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        const qint64 n1 = c.number(QStringLiteral("SELECT count(*) FROM (%1)").arg(a), &ok1);
        const qint64 n2 = c.number(QStringLiteral("SELECT count(*) FROM (%1)").arg(b), &ok2);
        const qint64 d1 = c.number(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(a, b), &ok3);
        const qint64 d2 = c.number(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(b, a), &ok4);
        return !(ok1 && ok2 && ok3 && ok4 && n1 == n2 && d1 == 0 && d2 == 0);
    };
    for (const QString& t : schema.tables) {
        // The session marker is the one row a copy changes (always "closed").
        const QString filter = t == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'session'") : QString();
        if (differs(QStringLiteral("SELECT * FROM main.%1%2").arg(quoted(t), filter),
                    QStringLiteral("SELECT * FROM src.%1%2").arg(quoted(t), filter)))
            return storageError(target, QStringLiteral("the converted copy does not hold the same rows of %1 as the journal; "
                                                       "nothing was changed").arg(t));
    }
    for (const QString& v : schema.virtualTables) {
        const QString cols = columnsOf(c, v).join(QStringLiteral(", "));
        if (differs(QStringLiteral("SELECT rowid, %1 FROM main.%2").arg(cols, quoted(v)),
                    QStringLiteral("SELECT rowid, %1 FROM src.%2").arg(cols, quoted(v)))
            || !c.exec(QStringLiteral("INSERT INTO main.%1(%1) VALUES ('integrity-check')").arg(quoted(v))))
            return storageError(target, QStringLiteral("the converted copy's search index is not whole (%1); nothing was "
                                                       "changed").arg(c.error()));
    }
    bool ok = false;
    if (c.number(QStringLiteral("PRAGMA main.user_version"), &ok) != c.number(QStringLiteral("PRAGMA src.user_version"), &ok) || !ok)
        return storageError(target, QStringLiteral("the converted copy's format version differs; nothing was changed"));
    c.exec(QStringLiteral("DETACH src"));
    return {};
}

// The record of a conversion (<name>.convert): "undo" or "finish", the
// direction, and the copies (besides the journal) being converted with it.
struct ConversionRecord {
    bool finish = false;
    bool encrypting = true;
    QStringList copies; // absolute paths
};

QByteArray recordText(const ConversionRecord& r)
{
    QByteArray out = (r.finish ? "finish\n" : "undo\n") + QByteArray(r.encrypting ? "encrypt\n" : "decrypt\n");
    for (const QString& copy : r.copies)
        out += "copy " + QFile::encodeName(copy) + '\n';
    return out;
}

Result<ConversionRecord> readRecord(const QString& path)
{
    QFile f(conversionMarkerPath(path));
    if (!f.open(QIODevice::ReadOnly))
        return storageError(f.fileName(), QStringLiteral("cannot be read, so an interrupted conversion cannot be finished"));
    const QList<QByteArray> lines = f.readAll().split('\n');
    ConversionRecord r;
    const auto bad = [&f] {
        return storageError(f.fileName(), QStringLiteral("is not a conversion record this Tessera wrote; it was left as it is"));
    };
    if (lines.size() < 2 || (lines.at(0) != "finish" && lines.at(0) != "undo")
        || (lines.at(1) != "encrypt" && lines.at(1) != "decrypt"))
        return bad();
    r.finish = lines.at(0) == "finish";
    r.encrypting = lines.at(1) == "encrypt";
    for (int i = 2; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        if (!lines.at(i).startsWith("copy /"))
            return bad();
        const QString copy = QFile::decodeName(lines.at(i).mid(5));
        if (copy.contains(QStringLiteral("/../")) || copy.endsWith(QStringLiteral("/..")))
            return bad();
        r.copies << copy;
    }
    return r;
}

// The copies of the journal besides it that share its format: the automatic
// backups in `backupFolder`, the backup before a format upgrade, and the
// journals kept aside by restores.
QStringList copiesOf(const QString& path, const QString& backupFolder)
{
    QStringList out;
    const QFileInfo info(path);
    QDir beside(info.absolutePath());
    const QStringList mine = beside.entryList({info.fileName() + QStringLiteral(".v*.backup"),
                                               info.fileName() + QStringLiteral(".before-restore-*")},
                                              QDir::Files, QDir::Name);
    for (const QString& name : mine) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm"))
            && !name.endsWith(QLatin1String(".converting")) && !name.endsWith(QLatin1String(".partial")))
            out << beside.absoluteFilePath(name);
    }
    if (!backupFolder.isEmpty()) {
        QDir folder(backupFolder);
        for (const QString& name : folder.entryList({QStringLiteral("journal-*.sqlite")}, QDir::Files, QDir::Name))
            out << folder.absoluteFilePath(name);
    }
    return out;
}

} // namespace

namespace detail {

// Step 5 of the comment above after a kill, or the undoing of steps 1-3; the lock is held.
Status finishConversionLocked(const QString& path)
{
    const QString marker = conversionMarkerPath(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!exists(marker)) {
        // A conversion killed before it recorded itself left at most its new files.
        if (exists(convertingPath(path)) || exists(keyConvertingPath(path))) {
            removeWithLog(convertingPath(path));
            QFile::remove(keyConvertingPath(path));
            syncFolder(folder);
        }
        return {};
    }
    auto record = readRecord(path);
    if (!record.ok())
        return record.error();
    const ConversionRecord& r = record.value();
    if (!r.finish) {
        removeWithLog(convertingPath(path));
        QFile::remove(keyConvertingPath(path));
        for (const QString& copy : r.copies)
            removeWithLog(convertingPath(copy));
        syncFolder(folder);
        for (const QString& copy : r.copies)
            syncFolder(QFileInfo(copy).absolutePath());
        QFile::remove(marker);
        syncFolder(folder);
        return {};
    }
    const QString key = JournalKey::pathFor(path);
    if (r.encrypting && exists(keyConvertingPath(path))) {
        if (!renamePath(keyConvertingPath(path), key))
            return storageError(key, QStringLiteral("could not put the new key file in place; the conversion is not finished"));
        syncFolder(folder);
    }
    testAbortAt("key-in-place");
    for (const QString& copy : r.copies) {
        if (!exists(convertingPath(copy)))
            continue;
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        if (!renamePath(convertingPath(copy), copy))
            return storageError(copy, QStringLiteral("could not put its converted copy in place; the conversion is not finished"));
        syncFolder(QFileInfo(copy).absolutePath());
    }
    testAbortAt("copies-in-place");
    if (exists(convertingPath(path))) {
        // The journal was closed with its log checkpointed: what is left of -wal/-shm holds nothing.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        syncFolder(folder);
        if (!renamePath(convertingPath(path), path))
            return storageError(path, QStringLiteral("could not put the converted journal in place; it is at %1")
                                          .arg(QDir::toNativeSeparators(convertingPath(path))));
        syncFolder(folder);
    }
    testAbortAt("journal-in-place");
    if (!r.encrypting && exists(key)) {
        if (!QFile::remove(key))
            return storageError(key, QStringLiteral("could not be removed; the journal is plain now, and opens once it is gone"));
        syncFolder(folder);
    }
    QFile::remove(keyConvertingPath(path));
    QFile::remove(marker);
    syncFolder(folder);
    return {};
}

} // namespace detail

Status JournalStore::finishInterruptedConversion(const QString& target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    if (!exists(conversionMarkerPath(path)) && !exists(convertingPath(path)) && !exists(keyConvertingPath(path)))
        return {};
    JournalLock lock(path + QStringLiteral(".lock"));
    if (Status s = lock.acquire(); !s.ok()) {
        if (s.error().code == ErrorCode::Conflict && exists(conversionMarkerPath(path)))
            return makeError(ErrorCode::Conflict, QStringLiteral("%1: it is being converted (encrypted or decrypted) by "
                                                                 "another program; try again in a moment")
                                                      .arg(QDir::toNativeSeparators(path)));
        return s;
    }
    return finishConversionLocked(path);
}

// The conversion of this open journal: steps 1-5 above with the lock held
// and the journal closed, then the journal opens again with `toKey` (on
// failure, as it was).
Status JournalStore::convertOpen(const QString& backupFolder,
                                 const std::function<Result<std::shared_ptr<const DataKey>>()>& makeKey)
{
    m_leftAsItWas.clear();
    if (m_path == QLatin1String(":memory:"))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a journal in memory has no file to convert"));
    if (isReadOnly())
        return storageError(m_path, QStringLiteral("the journal is open read-only"));
    if (m_locked)
        return makeError(ErrorCode::Unavailable, QStringLiteral("the journal is locked"));
    const bool encrypting = makeKey != nullptr;
    if (encrypting == m_encrypted)
        return makeError(ErrorCode::InvalidArgument, encrypting ? QStringLiteral("%1: the journal is encrypted already")
                                                                         .arg(QDir::toNativeSeparators(m_path))
                                                                : QStringLiteral("%1: the journal is not encrypted")
                                                                      .arg(QDir::toNativeSeparators(m_path)));
    stopBackgroundBackup();
    // A damaged journal is not converted: its copy would not match (restore a backup first).
    if (Status s = soundness(); !s.ok())
        return s;
    stopBackgroundCheck();
    // Everything in the write-ahead log goes into the file first, so the copy is
    // the whole journal and no log of the old format stays beside the new one.
    {
        auto checkpoint = m_db->prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!checkpoint.ok())
            return checkpoint.error();
        if (!checkpoint.value().next() || checkpoint.value().int64(0) != 0)
            return makeError(ErrorCode::Conflict, QStringLiteral("%1: another program is reading the journal, so it cannot "
                                                                 "be converted now; close it there and try again")
                                                      .arg(QDir::toNativeSeparators(m_path)));
    }
    const std::shared_ptr<const DataKey> fromKey = m_key;
    std::shared_ptr<const DataKey> toKey;
    (void)markSession(false);
    m_sessionMarked = false;
    m_opened = false;
    m_searchTerms.reset(); // its hooks are on the connection that goes
    m_db.reset(); // the last connection: the log is checkpointed and removed
    testAbortAt("closed");

    Status result = [&]() -> Status {
        if (Status s = finishConversionLocked(m_path); !s.ok())
            return s;
        const QString folder = QFileInfo(m_path).absolutePath();
        ConversionRecord record;
        record.encrypting = encrypting;
        record.copies = copiesOf(m_path, backupFolder);
        if (!writeSmallFile(conversionMarkerPath(m_path), recordText(record)))
            return storageError(conversionMarkerPath(m_path), QStringLiteral("could not be written; nothing was changed"));
        testAbortAt("recorded");
        const auto undo = [this](Status s) {
            (void)finishConversionLocked(m_path); // the record still says undo
            return s;
        };
        if (encrypting) {
            auto made = makeKey();
            if (!made.ok())
                return undo(made.error());
            toKey = made.value();
        }
        testAbortAt("key-written");
        if (Status s = writeConverted(m_path, fromKey, convertingPath(m_path), toKey, true); !s.ok())
            return undo(s);
        testAbortAt("copied");
        if (Status s = verifyConverted(m_path, fromKey, convertingPath(m_path), toKey); !s.ok())
            return undo(s);
        testAbortAt("verified");
        // Each copy is converted as the journal is; one that cannot be (damaged, or
        // not in the journal's format) is left as it is and named to the caller.
        QStringList converted;
        for (const QString& copy : record.copies) {
            const int reserve = cryptovfs::reservedBytesOf(copy);
            const bool sameFormat = fromKey ? reserve >= cryptovfs::kReserveBytes : reserve == 0;
            Status s = sameFormat ? writeConverted(copy, fromKey, convertingPath(copy), toKey, false)
                                  : Status{storageError(copy, QStringLiteral("not in the journal's format"))};
            if (s.ok())
                s = verifyConverted(copy, fromKey, convertingPath(copy), toKey);
            if (s.ok()) {
                converted << copy;
            } else {
                removeWithLog(convertingPath(copy));
                m_leftAsItWas << copy;
            }
        }
        testAbortAt("copies-written");
        record.finish = true;
        record.copies = converted;
        syncFolder(folder);
        if (!backupFolder.isEmpty())
            syncFolder(backupFolder);
        if (!writeSmallFile(conversionMarkerPath(m_path), recordText(record)))
            return undo(storageError(conversionMarkerPath(m_path), QStringLiteral("could not be written; nothing was changed")));
        testAbortAt("decided");
        return finishConversionLocked(m_path);
    }();
    if (!result.ok()) {
        // The journal opens as it was, or, when the conversion was decided and only
        // its last step failed, as it will be (the next open finishes it).
        auto record = readRecord(m_path);
        const bool decided = exists(conversionMarkerPath(m_path)) && record.ok() && record.value().finish;
        (void)reopenAfterConversion(decided ? toKey : fromKey);
        return result;
    }
    return reopenAfterConversion(toKey);
}

Result<JournalKeyCreated> JournalStore::encrypt(const QByteArray& passphrase, const QString& backupFolder)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"), QStringLiteral("passphrase"));
    QString recovery;
    std::shared_ptr<const DataKey> newKey;
    const QString keyFile = keyConvertingPath(m_path);
    Status s = convertOpen(backupFolder, [&]() -> Result<std::shared_ptr<const DataKey>> {
        QFile::remove(keyFile);
        auto created = JournalKey::create(keyFile, passphrase);
        if (!created.ok())
            return created.error();
        syncFile(keyFile);
        recovery = created.value().recoveryKey;
        newKey = created.value().key;
        return newKey;
    });
    if (!s.ok())
        return s.error();
    return JournalKeyCreated{newKey, recovery};
}

Status JournalStore::decrypt(const QString& backupFolder)
{
    return convertOpen(backupFolder, nullptr);
}

Status JournalStore::reopenAfterConversion(std::shared_ptr<const DataKey> key)
{
    m_key = std::move(key);
    m_encrypted = m_key != nullptr;
    const Status s = initialise();
    emit reset();
    return s;
}

Result<JournalKeyCreated> JournalStore::encryptFile(const QString& path, const QByteArray& passphrase,
                                                   const QString& backupFolder, QStringList* leftAsItWas)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (Status s = finishInterruptedConversion(target); !s.ok())
        return s.error();
    if (exists(JournalKey::pathFor(target)))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the journal is encrypted already")
                                                         .arg(QDir::toNativeSeparators(target)));
    if (!exists(target))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no journal there").arg(QDir::toNativeSeparators(target)));
    auto store = open(target, Mode::ReadWrite);
    if (!store.ok())
        return store.error();
    auto created = store.value()->encrypt(passphrase, backupFolder);
    if (leftAsItWas)
        *leftAsItWas = store.value()->m_leftAsItWas;
    return created;
}

Status JournalStore::decryptFile(const QString& path, std::shared_ptr<const DataKey> key, const QString& backupFolder,
                                 QStringList* leftAsItWas)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (Status s = finishInterruptedConversion(target); !s.ok())
        return s;
    if (!key)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no key given"));
    if (!exists(JournalKey::pathFor(target)))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the journal is not encrypted")
                                                         .arg(QDir::toNativeSeparators(target)));
    auto store = open(target, Mode::ReadWrite, std::move(key));
    if (!store.ok())
        return store.error();
    Status s = store.value()->decrypt(backupFolder);
    if (leftAsItWas)
        *leftAsItWas = store.value()->m_leftAsItWas;
    return s;
}

// --- Locking and unlocking (the app lock) ---

sdk::Error detail::lockedError(const QString& path)
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("%1: the journal is locked").arg(QDir::toNativeSeparators(path)));
}

sdk::Status JournalStore::lock()
{
    if (!m_encrypted)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: the journal is not encrypted, so it cannot be locked")
                             .arg(QDir::toNativeSeparators(m_path)));
    if (m_locked)
        return {};
    stopBackgroundBackup();
    // A check that has finished keeps its verdict (a damaged journal stays
    // unwritable after unlock); one still running is stopped and runs again
    // after unlock.
    bool sound = true;
    if (m_check) {
        if (m_check->verdict.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            sound = m_check->verdict.get().ok();
        } else {
            sound = false; // nothing was written in this session before the verdict
            stopBackgroundCheck();
            m_checkAfterUnlock = true;
        }
    }
    // As at close: the journal says "closed" in its own file before its last
    // connection goes (that close checkpoints and removes the write-ahead log),
    // so a kill while locked is not taken for a lost log at the next open.
    if (m_opened && m_mode == Mode::ReadWrite && m_db && !m_db->isClosed()) {
        if (sound) {
            if (markSession(false).ok())
                m_sessionMarked = false; // the next write marks it open again
        } else {
            sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
    m_searchTerms.reset(); // its hooks are on the connection that goes
    m_db = Database::closed(m_path, QStringLiteral("the journal is locked"));
    m_key.reset();
    m_locked = true;
    emit reset();
    return {};
}

sdk::Status JournalStore::unlock(std::shared_ptr<const DataKey> key)
{
    if (!m_locked)
        return {};
    if (!key)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unlocking the journal needs its key"));
    const QString file = QDir::toNativeSeparators(m_path);
    auto db = Database::open(m_path, m_mode == Mode::ReadOnly, key);
    if (!db.ok())
        return db.error();
    // A wrong key cannot read the first page: refused, and the journal stays locked.
    if (auto tables = db.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !tables.ok()) {
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("%1: this key does not open the journal; it stays locked").arg(file));
    }
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_mode == Mode::ReadWrite)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString& pragma : pragmas) {
        if (sdk::Status s = db.value()->exec(pragma); !s.ok())
            return s;
    }
    m_searchTerms.reset(); // its hooks are on the connection that goes
    m_db = std::move(db).value();
    m_key = std::move(key);
    m_locked = false;
    if (m_checkAfterUnlock) {
        m_checkAfterUnlock = false;
        startBackgroundCheck();
        beginBackgroundCheck();
    }
    writePendingReminders(); // held while locked after their verdict came (with a new check: at its verdict)
    emit reset();
    return {};
}

// --- end locking and unlocking ---


} // namespace tessera::core
