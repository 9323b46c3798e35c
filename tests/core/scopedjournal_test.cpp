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
        ++upgradeCalls;
        if (e.schemaVersion == 1 && e.payload.contains(QStringLiteral("body"))) {
            e.payload = QJsonObject{{QStringLiteral("text"), e.payload.value(QStringLiteral("body"))}};
            e.schemaVersion = 2;
        }
    }
    mutable int validated = 0;
    mutable int upgradeCalls = 0;
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
    auto hidden = cbt->get(goal->id); // as if it did not exist (issue 20)
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().code, ErrorCode::NotFound);

    sdk::EntryQuery q;
    auto all = cbt->query(q);
    ASSERT_OK(all);
    ASSERT_EQ(all->entries.size(), 1);
    EXPECT_EQ(all->entries.first().id, record->id);
    EXPECT_EQ(goals->count(q).value(), 2);

    q.kinds = {QStringLiteral("goals/goal")};
    EXPECT_EQ(cbt->query(q).error().code, ErrorCode::PermissionDenied); // a kind, not an entry: the manifest's mistake
    EXPECT_EQ(cbt->history(goal->id).error().code, ErrorCode::NotFound);
}

// Issue 20: get() on another module's entry answered "permission denied,
// kind X" where an unknown id answered "not found", revealing that the entry
// exists and its kind. Every call that takes an id now answers for an entry
// the module may not read exactly as for an id nobody uses: the same code,
// the same field, the same message but for the id itself.
TEST_F(ScopedJournalTest, AnEntryTheModuleMayNotReadAnswersExactlyLikeAnUnknownId)
{
    auto goal = goals->add(note(QStringLiteral("goal"))); // cbt does not read goals/goal
    auto mine = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(goal);
    ASSERT_OK(mine);
    auto gone = goals->add(note(QStringLiteral("goal")));
    ASSERT_OK(gone);
    ASSERT_OK(goals->remove(gone->id)); // a deleted one too
    const QString unknown = QStringLiteral("0b5d7d6e-1c1e-4c55-9a51-6e0f2f1a0c3b");

    auto same = [&](const sdk::Error& foreign, const QString& foreignId, const sdk::Error& none, const char* call) {
        EXPECT_EQ(int(foreign.code), int(none.code)) << call << ": " << foreign.message.toStdString();
        EXPECT_EQ(int(foreign.code), int(ErrorCode::NotFound)) << call;
        EXPECT_EQ(foreign.field, none.field) << call;
        EXPECT_EQ(QString(foreign.message).replace(foreignId, QStringLiteral("<id>")),
                  QString(none.message).replace(unknown, QStringLiteral("<id>")))
            << call;
        EXPECT_FALSE(foreign.message.contains(QStringLiteral("goals"))) << call << ": " << foreign.message.toStdString();
    };
    for (const QString& id : {goal->id, gone->id}) {
        same(cbt->get(id).error(), id, cbt->get(unknown).error(), "get");
        same(cbt->history(id).error(), id, cbt->history(unknown).error(), "history");
        same(cbt->links(id).error(), id, cbt->links(unknown).error(), "links");
        same(cbt->update(id, note(QStringLiteral("thought-record"))).error(), id,
             cbt->update(unknown, note(QStringLiteral("thought-record"))).error(), "update");
        same(cbt->remove(id).error(), id, cbt->remove(unknown).error(), "remove");
        same(cbt->restore(id).error(), id, cbt->restore(unknown).error(), "restore");
        same(cbt->link(mine->id, id, QStringLiteral("about")).error(), id,
             cbt->link(mine->id, unknown, QStringLiteral("about")).error(), "link to");
        same(cbt->link(id, mine->id, QStringLiteral("about")).error(), id,
             cbt->link(unknown, mine->id, QStringLiteral("about")).error(), "link from");
        same(cbt->unlink(mine->id, id, QStringLiteral("about")).error(), id,
             cbt->unlink(mine->id, unknown, QStringLiteral("about")).error(), "unlink to");
        same(cbt->unlink(id, mine->id, QStringLiteral("about")).error(), id,
             cbt->unlink(unknown, mine->id, QStringLiteral("about")).error(), "unlink from");
    }
    // Nothing changed: the goal is not deleted, the deleted one not restored, no link made.
    EXPECT_FALSE(store->get(goal->id)->isDeleted());
    EXPECT_TRUE(store->get(gone->id)->isDeleted());
    EXPECT_TRUE(store->links(mine->id)->isEmpty());
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

TEST_F(ScopedJournalTest, AModulesWritesAreCheckedOnceWithItsOwnPolicy)
{
    // The store's policy (the host's) is another object: a module's journal asks the one it was made with.
    TextPolicy hostPolicy;
    store->setPayloadPolicy(&hostPolicy);
    auto added = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(added);
    EXPECT_EQ(policy.validated, 1);
    EXPECT_EQ(hostPolicy.validated, 0);

    EntryDraft emptied = note(QStringLiteral("thought-record"));
    emptied.payload = QJsonObject{};
    auto refused = cbt->update(added->id, emptied);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("payload.text"));
    EXPECT_EQ(policy.validated, 2);
    EXPECT_EQ(store->get(added->id)->revision, 1);

    // Writes straight to the store ask the store's policy.
    emptied.kind = QStringLiteral("cbt/thought-record");
    auto direct = store->add(emptied);
    ASSERT_FALSE(direct.ok());
    EXPECT_EQ(direct.error().field, QStringLiteral("payload.text"));
    EXPECT_EQ(hostPolicy.validated, 1);
    EXPECT_EQ(policy.validated, 2);
}

TEST_F(ScopedJournalTest, LinksFromOwnToReadableEntries)
{
    auto record = cbt->add(note(QStringLiteral("thought-record")));
    auto goal = goals->add(note(QStringLiteral("goal")));
    ASSERT_OK(record);
    ASSERT_OK(goal);
    EXPECT_OK(goals->link(goal->id, record->id, QStringLiteral("evidence")));
    EXPECT_EQ(cbt->link(record->id, goal->id, QStringLiteral("evidence")).error().code, ErrorCode::NotFound);
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

// Issue 20: reads wait for consent. A kind listed under "reads" that the
// client has not allowed looks empty to the module: no entries, a count of
// 0, no changes, "not found" by id; the module cannot tell it from a kind
// nobody has used. Allowed, it is read at once and the module reloads.
TEST_F(ScopedJournalTest, AKindNotAllowedYetLooksEmpty)
{
    auto record = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(record);
    goals->setAllowedReads({});
    int changes = 0, reloads = 0;
    QObject::connect(goals.get(), &sdk::Journal::entryChanged, [&] { ++changes; });
    QObject::connect(goals.get(), &sdk::Journal::reloaded, [&] { ++reloads; });

    EXPECT_EQ(goals->readableKinds(), (QStringList{QStringLiteral("cbt/thought-record"), QStringLiteral("goals/goal")}));
    sdk::EntryQuery q;
    q.kinds = {QStringLiteral("cbt/thought-record")};
    auto page = goals->query(q);
    ASSERT_OK(page);
    EXPECT_TRUE(page->entries.isEmpty());
    EXPECT_EQ(goals->count(q).value(), 0);
    EXPECT_EQ(goals->count({}).value(), 0);
    EXPECT_TRUE(goals->query({})->entries.isEmpty());
    sdk::AggregateQuery a;
    a.kinds = {QStringLiteral("cbt/thought-record")};
    auto sums = goals->aggregate(a);
    ASSERT_OK(sums);
    sdk::AggregateQuery unused; // a kind of its own that has no entries: the same answer
    unused.kinds = {QStringLiteral("goals/goal")};
    ASSERT_EQ(sums->size(), goals->aggregate(unused)->size());
    for (qsizetype i = 0; i < sums->size(); ++i)
        EXPECT_EQ(sums->at(i).count, 0);
    EXPECT_EQ(goals->get(record->id).error().code, ErrorCode::NotFound);
    EXPECT_NE(goals->kindInfo(QStringLiteral("cbt/thought-record")).error().code, ErrorCode::PermissionDenied); // asking is not reading
    ASSERT_OK(cbt->add(note(QStringLiteral("thought-record"))));
    EXPECT_EQ(changes, 0);
    // A kind it never listed is still the manifest's mistake.
    q.kinds = {QStringLiteral("ipt/event")};
    EXPECT_EQ(goals->query(q).error().code, ErrorCode::PermissionDenied);

    goals->setAllowedReads({QStringLiteral("cbt/thought-record")});
    EXPECT_EQ(reloads, 1);
    EXPECT_OK(goals->get(record->id));
    q.kinds = {QStringLiteral("cbt/thought-record")};
    EXPECT_EQ(goals->count(q).value(), 2);
    ASSERT_OK(cbt->add(note(QStringLiteral("thought-record"))));
    EXPECT_EQ(changes, 1);
    goals->setAllowedReads({QStringLiteral("cbt/thought-record")}); // no change, no reload
    EXPECT_EQ(reloads, 1);
}

// A clock the test moves.
struct TestClock {
    qint64 now = 5'000'000;
    WriteQuota::Clock clock() { return [this] { return now; }; }
};

// Issue 20: a module caught in a loop could fill the journal. Its writes
// are counted per minute and per day; over a limit a write is refused with
// a message that names the module and says what to do, and nothing is stored.
TEST_F(ScopedJournalTest, WritesOverTheLimitAreRefusedNamingTheModule)
{
    TestClock t;
    cbt->setWriteLimits(WriteLimits{3, 5}, QStringLiteral("Thought records"), t.clock());
    auto first = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(first);
    ASSERT_OK(cbt->update(first->id, note(QStringLiteral("thought-record"), QStringLiteral("edited"))));
    ASSERT_OK(cbt->remove(first->id)); // edits and deletions count too
    auto refused = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Thought records (cbt)"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("in the last minute"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Wait a minute and try again"))) << refused.error().message.toStdString();
    EXPECT_EQ(cbt->restore(first->id).error().code, ErrorCode::Unavailable);
    EXPECT_EQ(store->count({}).value(), 0); // the one entry stays deleted, nothing added
    // Other modules are not held back, and a refused write is not counted.
    EXPECT_OK(goals->add(note(QStringLiteral("goal"))));

    t.now += 61'000;
    EXPECT_OK(cbt->restore(first->id));
    EXPECT_OK(cbt->add(note(QStringLiteral("thought-record"))));
    auto day = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_FALSE(day.ok());
    EXPECT_TRUE(day.error().message.contains(QStringLiteral("in the last 24 hours"))) << day.error().message.toStdString();
    // A write that fails for its own reasons is not counted either.
    cbt->setWriteLimits(WriteLimits{1, 0}, QStringLiteral("Thought records"), t.clock());
    EntryDraft invalid = note(QStringLiteral("thought-record"));
    invalid.payload = QJsonObject{};
    EXPECT_EQ(cbt->add(invalid).error().code, ErrorCode::Validation);
    EXPECT_OK(cbt->add(note(QStringLiteral("thought-record"))));
}

} // namespace

// Aggregates (SDK 1.2): figures in SQL, scoped like reads, counted as no entries.
TEST_F(ScopedJournalTest, AggregatesByWeekAndGroupWithoutReadingEntries)
{
    // Monday 2026-11-02 .. Sunday 2026-11-15, local time UTC+1 at 23:30 (the
    // local day, not the UTC one, decides the week).
    const QDateTime monday(QDate(2026, 11, 2), QTime(22, 30), Qt::UTC);
    for (int day = 0; day < 14; ++day) {
        EntryDraft d = note(QStringLiteral("thought-record"));
        d.occurredAt = monday.addDays(day);
        d.utcOffsetSeconds = 3600;
        d.mood = day % 11;
        d.payload.insert(QStringLiteral("before"), 80);
        d.payload.insert(QStringLiteral("after"), 80 - day);
        d.payload.insert(QStringLiteral("feeling"), day % 2 ? QStringLiteral("sad") : QStringLiteral("tense"));
        ASSERT_OK(cbt->add(d));
    }
    EntryDraft unrated = note(QStringLiteral("thought-record"));
    unrated.occurredAt = monday.addDays(1);
    unrated.utcOffsetSeconds = 3600;
    ASSERT_OK(cbt->add(unrated));
    ASSERT_OK(cbt->remove(cbt->add(note(QStringLiteral("thought-record")))->id)); // deleted: never counted
    cbt->resetReads();

    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("thought-record")};
    q.period = sdk::AggregateQuery::Period::Week;
    q.value = QStringLiteral("mood");
    auto weeks = cbt->aggregate(q);
    ASSERT_OK(weeks);
    ASSERT_EQ(weeks->size(), 2);
    EXPECT_EQ(weeks->at(0).period, QDate(2026, 11, 2));
    EXPECT_EQ(weeks->at(0).count, 8);  // seven days and the unrated one
    EXPECT_EQ(weeks->at(0).valued, 7); // the unrated one has no mood
    EXPECT_DOUBLE_EQ(weeks->at(0).average, 3.0); // moods 0..6
    EXPECT_DOUBLE_EQ(weeks->at(0).maximum, 6.0);
    EXPECT_EQ(weeks->at(1).period, QDate(2026, 11, 9));
    EXPECT_DOUBLE_EQ(weeks->at(1).sum, 7 + 8 + 9 + 10 + 0 + 1 + 2);

    sdk::AggregateQuery change;
    change.kinds = {QStringLiteral("cbt/thought-record")};
    change.groupBy = QStringLiteral("payload.feeling");
    change.value = QStringLiteral("payload.before");
    change.minus = QStringLiteral("payload.after");
    auto byFeeling = cbt->aggregate(change);
    ASSERT_OK(byFeeling);
    ASSERT_EQ(byFeeling->size(), 3);
    EXPECT_EQ(byFeeling->at(0).group, QString()); // the unrated one has no feeling
    EXPECT_EQ(byFeeling->at(0).valued, 0);
    EXPECT_EQ(byFeeling->at(1).group, QStringLiteral("sad"));
    EXPECT_DOUBLE_EQ(byFeeling->at(1).average, 7.0); // days 1,3,..,13
    EXPECT_EQ(byFeeling->at(2).group, QStringLiteral("tense"));
    EXPECT_DOUBLE_EQ(byFeeling->at(2).minimum, 0.0);

    q.period = sdk::AggregateQuery::Period::Day;
    q.limit = 3;
    EXPECT_EQ(cbt->aggregate(q)->size(), 3);

    EXPECT_EQ(cbt->reads().entries, 0);
    EXPECT_EQ(cbt->reads().aggregates, 3);
}

TEST_F(ScopedJournalTest, AggregateRefusesUnreadableKindsAndUnknownFields)
{
    ASSERT_OK(cbt->add(note(QStringLiteral("thought-record"))));
    sdk::AggregateQuery q;
    q.kinds = {QStringLiteral("goals/goal")};
    auto refused = cbt->aggregate(q);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);

    // Nothing outside its grants, even when every kind is asked for.
    ASSERT_OK(goals->add(note(QStringLiteral("goal"))));
    auto mine = cbt->aggregate(sdk::AggregateQuery{});
    ASSERT_OK(mine);
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->at(0).count, 1);

    for (const auto& [field, value] : {std::pair{QStringLiteral("value"), QStringLiteral("title")},
                                       std::pair{QStringLiteral("value"), QStringLiteral("payload.a') OR 1=1 --")},
                                       std::pair{QStringLiteral("groupBy"), QStringLiteral("payload.")}}) {
        sdk::AggregateQuery bad;
        (field == QLatin1String("value") ? bad.value : bad.groupBy) = value;
        auto r = cbt->aggregate(bad);
        ASSERT_FALSE(r.ok()) << qPrintable(value);
        EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(r.error().field, field);
    }
}

TEST_F(ScopedJournalTest, CountsTheEntriesAModuleReads)
{
    for (int i = 0; i < 30; ++i)
        ASSERT_OK(cbt->add(note(QStringLiteral("thought-record"), QStringLiteral("0123456789"))));
    cbt->setMeasurePayloadBytes(true);
    cbt->resetReads();
    sdk::EntryQuery q;
    q.limit = 10;
    auto page = cbt->query(q);
    ASSERT_OK(page);
    EXPECT_EQ(cbt->reads().entries, 10);
    EXPECT_EQ(cbt->reads().payloadBytes, 10 * qsizetype(sizeof(R"({"text":"0123456789"})") - 1));
    ASSERT_OK(cbt->get(page->entries.first().id));
    EXPECT_EQ(cbt->reads().entries, 11);
    EXPECT_EQ(cbt->all(sdk::EntryQuery{})->size(), 30);
    EXPECT_EQ(cbt->reads().entries, 41);
    EXPECT_OK(cbt->count(sdk::EntryQuery{})); // counting reads no entries
    EXPECT_EQ(cbt->reads().entries, 41);
    // A small max reads only that many, not a page of 1,000 trimmed afterwards.
    EXPECT_EQ(cbt->all(sdk::EntryQuery{}, 7)->size(), 7);
    EXPECT_EQ(cbt->reads().entries, 48);
}

TEST_F(ScopedJournalTest, TitlesOnlyQueriesDoNotUpgradePayloadsTheyDidNotRead)
{
    ASSERT_OK(cbt->add(note(QStringLiteral("thought-record"))));
    sdk::EntryQuery q;
    q.withPayload = false;
    policy.upgradeCalls = 0;
    auto page = cbt->query(q);
    ASSERT_OK(page);
    ASSERT_EQ(page->entries.size(), 1);
    EXPECT_EQ(policy.upgradeCalls, 0) << "an empty payload was handed to the module's upgrade";
    q.withPayload = true;
    ASSERT_OK(cbt->query(q));
    EXPECT_EQ(policy.upgradeCalls, 1);
}

// Today's Undo of a Done or Skip (issue 30's thirteenth round, a try from
// outside): what a module wrote in one call, the entries it added and whether
// it wrote anything else. Refused writes do not count; nothing is recorded
// outside a recording.
TEST_F(ScopedJournalTest, RecordsTheEntriesAddedInACallAndWhetherAnythingElseWasWritten)
{
    EXPECT_TRUE(cbt->takeWrites().added.isEmpty()); // not recording
    auto before = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(before);

    cbt->recordWrites();
    auto a = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(a);
    EXPECT_FALSE(cbt->add(note(QStringLiteral("goals/goal"))).ok()); // refused: another module's kind
    JournalWrites w = cbt->takeWrites();
    EXPECT_EQ(w.added, QStringList{a->id});
    EXPECT_FALSE(w.other);
    EXPECT_TRUE(cbt->takeWrites().added.isEmpty()) << "still recording after takeWrites()";

    // An update: the revision before it (its first update in the call), and a link.
    cbt->recordWrites();
    auto added = cbt->add(note(QStringLiteral("thought-record")));
    ASSERT_OK(added);
    ASSERT_OK(cbt->update(before->id, note(QStringLiteral("thought-record"))));
    ASSERT_OK(cbt->update(before->id, note(QStringLiteral("thought-record"))));
    ASSERT_OK(cbt->update(added->id, note(QStringLiteral("thought-record")))); // added in the call: its removal covers it
    ASSERT_OK(cbt->link(added->id, before->id, QStringLiteral("follows")));
    w = cbt->takeWrites();
    EXPECT_EQ(w.added, QStringList{added->id});
    EXPECT_EQ(w.updated.size(), 1);
    EXPECT_EQ(w.updated.value(before->id), 1) << "not the revision before the call";
    ASSERT_EQ(w.linked.size(), 1);
    EXPECT_EQ(w.linked.first().fromId, added->id);
    EXPECT_EQ(w.linked.first().relation, QStringLiteral("follows"));
    EXPECT_FALSE(w.other);

    cbt->recordWrites();
    ASSERT_OK(cbt->remove(before->id));
    EXPECT_TRUE(cbt->takeWrites().other) << "a removal was not noticed";
}
