// Thin RAII layer over the SQLite C API for the journal store.
#pragma once

#include "cryptovfs.h"

#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tessera::core {

/// One prepared statement. Bind with 1-based indexes, step with next().
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    /// Text is kept by the statement (shared, not copied) until the parameter
    /// is bound again or reset() runs, and SQLite reads it there: bytes of
    /// QByteArray::fromRawData() must outlive that.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& utf8);
    Statement& bind(int index, const std::optional<int>& value);
    Statement& bindNull(int index);

    /// Steps once. Returns true when a row is available; false when done or
    /// on error (check rc()).
    bool next();
    /// Runs the statement to completion (for writes). Returns the SQLite result code.
    int run();
    /// Resets for re-use and clears bindings.
    void reset();
    /// The result code of the last step: SQLITE_ROW, SQLITE_DONE or an error.
    [[nodiscard]] int rc() const { return m_rc; }
    [[nodiscard]] bool failed() const;

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    /// The column's bytes where SQLite keeps them: valid until the next
    /// step, reset, or read of the same column as another type.
    [[nodiscard]] QByteArrayView bytes(int column) const;
    /// Text that repeats from row to row (a module's id, a kind): the same
    /// bytes give the same QString, shared rather than decoded and allocated
    /// again (a page of 100 entries has about a dozen of each). Kept by the
    /// statement, at most 256 values; past that, as text().
    [[nodiscard]] QString repeatedText(int column) const;
    [[nodiscard]] bool isNull(int column) const;

    [[nodiscard]] sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = 0;
    // The text bound to each parameter, kept until it is bound again or the
    // statement is reset, so SQLite reads it in place (SQLITE_STATIC) rather
    // than making a copy of its own for every bind (issue 30).
    std::vector<QByteArray> m_text;
    mutable QHash<QByteArray, QString> m_repeated; // repeatedText()
};

/// A cached statement borrowed for one use; reset (releasing its read
/// snapshot) when the handle goes out of scope.
class CachedStatement {
public:
    CachedStatement() = default;
    explicit CachedStatement(Statement* stmt) : m_stmt(stmt) {}
    ~CachedStatement();
    CachedStatement(CachedStatement&& other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;

    explicit operator bool() const { return m_stmt != nullptr; }
    Statement* operator->() const { return m_stmt; }
    Statement& operator*() const { return *m_stmt; }

private:
    Statement* m_stmt = nullptr;
};

/// An open SQLite connection, with a cache of prepared statements and error
/// messages that name the file and say what the problem means for the client.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (read-write creates the file). Errors name the file. With `key`,
    /// the file is an encrypted journal, opened through the encrypting VFS
    /// (cryptovfs.h); without, a plain one, as ever. `aCopyAtRest`: a
    /// read-only open of a file no Tessera keeps open (a backup being
    /// restored); when no program has it open, it is read as immutable, so
    /// nothing is made beside it in the client's folder.
    static sdk::Result<std::unique_ptr<Database>> open(const QString& path, bool readOnly,
                                                       std::shared_ptr<const DataKey> key = {}, bool aCopyAtRest = false);
    /// A Database with no connection (a locked journal, issue 21): every
    /// exec(), prepare(), cached() and scalar() answers ErrorCode::Unavailable
    /// "<file>: <reason>", and handle() is null.
    static std::unique_ptr<Database> closed(const QString& path, const QString& reason);
    [[nodiscard]] bool isClosed() const { return m_db == nullptr; }

    /// Runs one or more statements with no results.
    sdk::Status exec(const QString& sql);
    /// A statement prepared once and kept for the life of the connection,
    /// borrowed until the handle is destroyed. Empty, with *error set, on failure.
    CachedStatement cached(const QString& sql, sdk::Error* error);
    /// A fresh statement (for one-off SQL).
    sdk::Result<Statement> prepare(const QString& sql);

    /// An error for the last failed call, with `what` describing the action
    /// (e.g. "saving the entry"). Maps SQLite codes to plain words.
    [[nodiscard]] sdk::Error error(const QString& what, int rc = -1) const;
    /// A single integer from a query like "PRAGMA user_version".
    sdk::Result<qint64> scalar(const QString& sql);

    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] const QString& path() const { return m_path; }
    /// The data key of an encrypted journal; null for a plain one.
    [[nodiscard]] const std::shared_ptr<const DataKey>& key() const { return m_key; }
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::shared_ptr<const DataKey> m_key; ///< kept while the connection (and its files) is open
    QHash<QString, Statement*> m_cache;
    QString m_closedReason; ///< why there is no connection (closed())
    [[nodiscard]] sdk::Error closedError() const;
};

/// BEGIN IMMEDIATE on construction; rolls back on destruction unless committed.
/// Inside another transaction on the same connection it is a SAVEPOINT:
/// committed, its writes stay part of the outer one (and go with it if the
/// outer rolls back); rolled back, only its own writes go.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded; if not, status() says why.
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] const sdk::Status& status() const { return m_status; }
    sdk::Status commit();

private:
    Database& m_db;
    bool m_active = false;
    bool m_nested = false;
    sdk::Status m_status;
};

} // namespace tessera::core
