// Converting a journal between plain and encrypted (issue 21): with the store
// (JournalStore::encryptFile/decryptFile, encrypt()/decrypt()) and with
// tessera-cli as a person would (db encrypt, db decrypt, db passphrase), and
// killed at every step and at random moments. After every kill the next
// command finds every entry, revision and link, on one side or the other,
// and the key file always matches the journal.
//
// TESSERA_CONVERSION_KILLS sets the number of random kills (default 40).
#include "store/backups.h"
#include "store/journalkey.h"
#include "store/journallock.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <random>

#include <signal.h>

using namespace tessera;
using namespace tessera::core;
using test::runCli;

namespace {

using test::bytesOf;
using test::writeFile;

constexpr int kEntries = 600;

int conversionKills()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("TESSERA_CONVERSION_KILLS", &ok);
    return ok && n > 0 ? n : test::repeats(40);
}

// Everything a client wrote, as text: every entry (deleted ones too) with its
// revisions and links, oldest first.
QStringList snapshotOf(JournalStore& store)
{
    QStringList out;
    sdk::EntryQuery q;
    q.includeDeleted = true;
    q.oldestFirst = true;
    q.limit = 1000;
    for (;;) {
        auto page = store.query(q);
        EXPECT_OK(page);
        if (!page.ok())
            return out;
        for (const sdk::Entry& e : page->entries) {
            out << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(e.id, e.title, e.summary).arg(e.revision)
                       .arg(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)))
                       .arg(e.deletedAt.has_value() ? QStringLiteral("deleted") : QString());
            auto history = store.history(e.id);
            EXPECT_OK(history);
            if (history.ok()) {
                for (const sdk::Revision& r : history.value())
                    out << QStringLiteral("  rev %1 %2").arg(r.revision).arg(r.entry.title);
            }
            auto links = store.links(e.id);
            EXPECT_OK(links);
            if (links.ok()) {
                for (const sdk::Link& l : links.value())
                    out << QStringLiteral("  link %1 %2 %3").arg(l.fromId, l.toId, l.relation);
            }
        }
        if (page->nextCursor.isEmpty())
            return out;
        q.cursor = page->nextCursor;
    }
}

qint64 searchCount(JournalStore& store, const QString& word)
{
    sdk::EntryQuery q;
    q.text = word;
    q.limit = 1000;
    auto page = store.query(q);
    EXPECT_OK(page);
    return page.ok() ? page->entries.size() : -1;
}

class ConversionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_FAST_KDF", "1"); // test-only Argon2id limits (journalkey.h); children inherit it
        qunsetenv("TESSERA_TEST_CONVERT_ABORT_AT");
        ASSERT_TRUE(dir.isValid());
        word = QStringLiteral("wombat") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        passFile = secrets.filePath(QStringLiteral("pass.txt"));
        writeFile(passFile, passphrase + "\n");
        makeJournal(dir.path());
    }
    void TearDown() override { qunsetenv("TESSERA_TEST_CONVERT_ABORT_AT"); }

    // A plain journal in `dataDir` with entries (some updated, some deleted,
    // some linked) and three automatic backups of it.
    void makeJournal(const QString& dataDir)
    {
        auto store = JournalStore::open(journalIn(dataDir));
        ASSERT_OK(store);
        BackupRotation backups(QDir(dataDir).filePath(QStringLiteral("backups")));
        QString previous;
        for (int i = 0; i < kEntries; ++i) {
            sdk::EntryDraft d;
            d.kind = QStringLiteral("journal/entry");
            d.title = QStringLiteral("Entry %1 about %2").arg(i).arg(word);
            d.summary = QStringLiteral("summary %1").arg(i);
            d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("%1 %2").arg(word, QString(300, QLatin1Char('a' + i % 26)))}};
            auto e = store.value()->add(d);
            ASSERT_OK(e);
            if (i % 7 == 0) {
                d.title += QStringLiteral(" (edited)");
                ASSERT_OK(store.value()->update(e->id, d));
            }
            if (i % 11 == 0 && !previous.isEmpty())
                ASSERT_OK(store.value()->link(e->id, previous, QStringLiteral("follows")));
            if (i % 13 == 5)
                ASSERT_OK(store.value()->remove(e->id));
            previous = e->id;
            if (i % 200 == 199)
                ASSERT_OK(backups.backupNow(*store.value(), QDateTime::currentDateTimeUtc().addDays(i / 200 - 3)));
        }
        expected = snapshotOf(*store.value());
        expectedFound = searchCount(*store.value(), word);
        ASSERT_GT(expected.size(), kEntries);
    }

    static QString journalIn(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("journal.sqlite")); }
    QString journal() const { return journalIn(dir.path()); }
    QString backupDir() const { return dir.filePath(QStringLiteral("backups")); }
    QStringList backups() const { return BackupRotation(backupDir()).list(); }

    // The journal's key, by the passphrase (null for a plain journal).
    std::shared_ptr<const DataKey> keyOf(const QString& path) const
    {
        if (!QFileInfo::exists(JournalKey::pathFor(path)))
            return nullptr;
        auto key = JournalKey::unlock(JournalKey::pathFor(path), passphrase);
        EXPECT_OK(key);
        return key.ok() ? key.value() : nullptr;
    }

    // The journal (and every backup) holds exactly what was written, in the
    // format its key file says, with nothing of a conversion left beside it.
    void expectWhole(const QString& dataDir, const char* where)
    {
        SCOPED_TRACE(where);
        const QString path = journalIn(dataDir);
        auto key = keyOf(path);
        const int reserve = cryptovfs::reservedBytesOf(path);
        EXPECT_EQ(reserve, key ? cryptovfs::kReserveBytes : 0) << "the key file and the journal do not match";
        {
            auto store = JournalStore::open(path, JournalStore::Mode::ReadWrite, key);
            ASSERT_OK(store);
            auto problems = store.value()->integrityCheck();
            ASSERT_OK(problems);
            EXPECT_TRUE(problems->isEmpty());
            EXPECT_EQ(snapshotOf(*store.value()), expected);
            EXPECT_EQ(searchCount(*store.value(), word), expectedFound);
            EXPECT_EQ(store.value()->isEncrypted(), key != nullptr);
        }
        for (const QString& name : QDir(dataDir).entryList(QDir::Files | QDir::Hidden))
            EXPECT_FALSE(name.contains(QLatin1String("convert"))) << name.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        const auto folder = BackupRotation(QDir(dataDir).filePath(QStringLiteral("backups"))).list();
        EXPECT_EQ(folder.size(), 3);
        for (const QString& b : folder) {
            EXPECT_EQ(cryptovfs::reservedBytesOf(b), key ? cryptovfs::kReserveBytes : 0) << b.toStdString();
            EXPECT_EQ(bytesOf(b).contains(word.toUtf8()), key == nullptr) << b.toStdString();
            auto copy = JournalStore::open(b, JournalStore::Mode::ReadOnly, key);
            EXPECT_TRUE(copy.ok()) << b.toStdString() << ": " << (copy.ok() ? std::string() : copy.error().message.toStdString());
        }
        for (const QString& name : QDir(QDir(dataDir).filePath(QStringLiteral("backups"))).entryList(QDir::Files))
            EXPECT_FALSE(name.contains(QLatin1String("convert"))) << name.toStdString();
    }

    // `db encrypt` (with the new passphrase from its file) or `db decrypt`.
    QStringList convertArgs(bool encrypting, const QString& dataDir) const
    {
        return encrypting ? cliArgs({QStringLiteral("db"), QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), passFile},
                                    dataDir)
                          : cliArgs({QStringLiteral("db"), QStringLiteral("decrypt")}, dataDir);
    }

    QStringList cliArgs(const QStringList& command, const QString& dataDir) const
    {
        return command + QStringList{QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dataDir,
                                     QStringLiteral("--passphrase-file"), passFile};
    }

    QTemporaryDir dir;
    QTemporaryDir secrets;
    QString word;
    QString passFile;
    const QByteArray passphrase = "a calm sea in the morning";
    QStringList expected;
    qint64 expectedFound = 0;
};

// Starts tessera-cli, kills it with SIGKILL after `delayUs`; true when the kill
// came before it finished by itself.
bool killAfter(const QStringList& args, int delayUs)
{
    QProcess p;
    p.start(test::cliProgram(), args);
    if (!p.waitForStarted(10000))
        return false;
    QThread::usleep(static_cast<unsigned long>(delayUs));
    const bool running = p.state() == QProcess::Running;
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    return running && p.exitStatus() == QProcess::CrashExit;
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& f : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (f.isDir())
            copyFolder(f.absoluteFilePath(), QDir(to).filePath(f.fileName()));
        else
            ASSERT_TRUE(QFile::copy(f.absoluteFilePath(), QDir(to).filePath(f.fileName())));
    }
}

} // namespace

// Both ways with the store: every entry, revision, link and search result is
// the same; the backups follow the journal; the plain file is gone.
TEST_F(ConversionTest, BothWaysKeepEverything)
{
    QStringList left;
    auto created = JournalStore::encryptFile(journal(), passphrase, backupDir(), &left);
    ASSERT_OK(created);
    EXPECT_TRUE(left.isEmpty());
    EXPECT_EQ(created->recoveryKey.size(), 64); // 52 characters in groups of four
    EXPECT_FALSE(bytesOf(journal()).contains(word.toUtf8())); // the plain file is gone, not beside it
    expectWhole(dir.path(), "after encrypting");

    // The recovery key opens it too.
    auto byRecovery = JournalKey::unlockWithRecoveryKey(JournalKey::pathFor(journal()), created->recoveryKey);
    ASSERT_OK(byRecovery);
    {
        auto store = JournalStore::open(journal(), JournalStore::Mode::ReadOnly, byRecovery.value());
        ASSERT_OK(store);
        EXPECT_EQ(snapshotOf(*store.value()), expected);
    }

    ASSERT_OK(JournalStore::decryptFile(journal(), byRecovery.value(), backupDir(), &left));
    EXPECT_TRUE(left.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(JournalKey::pathFor(journal())));
    expectWhole(dir.path(), "after decrypting");
}

// The open journal (the app's Settings): converted in place, reopened with the
// new key, reset() emitted; writes go on afterwards.
TEST_F(ConversionTest, OpenJournalConvertsAndReopens)
{
    auto store = JournalStore::open(journal());
    ASSERT_OK(store);
    int resets = 0;
    QObject::connect(store.value().get(), &JournalStore::reset, [&resets] { ++resets; });
    auto created = store.value()->encrypt(passphrase, backupDir());
    ASSERT_OK(created);
    EXPECT_TRUE(store.value()->isEncrypted());
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(snapshotOf(*store.value()), expected);
    // Another program cannot open it meanwhile: the lock was held throughout.
    auto second = JournalStore::open(journal(), JournalStore::Mode::ReadWrite, created->key);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, sdk::ErrorCode::Conflict);

    ASSERT_OK(store.value()->decrypt(backupDir()));
    EXPECT_FALSE(store.value()->isEncrypted());
    EXPECT_EQ(resets, 2);
    EXPECT_EQ(snapshotOf(*store.value()), expected);
    sdk::EntryDraft d;
    d.kind = QStringLiteral("journal/entry");
    d.title = QStringLiteral("after");
    EXPECT_OK(store.value()->add(d));
}

// A conversion that fails (here: the copy cannot be written, something is
// in its place) changes nothing: the journal stays plain, with no key file,
// and the open journal goes on as it was.
TEST_F(ConversionTest, FailedConversionChangesNothing)
{
    ASSERT_TRUE(QDir().mkpath(journal() + QStringLiteral(".converting")));
    auto store = JournalStore::open(journal());
    ASSERT_OK(store);
    auto created = store.value()->encrypt(passphrase, backupDir());
    ASSERT_FALSE(created.ok());
    EXPECT_FALSE(store.value()->isEncrypted());
    EXPECT_EQ(snapshotOf(*store.value()), expected);
    store.value().reset();
    EXPECT_FALSE(QFileInfo::exists(JournalKey::pathFor(journal())));
    EXPECT_FALSE(QFileInfo::exists(JournalKey::pathFor(journal()) + QStringLiteral(".converting")));
    EXPECT_FALSE(QFileInfo::exists(journal() + QStringLiteral(".convert")));
    ASSERT_TRUE(QDir().rmdir(journal() + QStringLiteral(".converting")));
    expectWhole(dir.path(), "after a failed conversion");
}

// tessera-cli: encrypt, unlock by passphrase and by recovery key, a wrong
// passphrase refused with nothing changed, the passphrase changed and reset,
// backup/check/info/restore on the encrypted journal, decrypt.
TEST_F(ConversionTest, CliCommands)
{
    auto encrypted = runCli({QStringLiteral("db"), QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), passFile,
                             QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err.toStdString();
    const QRegularExpression keyPattern(QStringLiteral("([A-Z2-7]{4}(-[A-Z2-7]{1,4}){12})"));
    const auto m = keyPattern.match(encrypted.out);
    ASSERT_TRUE(m.hasMatch()) << encrypted.out.toStdString();
    const QString recovery = m.captured(1);
    EXPECT_TRUE(encrypted.out.contains(QLatin1String("write it down")));
    expectWhole(dir.path(), "after db encrypt");
    // The recovery key is in no log.
    QDirIterator logs(dir.filePath(QStringLiteral("logs")), QDir::Files, QDirIterator::Subdirectories);
    while (logs.hasNext())
        EXPECT_FALSE(bytesOf(logs.next()).contains(recovery.toUtf8()));

    auto info = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("info")}, dir.path()));
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QLatin1String("encrypted: yes"))) << info.out.toStdString();
    auto found = runCli(cliArgs({QStringLiteral("entries"), QStringLiteral("search"), word, QStringLiteral("--json"),
                                 QStringLiteral("--limit"), QStringLiteral("1000")}, dir.path()));
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(found.out.toUtf8()).object().value(QStringLiteral("entries")).toArray().size(), expectedFound)
        << found.out.left(300).toStdString();
    auto check = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("check")}, dir.path()));
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QString copy = secrets.filePath(QStringLiteral("copy.sqlite"));
    auto backup = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("backup"), copy}, dir.path()));
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_EQ(cryptovfs::reservedBytesOf(copy), cryptovfs::kReserveBytes);
    EXPECT_FALSE(bytesOf(copy).contains(word.toUtf8()));
    auto restore = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("restore")}, dir.path()));
    EXPECT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    auto accept = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("accept")}, dir.path()));
    EXPECT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    auto restoreBack = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("restore"), copy}, dir.path()));
    ASSERT_EQ(restoreBack.exitCode, 0) << restoreBack.err.toStdString();

    // A wrong passphrase: refused, nothing changed.
    const QString wrongFile = secrets.filePath(QStringLiteral("wrong.txt"));
    writeFile(wrongFile, "not the passphrase\n");
    const QByteArray journalBefore = test::fileHash(journal());
    const QByteArray keyBefore = test::fileHash(JournalKey::pathFor(journal()));
    auto wrong = runCli({QStringLiteral("db"), QStringLiteral("decrypt"), QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"),
                         dir.path(), QStringLiteral("--passphrase-file"), wrongFile});
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("not right"))) << wrong.err.toStdString();
    EXPECT_EQ(test::fileHash(journal()), journalBefore);
    EXPECT_EQ(test::fileHash(JournalKey::pathFor(journal())), keyBefore);

    // The recovery key unlocks.
    const QString recoveryFile = secrets.filePath(QStringLiteral("recovery.txt"));
    writeFile(recoveryFile, recovery.toUtf8() + "\n");
    auto byRecovery = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--no-bundled"),
                              QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--recovery-key-file"), recoveryFile});
    ASSERT_EQ(byRecovery.exitCode, 0) << byRecovery.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(byRecovery.out.toUtf8()).object().value(QStringLiteral("encrypted")).toBool());

    // The passphrase changes: the old one stops working, the new one works.
    const QString newFile = secrets.filePath(QStringLiteral("new.txt"));
    writeFile(newFile, "a new passphrase for spring\n");
    auto changed = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("passphrase"), QStringLiteral("--new-passphrase-file"), newFile},
                                  dir.path()));
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_NE(runCli(cliArgs({QStringLiteral("db"), QStringLiteral("info")}, dir.path())).exitCode, 0);
    auto withNew = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"),
                           dir.path(), QStringLiteral("--passphrase-file"), newFile});
    EXPECT_EQ(withNew.exitCode, 0) << withNew.err.toStdString();
    // ... and is reset with the recovery key, back to the first one.
    auto reset = runCli({QStringLiteral("db"), QStringLiteral("passphrase"), QStringLiteral("--recovery-key-file"), recoveryFile,
                         QStringLiteral("--new-passphrase-file"), passFile, QStringLiteral("--no-bundled"),
                         QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_EQ(runCli(cliArgs({QStringLiteral("db"), QStringLiteral("info")}, dir.path())).exitCode, 0);

    // Refused while another program holds the journal.
    {
        JournalLock held(journal() + QStringLiteral(".lock"));
        ASSERT_OK(held.acquire());
        for (const QStringList& command : {QStringList{QStringLiteral("db"), QStringLiteral("decrypt")},
                                           QStringList{QStringLiteral("db"), QStringLiteral("passphrase"),
                                                       QStringLiteral("--new-passphrase-file"), newFile}}) {
            auto refused = runCli(cliArgs(command, dir.path()));
            EXPECT_NE(refused.exitCode, 0) << command.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(refused.err.contains(QLatin1String("already open"))) << refused.err.toStdString();
        }
    }

    auto decrypted = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("decrypt")}, dir.path()));
    ASSERT_EQ(decrypted.exitCode, 0) << decrypted.err.toStdString();
    EXPECT_TRUE(decrypted.out.contains(QLatin1String("anyone"))) << decrypted.out.toStdString();
    auto plainInfo = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--no-bundled"), QStringLiteral("--data-dir"),
                             dir.path()});
    ASSERT_EQ(plainInfo.exitCode, 0) << plainInfo.err.toStdString();
    EXPECT_TRUE(plainInfo.out.contains(QLatin1String("encrypted: no")));
    // Refused while another program holds the journal (plain side).
    {
        JournalLock held(journal() + QStringLiteral(".lock"));
        ASSERT_OK(held.acquire());
        auto refused = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), passFile},
                                      dir.path()));
        EXPECT_NE(refused.exitCode, 0);
        EXPECT_TRUE(refused.err.contains(QLatin1String("already open"))) << refused.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(JournalKey::pathFor(journal())));
    }
}

// A kill at each step of `db encrypt` and `db decrypt` (the test-only hook
// TESSERA_TEST_CONVERT_ABORT_AT ends the process there, as SIGKILL would):
// the next command finds every entry, on the side the record decided.
TEST_F(ConversionTest, KillAtEveryStepLosesNothing)
{
    const QStringList steps{QStringLiteral("closed"),         QStringLiteral("recorded"),        QStringLiteral("key-written"),
                            QStringLiteral("copied"),         QStringLiteral("verified"),        QStringLiteral("copies-written"),
                            QStringLiteral("decided"),        QStringLiteral("key-in-place"),    QStringLiteral("copies-in-place"),
                            QStringLiteral("journal-in-place")};
    // An encrypted starting point for the decrypt kills.
    QTemporaryDir encryptedDir;
    copyFolder(dir.path(), encryptedDir.path());
    ASSERT_OK(JournalStore::encryptFile(journalIn(encryptedDir.path()), passphrase,
                                        QDir(encryptedDir.path()).filePath(QStringLiteral("backups"))));
    for (const bool encrypting : {true, false}) {
        for (int i = 0; i < steps.size(); ++i) {
            const QString& step = steps.at(i);
            SCOPED_TRACE((encrypting ? "encrypt, killed at " : "decrypt, killed at ") + step.toStdString());
            QTemporaryDir work;
            copyFolder(encrypting ? dir.path() : encryptedDir.path(), work.path());
            qputenv("TESSERA_TEST_CONVERT_ABORT_AT", step.toUtf8());
            auto killed = runCli(convertArgs(encrypting, work.path()));
            qunsetenv("TESSERA_TEST_CONVERT_ABORT_AT");
            EXPECT_EQ(killed.exitCode, 86) << killed.err.toStdString();
            // Which side won: before the record said "finish", the old one.
            const bool decided = i >= steps.indexOf(QStringLiteral("decided"));
            auto list = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")}, work.path()));
            ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
            const QJsonObject o = QJsonDocument::fromJson(list.out.toUtf8()).object();
            EXPECT_EQ(o.value(QStringLiteral("encrypted")).toBool(), encrypting == decided);
            expectWhole(work.path(), "after the kill");
            // And the conversion can be done again to the end.
            auto again = runCli(convertArgs(encrypting, work.path()));
            if (!decided) {
                EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
                expectWhole(work.path(), "after converting again");
            }
        }
    }
}

// SIGKILL at random moments during `db encrypt` and `db decrypt`, back and
// forth: after every kill the next command finds every entry.
TEST_F(ConversionTest, RandomKillsLoseNothing)
{
    QElapsedTimer timer;
    timer.start();
    auto once = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-file"), passFile},
                               dir.path()));
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    const qint64 tookUs = timer.nsecsElapsed() / 1000;
    std::mt19937 rng(20261201);
    const int kills = conversionKills();
    int killed = 0, encryptedAfter = 0;
    for (int round = 0; round < kills; ++round) {
        const bool encrypted = QFileInfo::exists(JournalKey::pathFor(journal()));
        const int delay = static_cast<int>(rng() % static_cast<unsigned>(tookUs * 12 / 10 + 1));
        killed += killAfter(convertArgs(!encrypted, dir.path()), delay);
        auto info = runCli(cliArgs({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")}, dir.path()));
        ASSERT_EQ(info.exitCode, 0) << "round " << round << ": " << info.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        encryptedAfter += o.value(QStringLiteral("encrypted")).toBool();
        if (round % 8 == 0 || round == kills - 1)
            expectWhole(dir.path(), "after a random kill");
        if (HasFatalFailure() || HasFailure())
            FAIL() << "round " << round;
    }
    std::printf("conversion kills: %d of %d rounds killed mid-way; encrypted after %d\n", killed, kills, encryptedAfter);
    EXPECT_GT(killed, kills / 4);
}
