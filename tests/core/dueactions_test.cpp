// Due items done or skipped in one step (SDK 2.3, DueItemActions; issue 24):
// PluginManager::actOnDueItem() through the real plugin manager, real fixture
// module libraries (tests/fixtures/plugins: due-actions, due-actions-throws,
// due-items) and a real journal file.
#include "host/host.h"
#include "host/logging.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using Action = sdk::DueItemActions::Action;

namespace {

const QString kTodayDir = tessera::test::fixturePluginDir() + QStringLiteral("/today");
const QString kDueDir = tessera::test::fixturePluginDir() + QStringLiteral("/due");
const QDate kDay(2026, 3, 10);

class DueActionsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.bundledPlugins = false;
        o.pluginDirs = {kTodayDir, kDueDir};
        o.logLevel = QStringLiteral("info");
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
        for (const char* id : {"due-actions", "due-actions-throws", "due-items"})
            ASSERT_TRUE(host->plugins().find(QString::fromLatin1(id))->isRunning()) << id;
    }

    QList<sdk::Entry> doses() const
    {
        sdk::EntryQuery q;
        q.kinds = {QStringLiteral("due-actions/dose")};
        q.oldestFirst = true;
        return host->store()->query(q).value().entries;
    }

    std::optional<ModuleDueItem> itemOf(const QString& module, const QString& id, const QDate& day = kDay) const
    {
        for (const ModuleDueItem& i : host->plugins().dueItems(day)) {
            if (i.pluginId == module && i.item.id == id)
                return i;
        }
        return std::nullopt;
    }

    QString logText() const
    {
        flushLogs();
        QFile f(QDir(dir.path()).filePath(QStringLiteral("logs/tessera.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
};

} // namespace

TEST_F(DueActionsTest, OffersAndEntryIdTravelWithTheItemAndBadEntryIdsAreDropped)
{
    EXPECT_TRUE(host->plugins().hasDueItemActions(QStringLiteral("due-actions")));
    EXPECT_FALSE(host->plugins().hasDueItemActions(QStringLiteral("due-items"))); // a source without actions
    const auto morning = itemOf(QStringLiteral("due-actions"), QStringLiteral("morning-dose"));
    ASSERT_TRUE(morning);
    EXPECT_TRUE(morning->item.offersDone());
    EXPECT_TRUE(morning->item.offersSkip());
    EXPECT_EQ(morning->item.entryId(), QString());
    const auto leaflet = itemOf(QStringLiteral("due-actions"), QStringLiteral("read-leaflet"));
    ASSERT_TRUE(leaflet);
    EXPECT_FALSE(leaflet->item.offersDone());
    EXPECT_EQ(leaflet->item.entryId(), QStringLiteral("leaflet-entry"));
    // An entry id of 65 characters and one with a line break are dropped, the log naming the field.
    EXPECT_FALSE(itemOf(QStringLiteral("due-actions"), QStringLiteral("long-entry-id")));
    EXPECT_FALSE(itemOf(QStringLiteral("due-actions"), QStringLiteral("broken-entry-id")));
    const QString log = logText();
    EXPECT_TRUE(log.contains(QStringLiteral("entryId: is longer than 64 characters"))) << qPrintable(log);
    EXPECT_TRUE(log.contains(QStringLiteral("entryId: has a line break"))) << qPrintable(log);
}

TEST_F(DueActionsTest, DoneWritesTheEntryTheModulesOwnPageWrites)
{
    // The page's path first, for the evening dose (the backend the page calls).
    QObject* backend = host->plugins().backendOf(QStringLiteral("due-actions"));
    ASSERT_NE(backend, nullptr);
    QString answer = QStringLiteral("not called");
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "record", Q_RETURN_ARG(QString, answer),
                                          Q_ARG(QString, QStringLiteral("evening-dose")),
                                          Q_ARG(QString, kDay.toString(Qt::ISODate)), Q_ARG(bool, true)));
    EXPECT_EQ(answer, QString());
    // Then Today's path, for the morning dose.
    ASSERT_OK(host->plugins().actOnDueItem(QStringLiteral("due-actions"), kDay, QStringLiteral("morning-dose"), Action::Done));
    const QList<sdk::Entry> stored = doses();
    ASSERT_EQ(stored.size(), 2);
    const sdk::Entry& fromPage = stored.at(0);
    const sdk::Entry& fromToday = stored.at(1);
    EXPECT_EQ(fromToday.kind, fromPage.kind);
    EXPECT_EQ(fromToday.title, fromPage.title);
    EXPECT_EQ(fromToday.occurredAt, fromPage.occurredAt);
    // The same payload but for the item it is about.
    QJsonObject page = fromPage.payload;
    QJsonObject today = fromToday.payload;
    EXPECT_EQ(page.value(QStringLiteral("item")).toString(), QStringLiteral("evening-dose"));
    EXPECT_EQ(today.value(QStringLiteral("item")).toString(), QStringLiteral("morning-dose"));
    for (QJsonObject* p : {&page, &today}) {
        p->remove(QStringLiteral("item"));
        p->remove(QStringLiteral("text"));
    }
    EXPECT_EQ(today, page);
    EXPECT_EQ(today.value(QStringLiteral("status")).toString(), QStringLiteral("taken"));
    // The module now says it is done, and offering Done again is refused by the module itself.
    EXPECT_EQ(itemOf(QStringLiteral("due-actions"), QStringLiteral("morning-dose"))->item.state, sdk::DueItem::State::Done);
    const sdk::Status again =
        host->plugins().actOnDueItem(QStringLiteral("due-actions"), kDay, QStringLiteral("morning-dose"), Action::Done);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, QStringLiteral("This dose was already recorded."));
    EXPECT_EQ(doses().size(), 2);
}

TEST_F(DueActionsTest, SkipRecordsASkippedDose)
{
    ASSERT_OK(host->plugins().actOnDueItem(QStringLiteral("due-actions"), kDay, QStringLiteral("evening-dose"), Action::Skip));
    const QList<sdk::Entry> stored = doses();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).payload.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    EXPECT_EQ(itemOf(QStringLiteral("due-actions"), QStringLiteral("evening-dose"))->item.state, sdk::DueItem::State::Skipped);
}

TEST_F(DueActionsTest, RefusesWhatTheModuleDidNotOfferWithoutAskingIt)
{
    auto refused = [&](const QString& module, const QString& item, Action action, const QDate& day = kDay) {
        const sdk::Status s = host->plugins().actOnDueItem(module, day, item, action);
        EXPECT_FALSE(s.ok()) << qPrintable(module) << " " << qPrintable(item);
        return s.ok() ? QString() : s.error().message;
    };
    // An item offering neither.
    EXPECT_TRUE(refused(QStringLiteral("due-actions"), QStringLiteral("read-leaflet"), Action::Done).contains(QStringLiteral("does not offer \"Done\"")));
    EXPECT_TRUE(refused(QStringLiteral("due-actions"), QStringLiteral("read-leaflet"), Action::Skip).contains(QStringLiteral("does not offer \"Skip\"")));
    // An item the module does not have (one it dropped for a bad entry id included).
    EXPECT_TRUE(refused(QStringLiteral("due-actions"), QStringLiteral("no-such-dose"), Action::Done).contains(QStringLiteral("no longer due")));
    EXPECT_TRUE(refused(QStringLiteral("due-actions"), QStringLiteral("long-entry-id"), Action::Done).contains(QStringLiteral("no longer due")));
    // A module with due items but no DueItemActions, an unknown one, a bad day.
    EXPECT_TRUE(refused(QStringLiteral("due-items"), QStringLiteral("questions"), Action::Done).contains(QStringLiteral("open its page")));
    EXPECT_TRUE(refused(QStringLiteral("nobody"), QStringLiteral("x"), Action::Done).contains(QStringLiteral("not running")));
    EXPECT_FALSE(refused(QStringLiteral("due-actions"), QStringLiteral("morning-dose"), Action::Done, QDate()).isEmpty());
    EXPECT_FALSE(refused(QStringLiteral("due-actions"), QStringLiteral("morning-dose"), static_cast<Action>(7)).isEmpty());
    EXPECT_TRUE(doses().isEmpty());
}

TEST_F(DueActionsTest, AModuleThatThrowsGivesAnErrorNotACrash)
{
    const sdk::Status s =
        host->plugins().actOnDueItem(QStringLiteral("due-actions-throws"), kDay, QStringLiteral("stretch"), Action::Done);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Something went wrong inside Stretching fixture"))) << qPrintable(s.error().message);
    EXPECT_TRUE(logText().contains(QStringLiteral("module due-actions-throws actOnDueItem() threw an exception")));
    // Still running, still answering.
    EXPECT_TRUE(host->plugins().find(QStringLiteral("due-actions-throws"))->isRunning());
    EXPECT_TRUE(itemOf(QStringLiteral("due-actions-throws"), QStringLiteral("stretch")));
    ASSERT_OK(host->plugins().actOnDueItem(QStringLiteral("due-actions"), kDay, QStringLiteral("morning-dose"), Action::Done));
}
