// tessera-cli end to end, as a subprocess on temporary journals.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace tessera;
using test::runCli;

namespace {

const QString kFixtures = QStringLiteral(TESSERA_FIXTURE_PLUGIN_DIR);

class CliTest : public ::testing::Test {
protected:
    QStringList data() const { return {QStringLiteral("--data-dir"), dir.path()}; }
    QString journal() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    QString addCheckin(int mood, const QString& feeling, const QString& note)
    {
        auto r = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                    QStringLiteral("journal/checkin"), QStringLiteral("--title"),
                                    QStringLiteral("Check-in %1").arg(mood), QStringLiteral("--mood"), QString::number(mood),
                                    QStringLiteral("--payload"),
                                    QStringLiteral("{\"feelings\":[\"%1\"],\"note\":\"%2\"}").arg(feeling, note)} + data());
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    QTemporaryDir dir;
};

TEST_F(CliTest, HelpForEveryCommand)
{
    auto overview = runCli({QStringLiteral("--help")});
    EXPECT_EQ(overview.exitCode, 0);
    EXPECT_TRUE(overview.out.contains(QStringLiteral("entries search")));
    for (const QString& cmd : {QStringLiteral("plugins list"), QStringLiteral("plugins check"), QStringLiteral("profile check"),
                               QStringLiteral("entries add"), QStringLiteral("entries list"), QStringLiteral("export"),
                               QStringLiteral("db backup"), QStringLiteral("db restore")}) {
        auto r = runCli(cmd.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << cmd.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: tessera-cli ") + cmd)) << r.out.toStdString();
    }
    auto unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command")));
}

TEST_F(CliTest, AddListSearchShowRoundTripOnARealJournal)
{
    const QString first = addCheckin(3, QStringLiteral("tired"), QStringLiteral("the bus was late again"));
    const QString second = addCheckin(7, QStringLiteral("hopeful"), QStringLiteral("lunch with Ana by the canal"));
    ASSERT_EQ(first.size(), 36);
    EXPECT_TRUE(QFile::exists(journal()));

    auto list = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("list")} + data());
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(first));
    EXPECT_LT(list.out.indexOf(second), list.out.indexOf(first)); // newest first

    auto search = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("search"), QStringLiteral("canal")} + data());
    ASSERT_EQ(search.exitCode, 0);
    EXPECT_TRUE(search.out.contains(second));
    EXPECT_FALSE(search.out.contains(first));

    auto json = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("list"), QStringLiteral("--mood-max"),
                                   QStringLiteral("4"), QStringLiteral("--json")} + data());
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().toObject().value(QStringLiteral("id")).toString(), first);

    auto show = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("show"), first} + data());
    EXPECT_EQ(show.exitCode, 0);
    EXPECT_TRUE(show.out.contains(QStringLiteral("the bus was late again")));
}

TEST_F(CliTest, InvalidPayloadIsRefusedWithFieldAndExitCode1)
{
    auto r = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                QStringLiteral("journal/entry"), QStringLiteral("--title"), QStringLiteral("x"),
                                QStringLiteral("--payload"), QStringLiteral("{\"text\": 42}")} + data());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("payload.text"))) << r.err.toStdString();
    auto unknownKind = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                          QStringLiteral("nobody/thing"), QStringLiteral("--title"), QStringLiteral("x")} + data());
    EXPECT_EQ(unknownKind.exitCode, 1);
    EXPECT_TRUE(unknownKind.err.contains(QStringLiteral("not running")));
    auto badArgs = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--mood"),
                                      QStringLiteral("lots")} + data());
    EXPECT_EQ(badArgs.exitCode, 1);
}

TEST_F(CliTest, DeleteAndRestore)
{
    const QString id = addCheckin(5, QStringLiteral("okay"), QStringLiteral("n"));
    auto del = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("delete"), id} + data());
    EXPECT_EQ(del.exitCode, 0);
    EXPECT_FALSE(runCli(QStringList{QStringLiteral("entries"), QStringLiteral("list")} + data()).out.contains(id));
    EXPECT_TRUE(runCli(QStringList{QStringLiteral("entries"), QStringLiteral("list"), QStringLiteral("--deleted")} + data()).out.contains(id));
    EXPECT_EQ(runCli(QStringList{QStringLiteral("entries"), QStringLiteral("restore"), id} + data()).exitCode, 0);
    EXPECT_TRUE(runCli(QStringList{QStringLiteral("entries"), QStringLiteral("list")} + data()).out.contains(id));
    EXPECT_EQ(runCli(QStringList{QStringLiteral("entries"), QStringLiteral("restore"), QStringLiteral("no-such-id")} + data()).exitCode, 1);
}

TEST_F(CliTest, ExportImportBackupRestore)
{
    addCheckin(4, QStringLiteral("low"), QStringLiteral("one"));
    addCheckin(6, QStringLiteral("calm"), QStringLiteral("two"));
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    auto ex = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--output"), exported} + data());
    ASSERT_EQ(ex.exitCode, 0) << ex.err.toStdString();
    auto csv = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")} + data());
    EXPECT_EQ(csv.out.count(QStringLiteral("\r\n")), 3);

    QTemporaryDir other;
    auto im = runCli({QStringLiteral("import"), exported, QStringLiteral("--data-dir"), other.path()});
    ASSERT_EQ(im.exitCode, 0) << im.err.toStdString();
    EXPECT_TRUE(im.out.contains(QStringLiteral("Imported 2 of 2")));

    const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
    ASSERT_EQ(runCli(QStringList{QStringLiteral("db"), QStringLiteral("backup"), backup} + data()).exitCode, 0);
    addCheckin(8, QStringLiteral("content"), QStringLiteral("three"));
    auto restore = runCli(QStringList{QStringLiteral("db"), QStringLiteral("restore"), backup} + data());
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    auto info = runCli(QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")} + data());
    EXPECT_EQ(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("entries")).toInt(), 2);
    EXPECT_EQ(runCli(QStringList{QStringLiteral("db"), QStringLiteral("check")} + data()).exitCode, 0);
}

TEST_F(CliTest, MalformedImportChangesNothing)
{
    addCheckin(4, QStringLiteral("low"), QStringLiteral("one"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "tessera-journal", "formatVersion": 1, "entries": [
        {"kind": "journal/entry", "title": "fine", "occurredAt": "2026-01-01T00:00:00Z", "payload": {"text": "ok"}},
        {"kind": "journal/entry", "title": "empty text", "occurredAt": "2026-01-01T00:00:00Z", "payload": {"text": ""}}]})");
    f.close();
    auto r = runCli(QStringList{QStringLiteral("import"), bad} + data());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("entry 2"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(test::sqlScalar(journal(), QStringLiteral("SELECT count(*) FROM entries")), 1);
}

TEST_F(CliTest, DamagedJournalIsADataErrorAndIsNotTouched)
{
    QFile f(journal());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, '\x42'));
    f.close();
    const QByteArray before = test::fileHash(journal());
    auto r = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("list")} + data());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(journal()));
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Tessera journal")));
    EXPECT_EQ(test::fileHash(journal()), before);
}

TEST_F(CliTest, SecondWriterIsToldPlainlyAndTheFirstLosesNothing)
{
    addCheckin(5, QStringLiteral("okay"), QStringLiteral("first"));
    // Hold the journal open read-write from this process, like a running app.
    QProcess holder;
    holder.start(QStringLiteral(TESSERA_CLI), QStringList{QStringLiteral("import"), QStringLiteral("/dev/stdin")} + data());
    ASSERT_TRUE(holder.waitForStarted());
    // While `import` waits for standard input it holds the lock.
    QThread::msleep(500);
    auto second = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                     QStringLiteral("journal/checkin"), QStringLiteral("--title"), QStringLiteral("t"),
                                     QStringLiteral("--mood"), QStringLiteral("5")} + data());
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains(QStringLiteral("already open"))) << second.err.toStdString();
    holder.write(R"({"format": "tessera-journal", "formatVersion": 1, "entries": [
        {"kind": "journal/entry", "title": "from the first", "occurredAt": "2026-01-01T00:00:00Z", "payload": {"text": "ok"}}]})");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));
    EXPECT_EQ(holder.exitCode(), 0) << holder.readAllStandardError().toStdString();
    EXPECT_EQ(test::sqlScalar(journal(), QStringLiteral("SELECT count(*) FROM entries")), 2);
}

TEST_F(CliTest, PluginsListShowsEachFixtureWithStateAndReason)
{
    auto r = runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--plugin-dir"), kFixtures + QStringLiteral("/main"),
                                QStringLiteral("--plugin-dir"), kFixtures + QStringLiteral("/extra")} + data());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString() + v.toObject().value(QStringLiteral("folder")).toString().right(6), v.toObject());
    auto state = [&](const QString& id) {
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            if (it.value().value(QStringLiteral("id")).toString() == id)
                return it.value().value(QStringLiteral("state")).toString() + QStringLiteral(": ") + it.value().value(QStringLiteral("reason")).toString();
        }
        return QString();
    };
    EXPECT_TRUE(state(QStringLiteral("journal")).startsWith(QStringLiteral("running")));
    EXPECT_TRUE(state(QStringLiteral("good")).startsWith(QStringLiteral("running")));
    EXPECT_TRUE(state(QStringLiteral("wrong-major")).startsWith(QStringLiteral("rejected: it was built for SDK 2.0")));
    EXPECT_TRUE(state(QStringLiteral("missing-export")).startsWith(QStringLiteral("failed: its library does not export")));
    EXPECT_TRUE(state(QStringLiteral("init-throws")).contains(QStringLiteral("fixture initialize failure")));
    EXPECT_TRUE(state(QStringLiteral("cycle-a")).contains(QStringLiteral("cycle")));
    EXPECT_TRUE(state(QStringLiteral("twin")).startsWith(QStringLiteral("rejected: 2 modules use the id")));

    auto text = runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--plugin-dir"),
                                   kFixtures + QStringLiteral("/main")} + data());
    EXPECT_TRUE(text.out.contains(QStringLiteral("factory-throws")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("fixture constructor failure")));
}

TEST_F(CliTest, CrashWhileLoadingPutsTheModuleInSafeMode)
{
    const QStringList list = QStringList{QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--no-bundled"),
                                         QStringLiteral("--plugin-dir"), kFixtures + QStringLiteral("/crash")} + data();
    auto crashed = runCli(list);
    EXPECT_TRUE(crashed.crashed || crashed.exitCode != 0);
    auto next = runCli(list);
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.out.contains(QStringLiteral("safe mode"))) << next.out.toStdString();
    EXPECT_TRUE(next.err.contains(QStringLiteral("crash-on-load")));
    auto reenable = runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("reenable"), QStringLiteral("crash-on-load")} + data());
    EXPECT_EQ(reenable.exitCode, 0) << reenable.err.toStdString();
    auto again = runCli(list);
    EXPECT_TRUE(again.crashed || again.exitCode != 0); // it is tried again, and crashes again
}

TEST_F(CliTest, PluginsCheck)
{
    auto good = runCli({QStringLiteral("plugins"), QStringLiteral("check"), kFixtures + QStringLiteral("/main/good")});
    EXPECT_EQ(good.exitCode, 0) << good.out.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("passed every check")));
    auto missing = runCli({QStringLiteral("plugins"), QStringLiteral("check"), kFixtures + QStringLiteral("/main/missing-export")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.contains(QStringLiteral("does not export tessera_plugin_abi")));
    EXPECT_TRUE(missing.out.contains(QStringLiteral("fix: add TESSERA_PLUGIN")));
    auto major = runCli({QStringLiteral("plugins"), QStringLiteral("check"), kFixtures + QStringLiteral("/main/wrong-major")});
    EXPECT_EQ(major.exitCode, 1);
    auto mismatch = runCli({QStringLiteral("plugins"), QStringLiteral("check"), kFixtures + QStringLiteral("/main/abi-mismatch")});
    EXPECT_EQ(mismatch.exitCode, 1);
    EXPECT_TRUE(mismatch.out.contains(QStringLiteral("built with SDK 2.0")));
    auto broken = runCli({QStringLiteral("plugins"), QStringLiteral("check"), kFixtures + QStringLiteral("/main/malformed-manifest")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.out.contains(QStringLiteral("line 4")));
}

TEST_F(CliTest, ProfileCheckAndDisabledModules)
{
    const QString profiles = QStringLiteral(TESSERA_FIXTURE_SOURCE_DIR "/profiles/");
    auto ok = runCli({QStringLiteral("profile"), QStringLiteral("check"), profiles + QStringLiteral("cbt-clinic.json")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("locked:   yes (set by Riverside")));
    auto bad = runCli({QStringLiteral("profile"), QStringLiteral("check"), profiles + QStringLiteral("malformed.json")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("line 4")));
    auto unknown = runCli({QStringLiteral("profile"), QStringLiteral("check"), profiles + QStringLiteral("unknown-ids.json")});
    EXPECT_EQ(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.out.contains(QStringLiteral("hypnotherapy")));

    // The client turns the journal module off; it is then disabled, not loaded.
    EXPECT_EQ(runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("disable"), QStringLiteral("journal")} + data()).exitCode, 0);
    auto list = runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("list")} + data());
    EXPECT_TRUE(list.out.contains(QStringLiteral("disabled"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("your choice")));
    // A locked profile refuses the change.
    auto locked = runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("enable"), QStringLiteral("journal"),
                                     QStringLiteral("--profile"), profiles + QStringLiteral("cbt-clinic.json")} + data());
    EXPECT_EQ(locked.exitCode, 1);
    EXPECT_TRUE(locked.err.contains(QStringLiteral("locked")));
}

} // namespace
