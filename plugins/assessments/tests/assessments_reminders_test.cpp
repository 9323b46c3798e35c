// Reminders for the questionnaires the clinic schedules (SDK 2.3), through
// the SDK's PluginHarness (the host's real plugin manager, journal and
// reminder storage): one per scheduled measure, on the day it is next due,
// kept in step with the journal, the same after a plain restart.
#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <ostream>

using tessera::sdk::DueItem;
using tessera::sdk::DueItemSource;
using tessera::sdk::Reminder;
using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

// Everything a reminder holds, one line each, by id.
QStringList describe(const QList<Reminder>& list)
{
    QStringList out;
    for (const Reminder& r : list) {
        QStringList days;
        for (int d : r.weekdays)
            days << QString::number(d);
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11|%12")
                   .arg(r.id, r.title, r.pageId, r.entryId, r.startDate.toString(Qt::ISODate),
                        r.time.toString(QStringLiteral("HH:mm")))
                   .arg(int(r.repeat))
                   .arg(r.interval)
                   .arg(days.join(QLatin1Char(',')), r.endDate.toString(Qt::ISODate), r.timeZone, r.dueItemId);
    }
    return out;
}

const Reminder* find(const QList<Reminder>& list, const QString& id)
{
    for (const Reminder& r : list) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject profile()
{
    return {{QStringLiteral("measures"), QJsonArray{QStringLiteral("phq9"),
                                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("audit-c")},
                                                                {QStringLiteral("everyDays"), 90}}}},
            {QStringLiteral("reminderTime"), QStringLiteral("09:30")}};
}

class AssessmentsRemindersTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    // The page's own way of filling one in: every answer 0, then save.
    QString fill(const QString& measure, int items)
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "startFill", Q_RETURN_ARG(bool, ok), Q_ARG(QString, measure)));
        for (int n = 1; n <= items; ++n)
            EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "answer", Q_RETURN_ARG(bool, ok), Q_ARG(int, n), Q_ARG(int, 0)));
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveFill", Q_RETURN_ARG(QString, id)));
        h.reads(); // the journal's change reaches the module
        return id;
    }
    QList<DueItem> due(const QDate& day) const
    {
        auto* source = dynamic_cast<DueItemSource*>(&h.plugin());
        return source ? source->dueItems(day) : QList<DueItem>{};
    }

    PluginHarness h{QStringLiteral(TESSERA_ASSESSMENTS_PLUGIN_DIR), profile()};
};

TEST_F(AssessmentsRemindersTest, OneReminderPerScheduledMeasureOnItsDueDay)
{
    const QDate today = QDate::currentDate();
    const QList<Reminder> list = h.reminders();
    ASSERT_EQ(list.size(), 2) << describe(list).join(QLatin1Char('\n')).toStdString();
    const Reminder* phq9 = find(list, QStringLiteral("questionnaire-phq9"));
    const Reminder* audit = find(list, QStringLiteral("questionnaire-audit-c"));
    ASSERT_TRUE(phq9 && audit) << describe(list).join(QLatin1Char('\n')).toStdString();
    // Never filled in: due today, so the reminder starts today.
    EXPECT_EQ(phq9->startDate, today);
    EXPECT_EQ(phq9->time, QTime(9, 30));
    EXPECT_EQ(phq9->repeat, Reminder::Repeat::EveryNDays);
    EXPECT_EQ(phq9->interval, 14);
    EXPECT_EQ(phq9->pageId, QStringLiteral("fill"));
    EXPECT_EQ(phq9->dueItemId, QStringLiteral("phq9"));
    EXPECT_EQ(phq9->title, QStringLiteral("PHQ-9 questionnaire"));
    EXPECT_TRUE(phq9->timeZone.isEmpty());
    EXPECT_EQ(audit->interval, 90);
    EXPECT_EQ(audit->dueItemId, QStringLiteral("audit-c"));
    // Each reminder's due item is what dueItems() has for that day.
    QStringList ids;
    for (const DueItem& i : due(today)) {
        ids << i.id;
        EXPECT_FALSE(i.offersDone()) << "a questionnaire needs its page";
        EXPECT_FALSE(i.offersSkip());
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("phq9"), QStringLiteral("audit-c")}));
}

TEST_F(AssessmentsRemindersTest, FillingOneInMovesItsReminderToTheNextDueDay)
{
    const QDate today = QDate::currentDate();
    const QStringList before = describe(h.reminders());
    ASSERT_FALSE(fill(QStringLiteral("phq9"), 9).isEmpty()) << h.backend()->property("lastError").toString().toStdString();
    const QList<Reminder> after = h.reminders();
    const Reminder* phq9 = find(after, QStringLiteral("questionnaire-phq9"));
    ASSERT_TRUE(phq9);
    EXPECT_EQ(phq9->startDate, today.addDays(14));
    // The other one is left as it was.
    const Reminder* audit = find(after, QStringLiteral("questionnaire-audit-c"));
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->startDate, today);
    EXPECT_NE(describe(after), before);
    // Due items agree: PHQ-9 is done today and due again in 14 days.
    const QList<DueItem> items = due(today);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).id, QStringLiteral("phq9"));
    EXPECT_EQ(items.at(0).state, DueItem::State::Done);
    EXPECT_TRUE(due(today.addDays(13)).size() == 1); // only AUDIT-C (overdue)
    EXPECT_EQ(due(today.addDays(14)).at(0).id, QStringLiteral("phq9"));
}

TEST_F(AssessmentsRemindersTest, APlainRestartLeavesThemTheSame)
{
    ASSERT_FALSE(fill(QStringLiteral("audit-c"), 3).isEmpty()) << h.backend()->property("lastError").toString().toStdString();
    const QStringList before = describe(h.reminders());
    ASSERT_EQ(before.size(), 2);
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    EXPECT_EQ(describe(h.reminders()), before);
}

TEST(AssessmentsRemindersSettings, OffInTheProfileMeansNone)
{
    QJsonObject settings = profile();
    settings.insert(QStringLiteral("reminders"), false);
    PluginHarness h(QStringLiteral(TESSERA_ASSESSMENTS_PLUGIN_DIR), settings);
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    EXPECT_TRUE(h.reminders().isEmpty());
    EXPECT_FALSE(dynamic_cast<DueItemSource*>(&h.plugin())->dueItems(QDate::currentDate()).isEmpty()); // still due
}

TEST(AssessmentsRemindersSettings, ABadTimeFallsBackTo10)
{
    QJsonObject settings = profile();
    settings.insert(QStringLiteral("reminderTime"), QStringLiteral("25:00"));
    PluginHarness h(QStringLiteral(TESSERA_ASSESSMENTS_PLUGIN_DIR), settings);
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    const QList<Reminder> list = h.reminders();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).time, QTime(10, 0));
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
