// Sleep diary arithmetic: no Qt Quick, no journal, easy to test.
#pragma once

#include <QDateTime>
#include <QList>

namespace sleepdiary {

struct Night {
    QDateTime bedtime;        ///< When the client went to bed (lights out).
    QDateTime wakeTime;       ///< When they got up for the day.
    int minutesToFallAsleep = 0;
    int minutesAwake = 0;     ///< Awake during the night, after first falling asleep.
};

/// Minutes between bedtime and getting up.
int minutesInBed(const Night& night);
/// Minutes in bed minus time to fall asleep and time awake (never below 0).
int minutesAsleep(const Night& night);
/// Time asleep as a percentage of time in bed, 0-100; -1 when time in bed is 0.
double sleepEfficiency(const Night& night);
/// Mean efficiency of the nights that have one; -1 when none.
double averageEfficiency(const QList<Night>& nights);

} // namespace sleepdiary
