// Safe mode: a module that took the process down while loading is skipped next time.
#pragma once

#include <tessera/sdk/result.h>

#include <QSet>
#include <QString>

namespace tessera::core {

/// Writes a marker naming the module being loaded, and removes it when the
/// load finished. A marker found at start-up means the process died while
/// loading that module: it is quarantined (skipped, with a reason) until
/// re-enabled. Files live in the state folder:
///  - loading.marker: the id of the module being loaded right now;
///  - quarantine.json: ids skipped until re-enabled.
class SafeMode {
public:
    explicit SafeMode(QString stateDir);

    /// Reads the quarantine and turns a left-over marker into a quarantine
    /// entry. Returns the id found in a left-over marker, if any.
    QString recover();
    [[nodiscard]] bool isQuarantined(const QString& id) const { return m_quarantined.contains(id); }
    [[nodiscard]] QSet<QString> quarantined() const { return m_quarantined; }
    /// Marks the start of loading `id` (synced to disk before returning).
    void begin(const QString& id);
    /// Marks the end of the load started with begin().
    void end();
    /// Takes `id` out of quarantine.
    sdk::Status reenable(const QString& id);

private:
    sdk::Status saveQuarantine() const;
    QString m_dir;
    QSet<QString> m_quarantined;
};

} // namespace tessera::core
