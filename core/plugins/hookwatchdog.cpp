#include "hookwatchdog.h"

#include "safemode.h"

#include "host/logging.h"

#include "host/qstringformatter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace tessera::core {

namespace {

using Clock = std::chrono::steady_clock;

std::shared_ptr<spdlog::logger> log() { return logger("plugins"); }

struct Slot {
    bool used = false;
    bool recorded = false; // this call holds the hang marker
    bool reported = false; // already dealt with as overdue
    QString moduleId;
    QString hook;
    Clock::time_point started;
    std::thread::id thread;
};

} // namespace

struct HookWatchdog::Private {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<Slot> calls;
    std::vector<int> freeSlots;
    QString stateDir;
    int limitMs = 10000;
    HangHandler onHang;
    bool monitorStarted = false;
    bool monitorIdle = false; // waiting with no call to time: a new call must wake it
    bool markerHeld = false;

    int acquire(const QString& moduleId, QString hook)
    {
        std::lock_guard lock(mutex);
        int slot;
        if (!freeSlots.empty()) {
            slot = freeSlots.back();
            freeSlots.pop_back();
        } else {
            slot = static_cast<int>(calls.size());
            calls.emplace_back();
        }
        Slot& s = calls[size_t(slot)];
        s.used = true;
        s.recorded = s.reported = false;
        s.moduleId = moduleId;
        s.hook = std::move(hook);
        s.started = Clock::now();
        s.thread = std::this_thread::get_id();
        if (!monitorStarted) {
            monitorStarted = true;
            std::thread([this] { monitor(); }).detach(); // lives as long as the process
        } else if (monitorIdle) {
            // Otherwise the monitor already waits for an earlier deadline than this call's.
            monitorIdle = false;
            cv.notify_one();
        }
        return slot;
    }

    void release(int slot)
    {
        QString returned;
        qint64 afterMs = 0;
        {
            std::lock_guard lock(mutex);
            Slot& s = calls[size_t(slot)];
            if (s.recorded) {
                QFile::remove(markerPath());
                markerHeld = false;
                // The calls around it on the same thread, if still overdue, are looked at again.
                for (Slot& other : calls) {
                    if (other.used && &other != &s && other.thread == s.thread)
                        other.reported = false;
                }
                monitorIdle = false;
                cv.notify_one();
            }
            if (s.reported) {
                returned = s.moduleId + QLatin1Char(' ') + s.hook;
                afterMs = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - s.started).count();
            }
            s = Slot{};
            freeSlots.push_back(slot);
        }
        if (!returned.isEmpty())
            log()->warn("module {} returned after all, after {} s; it is not put in safe mode", returned, afterMs / 1000.0);
    }

    QString markerPath() const
    {
        return QDir(stateDir).filePath(SafeMode::hangMarkerFileName(::getpid(), SafeMode::ownStartTime()));
    }

    // Written with the lock held: the marker says which call, and is gone
    // again before that call's Scope is released.
    bool writeMarker(const Slot& s)
    {
        if (stateDir.isEmpty())
            return false;
        QDir().mkpath(stateDir);
        const QByteArray path = QFile::encodeName(markerPath());
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        const QByteArray text = QByteArrayLiteral("module ") + s.moduleId.toUtf8() + QByteArrayLiteral("\nhook ")
            + s.hook.toUtf8() + QByteArrayLiteral("\npid ") + QByteArray::number(::getpid()) + QByteArrayLiteral("\nsince ")
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
        bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
        ok = ::fsync(fd) == 0 && ok;
        ::close(fd);
        return ok;
    }

    void monitor()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            const auto limit = std::chrono::milliseconds(limitMs);
            std::optional<Clock::time_point> next;
            std::vector<Hang> overdue;
            const auto now = Clock::now();
            for (Slot& s : calls) {
                if (!s.used || s.reported)
                    continue;
                const auto due = s.started + limit;
                if (due > now) {
                    if (!next || due < *next)
                        next = due;
                    continue;
                }
                // Overdue. The call that is stuck is the innermost one on its
                // thread (a page's save() waiting for a module's
                // validatePayload(), say): that one is named.
                Slot* innermost = &s;
                for (Slot& other : calls) {
                    if (other.used && other.thread == s.thread) {
                        other.reported = true;
                        if (other.started >= innermost->started)
                            innermost = &other;
                    }
                }
                if (!markerHeld && writeMarker(*innermost)) {
                    innermost->recorded = true;
                    markerHeld = true;
                }
                overdue.push_back(Hang{innermost->moduleId, innermost->hook, limitMs});
            }
            if (!overdue.empty()) {
                HangHandler handler = onHang;
                lock.unlock();
                for (const Hang& h : overdue) {
                    log()->error("module {} has not returned from {} for {}; if Tessera does not respond, close it: "
                                 "the module will be skipped (safe mode) from the next start", h.moduleId, h.hook,
                                 limitInWords(h.limitMs));
                    flushLogs(); // the person may well kill the process now
                    if (handler)
                        handler(h);
                }
                lock.lock();
                continue;
            }
            if (next) {
                cv.wait_until(lock, *next);
            } else {
                monitorIdle = true;
                cv.wait(lock);
                monitorIdle = false;
            }
        }
    }
};

HookWatchdog::HookWatchdog() : d(new Private) {}

HookWatchdog& HookWatchdog::instance()
{
    static auto* watchdog = new HookWatchdog(); // never destroyed: its thread may be waiting at exit
    return *watchdog;
}

void HookWatchdog::configure(const QString& stateDir, int limitMs, HangHandler onHang)
{
    std::lock_guard lock(d->mutex);
    d->stateDir = stateDir;
    d->limitMs = limitMs > 0 ? limitMs : 10000;
    d->onHang = std::move(onHang);
    d->monitorIdle = false;
    d->cv.notify_one();
}

int HookWatchdog::limitMs() const
{
    std::lock_guard lock(d->mutex);
    return d->limitMs;
}

HookWatchdog::Scope::Scope(const QString& moduleId, const char* hook)
    : m_slot(instance().d->acquire(moduleId, QString::fromLatin1(hook)))
{
}

HookWatchdog::Scope::Scope(const QString& moduleId, const QString& hook) : m_slot(instance().d->acquire(moduleId, hook)) {}

HookWatchdog::Scope::~Scope() { instance().d->release(m_slot); }

QString limitInWords(int ms)
{
    if (ms % 1000 == 0)
        return ms == 1000 ? QStringLiteral("1 second") : QStringLiteral("%1 seconds").arg(ms / 1000);
    return QStringLiteral("%1 seconds").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace tessera::core
