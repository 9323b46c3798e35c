// Figures from the practice log: minutes a week, days practised, by practice.
#pragma once

#include <tessera/sdk/entry.h>

#include <QDate>
#include <QList>

namespace tessera::mbct {

struct WeekFigure {
    QDate monday;
    int minutes = 0;
    int practices = 0;
};

struct PracticeFigure {
    QString code;
    int count = 0;
    int minutes = 0;
};

struct PracticeStats {
    int minutesThisWeek = 0;   ///< since Monday
    int practicesThisWeek = 0;
    int daysLast7 = 0;         ///< days with a practice among the last seven, today included
    int daysInARow = 0;        ///< consecutive days with a practice, up to today or yesterday (within the weeks)
    QList<WeekFigure> weeks;   ///< the last `weeks` weeks, oldest first, this week last
    QList<PracticeFigure> byPractice; ///< the last 30 days (at most the weeks), most practised first
};

/// Practices of one kind on one local day: a row of Journal::aggregate() by day and practice.
struct DayPractice {
    QDate day;
    QString code;
    int count = 0;
    double seconds = 0;
};

/// Figures for `practices` (entries of kind mbct/practice, any order) as of `today`
/// (local dates). Minutes are the real durations, rounded to the nearest minute.
PracticeStats practiceStats(const QList<sdk::Entry>& practices, const QDate& today, int weeks = 8);
/// The same figures from practices summed by day and practice (what the module
/// asks the journal for: it does not read the practices themselves). Days
/// before the first of the `weeks` weeks are left out, so daysInARow counts
/// back at most that far.
PracticeStats practiceStatsByDay(const QList<DayPractice>& days, const QDate& today, int weeks = 8);
/// The first day practiceStats() looks at: the Monday `weeks` - 1 weeks before today's.
QDate firstStatsDay(const QDate& today, int weeks = 8);

} // namespace tessera::mbct
