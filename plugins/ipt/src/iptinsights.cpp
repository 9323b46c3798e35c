#include "iptinsights.h"

#include "iptcontent.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tessera::ipt {

MoodInsights moodInsights(const QList<sdk::Entry>& events, int minEvents)
{
    MoodInsights out;
    QHash<QString, MoodGroup> people, tones;
    QStringList order;
    double sum = 0;
    for (const sdk::Entry& e : events) {
        if (!e.mood)
            continue;
        ++out.events;
        sum += *e.mood;
        const QString name = e.payload.value(QStringLiteral("person")).toString().trimmed();
        QString key = e.payload.value(QStringLiteral("personKey")).toString();
        if (key.isEmpty())
            key = name.toLower();
        MoodGroup& p = people[key];
        if (p.count == 0) {
            p.key = key;
            p.name = name;
        }
        ++p.count;
        p.average += *e.mood;
        const QString tone = e.payload.value(QStringLiteral("tone")).toString();
        MoodGroup& t = tones[tone];
        t.key = tone;
        t.name = label(tone);
        ++t.count;
        t.average += *e.mood;
    }
    if (out.events == 0)
        return out;
    out.overall = sum / out.events;
    for (MoodGroup p : people) {
        if (p.count < minEvents)
            continue;
        p.average /= p.count;
        p.difference = p.average - out.overall;
        out.people << p;
    }
    std::sort(out.people.begin(), out.people.end(), [](const MoodGroup& a, const MoodGroup& b) {
        if (std::abs(a.difference) != std::abs(b.difference))
            return std::abs(a.difference) > std::abs(b.difference);
        return a.name < b.name;
    });
    for (const QString& code : toneCodes()) {
        if (!tones.contains(code))
            continue;
        MoodGroup t = tones.value(code);
        t.average /= t.count;
        t.difference = t.average - out.overall;
        out.tones << t;
    }
    return out;
}

} // namespace tessera::ipt
