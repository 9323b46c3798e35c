// Helpers shared by the core tests.
#pragma once

#include "store/journalstore.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>

#include <gtest/gtest.h>

#include <ostream>

struct sqlite3;

// GoogleTest prints a QString (a QStringList, a QJsonObject) in a failure message as text, not as
// an array of 16-bit code units: the SDK's printers, as a module's author uses them.
#include <tessera/sdk/testing/printers.h>

namespace tessera::test {

/// Result of running a program.
struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/// Runs `program` with `arguments` and waits (at most `timeoutMs`), in
/// `workingDirectory` when given.
ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 60000,
                         const QByteArray& stdinData = {}, const QString& workingDirectory = {});

/// The tessera-cli and tessera programs the tests drive: the ones built in
/// this tree, or $TESSERA_TEST_CLI / $TESSERA_TEST_APP (to run the same tests
/// against another build, e.g. to show that a test fails on older code).
QString cliProgram();
QString appProgram();

/// Where this build put its programs, modules and fixtures: tessera-cli and
/// tessera as built (without the overrides above), the bundled modules,
/// tests/fixtures/plugins as built, and tests/fixtures in the source tree.
/// Compiled into testsupport.cpp alone: these are the build folder's absolute
/// paths, and a test source given them as -D flags was never found in ccache
/// when the same code was built in another folder (CI's fresh clone): 200
/// test objects carried them.
QString builtCli();
QString builtApp();
QString bundledPluginDir();
QString fixturePluginDir();
QString fixtureSourceDir();

/// What `tessera-cli plugins list --json` printed, as id -> "state stage: reason".
QHash<QString, QString> moduleStatesFromJson(const QString& json);

/// Runs tessera-cli (cliProgram()) with the arguments.
ProcessResult runCli(const QStringList& arguments, int timeoutMs = 60000);

/// A file's bytes (empty when it cannot be read).
QByteArray bytesOf(const QString& path);
/// Writes `bytes` to `path`, replacing what was there (a test failure when it cannot).
void writeFile(const QString& path, const QByteArray& bytes);

/// SHA-256 of a file's bytes (to prove a file was not touched).
QByteArray fileHash(const QString& path);

/// How many times to repeat a kill loop that runs `normal` times: fewer in
/// the sanitizer build, where every process start is several times slower
/// and the same code paths are what matter ($TESSERA_TEST_REPEAT_PERCENT,
/// default 100; at least 5).
int repeats(int normal);

/// Whether this run keeps its journals encrypted: $TESSERA_TEST_ENCRYPTED=1.
/// ctest runs the reliability suite both ways (the *_encrypted_test copies);
/// test main() then writes a passphrase file and points
/// $TESSERA_PASSPHRASE_FILE at it, so tessera-cli and tessera started by a
/// test unlock with it, and sets $TESSERA_TEST_FAST_KDF=1.
bool encryptedRun();
/// The passphrase of every journal an encrypted run makes.
QByteArray testPassphrase();
/// JournalStore::open() as the suite uses it: in an encrypted run a journal
/// with no file and no key file yet is created encrypted (a new key file
/// beside it, testPassphrase()), and one with a key file is unlocked.
sdk::Result<std::unique_ptr<core::JournalStore>> openJournal(
    const QString& path, core::JournalStore::Mode mode = core::JournalStore::Mode::ReadWrite);
/// The key of the journal at `path` (or of the journal a backup was made
/// from, found among the keys this process unlocked): null for a plain file.
std::shared_ptr<const core::DataKey> keyFor(const QString& path);

/// A daily reminder at `time` from 1 March 2026 ("Morning tablet", page "take").
sdk::Reminder dailyReminder(const QString& id, QTime time = QTime(8, 0));

/// Opens a database file directly with SQLite (sqlite3_open_v2 with `flags`),
/// through the encrypting VFS with keyFor() when the file is encrypted.
int openDirect(const QString& path, int flags, sqlite3** db);

/// Executes SQL on a database file directly with SQLite (fixtures); an
/// encrypted file is opened with keyFor().
void execSql(const QString& dbPath, const QString& sql);

/// Reads one integer with SQLite directly.
qint64 sqlScalar(const QString& dbPath, const QString& sql);

/// The id of the newest live entry of `kind` in `store`, or "" when it has none.
QString newestIdOf(const core::JournalStore& store, const QString& kind);

/// Prints one line of a reliability report and appends it to
/// $TESSERA_REPORT_DIR/<name>.txt, which scripts/test prints after the run
/// (ctest shows a passing test's output only when asked).
void report(const QString& name, const QString& line);

/// `count` journal entries ("journal/entry", a 900-character text, one a
/// minute back from now) for importEntries(): a journal of about 1 KB per
/// entry, made in one transaction.
QList<sdk::Entry> bulkJournalEntries(int count);

} // namespace tessera::test

/// EXPECT that a Result/Status is ok, printing the error when not.
#define EXPECT_OK(expr)                                                                              \
    do {                                                                                             \
        const auto& tessera_r = (expr);                                                              \
        EXPECT_TRUE(tessera_r.ok()) << (tessera_r.ok() ? std::string() : tessera_r.error().toString().toStdString()); \
    } while (0)
#define ASSERT_OK(expr)                                                                              \
    do {                                                                                             \
        const auto& tessera_r = (expr);                                                              \
        ASSERT_TRUE(tessera_r.ok()) << (tessera_r.ok() ? std::string() : tessera_r.error().toString().toStdString()); \
    } while (0)
