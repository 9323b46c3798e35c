#include "desktopnotifier.h"

#include "host/logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
auto log() { return logger("reminders"); }
} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject* parent)
    : Notifier(parent),
      m_bus(std::move(bus))
{
    attach();
}

DesktopNotifier::DesktopNotifier(ConnectLater, QObject* parent)
    : Notifier(parent), m_bus(QString()), m_connectLater(true)
{
}

void DesktopNotifier::connectBus()
{
    if (!m_connectLater)
        return;
    m_connectLater = false;
    m_bus = QDBusConnection::sessionBus();
    attach();
}

void DesktopNotifier::attach()
{
    if (!m_bus.isConnected()) {
        log()->info("no session bus: reminders appear inside the window");
        return;
    }
    // Any sender (no blocking look-up of the name's owner); ids not ours are ignored.
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint,QString)));
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint,uint)));
    // Asynchronous, like every call here: the answer comes later.
    QDBusMessage ask = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                                                      QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    ask << QString::fromLatin1(kService);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<bool> reply = *w;
        w->deleteLater();
        setAvailable(!reply.isError() && reply.value());
        log()->info("desktop notifications are {}", m_available ? "available" : "not available");
    });
}

void DesktopNotifier::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availableChanged();
}

void DesktopNotifier::show(const ReminderNotification& n)
{
    connectBus();
    if (!m_bus.isConnected()) { // no session bus at all: in the window, at once
        emit failed(n);
        return;
    }
    QStringList actions{QStringLiteral("default"), n.openLabel, QStringLiteral("open"), n.openLabel};
    if (n.offerDone)
        actions << QStringLiteral("done") << n.doneLabel;
    actions << QStringLiteral("snooze") << n.snoozeLabel;
    QVariantMap hints{{QStringLiteral("category"), QStringLiteral("reminder")},
                      {QStringLiteral("desktop-entry"), QStringLiteral("tessera")},
                      {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Tessera") << m_ids.value(n.key, 0u) << QStringLiteral("tessera") << n.summary << n.body
         << actions << hints << int(0) /* stays until the client acts */;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    ++m_awaiting;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, n](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        --m_awaiting;
        // What came for this id before its answer; nothing is kept once no answer is awaited.
        QStringList early;
        bool closedEarly = false;
        if (!reply.isError()) {
            const uint id = reply.value();
            m_earlyActions.removeIf([&](const QPair<uint, QString>& a) {
                if (a.first != id)
                    return false;
                early << a.second;
                return true;
            });
            closedEarly = m_earlyClosed.removeAll(id) > 0;
        }
        if (m_awaiting == 0) {
            m_earlyActions.clear();
            m_earlyClosed.clear();
        }
        if (reply.isError()) {
            log()->warn("the desktop notification could not be shown ({}); shown in the window instead",
                        reply.error().name().toStdString());
            m_ids.remove(n.key);
            setAvailable(false);
            emit failed(n);
            return;
        }
        setAvailable(true);
        const uint id = reply.value();
        m_ids.insert(n.key, id);
        for (const QString& action : std::as_const(early))
            onActionInvoked(id, action);
        if (closedEarly)
            onClosed(id, 0);
    });
}

void DesktopNotifier::withdraw(const QString& key)
{
    connectBus();
    const uint id = m_ids.take(key);
    if (id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), kPath, kInterface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call, 5000);
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    const QString key = m_ids.key(id);
    if (key.isEmpty()) {
        if (m_awaiting > 0) // perhaps ours, its id not known yet
            m_earlyActions.append({id, action});
        return; // otherwise another program's notification
    }
    emit actionInvoked(key, action == QLatin1String("default") ? QStringLiteral("open") : action);
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    const QString key = m_ids.key(id);
    if (!key.isEmpty())
        m_ids.remove(key);
    else if (m_awaiting > 0)
        m_earlyClosed.append(id);
}

} // namespace tessera::core
