// Notices a call into a module that has run longer than the limit.
#pragma once

#include <QString>

#include <functional>

namespace tessera::core {

/// One monitor thread per process watches every call the host makes into
/// module code (validatePayload(), upgradePayload(), sampleEntries(),
/// backend(), shutdown(), and the methods pages call through a backend).
/// A call is registered by a Scope on the stack: a lock and a slot, no
/// thread per call. When a call has run past the limit, the monitor
///
///  1. writes `<state>/hung-<pid>-<start>.marker` (`module`, `hook`,
///     `since`), so that if the person kills the stuck process, the next
///     start puts that module in safe mode (SafeMode::recover());
///  2. logs it;
///  3. calls the hang handler, if one is set: tessera-cli's prints a message
///     and exits, since no one is there to wait.
///
/// When the call returns after all, the marker is removed and the module is
/// not blamed. The first hang recorded in a process holds the marker.
class HookWatchdog {
public:
    /// What the hang handler is told. Called on the monitor thread.
    struct Hang {
        QString moduleId;
        QString hook;    ///< "validatePayload()"
        int limitMs = 0;
    };
    using HangHandler = std::function<void(const Hang&)>;

    /// The process's watchdog (made on first use, never destroyed).
    static HookWatchdog& instance();

    /// Where markers go, the limit, and who is told. The last call wins
    /// (one plugin manager per process in the app and tessera-cli).
    void configure(const QString& stateDir, int limitMs, HangHandler onHang);
    [[nodiscard]] int limitMs() const;

    /// Registers a call into module `moduleId` for its lifetime.
    class Scope {
    public:
        Scope(const QString& moduleId, const char* hook);
        Scope(const QString& moduleId, const QString& hook);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        int m_slot = -1;
    };

    struct Private;

private:
    HookWatchdog();
    Private* d;
};

/// "10 seconds", "1 second", "1.5 seconds".
QString limitInWords(int ms);

} // namespace tessera::core
