// The app lock end to end (issue 21): the real `tessera` on an encrypted
// journal starts at the lock screen without a passphrase (no module runs, the
// journal is not opened), opens with --passphrase-file, refuses a wrong one
// and changes nothing. $TESSERA_KEEP_LOCK_SCREENSHOTS=DIR keeps the pictures.
#include "store/journalkey.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

using test::writeFile;

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

class AppLockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_FAST_KDF", "1");
        ASSERT_TRUE(dir.isValid());
        data = dir.filePath(QStringLiteral("data"));
        ASSERT_TRUE(QDir().mkpath(data));
        journal = QDir(data).filePath(QStringLiteral("journal.sqlite"));
        auto created = JournalKey::create(JournalKey::pathFor(journal), "a quiet lake at dawn");
        ASSERT_OK(created);
        auto store = JournalStore::open(journal, JournalStore::Mode::ReadWrite, created->key);
        ASSERT_OK(store);
        sdk::EntryDraft d;
        d.kind = QStringLiteral("tessera/support-offered");
        d.title = QStringLiteral("a private note");
        d.payload = QJsonObject{{QStringLiteral("module"), QStringLiteral("journal")}};
        (void)store.value()->add(d);
        store.value().reset();
        writeFile(dir.filePath(QStringLiteral("right")), "a quiet lake at dawn\n");
        writeFile(dir.filePath(QStringLiteral("wrong")), "not the passphrase\n");
    }

    test::ProcessResult shoot(const QString& name, const QStringList& extra, const QString& size = QStringLiteral("1280x800"))
    {
        const QString keep = qEnvironmentVariable("TESSERA_KEEP_LOCK_SCREENSHOTS");
        const QString png = (keep.isEmpty() ? dir.path() : keep) + QLatin1Char('/') + name + QStringLiteral(".png");
        lastPng = png;
        return test::runProcess(test::appProgram(),
                                QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("--size"), size,
                                            QStringLiteral("--screenshot"), png, QStringLiteral("--log-level"),
                                            QStringLiteral("info")} + extra,
                                90000);
    }

    QTemporaryDir dir;
    QString data;
    QString journal;
    QString lastPng;
};

TEST_F(AppLockTest, StartsLockedWithoutThePassphraseAndOpensNothing)
{
    const QByteArray before = hashOf(journal);
    for (const QString& size : {QStringLiteral("800x600"), QStringLiteral("1280x800"), QStringLiteral("1920x1080")}) {
        auto r = shoot(QStringLiteral("lock-") + size, {}, size);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_FALSE(r.crashed);
        const QImage image(lastPng);
        EXPECT_EQ(image.width(), size.section(QLatin1Char('x'), 0, 0).toInt());
        // Locked: no module started and the journal was not opened.
        EXPECT_FALSE(r.err.contains(QStringLiteral("is running"))) << r.err.toStdString();
    }
    EXPECT_EQ(hashOf(journal), before) << "the journal was not touched while locked";
}

TEST_F(AppLockTest, WrongPassphraseFileLeavesItLockedAndChangesNothing)
{
    const QByteArray journalBefore = hashOf(journal);
    const QByteArray keyBefore = hashOf(JournalKey::pathFor(journal));
    auto r = shoot(QStringLiteral("wrong"), {QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("wrong"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("was not unlocked"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("not the passphrase"))) << "the passphrase is never printed";
    EXPECT_FALSE(r.err.contains(QStringLiteral("is running"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(journal), journalBefore);
    EXPECT_EQ(hashOf(JournalKey::pathFor(journal)), keyBefore);
}

TEST_F(AppLockTest, PassphraseFileOpensTheJournal)
{
    auto r = shoot(QStringLiteral("unlocked"), {QStringLiteral("--passphrase-file"), dir.filePath(QStringLiteral("right"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("is running"))) << "modules start once the journal is open: " << r.err.toStdString();
    // The same through the environment.
    qputenv("TESSERA_PASSPHRASE_FILE", QFile::encodeName(dir.filePath(QStringLiteral("right"))));
    auto env = shoot(QStringLiteral("settings-800x600"), {QStringLiteral("--page"), QStringLiteral("settings")},
                     QStringLiteral("800x600"));
    qunsetenv("TESSERA_PASSPHRASE_FILE");
    ASSERT_EQ(env.exitCode, 0) << env.err.toStdString();
    EXPECT_TRUE(env.err.contains(QStringLiteral("is running"))) << env.err.toStdString();
}

TEST_F(AppLockTest, FirstRunAsksForAPassphrase)
{
    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    auto r = test::runProcess(test::appProgram(),
                              {QStringLiteral("--data-dir"), fresh, QStringLiteral("--page"), QStringLiteral("first-run"),
                               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("first.png")),
                               QStringLiteral("--log-level"), QStringLiteral("info")},
                              90000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The first-run step comes before the journal: none was made yet.
    EXPECT_FALSE(QFile::exists(QDir(fresh).filePath(QStringLiteral("journal.sqlite"))));
    EXPECT_FALSE(r.err.contains(QStringLiteral("is running"))) << r.err.toStdString();
    // A screenshot without asking for it starts a plain journal, as before (scripts, tests).
    auto plain = test::runProcess(test::appProgram(),
                                  {QStringLiteral("--data-dir"), fresh, QStringLiteral("--screenshot"),
                                   dir.filePath(QStringLiteral("plain.png")), QStringLiteral("--log-level"), QStringLiteral("info")},
                                  90000);
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(fresh).filePath(QStringLiteral("journal.sqlite"))));
}

} // namespace
