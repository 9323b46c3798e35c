// The journal module's daily check-in as a thing due and a reminder (SDK 2.3,
// issue 24), through the SDK's PluginHarness (the real module library, the
// host's real plugin manager and journal).
#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/testing/pluginharness.h>

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <ostream>

using tessera::sdk::DueItem;
using tessera::sdk::DueItemActions;
using tessera::sdk::DueItemSource;
using tessera::sdk::Reminder;
using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QString saveCheckin(PluginHarness& h, int mood)
{
    QString id;
    EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveCheckin", Q_RETURN_ARG(QString, id), Q_ARG(int, mood),
                                          Q_ARG(QStringList, QStringList{QStringLiteral("calm")}), Q_ARG(QString, QString())));
    EXPECT_FALSE(id.isEmpty()) << h.backend()->property("lastError").toString().toStdString();
    settle();
    return id;
}

TEST(JournalDue, ADailyCheckInIsDueUntilThereIsOneThatDay)
{
    PluginHarness h(QStringLiteral(TESSERA_JOURNAL_PLUGIN_DIR));
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    auto& source = dynamic_cast<DueItemSource&>(h.plugin());
    // Nothing to do in one step: a check-in needs the client's own rating.
    EXPECT_EQ(dynamic_cast<DueItemActions*>(&h.plugin()), nullptr);
    const QDate today = QDate::currentDate();

    QList<DueItem> items = source.dueItems(today);
    ASSERT_EQ(items.size(), 1);
    const DueItem& due = items.first();
    EXPECT_EQ(due.id, QStringLiteral("checkin"));
    EXPECT_EQ(due.title, QStringLiteral("Daily check-in"));
    EXPECT_EQ(due.state, DueItem::State::Due);
    EXPECT_EQ(due.pageId, QStringLiteral("checkin"));
    EXPECT_EQ(due.dueDate, today);
    EXPECT_FALSE(due.time.isValid());
    EXPECT_FALSE(due.offersDone());
    EXPECT_FALSE(due.offersSkip());

    saveCheckin(h, 6);
    items = source.dueItems(today);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().state, DueItem::State::Done);
    EXPECT_FALSE(items.first().offersDone());
    EXPECT_EQ(source.dueItems(today.addDays(-1)).first().state, DueItem::State::Due);

    // A day long before the figures' window is counted on its own (no entries read).
    tessera::sdk::EntryDraft old;
    old.kind = QStringLiteral("journal/checkin");
    old.title = QStringLiteral("Check-in");
    old.mood = 5;
    old.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{QStringLiteral("okay")}}};
    old.occurredAt = QDateTime(today.addDays(-200), QTime(12, 0)).toUTC();
    ASSERT_TRUE(h.addAsHost(old).ok());
    settle();
    h.resetReads();
    EXPECT_EQ(source.dueItems(today.addDays(-200)).first().state, DueItem::State::Done);
    EXPECT_EQ(source.dueItems(today.addDays(-201)).first().state, DueItem::State::Due);
    EXPECT_EQ(source.dueItems(today).first().state, DueItem::State::Done);
    EXPECT_EQ(h.reads().entries, 0);
}

TEST(JournalDue, NoReminderUnlessTheProfileSetsATime)
{
    PluginHarness h(QStringLiteral(TESSERA_JOURNAL_PLUGIN_DIR));
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    EXPECT_TRUE(h.reminders().isEmpty());
}

TEST(JournalDue, ADailyReminderAtTheProfilesTimeTheSameAfterARestart)
{
    PluginHarness h(QStringLiteral(TESSERA_JOURNAL_PLUGIN_DIR), QJsonObject{{QStringLiteral("checkinReminder"), QStringLiteral("20:00")}});
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    QList<Reminder> reminders = h.reminders();
    ASSERT_EQ(reminders.size(), 1);
    const Reminder r = reminders.first();
    EXPECT_EQ(r.id, QStringLiteral("checkin"));
    EXPECT_EQ(r.dueItemId, QStringLiteral("checkin")); // not fired on a day already checked in
    EXPECT_EQ(r.title, QStringLiteral("Daily check-in"));
    EXPECT_EQ(r.pageId, QStringLiteral("checkin"));
    EXPECT_EQ(r.time, QTime(20, 0));
    EXPECT_EQ(r.repeat, Reminder::Repeat::Daily);
    EXPECT_EQ(r.startDate, QDate::currentDate());
    EXPECT_TRUE(r.timeZone.isEmpty());

    saveCheckin(h, 7); // a check-in changes nothing in the reminder
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    settle();
    reminders = h.reminders();
    ASSERT_EQ(reminders.size(), 1);
    EXPECT_EQ(reminders.first().startDate, r.startDate);
    EXPECT_EQ(reminders.first().time, r.time);
    EXPECT_EQ(reminders.first().title, r.title);
}

TEST(JournalDue, ATimeThatIsNotOneSchedulesNothingAndTheModuleStillStarts)
{
    for (const QJsonValue& bad : {QJsonValue(QStringLiteral("8pm")), QJsonValue(QStringLiteral("25:00")), QJsonValue(20), QJsonValue(QString())}) {
        PluginHarness h(QStringLiteral(TESSERA_JOURNAL_PLUGIN_DIR), QJsonObject{{QStringLiteral("checkinReminder"), bad}});
        ASSERT_TRUE(h.ok()) << h.error().toStdString();
        EXPECT_TRUE(h.reminders().isEmpty());
        EXPECT_EQ(dynamic_cast<DueItemSource&>(h.plugin()).dueItems(QDate::currentDate()).size(), 1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
