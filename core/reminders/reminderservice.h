// Fires the modules' reminders (issue 24): one precise timer to the next due
// occurrence, quiet hours, snooze, "Done" through the module's
// DueItemActions, and the reminders missed while Tessera was closed.
#pragma once

#include "notifier.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/reminders.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <optional>

namespace tessera::core {

class JournalStore;
class PluginManager;
class ReminderSettings;
struct ModuleDueItem;
struct StoredReminder;

/// Owns firing, on the GUI thread. What was fired (or skipped, or missed) is
/// recorded in the journal (JournalStore::setReminderState), so a restart
/// never fires an occurrence twice. A notification shows "Tessera" / "A
/// reminder" unless the client allowed details (ReminderSettings).
class ReminderService : public QObject {
    Q_OBJECT
    /// The notices in the window: reminders when there is no desktop
    /// notification service, and the once-only "missed" notice. Each:
    /// {key, kind ("reminder", "missed"), text, offerDone}.
    Q_PROPERTY(QVariantList notices READ notices NOTIFY noticesChanged)
    /// Whether reminders appear as desktop notifications (else inside the window).
    Q_PROPERTY(bool desktopNotifications READ desktopNotifications NOTIFY desktopNotificationsChanged)
    /// The installed modules that have reminders: [{id, name, enabled, fixed}].
    Q_PROPERTY(QVariantList modules READ modules NOTIFY modulesChanged)

public:
    using Clock = std::function<QDateTime()>;
    struct Options {
        /// Where the heartbeat is kept (the last time Tessera ran): the
        /// reminders missed while it was closed are those after it.
        QString heartbeatFile;
        /// Now (UTC); the system clock when unset. Tests and the
        /// TESSERA_TEST_CLOCK hook give their own.
        Clock clock;
        /// The client's zone, for reminders without one; the system's when unset.
        std::function<QTimeZone()> localZone;
        /// Occurrences at most this many minutes before the start fire
        /// (the app started at login just after 08:00), older ones are missed.
        int graceMinutes = 5;
    };

    /// A test hook: $TESSERA_TEST_CLOCK ("2026-03-29T07:59:50+02:00") makes
    /// the clock start at that instant and run on from there (the system
    /// clock plus a fixed offset, so real timers still fire). Unset: the
    /// system clock (an empty function).
    static Clock testClockFromEnvironment();

    /// `desktop`: may be null (in-app notices only).
    ReminderService(JournalStore& store, PluginManager& plugins, ReminderSettings& settings, Notifier* desktop,
                    Options options, QObject* parent = nullptr);
    ~ReminderService() override;

    /// Reports what was missed since the heartbeat (once), then fires what is due and arms the timer.
    void start();
    /// Records the heartbeat (at quit).
    void stop();

    [[nodiscard]] QVariantList notices() const { return m_notices; }
    [[nodiscard]] bool desktopNotifications() const;
    [[nodiscard]] QVariantList modules() const;
    /// When the timer is due next (UTC); invalid when nothing is scheduled.
    [[nodiscard]] QDateTime nextCheck() const { return m_nextCheck; }
    /// The next time any reminder is due (UTC), invalid when none.
    [[nodiscard]] QDateTime nextDue() const { return m_nextDue; }

    /// "open", "done", "snooze" or "dismiss" on notification/notice `key`.
    Q_INVOKABLE void act(const QString& key, const QString& action);
    /// Fires what is due now and arms the timer again (after the clock moved).
    Q_INVOKABLE void check();

signals:
    void noticesChanged();
    void desktopNotificationsChanged();
    void modulesChanged();
    /// The client chose Open: show "<module>/<page>", with the entry.
    void openRequested(const QString& pageKey, const QString& entryId);
    /// A reminder was shown (tests; never logged with its title).
    void fired(const QString& pluginId, const QString& reminderId, const QDateTime& occurrence);

private:
    struct Active {
        QString pluginId;
        sdk::Reminder reminder;
        QDateTime occurrence;
        bool offerDone = false;
    };
    QDateTime now() const;
    QTimeZone localZone() const;
    bool eligible(const QString& pluginId) const;
    QDateTime handledUntil(const StoredReminder& r) const;
    /// The due item this reminder is about on `day`, if the module gives it.
    std::optional<sdk::DueItem> dueItem(const QString& pluginId, const QString& itemId, const QDate& day);
    void fire(const StoredReminder& r, const QDateTime& occurrence, const QDateTime& snoozedUntil);
    void markHandled(const QString& pluginId, const QString& id, const QDateTime& occurrence,
                     const QDateTime& snoozedUntil = {});
    void showInApp(const QString& key, const QString& text, bool offerDone);
    void removeNotice(const QString& key);
    void reportMissed();
    void arm(const QList<StoredReminder>& reminders);
    QDateTime quietEnd(const QDateTime& from) const;
    void writeHeartbeat();
    QDateTime readHeartbeat() const;

    JournalStore& m_store;
    PluginManager& m_plugins;
    ReminderSettings& m_settings;
    QPointer<Notifier> m_desktop;
    Options m_options;
    QTimer m_timer;
    bool m_started = false;
    QDateTime m_nextCheck;
    QDateTime m_nextDue;
    QVariantList m_notices;
    QHash<QString, Active> m_active;      ///< by key "<module>/<reminder>"
    QHash<QString, QDateTime> m_handled;  ///< what was handled when the journal could not record it
    QHash<QDate, QList<ModuleDueItem>> m_dueCache; ///< within one check()
};

} // namespace tessera::core
