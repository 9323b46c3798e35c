// Runs a module's start (its factory, its initialize()) on a helper thread
// with a time limit, so a module that never returns cannot hang Tessera.
#pragma once

#include <QList>

#include <functional>
#include <memory>

class QObject;

namespace tessera::core {

/// One call into module code on a thread of its own, waited for at most a
/// limit. Qt thread affinity is kept as if the call had run on the caller's
/// thread: every QObject the call creates that is alive and has no parent
/// when it returns is moved to the caller's thread (its children with it)
/// before the helper thread ends, so module objects, their timers and their
/// queued calls live on the GUI thread as before.
///
/// While the caller waits, queued calls (QEvent::MetaCall) posted to objects
/// of the caller's thread are delivered, so a module that hands work to the
/// GUI thread and waits for it (a blocking queued call) is not stuck.
///
/// On a timeout the helper thread is left as it is and never waited for or
/// destroyed: everything `fn` uses must stay valid for ever (hand it shared
/// or deliberately leaked objects, never references to the caller's locals).
class ModuleWorker {
public:
    enum class Outcome { Returned, TimedOut };

    struct Run {
        Outcome outcome = Outcome::Returned;
        qint64 elapsedMs = 0;
        /// Every QObject `fn` created that was still alive when it returned
        /// (only when it returned), now on the caller's thread.
        QList<QObject*> created;
    };

    /// Runs `fn` (which must not throw) on a helper thread and waits for it at most `limitMs`:
    /// a new thread, or the batch's (below) while one is open on this thread.
    static Run run(std::function<void()> fn, int limitMs);

    /// Called on the calling (GUI) thread after each call has returned and its
    /// queued calls were delivered; empty by default. The app answers Qt's QML
    /// loader thread there while the modules start (issue 30).
    static void setAfterEachCall(std::function<void()> fn);

    /// While one is alive, run() calls made on this thread share one helper
    /// thread instead of starting one each (issue 30: the modules' start made
    /// 22 threads). A call that times out keeps that helper for ever, as
    /// before; the next call gets a new one. The helper ends with the batch.
    class Batch {
    public:
        Batch();
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
    };
};

} // namespace tessera::core
