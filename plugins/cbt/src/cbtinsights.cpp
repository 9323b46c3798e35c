#include "cbtinsights.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace tessera::cbt {

namespace {
QDate mondayOf(const QDate& d) { return d.addDays(1 - d.dayOfWeek()); }
bool isComplete(const sdk::Entry& e) { return e.payload.value(QStringLiteral("status")).toString() == QLatin1String("complete"); }
} // namespace

QStringList builtInPleasantMoods()
{
    return {QStringLiteral("amused"), QStringLiteral("calm"), QStringLiteral("cheerful"), QStringLiteral("comforted"),
            QStringLiteral("confident"), QStringLiteral("connected"), QStringLiteral("content"), QStringLiteral("curious"),
            QStringLiteral("determined"), QStringLiteral("encouraged"), QStringLiteral("energetic"), QStringLiteral("enthusiastic"),
            QStringLiteral("excited"), QStringLiteral("glad"), QStringLiteral("grateful"), QStringLiteral("happy"),
            QStringLiteral("hopeful"), QStringLiteral("inspired"), QStringLiteral("interested"), QStringLiteral("joyful"),
            QStringLiteral("loved"), QStringLiteral("motivated"), QStringLiteral("optimistic"), QStringLiteral("peaceful"),
            QStringLiteral("pleased"), QStringLiteral("proud"), QStringLiteral("relaxed"), QStringLiteral("relieved"),
            QStringLiteral("safe"), QStringLiteral("satisfied"), QStringLiteral("secure"), QStringLiteral("settled")};
}

bool isPleasantMood(const QString& name, const QStringList& extra)
{
    const QString n = name.simplified().toLower();
    if (n.isEmpty())
        return false;
    QStringList known = builtInPleasantMoods();
    for (const QString& w : extra)
        known << w.simplified().toLower();
    if (known.contains(n))
        return true;
    static const QRegularExpression nonWord(QStringLiteral("[^\\w'-]+"));
    const QStringList words = n.split(nonWord, Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (w == QLatin1String("not") || w == QLatin1String("no") || w == QLatin1String("never") || w == QLatin1String("less")
            || w.endsWith(QLatin1String("n't")))
            return false;
    }
    return std::any_of(words.begin(), words.end(), [&](const QString& w) { return known.contains(w); });
}

bool isPleasant(const QJsonObject& mood, const QStringList& extra)
{
    const QJsonValue mark = mood.value(QStringLiteral("pleasant"));
    if (mark.isBool())
        return mark.toBool();
    return isPleasantMood(mood.value(QStringLiteral("name")).toString(), extra);
}

std::optional<double> moodChange(const QJsonObject& record, const QStringList& extraPleasant)
{
    double sum = 0;
    int n = 0;
    for (const QJsonValue& v : record.value(QStringLiteral("moods")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("before")).isDouble() && m.value(QStringLiteral("after")).isDouble()) {
            const double fall = m.value(QStringLiteral("before")).toDouble() - m.value(QStringLiteral("after")).toDouble();
            sum += isPleasant(m, extraPleasant) ? -fall : fall;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

QList<WeekChange> weeklyMoodChange(const QList<sdk::Entry>& records, const QStringList& extraPleasant)
{
    QMap<QDate, QPair<double, int>> weeks;
    for (const sdk::Entry& e : records) {
        if (!isComplete(e))
            continue;
        if (auto change = moodChange(e.payload, extraPleasant)) {
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

sdk::AggregateQuery distortionQuery(const QDateTime& from)
{
    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("cbt/thought-record")};
    q.from = from;
    q.period = sdk::AggregateQuery::Period::Day;
    q.groupBy = QStringLiteral("payload.distortions"); // the list as JSON text: ["labelling","mental-filter"]
    q.limit = 10000;
    return q;
}

QList<QPair<QString, int>> distortionCounts(const QList<sdk::AggregateRow>& rows, const QDate& since)
{
    QMap<QString, int> counts;
    for (const sdk::AggregateRow& r : rows) {
        if (!r.period.isValid() || r.period < since || r.group.isEmpty())
            continue;
        for (const QJsonValue& d : QJsonDocument::fromJson(r.group.toUtf8()).array()) {
            if (d.isString())
                counts[d.toString()] += int(r.count);
        }
    }
    QList<QPair<QString, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << qMakePair(it.key(), it.value());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

sdk::AggregateQuery perWeekQuery(const QDateTime& from)
{
    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("cbt/thought-record")};
    q.from = from;
    q.period = sdk::AggregateQuery::Period::Week;
    q.limit = 10000;
    return q;
}

QList<QPair<QDate, int>> recordsPerWeek(const QList<sdk::AggregateRow>& rows, const QDate& today, int weeks)
{
    const QDate last = mondayOf(today);
    const QDate first = last.addDays(-7 * (weeks - 1));
    QMap<QDate, int> counts;
    for (int i = 0; i < weeks; ++i)
        counts.insert(first.addDays(7 * i), 0);
    for (const sdk::AggregateRow& r : rows) {
        if (counts.contains(r.period))
            counts[r.period] += int(r.count);
    }
    QList<QPair<QDate, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << qMakePair(it.key(), it.value());
    return out;
}

} // namespace tessera::cbt
