// Privacy (issue 21): a word written into an encrypted journal is in none of
// the files Tessera leaves on disk: the journal, its write-ahead log, the key
// file, every backup, the logs, an export sealed with --encrypt. The same
// steps on a plain journal find it, so the search itself is shown to work. Real tessera-cli processes on one
// data folder; one in-process writer keeps the write-ahead log full while the
// bytes are searched.
#include "testsupport.h"

#include "store/journalkey.h"
#include "store/journalstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

// A word no file would hold by chance.
const QString kWord = QStringLiteral("Quillowmarsh") + QString::number(QDateTime::currentMSecsSinceEpoch());

class PrivacyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        qputenv("TESSERA_TEST_FAST_KDF", "1");
        passphraseFile = dir.filePath(QStringLiteral("passphrase.txt"));
        QSaveFile f(passphraseFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("a long walk by the river\n");
        ASSERT_TRUE(f.commit());
    }

    // Writes entries holding the word: through tessera-cli (with its logs at
    // the debug level), a backup, and an in-process writer left open so the
    // write-ahead log holds frames. Returns every file under `data`, by path,
    // whether it holds the word.
    QMap<QString, bool> writeAndSearch(const QString& data, bool encrypted)
    {
        QDir().mkpath(data);
        const QString journal = QDir(data).filePath(QStringLiteral("journal.sqlite"));
        std::shared_ptr<const DataKey> key;
        if (encrypted) {
            auto created = JournalKey::create(JournalKey::pathFor(journal), "a long walk by the river");
            EXPECT_OK(created);
            if (!created.ok())
                return {};
            key = created.value().key;
            // The journal is created encrypted; tessera-cli unlocks it from here on.
            EXPECT_OK(JournalStore::open(journal, JournalStore::Mode::ReadWrite, key));
        }
        const QStringList common{QStringLiteral("--data-dir"), data, QStringLiteral("--log-level"), QStringLiteral("trace"),
                                 QStringLiteral("--passphrase-file"), passphraseFile};
        for (int i = 0; i < 3; ++i) {
            auto added = test::runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                                  QStringLiteral("journal/entry"), QStringLiteral("--title"),
                                                  QStringLiteral("About %1").arg(kWord), QStringLiteral("--payload"),
                                                  QStringLiteral("{\"text\":\"Walked to %1 today, number %2\"}").arg(kWord).arg(i)}
                                      + common);
            EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        // The entries are there and can be found (so the word was written).
        auto found = test::runCli(QStringList{QStringLiteral("entries"), QStringLiteral("search"), kWord} + common);
        EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
        EXPECT_EQ(found.out.count(kWord), 3) << found.out.toStdString();
        auto backup = test::runCli(QStringList{QStringLiteral("db"), QStringLiteral("backup"),
                                               QDir(data).filePath(QStringLiteral("backups/by-hand.sqlite"))} + common);
        EXPECT_EQ(backup.exitCode, 0) << backup.err.toStdString();

        // An export: sealed with --encrypt from an encrypted journal, plain from a plain one.
        QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--output"),
                               QDir(data).filePath(encrypted ? QStringLiteral("export.json.enc") : QStringLiteral("export.json"))};
        if (encrypted)
            exportArgs << QStringLiteral("--encrypt") << QStringLiteral("--export-passphrase-file") << passphraseFile;
        auto exported = test::runCli(exportArgs + common);
        EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();

        // An open writer: its frames stay in the write-ahead log while the files are searched.
        auto writer = JournalStore::open(journal, JournalStore::Mode::ReadWrite, key);
        EXPECT_OK(writer);
        if (writer.ok()) {
            sdk::EntryDraft d;
            d.kind = QStringLiteral("journal/entry");
            d.title = QStringLiteral("Still open: %1").arg(kWord);
            d.payload = QJsonObject{{QStringLiteral("text"), kWord}};
            EXPECT_OK(writer.value()->add(d));
        }
        EXPECT_GT(QFileInfo(journal + QStringLiteral("-wal")).size(), 0);

        QMap<QString, bool> holds;
        const QByteArray needle = kWord.toUtf8();
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
            holds[QDir(data).relativeFilePath(path)] = f.readAll().contains(needle);
        }
        return holds;
    }

    QTemporaryDir dir;
    QString passphraseFile;
};

TEST_F(PrivacyTest, AWordInAnEncryptedJournalIsInNoFileOnDisk)
{
    const QMap<QString, bool> holds = writeAndSearch(dir.filePath(QStringLiteral("encrypted")), true);
    // What was searched: the journal, its log, its key, the backup, the logs.
    EXPECT_TRUE(holds.contains(QStringLiteral("journal.sqlite")));
    EXPECT_TRUE(holds.contains(QStringLiteral("journal.sqlite-wal")));
    EXPECT_TRUE(holds.contains(QStringLiteral("journal.sqlite.key")));
    EXPECT_TRUE(holds.contains(QStringLiteral("backups/by-hand.sqlite")));
    EXPECT_TRUE(holds.contains(QStringLiteral("logs/tessera.log")));
    EXPECT_TRUE(holds.contains(QStringLiteral("export.json.enc")));
    for (auto it = holds.cbegin(); it != holds.cend(); ++it)
        EXPECT_FALSE(it.value()) << "the word is in " << it.key().toStdString();
    test::report(QStringLiteral("privacy"), QStringLiteral("encrypted journal: the word is in none of %1 files searched (%2)")
                                                .arg(holds.size()).arg(holds.keys().join(QStringLiteral(", "))));
}

TEST_F(PrivacyTest, TheSameStepsOnAPlainJournalFindTheWord)
{
    const QMap<QString, bool> holds = writeAndSearch(dir.filePath(QStringLiteral("plain")), false);
    EXPECT_TRUE(holds.value(QStringLiteral("journal.sqlite")) || holds.value(QStringLiteral("journal.sqlite-wal")));
    EXPECT_TRUE(holds.value(QStringLiteral("backups/by-hand.sqlite")));
    EXPECT_TRUE(holds.value(QStringLiteral("export.json")));
    // Logs never hold entry text, plain or not.
    EXPECT_FALSE(holds.value(QStringLiteral("logs/tessera.log")));
}

} // namespace
