#include "sleepmath.h"

#include <algorithm>

namespace sleepdiary {

int minutesInBed(const Night& night)
{
    return static_cast<int>(night.bedtime.secsTo(night.wakeTime) / 60);
}

int minutesAsleep(const Night& night)
{
    return std::max(0, minutesInBed(night) - night.minutesToFallAsleep - night.minutesAwake);
}

double sleepEfficiency(const Night& night)
{
    const int inBed = minutesInBed(night);
    if (inBed <= 0)
        return -1;
    return 100.0 * minutesAsleep(night) / inBed;
}

double averageEfficiency(const QList<Night>& nights)
{
    double sum = 0;
    int counted = 0;
    for (const Night& n : nights) {
        const double e = sleepEfficiency(n);
        if (e >= 0) {
            sum += e;
            ++counted;
        }
    }
    return counted == 0 ? -1 : sum / counted;
}

} // namespace sleepdiary
