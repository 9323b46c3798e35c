#include "stressstats.h"

#include <QHash>

#include <algorithm>

namespace tessera::resilience {

namespace {

struct Tally {
    QString shown;
    int count = 0;
    int levelSum = 0;
    int withAfter = 0;
    int dropSum = 0;
};

QString keyOf(const QString& tag) { return tag.simplified().toCaseFolded(); }

void add(Slot& slot, int& sum, int level)
{
    ++slot.count;
    sum += level;
}

QList<TagFigure> figures(const QList<Tally>& tallies)
{
    QList<TagFigure> out;
    out.reserve(tallies.size());
    for (const Tally& t : tallies)
        out << TagFigure{t.shown, t.count, double(t.levelSum) / t.count, t.withAfter,
                         t.withAfter > 0 ? double(t.dropSum) / t.withAfter : 0.0};
    return out;
}

} // namespace

int timeOfDay(const QTime& time) { return std::clamp(time.hour() / 6, 0, 3); }

StressPatterns stressPatterns(const QList<StressPoint>& points, const QDate& firstMonday, int weeks)
{
    StressPatterns p;
    p.weeks.resize(std::max(0, weeks));
    std::array<int, 7> daySums{};
    std::array<int, 4> timeSums{};
    QList<int> weekSums(p.weeks.size(), 0);
    QList<Tally> triggers;
    QList<Tally> helped;
    QHash<QString, qsizetype> triggerAt;
    QHash<QString, qsizetype> helpedAt;
    int levelSum = 0;

    auto tally = [](QList<Tally>& list, QHash<QString, qsizetype>& at, const QStringList& tags, const StressPoint& s) {
        QStringList seen; // a tag named twice in one entry counts once
        for (const QString& tag : tags) {
            const QString key = keyOf(tag);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen << key;
            auto it = at.find(key);
            if (it == at.end()) {
                it = at.insert(key, list.size());
                list << Tally{tag.simplified()};
            }
            Tally& t = list[*it];
            ++t.count;
            t.levelSum += s.level;
            if (s.after) {
                ++t.withAfter;
                t.dropSum += s.level - *s.after;
            }
        }
    };

    for (const StressPoint& s : points) {
        if (!s.at.isValid())
            continue;
        const qint64 day = firstMonday.daysTo(s.at.date());
        if (day < 0 || day >= 7LL * weeks)
            continue;
        ++p.entries;
        levelSum += s.level;
        add(p.weekdays[s.at.date().dayOfWeek() - 1], daySums[s.at.date().dayOfWeek() - 1], s.level);
        const int slot = timeOfDay(s.at.time());
        add(p.timesOfDay[slot], timeSums[slot], s.level);
        add(p.weeks[day / 7], weekSums[day / 7], s.level);
        tally(triggers, triggerAt, s.triggers, s);
        tally(helped, helpedAt, s.helped, s);
    }
    if (p.entries > 0)
        p.meanLevel = double(levelSum) / p.entries;
    for (int i = 0; i < 7; ++i)
        p.weekdays[i].meanLevel = p.weekdays[i].count ? double(daySums[i]) / p.weekdays[i].count : 0.0;
    for (int i = 0; i < 4; ++i)
        p.timesOfDay[i].meanLevel = p.timesOfDay[i].count ? double(timeSums[i]) / p.timesOfDay[i].count : 0.0;
    for (qsizetype i = 0; i < p.weeks.size(); ++i)
        p.weeks[i].meanLevel = p.weeks[i].count ? double(weekSums[i]) / p.weeks[i].count : 0.0;

    p.triggers = figures(triggers);
    std::stable_sort(p.triggers.begin(), p.triggers.end(), [](const TagFigure& a, const TagFigure& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.meanLevel != b.meanLevel)
            return a.meanLevel > b.meanLevel;
        return a.tag.localeAwareCompare(b.tag) < 0;
    });
    p.helped = figures(helped);
    std::stable_sort(p.helped.begin(), p.helped.end(), [](const TagFigure& a, const TagFigure& b) {
        if ((a.withAfter > 0) != (b.withAfter > 0))
            return a.withAfter > 0;
        if (a.withAfter > 0 && a.meanDrop != b.meanDrop)
            return a.meanDrop > b.meanDrop;
        if (a.count != b.count)
            return a.count > b.count;
        return a.tag.localeAwareCompare(b.tag) < 0;
    });
    return p;
}

} // namespace tessera::resilience
