// What a module's PluginContext::reminders() is: its own reminders only,
// checked before the journal keeps them.
#pragma once

#include <tessera/sdk/reminders.h>

#include <QString>
#include <QStringList>

namespace tessera::core {

class JournalStore;

/// sdk::Reminders for one module (issue 24). Every reminder is checked
/// (reminderProblem(), the module's manifest pages) and the whole call is
/// refused with an InvalidArgument error naming the reminder and the field
/// ("reminders[2].weekdays: must be 1 (Monday) to 7 (Sunday)"); never the
/// title's text. At most kMaxRemindersPerModule.
class ScopedReminders final : public sdk::Reminders {
public:
    ScopedReminders(JournalStore& store, QString pluginId, QStringList pageIds);

    sdk::Status schedule(const sdk::Reminder& reminder) override;
    sdk::Status cancel(const QString& id) override;
    sdk::Status replaceAll(const QList<sdk::Reminder>& reminders) override;
    [[nodiscard]] sdk::Result<QList<sdk::Reminder>> list() const override;

private:
    sdk::Status check(const QList<sdk::Reminder>& reminders, const QString& name) const;

    JournalStore& m_store;
    QString m_pluginId;
    QStringList m_pageIds;
};

} // namespace tessera::core
