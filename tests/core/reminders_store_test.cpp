// Reminders in the journal (issue 24): what a module schedules through
// PluginContext::reminders() is checked, kept in the journal file, written
// only when it changes, and keeps its firing state when unchanged.
#include "plugins/pluginmanager.h"
#include "reminders/reminderspec.h"
#include "reminders/scopedreminders.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

sdk::Reminder daily(const QString& id, QTime time = QTime(8, 0)) { return test::dailyReminder(id, time); }

class RemindersStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = test::openJournal(path());
        ASSERT_OK(s);
        store = std::move(s).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
};

TEST_F(RemindersStoreTest, KeptInTheJournalFileAcrossAReopen)
{
    ScopedReminders mine(*store, QStringLiteral("reminders"), {QStringLiteral("take")});
    sdk::Reminder weekly = daily(QStringLiteral("walk"), QTime(17, 30));
    weekly.repeat = sdk::Reminder::Repeat::Weekly;
    weekly.weekdays = {1, 3, 5};
    weekly.timeZone = QStringLiteral("Europe/Madrid");
    weekly.endDate = QDate(2026, 6, 30);
    weekly.dueItemId = QStringLiteral("walk");
    weekly.entryId = QStringLiteral("some-entry");
    ASSERT_OK(mine.replaceAll({daily(QStringLiteral("dose-0800")), weekly}));
    store.reset();

    auto reopened = test::openJournal(path());
    ASSERT_OK(reopened);
    ScopedReminders again(*reopened.value(), QStringLiteral("reminders"), {QStringLiteral("take")});
    auto listed = again.list();
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).id, QStringLiteral("dose-0800"));
    const sdk::Reminder& w = listed->at(1);
    EXPECT_EQ(w.id, QStringLiteral("walk"));
    EXPECT_EQ(w.time, QTime(17, 30));
    EXPECT_EQ(w.repeat, sdk::Reminder::Repeat::Weekly);
    EXPECT_EQ(w.weekdays, (QList<int>{1, 3, 5}));
    EXPECT_EQ(w.timeZone, QStringLiteral("Europe/Madrid"));
    EXPECT_EQ(w.endDate, QDate(2026, 6, 30));
    EXPECT_EQ(w.dueItemId, QStringLiteral("walk"));
    EXPECT_EQ(w.entryId, QStringLiteral("some-entry"));
    EXPECT_EQ(test::sqlScalar(path(), QStringLiteral("SELECT count(*) FROM reminders")), 2);
}

TEST_F(RemindersStoreTest, AModuleSeesAndChangesOnlyItsOwn)
{
    ScopedReminders a(*store, QStringLiteral("module-a"), {QStringLiteral("take")});
    ScopedReminders b(*store, QStringLiteral("module-b"), {QStringLiteral("take")});
    ASSERT_OK(a.replaceAll({daily(QStringLiteral("one")), daily(QStringLiteral("two"))}));
    ASSERT_OK(b.schedule(daily(QStringLiteral("one"))));
    ASSERT_OK(b.replaceAll({}));
    EXPECT_EQ(a.list()->size(), 2);
    EXPECT_TRUE(b.list()->isEmpty());
    ASSERT_OK(b.cancel(QStringLiteral("two"))); // a's: untouched, and no error
    EXPECT_EQ(a.list()->size(), 2);
    ASSERT_OK(a.cancel(QStringLiteral("two")));
    EXPECT_EQ(a.list()->size(), 1);
}

TEST_F(RemindersStoreTest, RefusedWholeNamingTheReminderAndField)
{
    ScopedReminders mine(*store, QStringLiteral("reminders"), {QStringLiteral("take")});
    ASSERT_OK(mine.replaceAll({daily(QStringLiteral("kept"))}));
    struct Case {
        const char* field;
        std::function<void(sdk::Reminder&)> spoil;
    };
    const QList<Case> cases{
        {"reminders[1].id", [](sdk::Reminder& r) { r.id = QStringLiteral("Capital"); }},
        {"reminders[1].title", [](sdk::Reminder& r) { r.title = QStringLiteral("  "); }},
        {"reminders[1].title", [](sdk::Reminder& r) { r.title = QString(81, QLatin1Char('x')); }},
        {"reminders[1].title", [](sdk::Reminder& r) { r.title = QStringLiteral("two\nlines"); }},
        {"reminders[1].pageId", [](sdk::Reminder& r) { r.pageId = QStringLiteral("elsewhere"); }},
        {"reminders[1].startDate", [](sdk::Reminder& r) { r.startDate = QDate(); }},
        {"reminders[1].time", [](sdk::Reminder& r) { r.time = QTime(8, 0, 30); }},
        {"reminders[1].interval", [](sdk::Reminder& r) { r.repeat = sdk::Reminder::Repeat::EveryNDays; r.interval = 0; }},
        {"reminders[1].weekdays", [](sdk::Reminder& r) { r.repeat = sdk::Reminder::Repeat::Weekly; }},
        {"reminders[1].weekdays", [](sdk::Reminder& r) { r.repeat = sdk::Reminder::Repeat::Weekly; r.weekdays = {8}; }},
        {"reminders[1].weekdays", [](sdk::Reminder& r) { r.repeat = sdk::Reminder::Repeat::Weekly; r.weekdays = {2, 2}; }},
        {"reminders[1].endDate", [](sdk::Reminder& r) { r.endDate = r.startDate.addDays(-1); }},
        {"reminders[1].timeZone", [](sdk::Reminder& r) { r.timeZone = QStringLiteral("Mars/Olympus_Mons"); }},
        {"reminders[1].dueItemId", [](sdk::Reminder& r) { r.dueItemId = QStringLiteral("Not An Id"); }},
        {"reminders[1].repeat", [](sdk::Reminder& r) { r.repeat = static_cast<sdk::Reminder::Repeat>(9); }},
    };
    for (const Case& c : cases) {
        sdk::Reminder bad = daily(QStringLiteral("bad"));
        bad.title = QStringLiteral("PRIVATE-TITLE");
        c.spoil(bad);
        const sdk::Status s = mine.replaceAll({daily(QStringLiteral("new")), bad});
        ASSERT_FALSE(s.ok()) << c.field;
        EXPECT_EQ(s.error().code, sdk::ErrorCode::InvalidArgument) << c.field;
        EXPECT_EQ(s.error().field, QString::fromLatin1(c.field)) << s.error().message.toStdString();
        EXPECT_TRUE(s.error().message.startsWith(QString::fromLatin1(c.field))) << s.error().message.toStdString();
        EXPECT_FALSE(s.error().message.contains(QStringLiteral("PRIVATE-TITLE"))) << s.error().message.toStdString();
        // All or nothing: the journal still holds only what it held.
        ASSERT_EQ(mine.list()->size(), 1);
        EXPECT_EQ(mine.list()->at(0).id, QStringLiteral("kept"));
    }
    const sdk::Status twice = mine.replaceAll({daily(QStringLiteral("same")), daily(QStringLiteral("same"))});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("more than once")));
    const sdk::Status one = mine.schedule(daily(QStringLiteral("BAD")));
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().field, QStringLiteral("reminder.id"));
}

TEST_F(RemindersStoreTest, AtMostTwoHundredAModule)
{
    ScopedReminders mine(*store, QStringLiteral("reminders"), {QStringLiteral("take")});
    QList<sdk::Reminder> many;
    for (int i = 0; i < kMaxRemindersPerModule; ++i)
        many.append(daily(QStringLiteral("r-%1").arg(i)));
    ASSERT_OK(mine.replaceAll(many));
    EXPECT_FALSE(mine.schedule(daily(QStringLiteral("one-more"))).ok());
    EXPECT_OK(mine.schedule(daily(QStringLiteral("r-3"), QTime(9, 0)))); // replacing one is fine
    many.append(daily(QStringLiteral("one-more")));
    EXPECT_FALSE(mine.replaceAll(many).ok());
    EXPECT_EQ(mine.list()->size(), kMaxRemindersPerModule);
}

TEST_F(RemindersStoreTest, UnchangedWritesNothingAndKeepsItsFiringState)
{
    ScopedReminders mine(*store, QStringLiteral("reminders"), {QStringLiteral("take")});
    struct {
        int n = 0;
        int count() const { return n; }
    } changed;
    QObject::connect(store.get(), &JournalStore::remindersChanged, [&changed] { ++changed.n; });
    ASSERT_OK(mine.replaceAll({daily(QStringLiteral("a")), daily(QStringLiteral("b"))}));
    EXPECT_EQ(changed.count(), 1);
    const QDateTime fired = QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC);
    const QDateTime snooze = fired.addSecs(600);
    ASSERT_OK(store->setReminderState(QStringLiteral("reminders"), QStringLiteral("a"), fired, snooze));
    const QByteArray before = test::fileHash(path());

    // The module starts again and gives the same list: nothing is written.
    ASSERT_OK(mine.replaceAll({daily(QStringLiteral("b")), daily(QStringLiteral("a"))}));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(test::fileHash(path()), before);

    // b changes and c comes: a keeps its state, b is rewritten, c is new.
    ASSERT_OK(mine.replaceAll({daily(QStringLiteral("a")), daily(QStringLiteral("b"), QTime(9, 0)), daily(QStringLiteral("c"))}));
    EXPECT_EQ(changed.count(), 2);
    auto stored = store->reminders(QStringLiteral("reminders"));
    ASSERT_OK(stored);
    ASSERT_EQ(stored->size(), 3);
    EXPECT_EQ(stored->at(0).lastOccurrence, fired);
    EXPECT_EQ(stored->at(0).snoozedUntil, snooze);
    EXPECT_EQ(stored->at(1).reminder.time, QTime(9, 0));
    EXPECT_FALSE(stored->at(2).lastOccurrence.isValid());
    EXPECT_TRUE(stored->at(2).createdAt.isValid());
}

// A read-only run (tessera-cli due and report start the modules on the
// journal): what the modules give is kept for that run and shown, never
// written; the file is as it was at the next open. (It failed with "the
// journal is open read-only", which every module logged as a warning.)
TEST_F(RemindersStoreTest, AReadOnlyJournalKeepsChangesForTheRunOnly)
{
    ASSERT_OK(ScopedReminders(*store, QStringLiteral("reminders"), {QStringLiteral("take")})
                  .replaceAll({daily(QStringLiteral("a")), daily(QStringLiteral("b"))}));
    store.reset();
    {
        auto readOnly = JournalStore::open(path(), JournalStore::Mode::ReadOnly);
        ASSERT_OK(readOnly);
        ScopedReminders mine(*readOnly.value(), QStringLiteral("reminders"), {QStringLiteral("take")});
        EXPECT_OK(mine.replaceAll({daily(QStringLiteral("a")), daily(QStringLiteral("b"))})); // the same again
        EXPECT_OK(mine.replaceAll({daily(QStringLiteral("a"), QTime(9, 0)), daily(QStringLiteral("b"))}));
        EXPECT_OK(mine.schedule(daily(QStringLiteral("c"))));
        EXPECT_OK(mine.cancel(QStringLiteral("b")));
        EXPECT_OK(mine.cancel(QStringLiteral("not-there")));
        const QDateTime fired = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);
        EXPECT_OK(readOnly.value()->setReminderState(QStringLiteral("reminders"), QStringLiteral("a"), fired, {}));
        auto listed = mine.list();
        ASSERT_OK(listed);
        ASSERT_EQ(listed->size(), 2);
        EXPECT_EQ(listed->at(0).id, QStringLiteral("a"));
        EXPECT_EQ(listed->at(0).time, QTime(9, 0));
        EXPECT_EQ(listed->at(1).id, QStringLiteral("c"));
        auto stored = readOnly.value()->reminders(QStringLiteral("reminders"));
        ASSERT_OK(stored);
        ASSERT_EQ(stored->size(), 2);
        EXPECT_EQ(stored->at(0).lastOccurrence, fired);
        // The rules hold as ever: a bad reminder is refused, naming the field.
        sdk::Reminder bad = daily(QStringLiteral("d"));
        bad.pageId = QStringLiteral("elsewhere");
        const sdk::Status refused = mine.replaceAll({bad});
        EXPECT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().field, QStringLiteral("reminders[0].pageId"));
    }
    auto reopened = test::openJournal(path());
    ASSERT_OK(reopened);
    auto kept = reopened.value()->reminders(QStringLiteral("reminders"));
    ASSERT_OK(kept);
    ASSERT_EQ(kept->size(), 2);
    EXPECT_EQ(kept->at(0).reminder.id, QStringLiteral("a"));
    EXPECT_EQ(kept->at(0).reminder.time, QTime(8, 0));
    EXPECT_FALSE(kept->at(0).lastOccurrence.isValid());
    EXPECT_EQ(kept->at(1).reminder.id, QStringLiteral("b"));
}

// A real module, through the real plugin manager: PluginContext::reminders()
// is its own, and the host refuses what breaks the rules.
TEST_F(RemindersStoreTest, ARealModuleSchedulesThroughItsContext)
{
    const auto load = [&](const QJsonArray& reminders) {
        PluginManager::Options o;
        o.pluginDirs = {tessera::test::fixturePluginDir() + QStringLiteral("/reminders")};
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.enabled = {QStringLiteral("reminders")};
        o.profile.settings.insert(QStringLiteral("reminders"), QJsonObject{{QStringLiteral("reminders"), reminders}});
        auto pm = std::make_unique<PluginManager>(o);
        pm->loadAll(*store);
        return pm;
    };
    const QJsonObject dose{{QStringLiteral("id"), QStringLiteral("dose")}, {QStringLiteral("title"), QStringLiteral("Morning tablet")},
                           {QStringLiteral("start"), QStringLiteral("2026-03-01")}, {QStringLiteral("time"), QStringLiteral("08:00")},
                           {QStringLiteral("repeat"), QStringLiteral("daily")}, {QStringLiteral("dueItem"), QStringLiteral("dose")}};
    {
        auto pm = load({dose});
        const PluginRecord* r = pm->find(QStringLiteral("reminders"));
        ASSERT_NE(r, nullptr);
        ASSERT_EQ(r->state, PluginState::Initialized) << r->reason.toStdString();
        EXPECT_EQ(r->plugin->backend()->property("reminderStatus").toString(), QStringLiteral("ok"));
        auto stored = store->reminders();
        ASSERT_OK(stored);
        ASSERT_EQ(stored->size(), 1);
        EXPECT_EQ(stored->at(0).pluginId, QStringLiteral("reminders"));
        EXPECT_EQ(stored->at(0).reminder.dueItemId, QStringLiteral("dose"));
    }
    {
        QJsonObject elsewhere = dose;
        elsewhere[QStringLiteral("page")] = QStringLiteral("not-a-page");
        auto pm = load({elsewhere});
        const PluginRecord* r = pm->find(QStringLiteral("reminders"));
        ASSERT_EQ(r->state, PluginState::Initialized);
        EXPECT_TRUE(r->plugin->backend()->property("reminderStatus").toString().startsWith(QStringLiteral("reminders[0].pageId")))
            << r->plugin->backend()->property("reminderStatus").toString().toStdString();
        EXPECT_EQ(store->reminders()->size(), 1); // the earlier one stays
    }
}

} // namespace
