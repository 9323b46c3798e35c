#include "iptinsights.h"

#include "iptcontent.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tessera::ipt {

MoodInsights moodInsights(const QList<sdk::AggregateRow>& byPerson, const QList<sdk::AggregateRow>& byTone, int minEvents)
{
    MoodInsights out;
    // Every event has a tone (it is required), so the tone rows hold them all.
    double sum = 0;
    for (const sdk::AggregateRow& r : byTone) {
        out.events += static_cast<int>(r.valued);
        sum += r.sum;
    }
    if (out.events == 0)
        return out;
    out.overall = sum / out.events;

    QHash<QString, MoodGroup> people;
    QHash<QString, double> sums;
    QStringList order;
    for (const sdk::AggregateRow& r : byPerson) {
        const QString name = r.group.simplified();
        if (name.isEmpty() || r.valued == 0)
            continue;
        const QString key = name.toLower();
        MoodGroup& p = people[key];
        if (p.count == 0) {
            p.key = key;
            p.name = name;
            order << key;
        }
        p.count += static_cast<int>(r.valued);
        sums[key] += r.sum;
    }
    for (const QString& key : order) {
        MoodGroup p = people.value(key);
        if (p.count < minEvents)
            continue;
        p.average = sums.value(key) / p.count;
        p.difference = p.average - out.overall;
        out.people << p;
    }
    std::sort(out.people.begin(), out.people.end(), [](const MoodGroup& a, const MoodGroup& b) {
        if (std::abs(a.difference) != std::abs(b.difference))
            return std::abs(a.difference) > std::abs(b.difference);
        return a.name < b.name;
    });
    for (const QString& code : toneCodes()) {
        for (const sdk::AggregateRow& r : byTone) {
            if (r.group != code || r.valued == 0)
                continue;
            MoodGroup t{code, label(code), static_cast<int>(r.valued), r.sum / r.valued, 0};
            t.difference = t.average - out.overall;
            out.tones << t;
        }
    }
    return out;
}

} // namespace tessera::ipt
