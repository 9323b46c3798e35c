// When a module's reminder (sdk::Reminder) fires: wall-clock times in a time
// zone, across daylight-saving changes (issue 24).
#pragma once

#include <tessera/sdk/reminders.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace tessera::core {

/// The zone the reminder's time is in: its IANA id, or `local` (the system's
/// zone at firing time) when the id is "" or unknown to this system.
QTimeZone reminderZone(const sdk::Reminder& reminder, const QTimeZone& local);

/// Whether the reminder fires on `day` (a date in its zone): within
/// startDate..endDate, and Once on startDate, Daily, Weekly on its weekdays,
/// EveryNDays every `interval` days counted from startDate.
bool reminderFiresOn(const sdk::Reminder& reminder, const QDate& day);

/// The instant at which the wall-clock time `time` on `day` happens in
/// `zone`, by the rules in sdk/reminders.h: a time the clocks skip (the
/// spring-forward gap) is the first minute after the gap; a time that
/// happens twice (the fall-back overlap) is the first of the two. UTC.
QDateTime wallTimeInstant(const QDate& day, const QTime& time, const QTimeZone& zone);

/// The first occurrence of `reminder` strictly after `after` (UTC), in
/// `local` for a reminder without a zone; invalid when there is none (a
/// Once in the past, past endDate).
QDateTime nextReminderOccurrence(const sdk::Reminder& reminder, const QDateTime& after, const QTimeZone& local);

/// Its occurrences in (from, to], oldest first, at most `max`.
QList<QDateTime> reminderOccurrences(const sdk::Reminder& reminder, const QDateTime& from, const QDateTime& to,
                                     const QTimeZone& local, int max = 1000);

/// "once", "daily", "weekly", "every-n-days".
QString reminderRepeatName(sdk::Reminder::Repeat repeat);

} // namespace tessera::core
