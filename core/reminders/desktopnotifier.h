// Desktop notifications over D-Bus (org.freedesktop.Notifications on the
// session bus), never blocking the GUI thread (issue 24).
#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace tessera::core {

class DesktopNotifier final : public Notifier {
    Q_OBJECT
public:
    static constexpr const char* kService = "org.freedesktop.Notifications";

    /// Asks the bus (asynchronously) whether a notification service is there.
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);
    struct ConnectLater {};
    /// The session bus, connected by connectBus() or the first show() or
    /// withdraw() (issue 30: connecting costs the GUI thread 2-6 ms, and as
    /// much where there is no bus; the app connects after its first frame).
    explicit DesktopNotifier(ConnectLater, QObject* parent = nullptr);
    /// Connects to the session bus now, when made with ConnectLater; then as the first constructor.
    void connectBus();

    [[nodiscard]] bool available() const override { return m_available; }
    void show(const ReminderNotification& notification) override;
    void withdraw(const QString& key) override;

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    void setAvailable(bool available);
    void attach(); ///< the signals, and the asynchronous question whether a service is there

    QDBusConnection m_bus;
    bool m_connectLater = false;
    bool m_available = false;
    QHash<QString, uint> m_ids; ///< key -> the server's notification id
    // A server may send an action or a close for a notification before the
    // answer to Notify reaches us (the answer takes one more queued hop in
    // QtDBus). While an answer is awaited, unknown ids are kept here and
    // matched when it arrives.
    int m_awaiting = 0;
    QList<QPair<uint, QString>> m_earlyActions;
    QList<uint> m_earlyClosed;
};

} // namespace tessera::core
