// The figures the CBT module shows, computed from thought records.
#pragma once

#include <tessera/sdk/entry.h>

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace tessera::cbt {

/// Mood words taken as pleasant when the client has not said (lower case).
QStringList builtInPleasantMoods();
/// Whether a mood name reads as pleasant: the whole name or one of its words
/// is on the built-in list or `extra` (the clinic's own words), and it is not
/// negated ("not hopeful").
bool isPleasantMood(const QString& name, const QStringList& extra = {});
/// A payload mood's own "pleasant" mark when the client set one, else
/// isPleasantMood() on its name.
bool isPleasant(const QJsonObject& mood, const QStringList& extra = {});

/// Mean change for the better (percentage points) across the moods of one
/// record rated both times: an unpleasant mood that eases counts positive,
/// a pleasant one that grows counts positive; negative when moods got worse.
/// nullopt when no mood was rated both times.
std::optional<double> moodChange(const QJsonObject& record, const QStringList& extraPleasant = {});

struct WeekChange {
    QDate weekStart;        ///< Monday.
    double meanChange = 0;  ///< Mean of the week's records' moodChange.
    int records = 0;        ///< Records with a change that week.
};
/// Mean mood change per ISO week, oldest first (complete records only).
QList<WeekChange> weeklyMoodChange(const QList<sdk::Entry>& records, const QStringList& extraPleasant = {});

/// Thought records from `from`, per local day and set of distortions (the
/// rows of Journal::aggregate(): the store adds them up, nothing is read).
sdk::AggregateQuery distortionQuery(const QDateTime& from);
/// Distortion ids tagged on records since `since` (local date), most
/// frequent first, ties by id. `rows`: distortionQuery() from that day or earlier.
QList<QPair<QString, int>> distortionCounts(const QList<sdk::AggregateRow>& rows, const QDate& since);

/// Thought records (drafts included) from `from`, per local week.
sdk::AggregateQuery perWeekQuery(const QDateTime& from);
/// Records (drafts included) per ISO week for the `weeks` weeks ending with
/// the week of `today`, oldest first; weeks without records count 0.
/// `rows`: perWeekQuery() from the first of those weeks or earlier.
QList<QPair<QDate, int>> recordsPerWeek(const QList<sdk::AggregateRow>& rows, const QDate& today, int weeks);

} // namespace tessera::cbt
