#include "medmodel.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tessera::medication {

Schedule Schedule::fromPayload(const QJsonObject& m, const QDateTime& addedAt)
{
    Schedule s;
    s.addedAt = addedAt;
    const QJsonObject sched = m.value(QStringLiteral("schedule")).toObject();
    s.asNeeded = sched.value(QStringLiteral("asNeeded")).toBool();
    for (const QJsonValue& t : sched.value(QStringLiteral("times")).toArray()) {
        const QTime time = QTime::fromString(t.toString(), QStringLiteral("HH:mm"));
        if (time.isValid())
            s.times << time;
    }
    std::sort(s.times.begin(), s.times.end());
    s.start = QDate::fromString(m.value(QStringLiteral("start")).toString(), Qt::ISODate);
    s.stop = QDate::fromString(m.value(QStringLiteral("stop")).toString(), Qt::ISODate);
    return s;
}

QList<QDateTime> slotsOn(const Schedule& s, const QDate& day)
{
    QList<QDateTime> out;
    if (s.asNeeded || (s.start.isValid() && day < s.start) || (s.stop.isValid() && day > s.stop))
        return out;
    for (const QTime& t : s.times)
        out << QDateTime(day, t);
    return out;
}

Adherence adherence(const Schedule& s, const QList<DoseEvent>& events, const QDate& from, const QDate& to, const QDateTime& now)
{
    Adherence a;
    QSet<QString> takenSlots;
    QSet<QString> loggedSlots;
    for (const DoseEvent& e : events) {
        if (!e.slot.isValid()) {
            if (e.at.isValid() && e.at.date() >= from && e.at.date() <= to && (e.status == QLatin1String("taken") || e.status == QLatin1String("late")))
                ++a.asNeeded;
            continue;
        }
        loggedSlots.insert(slotKey(e.slot));
        if (e.status == QLatin1String("taken") || e.status == QLatin1String("late"))
            takenSlots.insert(slotKey(e.slot));
    }
    if (s.asNeeded)
        return a;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        for (const QDateTime& slot : slotsOn(s, d)) {
            if (slot > now)
                continue;
            // A dose nobody has logged yet counts only once it is an hour late,
            // and only when it fell due after the medicine was added to Tessera.
            if (!loggedSlots.contains(slotKey(slot))
                && (slot.addSecs(kUnloggedDoseCountsAfterSecs) > now || (s.addedAt.isValid() && slot < s.addedAt)))
                continue;
            ++a.expected;
            if (takenSlots.contains(slotKey(slot)))
                ++a.taken;
        }
    }
    return a;
}

int daysOfSupplyLeft(const QJsonObject& m, const QDate& today)
{
    const QJsonObject refill = m.value(QStringLiteral("refill")).toObject();
    const QDate date = QDate::fromString(refill.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!date.isValid() || !refill.value(QStringLiteral("supplyDays")).isDouble())
        return -1;
    return std::max<qint64>(0, refill.value(QStringLiteral("supplyDays")).toInt() - date.daysTo(today));
}

QStringList doseStatuses()
{
    return {QStringLiteral("taken"), QStringLiteral("late"), QStringLiteral("missed"), QStringLiteral("skipped")};
}

// Written and read for every dose at each refresh: by hand for the usual
// form, since Qt's format parser took 35,000 instructions a slot (issue 30);
// anything else goes through Qt's, as before, and so gives the same answer.
QString slotKey(const QDateTime& slot)
{
    const QDate d = slot.date();
    if (!slot.isValid() || d.year() < 1 || d.year() > 9999)
        return slot.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    const QTime t = slot.time();
    QString key(16, Qt::Uninitialized); // QString::asprintf took 8,700 instructions
    char16_t* out = reinterpret_cast<char16_t*>(key.data());
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = char16_t(u'0' + value % 10);
        out += digits;
    };
    put(d.year(), 4);
    *out++ = u'-';
    put(d.month(), 2);
    *out++ = u'-';
    put(d.day(), 2);
    *out++ = u'T';
    put(t.hour(), 2);
    *out++ = u':';
    put(t.minute(), 2);
    return key;
}

QDateTime slotFromKey(const QString& key)
{
    const auto number = [&key](qsizetype from, qsizetype digits) {
        int n = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = key.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (key.size() == 16 && key.at(4) == u'-' && key.at(7) == u'-' && key.at(10) == u'T' && key.at(13) == u':') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2));
        if (date.isValid() && time.isValid() && date.year() >= 1) {
            const QDateTime at(date, time);
            // Not on a day the clocks change (a skipped or repeated hour is Qt's to place).
            const int offset = at.offsetFromUtc();
            if (at.isValid() && at.time() == time && QDateTime(date, QTime(0, 0)).offsetFromUtc() == offset
                && QDateTime(date.addDays(1), QTime(0, 0)).offsetFromUtc() == offset)
                return at;
        }
    }
    return QDateTime::fromString(key, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace tessera::medication
