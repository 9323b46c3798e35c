#include "reminderservice.h"
#include "host/languages.h"

#include "reminderschedule.h"
#include "remindersettings.h"

#include "host/logging.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {

auto log() { return logger("reminders"); }

/// The timer never sleeps longer than this: a clock that jumped (suspend,
/// a change of time or zone) is noticed within a minute, and the heartbeat
/// stays current.
constexpr int kMaxSleepMs = 60 * 1000;

QString keyOf(const QString& pluginId, const QString& reminderId) { return pluginId + QLatin1Char('/') + reminderId; }

} // namespace

ReminderService::ReminderService(JournalStore& store, PluginManager& plugins, ReminderSettings& settings,
                                 Notifier* desktop, Options options, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_plugins(plugins),
      m_settings(settings),
      m_desktop(desktop),
      m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::check);
    connect(&m_store, &JournalStore::remindersChanged, this, [this] {
        emit modulesChanged();
        check();
    });
    connect(&m_store, &JournalStore::reset, this, [this] {
        m_handled.clear();
        emit modulesChanged();
        check();
    });
    connect(&m_settings, &ReminderSettings::changed, this, [this] {
        emit modulesChanged();
        check();
    });
    connect(&m_plugins, &PluginManager::stateChanged, this, &ReminderService::check);
    if (m_desktop) {
        connect(m_desktop, &Notifier::actionInvoked, this, &ReminderService::act);
        connect(m_desktop, &Notifier::availableChanged, this, &ReminderService::desktopNotificationsChanged);
        connect(m_desktop, &Notifier::failed, this, [this](const ReminderNotification& n) {
            if (m_active.contains(n.key))
                showInApp(n.key, n.body, n.offerDone);
        });
    }
}

ReminderService::~ReminderService() = default;

ReminderService::Clock ReminderService::testClockFromEnvironment()
{
    const QString value = qEnvironmentVariable("TESSERA_TEST_CLOCK");
    if (value.isEmpty())
        return {};
    const QDateTime start = QDateTime::fromString(value, Qt::ISODate);
    if (!start.isValid()) {
        log()->warn("TESSERA_TEST_CLOCK is not an ISO date and time; the system clock is used");
        return {};
    }
    const qint64 offset = QDateTime::currentDateTimeUtc().msecsTo(start);
    log()->warn("TESSERA_TEST_CLOCK: reminders use a test clock starting at {}", start.toUTC().toString(Qt::ISODate).toStdString());
    return [offset] { return QDateTime::currentDateTimeUtc().addMSecs(offset); };
}

QDateTime ReminderService::now() const
{
    return (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QTimeZone ReminderService::localZone() const
{
    return m_options.localZone ? m_options.localZone() : QTimeZone::systemTimeZone();
}

bool ReminderService::desktopNotifications() const { return m_desktop && m_desktop->available(); }

bool ReminderService::eligible(const QString& pluginId) const
{
    const PluginRecord* r = m_plugins.find(pluginId);
    return r && r->isRunning() && m_settings.moduleEnabled(pluginId);
}

QDateTime ReminderService::handledUntil(const StoredReminder& r) const
{
    // Nothing before the reminder (as it is now) existed, nothing already handled.
    QDateTime bound = r.updatedAt.isValid() ? r.updatedAt : r.createdAt;
    if (r.lastOccurrence.isValid() && (!bound.isValid() || r.lastOccurrence > bound))
        bound = r.lastOccurrence;
    const QDateTime mine = m_handled.value(keyOf(r.pluginId, r.reminder.id));
    if (mine.isValid() && (!bound.isValid() || mine > bound))
        bound = mine;
    return bound;
}

std::optional<sdk::DueItem> ReminderService::dueItem(const QString& pluginId, const QString& itemId, const QDate& day)
{
    auto it = m_dueCache.find(day);
    if (it == m_dueCache.end())
        it = m_dueCache.insert(day, m_plugins.dueItems(day));
    for (const ModuleDueItem& m : std::as_const(*it)) {
        if (m.pluginId == pluginId && m.item.id == itemId)
            return m.item;
    }
    return std::nullopt;
}

void ReminderService::markHandled(const QString& pluginId, const QString& id, const QDateTime& occurrence,
                                  const QDateTime& snoozedUntil)
{
    m_handled.insert(keyOf(pluginId, id), occurrence);
    const sdk::Status s = m_store.setReminderState(pluginId, id, occurrence, snoozedUntil);
    if (!s.ok())
        log()->warn("the state of reminder {} of module {} was not saved: {}", id.toStdString(), pluginId.toStdString(),
                    s.error().message.toStdString());
}

void ReminderService::start()
{
    m_started = true;
    reportMissed();
    check();
}

void ReminderService::stop()
{
    m_timer.stop();
    // Only once started (issue 30: the app starts it after its first frame): a
    // heartbeat from a run that never checked would hide what was missed before it.
    if (m_started)
        writeHeartbeat();
}

void ReminderService::reportMissed()
{
    const QDateTime since = readHeartbeat();
    const QDateTime until = now().addSecs(-60LL * m_options.graceMinutes);
    auto all = m_store.reminders();
    if (!all.ok()) {
        log()->warn("reminders could not be read: {}", all.error().message.toStdString());
        return;
    }
    const QTimeZone local = localZone();
    int count = 0;
    QStringList modules;
    QStringList titles;
    for (const StoredReminder& r : std::as_const(all.value())) {
        if (!eligible(r.pluginId))
            continue;
        const QList<QDateTime> missed = reminderOccurrences(r.reminder, handledUntil(r), until, local);
        if (missed.isEmpty())
            continue;
        int counted = 0;
        for (const QDateTime& at : missed) {
            if (!since.isValid() || at <= since)
                continue; // Tessera was running (or never ran): not "while closed"
            if (!r.reminder.dueItemId.isEmpty()) {
                const QDate day = at.toTimeZone(reminderZone(r.reminder, local)).date();
                const auto item = dueItem(r.pluginId, r.reminder.dueItemId, day);
                if (item && (item->state == sdk::DueItem::State::Done || item->state == sdk::DueItem::State::Skipped))
                    continue;
            }
            ++counted;
        }
        markHandled(r.pluginId, r.reminder.id, missed.last(), r.snoozedUntil);
        if (counted == 0)
            continue;
        count += counted;
        const PluginRecord* rec = m_plugins.find(r.pluginId);
        const QString name = rec && rec->manifest ? Languages::manifestText(rec->id, rec->manifest->name) : r.pluginId;
        if (!modules.contains(name))
            modules << name;
        if (!titles.contains(r.reminder.title))
            titles << r.reminder.title;
    }
    m_dueCache.clear();
    if (count == 0)
        return;
    log()->info("{} reminders came while Tessera was closed", count);
    QString text = count == 1 ? tr("1 reminder while Tessera was closed") : tr("%1 reminders while Tessera was closed").arg(count);
    text += QStringLiteral(": ") + modules.join(QStringLiteral(", "));
    if (m_settings.showDetails())
        text += QStringLiteral(" (") + titles.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_notices.append(QVariantMap{{QStringLiteral("key"), QStringLiteral("missed")},
                                 {QStringLiteral("kind"), QStringLiteral("missed")},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("offerDone"), false}});
    emit noticesChanged();
}

void ReminderService::check()
{
    if (!m_started)
        return;
    m_dueCache.clear();
    auto all = m_store.reminders();
    if (!all.ok()) {
        log()->warn("reminders could not be read: {}", all.error().message.toStdString());
        m_timer.start(kMaxSleepMs);
        return;
    }
    const QDateTime at = now();
    const QTimeZone local = localZone();
    const bool quiet = m_settings.isQuiet(at.toTimeZone(local).time());
    for (const StoredReminder& r : std::as_const(all.value())) {
        if (!eligible(r.pluginId) || quiet)
            continue; // held during quiet hours: fired when they end
        const QList<QDateTime> due = reminderOccurrences(r.reminder, handledUntil(r), at, local);
        if (!due.isEmpty()) {
            fire(r, due.last(), {});
        } else if (r.snoozedUntil.isValid() && r.snoozedUntil <= at) {
            fire(r, r.lastOccurrence.isValid() ? r.lastOccurrence : r.snoozedUntil, {});
        }
    }
    m_dueCache.clear();
    writeHeartbeat();
    // Read again: firing changed the state.
    auto after = m_store.reminders();
    arm(after.ok() ? after.value() : all.value());
}

void ReminderService::fire(const StoredReminder& r, const QDateTime& occurrence, const QDateTime& snoozedUntil)
{
    const QString key = keyOf(r.pluginId, r.reminder.id);
    bool offerDone = false;
    if (!r.reminder.dueItemId.isEmpty()) {
        const QDate day = occurrence.toTimeZone(reminderZone(r.reminder, localZone())).date();
        const auto item = dueItem(r.pluginId, r.reminder.dueItemId, day);
        if (item && (item->state == sdk::DueItem::State::Done || item->state == sdk::DueItem::State::Skipped)) {
            log()->info("reminder {} of module {}: already done or skipped that day; not shown",
                        r.reminder.id.toStdString(), r.pluginId.toStdString());
            markHandled(r.pluginId, r.reminder.id, occurrence, snoozedUntil);
            return;
        }
        offerDone = item && item->offersDone()
                    && dynamic_cast<const sdk::DueItemActions*>(m_plugins.find(r.pluginId)->plugin.get()) != nullptr;
    }
    markHandled(r.pluginId, r.reminder.id, occurrence, snoozedUntil);
    m_active.insert(key, Active{r.pluginId, r.reminder, occurrence, offerDone});
    log()->info("reminder {} of module {} fired", r.reminder.id.toStdString(), r.pluginId.toStdString());

    ReminderNotification n;
    n.key = key;
    n.summary = tr("Tessera");
    n.body = m_settings.showDetails() ? r.reminder.title : tr("A reminder");
    n.offerDone = offerDone;
    n.openLabel = tr("Open");
    n.doneLabel = tr("Done");
    n.snoozeLabel = tr("Snooze %1 minutes").arg(m_settings.snoozeMinutes());
    if (m_desktop)
        m_desktop->show(n); // falls back to the window when it fails (Notifier::failed)
    else
        showInApp(key, n.body, offerDone);
    emit fired(r.pluginId, r.reminder.id, occurrence);
}

void ReminderService::showInApp(const QString& key, const QString& text, bool offerDone)
{
    for (int i = 0; i < m_notices.size(); ++i) {
        if (m_notices.at(i).toMap().value(QStringLiteral("key")).toString() == key) {
            m_notices.removeAt(i);
            break;
        }
    }
    m_notices.append(QVariantMap{{QStringLiteral("key"), key},
                                 {QStringLiteral("kind"), QStringLiteral("reminder")},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("offerDone"), offerDone},
                                 {QStringLiteral("snoozeLabel"), tr("Snooze %1 minutes").arg(m_settings.snoozeMinutes())}});
    emit noticesChanged();
}

void ReminderService::removeNotice(const QString& key)
{
    for (int i = 0; i < m_notices.size(); ++i) {
        if (m_notices.at(i).toMap().value(QStringLiteral("key")).toString() == key) {
            m_notices.removeAt(i);
            emit noticesChanged();
            return;
        }
    }
}

void ReminderService::act(const QString& key, const QString& action)
{
    if (action == QLatin1String("dismiss")) {
        removeNotice(key);
        m_active.remove(key);
        return;
    }
    const auto it = m_active.constFind(key);
    if (it == m_active.cend())
        return; // an old notification from before a restart, or already handled
    const Active a = *it;
    if (action == QLatin1String("open")) {
        m_active.remove(key);
        removeNotice(key);
        if (m_desktop)
            m_desktop->withdraw(key);
        emit openRequested(a.pluginId + QLatin1Char('/') + a.reminder.pageId, a.reminder.entryId);
    } else if (action == QLatin1String("done")) {
        if (!a.offerDone)
            return;
        const QDate day = a.occurrence.toTimeZone(reminderZone(a.reminder, localZone())).date();
        const sdk::Status s = m_plugins.actOnDueItem(a.pluginId, day, a.reminder.dueItemId, sdk::DueItemActions::Action::Done);
        if (!s.ok()) {
            log()->warn("reminder {} of module {}: Done did not reach the module: {}", a.reminder.id.toStdString(),
                        a.pluginId.toStdString(), s.error().message.toStdString());
            return;
        }
        m_active.remove(key);
        removeNotice(key);
        if (m_desktop)
            m_desktop->withdraw(key);
    } else if (action == QLatin1String("snooze")) {
        const QDateTime until = now().addSecs(60LL * m_settings.snoozeMinutes());
        markHandled(a.pluginId, a.reminder.id, a.occurrence, until);
        m_active.remove(key);
        removeNotice(key);
        if (m_desktop)
            m_desktop->withdraw(key);
        check();
    }
}

QDateTime ReminderService::quietEnd(const QDateTime& from) const
{
    const QTimeZone local = localZone();
    const QDate day = from.toTimeZone(local).date();
    for (int i = 0; i < 2; ++i) {
        const QDateTime end = wallTimeInstant(day.addDays(i), m_settings.quietTo(), local);
        if (end > from)
            return end;
    }
    return from.addSecs(kMaxSleepMs / 1000);
}

void ReminderService::arm(const QList<StoredReminder>& reminders)
{
    const QDateTime at = now();
    const QTimeZone local = localZone();
    QDateTime next;
    for (const StoredReminder& r : reminders) {
        if (!eligible(r.pluginId))
            continue;
        QDateTime n = nextReminderOccurrence(r.reminder, handledUntil(r), local);
        if (r.snoozedUntil.isValid() && (!n.isValid() || r.snoozedUntil < n))
            n = r.snoozedUntil;
        if (n.isValid() && (!next.isValid() || n < next))
            next = n;
    }
    if (next.isValid()) {
        const QDateTime when = std::max(next, at);
        if (m_settings.isQuiet(when.toTimeZone(local).time()))
            next = quietEnd(when);
    }
    m_nextDue = next;
    const qint64 ms = next.isValid() ? std::clamp<qint64>(at.msecsTo(next), 0, kMaxSleepMs) : kMaxSleepMs;
    m_nextCheck = at.addMSecs(ms);
    m_timer.start(int(ms));
}

QDateTime ReminderService::readHeartbeat() const
{
    if (m_options.heartbeatFile.isEmpty())
        return {};
    QFile f(m_options.heartbeatFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(f.read(64)).trimmed(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void ReminderService::writeHeartbeat()
{
    if (m_options.heartbeatFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_options.heartbeatFile).absolutePath());
    QSaveFile f(m_options.heartbeatFile);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(now().toString(Qt::ISODate).toLatin1());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.commit();
}

QVariantList ReminderService::modules() const
{
    QVariantList out;
    auto all = m_store.reminders();
    if (!all.ok())
        return out;
    QStringList seen;
    for (const StoredReminder& r : std::as_const(all.value())) {
        if (seen.contains(r.pluginId))
            continue;
        seen << r.pluginId;
        const PluginRecord* rec = m_plugins.find(r.pluginId);
        if (!rec || !rec->manifest)
            continue;
        out.append(QVariantMap{{QStringLiteral("id"), r.pluginId},
                               {QStringLiteral("name"), Languages::manifestText(rec->id, rec->manifest->name)},
                               {QStringLiteral("enabled"), m_settings.moduleEnabled(r.pluginId)},
                               {QStringLiteral("fixed"), m_settings.isFixed(QStringLiteral("modules:") + r.pluginId)}});
    }
    return out;
}

} // namespace tessera::core
