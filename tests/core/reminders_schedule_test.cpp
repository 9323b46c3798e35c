// When reminders fire (issue 24): wall-clock times in a zone, across real
// daylight-saving changes, weekly, every N days, end dates.
#include "reminders/reminderschedule.h"

#include "testsupport.h"

using namespace tessera;
using namespace tessera::core;

namespace {

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");

sdk::Reminder at(QTime time, sdk::Reminder::Repeat repeat = sdk::Reminder::Repeat::Daily, QDate start = QDate(2026, 3, 1))
{
    sdk::Reminder r;
    r.id = QStringLiteral("r");
    r.title = QStringLiteral("Morning tablet");
    r.pageId = QStringLiteral("take");
    r.startDate = start;
    r.time = time;
    r.repeat = repeat;
    return r;
}

QDateTime utc(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }
QString local(const QDateTime& t, const QTimeZone& zone) { return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t")); }

TEST(ReminderSchedule, EightOClockStaysEightOClockAcrossBothBerlinChanges)
{
    const sdk::Reminder r = at(QTime(8, 0));
    // Spring forward on 2026-03-29 (02:00 -> 03:00): 08:00 CET the day before, 08:00 CEST on the day.
    QDateTime t = nextReminderOccurrence(r, utc(QStringLiteral("2026-03-28T12:00:00Z")), berlin);
    EXPECT_EQ(t, utc(QStringLiteral("2026-03-29T06:00:00Z"))) << local(t, berlin).toStdString();
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-03-27T12:00:00Z")), berlin),
              utc(QStringLiteral("2026-03-28T07:00:00Z")));
    // Fall back on 2026-10-25 (03:00 -> 02:00).
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-10-24T12:00:00Z")), berlin),
              utc(QStringLiteral("2026-10-25T07:00:00Z")));
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-10-23T12:00:00Z")), berlin),
              utc(QStringLiteral("2026-10-24T06:00:00Z")));
}

TEST(ReminderSchedule, ATimeInTheSpringGapFiresAtTheFirstMinuteAfterIt)
{
    const sdk::Reminder r = at(QTime(2, 30));
    const QDateTime t = nextReminderOccurrence(r, utc(QStringLiteral("2026-03-28T12:00:00Z")), berlin);
    EXPECT_EQ(local(t, berlin), QStringLiteral("2026-03-29 03:00 CEST"));
    EXPECT_EQ(t, utc(QStringLiteral("2026-03-29T01:00:00Z")));
    // New York, 2026-03-08 02:00 -> 03:00.
    const QDateTime ny = nextReminderOccurrence(r, utc(QStringLiteral("2026-03-07T12:00:00Z")), newYork);
    EXPECT_EQ(ny, utc(QStringLiteral("2026-03-08T07:00:00Z"))) << local(ny, newYork).toStdString();
    // The day after, 02:30 again.
    EXPECT_EQ(nextReminderOccurrence(r, t, berlin), utc(QStringLiteral("2026-03-30T00:30:00Z")));
}

TEST(ReminderSchedule, ATimeThatHappensTwiceFiresOnceTheFirstTime)
{
    const sdk::Reminder r = at(QTime(2, 30));
    const QDateTime first = nextReminderOccurrence(r, utc(QStringLiteral("2026-10-24T12:00:00Z")), berlin);
    EXPECT_EQ(first, utc(QStringLiteral("2026-10-25T00:30:00Z"))); // 02:30 CEST
    // Not again at 02:30 CET an hour later: the next is the day after.
    EXPECT_EQ(nextReminderOccurrence(r, first, berlin), utc(QStringLiteral("2026-10-26T01:30:00Z")));
    const auto all = reminderOccurrences(r, utc(QStringLiteral("2026-10-24T12:00:00Z")), utc(QStringLiteral("2026-10-26T12:00:00Z")), berlin);
    EXPECT_EQ(all.size(), 2);
    // New York, 2026-11-01 01:30 happens twice: the first (EDT, UTC-4).
    const sdk::Reminder early = at(QTime(1, 30));
    EXPECT_EQ(nextReminderOccurrence(early, utc(QStringLiteral("2026-10-31T12:00:00Z")), newYork),
              utc(QStringLiteral("2026-11-01T05:30:00Z")));
}

TEST(ReminderSchedule, AFixedZoneIgnoresTheLocalOne)
{
    sdk::Reminder r = at(QTime(9, 0));
    r.timeZone = QStringLiteral("America/New_York");
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-06-01T00:00:00Z")), berlin),
              utc(QStringLiteral("2026-06-01T13:00:00Z")));
    r.timeZone.clear();
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-06-01T00:00:00Z")), berlin),
              utc(QStringLiteral("2026-06-01T07:00:00Z")));
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-06-01T00:00:00Z")), newYork),
              utc(QStringLiteral("2026-06-01T13:00:00Z")));
}

TEST(ReminderSchedule, WeeklyOnTheDaysListed)
{
    sdk::Reminder r = at(QTime(17, 30), sdk::Reminder::Repeat::Weekly, QDate(2026, 6, 1)); // a Monday
    r.weekdays = {3, 5}; // Wednesday, Friday
    const auto all = reminderOccurrences(r, utc(QStringLiteral("2026-05-01T00:00:00Z")), utc(QStringLiteral("2026-06-14T00:00:00Z")), berlin);
    QStringList days;
    for (const QDateTime& t : all)
        days << t.toTimeZone(berlin).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    EXPECT_EQ(days, (QStringList{QStringLiteral("2026-06-03 17:30"), QStringLiteral("2026-06-05 17:30"),
                                 QStringLiteral("2026-06-10 17:30"), QStringLiteral("2026-06-12 17:30")}));
}

TEST(ReminderSchedule, EveryNDaysFromTheStartAndAnEndDate)
{
    sdk::Reminder r = at(QTime(20, 0), sdk::Reminder::Repeat::EveryNDays, QDate(2026, 3, 27));
    r.interval = 3;
    r.endDate = QDate(2026, 4, 5);
    const auto all = reminderOccurrences(r, utc(QStringLiteral("2026-01-01T00:00:00Z")), utc(QStringLiteral("2026-12-31T00:00:00Z")), berlin);
    QStringList days;
    for (const QDateTime& t : all)
        days << local(t, berlin);
    // Across the spring change, still 20:00; nothing after the end.
    EXPECT_EQ(days, (QStringList{QStringLiteral("2026-03-27 20:00 CET"), QStringLiteral("2026-03-30 20:00 CEST"),
                                 QStringLiteral("2026-04-02 20:00 CEST"), QStringLiteral("2026-04-05 20:00 CEST")}));
    // From far on, in one step (no day-by-day walk).
    r.endDate = QDate();
    r.interval = 366;
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2030-01-01T00:00:00Z")), berlin).toTimeZone(berlin).date(),
              QDate(2026, 3, 27).addDays(366 * 4));
}

TEST(ReminderSchedule, OnceFiresOnceAndNotBeforeItsDay)
{
    const sdk::Reminder r = at(QTime(8, 0), sdk::Reminder::Repeat::Once, QDate(2026, 5, 4));
    EXPECT_EQ(nextReminderOccurrence(r, utc(QStringLiteral("2026-01-01T00:00:00Z")), berlin),
              utc(QStringLiteral("2026-05-04T06:00:00Z")));
    EXPECT_FALSE(nextReminderOccurrence(r, utc(QStringLiteral("2026-05-04T06:00:00Z")), berlin).isValid());
    sdk::Reminder daily = at(QTime(8, 0));
    daily.endDate = QDate(2026, 3, 2);
    EXPECT_EQ(reminderOccurrences(daily, utc(QStringLiteral("2026-01-01T00:00:00Z")), utc(QStringLiteral("2027-01-01T00:00:00Z")), berlin).size(), 2);
}

} // namespace
