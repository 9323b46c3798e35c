// A small org.freedesktop.Notifications server for tests (issue 24), on a
// D-Bus connection of its own (under dbus-run-session): it records every
// Notify call and can emit ActionInvoked as a desktop would when the client
// clicks a button.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace tessera::test {

class NotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };

    explicit NotificationServer(const QString& connectionName = QStringLiteral("test-notification-server"))
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    {
    }
    ~NotificationServer() override
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(m_bus.name());
    }
    /// Takes the name on the session bus; false when there is no bus.
    bool start()
    {
        return m_bus.isConnected()
               && m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this, QDBusConnection::ExportAllSlots)
               && m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void invoke(uint id, const QString& action)
    {
        QDBusMessage s = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                    QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        s << id << action;
        m_bus.send(s);
    }

    QList<Call> calls;
    QList<uint> closed;
    /// When set, Notify sends ActionInvoked with this action before it
    /// answers: a desktop whose signal overtakes the answer.
    QString actBeforeAnswering;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int /*timeout*/)
    {
        Call c{appName, replacesId, appIcon, summary, body, actions, hints, replacesId != 0 ? replacesId : ++m_next};
        calls.append(c);
        if (!actBeforeAnswering.isEmpty())
            invoke(c.id, actBeforeAnswering);
        return c.id;
    }
    void CloseNotification(uint id) { closed.append(id); }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

private:
    QDBusConnection m_bus;
    uint m_next = 0;
};

} // namespace tessera::test
