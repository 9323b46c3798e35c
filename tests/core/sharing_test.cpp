// Sharing with a clinic, the journal's part (issue 31): what the client's
// choices put in the outbox, on a real journal file. Private entries never go
// unless picked; a choice and its outbox rows are one transaction; a save of
// a covered entry queues it in the save's transaction; deleting or making
// private withdraws what went; an op replaced while on its way stays pending.
#include "store/journalstore.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QThread>

using namespace tessera;
using namespace tessera::core;

namespace {

class SharingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = test::openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_OK(s);
        store = std::move(s.value());
    }
    void pair()
    {
        JournalStore::ClinicPairing p{QStringLiteral("https://clinic.example/"), QStringLiteral("c"), QStringLiteral("Riverside"),
                                      QStringLiteral("client"), QStringLiteral("J. M."), QStringLiteral("device"),
                                      QByteArray(64, 'k'), {}};
        ASSERT_OK(store->setClinicPairing(p));
    }
    sdk::Entry add(const QString& kind, int hoursAgo, bool isPrivate = false)
    {
        sdk::EntryDraft d;
        d.kind = kind;
        d.title = QStringLiteral("An entry");
        d.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
        auto e = store->add(d);
        EXPECT_OK(e);
        if (isPrivate)
            EXPECT_OK(store->setPrivate(e->id, true));
        return e.value();
    }
    QList<JournalStore::OutboxOp> pending() { return store->pendingOutbox(500).value(); }
    // What the clinic acknowledged for every pending op.
    void acknowledgeAll()
    {
        for (const auto& op : pending())
            ASSERT_OK(store->outboxDone(op.id, op.withdraw ? 0 : store->get(op.entryId)->revision, op.opAtMs));
    }

    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
};

} // namespace

TEST_F(SharingTest, NothingIsQueuedBeforePairingOrChoosing)
{
    add(QStringLiteral("journal/checkin"), 1);
    EXPECT_TRUE(pending().isEmpty());
    EXPECT_FALSE(store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc()).ok()); // not paired
    pair();
    add(QStringLiteral("journal/checkin"), 1);
    EXPECT_TRUE(pending().isEmpty()); // paired, nothing chosen
}

TEST_F(SharingTest, AGrantQueuesWhatItCoversAndNeverAPrivateEntry)
{
    pair();
    const auto old = add(QStringLiteral("journal/checkin"), 48);
    const auto recent = add(QStringLiteral("journal/checkin"), 2);
    const auto secret = add(QStringLiteral("journal/checkin"), 1, true);
    const auto otherKind = add(QStringLiteral("journal/note"), 1);
    ASSERT_OK(store->addShareGrant(QStringLiteral("journal"), QStringLiteral("journal/checkin"),
                                   QDateTime::currentDateTimeUtc().addSecs(-24 * 3600)));
    auto ops = pending();
    ASSERT_EQ(ops.size(), 1); // the recent check-in: not the old one, the private one, or a note
    EXPECT_EQ(ops[0].entryId, recent.id);
    // From now on: a new check-in is queued in its own save; a private one is not.
    const auto next = add(QStringLiteral("journal/checkin"), 0);
    add(QStringLiteral("journal/checkin"), 0, true); // queued by its add, dropped when marked private
    ops = pending();
    ASSERT_EQ(ops.size(), 2);
    EXPECT_EQ(ops[1].entryId, next.id);
    // Picked, a private entry goes.
    ASSERT_OK(store->setPickedForSharing(secret.id, true));
    EXPECT_EQ(pending().size(), 3);
    EXPECT_TRUE(store->entrySharing(secret.id)->picked);
    (void)old;
    (void)otherKind;
}

// A module's kind named "draft" is work not finished (the Write page's draft,
// revised as the client types; a questionnaire not finished): "Everything
// from" a module leaves it out, and it goes only when shared by its own name.
TEST_F(SharingTest, EverythingFromAModuleLeavesItsDraftsOut)
{
    pair();
    const auto entry = add(QStringLiteral("journal/entry"), 1);
    const auto draft = add(QStringLiteral("journal/draft"), 1);
    ASSERT_OK(store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addSecs(-24 * 3600)));
    auto ops = pending();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_EQ(ops[0].entryId, entry.id);
    // Written on: still not queued.
    sdk::EntryDraft more = sdk::EntryDraft::fromEntry(draft);
    more.summary = QStringLiteral("more words");
    ASSERT_OK(store->update(draft.id, more));
    ops = pending();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_EQ(ops[0].entryId, entry.id);
    // Chosen by its own name, it goes.
    ASSERT_OK(store->addShareGrant(QStringLiteral("journal"), QStringLiteral("journal/draft"),
                                   QDateTime::currentDateTimeUtc().addSecs(-24 * 3600)));
    ops = pending();
    ASSERT_EQ(ops.size(), 2);
}

TEST_F(SharingTest, MakingPrivateOrDeletingWithdrawsWhatWent)
{
    pair();
    const auto a = add(QStringLiteral("journal/checkin"), 1);
    const auto b = add(QStringLiteral("journal/checkin"), 1);
    ASSERT_OK(store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addDays(-1)));
    acknowledgeAll();
    EXPECT_EQ(store->sharingState()->shared, 2);
    ASSERT_OK(store->setPrivate(a.id, true));
    ASSERT_OK(store->remove(b.id));
    auto ops = pending();
    ASSERT_EQ(ops.size(), 2);
    EXPECT_TRUE(ops[0].withdraw);
    EXPECT_TRUE(ops[1].withdraw);
    acknowledgeAll();
    EXPECT_EQ(store->sharingState()->shared, 0);
    // Restored and no longer private: shared again.
    ASSERT_OK(store->restore(b.id));
    ASSERT_OK(store->setPrivate(a.id, false));
    EXPECT_EQ(pending().size(), 2);
    EXPECT_FALSE(pending()[0].withdraw);
}

TEST_F(SharingTest, StoppingAGrantDropsWhatWaitedAndWithdrawsOnlyWhenAsked)
{
    pair();
    const auto sent = add(QStringLiteral("journal/checkin"), 2);
    auto grant = store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addDays(-1));
    ASSERT_OK(grant);
    acknowledgeAll();
    const auto waiting = add(QStringLiteral("journal/checkin"), 1);
    const auto picked = add(QStringLiteral("journal/checkin"), 1);
    ASSERT_OK(store->setPickedForSharing(picked.id, true));
    ASSERT_EQ(pending().size(), 2);
    ASSERT_OK(store->stopShareGrant(grant.value(), false));
    auto ops = pending();
    ASSERT_EQ(ops.size(), 1); // the picked one still goes; the waiting one does not
    EXPECT_EQ(ops[0].entryId, picked.id);
    EXPECT_EQ(store->sharingState()->shared, 1); // what went stays
    // A new grant, stopped with --withdraw: what went under it is withdrawn, a pick is not.
    auto second = store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addDays(-1));
    acknowledgeAll();
    ASSERT_OK(store->stopShareGrant(second.value(), true));
    ops = pending();
    QStringList withdrawn;
    for (const auto& op : ops)
        if (op.withdraw)
            withdrawn << op.entryId;
    withdrawn.sort();
    QStringList expected{sent.id, waiting.id};
    expected.sort();
    EXPECT_EQ(withdrawn, expected);
    EXPECT_FALSE(store->stopShareGrant(second.value(), true).ok()); // stopped already: said so
}

TEST_F(SharingTest, AnEntrySavedWhileItsShareIsOnItsWayStaysPending)
{
    pair();
    const auto e = add(QStringLiteral("journal/checkin"), 1);
    ASSERT_OK(store->setPickedForSharing(e.id, true));
    const auto op = pending().first();
    // Saved again while revision 1 is on its way.
    sdk::EntryDraft d = sdk::EntryDraft::fromEntry(e);
    d.title = QStringLiteral("Changed");
    QThread::msleep(2);
    ASSERT_OK(store->update(e.id, d));
    ASSERT_OK(store->outboxDone(op.id, 1, op.opAtMs)); // the clinic acknowledges revision 1
    auto ops = pending();
    ASSERT_EQ(ops.size(), 1); // revision 2 still goes
    EXPECT_EQ(store->sharingState()->shared, 1);
    acknowledgeAll();
    EXPECT_TRUE(pending().isEmpty());
}

TEST_F(SharingTest, ForgettingTheClinicEmptiesTheOutbox)
{
    pair();
    add(QStringLiteral("journal/checkin"), 1);
    ASSERT_OK(store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addDays(-1)));
    ASSERT_EQ(pending().size(), 1);
    ASSERT_OK(store->forgetClinic());
    EXPECT_TRUE(pending().isEmpty());
    EXPECT_FALSE(store->clinicPairing()->has_value());
    add(QStringLiteral("journal/checkin"), 0);
    EXPECT_TRUE(pending().isEmpty());
}

// A share on its way when the entry is made private (or deleted, or
// unpicked): a withdrawal takes its place, so whatever the clinic stored of
// it is withdrawn next.
TEST_F(SharingTest, AnEntryMadePrivateWhileItsShareIsOnItsWayIsWithdrawnAfterIt)
{
    pair();
    const auto e = add(QStringLiteral("journal/checkin"), 1);
    ASSERT_OK(store->addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addDays(-1)));
    const auto inFlight = pending().first();
    ASSERT_OK(store->outboxSending({inFlight.id})); // on its way
    QThread::msleep(2);
    ASSERT_OK(store->setPrivate(e.id, true));
    auto ops = pending();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_TRUE(ops[0].withdraw); // replaced, not dropped
    ASSERT_OK(store->outboxDone(inFlight.id, 1, inFlight.opAtMs)); // the clinic stored the share
    ops = pending();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_TRUE(ops[0].withdraw); // still goes
    EXPECT_EQ(store->sharingState()->shared, 1);
    acknowledgeAll();
    EXPECT_EQ(store->sharingState()->shared, 0);
    // A share never sent, made private: it simply does not go.
    const auto quiet = add(QStringLiteral("journal/checkin"), 1);
    ASSERT_EQ(pending().size(), 1);
    ASSERT_OK(store->setPrivate(quiet.id, true));
    EXPECT_TRUE(pending().isEmpty());
    // Shared again (the mark taken away): a share goes.
    ASSERT_OK(store->setPrivate(e.id, false));
    ops = pending();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_FALSE(ops[0].withdraw);
}

// A refusal of an op replaced on its way does not fail the newer one.
TEST_F(SharingTest, ARefusalOfAReplacedOpLeavesTheNewerOneWaiting)
{
    pair();
    const auto e = add(QStringLiteral("journal/checkin"), 1);
    ASSERT_OK(store->setPickedForSharing(e.id, true));
    const auto first = pending().first();
    ASSERT_OK(store->outboxSending({first.id}));
    QThread::msleep(2);
    ASSERT_OK(store->setPickedForSharing(e.id, false)); // a withdrawal replaces it
    ASSERT_OK(store->outboxFailed(first.id, first.opAtMs, QStringLiteral("refused")));
    ASSERT_EQ(pending().size(), 1);
    EXPECT_TRUE(pending().first().withdraw);
    EXPECT_EQ(store->sharingState()->failed, 0);
}
