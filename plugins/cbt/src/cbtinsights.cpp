#include "cbtinsights.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace tessera::cbt {

namespace {
QDate mondayOf(const QDate& d) { return d.addDays(1 - d.dayOfWeek()); }
bool isComplete(const sdk::Entry& e) { return e.payload.value(QStringLiteral("status")).toString() == QLatin1String("complete"); }
} // namespace

std::optional<double> moodChange(const QJsonObject& record)
{
    double sum = 0;
    int n = 0;
    for (const QJsonValue& v : record.value(QStringLiteral("moods")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("before")).isDouble() && m.value(QStringLiteral("after")).isDouble()) {
            sum += m.value(QStringLiteral("before")).toDouble() - m.value(QStringLiteral("after")).toDouble();
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

QList<WeekChange> weeklyMoodChange(const QList<sdk::Entry>& records)
{
    QMap<QDate, QPair<double, int>> weeks;
    for (const sdk::Entry& e : records) {
        if (!isComplete(e))
            continue;
        if (auto change = moodChange(e.payload)) {
            auto& w = weeks[mondayOf(e.localOccurredAt().date())];
            w.first += *change;
            w.second += 1;
        }
    }
    QList<WeekChange> out;
    for (auto it = weeks.begin(); it != weeks.end(); ++it)
        out << WeekChange{it.key(), it.value().first / it.value().second, it.value().second};
    return out;
}

QList<QPair<QString, int>> distortionCounts(const QList<sdk::Entry>& records, const QDate& since)
{
    QMap<QString, int> counts;
    for (const sdk::Entry& e : records) {
        if (e.localOccurredAt().date() < since)
            continue;
        for (const QJsonValue& d : e.payload.value(QStringLiteral("distortions")).toArray())
            counts[d.toString()] += 1;
    }
    QList<QPair<QString, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << qMakePair(it.key(), it.value());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

QList<QPair<QDate, int>> recordsPerWeek(const QList<sdk::Entry>& records, const QDate& today, int weeks)
{
    const QDate last = mondayOf(today);
    const QDate first = last.addDays(-7 * (weeks - 1));
    QMap<QDate, int> counts;
    for (int i = 0; i < weeks; ++i)
        counts.insert(first.addDays(7 * i), 0);
    for (const sdk::Entry& e : records) {
        const QDate monday = mondayOf(e.localOccurredAt().date());
        if (counts.contains(monday))
            counts[monday] += 1;
    }
    QList<QPair<QDate, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << qMakePair(it.key(), it.value());
    return out;
}

} // namespace tessera::cbt
