// Figures the journal module shows: weekly mood, days checked in, feelings.
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
    int checkins = 0;
};

/// Mean check-in mood per ISO week (Monday start), oldest first; weeks
/// without check-ins are left out. Entries without a mood are ignored.
QList<WeekMood> weeklyMood(const QList<tessera::sdk::Entry>& checkins);

/// On how many different days in the `window` days ending `today` there was
/// a check-in. What was done, never a streak: a missed day is not a failure
/// to count against the client.
int checkinDays(const QList<tessera::sdk::Entry>& checkins, const QDate& today, int window = 14);

/// Feeling words by how often they were chosen, most frequent first (ties by name).
QList<QPair<QString, int>> feelingCounts(const QList<tessera::sdk::Entry>& checkins);

} // namespace tessera::journal
