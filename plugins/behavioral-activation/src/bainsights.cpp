#include "bainsights.h"

#include <QCoreApplication>
#include <QDateTime>
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
        {QStringLiteral("relationships"), QT_TRANSLATE_NOOP("Activities", "Relationships")}, {QStringLiteral("work-study"), QT_TRANSLATE_NOOP("Activities", "Education and career")},
        {QStringLiteral("recreation"), QT_TRANSLATE_NOOP("Activities", "Recreation and interests")}, {QStringLiteral("mind-body"), QT_TRANSLATE_NOOP("Activities", "Mind, body and spirituality")},
        {QStringLiteral("responsibilities"), QT_TRANSLATE_NOOP("Activities", "Daily responsibilities")}};
    auto it = names.constFind(area);
    return it == names.constEnd() ? area : QCoreApplication::translate("Activities", *it);
}

sdk::AggregateQuery liftQuery(const QString& groupBy, const QDateTime& from)
{
    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("behavioral-activation/activity")};
    q.from = from;
    q.groupBy = groupBy;
    q.value = QStringLiteral("payload.moodAfter");
    q.minus = QStringLiteral("payload.moodBefore");
    q.limit = 10000;
    return q;
}

sdk::AggregateQuery planRateQuery(const QDateTime& from, const QDateTime& now)
{
    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("behavioral-activation/plan")};
    q.from = from;
    q.to = now.addMSecs(1); // a plan at this very moment is due
    q.period = sdk::AggregateQuery::Period::Week;
    q.groupBy = QStringLiteral("payload.status");
    q.limit = 10000;
    return q;
}

sdk::AggregateQuery dayAreaQuery(const QDateTime& from, const QDateTime& to)
{
    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("behavioral-activation/activity")};
    q.from = from;
    q.to = to;
    q.period = sdk::AggregateQuery::Period::Day;
    q.groupBy = QStringLiteral("payload.area");
    q.limit = 10000;
    return q;
}

namespace {
struct Sum {
    MoodLift lift;
    double sum = 0;
    qint64 labelCount = 0; // entries behind the label chosen so far
};

QList<MoodLift> sorted(const QMap<QString, Sum>& m, int minCount)
{
    QList<MoodLift> out;
    for (const Sum& s : m) {
        if (s.lift.count >= minCount && s.lift.count > 0) {
            MoodLift l = s.lift;
            l.meanChange = s.sum / l.count;
            out << l;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const MoodLift& a, const MoodLift& b) { return a.meanChange > b.meanChange; });
    return out;
}
} // namespace

QList<MoodLift> liftByActivity(const QList<sdk::AggregateRow>& rows, int minCount)
{
    QMap<QString, Sum> m;
    for (const sdk::AggregateRow& r : rows) {
        if (r.valued <= 0)
            continue;
        const QString name = r.group.trimmed();
        Sum& s = m[name.toLower()];
        s.lift.key = name.toLower();
        if (s.lift.label.isEmpty() || r.valued > s.labelCount) { // the spelling used most
            s.lift.label = name;
            s.labelCount = r.valued;
        }
        s.sum += r.sum;
        s.lift.count += int(r.valued);
    }
    return sorted(m, minCount);
}

QList<MoodLift> liftByArea(const QList<sdk::AggregateRow>& rows)
{
    QMap<QString, Sum> m;
    for (const sdk::AggregateRow& r : rows) {
        if (r.valued <= 0)
            continue;
        Sum& s = m[r.group];
        s.lift.key = r.group;
        s.lift.label = areaName(r.group);
        s.sum += r.sum;
        s.lift.count += int(r.valued);
    }
    return sorted(m, 1);
}

int donePercent(int done, int planned)
{
    return planned <= 0 ? 0 : int(std::lround(100.0 * done / planned));
}

QList<WeekPlans> planDoneRate(const QList<sdk::AggregateRow>& rows)
{
    QMap<QDate, WeekPlans> weeks;
    for (const sdk::AggregateRow& r : rows) {
        if (!r.period.isValid())
            continue;
        WeekPlans& w = weeks[r.period];
        w.weekStart = r.period;
        w.planned += int(r.count);
        w.done += r.group == QLatin1String("done") ? int(r.count) : 0;
    }
    return weeks.values();
}

QList<QList<int>> weekGrid(const QList<sdk::AggregateRow>& rows, const QDate& monday)
{
    const QStringList areas = lifeAreas();
    QList<QList<int>> grid(7, QList<int>(areas.size(), 0));
    for (const sdk::AggregateRow& r : rows) {
        const qint64 day = monday.daysTo(r.period);
        const qsizetype area = areas.indexOf(r.group);
        if (r.period.isValid() && day >= 0 && day < 7 && area >= 0)
            grid[day][area] += int(r.count);
    }
    return grid;
}

} // namespace tessera::ba
