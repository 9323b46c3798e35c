// ScopedJournal: the manifest's grants, enforced over a real journal file.
#include "store/journalstore.h"
#include "store/payloadpolicy.h"
#include "store/scopedjournal.h"

#include "testsupport.h"

#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using sdk::EntryDraft;
using sdk::ErrorCode;

namespace {

// Accepts payloads with a "text" string; upgrades schema 1 by renaming "body".
class TextPolicy : public PayloadPolicy {
public:
    sdk::Status validate(const EntryDraft& d) const override
    {
        ++validated;
        if (!d.payload.value(QStringLiteral("text")).isString())
            return sdk::makeError(ErrorCode::Validation, QStringLiteral("is required"), QStringLiteral("payload.text"));
        return {};
    }
    void upgrade(sdk::Entry& e) const override
    {
        if (e.schemaVersion == 1 && e.payload.contains(QStringLiteral("body"))) {
            e.payload = QJsonObject{{QStringLiteral("text"), e.payload.value(QStringLiteral("body"))}};
            e.schemaVersion = 2;
        }
    }
    mutable int validated = 0;
};

EntryDraft note(const QString& kind, const QString& text = QStringLiteral("hello"))
{
    EntryDraft d;
    d.kind = kind;
    d.title = QStringLiteral("t");
    d.payload = QJsonObject{{QStringLiteral("text"), text}};
    return d;
}

class ScopedJournalTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("j.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
        cbt = std::make_unique<ScopedJournal>(*store, policy, QStringLiteral("cbt"),
                                              QSet<QString>{QStringLiteral("cbt/thought-record")}, QSet<QString>{});
        goals = std::make_unique<ScopedJournal>(*store, policy, QStringLiteral("goals"),
                                                QSet<QString>{QStringLiteral("goals/goal")},
                                                QSet<QString>{QStringLiteral("cbt/thought-record")});
    }
    QTemporaryDir dir;
    TextPolicy policy;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<ScopedJournal> cbt;
    std::unique_ptr<ScopedJournal> goals;
    QList<sdk::Entry> bulk;
};

TEST_F(ScopedJournalTest, WritesOwnKindsByShortOrFullName)
{
    auto a = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(a);
    EXPECT_EQ(a->kind, QStringLiteral("cbt/thought-record"));
    EXPECT_OK(cbt->add(note(QStringLiteral("cbt/thought-record"))));
    EXPECT_EQ(policy.validated, 2);
}

TEST_F(ScopedJournalTest, RefusesWritingAnotherModulesKind)
{
    auto refused = goals->add(note(QStringLiteral("cbt/thought-record")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("goals")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cbt/thought-record")));
    EXPECT_EQ(store->count({}).value(), 0);

    // Nor may it edit, delete or restore one that exists.
    auto mine = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(mine);
    EXPECT_EQ(goals->update(mine->id, note(QStringLiteral("cbt/thought-record"))).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(goals->remove(mine->id).error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(store->get(mine->id)->isDeleted());
}

TEST_F(ScopedJournalTest, ReadsGrantedKindsOnly)
{
    auto record = cbt->add(note(QStringLiteral("thought-record")));
    auto goal = goals->add(note(QStringLiteral("goal")));
    ASSERT_OK(record);
    ASSERT_OK(goal);

    EXPECT_OK(goals->get(record->id)); // granted by "reads"
    auto denied = cbt->get(goal->id);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("reads")));

    sdk::EntryQuery q;
    auto all = cbt->query(q);
    ASSERT_OK(all);
    ASSERT_EQ(all->entries.size(), 1);
    EXPECT_EQ(all->entries.first().id, record->id);
    EXPECT_EQ(goals->count(q).value(), 2);

    q.kinds = {QStringLiteral("goals/goal")};
    EXPECT_EQ(cbt->query(q).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(cbt->history(goal->id).error().code, ErrorCode::PermissionDenied);
}

TEST_F(ScopedJournalTest, ValidationFailureNamesTheFieldAndStoresNothing)
{
    EntryDraft d = note(QStringLiteral("thought-record"));
    d.payload = QJsonObject{};
    auto refused = cbt->add(d);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().field, QStringLiteral("payload.text"));
    EXPECT_EQ(store->count({}).value(), 0);
}

TEST_F(ScopedJournalTest, LinksFromOwnToReadableEntries)
{
    auto record = cbt->add(note(QStringLiteral("thought-record")));
    auto goal = goals->add(note(QStringLiteral("goal")));
    ASSERT_OK(record);
    ASSERT_OK(goal);
    EXPECT_OK(goals->link(goal->id, record->id, QStringLiteral("evidence")));
    EXPECT_EQ(cbt->link(record->id, goal->id, QStringLiteral("evidence")).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(goals->links(goal->id)->size(), 1);
    // cbt can see its own entry's links only where the other end is readable to it.
    EXPECT_TRUE(cbt->links(record->id)->isEmpty());
}

TEST_F(ScopedJournalTest, ChangeSignalsOnlyForReadableKinds)
{
    int cbtSeen = 0, goalsSeen = 0;
    QObject::connect(cbt.get(), &sdk::Journal::entryChanged, [&] { ++cbtSeen; });
    QObject::connect(goals.get(), &sdk::Journal::entryChanged, [&] { ++goalsSeen; });
    ASSERT_OK(goals->add(note(QStringLiteral("goal"))));
    ASSERT_OK(cbt->add(note(QStringLiteral("thought-record"))));
    EXPECT_EQ(cbtSeen, 1);
    EXPECT_EQ(goalsSeen, 2);
}

TEST_F(ScopedJournalTest, OldPayloadsAreUpgradedOnRead)
{
    sdk::Entry old;
    old.id = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
    old.kind = QStringLiteral("cbt/thought-record");
    old.title = QStringLiteral("old");
    old.occurredAt = QDateTime::currentDateTimeUtc();
    old.payload = QJsonObject{{QStringLiteral("body"), QStringLiteral("from long ago")}};
    old.schemaVersion = 1;
    ASSERT_OK(store->importEntries({old}));
    auto got = cbt->get(old.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->schemaVersion, 2);
    EXPECT_EQ(got->payload.value(QStringLiteral("text")).toString(), QStringLiteral("from long ago"));
    // Stored as it was until next saved.
    EXPECT_EQ(store->get(old.id)->schemaVersion, 1);
    EXPECT_EQ(cbt->query({})->entries.first().schemaVersion, 2);
}

TEST_F(ScopedJournalTest, AllFollowsCursors)
{
    for (int i = 0; i < 1200; ++i) {
        sdk::Entry e;
        e.kind = QStringLiteral("cbt/thought-record");
        e.title = QStringLiteral("n");
        e.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        bulk << e;
    }
    ASSERT_OK(store->importEntries(bulk));
    auto all = cbt->all({});
    ASSERT_OK(all);
    EXPECT_EQ(all->size(), 1200);
    EXPECT_EQ(cbt->all({}, 1001)->size(), 1001);
}

} // namespace
