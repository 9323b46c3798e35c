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
#include <QObject>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

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
            if (d.kind.startsWith(QLatin1String("cbt/"))) {
                cbtDraft = d;
                break;
            }
        }
        ASSERT_FALSE(cbtDraft.kind.isEmpty()) << "CBT offers no sample entry";
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

    QTemporaryDir dir;
    sdk::EntryDraft cbtDraft;
};

} // namespace

TEST_F(FirstRefreshTest, ModulesWithoutDueItemsReadTheirJournalAfterTheFirstFrameOrWhenFirstAsked)
{
    auto host = start(true);
    ASSERT_TRUE(host);
    QCoreApplication::processEvents();
    for (const QString& id : kWaiting)
        EXPECT_EQ(readBy(*host, id), 0) << id.toStdString() << " read its journal before the first frame";
    for (const char* id : {"journal", "medication", "behavioral-activation", "assessments"})
        EXPECT_GT(readBy(*host, QLatin1String(id)), 0) << id << " has due items: it reads as it starts";

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
    o.pluginDirs = {QStringLiteral(TESSERA_FIXTURE_PLUGIN_DIR "/refresh")};
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
