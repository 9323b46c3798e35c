// The client's reminder settings (issue 24): in <data-dir>/settings.ini
// (group "reminders"), beside the app's other settings, with the clinic
// profile's defaults; a locked profile fixes what it sets.
#pragma once

#include "profile/profile.h"

#include <QObject>
#include <QSettings>
#include <QTime>
#include <QVariantList>

#include <memory>

namespace tessera::core {

class ReminderSettings : public QObject {
    Q_OBJECT
    /// The notification says what the reminder is about (its title). Off by default.
    Q_PROPERTY(bool showDetails READ showDetails WRITE setShowDetails NOTIFY changed)
    Q_PROPERTY(bool quietHours READ quietHours WRITE setQuietHours NOTIFY changed)
    /// "HH:mm".
    Q_PROPERTY(QString quietFrom READ quietFromText WRITE setQuietFromText NOTIFY changed)
    Q_PROPERTY(QString quietTo READ quietToText WRITE setQuietToText NOTIFY changed)
    Q_PROPERTY(int snoozeMinutes READ snoozeMinutes WRITE setSnoozeMinutes NOTIFY changed)
    /// Which settings the clinic's locked profile fixes: "showDetails", "quietHours", "snoozeMinutes", "modules:<id>".
    Q_PROPERTY(QStringList fixed READ fixed CONSTANT)
    Q_PROPERTY(QString setBy READ setBy CONSTANT)

public:
    static constexpr int kDefaultSnoozeMinutes = 10;

    /// `file`: the settings file (settings.ini); empty: kept in memory only.
    ReminderSettings(const QString& file, const Profile& profile, QObject* parent = nullptr);
    ~ReminderSettings() override;

    [[nodiscard]] bool showDetails() const;
    void setShowDetails(bool show);
    [[nodiscard]] bool quietHours() const;
    void setQuietHours(bool on);
    [[nodiscard]] QTime quietFrom() const;
    [[nodiscard]] QTime quietTo() const;
    [[nodiscard]] QString quietFromText() const { return quietFrom().toString(QStringLiteral("HH:mm")); }
    [[nodiscard]] QString quietToText() const { return quietTo().toString(QStringLiteral("HH:mm")); }
    /// Refused (false) unless "HH:mm".
    Q_INVOKABLE bool setQuietFromText(const QString& time);
    Q_INVOKABLE bool setQuietToText(const QString& time);
    [[nodiscard]] int snoozeMinutes() const;
    void setSnoozeMinutes(int minutes);
    /// Whether the module's reminders fire (on unless turned off).
    Q_INVOKABLE bool moduleEnabled(const QString& moduleId) const;
    Q_INVOKABLE void setModuleEnabled(const QString& moduleId, bool enabled);
    Q_INVOKABLE bool isFixed(const QString& name) const { return m_fixed.contains(name); }
    [[nodiscard]] QStringList fixed() const { return m_fixed; }
    [[nodiscard]] QString setBy() const { return m_setBy; }

    /// Whether `wall` (a local time of day) is within quiet hours.
    [[nodiscard]] bool isQuiet(const QTime& wall) const;

signals:
    void changed();

private:
    QVariant value(const QString& key, const QVariant& fallback) const;
    void setValue(const QString& key, const QVariant& value, const QString& fixedName);

    std::unique_ptr<QSettings> m_settings;
    QHash<QString, QVariant> m_memory;
    ReminderProfileDefaults m_defaults;
    QStringList m_fixed;
    QString m_setBy;
};

} // namespace tessera::core
