// Encrypted journals (issue 21): the VFS, the key file and the store, on real
// SQLite files in a temporary folder (and a real child process for a crash).
#include "store/journalkey.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>

#include <sys/wait.h>
#include <unistd.h>

using namespace tessera;
using namespace tessera::core;
using sdk::EntryDraft;
using sdk::ErrorCode;

namespace {

using test::bytesOf;

EntryDraft draft(const QString& word, int i)
{
    EntryDraft d;
    d.kind = QStringLiteral("journal/entry");
    d.title = QStringLiteral("Entry %1 about %2").arg(i).arg(word);
    d.summary = QStringLiteral("a day with %1").arg(word);
    d.mood = 5;
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("I wrote %1 again, number %2").arg(word).arg(i)}};
    return d;
}

bool fileHolds(const QString& path, const QString& word) { return bytesOf(path).contains(word.toUtf8()); }

void flipByte(const QString& path, qint64 at)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(at));
    char c = 0;
    ASSERT_TRUE(f.getChar(&c));
    ASSERT_TRUE(f.seek(at));
    ASSERT_TRUE(f.putChar(static_cast<char>(c ^ 0x20)));
}

qint64 countMatching(JournalStore& store, const QString& word)
{
    sdk::EntryQuery q;
    q.text = word;
    q.limit = 1000;
    auto page = store.query(q);
    EXPECT_OK(page);
    return page.ok() ? page->entries.size() : -1;
}

class EncryptionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_FAST_KDF", "1"); // test-only Argon2id limits (journalkey.h)
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        keyFile = JournalKey::pathFor(path);
        word = QStringLiteral("quokka") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    // A new encrypted journal holding `n` entries with the word; the recovery key in *recovery.
    std::unique_ptr<JournalStore> createEncrypted(int n, QString* recovery = nullptr)
    {
        auto created = JournalKey::create(keyFile, passphrase);
        EXPECT_OK(created);
        if (!created.ok())
            return nullptr;
        if (recovery)
            *recovery = created->recoveryKey;
        auto store = JournalStore::open(path, JournalStore::Mode::ReadWrite, created->key);
        EXPECT_OK(store);
        if (!store.ok())
            return nullptr;
        for (int i = 0; i < n; ++i)
            EXPECT_OK(store.value()->add(draft(word, i)));
        return std::move(store).value();
    }

    QTemporaryDir dir;
    QString path;
    QString keyFile;
    QString word;
    const QByteArray passphrase = "correct horse battery staple";
};

// (a) Nothing of the entries is in the journal's files: not while the
// write-ahead log holds them, not after the checkpoint. The same steps on a
// plain journal find the word, so the search can fail.
TEST_F(EncryptionTest, EntriesAreNotInTheFilesInTheClear)
{
    for (const bool encrypted : {false, true}) {
        SCOPED_TRACE(encrypted ? "encrypted" : "plain");
        QFile::remove(path);
        QFile::remove(keyFile);
        std::unique_ptr<JournalStore> store;
        if (encrypted) {
            store = createEncrypted(300);
        } else {
            auto opened = JournalStore::open(path);
            ASSERT_OK(opened);
            store = std::move(opened).value();
            for (int i = 0; i < 300; ++i)
                ASSERT_OK(store->add(draft(word, i)));
        }
        ASSERT_TRUE(store);
        EXPECT_EQ(store->isEncrypted(), encrypted);
        const QString wal = path + QStringLiteral("-wal");
        ASSERT_GT(QFileInfo(wal).size(), 32 + 10 * 4096) << "the log should hold the entries' frames";
        EXPECT_EQ(countMatching(*store, word), 300); // the search index works through the VFS
        EXPECT_EQ(fileHolds(wal, word) || fileHolds(path, word), !encrypted);
        store.reset(); // the last close checkpoints the log into the journal and removes it
        EXPECT_FALSE(QFileInfo::exists(wal));
        EXPECT_EQ(fileHolds(path, word), !encrypted);
        EXPECT_EQ(fileHolds(path, QStringLiteral("I wrote")), !encrypted);
        // The clear header: SQLite's magic, and room for the nonce and tag in every page.
        const QByteArray bytes = bytesOf(path);
        EXPECT_TRUE(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
        EXPECT_EQ(static_cast<unsigned char>(bytes.at(20)), encrypted ? cryptovfs::kReserveBytes : 0);
    }
}

// (b) A wrong passphrase is refused with a clear message and changes nothing;
// an encrypted journal is not opened without its key, nor a plain one with a key.
TEST_F(EncryptionTest, WrongPassphraseIsRefusedAndChangesNothing)
{
    createEncrypted(5).reset();
    const QByteArray journalHash = test::fileHash(path);
    const QByteArray keyHash = test::fileHash(keyFile);

    auto wrong = JournalKey::unlock(keyFile, "incorrect horse");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("passphrase is not right"))) << wrong.error().message.toStdString();
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("journal.sqlite.key"))) << wrong.error().message.toStdString();

    auto plain = JournalStore::open(path);
    ASSERT_FALSE(plain.ok());
    EXPECT_TRUE(plain.error().message.contains(QStringLiteral("encrypted"))) << plain.error().message.toStdString();
    auto plainRead = JournalStore::open(path, JournalStore::Mode::ReadOnly);
    ASSERT_FALSE(plainRead.ok());

    EXPECT_EQ(test::fileHash(path), journalHash);
    EXPECT_EQ(test::fileHash(keyFile), keyHash);

    // Another journal's key: page 1 does not authenticate, reported as not a journal, not read.
    auto otherKey = DataKey::random();
    auto withOther = JournalStore::open(path, JournalStore::Mode::ReadOnly, otherKey);
    ASSERT_FALSE(withOther.ok());
    EXPECT_TRUE(withOther.error().message.contains(QStringLiteral("not a database")))
        << withOther.error().message.toStdString();
    EXPECT_EQ(test::fileHash(path), journalHash);

    // A plain journal is not opened with a key (it would end up half plain, half encrypted).
    const QString plainPath = dir.filePath(QStringLiteral("plain.sqlite"));
    {
        auto p = JournalStore::open(plainPath);
        ASSERT_OK(p);
        ASSERT_OK(p.value()->add(draft(word, 1)));
    }
    auto plainWithKey = JournalStore::open(plainPath, JournalStore::Mode::ReadWrite, otherKey);
    ASSERT_FALSE(plainWithKey.ok());
    EXPECT_TRUE(plainWithKey.error().message.contains(QStringLiteral("not an encrypted journal")))
        << plainWithKey.error().message.toStdString();
}

// (c) The recovery key unlocks (as written down, or typed without dashes in lower case).
TEST_F(EncryptionTest, RecoveryKeyUnlocks)
{
    QString recovery;
    createEncrypted(7, &recovery).reset();
    EXPECT_EQ(recovery.size(), 52 + 12); // 52 base32 characters in 13 groups
    for (const QString& typed : {recovery, recovery.toLower().remove(QLatin1Char('-'))}) {
        auto key = JournalKey::unlockWithRecoveryKey(keyFile, typed);
        ASSERT_OK(key);
        auto store = JournalStore::open(path, JournalStore::Mode::ReadOnly, key.value());
        ASSERT_OK(store);
        EXPECT_EQ(countMatching(*store.value(), word), 7);
    }
    QString wrong = recovery;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto refused = JournalKey::unlockWithRecoveryKey(keyFile, wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    auto notAKey = JournalKey::unlockWithRecoveryKey(keyFile, QStringLiteral("hello"));
    ASSERT_FALSE(notAKey.ok());
    EXPECT_EQ(notAKey.error().code, ErrorCode::InvalidArgument);
}

// (d) A new passphrase keeps the data, rewrites only the key file, and the old one stops working.
TEST_F(EncryptionTest, PassphraseChangeKeepsTheDataAndRetiresTheOldOne)
{
    QString recovery;
    createEncrypted(9, &recovery).reset();
    const QByteArray journalHash = test::fileHash(path);
    ASSERT_OK(JournalKey::changePassphrase(keyFile, passphrase, "a new passphrase"));
    EXPECT_EQ(test::fileHash(path), journalHash) << "only the key is re-wrapped";

    auto old = JournalKey::unlock(keyFile, passphrase);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::PermissionDenied);
    auto key = JournalKey::unlock(keyFile, "a new passphrase");
    ASSERT_OK(key);
    {
        auto store = JournalStore::open(path, JournalStore::Mode::ReadWrite, key.value());
        ASSERT_OK(store);
        EXPECT_EQ(countMatching(*store.value(), word), 9);
    }
    // The recovery key still works, and resets a forgotten passphrase.
    ASSERT_OK(JournalKey::resetPassphrase(keyFile, recovery, "third"));
    EXPECT_FALSE(JournalKey::unlock(keyFile, "a new passphrase").ok());
    EXPECT_OK(JournalKey::unlock(keyFile, "third"));
    // A wrong old passphrase changes nothing.
    const QByteArray keyHash = test::fileHash(keyFile);
    EXPECT_FALSE(JournalKey::changePassphrase(keyFile, "not it", "fourth").ok());
    EXPECT_EQ(test::fileHash(keyFile), keyHash);
    EXPECT_FALSE(JournalKey::changePassphrase(keyFile, "third", "").ok());
}

// (e) A flipped byte is damage: refused by the check at open, or an error on
// read (with the check in the background), never the page's bytes as data.
TEST_F(EncryptionTest, FlippedByteIsReportedAsDamage)
{
    auto key = [&] {
        auto store = createEncrypted(200);
        return JournalKey::unlock(keyFile, passphrase).value();
    }();
    const qint64 pageSize = 4096;
    const qint64 pages = QFileInfo(path).size() / pageSize;
    ASSERT_GE(pages, 4);
    const QString pristine = dir.filePath(QStringLiteral("pristine"));
    ASSERT_TRUE(QFile::copy(path, pristine));

    // A byte in a page's body, in its nonce, in its tag, and in page 1's clear header.
    for (const qint64 at : {pageSize * 2 + 300, pageSize * 3 - 30, pageSize * (pages - 1) + pageSize - 3, qint64(60)}) {
        SCOPED_TRACE(at);
        QFile::remove(path);
        ASSERT_TRUE(QFile::copy(pristine, path));
        flipByte(path, at);
        auto opened = JournalStore::open(path, JournalStore::Mode::ReadOnly, key);
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged"))) << opened.error().message.toStdString();
    }

    // Every page but the first damaged, the check left to the background: reads fail, no data comes back.
    QFile::remove(path);
    ASSERT_TRUE(QFile::copy(pristine, path));
    for (qint64 p = 1; p < pages; ++p)
        flipByte(path, p * pageSize + 500);
    JournalStore::setIntegrityCheckAtOpenBytes(0);
    auto opened = JournalStore::open(path, JournalStore::Mode::ReadOnly, key);
    JournalStore::setIntegrityCheckAtOpenBytes(JournalStore::kDefaultIntegrityCheckAtOpenBytes);
    if (opened.ok()) {
        sdk::EntryQuery q;
        auto page = opened.value()->query(q);
        ASSERT_FALSE(page.ok()) << "damaged pages must not come back as entries";
        EXPECT_TRUE(page.error().message.contains(QStringLiteral("damaged"))) << page.error().message.toStdString();
        EXPECT_FALSE(opened.value()->soundness().ok());
    } else {
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged"))) << opened.error().message.toStdString();
    }

    // The pristine copy still opens: the damage was the flipped bytes, nothing else.
    QFile::remove(path);
    ASSERT_TRUE(QFile::copy(pristine, path));
    auto sound = JournalStore::open(path, JournalStore::Mode::ReadOnly, key);
    ASSERT_OK(sound);
    EXPECT_EQ(countMatching(*sound.value(), word), 200);
}

// (f) A backup of an encrypted journal, made by the store's backup path, is
// encrypted with the same key; it restores with the key.
TEST_F(EncryptionTest, BackupsAreEncryptedToo)
{
    auto store = createEncrypted(150);
    ASSERT_TRUE(store);
    const QString backup = dir.filePath(QStringLiteral("backups/journal-backup.sqlite"));
    ASSERT_OK(store->backupTo(backup));
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_FALSE(fileHolds(backup, word));
    EXPECT_EQ(static_cast<unsigned char>(bytesOf(backup).at(20)), cryptovfs::kReserveBytes);

    auto key = JournalKey::unlock(keyFile, passphrase);
    ASSERT_OK(key);
    {
        auto copy = JournalStore::open(backup, JournalStore::Mode::ReadOnly, key.value());
        ASSERT_OK(copy);
        EXPECT_EQ(countMatching(*copy.value(), word), 150);
        EXPECT_TRUE(copy.value()->integrityCheck()->isEmpty());
    }
    EXPECT_FALSE(JournalStore::open(backup, JournalStore::Mode::ReadOnly).ok()) << "the copy is not readable without the key";

    // Restored in place with the key: the entries come back, still encrypted.
    ASSERT_OK(store->add(draft(QStringLiteral("later"), 1)));
    QString aside;
    ASSERT_OK(store->replaceWith(backup, &aside));
    EXPECT_EQ(countMatching(*store, word), 150);
    EXPECT_FALSE(fileHolds(aside, word));
    store.reset();
    EXPECT_FALSE(fileHolds(path, word));
}

// A writer killed with entries only in the write-ahead log: the next open
// recovers them from the encrypted log (its checksums are over the clear pages).
TEST_F(EncryptionTest, EntriesInTheLogSurviveAKill)
{
    createEncrypted(3).reset();
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto key = JournalKey::unlock(keyFile, passphrase);
        if (!key.ok())
            _exit(2);
        auto store = JournalStore::open(path, JournalStore::Mode::ReadWrite, key.value());
        if (!store.ok())
            _exit(3);
        for (int i = 0; i < 50; ++i) {
            if (!store.value()->add(draft(word, 100 + i)).ok())
                _exit(4);
        }
        _exit(0); // no close: the entries are in the log only
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 32);
    EXPECT_FALSE(fileHolds(path + QStringLiteral("-wal"), word));

    auto key = JournalKey::unlock(keyFile, passphrase);
    ASSERT_OK(key);
    auto store = JournalStore::open(path, JournalStore::Mode::ReadWrite, key.value());
    ASSERT_OK(store);
    EXPECT_EQ(countMatching(*store.value(), word), 53);
}

// A damaged key file is refused with a message naming the file and the field.
TEST_F(EncryptionTest, DamagedKeyFileIsRefusedByField)
{
    createEncrypted(1).reset();
    const QByteArray good = bytesOf(keyFile);
    const auto writeKeyFile = [&](const QByteArray& bytes) {
        QFile f(keyFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    const auto edited = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        edit(o);
        return QJsonDocument(o).toJson();
    };
    struct Case {
        QByteArray bytes;
        QString field;
    };
    const QList<Case> cases = {
        {good.left(good.size() / 2), QString()},
        {edited([](QJsonObject& o) { o.insert(QStringLiteral("version"), 9); }), QStringLiteral("version")},
        {edited([](QJsonObject& o) {
             QJsonObject p = o.value(QStringLiteral("passphrase")).toObject();
             p.insert(QStringLiteral("salt"), QStringLiteral("AAAA"));
             o.insert(QStringLiteral("passphrase"), p);
         }),
         QStringLiteral("passphrase.salt")},
        {edited([](QJsonObject& o) {
             QJsonObject p = o.value(QStringLiteral("passphrase")).toObject();
             p.insert(QStringLiteral("memlimit"), 1e15);
             o.insert(QStringLiteral("passphrase"), p);
         }),
         QStringLiteral("passphrase.memlimit")},
        {edited([](QJsonObject& o) { o.remove(QStringLiteral("recovery")); }), QStringLiteral("recovery")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.field.toStdString());
        writeKeyFile(c.bytes);
        auto r = JournalKey::unlock(keyFile, passphrase);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("journal.sqlite.key"))) << r.error().message.toStdString();
        EXPECT_EQ(r.error().field, c.field) << r.error().message.toStdString();
        if (!c.field.isEmpty()) {
            EXPECT_TRUE(r.error().message.contains(c.field)) << r.error().message.toStdString();
        }
    }
    writeKeyFile(good);
    EXPECT_OK(JournalKey::unlock(keyFile, passphrase));
    // The key file is private.
    EXPECT_EQ(QFileInfo(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

} // namespace
