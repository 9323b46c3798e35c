// What the sleep diary's page talks to.
#pragma once

#include "sleepmath.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>

#include <QVariantList>

namespace sleepdiary {

/// The page's `backend`. ModuleBackend gives it the `lastError` property the
/// page shows, delete with undo (remove(), restore()) and refresh() whenever
/// the journal changes (watchJournal() in the constructor).
class SleepBackend : public tessera::sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(double averageEfficiency READ averageEfficiency NOTIFY changed)
    Q_PROPERTY(QVariantList recentNights READ recentNights NOTIFY changed)

public:
    explicit SleepBackend(tessera::sdk::PluginContext& context, QObject* parent = nullptr);

    /// Mean sleep efficiency (%) of the last 14 nights; -1 when none.
    [[nodiscard]] double averageEfficiency() const { return m_average; }
    /// The last 7 nights: {id, night, asleep ("6 h 40 min"), efficiency, quality}.
    [[nodiscard]] QVariantList recentNights() const { return m_recent; }

    /// Saves a night. Times are "HH:mm"; bedtime is on `nightOf`, the wake
    /// time on the next day when it is earlier than bedtime. Returns the
    /// entry id, or "" with lastError set.
    Q_INVOKABLE QString saveNight(const QDate& nightOf, const QString& bedtime, const QString& wakeTime,
                                  int minutesToFallAsleep, int minutesAwake, int quality, const QString& note);
    /// Reads the 14 newest nights again (the journal calls it after every change).
    Q_INVOKABLE void refresh() override;

    static Night nightFrom(const QJsonObject& payload);
    static tessera::sdk::EntryDraft draftFor(const Night& night, int quality, const QString& note);
    static QString duration(int minutes);

signals:
    void changed();

private:
    double m_average = -1;
    QVariantList m_recent;
};

} // namespace sleepdiary
