#include "scopedreminders.h"

#include "reminderspec.h"
#include "store/journalstore.h"

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;
using sdk::Status;

ScopedReminders::ScopedReminders(JournalStore& store, QString pluginId, QStringList pageIds)
    : m_store(store), m_pluginId(std::move(pluginId)), m_pageIds(std::move(pageIds))
{
}

Status ScopedReminders::check(const QList<sdk::Reminder>& reminders, const QString& name) const
{
    for (int i = 0; i < reminders.size(); ++i) {
        if (auto problem = reminderProblem(reminders.at(i), m_pageIds)) {
            const QString field = name.isEmpty() ? QStringLiteral("reminder.%1").arg(problem->field)
                                                 : QStringLiteral("%1[%2].%3").arg(name).arg(i).arg(problem->field);
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(field, problem->message), field);
        }
    }
    if (const QString dup = duplicateReminderId(reminders); !dup.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("reminders: the id \"%1\" appears more than once").arg(dup), QStringLiteral("reminders"));
    return {};
}

Status ScopedReminders::schedule(const sdk::Reminder& reminder)
{
    if (Status s = check({reminder}, {}); !s.ok())
        return s;
    auto existing = m_store.reminders(m_pluginId);
    if (!existing.ok())
        return existing.error();
    bool replaces = false;
    for (const StoredReminder& r : *existing)
        replaces = replaces || r.reminder.id == reminder.id;
    if (!replaces && existing->size() >= kMaxRemindersPerModule)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("reminders: a module may have at most %1 reminders").arg(kMaxRemindersPerModule),
                         QStringLiteral("reminders"));
    return m_store.putReminders(m_pluginId, {reminder}, false);
}

Status ScopedReminders::cancel(const QString& id) { return m_store.removeReminder(m_pluginId, id); }

Status ScopedReminders::replaceAll(const QList<sdk::Reminder>& reminders)
{
    if (reminders.size() > kMaxRemindersPerModule)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("reminders: a module may have at most %1 reminders (%2 given)")
                             .arg(kMaxRemindersPerModule)
                             .arg(reminders.size()),
                         QStringLiteral("reminders"));
    if (Status s = check(reminders, QStringLiteral("reminders")); !s.ok())
        return s;
    return m_store.putReminders(m_pluginId, reminders, true);
}

sdk::Result<QList<sdk::Reminder>> ScopedReminders::list() const
{
    auto stored = m_store.reminders(m_pluginId);
    if (!stored.ok())
        return stored.error();
    QList<sdk::Reminder> out;
    for (const StoredReminder& r : *stored)
        out.append(r.reminder);
    return out;
}

} // namespace tessera::core
