// Things due (SDK 2.1): PluginManager::dueItems() and DueModel through the
// real plugin manager, real fixture module libraries (tests/fixtures/plugins:
// due-items, due-throws, due-stalls) and a real journal file.
#include "app/duemodel.h"
#include "host/host.h"
#include "host/logging.h"
#include "plugins/pluginmanager.h"
#include "store/journalkey.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <spdlog/spdlog.h>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kDueDir = tessera::test::fixturePluginDir() + QStringLiteral("/due");
const QString kSlowDir = tessera::test::fixturePluginDir() + QStringLiteral("/due-slow");
const QDate kDay(2026, 3, 10);

// Runs the event loop until `done` or `ms` pass.
template <typename Pred>
bool waitFor(Pred done, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

class DueModelTest : public ::testing::Test {
protected:
    void start(const QStringList& pluginDirs, std::optional<QStringList> enabled = std::nullopt)
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.bundledPlugins = false;
        o.pluginDirs = pluginDirs;
        o.logLevel = QStringLiteral("info");
        host = std::make_unique<Host>(o);
        host->prepare();
        if (enabled) {
            // A clinic profile enabling only these modules.
            const QString profile = dir.filePath(QStringLiteral("profile.json"));
            QJsonArray ids;
            for (const QString& id : *enabled)
                ids << id;
            tessera::test::writeFile(profile, QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Test clinic")},
                                                                        {QStringLiteral("enabled"), ids}}).toJson());
            o.profilePath = profile;
            host = std::make_unique<Host>(o);
        }
        ASSERT_OK(host->start());
    }

    std::unique_ptr<DueModel> makeModel(DueModel::Clock clock)
    {
        return std::make_unique<DueModel>(*host->store(), host->plugins(), std::move(clock));
    }

    static QStringList column(const DueModel& m, int role)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.data(m.index(r), role).toString();
        return out;
    }

    QString logText() const
    {
        flushLogs();
        QFile f(QDir(dir.path()).filePath(QStringLiteral("logs/tessera.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    sdk::Status addNote()
    {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("due-items/note");
        d.title = QStringLiteral("A note");
        d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("some words")}};
        return host->store()->add(d).status();
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
};

} // namespace

TEST_F(DueModelTest, ShowsValidItemsInOrderAndDropsInvalidOnesNamingTheField)
{
    start({kDueDir});
    ASSERT_TRUE(host->plugins().find(QStringLiteral("due-items"))->isRunning());
    ASSERT_TRUE(host->plugins().find(QStringLiteral("due-throws"))->isRunning());
    EXPECT_TRUE(host->plugins().hasDueItems(QStringLiteral("due-items")));
    auto model = makeModel([] { return QDateTime(kDay, QTime(12, 0)); });
    EXPECT_EQ(model->day(), kDay);
    // Overdue first; then today's, those with a time in time order, then the rest
    // in the module's order; done ones are not in the strip; invalid ones dropped.
    EXPECT_EQ(column(*model, DueModel::ItemIdRole),
              (QStringList{"weekly-review", "morning-practice", "evening-practice", "questions"}));
    EXPECT_EQ(model->count(), 4);
    EXPECT_EQ(column(*model, DueModel::StateRole), (QStringList{"overdue", "due", "due", "due"}));
    EXPECT_EQ(column(*model, DueModel::TimeRole), (QStringList{"", "08:00", "20:00", ""}));
    EXPECT_EQ(column(*model, DueModel::DueDateRole), (QStringList{"2026-03-07", "2026-03-10", "2026-03-10", "2026-03-10"}));
    EXPECT_EQ(column(*model, DueModel::PageKeyRole),
              (QStringList{"due-items/check", "due-items/practice", "due-items/practice", "due-items/check"}));
    const QModelIndex first = model->index(0);
    EXPECT_EQ(model->data(first, DueModel::ModuleIdRole).toString(), QStringLiteral("due-items"));
    EXPECT_EQ(model->data(first, DueModel::ModuleNameRole).toString(), QStringLiteral("Due items fixture"));
    EXPECT_EQ(model->data(first, DueModel::ModuleColorRole).toString(), QStringLiteral("#7a5ea8"));
    EXPECT_EQ(model->data(first, DueModel::TitleRole).toString(), QStringLiteral("Weekly review"));
    EXPECT_EQ(model->data(first, DueModel::DetailRole).toString(), QStringLiteral("Due since 2026-03-07"));
    EXPECT_EQ(model->data(first, DueModel::PageUrlRole).toString(),
              QStringLiteral("qrc:/qt/qml/Tessera/Plugins/DueItems/DuePage.qml"));
    EXPECT_EQ(model->data(first, DueModel::PageTitleRole).toString(), QStringLiteral("Check-in questions"));
    EXPECT_TRUE(model->roleNames().values().contains("dueState"));

    // Done and skipped ones on request, after the rest.
    model->setIncludeDone(true);
    EXPECT_EQ(model->count(), 5);
    EXPECT_EQ(model->data(model->index(4), DueModel::ItemIdRole).toString(), QStringLiteral("done-today"));

    // Each dropped item is logged with the module and the field, never its text;
    // the module whose dueItems() throws shows nothing and is named.
    const QString log = logText();
    for (const char* field : {"id: must be", "title: is empty", "title: is longer than 80", "pageId: names no page",
                              "dueDate: is after the day"})
        EXPECT_TRUE(log.contains(QStringLiteral("module due-items gave a due item that is not shown: ") + QLatin1String(field)))
            << field << "\n" << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("PRIVATE-DUE-TITLE"))) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("xxxxxxxxxx"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("module due-throws dueItems() threw an exception: fixture dueItems failure")))
        << log.toStdString();
    EXPECT_FALSE(column(*model, DueModel::ModuleIdRole).contains(QStringLiteral("due-throws")));
    // The throwing module is still running (only its due items are missing).
    EXPECT_TRUE(host->plugins().find(QStringLiteral("due-throws"))->isRunning());
}

TEST_F(DueModelTest, AtMostTwentyItemsOfAModuleAreShown)
{
    start({kDueDir});
    const QList<ModuleDueItem> items = host->plugins().dueItems(QDate(2031, 1, 1));
    ASSERT_EQ(items.size(), kMaxDueItems);
    EXPECT_EQ(items.first().item.id, QStringLiteral("item-1"));
    EXPECT_EQ(items.last().item.id, QStringLiteral("item-20"));
    EXPECT_TRUE(logText().contains(QStringLiteral("module due-items gave more than 20 due items; 5 more are not shown")));
}

TEST_F(DueModelTest, RefreshesOnceAfterABurstOfJournalChanges)
{
    start({kDueDir});
    auto model = makeModel([] { return QDateTime(kDay, QTime(12, 0)); });
    ASSERT_EQ(model->count(), 4);
    const int asked = model->refreshCount();
    for (int i = 0; i < 5; ++i)
        ASSERT_OK(addNote());
    // Not at once: the modules refresh on the change first.
    EXPECT_EQ(model->refreshCount(), asked);
    ASSERT_TRUE(waitFor([&] { return model->count() == 5; }));
    EXPECT_TRUE(column(*model, DueModel::ItemIdRole).contains(QStringLiteral("review-notes")));
    waitFor([] { return false; }, 3 * DueModel::kCoalesceMs);
    EXPECT_EQ(model->refreshCount(), asked + 1); // five changes, one ask
}

TEST_F(DueModelTest, RefreshesWhenTheDayTurns)
{
    start({kDueDir});
    // A clock 0.4 s before midnight that runs.
    QElapsedTimer running;
    running.start();
    const QDateTime base(kDay, QTime(23, 59, 59, 600));
    auto model = makeModel([&] { return base.addMSecs(running.elapsed()); });
    ASSERT_EQ(model->day(), kDay);
    ASSERT_EQ(model->data(model->index(1), DueModel::DueDateRole).toString(), QStringLiteral("2026-03-10"));
    const int asked = model->refreshCount();
    ASSERT_TRUE(waitFor([&] { return model->day() == kDay.addDays(1); }, 3000)) << "the day never turned";
    EXPECT_EQ(model->refreshCount(), asked + 1);
    EXPECT_EQ(model->data(model->index(1), DueModel::DueDateRole).toString(), QStringLiteral("2026-03-11"));
    EXPECT_EQ(model->data(model->index(0), DueModel::DetailRole).toString(), QStringLiteral("Due since 2026-03-08"));
}

TEST_F(DueModelTest, ADisabledModuleShowsNothing)
{
    start({kDueDir}, QStringList{QStringLiteral("due-throws")});
    EXPECT_EQ(host->plugins().find(QStringLiteral("due-items"))->state, PluginState::Disabled);
    EXPECT_FALSE(host->plugins().hasDueItems(QStringLiteral("due-items")));
    auto model = makeModel([] { return QDateTime(kDay, QTime(12, 0)); });
    EXPECT_EQ(model->count(), 0);
    EXPECT_TRUE(host->plugins().dueItems(kDay).isEmpty());
}

TEST_F(DueModelTest, ALockedJournalShowsNothingAndAsksNoModule)
{
    qputenv("TESSERA_TEST_FAST_KDF", "1");
    HostOptions o;
    o.dataDir = dir.path();
    o.bundledPlugins = false;
    o.pluginDirs = {kDueDir};
    host = std::make_unique<Host>(o);
    host->prepare();
    const QByteArray passphrase("a quiet lake at dawn");
    auto created = JournalKey::create(JournalKey::pathFor(host->journalPath()), passphrase);
    ASSERT_OK(created);
    ASSERT_OK(host->useKey(created->key));
    ASSERT_OK(host->start());
    auto model = makeModel([] { return QDateTime(kDay, QTime(12, 0)); });
    ASSERT_EQ(model->count(), 4);
    int countChanged = 0;
    QObject::connect(model.get(), &DueModel::countChanged, [&countChanged] { ++countChanged; });
    host->lock();
    ASSERT_TRUE(host->store()->isLocked());
    EXPECT_EQ(model->count(), 0); // at once, not after a delay
    EXPECT_EQ(countChanged, 1);
    const int asked = model->refreshCount();
    model->refresh(); // asked while locked: no module is asked
    waitFor([] { return false; }, 3 * DueModel::kCoalesceMs);
    EXPECT_EQ(model->count(), 0);
    EXPECT_EQ(model->refreshCount(), asked);
    ASSERT_OK(host->unlock(passphrase));
    ASSERT_TRUE(waitFor([&] { return model->count() == 4; }));
}

// A module whose dueItems() answers only after the limit: nothing from it, the
// others still answer, the hang marker is gone once it returned, and it is
// not asked again (the window would wait each time).
TEST_F(DueModelTest, AModuleThatStallsShowsNothingAndIsNotAskedAgain)
{
    qputenv("TESSERA_FIXTURE_DUE_STALL_MS", "900");
    auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_OK(s);
    auto store = std::move(s).value();
    PluginManager::Options o;
    o.pluginDirs = {kDueDir, kSlowDir};
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    o.hookTimeoutMs = 300;
    PluginManager pm(o);
    pm.loadAll(*store);
    ASSERT_TRUE(pm.find(QStringLiteral("due-stalls"))->isRunning());
    QElapsedTimer took;
    took.start();
    QList<ModuleDueItem> items = pm.dueItems(kDay);
    EXPECT_GE(took.elapsed(), 900);
    QStringList modules;
    for (const ModuleDueItem& i : items)
        modules << i.pluginId;
    EXPECT_FALSE(modules.contains(QStringLiteral("due-stalls")));
    EXPECT_TRUE(modules.contains(QStringLiteral("due-items")));
    const QStringList markers = QDir(o.stateDir).entryList({QStringLiteral("hung-*.marker")});
    EXPECT_TRUE(markers.isEmpty()) << markers.join(QLatin1Char(' ')).toStdString();
    took.restart();
    items = pm.dueItems(kDay);
    EXPECT_LT(took.elapsed(), 300);
    EXPECT_FALSE(items.isEmpty());
    EXPECT_EQ(pm.backendOf(QStringLiteral("due-stalls"))->property("dueCalls").toInt(), 1);
    EXPECT_FALSE(pm.hasDueItems(QStringLiteral("nonexistent")));
    pm.shutdownAll();
    qunsetenv("TESSERA_FIXTURE_DUE_STALL_MS");
}
