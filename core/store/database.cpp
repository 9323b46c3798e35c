#include "database.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <unistd.h>

namespace tessera::core {

using sdk::Error;
using sdk::ErrorCode;

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_rc(other.m_rc), m_text(std::move(other.m_text)),
      m_repeated(std::move(other.m_repeated))
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_rc = other.m_rc;
        m_text = std::move(other.m_text);
        m_repeated = std::move(other.m_repeated);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bind(index, value.toUtf8());
}

Statement& Statement::bind(int index, const QByteArray& utf8)
{
    if (index < 1)
        return *this; // SQLite's own answer for an index it has not (SQLITE_RANGE); nothing to keep
    if (m_text.size() < std::size_t(index))
        m_text.resize(std::size_t(index));
    // Kept only once SQLite has taken it: a bind that fails (a statement still
    // stepping) leaves SQLite on the text bound before, which must stay.
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC) == SQLITE_OK)
        m_text[std::size_t(index - 1)] = utf8; // shared, not copied: the same bytes, which do not move while kept
    return *this;
}

Statement& Statement::bind(int index, const std::optional<int>& value)
{
    return value ? bind(index, static_cast<qint64>(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

int Statement::run()
{
    do {
        m_rc = sqlite3_step(m_stmt);
    } while (m_rc == SQLITE_ROW);
    return m_rc;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_text.clear(); // no parameter points into them now
    m_rc = 0;
}

bool Statement::failed() const
{
    return m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != SQLITE_OK;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::bytes(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return {data, sqlite3_column_bytes(m_stmt, column)};
}

QString Statement::repeatedText(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    // Looked up in place (no copy); copied only when kept.
    if (const auto found = m_repeated.constFind(QByteArray::fromRawData(data, size)); found != m_repeated.cend())
        return found.value();
    QString text = QString::fromUtf8(data, size);
    if (m_repeated.size() < 256)
        m_repeated.insert(QByteArray(data, size), text);
    return text;
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Database::~Database()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

sdk::Result<std::unique_ptr<Database>> Database::open(const QString& path, bool readOnly,
                                                      std::shared_ptr<const DataKey> key, bool aCopyAtRest)
{
    auto db = std::make_unique<Database>();
    db->m_path = path;
    db->m_key = std::move(key);
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        | SQLITE_OPEN_NOMUTEX;
    // A journal on read-only media (a mounted backup disk, a read-only bind mount),
    // closed cleanly: SQLite cannot make the shared-memory file (-shm) a journal in WAL
    // mode is read with, and every read failed "unable to open database file" (shown
    // as damage). Nothing can change such a file, nor does Tessera write where it
    // cannot, so it is read as immutable. With a log left beside it (-wal, not folded
    // in), it is not: reading it without the log would miss entries.
    // A backup being restored (aCopyAtRest) is read the same way wherever it is:
    // opened plainly, SQLite left an empty -wal and a -shm beside the client's
    // own backup file. One that a program has open (a -shm is there) is not.
    QByteArray query;
    if (readOnly) {
        const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
        if ((aCopyAtRest || ::access(folder.constData(), W_OK) != 0) && !QFileInfo::exists(path + QStringLiteral("-shm"))
            && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
            query = "immutable=1";
    }
    // cryptovfs::open() opens a plain journal plainly, with the same page cache as an encrypted one.
    const int rc = cryptovfs::open(path, flags, db->m_key, &db->m_db, query);
    if (rc != SQLITE_OK)
        return db->error(QStringLiteral("opening the journal"), rc);
    sqlite3_extended_result_codes(db->m_db, 1);
    return db;
}

std::unique_ptr<Database> Database::closed(const QString& path, const QString& reason)
{
    auto db = std::make_unique<Database>();
    db->m_path = path;
    db->m_closedReason = reason;
    return db;
}

Error Database::closedError() const
{
    return Error{ErrorCode::Unavailable,
                 QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                              m_closedReason.isEmpty() ? QStringLiteral("the journal is closed") : m_closedReason),
                 {}};
}

sdk::Status Database::exec(const QString& sql)
{
    if (!m_db)
        return closedError();
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return error(QStringLiteral("updating the journal"), rc);
    return {};
}

CachedStatement::~CachedStatement()
{
    if (m_stmt)
        m_stmt->reset();
}

CachedStatement Database::cached(const QString& sql, Error* err)
{
    if (!m_db) {
        *err = closedError();
        return CachedStatement();
    }
    if (auto it = m_cache.constFind(sql); it != m_cache.constEnd())
        return CachedStatement(*it);
    auto prepared = prepare(sql);
    if (!prepared.ok()) {
        *err = prepared.error();
        return CachedStatement();
    }
    auto* stmt = new Statement(std::move(prepared).value());
    m_cache.insert(sql, stmt);
    return CachedStatement(stmt);
}

sdk::Result<Statement> Database::prepare(const QString& sql)
{
    if (!m_db)
        return closedError();
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(QStringLiteral("reading the journal"), rc);
    return Statement(m_db, stmt);
}

sdk::Result<qint64> Database::scalar(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    if (!stmt.value().next())
        return error(QStringLiteral("reading the journal"), stmt.value().rc());
    return stmt.value().int64(0);
}

qint64 Database::lastInsertRowId() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }
int Database::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

Error Database::error(const QString& what, int rc) const
{
    if (!m_db && !m_closedReason.isEmpty())
        return closedError();
    if (rc < 0)
        rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString file = QDir::toNativeSeparators(m_path);
    QString plain;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        plain = QStringLiteral("the disk is full; this change was not saved, everything saved before is intact");
        break;
    case SQLITE_READONLY:
        plain = QStringLiteral("the journal is read-only; nothing can be saved to it");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        plain = QStringLiteral("the journal file is damaged or is not a Tessera journal; "
                               "it was not changed; restore a backup (tessera-cli db restore)");
        break;
    case SQLITE_CANTOPEN:
        plain = QStringLiteral("the file cannot be opened (check that the folder exists and is accessible)");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        plain = QStringLiteral("the journal is busy in another program; try again");
        break;
    case SQLITE_IOERR:
        plain = QStringLiteral("the disk reported an input/output error");
        break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        plain = QStringLiteral("permission denied");
        break;
    default:
        break;
    }
    const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    const QString message = plain.isEmpty()
        ? QStringLiteral("%1: %2 failed: %3").arg(file, what, detail)
        : QStringLiteral("%1: %2 failed: %3 (SQLite: %4)").arg(file, what, plain, detail);
    const ErrorCode code = (rc & 0xff) == SQLITE_CONSTRAINT ? ErrorCode::Conflict : ErrorCode::Storage;
    return Error{code, message, {}};
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_nested = m_db.handle() && sqlite3_get_autocommit(m_db.handle()) == 0;
    m_status = m_db.exec(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested") : QStringLiteral("ROLLBACK"));
}

sdk::Status Transaction::commit()
{
    if (!m_active)
        return m_status;
    sdk::Status s = m_db.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    if (s.ok())
        m_active = false;
    return s;
}

} // namespace tessera::core
