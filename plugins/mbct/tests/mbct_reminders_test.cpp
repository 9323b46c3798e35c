// The day's practice and the staying-well plan's review date (SDK 2.3),
// through the SDK's PluginHarness (the host's real plugin manager, journal
// and reminder storage): what is due on a day, the reminders kept in step
// with the module's state, and the same after a plain restart.
#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QJsonObject>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <optional>

#include <ostream>

using tessera::sdk::DueItem;
using tessera::sdk::DueItemSource;
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

// Copies, never pointers into the list: h.reminders() and due() return
// temporaries (a pointer into one outlived it: heap-use-after-free under ASan).
std::optional<Reminder> find(const QList<Reminder>& list, const QString& id)
{
    for (const Reminder& r : list) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<DueItem> findItem(const QList<DueItem>& list, const QString& id)
{
    for (const DueItem& i : list) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

class MbctRemindersTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    QList<DueItem> due(const QDate& day) const
    {
        auto* source = dynamic_cast<DueItemSource*>(&h.plugin());
        return source ? source->dueItems(day) : QList<DueItem>{};
    }
    // The practice page's way: the timer, then the log form.
    QString practise()
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "startPractice", Q_RETURN_ARG(bool, ok),
                                              Q_ARG(QString, QStringLiteral("breathing-space")), Q_ARG(int, 3)));
        EXPECT_TRUE(ok);
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "finish"));
        QString id;
        const QVariantMap form{{QStringLiteral("seconds"), 180}};
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "logPractice", Q_RETURN_ARG(QString, id), Q_ARG(QString, QString()),
                                              Q_ARG(QVariantMap, form)));
        h.reads(); // the journal's change reaches the module
        return id;
    }
    // The plan page's way.
    QString savePlan(const QDate& review)
    {
        const QVariantMap form{
            {QStringLiteral("signs"), QVariantMap{{QStringLiteral("body"), QStringLiteral("Waking early")}}},
            {QStringLiteral("reviewDate"), review.toString(Qt::ISODate)}};
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "savePlan", Q_RETURN_ARG(QString, id), Q_ARG(QVariantMap, form)));
        h.reads();
        return id;
    }

    PluginHarness h{QStringLiteral(TESSERA_MBCT_PLUGIN_DIR), QJsonObject{{QStringLiteral("reminderTime"), QStringLiteral("07:45")}}};
};

TEST_F(MbctRemindersTest, TheDaysPracticeIsDueUntilOneIsLogged)
{
    const QDate today = QDate::currentDate();
    QList<DueItem> items = due(today);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).id, QStringLiteral("practice"));
    EXPECT_EQ(items.at(0).state, DueItem::State::Due);
    EXPECT_EQ(items.at(0).title, QStringLiteral("Home practice, week 1"));
    EXPECT_EQ(items.at(0).detail, QStringLiteral("A body scan on six days"));
    EXPECT_EQ(items.at(0).pageId, QStringLiteral("practice"));
    EXPECT_FALSE(items.at(0).offersDone()) << "a practice is logged from its timer";

    const QList<Reminder> before = h.reminders();
    ASSERT_EQ(before.size(), 1) << describe(before).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(before.at(0).id, QStringLiteral("practice"));
    EXPECT_EQ(before.at(0).repeat, Reminder::Repeat::Daily);
    EXPECT_EQ(before.at(0).time, QTime(7, 45));
    EXPECT_EQ(before.at(0).startDate, today);
    EXPECT_EQ(before.at(0).dueItemId, QStringLiteral("practice"));
    EXPECT_EQ(before.at(0).pageId, QStringLiteral("practice"));

    ASSERT_FALSE(practise().isEmpty()) << h.backend()->property("lastError").toString().toStdString();
    items = due(today);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).state, DueItem::State::Done);
    EXPECT_EQ(due(today.addDays(1)).at(0).state, DueItem::State::Due); // a new day
    // The daily reminder stays as it was: it skips a day already practised.
    EXPECT_EQ(describe(h.reminders()), describe(before));
}

TEST_F(MbctRemindersTest, ThePlansReviewDateIsDueAndReminded)
{
    const QDate today = QDate::currentDate();
    const QString plan = savePlan(today.addDays(5));
    ASSERT_FALSE(plan.isEmpty()) << h.backend()->property("lastError").toString().toStdString();
    std::optional<Reminder> review = find(h.reminders(), QStringLiteral("plan-review"));
    ASSERT_TRUE(review) << describe(h.reminders()).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(review->startDate, today.addDays(5));
    EXPECT_EQ(review->repeat, Reminder::Repeat::Once);
    EXPECT_EQ(review->time, QTime(7, 45));
    EXPECT_EQ(review->entryId, plan);
    EXPECT_EQ(review->pageId, QStringLiteral("plan"));
    EXPECT_EQ(review->dueItemId, QStringLiteral("plan-review"));

    EXPECT_FALSE(findItem(due(today.addDays(4)), QStringLiteral("plan-review")));
    const QList<DueItem> onTheDay = due(today.addDays(5));
    std::optional<DueItem> item = findItem(onTheDay, QStringLiteral("plan-review"));
    ASSERT_TRUE(item);
    EXPECT_EQ(item->state, DueItem::State::Due);
    EXPECT_EQ(item->entryId(), plan);
    const QList<DueItem> later = due(today.addDays(8));
    item = findItem(later, QStringLiteral("plan-review"));
    ASSERT_TRUE(item);
    EXPECT_EQ(item->state, DueItem::State::Overdue);
    EXPECT_EQ(item->dueDate, today.addDays(5));

    // A new date moves the reminder.
    ASSERT_EQ(savePlan(today.addDays(30)), plan);
    review = find(h.reminders(), QStringLiteral("plan-review"));
    ASSERT_TRUE(review);
    EXPECT_EQ(review->startDate, today.addDays(30));
}

TEST_F(MbctRemindersTest, APlainRestartLeavesThemTheSame)
{
    ASSERT_FALSE(savePlan(QDate::currentDate().addDays(12)).isEmpty());
    ASSERT_FALSE(practise().isEmpty());
    const QStringList before = describe(h.reminders());
    ASSERT_EQ(before.size(), 2);
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    EXPECT_EQ(describe(h.reminders()), before);
    EXPECT_EQ(due(QDate::currentDate()).at(0).state, DueItem::State::Done);
}

TEST(MbctRemindersSettings, OffInTheProfileMeansNone)
{
    PluginHarness h(QStringLiteral(TESSERA_MBCT_PLUGIN_DIR), QJsonObject{{QStringLiteral("reminders"), false}});
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    EXPECT_TRUE(h.reminders().isEmpty());
}

TEST(MbctRemindersSettings, TheDefaultTimeIsNine)
{
    PluginHarness h(QStringLiteral(TESSERA_MBCT_PLUGIN_DIR), QJsonObject{{QStringLiteral("reminderTime"), 9}});
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    ASSERT_EQ(h.reminders().size(), 1);
    EXPECT_EQ(h.reminders().at(0).time, QTime(9, 0));
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
