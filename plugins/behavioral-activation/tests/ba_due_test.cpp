// The activities module's things due and reminders (SDK 2.3, issue 24),
// through the SDK's PluginHarness (the real module library, the host's real
// plugin manager and journal): today's plans as due items, Done and Skip
// recording exactly what the week page records, and a reminder at each
// planned time for the coming 14 days, kept in step with the plans.
#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/testing/pluginharness.h>

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <optional>
#include <ostream>

using tessera::sdk::DueItem;
using tessera::sdk::DueItemActions;
using tessera::sdk::DueItemSource;
using tessera::sdk::Entry;
using tessera::sdk::EntryQuery;
using tessera::sdk::Reminder;
using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

QString describe(const Reminder& r)
{
    return QStringList{r.id, r.title, r.pageId, r.entryId, r.startDate.toString(Qt::ISODate), r.time.toString(QStringLiteral("HH:mm")),
                       QString::number(int(r.repeat)), r.endDate.toString(Qt::ISODate), r.timeZone, r.dueItemId}
        .join(QLatin1Char('|'));
}
QStringList describe(const QList<Reminder>& list)
{
    QStringList out;
    for (const Reminder& r : list)
        out << describe(r);
    return out;
}

class BaDueTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    DueItemSource& source() { return dynamic_cast<DueItemSource&>(h.plugin()); }
    DueItemActions& actions() { return dynamic_cast<DueItemActions&>(h.plugin()); }
    QString lastError() const { return h.backend()->property("lastError").toString(); }

    // A plan as the week page makes it.
    QString plan(const QString& activity, const QDate& day, const QString& time, const QString& area = QStringLiteral("relationships"))
    {
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "plan", Q_RETURN_ARG(QString, id), Q_ARG(QString, activity), Q_ARG(QString, area),
                                              Q_ARG(QString, day.toString(Qt::ISODate)), Q_ARG(QString, time)));
        EXPECT_FALSE(id.isEmpty()) << lastError().toStdString();
        settle();
        return id;
    }
    // The week page's "Done" saved without moving a slider, and "Not this time" with nothing said.
    bool markDone(const QString& planId)
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "markPlan", Q_RETURN_ARG(bool, ok), Q_ARG(QString, planId), Q_ARG(bool, true),
                                              Q_ARG(int, -1), Q_ARG(int, -1), Q_ARG(int, -1), Q_ARG(int, -1)));
        settle();
        return ok;
    }
    bool markNotDone(const QString& planId)
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "markPlanNotDone", Q_RETURN_ARG(bool, ok), Q_ARG(QString, planId),
                                              Q_ARG(QString, QString())));
        settle();
        return ok;
    }
    static std::optional<DueItem> byEntry(const QList<DueItem>& items, const QString& entryId)
    {
        for (const DueItem& i : items) {
            if (i.entryId() == entryId)
                return i;
        }
        return std::nullopt;
    }
    Entry get(const QString& id) { return h.journal().get(id).value(); }
    // The activity a plan marked done logged.
    std::optional<Entry> activityOf(const Entry& plan)
    {
        EntryQuery q;
        q.kinds = {QStringLiteral("activity")};
        q.limit = 50;
        for (const Entry& a : h.journal().query(q).value().entries) {
            if (a.payload.value(QStringLiteral("planKey")) == plan.payload.value(QStringLiteral("key")))
                return a;
        }
        return std::nullopt;
    }
    static QJsonObject withoutKeys(QJsonObject p)
    {
        p.remove(QStringLiteral("key"));
        p.remove(QStringLiteral("planKey"));
        return p;
    }

    QDate today = QDate::currentDate();
    PluginHarness h{QStringLiteral(TESSERA_BA_PLUGIN_DIR)};
};

TEST_F(BaDueTest, TodaysPlansAreDueInTimeOrder)
{
    const QString evening = plan(QStringLiteral("Walk with Sam"), today, QStringLiteral("21:00"));
    const QString morning = plan(QStringLiteral("Call my sister"), today, QStringLiteral("07:30"));
    plan(QStringLiteral("Swim"), today.addDays(1), QStringLiteral("10:00"), QStringLiteral("mind-body"));

    QList<DueItem> items = source().dueItems(today);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).entryId(), morning);
    EXPECT_EQ(items.at(0).title, QStringLiteral("Call my sister"));
    EXPECT_EQ(items.at(0).time, QTime(7, 30));
    EXPECT_EQ(items.at(1).entryId(), evening);
    EXPECT_EQ(items.at(1).time, QTime(21, 0));
    for (const DueItem& i : items) {
        EXPECT_EQ(i.state, DueItem::State::Due);
        EXPECT_EQ(i.pageId, QStringLiteral("week"));
        EXPECT_EQ(i.dueDate, today);
        EXPECT_TRUE(i.offersDone());
        EXPECT_TRUE(i.offersSkip());
        EXPECT_TRUE(i.id.startsWith(QStringLiteral("plan-")));
        EXPECT_LE(i.id.size(), 40);
    }
    EXPECT_NE(items.at(0).id, items.at(1).id);

    // Marked on the week page: done, and not this time.
    ASSERT_TRUE(markDone(morning));
    ASSERT_TRUE(markNotDone(evening));
    items = source().dueItems(today);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).state, DueItem::State::Done);
    EXPECT_EQ(items.at(1).state, DueItem::State::Skipped);
    EXPECT_FALSE(items.at(0).offersDone());
    EXPECT_FALSE(items.at(1).offersSkip());

    // Another day is read on its own.
    const QList<DueItem> tomorrow = source().dueItems(today.addDays(1));
    ASSERT_EQ(tomorrow.size(), 1);
    EXPECT_EQ(tomorrow.at(0).title, QStringLiteral("Swim"));
}

TEST_F(BaDueTest, DoneAndSkipWriteWhatTheWeekPageWrites)
{
    // Two plans alike: one marked from Today, one on the week page.
    const QString viaToday = plan(QStringLiteral("Walk with Sam"), today, QStringLiteral("09:00"));
    const QString viaPage = plan(QStringLiteral("Walk with Sam"), today, QStringLiteral("09:00"));
    const QString skipToday = plan(QStringLiteral("Read for 20 minutes"), today, QStringLiteral("19:00"), QStringLiteral("recreation"));
    const QString skipPage = plan(QStringLiteral("Read for 20 minutes"), today, QStringLiteral("19:00"), QStringLiteral("recreation"));
    const QList<DueItem> items = source().dueItems(today);
    ASSERT_EQ(items.size(), 4);

    const auto done = actions().actOnDueItem(today, byEntry(items, viaToday)->id, DueItemActions::Action::Done);
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    // The host asks again at once, before the event loop turns: already current.
    EXPECT_EQ(byEntry(source().dueItems(today), viaToday)->state, DueItem::State::Done);
    settle();
    ASSERT_TRUE(markDone(viaPage));
    const Entry a = get(viaToday), b = get(viaPage);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.summary, b.summary);
    EXPECT_EQ(withoutKeys(a.payload), withoutKeys(b.payload)) << QJsonDocument(a.payload).toJson().toStdString();
    EXPECT_EQ(a.payload.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const auto actA = activityOf(a), actB = activityOf(b);
    ASSERT_TRUE(actA.has_value());
    ASSERT_TRUE(actB.has_value());
    EXPECT_EQ(actA->kind, actB->kind);
    EXPECT_EQ(actA->title, actB->title);
    EXPECT_EQ(actA->summary, actB->summary);
    EXPECT_EQ(withoutKeys(actA->payload), withoutKeys(actB->payload)) << QJsonDocument(actA->payload).toJson().toStdString();
    EXPECT_FALSE(actA->payload.contains(QStringLiteral("mastery"))); // no rating made up
    EXPECT_EQ(h.journal().links(actA->id).value().size(), h.journal().links(actB->id).value().size());

    const auto skipped = actions().actOnDueItem(today, byEntry(items, skipToday)->id, DueItemActions::Action::Skip);
    ASSERT_TRUE(skipped.ok()) << skipped.error().toString().toStdString();
    settle();
    ASSERT_TRUE(markNotDone(skipPage));
    const Entry c = get(skipToday), d = get(skipPage);
    EXPECT_EQ(c.kind, d.kind);
    EXPECT_EQ(c.title, d.title);
    EXPECT_EQ(c.summary, d.summary);
    EXPECT_EQ(withoutKeys(c.payload), withoutKeys(d.payload));
    EXPECT_EQ(c.payload.value(QStringLiteral("status")).toString(), QStringLiteral("not-done"));
    EXPECT_FALSE(activityOf(c).has_value());

    // Marked already (a stale notification): refused, nothing more written.
    const auto again = actions().actOnDueItem(today, byEntry(items, viaToday)->id, DueItemActions::Action::Done);
    EXPECT_FALSE(again.ok());
    EXPECT_FALSE(again.error().message.isEmpty());
    EntryQuery q;
    q.kinds = {QStringLiteral("activity")};
    EXPECT_EQ(h.journal().count(q).value(), 2);
    const auto unknown = actions().actOnDueItem(today, QStringLiteral("plan-000000000000"), DueItemActions::Action::Skip);
    EXPECT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, tessera::sdk::ErrorCode::NotFound);
}

TEST_F(BaDueTest, AReminderAtEachPlannedTimeForTheComing14Days)
{
    EXPECT_TRUE(h.reminders().isEmpty());
    const QString soon = plan(QStringLiteral("Coffee with Sam"), today.addDays(1), QStringLiteral("10:15"));
    const QString later = plan(QStringLiteral("Applied for a course"), today.addDays(13), QStringLiteral("18:00"), QStringLiteral("work-study"));
    plan(QStringLiteral("Too far ahead"), today.addDays(20), QStringLiteral("09:00"));
    plan(QStringLiteral("Already past"), today.addDays(-2), QStringLiteral("09:00"));

    QList<Reminder> reminders = h.reminders();
    ASSERT_EQ(reminders.size(), 2) << describe(reminders).join(QLatin1Char('\n')).toStdString();
    std::optional<Reminder> first, second;
    for (const Reminder& r : reminders)
        (r.entryId == soon ? first : second) = r;
    ASSERT_TRUE(first.has_value());
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->entryId, later);
    EXPECT_EQ(first->title, QStringLiteral("Coffee with Sam"));
    EXPECT_EQ(first->startDate, today.addDays(1));
    EXPECT_EQ(first->time, QTime(10, 15));
    EXPECT_EQ(first->repeat, Reminder::Repeat::Once);
    EXPECT_EQ(first->pageId, QStringLiteral("week"));
    EXPECT_EQ(first->dueItemId, first->id);
    EXPECT_EQ(source().dueItems(today.addDays(1)).at(0).id, first->id); // the due item it is about
    EXPECT_EQ(second->startDate, today.addDays(13));

    // A plain restart schedules the very same list.
    const QStringList before = describe(h.reminders());
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    settle();
    EXPECT_EQ(describe(h.reminders()), before);

    // A new plan brings one; a plan marked (done or not this time) takes its own away.
    const QString added = plan(QStringLiteral("Cook a proper meal"), today.addDays(2), QStringLiteral("18:30"), QStringLiteral("responsibilities"));
    EXPECT_EQ(h.reminders().size(), 3);
    const auto skip = actions().actOnDueItem(today.addDays(1), first->dueItemId, DueItemActions::Action::Skip);
    ASSERT_TRUE(skip.ok()) << skip.error().toString().toStdString();
    settle();
    reminders = h.reminders();
    ASSERT_EQ(reminders.size(), 2);
    for (const Reminder& r : reminders)
        EXPECT_NE(r.entryId, soon);
    ASSERT_TRUE(markDone(added));
    ASSERT_EQ(h.reminders().size(), 1);
    EXPECT_EQ(h.reminders().at(0).entryId, later);
}

TEST_F(BaDueTest, TheSameWhicheverWeekThePageShows)
{
    // Today's and this week's plans come from the week read when this week is
    // shown; with another week shown, the days ahead are read on their own.
    const QString todays = plan(QStringLiteral("Walk with Sam"), today, QStringLiteral("18:00"));
    plan(QStringLiteral("Coffee with Sam"), today.addDays(6), QStringLiteral("11:00"));
    plan(QStringLiteral("Swim"), today.addDays(10), QStringLiteral("08:00"), QStringLiteral("mind-body"));
    const QStringList reminders = describe(h.reminders());
    ASSERT_EQ(reminders.size(), 3);
    const QString todayItem = source().dueItems(today).at(0).id;

    h.backend()->setProperty("weekOffset", -3);
    settle();
    plan(QStringLiteral("Too far ahead"), today.addDays(30), QStringLiteral("09:00")); // a change: a refresh with week -3 shown
    EXPECT_EQ(h.backend()->property("weekOffset").toInt(), -3);
    EXPECT_EQ(describe(h.reminders()), reminders);
    const QList<DueItem> items = source().dueItems(today);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).id, todayItem);
    EXPECT_EQ(items.at(0).entryId(), todays);
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
