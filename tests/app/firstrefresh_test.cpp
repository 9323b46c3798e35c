// Issue 30: a module whose first refresh waits (ModuleBackend::
// watchJournalAfterStart()) reads its journal after the app's first frame, or
// as soon as the host asks it for something, and only once. The bundled
// modules through the real host and plugin manager, on a seeded journal; what
// each module read is counted by its own journal (ScopedJournal::reads()).
#include "host/host.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>


using namespace tessera;
using namespace tessera::core;

namespace {

// The bundled modules whose due items answer without their first refresh
// (ModuleBackend::DueItems::WithoutRefresh): what they read for their pages
// (every one of them an aggregate, for a chart or a week's figures) waits.
const QStringList kDueWithoutRefresh{QStringLiteral("journal"), QStringLiteral("behavioral-activation"),
                                     QStringLiteral("medication"), QStringLiteral("mbct")};

// The bundled modules whose due items answer from a few entries they read as
// they start (the measures' last dates, the open goals and their latest
// check-ins, the next session): their first refresh waits too (issue 30,
// thirteenth round).
const QStringList kDueFromOwnRead{QStringLiteral("assessments"), QStringLiteral("goals"), QStringLiteral("sessions")};

// The bundled modules without due items, whose pages are not on the first screen.
const QStringList kWaiting{QStringLiteral("cbt"), QStringLiteral("ipt"), QStringLiteral("resilience"),
                           QStringLiteral("reflective")};

class FirstRefreshTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto seeding = start(false);
        ASSERT_TRUE(seeding);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ASSERT_OK(seeding->seedDemo(now, 60).status());
        sdk::SampleRequest request;
        request.now = now;
        request.days = 30;
        for (const sdk::EntryDraft& d : seeding->plugins().sampleEntries(request)) {
            if (cbtDraft.kind.isEmpty() && d.kind.startsWith(QLatin1String("cbt/")))
                cbtDraft = d;
            if (checkinDraft.kind.isEmpty() && d.kind == QLatin1String("journal/checkin"))
                checkinDraft = d;
            if (practiceDraft.kind.isEmpty() && d.kind == QLatin1String("mbct/practice"))
                practiceDraft = d;
        }
        ASSERT_FALSE(cbtDraft.kind.isEmpty()) << "CBT offers no sample entry";
        ASSERT_FALSE(checkinDraft.kind.isEmpty()) << "the journal offers no sample check-in";
        ASSERT_FALSE(practiceDraft.kind.isEmpty()) << "mindfulness offers no sample practice";
    }

    std::unique_ptr<Host> start(bool refreshesWait)
    {
        HostOptions o;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        o.logLevel = QStringLiteral("warn");
        o.refreshesWaitForFirstFrame = refreshesWait;
        auto host = std::make_unique<Host>(o);
        host->prepare();
        const sdk::Status started = host->start();
        EXPECT_TRUE(started.ok()) << (started.ok() ? "" : started.error().message.toStdString());
        return started.ok() ? std::move(host) : nullptr;
    }

    // Entries and aggregates the module has read through its journal since it started.
    static qint64 readBy(const Host& host, const QString& id)
    {
        const PluginRecord* r = host.plugins().find(id);
        if (!r || !r->journal) {
            ADD_FAILURE() << id.toStdString() << " is not running";
            return -1;
        }
        const ScopedJournal::ReadCounts reads = r->journal->reads();
        return reads.entries + reads.aggregates;
    }

    static qint64 aggregatesBy(const Host& host, const QString& id)
    {
        const PluginRecord* r = host.plugins().find(id);
        return r && r->journal ? r->journal->reads().aggregates : -1;
    }

    // What Today shows of a module: each item's id, state, title, detail, time, entry and actions.
    static QStringList dueOf(const Host& host, const QString& id, const QDate& day)
    {
        QStringList out;
        for (const ModuleDueItem& i : host.plugins().dueItems(day)) {
            if (i.pluginId == id)
                out << QStringList{i.item.id, QString::number(int(i.item.state)), i.item.title, i.item.detail,
                                   i.item.time.toString(), i.item.entryId(), i.item.dueDate.toString(Qt::ISODate),
                                   i.item.offersDone() ? QStringLiteral("done") : QString(),
                                   i.item.offersSkip() ? QStringLiteral("skip") : QString()}
                               .join(QLatin1Char('|'));
        }
        return out;
    }

    QTemporaryDir dir;
    sdk::EntryDraft cbtDraft;
    sdk::EntryDraft checkinDraft;
    sdk::EntryDraft practiceDraft;
};

} // namespace

TEST_F(FirstRefreshTest, ModulesWithoutDueItemsReadTheirJournalAfterTheFirstFrameOrWhenFirstAsked)
{
    auto host = start(true);
    ASSERT_TRUE(host);
    QCoreApplication::processEvents();
    for (const QString& id : kWaiting)
        EXPECT_EQ(readBy(*host, id), 0) << id.toStdString() << " read its journal before the first frame";
    QHash<QString, qint64> atStart;
    for (const QString& id : kDueFromOwnRead)
        atStart.insert(id, readBy(*host, id));

    // A page asks for IPT's backend: IPT reads first.
    ASSERT_NE(host->plugins().backendOf(QStringLiteral("ipt")), nullptr);
    EXPECT_GT(readBy(*host, QStringLiteral("ipt")), 0);
    // The safety plan asks Resilience for suggestions: it reads first.
    (void)host->plugins().safetyPlanSuggestions(QStringLiteral("copingAlone"));
    EXPECT_GT(readBy(*host, QStringLiteral("resilience")), 0);
    EXPECT_EQ(readBy(*host, QStringLiteral("cbt")), 0);

    // The first frame: the others.
    host->plugins().runWaitingRefreshes();
    for (const QString& id : kWaiting)
        EXPECT_GT(readBy(*host, id), 0) << id.toStdString();
    for (const QString& id : kDueFromOwnRead)
        EXPECT_GT(readBy(*host, id), atStart.value(id)) << id.toStdString() << ": its first refresh ran as it started";

    // Once only.
    QHash<QString, qint64> after;
    for (const QString& id : kWaiting)
        after.insert(id, readBy(*host, id));
    host->plugins().runWaitingRefreshes();
    (void)host->plugins().backendOf(QStringLiteral("cbt"));
    QCoreApplication::processEvents();
    for (const QString& id : kWaiting)
        EXPECT_EQ(readBy(*host, id), after.value(id)) << id.toStdString() << " read again with nothing changed";
}

TEST_F(FirstRefreshTest, AChangeBeforeTheFirstFrameRefreshesOnceAndNothingWaitsAfterIt)
{
    auto host = start(true);
    ASSERT_TRUE(host);
    EXPECT_EQ(readBy(*host, QStringLiteral("cbt")), 0);
    ASSERT_OK(host->store()->add(cbtDraft));
    QCoreApplication::processEvents(); // Journal::changed comes on the next turn
    const qint64 read = readBy(*host, QStringLiteral("cbt"));
    EXPECT_GT(read, 0) << "CBT did not refresh after a change to its journal";
    host->plugins().runWaitingRefreshes();
    EXPECT_EQ(readBy(*host, QStringLiteral("cbt")), read) << "the refresh that waited ran after the change had refreshed";
}

TEST_F(FirstRefreshTest, WhereTheHostDoesNotWaitEveryModuleReadsAsItStarts)
{
    // tessera-cli and the SDK's test harness: nothing waits.
    auto host = start(false);
    ASSERT_TRUE(host);
    for (const QString& id : kWaiting)
        EXPECT_GT(readBy(*host, id), 0) << id.toStdString();
}

TEST_F(FirstRefreshTest, AThrowInAWaitingRefreshIsTheModulesReportedProblemAndItRunsOnce)
{
    HostOptions o;
    o.dataDir = dir.filePath(QStringLiteral("fixture-data"));
    o.logLevel = QStringLiteral("warn");
    o.bundledPlugins = false;
    o.pluginDirs = {tessera::test::fixturePluginDir() + QStringLiteral("/refresh")};
    o.refreshesWaitForFirstFrame = true;
    Host host(o);
    host.prepare();
    ASSERT_OK(host.start());
    const QString id = QStringLiteral("refresh-throws");
    ASSERT_TRUE(host.plugins().find(id) && host.plugins().find(id)->isRunning());
    QStringList reported;
    QObject::connect(&host.plugins(), &PluginManager::problemReported,
                     [&](const QString& module, const QString& problem) { reported << module + QStringLiteral(": ") + problem; });
    QObject* backend = host.plugins().backendOf(id); // a page asks: the waiting refresh runs, and throws
    ASSERT_NE(backend, nullptr);
    EXPECT_EQ(backend->property("refreshes").toInt(), 1);
    ASSERT_EQ(reported.size(), 1);
    EXPECT_TRUE(reported.first().startsWith(id + QStringLiteral(": ")) && reported.first().contains(QStringLiteral("refresh()")))
        << reported.first().toStdString();
    EXPECT_TRUE(host.plugins().find(id)->isRunning()) << "a throw in a refresh does not stop the module";
    host.plugins().runWaitingRefreshes();
    EXPECT_EQ(backend->property("refreshes").toInt(), 1) << "the waiting refresh ran twice";
    EXPECT_EQ(reported.size(), 1);
}


// Issue 30: the journal's check-in, the week's planned activities, the day's
// doses and mindfulness's practice and plan review answer without their
// modules' first refresh
// (ModuleBackend::DueItems::WithoutRefresh): Today asks for them before the
// first frame and the modules' reading for their pages (an aggregate each)
// waits until then; what Today shows is the same before and after, for today
// and the days ahead.
TEST_F(FirstRefreshTest, DueItemsThatAnswerWithoutTheRefreshLeaveItWaiting)
{
    const QDate today = QDate::currentDate();
    {
        // A check-in and a practice today, so that those items are done rather than due.
        auto writer = start(false);
        ASSERT_TRUE(writer);
        for (sdk::EntryDraft draft : {checkinDraft, practiceDraft}) {
            draft.occurredAt = QDateTime::currentDateTime();
            ASSERT_OK(writer->store()->add(draft).status());
        }
    }
    auto host = start(true);
    ASSERT_TRUE(host);
    QCoreApplication::processEvents();
    QHash<QString, QStringList> before;
    for (const QString& id : kDueWithoutRefresh) {
        for (int d = 0; d < 3; ++d)
            before[id] << dueOf(*host, id, today.addDays(d));
        EXPECT_EQ(aggregatesBy(*host, id), 0) << id.toStdString() << ": asking for its due items ran its first refresh";
    }
    EXPECT_TRUE(before.value(QStringLiteral("journal")).first().contains(QStringLiteral("Checked in today")))
        << "today's check-in was not seen before the refresh: " << before.value(QStringLiteral("journal")).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(before.value(QStringLiteral("mbct")).first().startsWith(QStringLiteral("practice|") + QString::number(int(sdk::DueItem::State::Done))))
        << "today's practice was not seen before the refresh: " << before.value(QStringLiteral("mbct")).join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(before.value(QStringLiteral("medication")).isEmpty()) << "the seeded medicines have no doses";
    EXPECT_FALSE(before.value(QStringLiteral("behavioral-activation")).isEmpty()) << "the seeded week has no plans";

    host->plugins().runWaitingRefreshes(); // the first frame
    for (const QString& id : kDueWithoutRefresh) {
        EXPECT_GT(aggregatesBy(*host, id), 0) << id.toStdString() << ": the refresh did not run at the first frame";
        QStringList after;
        for (int d = 0; d < 3; ++d)
            after << dueOf(*host, id, today.addDays(d));
        EXPECT_EQ(after, before.value(id)) << id.toStdString() << ": its due items changed with the refresh";
    }

    // Its page, and Done or Skip, still read first: a new start.
    host.reset();
    host = start(true);
    ASSERT_TRUE(host);
    for (const QString& id : kDueWithoutRefresh)
        (void)dueOf(*host, id, today);
    ASSERT_NE(host->plugins().backendOf(QStringLiteral("journal")), nullptr);
    EXPECT_GT(aggregatesBy(*host, QStringLiteral("journal")), 0) << "its page's backend did not run the waiting refresh";
    // Skip runs it before it looks for the item (none by that id here: refused, after the refresh).
    EXPECT_FALSE(host->plugins()
                     .actOnDueItem(QStringLiteral("medication"), today, QStringLiteral("no-such-dose"),
                                   sdk::DueItemActions::Action::Skip)
                     .ok());
    EXPECT_GT(aggregatesBy(*host, QStringLiteral("medication")), 0) << "Skip did not run the waiting refresh first";
}

// Issue 30, thirteenth round: questionnaires, goals and sessions read only
// what Today needs as they start (the last date of each scheduled measure;
// the newest goals and their latest check-ins; the newest session notes and
// the open list), and leave the rest of their first refresh for the first
// frame: what Today shows is the same before and after it, for the next two
// weeks, under a clinic's schedule of questionnaires.
TEST_F(FirstRefreshTest, QuestionnairesGoalsAndSessionsAnswerTodayBeforeTheirFirstRefresh)
{
    const QString profile = dir.filePath(QStringLiteral("profile.json"));
    {
        QFile f(profile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "Test clinic", "settings": {"assessments": {"measures": ["phq9", "gad7"], "everyDays": 14}}})");
    }
    HostOptions o;
    o.dataDir = dir.filePath(QStringLiteral("data"));
    o.logLevel = QStringLiteral("warn");
    o.profilePath = profile;
    o.refreshesWaitForFirstFrame = true;
    Host host(o);
    host.prepare();
    ASSERT_OK(host.start());
    QCoreApplication::processEvents();

    const QDate today = QDate::currentDate();
    QHash<QString, qint64> atStart;
    QHash<QString, QStringList> before;
    for (const QString& id : kDueFromOwnRead) {
        atStart.insert(id, readBy(host, id));
        for (int d = 0; d <= 14; ++d)
            before[id] << dueOf(host, id, today.addDays(d));
        EXPECT_EQ(readBy(host, id), atStart.value(id)) << id.toStdString() << ": asking for its due items read more";
    }
    // Each has something due in the fortnight on the seeded journal, so the comparison below means something.
    EXPECT_TRUE(before.value(QStringLiteral("assessments")).join(QString()).contains(QStringLiteral("phq9|")))
        << before.value(QStringLiteral("assessments")).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(before.value(QStringLiteral("goals")).join(QString()).contains(QStringLiteral("checkin-")))
        << before.value(QStringLiteral("goals")).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(before.value(QStringLiteral("sessions")).join(QString()).contains(QStringLiteral("session|")))
        << before.value(QStringLiteral("sessions")).join(QLatin1Char(' ')).toStdString();

    host.plugins().runWaitingRefreshes(); // the first frame
    for (const QString& id : kDueFromOwnRead) {
        EXPECT_GT(readBy(host, id), atStart.value(id)) << id.toStdString() << ": the refresh did not wait for the first frame";
        QStringList after;
        for (int d = 0; d <= 14; ++d)
            after << dueOf(host, id, today.addDays(d));
        EXPECT_EQ(after, before.value(id)) << id.toStdString() << ": its due items changed with the refresh";
    }
}
