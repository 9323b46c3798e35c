// tessera-cli due (SDK 2.1): what the modules have due, through the real
// program, the real fixture modules and a real journal file.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tessera::test;

namespace {

const QString kDueDir = tessera::test::fixturePluginDir() + QStringLiteral("/due");

class DueCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // The journal (read-only commands need one), with one note of the fixture's kind.
        const ProcessResult add = runCli(withDir({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                                  QStringLiteral("due-items/note"), QStringLiteral("--title"),
                                                  QStringLiteral("A note"), QStringLiteral("--payload"),
                                                  QStringLiteral("{\"text\": \"hello\"}")}));
        ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    }

    QStringList withDir(QStringList args, const QString& pluginDir = kDueDir) const
    {
        return args << QStringLiteral("--data-dir") << dir.path() << QStringLiteral("--no-bundled")
                    << QStringLiteral("--plugin-dir") << pluginDir;
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(DueCliTest, HelpNamesTheOptions)
{
    const ProcessResult help = runCli({QStringLiteral("due"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: tessera-cli due [options]"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--date DATE"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("YYYY-MM-DD"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--json"))) << help.out.toStdString();
    const ProcessResult overview = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(overview.out.contains(QStringLiteral("  due "))) << overview.out.toStdString();
}

TEST_F(DueCliTest, ListsWhatIsDueInOrderAsTextAndJson)
{
    const ProcessResult text = runCli(withDir({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2026-03-10")}));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7) << text.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("Due on 2026-03-10:"));
    // From an earlier day: "waiting" on the terminal, as gently as the app says it ("overdue" only in --json).
    EXPECT_EQ(lines[1], QStringLiteral("  waiting         Due items fixture: Weekly review (Due since 2026-03-07)  [due-items/check]"));
    EXPECT_EQ(lines[2], QStringLiteral("  due      08:00  Due items fixture: Morning practice  [due-items/practice]"));
    EXPECT_EQ(lines[3], QStringLiteral("  due      20:00  Due items fixture: Evening practice  [due-items/practice]"));
    EXPECT_EQ(lines[4], QStringLiteral("  due             Due items fixture: Check-in questions (Every two weeks)  [due-items/check]"));
    EXPECT_EQ(lines[5], QStringLiteral("  due             Due items fixture: Look back at your notes  [due-items/check]"));
    EXPECT_EQ(lines[6], QStringLiteral("  done            Due items fixture: Done today  [due-items/check]"));
    // The invalid items are not shown; the throwing module is named in the log, not on stdout.
    EXPECT_FALSE(text.out.contains(QStringLiteral("PRIVATE-DUE-TITLE")));
    EXPECT_FALSE(text.err.contains(QStringLiteral("PRIVATE-DUE-TITLE")));
    EXPECT_TRUE(text.err.contains(QStringLiteral("due-throws"))) << text.err.toStdString();

    const ProcessResult json = runCli(withDir({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2026-03-10"),
                                               QStringLiteral("--json")}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-10"));
    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 6) << json.out.toStdString();
    const QJsonObject first = items.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("module")).toString(), QStringLiteral("due-items"));
    EXPECT_EQ(first.value(QStringLiteral("moduleName")).toString(), QStringLiteral("Due items fixture"));
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("weekly-review"));
    EXPECT_EQ(first.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
    EXPECT_EQ(first.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-03-07"));
    EXPECT_TRUE(first.value(QStringLiteral("time")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("page")).toString(), QStringLiteral("due-items/check"));
    EXPECT_EQ(items.at(1).toObject().value(QStringLiteral("time")).toString(), QStringLiteral("08:00"));

    // More than 20: the first 20.
    const ProcessResult many = runCli(withDir({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2031-01-01"),
                                               QStringLiteral("--json")}));
    ASSERT_EQ(many.exitCode, 0) << many.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(many.out.toUtf8()).object().value(QStringLiteral("items")).toArray().size(), 20);
}

TEST_F(DueCliTest, ABadDateIsRefusedNamingTheOption)
{
    for (const QString& bad : {QStringLiteral("2026-13-40"), QStringLiteral("10.03.2026"), QStringLiteral("tomorrow"),
                               QStringLiteral("2026-3-1")}) {
        const ProcessResult r = runCli(withDir({QStringLiteral("due"), QStringLiteral("--date"), bad}));
        EXPECT_EQ(r.exitCode, 1) << bad.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--date must be a date written YYYY-MM-DD"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}

// A module built against SDK 2.0 (tests/abi) loads and has nothing due.
TEST_F(DueCliTest, AModuleBuiltForSdk20HasNothingDue)
{
    const QString baseline = QStringLiteral(TESSERA_BASELINE_PLUGIN_DIR);
    const ProcessResult list = runCli(withDir({QStringLiteral("plugins"), QStringLiteral("list")}, baseline));
    EXPECT_TRUE(list.out.contains(QStringLiteral("baseline-module"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("running"))) << list.out.toStdString();
    const ProcessResult r = runCli(withDir({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2026-03-10")}, baseline));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Nothing is due on 2026-03-10.\n"));
}

// A module whose dueItems() never answers: the command stops at the limit,
// naming the module and the call, and the next start has it in safe mode.
TEST_F(DueCliTest, AModuleThatStallsStopsTheCommandAtTheLimit)
{
    const QString slow = tessera::test::fixturePluginDir() + QStringLiteral("/due-slow");
    qputenv("TESSERA_MODULE_HOOK_TIMEOUT_MS", "500");
    const ProcessResult r = runCli(withDir({QStringLiteral("due")}, slow), 30000);
    qunsetenv("TESSERA_MODULE_HOOK_TIMEOUT_MS");
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("the module \"due-stalls\" stopped responding in dueItems()"))) << r.err.toStdString();
    const ProcessResult list = runCli(withDir({QStringLiteral("plugins"), QStringLiteral("list")}, slow));
    EXPECT_TRUE(list.out.contains(QStringLiteral("safe mode"))) << list.out.toStdString();
    const ProcessResult again = runCli(withDir({QStringLiteral("due")}, slow));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("Nothing is due on "))) << again.out.toStdString();
}

// A person's first try: sample entries from tessera-cli demo, then what is
// due, through the real program and the bundled modules. Five modules derive
// reminders from the new entries and give them while the journal is open
// read-only for `due`: that is kept for the run, not a warning on the
// terminal, and the file is not changed (before, five "could not keep the
// ... reminders: the journal is open read-only" lines).
TEST(DueCliDemo, AFreshDemoJournalShowsWhatIsDueWithoutWarnings)
{
    QTemporaryDir dir;
    qputenv("TESSERA_BUNDLED_PLUGIN_DIR", tessera::test::bundledPluginDir().toLocal8Bit());
    const QStringList data{QStringLiteral("--data-dir"), dir.path()};
    const ProcessResult demo = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("30")} + data);
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    const QString log = journal + QStringLiteral("-wal");
    const QByteArray before = bytesOf(journal);
    const QByteArray logBefore = bytesOf(log);
    ASSERT_FALSE(before.isEmpty());
    const ProcessResult due = runCli(QStringList{QStringLiteral("due")} + data);
    ASSERT_EQ(due.exitCode, 0) << due.err.toStdString();
    EXPECT_TRUE(due.out.startsWith(QStringLiteral("Due on "))) << due.out.toStdString();
    EXPECT_TRUE(due.out.contains(QStringLiteral("Goals: "))) << due.out.toStdString();
    EXPECT_FALSE(due.err.contains(QStringLiteral("could not keep"))) << due.err.toStdString();
    EXPECT_FALSE(due.err.contains(QStringLiteral("read-only"))) << due.err.toStdString();
    EXPECT_EQ(bytesOf(journal), before);
    EXPECT_EQ(bytesOf(log), logBefore);
}
