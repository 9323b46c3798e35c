// Goal check-ins and look-back dates (SDK 2.3), through the SDK's
// PluginHarness (the host's real plugin manager, journal and reminder
// storage): what is due on a day, the reminders kept in step with the goals
// and their check-ins, and the same after a plain restart.
#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <optional>
#include <ostream>

using tessera::sdk::DueItem;
using tessera::sdk::DueItemSource;
using tessera::sdk::EntryDraft;
using tessera::sdk::Reminder;
using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

QStringList describe(const QList<Reminder>& list)
{
    QStringList out;
    for (const Reminder& r : list)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10")
                   .arg(r.id, r.title, r.pageId, r.entryId, r.startDate.toString(Qt::ISODate),
                        r.time.toString(QStringLiteral("HH:mm")))
                   .arg(int(r.repeat))
                   .arg(r.interval)
                   .arg(r.endDate.toString(Qt::ISODate), r.dueItemId);
    return out;
}

// A copy, never a pointer into the list: h.reminders() and due() return
// temporaries (a pointer into one outlived it: heap-use-after-free under ASan).
template <typename T>
std::optional<T> byPrefix(const QList<T>& list, const QString& prefix)
{
    for (const T& r : list) {
        if (r.id.startsWith(prefix))
            return r;
    }
    return std::nullopt;
}

const QString kWalk = QStringLiteral("Walk for 20 minutes on three days each week");

class GoalsRemindersTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(h.ok()) << h.error().toStdString();
        // A weekly goal set ten days ago, with a look-back date in 20 days.
        EntryDraft d;
        d.kind = QStringLiteral("goals/goal");
        d.title = QStringLiteral("Goal");
        d.occurredAt = QDateTime(today.addDays(-10), QTime(12, 0)).toUTC();
        d.payload = QJsonObject{{QStringLiteral("key"), QStringLiteral("walk")}, {QStringLiteral("description"), kWalk},
                                {QStringLiteral("checkinFrequency"), QStringLiteral("weekly")},
                                {QStringLiteral("dueDate"), today.addDays(20).toString(Qt::ISODate)},
                                {QStringLiteral("lifecycle"), QStringLiteral("active")},
                                {QStringLiteral("achievement"), QStringLiteral("in-progress")}};
        auto added = h.addAsHost(d);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        goal = added->id;
        (void)h.reads(); // the journal's change reaches the module
    }
    QList<DueItem> due(const QDate& day) const
    {
        auto* source = dynamic_cast<DueItemSource*>(&h.plugin());
        return source ? source->dueItems(day) : QList<DueItem>{};
    }
    QVariantMap load()
    {
        QVariantMap r;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "loadGoal", Q_RETURN_ARG(QVariantMap, r), Q_ARG(QString, goal)));
        return r;
    }
    // The goal page's own functions.
    QString save(const QVariantMap& form)
    {
        QString r;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveGoal", Q_RETURN_ARG(QString, r), Q_ARG(QString, goal),
                                              Q_ARG(QVariantMap, form)));
        (void)h.reads();
        return r;
    }
    QString checkIn()
    {
        QString r;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "addCheckin", Q_RETURN_ARG(QString, r), Q_ARG(QString, goal),
                                              Q_ARG(double, 2.0), Q_ARG(QString, QStringLiteral("improving")),
                                              Q_ARG(QString, QString())));
        (void)h.reads();
        return r;
    }

    const QDate today = QDate::currentDate();
    PluginHarness h{QStringLiteral(TESSERA_GOALS_PLUGIN_DIR)};
    QString goal;
};

TEST_F(GoalsRemindersTest, ACheckInIsDueAWeekAfterTheGoalWasSet)
{
    QList<DueItem> items = due(today);
    ASSERT_EQ(items.size(), 1);
    const DueItem checkin = items.at(0); // a copy: items is asked again below
    EXPECT_TRUE(checkin.id.startsWith(QStringLiteral("checkin-"))) << checkin.id.toStdString();
    EXPECT_EQ(checkin.state, DueItem::State::Overdue);
    EXPECT_EQ(checkin.dueDate, today.addDays(-3));
    EXPECT_EQ(checkin.title, QStringLiteral("Goal check-in")); // never the goal's words
    // A check-in not yet written says since when it has been ready, never that it is late
    // ("Due since" read as a reproach in a hard week): it waits for the client.
    EXPECT_EQ(checkin.detail, QStringLiteral("Ready since %1").arg(QLocale().toString(today.addDays(-3), QStringLiteral("d MMM"))));
    EXPECT_EQ(checkin.pageId, QStringLiteral("goal"));
    EXPECT_EQ(checkin.entryId(), goal);
    EXPECT_FALSE(checkin.offersDone()) << "a check-in is written on the goal's page";

    // The look-back date: due on its day.
    items = due(today.addDays(20));
    std::optional<DueItem> lookBack = byPrefix(items, QStringLiteral("lookback-"));
    ASSERT_TRUE(lookBack);
    EXPECT_EQ(lookBack->state, DueItem::State::Due);
    EXPECT_EQ(lookBack->entryId(), goal);
    EXPECT_EQ(byPrefix(due(today.addDays(21)), QStringLiteral("lookback-"))->state, DueItem::State::Overdue);

    const QList<Reminder> list = h.reminders();
    ASSERT_EQ(list.size(), 2) << describe(list).join(QLatin1Char('\n')).toStdString();
    std::optional<Reminder> r = byPrefix(list, QStringLiteral("checkin-"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->id, checkin.id);
    EXPECT_EQ(r->dueItemId, checkin.id);
    EXPECT_EQ(r->startDate, today.addDays(-3));
    EXPECT_EQ(r->repeat, Reminder::Repeat::EveryNDays);
    EXPECT_EQ(r->interval, 7);
    EXPECT_EQ(r->time, QTime(18, 0));
    EXPECT_EQ(r->entryId, goal);
    EXPECT_EQ(r->title, QStringLiteral("Check in: ") + kWalk);
    r = byPrefix(list, QStringLiteral("lookback-"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->repeat, Reminder::Repeat::Once);
    EXPECT_EQ(r->startDate, today.addDays(20));
    EXPECT_EQ(r->dueItemId, r->id);
}

TEST_F(GoalsRemindersTest, CheckingInMovesTheReminderAWeekOn)
{
    ASSERT_FALSE(checkIn().isEmpty())
        << h.backend()->property("lastError").toString().toStdString();
    const QList<DueItem> items = due(today);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).state, DueItem::State::Done);
    EXPECT_TRUE(due(today.addDays(6)).isEmpty());
    EXPECT_EQ(due(today.addDays(7)).at(0).state, DueItem::State::Due);
    std::optional<Reminder> r = byPrefix(h.reminders(), QStringLiteral("checkin-"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->startDate, today.addDays(7));
}

TEST_F(GoalsRemindersTest, AFinishedGoalHasNothingDue)
{
    QVariantMap form = load();
    ASSERT_FALSE(form.isEmpty());
    form[QStringLiteral("lifecycle")] = QStringLiteral("completed");
    ASSERT_EQ(save(form), goal) << h.backend()->property("lastError").toString().toStdString();
    EXPECT_TRUE(due(today).isEmpty());
    EXPECT_TRUE(due(today.addDays(20)).isEmpty());
    EXPECT_TRUE(h.reminders().isEmpty()) << describe(h.reminders()).join(QLatin1Char('\n')).toStdString();
}

TEST_F(GoalsRemindersTest, APlainRestartLeavesThemTheSame)
{
    const QStringList before = describe(h.reminders());
    ASSERT_EQ(before.size(), 2);
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    EXPECT_EQ(describe(h.reminders()), before);
}

TEST_F(GoalsRemindersTest, ALongGoalIsCutToOneLineOf80)
{
    QVariantMap form = load();
    form[QStringLiteral("description")] = QStringLiteral("Walk\nfor twenty minutes ") + QString(200, QLatin1Char('x'));
    ASSERT_EQ(save(form), goal) << h.backend()->property("lastError").toString().toStdString();
    std::optional<Reminder> r = byPrefix(h.reminders(), QStringLiteral("checkin-"));
    ASSERT_TRUE(r) << "the host refused them: " << describe(h.reminders()).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r->title.size(), 80);
    EXPECT_TRUE(r->title.startsWith(QStringLiteral("Check in: Walk for twenty")));
}

TEST(GoalsRemindersSettings, OffInTheProfileMeansNone)
{
    PluginHarness h(QStringLiteral(TESSERA_GOALS_PLUGIN_DIR), QJsonObject{{QStringLiteral("reminders"), false}});
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    QString id;
    const QVariantMap form{{QStringLiteral("description"), kWalk}, {QStringLiteral("checkinFrequency"), QStringLiteral("daily")}};
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveGoal", Q_RETURN_ARG(QString, id), Q_ARG(QString, QString()),
                                          Q_ARG(QVariantMap, form)));
    ASSERT_FALSE(id.isEmpty());
    (void)h.reads();
    EXPECT_TRUE(h.reminders().isEmpty());
    // Still due: a daily goal set today is due tomorrow.
    EXPECT_EQ(dynamic_cast<DueItemSource*>(&h.plugin())->dueItems(QDate::currentDate().addDays(1)).size(), 1);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
