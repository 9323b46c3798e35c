// The figures the CBT module shows, computed from thought records.
#pragma once

#include <tessera/sdk/entry.h>

#include <QDate>
#include <QList>
#include <QPair>

namespace tessera::cbt {

/// Mean fall in mood intensity (before minus after, percentage points)
/// across the moods of one record that were rated both times; nullopt when
/// none were.
std::optional<double> moodChange(const QJsonObject& record);

struct WeekChange {
    QDate weekStart;        ///< Monday.
    double meanChange = 0;  ///< Mean of the week's records' moodChange.
    int records = 0;        ///< Records with a change that week.
};
/// Mean mood change per ISO week, oldest first (complete records only).
QList<WeekChange> weeklyMoodChange(const QList<sdk::Entry>& records);

/// Distortion ids tagged on records since `since` (local date), most
/// frequent first, ties by id.
QList<QPair<QString, int>> distortionCounts(const QList<sdk::Entry>& records, const QDate& since);

/// Records (drafts included) per ISO week for the `weeks` weeks ending with
/// the week of `today`, oldest first; weeks without records count 0.
QList<QPair<QDate, int>> recordsPerWeek(const QList<sdk::Entry>& records, const QDate& today, int weeks);

} // namespace tessera::cbt
