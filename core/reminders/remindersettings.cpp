#include "remindersettings.h"

namespace tessera::core {

namespace {
const QString kDetails = QStringLiteral("reminders/showDetails");
const QString kQuiet = QStringLiteral("reminders/quietHours");
const QString kFrom = QStringLiteral("reminders/quietFrom");
const QString kTo = QStringLiteral("reminders/quietTo");
const QString kSnooze = QStringLiteral("reminders/snoozeMinutes");
QString moduleKey(const QString& id) { return QStringLiteral("reminders/module-") + id; }
QTime hhmm(const QVariant& v, const QTime& fallback)
{
    const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}
} // namespace

ReminderSettings::ReminderSettings(const QString& file, const Profile& profile, QObject* parent)
    : QObject(parent),
      m_defaults(profile.reminders),
      m_setBy(profile.setBy)
{
    if (!file.isEmpty())
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    if (profile.locked) {
        if (m_defaults.showDetails)
            m_fixed << QStringLiteral("showDetails");
        if (m_defaults.quietHours)
            m_fixed << QStringLiteral("quietHours");
        if (m_defaults.snoozeMinutes)
            m_fixed << QStringLiteral("snoozeMinutes");
        for (auto it = m_defaults.modules.cbegin(); it != m_defaults.modules.cend(); ++it)
            m_fixed << QStringLiteral("modules:") + it.key();
    }
}

ReminderSettings::~ReminderSettings() = default;

QVariant ReminderSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings ? m_settings->value(key, fallback) : m_memory.value(key, fallback);
}

void ReminderSettings::setValue(const QString& key, const QVariant& v, const QString& fixedName)
{
    if (m_fixed.contains(fixedName))
        return;
    if (m_settings)
        m_settings->setValue(key, v);
    else
        m_memory.insert(key, v);
    emit changed();
}

bool ReminderSettings::showDetails() const
{
    const bool fallback = m_defaults.showDetails.value_or(false);
    return isFixed(QStringLiteral("showDetails")) ? fallback : value(kDetails, fallback).toBool();
}
void ReminderSettings::setShowDetails(bool show) { setValue(kDetails, show, QStringLiteral("showDetails")); }

bool ReminderSettings::quietHours() const
{
    const bool fallback = m_defaults.quietHours.value_or(false);
    return isFixed(QStringLiteral("quietHours")) ? fallback : value(kQuiet, fallback).toBool();
}
void ReminderSettings::setQuietHours(bool on) { setValue(kQuiet, on, QStringLiteral("quietHours")); }

QTime ReminderSettings::quietFrom() const
{
    const QTime fallback = m_defaults.quietFrom.isValid() ? m_defaults.quietFrom : QTime(22, 0);
    return isFixed(QStringLiteral("quietHours")) ? fallback : hhmm(value(kFrom, {}), fallback);
}
QTime ReminderSettings::quietTo() const
{
    const QTime fallback = m_defaults.quietTo.isValid() ? m_defaults.quietTo : QTime(7, 0);
    return isFixed(QStringLiteral("quietHours")) ? fallback : hhmm(value(kTo, {}), fallback);
}
bool ReminderSettings::setQuietFromText(const QString& time)
{
    if (!QTime::fromString(time, QStringLiteral("HH:mm")).isValid() || isFixed(QStringLiteral("quietHours")))
        return false;
    setValue(kFrom, time, QStringLiteral("quietHours"));
    return true;
}
bool ReminderSettings::setQuietToText(const QString& time)
{
    if (!QTime::fromString(time, QStringLiteral("HH:mm")).isValid() || isFixed(QStringLiteral("quietHours")))
        return false;
    setValue(kTo, time, QStringLiteral("quietHours"));
    return true;
}

int ReminderSettings::snoozeMinutes() const
{
    const int fallback = m_defaults.snoozeMinutes.value_or(kDefaultSnoozeMinutes);
    if (isFixed(QStringLiteral("snoozeMinutes")))
        return fallback;
    const int m = value(kSnooze, fallback).toInt();
    return m >= 1 && m <= 240 ? m : fallback;
}
void ReminderSettings::setSnoozeMinutes(int minutes)
{
    if (minutes >= 1 && minutes <= 240)
        setValue(kSnooze, minutes, QStringLiteral("snoozeMinutes"));
}

bool ReminderSettings::moduleEnabled(const QString& moduleId) const
{
    const bool fallback = m_defaults.modules.value(moduleId, true);
    return isFixed(QStringLiteral("modules:") + moduleId) ? fallback : value(moduleKey(moduleId), fallback).toBool();
}
void ReminderSettings::setModuleEnabled(const QString& moduleId, bool enabled)
{
    setValue(moduleKey(moduleId), enabled, QStringLiteral("modules:") + moduleId);
}

bool ReminderSettings::isQuiet(const QTime& wall) const
{
    if (!quietHours())
        return false;
    const QTime from = quietFrom();
    const QTime to = quietTo();
    if (from == to)
        return false;
    const QTime t(wall.hour(), wall.minute());
    return from < to ? (t >= from && t < to) : (t >= from || t < to);
}

} // namespace tessera::core
