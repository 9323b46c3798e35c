// A module's reminder (sdk::Reminder) as the host stores and checks it.
#pragma once

#include <tessera/sdk/reminders.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::core {

/// Most reminders one module may have.
inline constexpr int kMaxRemindersPerModule = 200;

/// The reminder as stored in the journal (reminders.spec): every field, in
/// a fixed form, so two equal reminders give the same text.
QJsonObject reminderToJson(const sdk::Reminder& reminder);
/// Back from reminderToJson(); nullopt (and `*error` naming the field) for
/// anything that does not fit.
std::optional<sdk::Reminder> reminderFromJson(const QJsonObject& json, QString* error = nullptr);

/// A rule the reminder breaks: the field (e.g. "weekdays") and what is
/// wrong, never the title's text.
struct ReminderProblem {
    QString field;
    QString message;
};
/// Checks a reminder a module gives (see sdk::Reminder): id pattern, title
/// (not empty, at most 80 characters, one line), page among `pageIds`,
/// entry id, a valid start date and whole-minute time, repeat in range,
/// interval 1-366 for EveryNDays, weekdays 1-7 without repeats for Weekly,
/// an end not before the start, a time zone Qt knows, a due item id.
std::optional<ReminderProblem> reminderProblem(const sdk::Reminder& reminder, const QStringList& pageIds);

/// The ids of `reminders` that appear more than once ("" when none).
QString duplicateReminderId(const QList<sdk::Reminder>& reminders);

} // namespace tessera::core
