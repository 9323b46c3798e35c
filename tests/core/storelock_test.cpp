// Locking an open encrypted journal (issue 21, the app lock): while locked,
// every call answers Unavailable and changes nothing; unlock with the right
// key restores everything; a wrong key is refused. Real files, real keys.
#include "store/journalkey.h"
#include "store/journalstore.h"
#include "store/payloadpolicy.h"
#include "store/scopedjournal.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using sdk::EntryDraft;
using sdk::ErrorCode;

namespace {

class AnyPayload : public PayloadPolicy {
public:
    sdk::Status validate(const EntryDraft&) const override { return {}; }
    void upgrade(sdk::Entry&) const override {}
};

EntryDraft note(const QString& kind, const QString& text)
{
    EntryDraft d;
    d.kind = kind;
    d.title = text;
    d.payload = QJsonObject{{QStringLiteral("text"), text}};
    return d;
}

template <typename R>
void expectLocked(const R& r, const char* what)
{
    SCOPED_TRACE(what);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Unavailable) << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("locked"))) << r.error().message.toStdString();
}

class StoreLockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_FAST_KDF", "1");
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        auto created = JournalKey::create(JournalKey::pathFor(path), "a calm passphrase");
        ASSERT_OK(created);
        key = created->key;
        auto s = JournalStore::open(path, JournalStore::Mode::ReadWrite, key);
        ASSERT_OK(s);
        store = std::move(s).value();
        auto e = store->add(note(QStringLiteral("journal/entry"), QStringLiteral("first entry")));
        ASSERT_OK(e);
        firstId = e->id;
    }

    QTemporaryDir dir;
    QString path;
    std::shared_ptr<const DataKey> key;
    std::unique_ptr<JournalStore> store;
    QString firstId;
};

TEST_F(StoreLockTest, LockedStoreRefusesReadsAndWritesWithUnavailable)
{
    int resets = 0;
    QObject::connect(store.get(), &JournalStore::reset, [&resets] { ++resets; });
    ASSERT_OK(store->lock());
    EXPECT_TRUE(store->isLocked());
    EXPECT_TRUE(store->isEncrypted());
    EXPECT_EQ(resets, 1);

    expectLocked(store->get(firstId), "get");
    expectLocked(store->query(sdk::EntryQuery{}), "query");
    expectLocked(store->count(sdk::EntryQuery{}), "count");
    expectLocked(store->history(firstId), "history");
    expectLocked(store->links(firstId), "links");
    expectLocked(store->aggregate(sdk::AggregateQuery{}), "aggregate");
    expectLocked(store->moodByDay(QDateTime::currentDateTime().addDays(-3), QDateTime::currentDateTime(), {}), "moodByDay");
    expectLocked(store->stats(), "stats");
    expectLocked(store->integrityCheck(), "integrityCheck");
    expectLocked(store->resolveIdPrefix(firstId.left(6)), "resolveIdPrefix");
    expectLocked(store->add(note(QStringLiteral("journal/entry"), QStringLiteral("second"))), "add");
    expectLocked(store->update(firstId, note(QStringLiteral("journal/entry"), QStringLiteral("changed"))), "update");
    expectLocked(store->remove(firstId), "remove");
    expectLocked(store->restore(firstId), "restore");
    expectLocked(store->link(firstId, QStringLiteral("another-entry"), QStringLiteral("about")), "link");
    expectLocked(store->unlink(firstId, QStringLiteral("another-entry"), QStringLiteral("about")), "unlink");
    expectLocked(store->importEntries({}), "importEntries");
    const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
    expectLocked(store->backupTo(backup), "backupTo");
    EXPECT_FALSE(QFile::exists(backup));
    expectLocked(store->replaceWith(backup), "replaceWith");
    sdk::Status background = sdk::makeError(ErrorCode::Internal, QStringLiteral("not called"));
    store->backupInBackground(backup, [&](sdk::Status s) { background = s; });
    expectLocked(background, "backupInBackground");
    // Locking again is harmless.
    EXPECT_OK(store->lock());
}

TEST_F(StoreLockTest, UnlockWithTheRightKeyRestoresEverything)
{
    ASSERT_OK(store->lock());
    // The key the host gets back from the key file, not the object it held before.
    auto again = JournalKey::unlock(JournalKey::pathFor(path), "a calm passphrase");
    ASSERT_OK(again);
    int resets = 0;
    QObject::connect(store.get(), &JournalStore::reset, [&resets] { ++resets; });
    ASSERT_OK(store->unlock(*again));
    EXPECT_FALSE(store->isLocked());
    EXPECT_EQ(resets, 1);
    auto e = store->get(firstId);
    ASSERT_OK(e);
    EXPECT_EQ(e->title, QStringLiteral("first entry"));
    ASSERT_OK(store->add(note(QStringLiteral("journal/entry"), QStringLiteral("after unlock"))));
    auto n = store->count(sdk::EntryQuery{});
    ASSERT_OK(n);
    EXPECT_EQ(*n, 2);
    // And it survives a close and a fresh open.
    store.reset();
    auto reopened = JournalStore::open(path, JournalStore::Mode::ReadWrite, *again);
    ASSERT_OK(reopened);
    auto m = reopened.value()->count(sdk::EntryQuery{});
    ASSERT_OK(m);
    EXPECT_EQ(*m, 2);
}

TEST_F(StoreLockTest, WrongKeyIsRefusedAndTheJournalStaysLocked)
{
    ASSERT_OK(store->lock());
    auto other = DataKey::random();
    ASSERT_TRUE(other);
    auto r = store->unlock(other);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied) << r.error().message.toStdString();
    EXPECT_TRUE(store->isLocked());
    expectLocked(store->get(firstId), "get after a wrong key");
    // The right key still works: nothing was changed by the wrong one.
    ASSERT_OK(store->unlock(key));
    EXPECT_OK(store->get(firstId));
}

TEST_F(StoreLockTest, KilledWhileLockedIsNotALostLog)
{
    // lock() marks the session closed before its connection goes, as a close
    // does, so that a journal left locked (then killed) opens cleanly.
    ASSERT_OK(store->lock());
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    auto second = JournalStore::open(path, JournalStore::Mode::ReadOnly, key);
    ASSERT_OK(second);
    EXPECT_OK(second.value()->get(firstId));
}

TEST_F(StoreLockTest, PlainJournalCannotBeLocked)
{
    auto plain = JournalStore::open(dir.filePath(QStringLiteral("plain.sqlite")));
    ASSERT_OK(plain);
    auto r = plain.value()->lock();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(plain.value()->isLocked());
}

TEST_F(StoreLockTest, ModuleJournalWhileLockedAnswersAnError)
{
    AnyPayload policy;
    ScopedJournal journal(*store, policy, QStringLiteral("journal"), QSet<QString>{QStringLiteral("journal/entry")},
                          QSet<QString>{});
    ASSERT_OK(store->lock());
    expectLocked(journal.add(note(QStringLiteral("entry"), QStringLiteral("while locked"))), "add");
    expectLocked(journal.query(sdk::EntryQuery{}), "query");
    expectLocked(journal.count(sdk::EntryQuery{}), "count");
    EXPECT_FALSE(journal.get(firstId).ok());
    EXPECT_FALSE(journal.update(firstId, note(QStringLiteral("entry"), QStringLiteral("x"))).ok());
    EXPECT_FALSE(journal.remove(firstId).ok());
    EXPECT_FALSE(journal.history(firstId).ok());
    EXPECT_FALSE(journal.links(firstId).ok());
    ASSERT_OK(store->unlock(key));
    EXPECT_OK(journal.add(note(QStringLiteral("entry"), QStringLiteral("after unlock"))));
}

} // namespace

// ---- The app's Settings: turning encryption on and off (LockController) ----

#include "app/lockcontroller.h"
#include "host/host.h"
#include "store/backups.h"
#include "store/cryptovfs.h"

#include <QDir>

namespace {

// A host on `dataDir` that loads no module (the store checks entries' fields only).
HostOptions withoutModules(const QString& dataDir)
{
    HostOptions options;
    options.dataDir = dataDir;
    options.bundledPlugins = false;
    return options;
}

TEST(AppEncryptionSettings, TurningOnAndOffConvertsTheJournalAndItsBackups)
{
    qputenv("TESSERA_TEST_FAST_KDF", "1");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Host host(withoutModules(dir.path()));
    ASSERT_OK(host.openJournal());
    // No module runs here: the store checks the entry's fields only. Then an automatic backup.
    host.store()->setPayloadPolicy(nullptr);
    auto stored = host.store()->add(note(QStringLiteral("journal/entry"), QStringLiteral("a day by the sea")));
    ASSERT_OK(stored);
    ASSERT_OK(BackupRotation(host.backupDir()).backupNow(*host.store()));
    const QStringList backups = BackupRotation(host.backupDir()).list();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(cryptovfs::reservedBytesOf(backups.first()), 0);

    LockController lock(host);
    const QVariantMap on = lock.turnOnEncryption(QStringLiteral("a calm passphrase"), QStringLiteral("a calm passphrase"));
    ASSERT_TRUE(on.value(QStringLiteral("ok")).toBool()) << on.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_TRUE(host.journalEncrypted());
    EXPECT_TRUE(host.store()->isEncrypted());
    EXPECT_NE(host.key(), nullptr);
    EXPECT_FALSE(lock.property("recoveryKey").toString().isEmpty());
    EXPECT_GE(cryptovfs::reservedBytesOf(host.journalPath()), cryptovfs::kReserveBytes);
    // The backup follows the journal: encrypted too (without the Settings fix it stayed plain).
    EXPECT_GE(cryptovfs::reservedBytesOf(backups.first()), cryptovfs::kReserveBytes);
    auto read = host.store()->get(stored->id);
    ASSERT_OK(read);

    const QVariantMap off = lock.turnOffEncryption();
    ASSERT_TRUE(off.value(QStringLiteral("ok")).toBool()) << off.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_FALSE(host.journalEncrypted());
    EXPECT_FALSE(host.store()->isEncrypted());
    EXPECT_EQ(host.key(), nullptr);
    EXPECT_EQ(cryptovfs::reservedBytesOf(backups.first()) >= cryptovfs::kReserveBytes, false);
    ASSERT_OK(host.store()->get(stored->id));
}

} // namespace

// ---- The bin is read while its page is open, never at start ----

#include "app/bincontroller.h"

namespace {

// Finding deleted entries reads the whole journal (no index serves it):
// done at start, it put 0.4 s and 30 MB before the first frame on a journal
// of 1,000,000 entries, and again after every save anywhere.
TEST(BinController, ReadsTheBinOnlyWhileItsPageIsOpen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Host host(withoutModules(dir.path()));
    ASSERT_OK(host.openJournal());
    host.store()->setPayloadPolicy(nullptr);
    auto deleteOne = [&](const QString& text) {
        auto e = host.store()->add(note(QStringLiteral("journal/entry"), text));
        ASSERT_OK(e);
        ASSERT_OK(host.store()->remove(e->id));
    };
    deleteOne(QStringLiteral("first"));

    BinController bin(host);
    EXPECT_EQ(bin.count(), 0) << "the bin was read at start";
    bin.setActive(true); // the page opens
    EXPECT_EQ(bin.count(), 1);
    deleteOne(QStringLiteral("second"));
    EXPECT_EQ(bin.count(), 2) << "an open bin follows the journal";
    bin.setActive(false); // the page closes
    deleteOne(QStringLiteral("third"));
    EXPECT_EQ(bin.count(), 2) << "a closed bin was read again after a change";
    bin.setActive(true);
    EXPECT_EQ(bin.count(), 3);
}

} // namespace
