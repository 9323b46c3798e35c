#include "bainsights.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace tessera::ba {

QStringList lifeAreas()
{
    return {QStringLiteral("relationships"), QStringLiteral("work-study"), QStringLiteral("recreation"),
            QStringLiteral("mind-body"), QStringLiteral("responsibilities")};
}

QString areaName(const QString& area)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("relationships"), "Relationships"}, {QStringLiteral("work-study"), "Education and career"},
        {QStringLiteral("recreation"), "Recreation and interests"}, {QStringLiteral("mind-body"), "Mind, body and spirituality"},
        {QStringLiteral("responsibilities"), "Daily responsibilities"}};
    auto it = names.constFind(area);
    return it == names.constEnd() ? area : QCoreApplication::translate("Activities", *it);
}

namespace {
std::optional<double> change(const sdk::Entry& e)
{
    const QJsonValue before = e.payload.value(QStringLiteral("moodBefore"));
    const QJsonValue after = e.payload.value(QStringLiteral("moodAfter"));
    if (!before.isDouble() || !after.isDouble())
        return std::nullopt;
    return after.toDouble() - before.toDouble();
}

QList<MoodLift> sorted(QMap<QString, MoodLift> m, int minCount)
{
    QList<MoodLift> out;
    for (MoodLift& l : m) {
        if (l.count >= minCount) {
            l.meanChange /= l.count;
            out << l;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const MoodLift& a, const MoodLift& b) { return a.meanChange > b.meanChange; });
    return out;
}
} // namespace

QList<MoodLift> liftByActivity(const QList<sdk::Entry>& activities, int minCount)
{
    QMap<QString, MoodLift> m;
    for (const sdk::Entry& e : activities) {
        auto c = change(e);
        if (!c)
            continue;
        const QString name = e.payload.value(QStringLiteral("activity")).toString().trimmed();
        MoodLift& l = m[name.toLower()];
        if (l.label.isEmpty()) {
            l.key = name.toLower();
            l.label = name;
        }
        l.meanChange += *c;
        l.count += 1;
    }
    return sorted(m, minCount);
}

QList<MoodLift> liftByArea(const QList<sdk::Entry>& activities)
{
    QMap<QString, MoodLift> m;
    for (const sdk::Entry& e : activities) {
        auto c = change(e);
        if (!c)
            continue;
        const QString area = e.payload.value(QStringLiteral("area")).toString();
        MoodLift& l = m[area];
        l.key = area;
        l.label = areaName(area);
        l.meanChange += *c;
        l.count += 1;
    }
    return sorted(m, 1);
}

int donePercent(int done, int planned)
{
    return planned <= 0 ? 0 : int(std::lround(100.0 * done / planned));
}

QList<WeekPlans> planDoneRate(const QList<sdk::Entry>& plans, const QDateTime& now)
{
    QMap<QDate, WeekPlans> weeks;
    for (const sdk::Entry& p : plans) {
        if (p.occurredAt > now)
            continue; // still to come
        const QDate day = p.localOccurredAt().date();
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        WeekPlans& w = weeks[monday];
        w.weekStart = monday;
        w.planned += 1;
        w.done += p.payload.value(QStringLiteral("status")).toString() == QLatin1String("done") ? 1 : 0;
    }
    return weeks.values();
}

QList<QList<int>> weekGrid(const QList<sdk::Entry>& activities, const QDate& monday)
{
    const QStringList areas = lifeAreas();
    QList<QList<int>> grid(7, QList<int>(areas.size(), 0));
    for (const sdk::Entry& e : activities) {
        const qint64 day = monday.daysTo(e.localOccurredAt().date());
        const qsizetype area = areas.indexOf(e.payload.value(QStringLiteral("area")).toString());
        if (day >= 0 && day < 7 && area >= 0)
            grid[day][area] += 1;
    }
    return grid;
}

} // namespace tessera::ba
