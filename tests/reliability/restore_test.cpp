// Restores, backups and starts killed at random moments, driven from outside
// as a person would: tessera-cli and the app as separate processes on one
// data folder. After every kill the next command finds a whole journal (the
// one from before, or the restored one), never none and never an empty one,
// and it passes integrity_check.
//
// TESSERA_RESTORE_KILLS sets the number of kills during restore (default 120).
#include "app/appcontroller.h"
#include "host/host.h"
#include "store/backups.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <random>

#include <sqlite3.h>

#include <signal.h>

using namespace tessera;
using namespace tessera::core;
using test::runCli;

namespace {

int restoreKills()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("TESSERA_RESTORE_KILLS", &ok);
    return ok && n > 0 ? n : test::repeats(120);
}

void addEntries(JournalStore& store, int count, int from)
{
    for (int i = from; i < from + count; ++i) {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/entry");
        d.title = QStringLiteral("entry %1").arg(i);
        d.payload = QJsonObject{{QStringLiteral("text"), QString(900, QLatin1Char('a' + i % 26))}};
        ASSERT_OK(store.add(d));
    }
}

// Entries in the journal of a data folder, as `tessera-cli db info` reports
// them; -1 (with the reason in *why) when the command fails.
qint64 entriesOf(const QString& dataDir, QString* why)
{
    auto r = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--no-bundled"),
                     QStringLiteral("--data-dir"), dataDir});
    if (r.exitCode != 0) {
        *why = r.err;
        return -1;
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("entries")).toInteger(-1);
}

// A check-in the journal module accepts.
QStringList checkinArgs()
{
    return {QStringLiteral("--kind"), QStringLiteral("journal/checkin"), QStringLiteral("--title"), QStringLiteral("Check-in"),
            QStringLiteral("--mood"), QStringLiteral("5"), QStringLiteral("--payload"), QStringLiteral("{\"feelings\":[\"calm\"]}")};
}

bool checkPasses(const QString& dataDir, QString* why)
{
    auto r = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dataDir});
    *why = r.out + r.err;
    return r.exitCode == 0;
}

// Starts `program`, kills it with SIGKILL after `delayUs`; true when the kill
// came before it finished by itself.
bool killAfter(const QString& program, const QStringList& args, int delayUs)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return false;
    QThread::usleep(static_cast<unsigned long>(delayUs));
    const bool running = p.state() == QProcess::Running;
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    return running && p.exitStatus() == QProcess::CrashExit;
}

class KilledRestoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        journal = dir.filePath(QStringLiteral("journal.sqlite"));
        auto s = test::openJournal(journal);
        ASSERT_OK(s);
        addEntries(*s.value(), kSmall, 0);
        ASSERT_OK(s.value()->backupTo(small));
        addEntries(*s.value(), kLarge - kSmall, kSmall);
        ASSERT_OK(s.value()->backupTo(large));
    }

    static constexpr int kSmall = 1500;
    static constexpr int kLarge = 2500;
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    QString journal;
    QString small = elsewhere.filePath(QStringLiteral("small.sqlite"));
    QString large = elsewhere.filePath(QStringLiteral("large.sqlite"));
};

} // namespace

TEST_F(KilledRestoreTest, EveryKillLeavesAWholeJournal)
{
    // How long one restore takes, so the kills fall across the whole of it.
    QElapsedTimer timer;
    timer.start();
    auto once = runCli({QStringLiteral("db"), QStringLiteral("restore"), small, QStringLiteral("--no-bundled"),
                        QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    const qint64 restoreUs = timer.nsecsElapsed() / 1000;
    QString why;
    ASSERT_EQ(entriesOf(dir.path(), &why), kSmall) << why.toStdString();

    std::mt19937 rng(20261129);
    const int kills = restoreKills();
    int killed = 0, oldKept = 0, restored = 0, finishedLater = 0;
    qint64 expectedBefore = kSmall;
    for (int round = 0; round < kills; ++round) {
        const bool toLarge = round % 2 == 0;
        const QString backup = toLarge ? large : small;
        const int delay = static_cast<int>(rng() % static_cast<unsigned>(restoreUs * 12 / 10 + 1));
        killed += killAfter(test::cliProgram(),
                            {QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--no-bundled"),
                             QStringLiteral("--data-dir"), dir.path()},
                            delay)
            ? 1 : 0;
        const bool interrupted = QFile::exists(journal + QStringLiteral(".restore"));
        // The next command, read-only as a worried person's first one would be.
        const qint64 n = entriesOf(dir.path(), &why);
        ASSERT_TRUE(n == kSmall || n == kLarge) << "round " << round << " (killed after " << delay << " us): " << n
                                                << " entries; " << why.toStdString();
        ASSERT_TRUE(checkPasses(dir.path(), &why)) << "round " << round << ": " << why.toStdString();
        ASSERT_FALSE(QFile::exists(journal + QStringLiteral(".restore"))) << "round " << round << ": the restore was not finished";
        ASSERT_FALSE(QFile::exists(journal + QStringLiteral(".restoring"))) << "round " << round;
        if (n == expectedBefore && n != (toLarge ? kLarge : kSmall))
            ++oldKept;
        else if (interrupted)
            ++finishedLater;
        else
            ++restored;
        expectedBefore = n;
        // Each journal kept aside must be whole too (with its own log beside it); then it goes, to save space.
        for (const QString& aside : JournalStore::keptAside(journal)) {
            auto kept = test::openJournal(aside, JournalStore::Mode::ReadOnly);
            ASSERT_OK(kept);
            const qint64 keptEntries = kept.value()->stats()->entries;
            EXPECT_TRUE(keptEntries == kSmall || keptEntries == kLarge) << aside.toStdString() << ": " << keptEntries;
            kept.value().reset();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(aside + suffix);
        }
    }
    // Then a write goes to the journal that is there, never to a new empty one.
    auto add = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add")} + checkinArgs()
                      + QStringList{QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    EXPECT_EQ(entriesOf(dir.path(), &why), expectedBefore + 1);
    test::report(QStringLiteral("restore"),
                 QStringLiteral("killed restore: %1 restores of a %2-entry or %3-entry backup, %4 killed mid-way (SIGKILL at 0-%5 ms); "
                                "after every one the next command found a whole journal that passed integrity_check: %6 times "
                                "the old one, %7 the restored one, %8 an interrupted restore finished by the next command; "
                                "0 empty or missing journals")
                     .arg(kills).arg(kSmall).arg(kLarge).arg(killed).arg(restoreUs * 12 / 10 / 1000)
                     .arg(oldKept).arg(restored).arg(finishedLater));
}

TEST_F(KilledRestoreTest, AJournalKeptAsideIsNeverReplacedByAnEmptyOne)
{
    // What an interrupted restore of an older Tessera left: the journal aside, none in its place.
    ASSERT_TRUE(QFile::rename(journal, journal + QStringLiteral(".before-restore-20261101-101010")));
    QFile::remove(journal + QStringLiteral("-wal"));
    QFile::remove(journal + QStringLiteral("-shm"));
    auto add = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add")} + checkinArgs()
                      + QStringList{QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(add.exitCode, 2);
    EXPECT_TRUE(add.err.contains(QStringLiteral("before-restore-20261101-101010"))) << add.err.toStdString();
    EXPECT_EQ(add.err.count(QStringLiteral("is missing")), 1) << "the reason is printed once: " << add.err.toStdString();
    EXPECT_FALSE(QFile::exists(journal)) << "an empty journal was started";

    // The app opens at its error page and makes no automatic backup of anything.
    auto app = test::runProcess(test::appProgram(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                                                              dir.filePath(QStringLiteral("shot.png"))});
    EXPECT_EQ(app.exitCode, 0) << app.err.toStdString();
    EXPECT_FALSE(QFile::exists(journal));
    EXPECT_TRUE(BackupRotation(dir.filePath(QStringLiteral("backups"))).list().isEmpty());

    // The app's error page offers the kept journal (there is no automatic backup) and restores it.
    {
        HostOptions options;
        options.dataDir = dir.path();
        options.bundledPlugins = false;
        Host host(options);
        const sdk::Status opened = host.openJournal();
        ASSERT_FALSE(opened.ok());
        AppController controller(host, opened.error().message, false);
        ASSERT_EQ(controller.backups().size(), 1);
        EXPECT_TRUE(controller.backups().first().toMap().value(QStringLiteral("label")).toString().contains(QStringLiteral("before a restore")));
    }
    // Restoring the kept journal brings every entry back.
    auto restore = runCli({QStringLiteral("db"), QStringLiteral("restore"), journal + QStringLiteral(".before-restore-20261101-101010"),
                           QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    QString why;
    EXPECT_EQ(entriesOf(dir.path(), &why), kLarge) << why.toStdString();
}

TEST_F(KilledRestoreTest, AnEmptyJournalBesideBackupsIsNotNew)
{
    {
        auto s = test::openJournal(journal);
        ASSERT_OK(s);
        ASSERT_OK(BackupRotation(dir.filePath(QStringLiteral("backups"))).backupNow(*s.value()));
    }
    QFile::remove(journal + QStringLiteral("-wal"));
    QFile::remove(journal + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile(journal).resize(0));
    for (const QString& command : {QStringLiteral("db info"), QStringLiteral("entries list")}) {
        auto r = runCli(command.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dir.path()});
        EXPECT_EQ(r.exitCode, 2) << command.toStdString() << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("is empty (0 bytes), but there are 1 backups"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("tessera-cli db restore"))) << r.err.toStdString();
    }
    EXPECT_EQ(QFileInfo(journal).size(), 0);
    auto restore = runCli({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    QString why;
    EXPECT_EQ(entriesOf(dir.path(), &why), kLarge) << why.toStdString();

    // Starting afresh is a choice the person makes: db accept.
    ASSERT_TRUE(QFile::remove(journal));
    auto accept = runCli({QStringLiteral("db"), QStringLiteral("accept"), QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    EXPECT_EQ(entriesOf(dir.path(), &why), 0) << why.toStdString();
}

TEST_F(KilledRestoreTest, KilledBackupsLeaveNoPartialFilesAndNoBadCopies)
{
    std::mt19937 rng(7);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    int killed = 0;
    for (int round = 0, rounds = test::repeats(30); round < rounds; ++round) {
        const QString target = QDir(folder).filePath(QStringLiteral("journal-202611%1-120000.sqlite").arg(round % 28 + 1, 2, 10, QLatin1Char('0')));
        killed += killAfter(test::cliProgram(),
                            {QStringLiteral("db"), QStringLiteral("backup"), target, QStringLiteral("--no-bundled"),
                             QStringLiteral("--data-dir"), dir.path()},
                            static_cast<int>(rng() % 120000)) ? 1 : 0;
        QString why;
        ASSERT_TRUE(checkPasses(dir.path(), &why)) << why.toStdString();
        // Every backup that has its name is whole.
        for (const QString& b : BackupRotation(folder).list()) {
            auto opened = test::openJournal(b, JournalStore::Mode::ReadOnly);
            ASSERT_OK(opened);
            EXPECT_EQ(opened.value()->stats()->entries, kLarge);
        }
    }
    // What a copy killed after its first page leaves (a copy of a journal in WAL mode is
    // in WAL mode too): its write-ahead log and index beside it.
    const QString killedCopy = QDir(folder).filePath(QStringLiteral("journal-20261101-120000.sqlite.partial"));
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile planted(killedCopy + QLatin1String(suffix));
        ASSERT_TRUE(planted.open(QIODevice::WriteOnly));
        planted.write("left by a killed copy");
    }
    // The next automatic backup clears what the killed ones left.
    {
        auto s = test::openJournal(journal);
        ASSERT_OK(s);
        ASSERT_OK(BackupRotation(folder).backupNow(*s.value()));
    }
    EXPECT_TRUE(QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    EXPECT_TRUE(QDir(folder).entryList({QStringLiteral("*.partial-journal")}, QDir::Files).isEmpty())
        << "the rollback journal of a killed copy was left behind";
    EXPECT_TRUE(QDir(folder).entryList({QStringLiteral("*.partial-wal"), QStringLiteral("*.partial-shm")}, QDir::Files).isEmpty())
        << "the write-ahead log of a killed copy was left behind: "
        << QDir(folder).entryList({QStringLiteral("*.partial-*")}, QDir::Files).join(QLatin1Char(' ')).toStdString();
    test::report(QStringLiteral("restore"), QStringLiteral("killed backup: 30 `db backup` runs, %1 killed mid-way; every backup "
                                                           "with its name opened whole, the journal passed integrity_check "
                                                           "after each, the next automatic backup removed the partial copies")
                                                .arg(killed));
}

// A copy killed after its last write leaves its write-ahead log beside it (a copy
// of a journal in WAL mode is in WAL mode from its first page on). The next
// backup of that name must not read the old log's pages as its own (SQLite does
// not tie a log to its database file). It does not: the backup removes the log
// first, and SQLite itself deletes a log it finds beside an empty file, as the
// new copy is when its first write begins. A guard, not a bug found.
TEST_F(KilledRestoreTest, ALogLeftByAKilledBackupNeverGetsIntoTheNextCopy)
{
    const QString target = dir.filePath(QStringLiteral("kept.sqlite"));
    const QString partial = target + QStringLiteral(".partial");
    // The killed copy: an earlier, smaller state of the journal, whose log holds pages written last.
    ASSERT_TRUE(QFile::copy(small, partial));
    sqlite3* killed = nullptr;
    ASSERT_EQ(test::openDirect(partial, SQLITE_OPEN_READWRITE, &killed), SQLITE_OK); // encrypted in an encrypted run
    ASSERT_EQ(sqlite3_exec(killed,
                           "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                           "CREATE TABLE left_by_the_killed_copy(x); INSERT INTO left_by_the_killed_copy VALUES (randomblob(200000));",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(killed);
    // The process dies here: its log and index stay as they are (copied before a close would checkpoint them).
    ASSERT_TRUE(QFile::copy(partial + QStringLiteral("-wal"), dir.filePath(QStringLiteral("wal"))));
    ASSERT_TRUE(QFile::copy(partial + QStringLiteral("-shm"), dir.filePath(QStringLiteral("shm"))));
    sqlite3_close(killed);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile::rename(dir.filePath(QStringLiteral("wal")), partial + QStringLiteral("-wal")));
    ASSERT_TRUE(QFile::rename(dir.filePath(QStringLiteral("shm")), partial + QStringLiteral("-shm")));
    const qint64 walBytes = QFileInfo(partial + QStringLiteral("-wal")).size();
    ASSERT_GT(walBytes, 100000);

    auto backup = runCli({QStringLiteral("db"), QStringLiteral("backup"), target, QStringLiteral("--no-bundled"),
                          QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(backup.exitCode, 0) << backup.out.toStdString() << backup.err.toStdString();
    auto opened = test::openJournal(target, JournalStore::Mode::ReadOnly);
    ASSERT_OK(opened);
    EXPECT_EQ(opened.value()->stats()->entries, kLarge);
    sqlite3* copy = nullptr;
    ASSERT_EQ(test::openDirect(target, SQLITE_OPEN_READONLY, &copy), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(copy, "SELECT count(*) FROM sqlite_master WHERE name = 'left_by_the_killed_copy'", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 0) << "the killed copy's log got into the new backup";
    sqlite3_finalize(st);
    sqlite3_close(copy);
    for (const char* left : {".partial", ".partial-wal", ".partial-shm", ".partial-journal"})
        EXPECT_FALSE(QFile::exists(target + QLatin1String(left))) << left;
    test::report(QStringLiteral("restore"), QStringLiteral("a killed backup's write-ahead log (%1 bytes) beside the next copy of "
                                                           "its name: removed first, the new copy whole (%2 entries)")
                                                .arg(walBytes)
                                                .arg(kLarge));
}

TEST(AppKills, KilledDuringItsDailyBackupLeavesWholeBackupsOnly)
{
    // The app makes its daily backup in the background after its first frame;
    // a kill at any moment of the copy or its check leaves no backup that is
    // not whole, and the journal sound.
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    constexpr int kEntries = 20000;
    {
        auto s = test::openJournal(journal);
        ASSERT_OK(s);
        ASSERT_OK(s.value()->importEntries(test::bulkJournalEntries(kEntries)));
    }
    std::mt19937 rng(11);
    int killed = 0, whole = 0;
    for (int round = 0, rounds = test::repeats(20); round < rounds; ++round) {
        killed += killAfter(test::appProgram(), {QStringLiteral("--data-dir"), dir.path()},
                            static_cast<int>(rng() % 2500000)) ? 1 : 0;
        QString why;
        ASSERT_TRUE(checkPasses(dir.path(), &why)) << why.toStdString();
        for (const QString& b : BackupRotation(folder).list()) {
            auto opened = test::openJournal(b, JournalStore::Mode::ReadOnly);
            ASSERT_OK(opened);
            EXPECT_EQ(opened.value()->stats()->entries, kEntries);
            EXPECT_TRUE(opened.value()->integrityCheck()->isEmpty());
            QFile::remove(b); // so the next start makes one again
            ++whole;
        }
    }
    test::report(QStringLiteral("restore"), QStringLiteral("killed daily backup: 20 app starts on %1 entries killed within "
                                                           "2.5 s (%2 before they ended), %3 finished backups all whole, the "
                                                           "journal passed integrity_check after each")
                                                .arg(kEntries).arg(killed).arg(whole));
}

TEST(AppSignals, SigtermAndSigintCloseTheJournalCleanly)
{
    for (int signal : {SIGTERM, SIGINT}) {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            auto s = test::openJournal(journal);
            ASSERT_OK(s);
            addEntries(*s.value(), 20, 0);
        }
        QProcess app;
        app.start(test::appProgram(), {QStringLiteral("--data-dir"), dir.path()});
        ASSERT_TRUE(app.waitForStarted(10000));
        // Up and on screen: the automatic backup is written after the first frame.
        QElapsedTimer timer;
        timer.start();
        while (BackupRotation(dir.filePath(QStringLiteral("backups"))).list().isEmpty() && timer.elapsed() < 60000)
            QThread::msleep(50);
        ASSERT_FALSE(BackupRotation(dir.filePath(QStringLiteral("backups"))).list().isEmpty()) << "the app never came up";
        ::kill(static_cast<pid_t>(app.processId()), signal);
        ASSERT_TRUE(app.waitForFinished(20000)) << "signal " << signal << " did not end the app";
        EXPECT_EQ(app.exitStatus(), QProcess::NormalExit) << "signal " << signal << " killed the app instead of closing it";
        EXPECT_EQ(app.exitCode(), 0);
        EXPECT_EQ(test::sqlScalar(journal, QStringLiteral("SELECT value = 'closed' FROM meta WHERE key = 'session'")), 1)
            << "signal " << signal << " left the journal marked open";
        EXPECT_FALSE(QFile::exists(journal + QStringLiteral(".lock")));
    }
}

TEST(AppKills, KilledWhileStartingLeavesNoModuleInSafeMode)
{
    // The app loads every bundled module as it starts; a SIGKILL from outside at
    // any moment of that is not a module's crash.
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        auto s = test::openJournal(journal);
        ASSERT_OK(s);
        addEntries(*s.value(), 50, 0);
    }
    QElapsedTimer timer;
    timer.start();
    auto once = test::runProcess(test::appProgram(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                                                               dir.filePath(QStringLiteral("shot.png"))});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    const qint64 startUs = timer.nsecsElapsed() / 1000;
    std::mt19937 rng(29);
    int killed = 0;
    const int kills = test::repeats(25);
    for (int round = 0; round < kills; ++round) {
        killed += killAfter(test::appProgram(),
                            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))},
                            static_cast<int>(rng() % static_cast<unsigned>(startUs + 1))) ? 1 : 0;
        QString why;
        ASSERT_TRUE(checkPasses(dir.path(), &why)) << "round " << round << ": " << why.toStdString();
    }
    auto list = runCli({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    int running = 0, safeMode = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        running += o.value(QStringLiteral("state")).toString() == QLatin1String("running") ? 1 : 0;
        if (o.value(QStringLiteral("stage")).toString().contains(QStringLiteral("safe"))) {
            ++safeMode;
            ADD_FAILURE() << o.value(QStringLiteral("id")).toString().toStdString() << " was put in safe mode: "
                          << o.value(QStringLiteral("reason")).toString().toStdString();
        }
    }
    EXPECT_GT(running, 0);
    test::report(QStringLiteral("restore"), QStringLiteral("killed app start: %1 starts of the app with every bundled module, %2 killed "
                                                           "mid-way (SIGKILL at 0-%3 ms); the journal passed integrity_check "
                                                           "after each; %4 modules in safe mode afterwards")
                                                .arg(kills).arg(killed).arg(startUs / 1000).arg(safeMode));
}
