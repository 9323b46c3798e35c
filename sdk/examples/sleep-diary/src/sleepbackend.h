// What the sleep diary's page talks to.
#pragma once

#include "sleepmath.h"

#include <tessera/sdk/entry.h>

#include <QObject>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace sleepdiary {

class SleepBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(double averageEfficiency READ averageEfficiency NOTIFY changed)
    Q_PROPERTY(QVariantList recentNights READ recentNights NOTIFY changed)

public:
    explicit SleepBackend(tessera::sdk::PluginContext& context, QObject* parent = nullptr);

    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// Mean sleep efficiency (%) of the last 14 nights; -1 when none.
    [[nodiscard]] double averageEfficiency() const { return m_average; }
    /// The last 7 nights: {id, night, asleep ("6 h 40 min"), efficiency, quality}.
    [[nodiscard]] QVariantList recentNights() const { return m_recent; }

    /// Saves a night. Times are "HH:mm"; bedtime is on `nightOf`, the wake
    /// time on the next day when it is earlier than bedtime. Returns the
    /// entry id, or "" with lastError set.
    Q_INVOKABLE QString saveNight(const QDate& nightOf, const QString& bedtime, const QString& wakeTime,
                                  int minutesToFallAsleep, int minutesAwake, int quality, const QString& note);
    Q_INVOKABLE void refresh();

    static Night nightFrom(const QJsonObject& payload);
    static tessera::sdk::EntryDraft draftFor(const Night& night, int quality, const QString& note);
    static QString duration(int minutes);

signals:
    void changed();

private:
    tessera::sdk::PluginContext& m_context;
    QString m_lastError;
    double m_average = -1;
    QVariantList m_recent;
};

} // namespace sleepdiary
