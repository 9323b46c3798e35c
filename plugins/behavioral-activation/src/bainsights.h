// Behavioural activation figures: which activities and life areas lift mood,
// how many plans were done, the week's grid. No journal, no QML.
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

struct MoodLift {
    QString key;          ///< The activity (lower-cased) or the area code.
    QString label;        ///< As first written, or the area's name.
    double meanChange = 0; ///< Mean of mood after minus mood before.
    int count = 0;
};
/// Mean mood change per activity name (case-insensitive), biggest lift first,
/// counting only activities logged at least `minCount` times.
QList<MoodLift> liftByActivity(const QList<sdk::Entry>& activities, int minCount = 1);
/// Mean mood change per life area, biggest lift first.
QList<MoodLift> liftByArea(const QList<sdk::Entry>& activities);

struct WeekPlans {
    QDate weekStart;
    int planned = 0;      ///< Plans whose time fell in the week and has passed.
    int done = 0;
};
/// Done out of planned as a whole percentage, rounded (2 of 3 is 67); 0 when nothing was planned.
int donePercent(int done, int planned);
/// Plans done out of plans due, per ISO week, oldest first.
QList<WeekPlans> planDoneRate(const QList<sdk::Entry>& plans, const QDateTime& now);

/// Activities per day of the week starting `monday` and per area:
/// grid[day 0-6][area index] = count.
QList<QList<int>> weekGrid(const QList<sdk::Entry>& activities, const QDate& monday);

} // namespace tessera::ba
