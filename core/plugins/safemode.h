// Safe mode: a module that crashed the process while it was loading is skipped next time.
#pragma once

#include <tessera/sdk/result.h>

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::core {

/// Notices a module that crashes Tessera while it loads, and skips it (safe
/// mode) until it is re-enabled. Several Tessera processes (the app, any
/// number of tessera-cli commands) share one state folder, so:
///
///  - Each process writes its own marker while it loads a module:
///    `loading-<pid>-<start>.marker`, where <start> is the process's start
///    time (field 22 of /proc/<pid>/stat), so a pid the system has handed to
///    a new process is never mistaken for the marker's owner. The marker
///    holds `module <id>`, `pid`, `start` and `since` lines.
///  - While a marker is open, crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
///    SIGABRT, SIGSYS, SIGTRAP raised by the process itself) are caught on an
///    alternate stack; the handler appends `crashed <SIGNAME>` to the marker
///    with write() and fsync() only, then hands the signal to the handler
///    that was there before (the default, or a sanitizer's) and re-raises it.
///    A kill from outside (SIGKILL, SIGTERM, or any signal another process
///    sent) writes nothing: it is not the module's fault.
///  - recover() looks at every marker whose owner is dead (no process with
///    that pid and start time). One that records a crash puts its module in
///    quarantine, with the signal and time; one that does not is removed and
///    logged ("stopped while loading; not a crash of the module"). A live
///    owner's marker is left alone.
///  - The sweep and every read-modify-write of quarantine.json hold an
///    exclusive flock on `safemode.lock` (the kernel drops it when a process
///    dies), taken with LOCK_NB and a bounded retry, never waited on forever.
///
/// Files in the state folder: `loading-*.marker`, `safemode.lock`, and
/// `quarantine.json` (`[{"id", "signal", "crashedAt"}]`; a plain id string,
/// as older versions wrote, is read too).
///
/// One module is loaded at a time per process (begin() ... end()).
class SafeMode {
public:
    struct Quarantine {
        QString signal;      ///< "SIGABRT"; empty if recorded by an older Tessera.
        QDateTime crashedAt; ///< UTC; invalid if unknown.
    };

    explicit SafeMode(QString stateDir);
    ~SafeMode();
    SafeMode(const SafeMode&) = delete;
    SafeMode& operator=(const SafeMode&) = delete;

    /// Reads the quarantine and sweeps the markers of dead processes (see
    /// above). Returns the ids put in quarantine by this call, sorted.
    QStringList recover();
    [[nodiscard]] bool isQuarantined(const QString& id) const { return m_quarantined.contains(id); }
    [[nodiscard]] QSet<QString> quarantined() const;
    [[nodiscard]] std::optional<Quarantine> quarantine(const QString& id) const;
    /// Why `id` is skipped, for the module catalogue ("Tessera crashed
    /// (SIGABRT) inside this module while loading it on ..."); empty if it is not.
    [[nodiscard]] QString reason(const QString& id) const;

    /// Writes this process's marker naming `id` and arms the crash handler.
    void begin(const QString& id);
    /// Disarms the crash handler and removes the marker.
    void end();
    /// Takes `id` out of quarantine (re-reading it under the lock).
    sdk::Status reenable(const QString& id);

    /// `loading-<pid>-<start>.marker`.
    static QString markerFileName(qint64 pid, quint64 startTime);
    /// A process's start time in clock ticks since boot (field 22 of
    /// /proc/<pid>/stat); 0 if there is no such process or it is unknown.
    static quint64 processStartTime(qint64 pid);

private:
    bool readQuarantine();
    sdk::Status saveQuarantine() const;

    QString m_dir;
    QHash<QString, Quarantine> m_quarantined;
    int m_markerFd = -1;
    QString m_markerPath;
};

} // namespace tessera::core
