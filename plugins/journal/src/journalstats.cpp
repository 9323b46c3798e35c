#include "journalstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace tessera::journal {

using tessera::sdk::AggregateQuery;
using tessera::sdk::AggregateRow;

namespace {
QDate monday(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }
} // namespace

QDate statsFrom(const QDate& today) { return monday(today).addDays(-7 * 11); }

AggregateQuery checkinsByDay(const QDate& from)
{
    AggregateQuery q;
    q.kinds = {QStringLiteral("checkin")};
    q.from = from.startOfDay();
    q.period = AggregateQuery::Period::Day;
    q.value = QStringLiteral("mood");
    q.limit = 1000; // at most 85 days
    return q;
}

AggregateQuery checkinsByFeelings(const QDate& from)
{
    AggregateQuery q;
    q.kinds = {QStringLiteral("checkin")};
    q.from = from.startOfDay();
    q.groupBy = QStringLiteral("payload.feelings");
    q.limit = 10000;
    return q;
}

QList<WeekMood> weeklyMood(const QList<AggregateRow>& days)
{
    QMap<QDate, QPair<double, qint64>> weeks;
    for (const AggregateRow& d : days) {
        if (d.valued == 0 || !d.period.isValid())
            continue;
        auto& w = weeks[monday(d.period)];
        w.first += d.sum;
        w.second += d.valued;
    }
    QList<WeekMood> out;
    for (auto it = weeks.begin(); it != weeks.end(); ++it)
        out << WeekMood{it.key(), it.value().first / double(it.value().second), int(it.value().second)};
    return out;
}

int checkinDays(const QList<AggregateRow>& days, const QDate& today, int window)
{
    int n = 0;
    for (const AggregateRow& d : days) {
        if (d.count > 0 && d.period <= today && d.period > today.addDays(-window))
            ++n;
    }
    return n;
}

QList<QPair<QString, int>> feelingCounts(const QList<AggregateRow>& groups)
{
    // Each row is one distinct list of words, as JSON text ("" without any).
    QMap<QString, int> counts;
    for (const AggregateRow& g : groups) {
        if (g.group.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(g.group.toUtf8());
        QStringList words;
        if (doc.isArray()) {
            for (const QJsonValue& w : doc.array())
                words << w.toString();
        } else {
            words << g.group; // not a list: the word itself
        }
        words.removeAll(QString());
        words.removeDuplicates();
        for (const QString& w : words)
            counts[w] += int(g.count);
    }
    QList<QPair<QString, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << qMakePair(it.key(), it.value());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

} // namespace tessera::journal
