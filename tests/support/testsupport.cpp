#include "testsupport.h"

#include <algorithm>

#include "store/cryptovfs.h"
#include "store/journalkey.h"

#include <QJsonObject>

#include <QJsonDocument>

#include <QJsonArray>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <sqlite3.h>

#include <cstdio>

namespace tessera::test {

void report(const QString& name, const QString& line)
{
    std::printf("[report] %s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
    const QString dir = qEnvironmentVariable("TESSERA_REPORT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(name + QStringLiteral(".txt")));
    if (f.open(QIODevice::Append | QIODevice::Text))
        f.write((line + QLatin1Char('\n')).toLocal8Bit());
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs, const QByteArray& stdinData,
                         const QString& workingDirectory)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = QStringLiteral("could not start %1").arg(program);
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString builtCli() { return QStringLiteral(TESSERA_CLI); }
QString builtApp() { return QStringLiteral(TESSERA_APP); }
QString bundledPluginDir() { return QStringLiteral(TESSERA_BUNDLED_PLUGIN_DIR); }
QString fixturePluginDir() { return QStringLiteral(TESSERA_FIXTURE_PLUGIN_DIR); }
QString fixtureSourceDir() { return QStringLiteral(TESSERA_FIXTURE_SOURCE_DIR); }
QString cliProgram() { return qEnvironmentVariable("TESSERA_TEST_CLI", builtCli()); }
QString appProgram() { return qEnvironmentVariable("TESSERA_TEST_APP", builtApp()); }

QHash<QString, QString> moduleStatesFromJson(const QString& json)
{
    QHash<QString, QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QStringLiteral("id")).toString(),
                   o.value(QStringLiteral("state")).toString() + QLatin1Char(' ') + o.value(QStringLiteral("stage")).toString()
                       + QStringLiteral(": ") + o.value(QStringLiteral("reason")).toString());
    }
    return out;
}

ProcessResult runCli(const QStringList& arguments, int timeoutMs)
{
    return runProcess(cliProgram(), arguments, timeoutMs);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

namespace {

// Keys this process unlocked or made, by journal path.
QHash<QString, std::shared_ptr<const core::DataKey>>& knownKeys()
{
    static QHash<QString, std::shared_ptr<const core::DataKey>> keys;
    return keys;
}

} // namespace

int openDirect(const QString& path, int flags, sqlite3** db)
{
    auto key = keyFor(path);
    if (key)
        return core::cryptovfs::open(path, flags, key, db);
    return sqlite3_open_v2(QFile::encodeName(path).constData(), db, flags, nullptr);
}

int repeats(int normal)
{
    bool ok = false;
    const int percent = qEnvironmentVariableIntValue("TESSERA_TEST_REPEAT_PERCENT", &ok);
    if (!ok || percent <= 0 || percent >= 100)
        return normal;
    return std::max(5, normal * percent / 100);
}

bool encryptedRun()
{
    return qgetenv("TESSERA_TEST_ENCRYPTED") == "1";
}

QByteArray testPassphrase()
{
    return QByteArrayLiteral("correct horse battery staple, test only");
}

std::shared_ptr<const core::DataKey> keyFor(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString keyFile = core::JournalKey::pathFor(absolute);
    if (QFileInfo::exists(keyFile)) {
        auto key = core::JournalKey::unlock(keyFile, testPassphrase());
        if (key.ok()) {
            knownKeys()[absolute] = key.value();
            return key.value();
        }
    }
    if (!QFileInfo::exists(absolute) || core::cryptovfs::reservedBytesOf(absolute) < core::cryptovfs::kReserveBytes)
        return {};
    // A backup or a copy: find which known key opens it.
    for (const auto& key : std::as_const(knownKeys())) {
        sqlite3* db = nullptr;
        int rc = core::cryptovfs::open(absolute, SQLITE_OPEN_READONLY, key, &db);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        if (rc == SQLITE_OK)
            return key;
    }
    return {};
}

sdk::Result<std::unique_ptr<core::JournalStore>> openJournal(const QString& path, core::JournalStore::Mode mode)
{
    if (!encryptedRun() || path == QLatin1String(":memory:"))
        return core::JournalStore::open(path, mode);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString keyFile = core::JournalKey::pathFor(absolute);
    if (!QFileInfo::exists(keyFile)) {
        // A backup or a journal kept aside (encrypted with a key this process
        // knows), or a plain fixture (no key: left plain).
        if (QFileInfo::exists(absolute) && QFileInfo(absolute).size() > 0)
            return core::JournalStore::open(path, mode, keyFor(absolute));
        auto created = core::JournalKey::create(keyFile, testPassphrase());
        if (!created.ok())
            return created.error();
        knownKeys()[absolute] = created.value().key;
        return core::JournalStore::open(path, mode, created.value().key);
    }
    auto key = core::JournalKey::unlock(keyFile, testPassphrase());
    if (!key.ok())
        return key.error();
    knownKeys()[absolute] = key.value();
    return core::JournalStore::open(path, mode, key.value());
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size()) << path.toStdString();
}

void execSql(const QString& dbPath, const QString& sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(openDirect(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &db), SQLITE_OK);
    char* msg = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    const std::string error = msg ? msg : "";
    sqlite3_free(msg);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << error;
}

qint64 sqlScalar(const QString& dbPath, const QString& sql)
{
    sqlite3* db = nullptr;
    if (openDirect(dbPath, SQLITE_OPEN_READONLY, &db) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt* stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

QList<sdk::Entry> bulkJournalEntries(int count)
{
    QList<sdk::Entry> entries;
    entries.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        sdk::Entry e;
        e.kind = QStringLiteral("journal/entry");
        e.occurredAt = now.addSecs(-60LL * i);
        e.title = QStringLiteral("entry %1").arg(i);
        e.payload = QJsonObject{{QStringLiteral("text"), QString(900, QLatin1Char('a' + i % 26))}};
        entries << e;
    }
    return entries;
}

QString newestIdOf(const core::JournalStore& store, const QString& kind)
{
    sdk::EntryQuery q;
    q.kinds = {kind};
    q.limit = 1;
    const auto page = store.query(q);
    return page.ok() && !page->entries.isEmpty() ? page->entries.first().id : QString();
}

sdk::Reminder dailyReminder(const QString& id, QTime time)
{
    sdk::Reminder r;
    r.id = id;
    r.title = QStringLiteral("Morning tablet");
    r.pageId = QStringLiteral("take");
    r.startDate = QDate(2026, 3, 1);
    r.time = time;
    r.repeat = sdk::Reminder::Repeat::Daily;
    return r;
}

} // namespace tessera::test
