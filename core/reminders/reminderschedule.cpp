#include "reminderschedule.h"

#include <QSet>

namespace tessera::core {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

} // namespace

QTimeZone reminderZone(const sdk::Reminder& reminder, const QTimeZone& local)
{
    if (reminder.timeZone.isEmpty())
        return local;
    QTimeZone zone(reminder.timeZone.toUtf8());
    return zone.isValid() ? zone : local;
}

bool reminderFiresOn(const sdk::Reminder& r, const QDate& day)
{
    using Repeat = sdk::Reminder::Repeat;
    if (!day.isValid() || !r.startDate.isValid() || day < r.startDate)
        return false;
    if (r.endDate.isValid() && day > r.endDate)
        return false;
    switch (r.repeat) {
    case Repeat::Once:
        return day == r.startDate;
    case Repeat::Daily:
        return true;
    case Repeat::Weekly:
        return r.weekdays.contains(day.dayOfWeek());
    case Repeat::EveryNDays:
        return r.interval >= 1 && r.startDate.daysTo(day) % r.interval == 0;
    }
    return false;
}

QDateTime wallTimeInstant(const QDate& day, const QTime& time, const QTimeZone& zone)
{
    // The wall time read as if it were UTC; the real instant is that minus the
    // zone's offset then. Every offset in force within two days either side is
    // a candidate; those that give back the same wall time are the real ones.
    const QDateTime wall(day, QTime(time.hour(), time.minute()), Qt::UTC);
    if (!zone.isValid())
        return wall;
    QSet<int> offsets{zone.offsetFromUtc(wall), zone.offsetFromUtc(wall.addSecs(-2 * kDay)),
                      zone.offsetFromUtc(wall.addSecs(2 * kDay))};
    QDateTime best;
    for (int offset : std::as_const(offsets)) {
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) != offset)
            continue;
        if (!best.isValid() || candidate < best)
            best = candidate; // the overlap: the first time
    }
    if (best.isValid())
        return best;
    // The gap: the first minute after it is the transition itself.
    const int before = zone.offsetFromUtc(wall.addSecs(-2 * kDay));
    const int after = zone.offsetFromUtc(wall.addSecs(2 * kDay));
    const QDateTime from = wall.addSecs(-std::max(before, after));
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData t = zone.nextTransition(from.addSecs(-1));
        if (t.atUtc.isValid() && t.atUtc <= wall.addSecs(-std::min(before, after)))
            return t.atUtc.toUTC();
    }
    return wall.addSecs(-std::min(before, after));
}

QDateTime nextReminderOccurrence(const sdk::Reminder& r, const QDateTime& after, const QTimeZone& local)
{
    using Repeat = sdk::Reminder::Repeat;
    if (!r.startDate.isValid() || !r.time.isValid() || !after.isValid())
        return {};
    const QTimeZone zone = reminderZone(r, local);
    QDate day = std::max(r.startDate, after.toTimeZone(zone).date().addDays(-1));
    if (r.repeat == Repeat::EveryNDays && r.interval > 1) {
        const qint64 off = r.startDate.daysTo(day) % r.interval;
        if (off != 0)
            day = day.addDays(r.interval - off);
    }
    // Daily and Weekly find one within 9 days; EveryNDays steps by its interval.
    const int step = r.repeat == Repeat::EveryNDays ? std::max(1, r.interval) : 1;
    for (int i = 0; i < 12; ++i, day = day.addDays(step)) {
        if (r.endDate.isValid() && day > r.endDate)
            return {};
        if (r.repeat == Repeat::Once && day > r.startDate)
            return {};
        if (!reminderFiresOn(r, day))
            continue;
        const QDateTime at = wallTimeInstant(day, r.time, zone);
        if (at > after)
            return at;
    }
    return {};
}

QList<QDateTime> reminderOccurrences(const sdk::Reminder& r, const QDateTime& from, const QDateTime& to,
                                     const QTimeZone& local, int max)
{
    QList<QDateTime> out;
    QDateTime at = from;
    while (out.size() < max) {
        at = nextReminderOccurrence(r, at, local);
        if (!at.isValid() || at > to)
            break;
        out.append(at);
    }
    return out;
}

QString reminderRepeatName(sdk::Reminder::Repeat repeat)
{
    using Repeat = sdk::Reminder::Repeat;
    switch (repeat) {
    case Repeat::Once: return QStringLiteral("once");
    case Repeat::Daily: return QStringLiteral("daily");
    case Repeat::Weekly: return QStringLiteral("weekly");
    case Repeat::EveryNDays: return QStringLiteral("every-n-days");
    }
    return QStringLiteral("once");
}

} // namespace tessera::core
