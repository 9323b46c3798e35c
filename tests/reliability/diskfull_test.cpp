// A full disk and a failing drive, through an SQLite VFS that fails writes on
// demand: a save is refused with a clear message naming the journal, what was
// saved before stays intact, and once space is back saving works again.
#include "faultyvfs.h"

#include "store/journalstore.h"

#include "testsupport.h"

#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using test::WriteFault;

namespace {

sdk::EntryDraft draft(int i, int textBytes = 20)
{
    sdk::EntryDraft d;
    d.kind = QStringLiteral("journal/entry");
    d.title = QStringLiteral("entry %1").arg(i);
    d.payload = QJsonObject{{QStringLiteral("i"), i}, {QStringLiteral("text"), QString(textBytes, QLatin1Char('a' + i % 26))}};
    return d;
}

class DiskFullTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { test::installFaultyVfs(); }
    void SetUp() override
    {
        test::setWriteFault(WriteFault::None);
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        auto s = test::openJournal(path);
        ASSERT_OK(s);
        store = std::move(s).value();
        for (int i = 0; i < 20; ++i) {
            auto e = store->add(draft(i));
            ASSERT_OK(e);
            ids << e->id;
            payloads << e->payload;
        }
    }
    void TearDown() override { test::setWriteFault(WriteFault::None); }

    // Everything saved before is there, unchanged, after reopening the file.
    void expectEarlierEntriesIntact(int alsoExpected = 0)
    {
        store.reset();
        test::setWriteFault(WriteFault::None);
        auto s = test::openJournal(path);
        ASSERT_OK(s);
        store = std::move(s).value();
        auto problems = store->integrityCheck();
        ASSERT_OK(problems);
        EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
        for (int i = 0; i < ids.size(); ++i) {
            auto e = store->get(ids.at(i));
            ASSERT_OK(e);
            EXPECT_EQ(e->payload, payloads.at(i));
        }
        EXPECT_EQ(store->stats()->entries, ids.size() + alsoExpected);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<JournalStore> store;
    QStringList ids;
    QList<QJsonObject> payloads; // what each of ids was saved with
};

} // namespace

TEST_F(DiskFullTest, FullDiskRefusesTheSaveAndKeepsWhatWasSaved)
{
    test::setWriteFault(WriteFault::DiskFull);
    auto added = store->add(draft(99));
    ASSERT_FALSE(added.ok());
    EXPECT_GT(test::refusedWrites(), 0);
    const QString msg = added.error().message;
    EXPECT_TRUE(msg.contains(QStringLiteral("disk is full"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(path)) << msg.toStdString();
    auto edited = store->update(ids.first(), draft(98));
    ASSERT_FALSE(edited.ok());
    EXPECT_TRUE(edited.error().message.contains(QStringLiteral("disk is full")));
    EXPECT_FALSE(store->remove(ids.last()).ok());

    // Space is freed: the same open journal saves again.
    test::setWriteFault(WriteFault::None);
    auto again = store->add(draft(20));
    ASSERT_OK(again);
    ids << again->id;
    payloads << again->payload;
    expectEarlierEntriesIntact();
    test::report(QStringLiteral("diskfull"), QStringLiteral("disk full: add, edit and delete refused with \"%1\"; 20 earlier entries intact; saving works once space is back")
                                                 .arg(msg.section(QStringLiteral(": "), 1)));
}

TEST_F(DiskFullTest, FailingDriveRefusesTheSaveAndKeepsWhatWasSaved)
{
    test::setWriteFault(WriteFault::IoError);
    auto added = store->add(draft(99));
    ASSERT_FALSE(added.ok());
    const QString msg = added.error().message;
    EXPECT_TRUE(msg.contains(path)) << msg.toStdString();
    test::setWriteFault(WriteFault::None);
    auto again = store->add(draft(20));
    ASSERT_OK(again) ;
    ids << again->id;
    payloads << again->payload;
    expectEarlierEntriesIntact();
    test::report(QStringLiteral("diskfull"), QStringLiteral("write error: add refused with \"%1\"; earlier entries intact; saving works after")
                                                 .arg(msg.section(QStringLiteral(": "), 1)));
}

TEST_F(DiskFullTest, TinyDiskFillsUpThenRecovers)
{
    // The files may grow only a little past their size now: entries of 3 KB
    // are saved until the disk is full.
    const qint64 quota = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() + 512 * 1024;
    test::setWriteFault(WriteFault::Quota, quota);
    int saved = 0;
    QString msg;
    for (int i = 20; i < 2000; ++i) {
        auto e = store->add(draft(i, 3000));
        if (!e.ok()) {
            msg = e.error().message;
            break;
        }
        ids << e->id;
        payloads << e->payload;
        ++saved;
    }
    ASSERT_FALSE(msg.isEmpty()) << "the quota was never reached";
    EXPECT_TRUE(msg.contains(QStringLiteral("disk is full"))) << msg.toStdString();
    EXPECT_GT(saved, 0);
    // Every entry acknowledged before the disk filled up is kept.
    test::setWriteFault(WriteFault::Quota, 1LL << 40);
    auto again = store->add(draft(static_cast<int>(ids.size()), 3000));
    ASSERT_OK(again);
    ids << again->id;
    payloads << again->payload;
    auto problems = store->integrityCheck();
    ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty());
    expectEarlierEntriesIntact();
    test::report(QStringLiteral("diskfull"), QStringLiteral("tiny disk: %1 entries of 3 KB saved before it filled, all intact after; saving works once space is back")
                                                 .arg(saved));
}
