#include "journalstats.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace tessera::journal {

QList<WeekMood> weeklyMood(const QList<tessera::sdk::Entry>& checkins)
{
    QMap<QDate, QPair<double, int>> weeks;
    for (const auto& e : checkins) {
        if (!e.mood)
            continue;
        const QDate day = e.localOccurredAt().date();
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        auto& w = weeks[monday];
        w.first += *e.mood;
        w.second += 1;
    }
    QList<WeekMood> out;
    for (auto it = weeks.begin(); it != weeks.end(); ++it)
        out << WeekMood{it.key(), it.value().first / it.value().second, it.value().second};
    return out;
}

int checkinDays(const QList<tessera::sdk::Entry>& checkins, const QDate& today, int window)
{
    QSet<QDate> days;
    for (const auto& e : checkins) {
        const QDate d = e.localOccurredAt().date();
        if (d <= today && d > today.addDays(-window))
            days.insert(d);
    }
    return static_cast<int>(days.size());
}

QList<QPair<QString, int>> feelingCounts(const QList<tessera::sdk::Entry>& checkins)
{
    QMap<QString, int> counts;
    for (const auto& e : checkins) {
        for (const QJsonValue& f : e.payload.value(QStringLiteral("feelings")).toArray())
            counts[f.toString()] += 1;
    }
    QList<QPair<QString, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << qMakePair(it.key(), it.value());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

} // namespace tessera::journal
