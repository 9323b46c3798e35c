// Marks (issue 26, SDK 2.4): the client marks entries of other modules for a
// module ("Bring to my next session") from the timeline; the module reads
// those entries through sdk::Marks, whatever their kind, and no others.
// Real parts: the bundled modules and the marks-reader fixture (a real
// library whose backend records what PluginContext::marks() gave it), the
// real plugin manager, journal file and timeline model.
#include "app/timelinemodel.h"
#include "host/host.h"
#include "plugins/pluginmanager.h"
#include "plugins/scopedmarks.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using namespace tessera::test;

namespace {

class MarksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.pluginDirs = {tessera::test::fixturePluginDir() + QStringLiteral("/marks")};
        o.logLevel = QStringLiteral("warn");
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
        ASSERT_TRUE(host->plugins().find(QStringLiteral("marks-reader"))->isRunning());
        ASSERT_OK(host->seedDemo(QDateTime::currentDateTimeUtc(), 30));
        settle();
    }
    // The module hears of changes on the next turn of the event loop (Journal::changed()).
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    QString firstOf(const QString& kind) const { return test::newestIdOf(*host->store(), kind); }
    QString titleOf(const QString& id) const { return host->store()->get(id).value().title; }
    const PluginRecord& reader() const { return *host->plugins().find(QStringLiteral("marks-reader")); }
    QStringList seen(const char* property = "markedTitles") const
    {
        return reader().plugin->backend()->property(property).toStringList();
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
};

} // namespace

TEST_F(MarksTest, EntriesOfThreeModulesMarkedFromTheTimelineReachTheModuleAndUnmarkingTakesThemAway)
{
    const QString checkin = firstOf(QStringLiteral("journal/checkin"));
    const QString record = firstOf(QStringLiteral("cbt/thought-record"));
    const QString activity = firstOf(QStringLiteral("behavioral-activation/activity"));
    ASSERT_FALSE(checkin.isEmpty());
    ASSERT_FALSE(record.isEmpty());
    ASSERT_FALSE(activity.isEmpty());
    EXPECT_EQ(seen(), QStringList());

    TimelineModel timeline(*host->store(), host->plugins());
    for (const QString& id : {checkin, record, activity})
        EXPECT_EQ(timeline.setMarked(id, QStringLiteral("marks-reader"), true), QString());
    settle();
    EXPECT_EQ(seen(), (QStringList{titleOf(checkin), titleOf(record), titleOf(activity)}));
    EXPECT_EQ(seen("markedKinds"), (QStringList{QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record"),
                                                QStringLiteral("behavioral-activation/activity")}));

    // Only the marked ones: its journal has no reads, so even a marked entry
    // is not found there, and unmarked entries of the same kinds are not in marks().
    EXPECT_EQ(reader().journal->get(record).error().code, sdk::ErrorCode::NotFound);
    sdk::EntryQuery q;
    q.kinds = {QStringLiteral("cbt/thought-record")};
    EXPECT_FALSE(reader().journal->query(q).ok());
    EXPECT_GT(host->store()->count(q).value(), 1) << "the demo has more thought records than the one marked";

    // Unmarking on the timeline.
    EXPECT_EQ(timeline.setMarked(record, QStringLiteral("marks-reader"), false), QString());
    settle();
    EXPECT_EQ(seen(), (QStringList{titleOf(checkin), titleOf(activity)}));
    // Unmarking by the module (after the session).
    ASSERT_OK(reader().marks->unmark(checkin));
    settle();
    EXPECT_EQ(seen(), QStringList{titleOf(activity)});
}

TEST_F(MarksTest, TheTimelineOffersTheModulesActionOnEveryEntryAndShowsTheMark)
{
    TimelineModel timeline(*host->store(), host->plugins());
    ASSERT_GT(timeline.rowCount(), 0);
    const QModelIndex first = timeline.index(0);
    const QString id = timeline.data(first, TimelineModel::IdRole).toString();
    // One action per running module that takes marks: the fixture and the bundled sessions module (issue 26).
    const auto actionOf = [&timeline, &first](const QString& module) {
        for (const QVariant& m : timeline.data(first, TimelineModel::MarksRole).toList()) {
            if (m.toMap().value(QStringLiteral("module")).toString() == module)
                return m.toMap();
        }
        return QVariantMap{};
    };
    QVariantList marks = timeline.data(first, TimelineModel::MarksRole).toList();
    ASSERT_EQ(marks.size(), 2);
    EXPECT_FALSE(actionOf(QStringLiteral("sessions")).isEmpty());
    QVariantMap action = actionOf(QStringLiteral("marks-reader"));
    EXPECT_EQ(action.value(QStringLiteral("module")).toString(), QStringLiteral("marks-reader"));
    EXPECT_EQ(action.value(QStringLiteral("add")).toString(), QStringLiteral("Bring to my next session"));
    EXPECT_FALSE(action.value(QStringLiteral("marked")).toBool());
    EXPECT_EQ(timeline.setMarked(id, QStringLiteral("marks-reader"), true), QString());
    action = actionOf(QStringLiteral("marks-reader"));
    EXPECT_TRUE(action.value(QStringLiteral("marked")).toBool());
    EXPECT_FALSE(actionOf(QStringLiteral("sessions")).value(QStringLiteral("marked")).toBool()) << "a mark is for one module";
    EXPECT_EQ(action.value(QStringLiteral("shown")).toString(), QStringLiteral("For my next session"));
    // A module without "mark" takes none.
    EXPECT_FALSE(timeline.setMarked(id, QStringLiteral("cbt"), true).isEmpty());
    EXPECT_EQ(host->store()->markedIds(QStringLiteral("cbt")).value(), QStringList());
    const auto* cbt = host->plugins().find(QStringLiteral("cbt"));
    ASSERT_TRUE(cbt && cbt->marks);
    EXPECT_TRUE(cbt->marks->marked().value().isEmpty());
}

TEST_F(MarksTest, AModuleCannotLearnAboutOtherEntriesThroughUnmark)
{
    const QString record = firstOf(QStringLiteral("cbt/thought-record"));
    ASSERT_OK(host->store()->setMarked(QStringLiteral("someone-else"), record, true));
    // Not marked for the reader: ok, and nothing changes, for an entry it cannot see and for no entry at all.
    EXPECT_OK(reader().marks->unmark(record));
    EXPECT_OK(reader().marks->unmark(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    EXPECT_EQ(host->store()->markedIds(QStringLiteral("someone-else")).value(), QStringList{record});
    // The store itself refuses an id no entry has, naming it.
    const auto s = host->store()->setMarked(QStringLiteral("marks-reader"), QStringLiteral("no-such-entry"), true);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, sdk::ErrorCode::NotFound);
}

TEST_F(MarksTest, DeletedMarkedEntriesLeaveRestoredOnesReturnAndDeletingForeverRemovesTheMark)
{
    const QString checkin = firstOf(QStringLiteral("journal/checkin"));
    ASSERT_OK(host->store()->setMarked(QStringLiteral("marks-reader"), checkin, true));
    settle();
    EXPECT_EQ(seen().size(), 1);
    ASSERT_OK(host->store()->remove(checkin));
    settle();
    EXPECT_EQ(seen(), QStringList());
    ASSERT_OK(host->store()->restore(checkin));
    settle();
    EXPECT_EQ(seen(), QStringList{titleOf(checkin)});
    ASSERT_OK(host->store()->remove(checkin));
    ASSERT_OK(host->store()->purgeEntries({checkin}));
    const QString path = QDir(dir.path()).filePath(QStringLiteral("journal.sqlite"));
    host.reset();
    EXPECT_EQ(sqlScalar(path, QStringLiteral("SELECT count(*) FROM marks")), 0);
}

TEST_F(MarksTest, MarksSurviveARestartInTheJournal)
{
    const QString activity = firstOf(QStringLiteral("behavioral-activation/activity"));
    ASSERT_OK(host->store()->setMarked(QStringLiteral("marks-reader"), activity, true));
    const QString title = titleOf(activity);
    host.reset();
    HostOptions o;
    o.dataDir = dir.path();
    o.pluginDirs = {tessera::test::fixturePluginDir() + QStringLiteral("/marks")};
    o.logLevel = QStringLiteral("warn");
    host = std::make_unique<Host>(o);
    ASSERT_OK(host->start());
    EXPECT_EQ(seen(), QStringList{title}) << "read at the module's start";
}

// The same from outside, as a script or a person would: tessera-cli on the data folder.
TEST_F(MarksTest, MarkingFromTheCommandLine)
{
    const QString record = firstOf(QStringLiteral("cbt/thought-record"));
    host.reset(); // the app is closed; tessera-cli takes the journal
    const QStringList common{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--plugin-dir"),
                             tessera::test::fixturePluginDir() + QStringLiteral("/marks")};
    const ProcessResult on = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("mark"), record.left(8),
                                                QStringLiteral("--for"), QStringLiteral("marks-reader")} + common);
    EXPECT_EQ(on.exitCode, 0) << on.err.toStdString();
    EXPECT_EQ(on.out, QStringLiteral("For my next session: %1\n").arg(record));
    const ProcessResult wrong = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("mark"), record,
                                                   QStringLiteral("--for"), QStringLiteral("cbt")} + common);
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("--for cbt: no module installed here takes marks by that id (these do: sessions, marks-reader)")))
        << wrong.err.toStdString();
    const QString path = QDir(dir.path()).filePath(QStringLiteral("journal.sqlite"));
    EXPECT_EQ(sqlScalar(path, QStringLiteral("SELECT count(*) FROM marks")), 1);
    const ProcessResult off = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("mark"), QStringLiteral("--off"), record,
                                                 QStringLiteral("--for"), QStringLiteral("marks-reader")} + common);
    EXPECT_EQ(off.exitCode, 0) << off.err.toStdString();
    EXPECT_EQ(sqlScalar(path, QStringLiteral("SELECT count(*) FROM marks")), 0);
}
