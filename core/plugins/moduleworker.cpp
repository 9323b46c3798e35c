#include "moduleworker.h"

#include "safemode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <QtCore/private/qhooks_p.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <unordered_set>
#include <vector>

namespace tessera::core {

namespace {

// --- Which QObjects a run created ----------------------------------------------
//
// Qt calls qtHookData[AddQObject] at the end of every QObject constructor and
// qtHookData[RemoveQObject] at the start of every destructor (the hooks
// debuggers such as GammaRay use). While a run is active they record the
// objects made on the run's thread; the previous hooks, if any, are chained.

struct Collector {
    std::unordered_set<QObject*> objects;
};

std::recursive_mutex g_mutex; // guards everything below
std::vector<Collector*> g_active;
int g_installed = 0;
quintptr g_previousAdd = 0;
quintptr g_previousRemove = 0;
thread_local Collector* t_collector = nullptr;

void onAddObject(QObject* o)
{
    if (Collector* c = t_collector) {
        std::lock_guard lock(g_mutex);
        c->objects.insert(o);
    }
    if (g_previousAdd)
        reinterpret_cast<QHooks::AddQObjectCallback>(g_previousAdd)(o);
}

void onRemoveObject(QObject* o)
{
    {
        std::lock_guard lock(g_mutex);
        for (Collector* c : g_active)
            c->objects.erase(o);
    }
    if (g_previousRemove)
        reinterpret_cast<QHooks::RemoveQObjectCallback>(g_previousRemove)(o);
}

void addCollector(Collector* c)
{
    std::lock_guard lock(g_mutex);
    g_active.push_back(c);
    if (g_installed++ == 0 && qtHookData[QHooks::HookDataVersion] >= 1) {
        g_previousAdd = qtHookData[QHooks::AddQObject];
        g_previousRemove = qtHookData[QHooks::RemoveQObject];
        qtHookData[QHooks::AddQObject] = reinterpret_cast<quintptr>(&onAddObject);
        qtHookData[QHooks::RemoveQObject] = reinterpret_cast<quintptr>(&onRemoveObject);
    }
}

void removeCollector(Collector* c)
{
    std::lock_guard lock(g_mutex);
    std::erase(g_active, c);
    if (--g_installed == 0 && qtHookData[QHooks::AddQObject] == reinterpret_cast<quintptr>(&onAddObject)) {
        qtHookData[QHooks::AddQObject] = g_previousAdd;
        qtHookData[QHooks::RemoveQObject] = g_previousRemove;
    }
}

// Shared between the caller and the helper thread; outlives both when the
// helper thread is abandoned.
struct Shared {
    std::function<void()> fn;
    QThread* target = nullptr;
    Collector collector;
    std::mutex mutex;
    std::condition_variable cv;
    bool finishing = false; // fn returned; its objects are being moved
    bool abandoned = false; // the caller stopped waiting
    bool done = false;
    QList<QObject*> created;
};

void runOnHelper(const std::shared_ptr<Shared>& s)
{
    SafeMode::AlternateStack stack; // a stack overflow in module code is recorded like on the GUI thread
    t_collector = &s->collector;
    s->fn();
    t_collector = nullptr;
    {
        std::lock_guard lock(s->mutex);
        if (s->abandoned) // too late: the host has moved on, and the objects it recorded may be gone
            return;
        s->finishing = true;
    }
    QList<QObject*> created;
    {
        std::lock_guard lock(g_mutex);
        QThread* here = QThread::currentThread();
        for (QObject* o : s->collector.objects) {
            if (o->thread() != here)
                continue;
            created << o;
            if (!o->parent())
                o->moveToThread(s->target);
        }
    }
    std::lock_guard lock(s->mutex);
    s->created = created;
    s->done = true;
    s->cv.notify_all();
}

// A helper thread that runs one call after another for a Batch. Shared with
// the thread itself: when a call times out, the thread keeps it (and may
// outlive everyone else); it leaves once its call returns.
struct Helper {
    std::mutex mutex;
    std::condition_variable wake;
    std::shared_ptr<Shared> next; // the call to run, when there is one
    bool leave = false;           // the batch ended, or a call timed out
    QThread* thread = nullptr;

    static void loop(const std::shared_ptr<Helper>& h)
    {
        for (;;) {
            std::shared_ptr<Shared> call;
            {
                std::unique_lock lock(h->mutex);
                h->wake.wait(lock, [&] { return h->next || h->leave; });
                if (!h->next)
                    return;
                call = std::move(h->next);
            }
            runOnHelper(call);
            std::lock_guard lock(h->mutex);
            if (h->leave)
                return;
        }
    }
};

// The open batch's helper on this (the calling) thread, if any, and whether
// a call is on it now (a call made while another waits, from a queued call
// delivered meanwhile, gets a thread of its own).
thread_local int t_batches = 0;
thread_local std::shared_ptr<Helper> t_helper;
thread_local bool t_helperBusy = false;

std::function<void()>& afterEachCall()
{
    static std::function<void()> fn;
    return fn;
}

QList<QThread*>& abandonedThreads()
{
    // Never waited for, never destroyed (a QThread destroyed while it runs ends
    // the process); kept reachable from a global, so a leak checker sees a
    // deliberate leak, not a lost one.
    static auto* abandoned = new QList<QThread*>;
    return *abandoned;
}

} // namespace

void ModuleWorker::setAfterEachCall(std::function<void()> fn) { afterEachCall() = std::move(fn); }

ModuleWorker::Batch::Batch() { ++t_batches; }

ModuleWorker::Batch::~Batch()
{
    if (--t_batches > 0 || !t_helper)
        return;
    const std::shared_ptr<Helper> h = std::move(t_helper);
    {
        std::lock_guard lock(h->mutex);
        h->leave = true;
    }
    h->wake.notify_all();
    h->thread->wait();
    delete h->thread;
}

ModuleWorker::Run ModuleWorker::run(std::function<void()> fn, int limitMs)
{
    auto shared = std::make_shared<Shared>();
    shared->fn = std::move(fn);
    shared->target = QThread::currentThread();
    addCollector(&shared->collector);

    QElapsedTimer clock;
    clock.start();
    QThread* thread = nullptr;
    std::shared_ptr<Helper> helper;
    if (t_batches > 0 && !t_helperBusy) {
        if (!t_helper) {
            t_helper = std::make_shared<Helper>();
            t_helper->thread = QThread::create([h = t_helper] { Helper::loop(h); });
            t_helper->thread->setObjectName(QStringLiteral("tessera-module-start"));
            t_helper->thread->start();
        }
        helper = t_helper;
        t_helperBusy = true;
        {
            std::lock_guard lock(helper->mutex);
            helper->next = shared;
        }
        helper->wake.notify_all();
    } else {
        thread = QThread::create([shared] { runOnHelper(shared); });
        thread->setObjectName(QStringLiteral("tessera-module-start"));
        thread->start();
    }

    Run result;
    bool done = false;
    // Short waits, delivering queued calls to this thread's objects in between.
    constexpr auto kSlice = std::chrono::milliseconds(10);
    while (!done) {
        const qint64 left = limitMs - clock.elapsed();
        if (left <= 0)
            break;
        {
            std::unique_lock lock(shared->mutex);
            done = shared->cv.wait_for(lock, std::min<std::chrono::milliseconds>(kSlice, std::chrono::milliseconds(left)),
                                       [&] { return shared->done; });
        }
        if (!done && QCoreApplication::instance())
            QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    }
    result.elapsedMs = clock.elapsed();
    if (!done) {
        std::unique_lock lock(shared->mutex);
        if (shared->finishing) { // it returned just now and is moving its objects: a moment more
            shared->cv.wait(lock, [&] { return shared->done; });
            done = true;
        } else {
            shared->abandoned = true;
        }
    }
    removeCollector(&shared->collector);
    if (!done) {
        // Left running, with the call: the batch's next call gets a new helper.
        if (helper) {
            {
                std::lock_guard lock(helper->mutex);
                helper->leave = true;
            }
            helper->wake.notify_all(); // in case the call returned meanwhile and it waits for the next
            abandonedThreads().append(helper->thread);
            t_helper.reset();
            t_helperBusy = false;
        } else {
            abandonedThreads().append(thread);
        }
        result.outcome = Outcome::TimedOut;
        return result;
    }
    if (thread) {
        thread->wait();
        delete thread;
    }
    if (helper)
        t_helperBusy = false;
    // Moving an object with timers to this thread posts a call that
    // registers them here (Qt's _q_reregisterTimers, holding a list it
    // frees): deliver it now, so a program that never runs an event loop
    // (tessera-cli) neither loses the timers nor leaks the list.
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        if (afterEachCall())
            afterEachCall()();
    }
    result.created = shared->created;
    return result;
}

} // namespace tessera::core
