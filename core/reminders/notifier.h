// How a fired reminder reaches the client (issue 24): a desktop notification
// (DesktopNotifier, over D-Bus) or a notice in the window (ReminderService's
// in-app notices, when there is no notification service).
#pragma once

#include <QObject>
#include <QString>

namespace tessera::core {

/// One notification. `key` names it for replacing, withdrawing and for the
/// actions the client takes on it.
struct ReminderNotification {
    QString key;
    QString summary;  ///< "Tessera"
    QString body;     ///< "A reminder", or its title when the client allowed details
    bool offerDone = false;
    QString openLabel;
    QString doneLabel;
    QString snoozeLabel;
};

class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Notifier() override = default;
    /// Whether notifications can be shown now (as far as is known: a
    /// desktop notifier learns it asynchronously).
    [[nodiscard]] virtual bool available() const = 0;
    /// Shows or, with the same key, replaces it. Never blocks.
    virtual void show(const ReminderNotification& notification) = 0;
    /// Takes it away (the client acted on it elsewhere).
    virtual void withdraw(const QString& key) = 0;

signals:
    /// "open", "done" or "snooze" on the notification `key`.
    void actionInvoked(const QString& key, const QString& action);
    /// It could not be shown (the service went away): show it another way.
    void failed(const ReminderNotification& notification);
    void availableChanged();
};

} // namespace tessera::core
