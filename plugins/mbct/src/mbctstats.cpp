#include "mbctstats.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tessera::mbct {

QDate firstStatsDay(const QDate& today, int weeks)
{
    return today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1));
}

PracticeStats practiceStats(const QList<sdk::Entry>& practices, const QDate& today, int weeks)
{
    QList<DayPractice> days;
    days.reserve(practices.size());
    for (const sdk::Entry& e : practices)
        days << DayPractice{e.localOccurredAt().date(), e.payload.value(QStringLiteral("practice")).toString(), 1,
                            e.payload.value(QStringLiteral("seconds")).toDouble()};
    return practiceStatsByDay(days, today, weeks);
}

PracticeStats practiceStatsByDay(const QList<DayPractice>& rows, const QDate& today, int weeks)
{
    PracticeStats s;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate first = firstStatsDay(today, weeks);
    for (int i = weeks - 1; i >= 0; --i)
        s.weeks << WeekFigure{monday.addDays(-7 * i), 0, 0};
    QSet<QDate> days;
    QHash<QString, PracticeFigure> by;
    double secondsThisWeek = 0;
    QList<double> weekSeconds(weeks, 0.0);
    QHash<QString, double> bySeconds;
    for (const DayPractice& r : rows) {
        const QDate day = r.day;
        if (day > today || day < first || r.count <= 0)
            continue;
        days.insert(day);
        if (day >= monday) {
            secondsThisWeek += r.seconds;
            s.practicesThisWeek += r.count;
        }
        const qint64 weeksBack = (monday.toJulianDay() - day.addDays(1 - day.dayOfWeek()).toJulianDay()) / 7;
        if (weeksBack >= 0 && weeksBack < weeks) {
            const int at = weeks - 1 - static_cast<int>(weeksBack);
            weekSeconds[at] += r.seconds;
            s.weeks[at].practices += r.count;
        }
        if (day > today.addDays(-30)) {
            PracticeFigure& f = by[r.code];
            f.code = r.code;
            f.count += r.count;
            bySeconds[r.code] += r.seconds;
        }
    }
    const auto minutes = [](double seconds) { return static_cast<int>(std::lround(seconds / 60.0)); };
    s.minutesThisWeek = minutes(secondsThisWeek);
    for (int i = 0; i < weeks; ++i)
        s.weeks[i].minutes = minutes(weekSeconds.at(i));
    for (int i = 0; i < 7; ++i)
        s.daysLast7 += days.contains(today.addDays(-i)) ? 1 : 0;
    QDate d = days.contains(today) ? today : today.addDays(-1);
    while (days.contains(d)) {
        ++s.daysInARow;
        d = d.addDays(-1);
    }
    for (auto it = by.begin(); it != by.end(); ++it) {
        it->minutes = minutes(bySeconds.value(it.key()));
        s.byPractice << *it;
    }
    std::sort(s.byPractice.begin(), s.byPractice.end(), [](const PracticeFigure& a, const PracticeFigure& b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return s;
}

} // namespace tessera::mbct
