// Safe mode from outside, with tessera-cli as separate processes the way a
// person (and the app beside them) runs it:
//  - a writer adding entries while readers list entries and modules side by
//    side: no add refused, no module put in safe mode;
//  - `entries add` killed with SIGKILL at random moments (many while it loads
//    the bundled modules), and with SIGABRT sent from outside: a kill is not a
//    module's crash, nothing is put in safe mode;
//  - a module that really crashes while loading (the crash-on-load fixture
//    calls abort() in its constructor) is put in safe mode, the reason names
//    the signal, and `plugins reenable` takes it out.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <random>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

using namespace tessera;

namespace {

const QString kFixtures = tessera::test::fixturePluginDir();
const QStringList kBundled{QStringLiteral("journal"), QStringLiteral("behavioral-activation"), QStringLiteral("cbt"),
                           QStringLiteral("goals"), QStringLiteral("medication"), QStringLiteral("mbct"),
                           QStringLiteral("ipt"), QStringLiteral("assessments")};

// Starts tessera-cli with `args`; stdout is dropped, stderr appended to `errFile`.
pid_t spawnCli(const QStringList& args, const QString& errFile)
{
    std::vector<QByteArray> owned;
    owned.push_back(tessera::test::builtCli().toLocal8Bit());
    for (const QString& a : args)
        owned.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray err = QFile::encodeName(errFile);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, err.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    return rc == 0 ? pid : -1;
}

int reap(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

QStringList addArgs(const QString& dataDir, int n)
{
    return {QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("journal/entry"),
            QStringLiteral("--title"), QStringLiteral("entry %1").arg(n), QStringLiteral("--payload"),
            QStringLiteral("{\"text\":\"written while others read\"}"), QStringLiteral("--data-dir"), dataDir};
}

class SafeModeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_BUNDLED_PLUGIN_DIR", tessera::test::bundledPluginDir().toLocal8Bit());
        // The crashes here are expected: no core files.
        const struct rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        state = dir.filePath(QStringLiteral("state"));
        errLog = dir.filePath(QStringLiteral("stderr.txt"));
    }

    // Ids in state/quarantine.json (either format: an id, or {"id": ...}).
    QStringList quarantined() const
    {
        QFile f(QDir(state).filePath(QStringLiteral("quarantine.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
            ids << (v.isString() ? v.toString() : v.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }
    QJsonObject quarantineEntry(const QString& id) const
    {
        QFile f(QDir(state).filePath(QStringLiteral("quarantine.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }
    QStringList markers() const
    {
        return QDir(state).entryList({QStringLiteral("loading*.marker")}, QDir::Files);
    }
    // id -> "state stage: reason" from `plugins list --json`.
    QHash<QString, QString> moduleStates(const QStringList& extra = {}, QString* err = nullptr) const
    {
        auto r = test::runCli(QStringList{QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json"),
                                          QStringLiteral("--data-dir"), dir.path()} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        if (err)
            *err = r.err;
        return test::moduleStatesFromJson(r.out);
    }
    void expectBundledRunning() const
    {
        const auto states = moduleStates();
        for (const QString& id : kBundled)
            EXPECT_TRUE(states.value(id).startsWith(QStringLiteral("running"))) << id.toStdString() << ": "
                                                                                 << states.value(id).toStdString();
    }
    QString errText() const
    {
        QFile f(errLog);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir dir;
    QString state;
    QString errLog;
};

} // namespace

TEST_F(SafeModeTest, ReadersSideBySideWithAWriterQuarantineNothing)
{
    // The journal exists before the readers start.
    ASSERT_EQ(test::runCli(addArgs(dir.path(), 0)).exitCode, 0);

    std::atomic<bool> stop{false};
    std::atomic<int> readerRuns{0}, readerFailures{0};
    auto reader = [&](int which) {
        const QString err = dir.filePath(QStringLiteral("reader%1.txt").arg(which));
        for (int i = 0; !stop.load(); ++i) {
            const QStringList args = (i + which) % 2 == 0
                ? QStringList{QStringLiteral("entries"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()}
                : QStringList{QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()};
            const pid_t pid = spawnCli(args, err);
            if (pid < 0) {
                ++readerFailures;
                return;
            }
            const int status = reap(pid);
            ++readerRuns;
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                ++readerFailures;
        }
    };
    std::thread r1(reader, 1), r2(reader, 2);

    const int kAdds = test::repeats(150);
    int refused = 0;
    const auto started = std::chrono::steady_clock::now();
    for (int i = 1; i <= kAdds; ++i) {
        const pid_t pid = spawnCli(addArgs(dir.path(), i), errLog);
        ASSERT_GT(pid, 0);
        const int status = reap(pid);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            ++refused;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    stop = true;
    r1.join();
    r2.join();

    QString readerErr;
    for (int which : {1, 2}) {
        QFile f(dir.filePath(QStringLiteral("reader%1.txt").arg(which)));
        if (f.open(QIODevice::ReadOnly))
            readerErr += QString::fromUtf8(f.readAll());
    }
    EXPECT_EQ(refused, 0) << errText().toStdString();
    EXPECT_EQ(quarantined(), QStringList());
    EXPECT_GT(readerRuns.load(), 20);
    EXPECT_EQ(readerFailures.load(), 0) << readerErr.toStdString();
    EXPECT_FALSE(errText().contains(QStringLiteral("safe mode"))) << errText().toStdString();
    EXPECT_FALSE(readerErr.contains(QStringLiteral("safe mode"))) << readerErr.toStdString();
    EXPECT_EQ(markers(), QStringList()); // every process removed its own
    expectBundledRunning();
    test::report(QStringLiteral("safemode"),
                 QStringLiteral("safe mode, side by side: %1 adds (%2 refused) while %3 `entries list`/`plugins list` ran "
                                "beside them (%4 failed), in %5 s; modules quarantined: %6")
                     .arg(kAdds).arg(refused).arg(readerRuns.load()).arg(readerFailures.load())
                     .arg(seconds, 0, 'f', 1).arg(quarantined().size()));
}

TEST_F(SafeModeTest, AKillIsNotAModuleCrash)
{
    ASSERT_EQ(test::runCli(addArgs(dir.path(), 0)).exitCode, 0);
    // How long an add takes here, to kill within it.
    std::vector<qint64> runs;
    for (int i = 0; i < 5; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const pid_t pid = spawnCli(addArgs(dir.path(), i), errLog);
        ASSERT_GT(pid, 0);
        const int status = reap(pid);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << errText().toStdString();
        runs.push_back(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(runs.begin(), runs.end());
    const qint64 typicalUs = runs[runs.size() / 2];

    const unsigned seed = static_cast<unsigned>(std::random_device{}());
    std::mt19937 rng(seed);
    std::uniform_int_distribution<qint64> delay(0, typicalUs * 4 / 5);
    struct Round {
        int signal = 0;
        int count = 0;
        int killed = 0;         // the signal ended the process
        int finishedFirst = 0;  // the add was done before the signal came
        QSet<QString> loading;  // markers left behind: killed while loading a module
    };
    std::vector<Round> rounds(2);
    rounds[0].signal = SIGKILL;
    rounds[0].count = test::repeats(100);
    rounds[1].signal = SIGABRT; // sent by another process: a kill, not a crash
    rounds[1].count = test::repeats(30);
    int refused = 0;
    for (Round& round : rounds) {
        for (int i = 0; round.killed < round.count && i < round.count * 3; ++i) {
            const pid_t pid = spawnCli(addArgs(dir.path(), i), errLog);
            ASSERT_GT(pid, 0);
            const qint64 us = delay(rng);
            const struct timespec pause{static_cast<time_t>(us / 1000000), static_cast<long>(us % 1000000) * 1000};
            ::nanosleep(&pause, nullptr);
            ::kill(pid, round.signal);
            const int status = reap(pid);
            if (WIFSIGNALED(status) && WTERMSIG(status) == round.signal)
                ++round.killed;
            else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
                ++round.finishedFirst;
            else
                ++refused; // it ran to its end and failed
            for (const QString& m : markers())
                round.loading.insert(m);
        }
    }
    // The next add sweeps what the killed ones left, and works.
    auto next = test::runCli(addArgs(dir.path(), 999));
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_FALSE(next.err.contains(QStringLiteral("safe mode"))) << next.err.toStdString();

    EXPECT_EQ(refused, 0) << errText().toStdString();
    EXPECT_EQ(quarantined(), QStringList());
    EXPECT_EQ(markers(), QStringList());
    EXPECT_EQ(rounds[0].killed, rounds[0].count);
    EXPECT_EQ(rounds[1].killed, rounds[1].count);
    EXPECT_GT(rounds[0].loading.size() + rounds[1].loading.size(), 0u) << "no kill landed while a module was loading";
    expectBundledRunning();
    test::report(QStringLiteral("safemode"),
                 QStringLiteral("safe mode, kills: `entries add` (%1 ms) got SIGKILL %2 times (%3 while loading a module, %4 "
                                "done first) and SIGABRT from outside %5 times (%6 while loading, %7 done first), seed %8; "
                                "modules quarantined: %9")
                     .arg(typicalUs / 1000.0, 0, 'f', 0)
                     .arg(rounds[0].killed).arg(rounds[0].loading.size()).arg(rounds[0].finishedFirst)
                     .arg(rounds[1].killed).arg(rounds[1].loading.size()).arg(rounds[1].finishedFirst)
                     .arg(seed).arg(quarantined().size()));
}

TEST_F(SafeModeTest, AModuleThatCrashesWhileLoadingIsQuarantinedUntilReenabled)
{
    const QStringList crash{QStringLiteral("--plugin-dir"), kFixtures + QStringLiteral("/crash")};
    const QStringList list = QStringList{QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                                         dir.path()} + crash;
    auto crashed = test::runCli(list);
    EXPECT_TRUE(crashed.crashed) << crashed.exitCode << crashed.err.toStdString();
    EXPECT_EQ(markers().size(), 1); // its owner is gone; the next start looks at it

    QString notice;
    const auto states = moduleStates(crash, &notice);
    const QStringList quarantinedAfterCrash = quarantined();
    EXPECT_TRUE(states.value(QStringLiteral("crash-on-load"))
                    .startsWith(QStringLiteral("rejected safe mode: Tessera crashed (SIGABRT) inside this module while loading it on ")))
        << states.value(QStringLiteral("crash-on-load")).toStdString();
    EXPECT_TRUE(states.value(QStringLiteral("crash-on-load")).contains(QStringLiteral("tessera-cli plugins reenable crash-on-load")));
    EXPECT_TRUE(notice.contains(QStringLiteral("Tessera crashed (SIGABRT) inside the module \"crash-on-load\" while loading it")))
        << notice.toStdString();
    for (const QString& id : kBundled)
        EXPECT_TRUE(states.value(id).startsWith(QStringLiteral("running"))) << id.toStdString() << ": " << states.value(id).toStdString();
    EXPECT_EQ(quarantined(), QStringList{QStringLiteral("crash-on-load")});
    EXPECT_EQ(quarantineEntry(QStringLiteral("crash-on-load")).value(QStringLiteral("signal")).toString(), QStringLiteral("SIGABRT"));
    EXPECT_EQ(markers(), QStringList());

    // Still skipped, without a new notice.
    QString later;
    EXPECT_TRUE(moduleStates(crash, &later).value(QStringLiteral("crash-on-load")).startsWith(QStringLiteral("rejected safe mode")));
    EXPECT_FALSE(later.contains(QStringLiteral("last time"))) << later.toStdString();

    auto reenable = test::runCli({QStringLiteral("plugins"), QStringLiteral("reenable"), QStringLiteral("crash-on-load"),
                                  QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(reenable.exitCode, 0) << reenable.err.toStdString();
    const QStringList quarantinedAfterReenable = quarantined();
    EXPECT_EQ(quarantinedAfterReenable, QStringList());
    auto again = test::runCli(list);
    EXPECT_TRUE(again.crashed) << again.exitCode; // tried again, and it crashes again
    EXPECT_EQ(moduleStates(crash).value(QStringLiteral("crash-on-load")).left(18), QStringLiteral("rejected safe mode"));
    test::report(QStringLiteral("safemode"),
                 QStringLiteral("safe mode, a real crash: after crash-on-load called abort() while loading (beside the %1 "
                                "bundled modules), modules quarantined: %2 (%3); its reason: \"%4\"; after `plugins "
                                "reenable`: %5 quarantined")
                     .arg(kBundled.size()).arg(quarantinedAfterCrash.size()).arg(quarantinedAfterCrash.join(QStringLiteral(", ")))
                     .arg(states.value(QStringLiteral("crash-on-load")).section(QStringLiteral(": "), 1))
                     .arg(quarantinedAfterReenable.size()));
}
