// Behavioural activation figures: which activities and life areas lift mood,
// how many plans were done, the week's grid. Worked out from the rows of
// Journal::aggregate() (the store adds up the entries; nothing here reads
// them), so the figures cost the same however long the history is. The
// queries that give those rows are here too, so tests run them on a store.
// No journal, no QML.
#pragma once

#include <tessera/sdk/entry.h>

#include <QDate>
#include <QList>
#include <QStringList>

namespace tessera::ba {

/// The five life areas, as stored.
QStringList lifeAreas();
/// A person-facing name for an area code.
QString areaName(const QString& area);

/// Activities since `from`, grouped by `groupBy` ("payload.activity" or
/// "payload.area"), valued by mood after minus mood before.
sdk::AggregateQuery liftQuery(const QString& groupBy, const QDateTime& from);
/// Plans from `from` up to `now` (those still to come are not due), per local
/// week and status.
sdk::AggregateQuery planRateQuery(const QDateTime& from, const QDateTime& now);
/// Activities from `from` to `to`, per local day and area.
sdk::AggregateQuery dayAreaQuery(const QDateTime& from, const QDateTime& to);

struct MoodLift {
    QString key;          ///< The activity (trimmed, lower-cased) or the area code.
    QString label;        ///< As written most often, or the area's name.
    double meanChange = 0; ///< Mean of mood after minus mood before.
    int count = 0;        ///< Entries with both moods.
};
/// Mean mood change per activity name (trimmed, case-insensitive), biggest
/// lift first, counting only activities logged at least `minCount` times with
/// both moods. `rows`: liftQuery("payload.activity", ...).
QList<MoodLift> liftByActivity(const QList<sdk::AggregateRow>& rows, int minCount = 1);
/// Mean mood change per life area, biggest lift first. `rows`: liftQuery("payload.area", ...).
QList<MoodLift> liftByArea(const QList<sdk::AggregateRow>& rows);

struct WeekPlans {
    QDate weekStart;
    int planned = 0;      ///< Plans whose time fell in the week and has passed.
    int done = 0;
};
/// Done out of planned as a whole percentage, rounded (2 of 3 is 67); 0 when nothing was planned.
int donePercent(int done, int planned);
/// Plans done out of plans due, per week (Monday), oldest first. `rows`: planRateQuery().
QList<WeekPlans> planDoneRate(const QList<sdk::AggregateRow>& rows);

/// Activities per day of the week starting `monday` and per area:
/// grid[day 0-6][area index] = count. `rows`: dayAreaQuery() over that week.
QList<QList<int>> weekGrid(const QList<sdk::AggregateRow>& rows, const QDate& monday);

} // namespace tessera::ba
