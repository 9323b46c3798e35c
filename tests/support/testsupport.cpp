#include "testsupport.h"

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

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs, const QByteArray& stdinData)
{
    QProcess p;
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

QString cliProgram() { return qEnvironmentVariable("TESSERA_TEST_CLI", QStringLiteral(TESSERA_CLI)); }
QString appProgram() { return qEnvironmentVariable("TESSERA_TEST_APP", QStringLiteral(TESSERA_APP)); }

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

void execSql(const QString& dbPath, const QString& sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(dbPath).constData(), &db), SQLITE_OK);
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
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
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

} // namespace tessera::test
