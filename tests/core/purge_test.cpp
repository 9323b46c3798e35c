// Deleting forever (issue 21: emptying the bin): the store's purge on real
// SQLite files, plain and encrypted, and the backups made before it.
#include "store/backups.h"
#include "store/journalkey.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>
#include <QTemporaryDir>
#include <QUuid>

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
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("I wrote %1 again, number %2").arg(word).arg(i)}};
    return d;
}

// Whether the journal or its write-ahead log holds `word` anywhere in their bytes.
bool filesHold(const QString& path, const QString& word)
{
    const QByteArray w = word.toUtf8();
    return bytesOf(path).contains(w) || bytesOf(path + QStringLiteral("-wal")).contains(w);
}

qint64 countMatching(JournalStore& store, const QString& word)
{
    sdk::EntryQuery q;
    q.text = word;
    q.limit = 1000;
    q.includeDeleted = true;
    auto page = store.query(q);
    EXPECT_OK(page);
    return page.ok() ? page->entries.size() : -1;
}

class PurgeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_FAST_KDF", "1"); // test-only Argon2id limits (journalkey.h)
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        secret = QStringLiteral("wombat") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        kept = QStringLiteral("numbat") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    QTemporaryDir dir;
    QString path;
    QString secret; ///< the word of the entries deleted forever
    QString kept;   ///< the word of the entries that stay
};

// The text of entries deleted forever is in neither the journal nor its log:
// found there before the purge (deleted entries, their earlier versions and
// the search index all hold it), gone after, while the other entries stay.
TEST_F(PurgeTest, TextIsGoneFromTheJournalAndItsLog)
{
    auto opened = JournalStore::open(path);
    ASSERT_OK(opened);
    JournalStore& store = *opened.value();
    QStringList doomed;
    for (int i = 0; i < 40; ++i) {
        auto e = store.add(draft(secret, i));
        ASSERT_OK(e);
        // An earlier version of each, in the history, holds the word too.
        EntryDraft edited = draft(secret, i);
        edited.title = QStringLiteral("Edited %1").arg(i);
        ASSERT_OK(store.update(e->id, edited));
        doomed << e->id;
    }
    QStringList others;
    for (int i = 0; i < 40; ++i) {
        auto e = store.add(draft(kept, i));
        ASSERT_OK(e);
        others << e->id;
    }
    ASSERT_OK(store.link(others[0], doomed[0], QStringLiteral("about")));
    for (const QString& id : doomed)
        ASSERT_OK(store.remove(id));
    // One deleted entry of the other word stays in the bin: deleted after the cut-off.
    ASSERT_OK(store.remove(others[1]));

    ASSERT_TRUE(filesHold(path, secret)) << "the search must find the word before the purge, or it proves nothing";
    ASSERT_EQ(countMatching(store, secret), 40);

    int resets = 0;
    QObject::connect(&store, &JournalStore::reset, [&resets] { ++resets; });
    auto report = store.purgeEntries(doomed);
    ASSERT_OK(report);
    EXPECT_EQ(report->ids.size(), 40);
    EXPECT_EQ(report->revisions, 40);
    EXPECT_EQ(report->links, 1);
    EXPECT_TRUE(report->logCleared);
    EXPECT_TRUE(report->at.isValid());
    EXPECT_EQ(resets, 1);

    EXPECT_FALSE(filesHold(path, secret)) << "the text of entries deleted forever is still in the journal's files";
    EXPECT_TRUE(bytesOf(path).contains(kept.toUtf8())) << "the other entries must stay (plain journal)";
    EXPECT_EQ(countMatching(store, secret), 0);
    EXPECT_EQ(countMatching(store, kept), 40); // the rebuilt index still finds the others
    for (const QString& id : doomed)
        EXPECT_EQ(store.get(id).error().code, ErrorCode::NotFound);
    auto links = store.links(others[0]);
    ASSERT_OK(links);
    EXPECT_TRUE(links->isEmpty());
    auto bin = store.binEntries();
    ASSERT_OK(bin);
    ASSERT_EQ(bin->size(), 1);
    EXPECT_EQ(bin->first().id, others[1]);
    EXPECT_EQ(store.binEmptiedAt(), report->at);
    auto problems = store.integrityCheck();
    ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty());

    // After a close and reopen, still sound and still without the word.
    opened.value().reset();
    EXPECT_FALSE(filesHold(path, secret));
    auto again = JournalStore::open(path);
    ASSERT_OK(again);
    EXPECT_EQ(again.value()->stats()->entries, 39);
    EXPECT_EQ(again.value()->stats()->deleted, 1);
}

TEST_F(PurgeTest, ByTimeTakesOnlyWhatWasDeletedBefore)
{
    auto opened = JournalStore::open(path);
    ASSERT_OK(opened);
    JournalStore& store = *opened.value();
    auto old = store.add(draft(secret, 1));
    auto recent = store.add(draft(kept, 2));
    auto live = store.add(draft(kept, 3));
    ASSERT_OK(old);
    ASSERT_OK(recent);
    ASSERT_OK(live);
    ASSERT_OK(store.remove(old->id));
    QThread::msleep(20);
    const QDateTime cut = QDateTime::currentDateTimeUtc();
    QThread::msleep(20);
    ASSERT_OK(store.remove(recent->id));

    auto report = store.purgeDeletedBefore(cut);
    ASSERT_OK(report);
    EXPECT_EQ(report->ids, QStringList{old->id});
    EXPECT_EQ(store.get(old->id).error().code, ErrorCode::NotFound);
    EXPECT_OK(store.get(recent->id)); // still in the bin
    EXPECT_OK(store.get(live->id));
    EXPECT_FALSE(filesHold(path, secret));

    // Nothing left before the cut: nothing happens, no reset.
    int resets = 0;
    QObject::connect(&store, &JournalStore::reset, [&resets] { ++resets; });
    auto none = store.purgeDeletedBefore(cut);
    ASSERT_OK(none);
    EXPECT_TRUE(none->ids.isEmpty());
    EXPECT_EQ(resets, 0);
    EXPECT_EQ(store.purgeDeletedBefore(QDateTime()).error().code, ErrorCode::InvalidArgument);
}

// Only entries in the bin: a live entry, or an id no entry has, is refused by
// name and nothing at all is deleted, not even the ids that were in the bin.
TEST_F(PurgeTest, ByIdRefusesWhatIsNotInTheBin)
{
    auto opened = JournalStore::open(path);
    ASSERT_OK(opened);
    JournalStore& store = *opened.value();
    auto binned = store.add(draft(secret, 1));
    auto live = store.add(draft(kept, 2));
    ASSERT_OK(binned);
    ASSERT_OK(live);
    ASSERT_OK(store.remove(binned->id));

    auto refused = store.purgeEntries({binned->id, live->id});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(live->id)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not in the bin")));
    EXPECT_OK(store.get(binned->id));
    EXPECT_OK(store.get(live->id));

    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto missing = store.purgeEntries({binned->id, unknown});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(unknown));
    EXPECT_OK(store.get(binned->id));
    EXPECT_FALSE(store.binEmptiedAt().isValid());
}

// An encrypted journal: the purge works through the encrypting VFS, the
// rewritten file keeps 40 reserved bytes per page, and it reopens with its key.
TEST_F(PurgeTest, WorksOnAnEncryptedJournal)
{
    auto created = JournalKey::create(JournalKey::pathFor(path), "correct horse battery staple");
    ASSERT_OK(created);
    auto opened = JournalStore::open(path, JournalStore::Mode::ReadWrite, created->key);
    ASSERT_OK(opened);
    JournalStore& store = *opened.value();
    QStringList doomed;
    for (int i = 0; i < 60; ++i) {
        auto e = store.add(draft(secret, i));
        ASSERT_OK(e);
        ASSERT_OK(store.remove(e->id));
        doomed << e->id;
    }
    for (int i = 0; i < 10; ++i)
        ASSERT_OK(store.add(draft(kept, i)));
    ASSERT_EQ(cryptovfs::reservedBytesOf(path), cryptovfs::kReserveBytes);
    const qint64 sizeBefore = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    auto report = store.purgeDeletedBefore(QDateTime::currentDateTimeUtc().addSecs(1));
    ASSERT_OK(report);
    EXPECT_EQ(report->ids.size(), 60);
    EXPECT_TRUE(report->logCleared);
    EXPECT_EQ(cryptovfs::reservedBytesOf(path), cryptovfs::kReserveBytes) << "VACUUM dropped the room for nonce and tag";
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    EXPECT_LT(QFileInfo(path).size(), sizeBefore);
    EXPECT_EQ(countMatching(store, secret), 0);
    EXPECT_EQ(countMatching(store, kept), 10);
    EXPECT_TRUE(store.integrityCheck()->isEmpty());

    opened.value().reset();
    EXPECT_EQ(cryptovfs::reservedBytesOf(path), cryptovfs::kReserveBytes);
    EXPECT_FALSE(JournalStore::open(path).ok()) << "still encrypted: refused without its key";
    auto key = JournalKey::unlock(JournalKey::pathFor(path), "correct horse battery staple");
    ASSERT_OK(key);
    auto again = JournalStore::open(path, JournalStore::Mode::ReadWrite, key.value());
    ASSERT_OK(again);
    EXPECT_EQ(again.value()->stats()->entries, 10);
    EXPECT_EQ(again.value()->stats()->deleted, 0);
    EXPECT_EQ(countMatching(*again.value(), kept), 10);
}

// Backups made before the bin was emptied are named, and can be removed at once.
TEST_F(PurgeTest, BackupsMadeBeforeAreNamed)
{
    const QString folder = dir.filePath(QStringLiteral("backups"));
    BackupRotation rotation(folder);
    auto opened = JournalStore::open(path);
    ASSERT_OK(opened);
    JournalStore& store = *opened.value();
    auto e = store.add(draft(secret, 1));
    ASSERT_OK(e);
    ASSERT_OK(store.remove(e->id));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto older = rotation.backupNow(store, now.addSecs(-3600));
    ASSERT_OK(older);
    EXPECT_FALSE(rotation.madeBeforeBinEmptied(older.value()));
    EXPECT_TRUE(rotation.binNote(older.value()).isEmpty());

    auto report = store.purgeEntries({e->id});
    ASSERT_OK(report);
    ASSERT_TRUE(rotation.recordBinEmptied(report->at));
    EXPECT_EQ(rotation.binEmptiedAt(), report->at);
    EXPECT_EQ(QFileInfo(folder + QStringLiteral("/bin-emptied-at")).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    auto newer = rotation.backupNow(store, now.addSecs(60));
    ASSERT_OK(newer);
    EXPECT_TRUE(rotation.madeBeforeBinEmptied(older.value()));
    EXPECT_TRUE(rotation.binNote(older.value()).contains(QStringLiteral("made before the bin was emptied")));
    EXPECT_FALSE(rotation.madeBeforeBinEmptied(newer.value()));
    EXPECT_TRUE(bytesOf(older.value()).contains(secret.toUtf8())) << "the old backup still holds it, as it says";
    EXPECT_FALSE(bytesOf(newer.value()).contains(secret.toUtf8()));

    // An earlier time never replaces a later one.
    ASSERT_TRUE(rotation.recordBinEmptied(report->at.addDays(-1)));
    EXPECT_EQ(rotation.binEmptiedAt(), report->at);

    EXPECT_EQ(rotation.removeMadeBeforeBinEmptied(), QStringList{older.value()});
    EXPECT_EQ(rotation.list(), QStringList{newer.value()});
}

} // namespace
