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
/// After the first module has loaded, the process also notices a module that
/// takes it down, or stops responding, later on:
///
///  - The crash handler stays armed for the life of the process
///    (watchModuleCrashes()). It knows the address ranges of every module
///    library's code (recorded at load with dl_iterate_phdr()); on a crash
///    signal the process raised itself it walks the stack (backtrace(),
///    loaded in advance) and, when a frame is inside a module library, writes
///    `crashed-<pid>-<start>.marker` naming the innermost such module and the
///    signal. A crash with no module code on the stack blames no module.
///  - The hook watchdog (hookwatchdog.h) writes `hung-<pid>-<start>.marker`
///    (`module`, `hook`, `since`) while a call into a module has run past the
///    limit, and removes it when the call returns.
///  - recover() treats a dead owner's `crashed-` or `hung-` marker like a
///    crash while loading: the module goes into quarantine, with what
///    happened. A kill from outside still writes nothing, so a plain kill
///    counts for nothing; a kill of a process whose module had stopped
///    responding counts against that module.
///
/// Files in the state folder: `loading-*.marker`, `crashed-*.marker`,
/// `hung-*.marker`, `safemode.lock`, and `quarantine.json` (`[{"id",
/// "signal", "crashedAt", "during", "hook"}]`; a plain id string, as older
/// versions wrote, is read too).
///
/// One module is loaded at a time per process (begin() ... end()).
class SafeMode {
public:
    /// When the module took Tessera down.
    enum class During {
        Loading, ///< it crashed the process while loading
        Use,     ///< it crashed the process later, while running (its code was on the stack)
        Hang,    ///< it stopped responding in a call (`hook`)
    };
    struct Quarantine {
        QString signal;      ///< "SIGABRT"; empty for a hang, or if recorded by an older Tessera.
        QDateTime crashedAt; ///< UTC; invalid if unknown.
        During during = During::Loading;
        QString hook;        ///< For a hang: "initialize()", "validatePayload()", ...
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
    /// The notice shown once, at the start that put `id` in quarantine.
    [[nodiscard]] QString notice(const QString& id) const;

    /// Puts `id` in quarantine now (under the lock), e.g. a module that did
    /// not finish starting in time: the next start skips it.
    sdk::Status quarantineNow(const QString& id, const Quarantine& q);

    /// Records where the code of module `id`'s library is (any address
    /// inside it identifies the library), for the crash handler's stack walk.
    static void registerModuleLibrary(const QString& id, const void* addressInside);
    /// Keeps the crash handler armed from now on, for the life of the
    /// process, writing `crashed-<pid>-<start>.marker` in `stateDir` when a
    /// crash has module code on its stack. Idempotent; the last call's
    /// folder is used.
    static void watchModuleCrashes(const QString& stateDir);
    /// `crashed-<pid>-<start>.marker`, `hung-<pid>-<start>.marker`.
    static QString crashMarkerFileName(qint64 pid, quint64 startTime);
    static QString hangMarkerFileName(qint64 pid, quint64 startTime);
    /// This process's start time (processStartTime(getpid()), read once).
    static quint64 ownStartTime();

    /// An alternate signal stack for the calling thread while it lives (when
    /// it has none), so a stack overflow there reaches the crash handler.
    class AlternateStack {
    public:
        AlternateStack();
        ~AlternateStack();
        AlternateStack(const AlternateStack&) = delete;
        AlternateStack& operator=(const AlternateStack&) = delete;

    private:
        char* m_stack = nullptr;
    };

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
