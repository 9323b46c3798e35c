// Figures the journal module shows: weekly mood, days checked in, feelings.
// Worked out from Journal::aggregate() rows, so the module reads no entries
// for them, however long the journal is (issue 18).
#pragma once

#include <tessera/sdk/entry.h>

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace tessera::journal {

struct WeekMood {
    QDate weekStart;     ///< Monday of the week (local date).
    double average = 0;  ///< Mean mood of the week's check-ins.
    int checkins = 0;    ///< Check-ins with a mood that week.
};

/// The period the figures cover: the 12 weeks (Monday to Sunday) ending
/// with the week of `today`. Its first day.
QDate statsFrom(const QDate& today);

/// Check-ins by local day from `from` with their mood (value "mood"):
/// what weeklyMood() and checkinDays() read.
tessera::sdk::AggregateQuery checkinsByDay(const QDate& from);
/// Check-ins from `from` split by their feeling words ("payload.feelings",
/// one row per distinct list): what feelingCounts() reads.
tessera::sdk::AggregateQuery checkinsByFeelings(const QDate& from);

/// Mean check-in mood per ISO week (Monday start), oldest first, from
/// checkinsByDay() rows; weeks without a mood are left out.
QList<WeekMood> weeklyMood(const QList<tessera::sdk::AggregateRow>& days);

/// On how many different days in the `window` days ending `today` there was
/// a check-in, from checkinsByDay() rows. What was done, never a streak: a
/// missed day is not a failure to count against the client.
int checkinDays(const QList<tessera::sdk::AggregateRow>& days, const QDate& today, int window = 14);

/// Feeling words by how often they were chosen, most frequent first (ties
/// by name), from checkinsByFeelings() rows.
QList<QPair<QString, int>> feelingCounts(const QList<tessera::sdk::AggregateRow>& groups);

} // namespace tessera::journal
