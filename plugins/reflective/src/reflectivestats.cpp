#include "reflectivestats.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace tessera::reflective {

QString wordKey(const QString& word) { return word.simplified().toCaseFolded(); }

namespace {

// Distinct words of one list, by key, in the order written.
QList<QPair<QString, QString>> distinct(const QStringList& words)
{
    QList<QPair<QString, QString>> out;
    QStringList seen;
    for (const QString& w : words) {
        const QString key = wordKey(w);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen << key;
        out << qMakePair(key, w.simplified());
    }
    return out;
}

struct Tally {
    QString shown;
    int count = 0;
    QDate last;
    QHash<QString, int> people;   // by key
    QHash<QString, QString> names; // key -> shown
};

void add(QHash<QString, Tally>& tallies, const QString& key, const QString& shown, const QDate& day, const QString& person)
{
    Tally& t = tallies[key];
    if (t.count == 0 || day >= t.last) {
        t.shown = shown; // as most recently written
        t.last = day;
    }
    ++t.count;
    const QString p = wordKey(person);
    if (!p.isEmpty()) {
        ++t.people[p];
        if (!t.names.contains(p) || day >= t.last)
            t.names[p] = person.simplified();
    }
}

QList<QPair<QString, int>> peopleOf(const Tally& t)
{
    QList<QPair<QString, int>> out;
    for (auto it = t.people.cbegin(); it != t.people.cend(); ++it)
        out << qMakePair(t.names.value(it.key()), it.value());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QList<TagCount> sorted(const QHash<QString, Tally>& tallies)
{
    QList<TagCount> out;
    for (const Tally& t : tallies)
        out << TagCount{t.shown, t.count, t.last, peopleOf(t)};
    std::sort(out.begin(), out.end(), [](const TagCount& a, const TagCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.last != b.last)
            return a.last > b.last;
        return a.tag.localeAwareCompare(b.tag) < 0;
    });
    return out;
}

} // namespace

RelationshipPatterns relationshipPatterns(const QList<EpisodePoint>& episodes)
{
    RelationshipPatterns p;
    QHash<QString, Tally> wishes;
    QHash<QString, Tally> others;
    QHash<QString, Tally> selves;
    QHash<QString, Tally> people;
    QHash<QString, Tally> triples; // key: the three keys joined; shown: unused
    for (const EpisodePoint& e : episodes) {
        ++p.episodes;
        const auto w = distinct(e.wishes);
        const auto o = distinct(e.others);
        const auto s = distinct(e.selves);
        for (const auto& [key, shown] : w)
            add(wishes, key, shown, e.day, e.person);
        for (const auto& [key, shown] : o)
            add(others, key, shown, e.day, e.person);
        for (const auto& [key, shown] : s)
            add(selves, key, shown, e.day, e.person);
        if (!wordKey(e.person).isEmpty())
            add(people, wordKey(e.person), e.person.simplified(), e.day, QString());
        for (const auto& wish : w) {
            for (const auto& other : o) {
                for (const auto& self : s) {
                    add(triples, wish.first + QChar(0x1f) + other.first + QChar(0x1f) + self.first, QString(), e.day, e.person);
                }
            }
        }
    }
    p.wishes = sorted(wishes);
    p.others = sorted(others);
    p.selves = sorted(selves);
    p.people = sorted(people);
    for (auto it = triples.cbegin(); it != triples.cend(); ++it) {
        if (it->count < 2)
            continue;
        Recurring r;
        // Each word as most recently written anywhere (the lists above), not only in this combination.
        const QStringList keys = it.key().split(QChar(0x1f));
        r.wish = wishes.value(keys.at(0)).shown;
        r.other = others.value(keys.at(1)).shown;
        r.self = selves.value(keys.at(2)).shown;
        r.count = it->count;
        r.last = it->last;
        for (const auto& [name, n] : peopleOf(*it))
            r.people << name;
        p.recurring << r;
    }
    std::sort(p.recurring.begin(), p.recurring.end(), [](const Recurring& a, const Recurring& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.last != b.last)
            return a.last > b.last;
        if (const int c = a.wish.compare(b.wish, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = a.other.compare(b.other, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.self.compare(b.self, Qt::CaseInsensitive) < 0;
    });
    return p;
}

QList<ThemeFigure> themesOverTime(const QList<ThemePoint>& points)
{
    struct Acc {
        ThemeFigure f;
        QList<QPair<QDate, QString>> entries;
        QMap<QDate, int> months;
    };
    QHash<QString, Acc> by;
    for (const ThemePoint& pt : points) {
        for (const auto& [key, shown] : distinct(pt.themes)) {
            Acc& a = by[key];
            if (a.f.count == 0 || pt.day >= a.f.last) {
                a.f.theme = shown;
                a.f.last = pt.day;
            }
            if (a.f.count == 0 || pt.day < a.f.first)
                a.f.first = pt.day;
            ++a.f.count;
            ++a.months[QDate(pt.day.year(), pt.day.month(), 1)];
            a.entries << qMakePair(pt.day, pt.entryId);
        }
    }
    QList<ThemeFigure> out;
    for (Acc& a : by) {
        for (auto it = a.months.cbegin(); it != a.months.cend(); ++it)
            a.f.months << qMakePair(it.key(), it.value());
        std::stable_sort(a.entries.begin(), a.entries.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
        for (const auto& [day, id] : a.entries)
            a.f.entryIds << id;
        out << a.f;
    }
    std::sort(out.begin(), out.end(), [](const ThemeFigure& a, const ThemeFigure& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.last != b.last)
            return a.last > b.last;
        return a.theme.localeAwareCompare(b.theme) < 0;
    });
    return out;
}

QStringList suggestWords(const QList<QStringList>& earlier, const QString& typed, const QStringList& exclude, int max)
{
    struct Use {
        QString shown;
        int count = 0;
        int newest = 0; // index of the newest entry using it (lower is newer)
    };
    QHash<QString, Use> uses;
    for (int i = 0; i < earlier.size(); ++i) {
        for (const auto& [key, shown] : distinct(earlier.at(i))) {
            Use& u = uses[key];
            if (u.count == 0) {
                u.shown = shown; // the newest entry's spelling
                u.newest = i;
            }
            ++u.count;
        }
    }
    QStringList excluded;
    for (const QString& e : exclude)
        excluded << wordKey(e);
    const QString want = wordKey(typed);
    QList<Use> list;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (excluded.contains(it.key()) || (!want.isEmpty() && !it.key().contains(want)))
            continue;
        list << it.value();
    }
    std::sort(list.begin(), list.end(), [](const Use& a, const Use& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.newest != b.newest)
            return a.newest < b.newest;
        return a.shown.localeAwareCompare(b.shown) < 0;
    });
    QStringList out;
    for (const Use& u : list.mid(0, std::max(0, max)))
        out << u.shown;
    return out;
}

} // namespace tessera::reflective
