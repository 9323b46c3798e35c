// Module liveness and crash attribution (issue 20, "Module trust"), through
// the real plugin manager and real processes on one data folder:
//  - a module whose initialize() never returns is failed after the limit,
//    the others run, the app and tessera-cli finish with their usual exit
//    code, and the next start has it in safe mode ("stopped responding");
//  - a module whose validatePayload() never returns: tessera-cli stops with a
//    message after the limit; the app hangs, and once it is killed the next
//    start has the module in safe mode (a plain kill still counts for nothing);
//  - a module method its page calls throws: caught, logged with the module
//    and method (never the arguments), the app carries on;
//  - a module method crashes the process: the next start has exactly that
//    module in safe mode, naming it; a crash in the host's own code with the
//    same modules loaded blames no module.
//
// The limit is TESSERA_MODULE_HOOK_TIMEOUT_MS in the programs started here:
// $TESSERA_TEST_HOOK_LIMIT_MS, 2000 unless set. Every wait for a process is
// $TESSERA_TEST_PROCESS_TIMEOUT_MS (120 s unless set), far above the limit.
#include "plugins/callguard.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

using namespace tessera;
using namespace tessera::core;

namespace {

// A crash as a test sees it: killed by the signal, or, in the sanitizer
// build, AddressSanitizer's own report of the SIGSEGV and its exit code (its
// handler runs after Tessera's, which has already written the marker).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif
bool endedByCrash(const tessera::test::ProcessResult& r)
{
    return r.crashed || (kAddressSanitizer && r.exitCode != 0 && r.err.contains(QStringLiteral("AddressSanitizer")));
}

const QString kLiveness = tessera::test::fixturePluginDir() + QStringLiteral("/liveness");

int hookLimitMs()
{
    const int v = qEnvironmentVariableIntValue("TESSERA_TEST_HOOK_LIMIT_MS");
    return v > 0 ? v : 2000;
}

int processTimeoutMs()
{
    const int v = qEnvironmentVariableIntValue("TESSERA_TEST_PROCESS_TIMEOUT_MS");
    return v > 0 ? v : 120000;
}

// "within 2 seconds", as the host words the limit.
QString limitWords()
{
    const int ms = hookLimitMs();
    if (ms % 1000 == 0)
        return ms == 1000 ? QStringLiteral("1 second") : QStringLiteral("%1 seconds").arg(ms / 1000);
    return QStringLiteral("%1 seconds").arg(ms / 1000.0, 0, 'f', 1);
}

class LivenessTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_MODULE_HOOK_TIMEOUT_MS", QByteArray::number(hookLimitMs()));
        qputenv("TESSERA_BUNDLED_PLUGIN_DIR", tessera::test::bundledPluginDir().toLocal8Bit());
        // The crashes here are expected: no core files.
        const struct rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        state = dir.filePath(QStringLiteral("state"));
        profile = dir.filePath(QStringLiteral("profile.json"));
    }

    // A profile that turns on only these fixtures (the bundled modules stay off, so no code of theirs runs).
    void enableOnly(const QStringList& ids)
    {
        QFile f(profile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Liveness fixtures")},
                                          {QStringLiteral("enabled"), QJsonArray::fromStringList(ids)}})
                    .toJson());
    }
    QStringList common() const
    {
        return {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"), profile, QStringLiteral("--plugin-dir"), kLiveness};
    }
    test::ProcessResult cli(const QStringList& args) const { return test::runCli(args + common(), processTimeoutMs()); }
    test::ProcessResult app(const QStringList& args) const
    {
        return test::runProcess(test::appProgram(), args + common(), processTimeoutMs());
    }

    // id -> "state stage: reason" from `plugins list --json`.
    QHash<QString, QString> moduleStates(QString* err = nullptr) const
    {
        auto r = cli({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        if (err)
            *err = r.err;
        return test::moduleStatesFromJson(r.out);
    }
    QStringList quarantined() const
    {
        QFile f(QDir(state).filePath(QStringLiteral("quarantine.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        return ids;
    }
    QString logText() const
    {
        QFile f(dir.filePath(QStringLiteral("logs/tessera.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QStringList markers(const QString& pattern) const { return QDir(state).entryList({pattern}, QDir::Files); }

    QTemporaryDir dir;
    QString state;
    QString profile;
};

} // namespace

TEST_F(LivenessTest, ABlockingInitializeIsFailedAfterTheLimitAndTheOthersRun)
{
    auto opened = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_OK(opened);
    auto store = std::move(opened).value();
    PluginManager::Options o;
    o.pluginDirs = {kLiveness};
    o.stateDir = state;
    o.dataDir = dir.path();
    o.profile.name = QStringLiteral("Liveness fixtures");
    o.profile.enabled = QStringList{QStringLiteral("blocking-initialize"), QStringLiteral("good"), QStringLiteral("throwing-method")};
    o.hookTimeoutMs = hookLimitMs();
    QElapsedTimer t;
    t.start();
    {
        PluginManager pm(o);
        pm.loadAll(*store);
        const qint64 ms = t.elapsed();
        const PluginRecord* r = pm.find(QStringLiteral("blocking-initialize"));
        ASSERT_NE(r, nullptr);
        EXPECT_EQ(r->state, PluginState::Failed);
        EXPECT_EQ(r->stage, PluginStage::Initialize);
        EXPECT_TRUE(r->reason.startsWith(QStringLiteral("it did not finish starting within %1 (initialize() did not return)").arg(limitWords())))
            << r->reason.toStdString();
        EXPECT_TRUE(r->reason.contains(QStringLiteral("tessera-cli plugins reenable blocking-initialize"))) << r->reason.toStdString();
        EXPECT_EQ(r->plugin, nullptr); // never used again
        EXPECT_TRUE(pm.find(QStringLiteral("good"))->isRunning());
        EXPECT_TRUE(pm.find(QStringLiteral("throwing-method"))->isRunning());

        // The modules that started work as before: their objects are on this (the GUI) thread.
        QObject* backend = pm.find(QStringLiteral("throwing-method"))->plugin->backend();
        ASSERT_NE(backend, nullptr);
        EXPECT_EQ(backend->thread(), QThread::currentThread());
        EXPECT_EQ(backend->property("timer").value<QObject*>()->thread(), QThread::currentThread()); // a member, not a child
        QElapsedTimer wait;
        wait.start();
        while ((!backend->property("timerFired").toBool() || !backend->property("queuedRan").toBool())
               && wait.elapsed() < processTimeoutMs())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        EXPECT_TRUE(backend->property("timerFired").toBool()) << "a timer started in initialize() never fired";
        EXPECT_TRUE(backend->property("queuedRan").toBool()) << "a call queued in initialize() never ran";
        sdk::EntryDraft d;
        d.kind = QStringLiteral("good/note");
        d.title = QStringLiteral("works");
        d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
        EXPECT_OK(store->add(d));
        // Its kinds cannot be checked, so not written: it is not running.
        d.kind = QStringLiteral("blocking-initialize/note");
        const sdk::Status refused = pm.validate(d);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, sdk::ErrorCode::Unavailable);
        test::report(QStringLiteral("liveness"),
                     QStringLiteral("liveness: a module whose initialize() sleeps 10 minutes was failed after %1 ms (limit %2 ms); "
                                    "the 2 modules beside it ran")
                         .arg(ms).arg(hookLimitMs()));
    }
    EXPECT_EQ(quarantined(), QStringList{QStringLiteral("blocking-initialize")});

    // The next start skips it, saying it stopped responding.
    PluginManager next(o);
    next.loadAll(*store);
    const PluginRecord* r = next.find(QStringLiteral("blocking-initialize"));
    EXPECT_EQ(r->state, PluginState::Rejected);
    EXPECT_EQ(r->stage, PluginStage::SafeMode);
    EXPECT_TRUE(r->reason.contains(QStringLiteral("stopped responding in initialize()"))) << r->reason.toStdString();
    EXPECT_TRUE(next.find(QStringLiteral("good"))->isRunning());
}

TEST_F(LivenessTest, TheCliFinishesBesideAModuleThatNeverFinishesStarting)
{
    enableOnly({QStringLiteral("blocking-initialize"), QStringLiteral("good")});
    auto list = cli({QStringLiteral("plugins"), QStringLiteral("list")});
    ASSERT_NE(list.err, QStringLiteral("timed out"));
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_FALSE(list.crashed);
    QString line;
    for (const QString& l : list.out.split(QLatin1Char('\n'))) {
        if (l.startsWith(QStringLiteral("blocking-initialize")))
            line = l;
    }
    EXPECT_TRUE(line.contains(QStringLiteral("failed")) && line.contains(QStringLiteral("did not finish starting within %1").arg(limitWords())))
        << list.out.toStdString();

    // Skipped from now on: `entries add` does not even wait for it.
    auto add = cli({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("good/note"),
                    QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--payload"), QStringLiteral("{\"text\":\"x\"}")});
    EXPECT_EQ(add.exitCode, 0) << add.err.toStdString();
    const auto states = moduleStates();
    EXPECT_TRUE(states.value(QStringLiteral("blocking-initialize")).startsWith(QStringLiteral("rejected safe mode: ")))
        << states.value(QStringLiteral("blocking-initialize")).toStdString();
    EXPECT_TRUE(states.value(QStringLiteral("blocking-initialize")).contains(QStringLiteral("stopped responding in initialize()")));
    EXPECT_TRUE(states.value(QStringLiteral("good")).startsWith(QStringLiteral("running")));

    // Re-enabled, it is tried again, and an `entries add` beside it finishes too.
    EXPECT_EQ(cli({QStringLiteral("plugins"), QStringLiteral("reenable"), QStringLiteral("blocking-initialize")}).exitCode, 0);
    add = cli({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("good/note"),
               QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--payload"), QStringLiteral("{\"text\":\"x\"}")});
    EXPECT_EQ(add.exitCode, 0) << add.err.toStdString();
    EXPECT_TRUE(add.err.contains(QStringLiteral("blocking-initialize"))
                && add.err.contains(QStringLiteral("did not finish starting within %1").arg(limitWords())))
        << add.err.toStdString();
}

TEST_F(LivenessTest, TheAppStartsAndShowsTheModuleAsFailed)
{
    enableOnly({QStringLiteral("blocking-initialize"), QStringLiteral("good")});
    auto shot = app({QStringLiteral("--page"), QStringLiteral("catalog"), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("catalog.png"))});
    ASSERT_NE(shot.err, QStringLiteral("timed out"));
    EXPECT_EQ(shot.exitCode, 0) << shot.err.toStdString();
    EXPECT_FALSE(shot.crashed);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("catalog.png"))));
    EXPECT_TRUE(logText().contains(QStringLiteral("module blocking-initialize failed at initialize: it did not finish starting within")))
        << logText().toStdString();
    const auto states = moduleStates();
    EXPECT_TRUE(states.value(QStringLiteral("blocking-initialize")).contains(QStringLiteral("stopped responding in initialize()")))
        << states.value(QStringLiteral("blocking-initialize")).toStdString();
}

TEST_F(LivenessTest, TheCliStopsWithAMessageWhenAModuleStopsRespondingInACheck)
{
    enableOnly({QStringLiteral("blocking-validate"), QStringLiteral("good")});
    QElapsedTimer t;
    t.start();
    auto add = cli({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("blocking-validate/note"),
                    QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--payload"), QStringLiteral("{\"text\":\"block\"}")});
    const qint64 ms = t.elapsed();
    ASSERT_NE(add.err, QStringLiteral("timed out"));
    EXPECT_FALSE(add.crashed);
    EXPECT_EQ(add.exitCode, 2) << add.err.toStdString();
    EXPECT_TRUE(add.err.contains(QStringLiteral("tessera-cli: the module \"blocking-validate\" stopped responding in "
                                                "validatePayload() (no answer within %1), so this command was stopped")
                                     .arg(limitWords())))
        << add.err.toStdString();
    EXPECT_FALSE(add.err.contains(QStringLiteral("block\""))) << "the payload must not be shown";

    // The next start skips it, and says why; the other module works.
    QString notice;
    const auto states = moduleStates(&notice);
    EXPECT_TRUE(states.value(QStringLiteral("blocking-validate"))
                    .startsWith(QStringLiteral("rejected safe mode: This module stopped responding in validatePayload() on ")))
        << states.value(QStringLiteral("blocking-validate")).toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("The module \"blocking-validate\" stopped responding in validatePayload() last time")))
        << notice.toStdString();
    EXPECT_TRUE(states.value(QStringLiteral("good")).startsWith(QStringLiteral("running")));
    EXPECT_EQ(markers(QStringLiteral("*.marker")), QStringList());
    test::report(QStringLiteral("liveness"),
                 QStringLiteral("liveness: `entries add` whose module's validatePayload() sleeps 10 minutes stopped after %1 ms "
                                "(limit %2 ms) with exit code %3 and a message; the next start had the module in safe mode")
                     .arg(ms).arg(hookLimitMs()).arg(add.exitCode));
}

class StuckAppTest : public LivenessTest, public ::testing::WithParamInterface<const char*> {};

// Its page saves a note whose check never returns (validatePayload()), or
// one whose refresh afterwards never returns (refresh()): the app is stuck.
TEST_P(StuckAppTest, AKilledAppWhoseModuleStoppedRespondingPutsThatModuleInSafeMode)
{
    const QString hook = QString::fromLatin1(GetParam());
    const QString page = hook == QLatin1String("refresh()") ? QStringLiteral("blocking-validate/stall") : QStringLiteral("blocking-validate/save");
    enableOnly({QStringLiteral("blocking-validate"), QStringLiteral("good")});
    QProcess p;
    p.start(test::appProgram(), QStringList{QStringLiteral("--page"), page, QStringLiteral("--screenshot"),
                                            dir.filePath(QStringLiteral("stuck.png"))} + common());
    ASSERT_TRUE(p.waitForStarted(processTimeoutMs()));
    QElapsedTimer t;
    t.start();
    const QString logged = QStringLiteral("module blocking-validate has not returned from %1").arg(hook);
    while ((markers(QStringLiteral("hung-*.marker")).isEmpty() || !logText().contains(logged)) && t.elapsed() < processTimeoutMs()
           && p.state() == QProcess::Running)
        QThread::msleep(50);
    const QStringList hung = markers(QStringLiteral("hung-*.marker"));
    ASSERT_EQ(hung.size(), 1) << "no hang recorded; app output: " << p.readAllStandardError().toStdString();
    EXPECT_EQ(hung.first(), QStringLiteral("hung-%1-").arg(p.processId()) + hung.first().section(QLatin1Char('-'), 2));
    EXPECT_EQ(p.state(), QProcess::Running); // the app does not end itself
    // The person gives up and kills it.
    p.kill();
    p.waitForFinished(processTimeoutMs());

    const auto states = moduleStates();
    EXPECT_TRUE(states.value(QStringLiteral("blocking-validate")).contains(QStringLiteral("stopped responding in %1").arg(hook)))
        << states.value(QStringLiteral("blocking-validate")).toStdString();
    EXPECT_TRUE(states.value(QStringLiteral("good")).startsWith(QStringLiteral("running")));
    EXPECT_EQ(quarantined(), QStringList{QStringLiteral("blocking-validate")});
    EXPECT_EQ(markers(QStringLiteral("*.marker")), QStringList());
    EXPECT_TRUE(logText().contains(logged)) << logText().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Hooks, StuckAppTest, ::testing::Values("validatePayload()", "refresh()"));

TEST_F(LivenessTest, AMethodThatThrowsWhenAPageCallsItIsCaughtAndTheAppCarriesOn)
{
    enableOnly({QStringLiteral("throwing-method"), QStringLiteral("good")});
    auto shot = app({QStringLiteral("--page"), QStringLiteral("throwing-method/main"), QStringLiteral("--screenshot"),
                     dir.filePath(QStringLiteral("page.png"))});
    ASSERT_NE(shot.err, QStringLiteral("timed out"));
    EXPECT_FALSE(shot.crashed) << shot.err.toStdString();
    EXPECT_EQ(shot.exitCode, 0) << shot.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("page.png"))));
    const QString log = logText() + shot.err;
    EXPECT_TRUE(log.contains(QStringLiteral("module throwing-method: countWords() threw fixture countWords failure"))) << log.toStdString();
    // The call that threw returned its default; the next call worked.
    // Properties, a list property and the NOTIFY signal work through the guard (two calls, two signals).
    EXPECT_TRUE(shot.err.contains(QStringLiteral("throwing-method page: counted 0, greeting hello, calls 2, words 2, signalled 2")))
        << shot.err.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("private sentence"))) << "an argument reached the log";
    // Not put in safe mode: nothing crashed.
    EXPECT_TRUE(moduleStates().value(QStringLiteral("throwing-method")).startsWith(QStringLiteral("running")));
    EXPECT_EQ(quarantined(), QStringList());
}

TEST_F(LivenessTest, AModuleMethodThatCrashesTheAppIsPutInSafeModeByName)
{
    enableOnly({QStringLiteral("crashing-method"), QStringLiteral("throwing-method"), QStringLiteral("good")});
    auto crashed = app({QStringLiteral("--page"), QStringLiteral("crashing-method/main"), QStringLiteral("--screenshot"),
                        dir.filePath(QStringLiteral("page.png"))});
    ASSERT_NE(crashed.err, QStringLiteral("timed out"));
    EXPECT_TRUE(endedByCrash(crashed)) << crashed.exitCode << crashed.err.toStdString();
    EXPECT_EQ(markers(QStringLiteral("crashed-*.marker")).size(), 1);

    QString notice;
    const auto states = moduleStates(&notice);
    EXPECT_TRUE(states.value(QStringLiteral("crashing-method"))
                    .startsWith(QStringLiteral("rejected safe mode: Tessera stopped because of an error (SIGSEGV) inside this "
                                               "module while it was in use on ")))
        << states.value(QStringLiteral("crashing-method")).toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("Tessera stopped because of an error (SIGSEGV) inside the module \"crashing-method\" last time")))
        << notice.toStdString();
    EXPECT_TRUE(states.value(QStringLiteral("throwing-method")).startsWith(QStringLiteral("running")));
    EXPECT_TRUE(states.value(QStringLiteral("good")).startsWith(QStringLiteral("running")));
    EXPECT_EQ(quarantined(), QStringList{QStringLiteral("crashing-method")});
    EXPECT_EQ(markers(QStringLiteral("*.marker")), QStringList());
}

TEST_F(LivenessTest, ACrashInHostCodeWithModulesLoadedBlamesNoModule)
{
    const QString ids = QStringLiteral("crashing-method,throwing-method,good");
    auto run = [&](const QStringList& action) {
        return test::runProcess(QStringLiteral(TESSERA_MODULE_RUNNER), QStringList{dir.path(), kLiveness, ids} + action,
                                processTimeoutMs());
    };
    // A segmentation fault and an abort() in the host's own code, modules loaded.
    for (const QString& action : {QStringLiteral("host-crash"), QStringLiteral("host-abort")}) {
        auto r = run({action});
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("loaded"))) << r.err.toStdString();
        EXPECT_TRUE(endedByCrash(r)) << action.toStdString();
        EXPECT_EQ(markers(QStringLiteral("crashed-*.marker")), QStringList()) << action.toStdString();
    }
    enableOnly({QStringLiteral("crashing-method"), QStringLiteral("throwing-method"), QStringLiteral("good")});
    const auto before = moduleStates();
    for (const QString& id : ids.split(QLatin1Char(',')))
        EXPECT_TRUE(before.value(id).startsWith(QStringLiteral("running"))) << id.toStdString() << ": " << before.value(id).toStdString();
    EXPECT_EQ(quarantined(), QStringList());

    // The same crash inside a module's method (called as a page calls it), and an abort() in one: that module, named.
    auto segv = run({QStringLiteral("call"), QStringLiteral("crashing-method"), QStringLiteral("crash")});
    EXPECT_TRUE(endedByCrash(segv));
    auto states = moduleStates();
    EXPECT_TRUE(states.value(QStringLiteral("crashing-method")).contains(QStringLiteral("error (SIGSEGV) inside this module")))
        << states.value(QStringLiteral("crashing-method")).toStdString();
    EXPECT_EQ(quarantined(), QStringList{QStringLiteral("crashing-method")});
    EXPECT_EQ(cli({QStringLiteral("plugins"), QStringLiteral("reenable"), QStringLiteral("crashing-method")}).exitCode, 0);
    auto abrt = run({QStringLiteral("call"), QStringLiteral("crashing-method"), QStringLiteral("abortNow")});
    EXPECT_TRUE(abrt.crashed);
    states = moduleStates();
    EXPECT_TRUE(states.value(QStringLiteral("crashing-method")).contains(QStringLiteral("error (SIGABRT) inside this module")))
        << states.value(QStringLiteral("crashing-method")).toStdString();
    EXPECT_EQ(quarantined(), QStringList{QStringLiteral("crashing-method")});
    test::report(QStringLiteral("liveness"),
                 QStringLiteral("crash attribution: SIGSEGV and abort() in host code with 3 modules loaded blamed no module; "
                                "the same inside crashing-method's method put exactly that module in safe mode, naming it"));
}

TEST_F(LivenessTest, EveryBundledModuleStartsWithItsBackendOnTheGuiThreadAndGuarded)
{
    auto opened = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_OK(opened);
    auto store = std::move(opened).value();
    PluginManager::Options o;
    o.pluginDirs = {tessera::test::bundledPluginDir()};
    o.stateDir = state;
    o.dataDir = dir.path();
    o.hookTimeoutMs = 600000; // a slow machine must not fail a bundled module here
    PluginManager pm(o);
    pm.loadAll(*store);
    ASSERT_EQ(pm.running().size(), 11); // the bundled modules, assessments (issue 22), sessions (issue 26), resilience (27) and the reflective journal (28) included
    for (const PluginRecord* r : pm.running()) {
        QObject* backend = pm.backendOf(r->id);
        ASSERT_NE(backend, nullptr) << r->id.toStdString();
        EXPECT_EQ(backend->thread(), QThread::currentThread()) << r->id.toStdString();
        EXPECT_TRUE(hasCallGuard(backend)) << r->id.toStdString();
        for (QObject* child : backend->findChildren<QObject*>())
            EXPECT_EQ(child->thread(), QThread::currentThread()) << r->id.toStdString();
    }
}
