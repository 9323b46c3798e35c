// JournalStore through a real SQLite file in a temporary folder.
#include "store/journalstore.h"
#include "store/payloadpolicy.h"
#include "store/schema.h"
#include "store/database.h"
#include "store/querybuilder.h"
#include "store/searchterms.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <random>

#include <tuple>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::core;
using sdk::EntryDraft;
using sdk::ErrorCode;

namespace {

EntryDraft draft(const QString& title, const QString& text = QStringLiteral("something"), std::optional<int> mood = 5)
{
    EntryDraft d;
    d.kind = QStringLiteral("journal/entry");
    d.title = title;
    d.summary = QStringLiteral("summary of ") + title;
    d.mood = mood;
    d.payload = QJsonObject{{QStringLiteral("text"), text}};
    return d;
}

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.sqlite"));
        auto opened = JournalStore::open(path);
        ASSERT_OK(opened);
        store = std::move(opened).value();
    }

    std::unique_ptr<JournalStore> reopen(JournalStore::Mode mode = JournalStore::Mode::ReadWrite)
    {
        store.reset();
        auto opened = JournalStore::open(path, mode);
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message.toStdString());
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<JournalStore> store;
};

TEST_F(StoreTest, CreatesCurrentSchemaInWalMode)
{
    EXPECT_TRUE(QFile::exists(path));
    store.reset();
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("PRAGMA user_version")), kJournalSchemaVersion);
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'entries_fts'")), 1);
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'journal-id'")), 1);
    // WAL is a persistent property of the file: byte 18 of the header is 2.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(20).at(18), 2);
}

TEST_F(StoreTest, AddAndGetRoundTripEveryField)
{
    EntryDraft d = draft(QStringLiteral("First"));
    d.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    d.utcOffsetSeconds = 3600;
    d.tags = {QStringLiteral("morning"), QStringLiteral("work")};
    d.schemaVersion = 3;
    auto added = store->add(d);
    ASSERT_OK(added);
    EXPECT_EQ(added->id.size(), 36);
    EXPECT_EQ(added->pluginId, QStringLiteral("journal"));
    EXPECT_EQ(added->revision, 1);

    auto got = store->get(added->id);
    ASSERT_OK(got);
    EXPECT_EQ(got->kind, QStringLiteral("journal/entry"));
    EXPECT_EQ(got->occurredAt, d.occurredAt);
    EXPECT_EQ(got->utcOffsetSeconds, 3600);
    EXPECT_EQ(got->localOccurredAt().time(), QTime(10, 30));
    EXPECT_EQ(got->title, QStringLiteral("First"));
    EXPECT_EQ(got->summary, QStringLiteral("summary of First"));
    EXPECT_EQ(got->mood, 5);
    EXPECT_EQ(got->tags, d.tags);
    EXPECT_EQ(got->payload, d.payload);
    EXPECT_EQ(got->schemaVersion, 3);
    EXPECT_FALSE(got->isDeleted());
    EXPECT_TRUE(got->createdAt.isValid());
}

TEST_F(StoreTest, EntryWithoutMoodStaysWithoutMood)
{
    auto added = store->add(draft(QStringLiteral("No mood"), QStringLiteral("t"), std::nullopt));
    ASSERT_OK(added);
    EXPECT_FALSE(store->get(added->id)->mood.has_value());
}

TEST_F(StoreTest, RefusesBadFieldsNamingTheField)
{
    struct Case { std::function<void(EntryDraft&)> change; const char* field; };
    const Case cases[] = {
        {[](EntryDraft& d) { d.kind = QStringLiteral("no-slash"); }, "kind"},
        {[](EntryDraft& d) { d.kind = QStringLiteral("Journal/Entry"); }, "kind"},
        {[](EntryDraft& d) { d.title = QStringLiteral("   "); }, "title"},
        {[](EntryDraft& d) { d.title = QString(201, QLatin1Char('x')); }, "title"},
        {[](EntryDraft& d) { d.mood = 11; }, "mood"},
        {[](EntryDraft& d) { d.mood = -1; }, "mood"},
        {[](EntryDraft& d) { d.tags = {QString()}; }, "tags[0]"},
        {[](EntryDraft& d) { d.summary = QString(2001, QLatin1Char('x')); }, "summary"},
    };
    for (const Case& c : cases) {
        EntryDraft d = draft(QStringLiteral("x"));
        c.change(d);
        auto added = store->add(d);
        ASSERT_FALSE(added.ok()) << c.field;
        EXPECT_EQ(added.error().field, QString::fromLatin1(c.field));
    }
    EXPECT_EQ(store->count({}).value(), 0);
}

// The payload's limit is its stored size, compact JSON, 1 MiB, on every way in
// (add, update, import). Issue 30 made the stored bytes once per write instead
// of twice (once for this check); the limit must hold at the exact byte.
TEST_F(StoreTest, ThePayloadLimitIsItsStoredBytesOnAddUpdateAndImport)
{
    constexpr qsizetype kLimit = 1024 * 1024;
    // {"text":"…"}: 11 bytes around the text.
    const auto sized = [](qsizetype bytes) {
        EntryDraft d = draft(QStringLiteral("Large"));
        d.payload = QJsonObject{{QStringLiteral("text"), QString(bytes - 11, QLatin1Char('x'))}};
        return d;
    };
    auto atLimit = store->add(sized(kLimit));
    ASSERT_OK(atLimit);
    auto read = store->get(atLimit->id);
    ASSERT_OK(read);
    EXPECT_EQ(QJsonDocument(read->payload).toJson(QJsonDocument::Compact).size(), kLimit);
    EXPECT_EQ(read->payload, sized(kLimit).payload);

    auto over = store->add(sized(kLimit + 1));
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().field, QStringLiteral("payload"));
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("1048577 bytes"))) << over.error().message.toStdString();

    auto updated = store->update(atLimit->id, sized(kLimit + 1));
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().field, QStringLiteral("payload"));
    EXPECT_EQ(store->get(atLimit->id)->revision, 1) << "the refused update changed nothing";
    ASSERT_OK(store->update(atLimit->id, draft(QStringLiteral("Small again"), QStringLiteral("short"))));
    EXPECT_EQ(store->get(atLimit->id)->payload.value(QStringLiteral("text")).toString(), QStringLiteral("short"));

    sdk::Entry fine = read.value();
    fine.id.clear();
    sdk::Entry tooLarge = fine;
    tooLarge.payload = sized(kLimit + 1).payload;
    auto imported = store->importEntries({fine, tooLarge});
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.startsWith(QStringLiteral("entry 2 "))) << imported.error().message.toStdString();
    EXPECT_EQ(store->count({}).value(), 1) << "nothing of the refused import was stored";
    auto importedFine = store->importEntries({fine});
    ASSERT_OK(importedFine);
    EXPECT_EQ(importedFine.value(), 1);
    EXPECT_EQ(store->count({}).value(), 2);
}

// What a full kind name is ("plugin-id/kind-name"), exactly: issue 30 checks it
// without a regular expression, whose `$` let a newline at the end through.
TEST(KindNameTest, AFullKindNameIsPluginSlashKindAndNothingElse)
{
    for (const char* good : {"journal/entry", "a/b", "0/9", "my.org-x/kind-2", "behavioral-activation/activity", "tessera/safety-plan"})
        EXPECT_TRUE(isFullKindName(QString::fromLatin1(good))) << good;
    for (const char* bad : {"", "/", "a/", "/b", "journal", "Journal/entry", "journal/Entry", "-a/b", "a/-b", ".a/b", "a/b.c",
                            "a/b/c", "a b/c", "a/b ", " a/b", "a/b\n", "a/b\r\n", "\na/b", "a//b", "é/b", "a/é"})
        EXPECT_FALSE(isFullKindName(QString::fromLatin1(bad))) << bad;
}

TEST_F(StoreTest, UpdateKeepsThePreviousRevision)
{
    auto added = store->add(draft(QStringLiteral("Before"), QStringLiteral("old words")));
    ASSERT_OK(added);
    EntryDraft changed = draft(QStringLiteral("After"), QStringLiteral("new words"), 7);
    auto updated = store->update(added->id, changed);
    ASSERT_OK(updated);
    EXPECT_EQ(updated->revision, 2);
    EXPECT_EQ(updated->createdAt, added->createdAt);
    EXPECT_EQ(updated->occurredAt, added->occurredAt); // unset occurredAt keeps the old one

    auto history = store->history(added->id);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().revision, 1);
    EXPECT_EQ(history->first().entry.title, QStringLiteral("Before"));
    EXPECT_EQ(history->first().entry.payload.value(QStringLiteral("text")).toString(), QStringLiteral("old words"));

    ASSERT_OK(store->update(added->id, draft(QStringLiteral("Third"))));
    EXPECT_EQ(store->history(added->id)->size(), 2);
    EXPECT_EQ(store->history(added->id)->first().entry.title, QStringLiteral("After"));
}

TEST_F(StoreTest, UpdateCannotChangeKindOrEditDeletedOrMissing)
{
    auto added = store->add(draft(QStringLiteral("x")));
    ASSERT_OK(added);
    EntryDraft other = draft(QStringLiteral("x"));
    other.kind = QStringLiteral("journal/checkin");
    EXPECT_EQ(store->update(added->id, other).error().code, ErrorCode::InvalidArgument);
    ASSERT_OK(store->remove(added->id));
    EXPECT_EQ(store->update(added->id, draft(QStringLiteral("y"))).error().code, ErrorCode::Conflict);
    EXPECT_EQ(store->update(QStringLiteral("nope"), draft(QStringLiteral("y"))).error().code, ErrorCode::NotFound);
}

TEST_F(StoreTest, SoftDeleteHidesAndRestoreBringsBack)
{
    auto a = store->add(draft(QStringLiteral("keep")));
    auto b = store->add(draft(QStringLiteral("drop")));
    ASSERT_OK(a);
    ASSERT_OK(b);
    ASSERT_OK(store->remove(b->id));
    EXPECT_EQ(store->remove(b->id).error().code, ErrorCode::Conflict);

    auto live = store->query({});
    ASSERT_OK(live);
    ASSERT_EQ(live->entries.size(), 1);
    EXPECT_EQ(live->entries.first().id, a->id);
    EXPECT_TRUE(store->get(b->id)->isDeleted());

    sdk::EntryQuery onlyDeleted;
    onlyDeleted.onlyDeleted = true;
    ASSERT_EQ(store->query(onlyDeleted)->entries.size(), 1);
    sdk::EntryQuery all;
    all.includeDeleted = true;
    EXPECT_EQ(store->count(all).value(), 2);

    ASSERT_OK(store->restore(b->id));
    EXPECT_EQ(store->restore(b->id).error().code, ErrorCode::Conflict);
    EXPECT_EQ(store->count({}).value(), 2);
    EXPECT_FALSE(store->get(b->id)->isDeleted());
}

TEST_F(StoreTest, LinksBetweenEntries)
{
    auto goal = store->add(draft(QStringLiteral("goal")));
    auto walk = store->add(draft(QStringLiteral("walk")));
    ASSERT_OK(goal);
    ASSERT_OK(walk);
    ASSERT_OK(store->link(goal->id, walk->id, QStringLiteral("evidence")));
    ASSERT_OK(store->link(goal->id, walk->id, QStringLiteral("evidence"))); // idempotent
    auto links = store->links(walk->id);
    ASSERT_OK(links);
    ASSERT_EQ(links->size(), 1);
    EXPECT_EQ(links->first().fromId, goal->id);
    EXPECT_EQ(links->first().toId, walk->id);
    EXPECT_EQ(links->first().relation, QStringLiteral("evidence"));

    EXPECT_EQ(store->link(goal->id, goal->id, QStringLiteral("self")).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(store->link(goal->id, walk->id, QStringLiteral("Bad Relation")).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(store->link(goal->id, QStringLiteral("missing"), QStringLiteral("x")).error().code, ErrorCode::NotFound);

    ASSERT_OK(store->unlink(goal->id, walk->id, QStringLiteral("evidence")));
    EXPECT_TRUE(store->links(goal->id)->isEmpty());
    EXPECT_EQ(store->unlink(goal->id, walk->id, QStringLiteral("evidence")).error().code, ErrorCode::NotFound);
}

// inOneTransaction (Today's Undo): every write of the work is kept, or none;
// entryChanged comes after the whole commits, never for what was rolled back.
TEST_F(StoreTest, WritesInOneTransactionAreKeptWholeOrNotAtAll)
{
    auto goal = store->add(draft(QStringLiteral("goal")));
    ASSERT_OK(goal);
    int changed = 0;
    QObject::connect(store.get(), &JournalStore::entryChanged, [&changed] { ++changed; });
    QString walkId;
    const auto work = [&](bool failAtTheEnd) {
        return [&, failAtTheEnd]() -> sdk::Status {
            auto updated = store->update(goal->id, draft(QStringLiteral("goal, changed")));
            if (!updated.ok())
                return updated.error();
            auto walk = store->add(draft(QStringLiteral("walk"), QStringLiteral("a zephyr by the river")));
            if (!walk.ok())
                return walk.error();
            walkId = walk->id;
            if (sdk::Status s = store->link(goal->id, walk->id, QStringLiteral("evidence")); !s.ok())
                return s;
            EXPECT_EQ(changed, 0) << "told of a change before it was committed";
            if (failAtTheEnd) // a write that fails: an entry that is not there
                return store->remove(QStringLiteral("no-such-entry"));
            return {};
        };
    };
    const sdk::Status failed = store->inOneTransaction(work(true));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::NotFound);
    EXPECT_EQ(changed, 0) << "told of changes that were rolled back";
    EXPECT_EQ(store->get(goal->id)->revision, 1);
    EXPECT_EQ(store->get(goal->id)->title, QStringLiteral("goal"));
    EXPECT_EQ(store->get(walkId).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(store->links(goal->id)->isEmpty());
    sdk::EntryQuery zephyr;
    zephyr.text = QStringLiteral("zephyr");
    EXPECT_TRUE(store->query(zephyr)->entries.isEmpty()) << "its words stayed in the search index";

    ASSERT_OK(store->inOneTransaction(work(false)));
    EXPECT_EQ(changed, 2); // the update and the add, after the commit
    EXPECT_EQ(store->query(zephyr)->entries.size(), 1);
    // And on disk: the file opened again has all of it.
    store = reopen();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->get(goal->id)->revision, 2);
    EXPECT_EQ(store->links(goal->id)->size(), 1);
    EXPECT_EQ(store->count({}).value(), 2);
}

TEST_F(StoreTest, FullTextSearchCoversTitleSummaryAndPayload)
{
    auto a = store->add(draft(QStringLiteral("Walk by the river"), QStringLiteral("felt the cold air")));
    auto b = store->add(draft(QStringLiteral("Phone call"), QStringLiteral("my sister laughed")));
    EntryDraft nested = draft(QStringLiteral("Nested"));
    nested.payload = QJsonObject{{QStringLiteral("moods"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Frustration")}}}}};
    auto c = store->add(nested);
    ASSERT_OK(a);
    ASSERT_OK(b);
    ASSERT_OK(c);

    auto search = [&](const QString& text) {
        sdk::EntryQuery q;
        q.text = text;
        QStringList ids;
        for (const auto& e : store->query(q).value().entries)
            ids << e.id;
        return ids;
    };
    EXPECT_EQ(search(QStringLiteral("river")), QStringList{a->id});
    EXPECT_EQ(search(QStringLiteral("summary of phone")), QStringList{b->id});
    EXPECT_EQ(search(QStringLiteral("sister")), QStringList{b->id});
    EXPECT_EQ(search(QStringLiteral("frustr")), QStringList{c->id}); // prefix on the last word
    EXPECT_EQ(search(QStringLiteral("LAUGHED")), QStringList{b->id});
    EXPECT_TRUE(search(QStringLiteral("river sister")).isEmpty()); // every word must match
    // Query syntax is never passed through: these must not error.
    for (const QString& odd : {QStringLiteral("\"unbalanced"), QStringLiteral("a AND OR NOT"), QStringLiteral("(*)"),
                               QStringLiteral("col:val"), QStringLiteral("-river"), QStringLiteral("!!!")}) {
        sdk::EntryQuery q;
        q.text = odd;
        EXPECT_OK(store->query(q));
    }
    // Edits re-index; deletes hide.
    ASSERT_OK(store->update(a->id, draft(QStringLiteral("Walk in the park"), QStringLiteral("sunny"))));
    EXPECT_TRUE(search(QStringLiteral("river")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("park")), QStringList{a->id});
    ASSERT_OK(store->remove(b->id));
    EXPECT_TRUE(search(QStringLiteral("sister")).isEmpty());
}

TEST_F(StoreTest, SearchFindsNewestFirstWhetherTheWordIsRareOrCommon)
{
    // More than 2,000 matches switches the plan to walking the time index;
    // both plans must give the same answer.
    QList<sdk::Entry> bulk;
    const QDateTime base(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 2600; ++i) {
        sdk::Entry e;
        e.kind = QStringLiteral("journal/entry");
        e.title = i % 1000 == 7 ? QStringLiteral("a rare heron") : QStringLiteral("walk number %1").arg(i);
        e.occurredAt = base.addSecs(i * 60);
        bulk << e;
    }
    ASSERT_EQ(store->importEntries(bulk).value(), 2600);
    for (const char* word : {"heron", "walk"}) {
        sdk::EntryQuery q;
        q.text = QString::fromLatin1(word);
        q.limit = 50;
        auto page = store->query(q);
        ASSERT_OK(page);
        const int expected = QLatin1String(word) == QLatin1String("heron") ? 3 : 50;
        ASSERT_EQ(page->entries.size(), expected) << word;
        for (qsizetype i = 1; i < page->entries.size(); ++i)
            EXPECT_GT(page->entries[i - 1].occurredAt, page->entries[i].occurredAt) << word;
        EXPECT_TRUE(page->entries.first().title.contains(QLatin1String(word)));
        EXPECT_EQ(store->count(q).value(), expected == 3 ? 3 : 2600 - 3);
    }
    sdk::EntryQuery q;
    q.withPayload = false;
    EXPECT_TRUE(store->query(q)->entries.first().payload.isEmpty());
}

// Issue 30: a common word is found by walking the entries and the matches
// down together. Entries saved out of time order (back-dated, imported),
// deleted ones, a kind filter and both directions must page exactly as the
// definition says: every match once, by time, then by order of saving.
TEST_F(StoreTest, ACommonWordPagesExactlyWhenEntriesAreSavedOutOfTimeOrder)
{
    std::mt19937 random(30);
    QList<sdk::Entry> bulk;
    const QDateTime base(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 6000; ++i) {
        sdk::Entry e;
        e.kind = i % 5 == 0 ? QStringLiteral("journal/checkin") : QStringLiteral("journal/entry");
        e.title = i % 2 == 0 ? QStringLiteral("walk %1").arg(i) : QStringLiteral("rest %1").arg(i);
        // Mostly in time order, as a journal is; one in ten back-dated far, many sharing a minute.
        const int minute = random() % 10 == 0 ? int(random() % 6000) : i + int(random() % 20);
        e.occurredAt = base.addSecs(qint64(minute) * 60);
        if (e.kind == QLatin1String("journal/checkin"))
            e.payload = QJsonObject{{QStringLiteral("mood"), 3}, {QStringLiteral("feelings"), QJsonArray{}}};
        bulk << e;
    }
    ASSERT_EQ(store->importEntries(bulk).value(), 6000);
    // The saved ids, in order of saving, and a few removed.
    sdk::EntryQuery all;
    all.limit = 1000;
    all.oldestFirst = true;
    QHash<QString, int> savedAt; // id -> position in `bulk` (title number)
    QList<sdk::Entry> saved;
    for (;;) {
        auto page = store->query(all);
        ASSERT_OK(page);
        saved << page->entries;
        if (page->nextCursor.isEmpty())
            break;
        all.cursor = page->nextCursor;
    }
    ASSERT_EQ(saved.size(), 6000);
    QSet<int> removed;
    for (const sdk::Entry& e : saved) {
        const int n = e.title.section(QLatin1Char(' '), 1).toInt();
        savedAt.insert(e.id, n);
        if (n % 97 == 0) {
            ASSERT_OK(store->remove(e.id));
            removed.insert(n);
        }
    }
    for (const QStringList& kinds : {QStringList{}, QStringList{QStringLiteral("journal/checkin")}}) {
        for (bool oldestFirst : {false, true}) {
            // What the definition gives: matches, by (time, order of saving).
            QList<QPair<qint64, int>> expected;
            for (int i = 0; i < bulk.size(); ++i) {
                if (i % 2 == 0 && !removed.contains(i) && (kinds.isEmpty() || kinds.contains(bulk[i].kind)))
                    expected << qMakePair(bulk[i].occurredAt.toMSecsSinceEpoch(), i);
            }
            std::sort(expected.begin(), expected.end());
            if (!oldestFirst)
                std::reverse(expected.begin(), expected.end());
            ASSERT_GT(expected.size(), kinds.isEmpty() ? 2000 : 500);
            sdk::EntryQuery q;
            q.text = QStringLiteral("walk");
            q.kinds = kinds;
            q.limit = 37;
            q.oldestFirst = oldestFirst;
            QList<int> got;
            for (int pages = 0; pages < 1000; ++pages) {
                auto page = store->query(q);
                ASSERT_OK(page);
                for (const sdk::Entry& e : page->entries)
                    got << savedAt.value(e.id, -1);
                if (page->nextCursor.isEmpty())
                    break;
                EXPECT_EQ(page->entries.size(), 37);
                q.cursor = page->nextCursor;
            }
            QList<int> want;
            for (const auto& [at, i] : expected)
                want << i;
            EXPECT_EQ(got, want) << "kinds " << kinds.join(QLatin1Char(',')).toStdString() << (oldestFirst ? ", oldest first" : ", newest first");
        }
    }
}

// Issue 30: a page from several modules (the timeline's) walks the time
// index and keeps their entries, or, when other modules' entries lie in
// between, lets the module index answer. Dense and sparse modules, entries
// saved out of time order, deleted ones and both directions must page
// exactly as the definition says.
TEST_F(StoreTest, APageFromSeveralModulesPagesExactlyWhetherTheirEntriesAreFewOrMany)
{
    std::mt19937 random(31);
    QList<sdk::Entry> bulk;
    const QDateTime base(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 4000; ++i) {
        sdk::Entry e;
        // "many" 60%, "some" 30%, "other" 10% less one in 400, which is "few".
        const int r = i % 10;
        e.kind = i % 400 == 3 ? QStringLiteral("few/note")
                 : r < 6      ? QStringLiteral("many/note")
                 : r < 9      ? QStringLiteral("some/note")
                              : QStringLiteral("other/note");
        e.title = QStringLiteral("note %1").arg(i);
        const int minute = random() % 10 == 0 ? int(random() % 4000) : i + int(random() % 20);
        e.occurredAt = base.addSecs(qint64(minute) * 60);
        bulk << e;
    }
    ASSERT_EQ(store->importEntries(bulk).value(), 4000);
    QHash<QString, int> savedAt; // id -> position in `bulk`
    sdk::EntryQuery all;
    all.limit = 1000;
    for (;;) {
        auto page = store->query(all);
        ASSERT_OK(page);
        for (const sdk::Entry& e : page->entries) {
            const int n = e.title.section(QLatin1Char(' '), 1).toInt();
            savedAt.insert(e.id, n);
        }
        if (page->nextCursor.isEmpty())
            break;
        all.cursor = page->nextCursor;
    }
    ASSERT_EQ(savedAt.size(), 4000);
    QSet<int> removed;
    for (auto it = savedAt.cbegin(); it != savedAt.cend(); ++it) {
        if (it.value() % 89 == 0) {
            ASSERT_OK(store->remove(it.key()));
            removed.insert(it.value());
        }
    }
    const QList<QStringList> asked{
        {QStringLiteral("many"), QStringLiteral("some"), QStringLiteral("few"), QStringLiteral("other")}, // the timeline
        {QStringLiteral("many"), QStringLiteral("few")},   // dense enough to walk
        {QStringLiteral("few"), QStringLiteral("other")},  // 1 in 10: the module route after a short walk
        {QStringLiteral("few"), QStringLiteral("absent")}, // nearly nothing
    };
    for (const QStringList& modules : asked) {
        for (bool oldestFirst : {false, true}) {
            QList<QPair<qint64, int>> expected;
            for (int i = 0; i < bulk.size(); ++i) {
                if (!removed.contains(i) && modules.contains(bulk[i].kind.section(QLatin1Char('/'), 0, 0)))
                    expected << qMakePair(bulk[i].occurredAt.toMSecsSinceEpoch(), i);
            }
            std::sort(expected.begin(), expected.end());
            if (!oldestFirst)
                std::reverse(expected.begin(), expected.end());
            ASSERT_GT(expected.size(), 5);
            sdk::EntryQuery q;
            q.pluginIds = modules;
            q.limit = 37;
            q.oldestFirst = oldestFirst;
            q.to = base.addSecs(3000 * 60); // the timeline's "not after now"
            QList<int> got;
            for (int pages = 0; pages < 1000; ++pages) {
                auto page = store->query(q);
                ASSERT_OK(page);
                for (const sdk::Entry& e : page->entries)
                    got << savedAt.value(e.id, -1);
                if (page->nextCursor.isEmpty())
                    break;
                EXPECT_EQ(page->entries.size(), 37);
                q.cursor = page->nextCursor;
            }
            QList<int> want;
            for (const auto& [at, i] : expected) {
                if (at < q.to.toMSecsSinceEpoch())
                    want << i;
            }
            EXPECT_EQ(got, want) << modules.join(QLatin1Char(',')).toStdString()
                                 << (oldestFirst ? ", oldest first" : ", newest first");
        }
    }
}

// Issue 30: the last word of a search becomes the words that start with it
// (search_terms). Whatever is typed, the answer must be FTS5's own prefix
// search's: every word FTS5 indexed is in the table, folded the same way.
TEST_F(StoreTest, ASearchAnswersAsFts5sOwnPrefixSearchDoes)
{
    const QStringList texts{QStringLiteral("Walked to the café with Zoë"), QStringLiteral("walking, WALKS and a walkabout"),
                            QStringLiteral("Cafe au lait; naïve résumé"), QStringLiteral("x_ray don't 2026-12-01 ñandú"),
                            QStringLiteral("Ein Spaziergang über die Brücke")};
    QStringList ids;
    for (const QString& t : texts) {
        auto e = store->add(draft(t));
        ASSERT_OK(e);
        ids << e->id;
    }
    // An edit brings new words; they count too.
    sdk::EntryDraft changed = draft(QStringLiteral("walkway repaired"));
    ASSERT_OK(store->update(ids.at(4), changed));
    // Many words with one prefix: more than SearchTerms::kMaxWords, FTS5's prefix answers.
    QList<sdk::Entry> many;
    for (int i = 0; i < 70; ++i) {
        sdk::Entry e;
        e.kind = QStringLiteral("journal/entry");
        e.title = QStringLiteral("zz%1word").arg(i);
        e.occurredAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).addSecs(i);
        many << e;
    }
    ASSERT_EQ(store->importEntries(many).value(), 70);
    // Every word of the search index is in the table.
    test::execSql(path, QStringLiteral("CREATE VIRTUAL TABLE test_vocabulary USING fts5vocab(entries_fts, 'row')"));
    EXPECT_GT(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM test_vocabulary")), 80);
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral(
                  "SELECT count(*) FROM test_vocabulary WHERE term NOT IN (SELECT term FROM search_terms)")), 0);
    test::execSql(path, QStringLiteral("DROP TABLE test_vocabulary"));
    const auto fts5Prefix = [&](const QString& text) {
        // What FTS5 finds with its own prefix search, straight from SQL.
        return test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM entries e WHERE deleted_at IS NULL AND seq IN "
                                                      "(SELECT rowid FROM entries_fts WHERE entries_fts MATCH '%1')")
                                           .arg(detail::ftsQuery(text).replace(QLatin1Char('\''), QStringLiteral("''"))));
    };
    for (const QString& typed : {QStringLiteral("walk"), QStringLiteral("WALK"), QStringLiteral("walka"), QStringLiteral("cafe"),
                                 QStringLiteral("café"), QStringLiteral("zoe"), QStringLiteral("naive res"), QStringLiteral("resume"),
                                 QStringLiteral("x_r"), QStringLiteral("don"), QStringLiteral("2026"), QStringLiteral("nandu"),
                                 QStringLiteral("brücke"), QStringLiteral("walkw"), QStringLiteral("zz"), QStringLiteral("zz1"),
                                 QStringLiteral("spazier"), QStringLiteral("nothing"), QStringLiteral("the walk")}) {
        sdk::EntryQuery q;
        q.text = typed;
        q.limit = 1000;
        auto page = store->query(q);
        ASSERT_OK(page);
        EXPECT_EQ(page->entries.size(), fts5Prefix(typed)) << typed.toStdString();
        EXPECT_EQ(store->count(q).value(), fts5Prefix(typed)) << typed.toStdString();
    }
    EXPECT_EQ(fts5Prefix(QStringLiteral("walk")), 3);
    EXPECT_EQ(fts5Prefix(QStringLiteral("zz")), 70);
}

// Issue 30 (a review): restoring a backup in the app replaces the file's
// words with the backup's; a word the store had written before must be
// written again when a new entry has it, or a search for its prefix misses.
TEST_F(StoreTest, AfterARestoreANewEntrysWordsAreFoundAgain)
{
    ASSERT_OK(store->add(draft(QStringLiteral("an ordinary day"))));
    const QString backup = dir.filePath(QStringLiteral("before.sqlite"));
    ASSERT_OK(store->backupTo(backup));
    ASSERT_OK(store->add(draft(QStringLiteral("Saw Dr Okonkwo"))));
    ASSERT_OK(store->replaceWith(backup));
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'okonkwo'")), 0);
    ASSERT_OK(store->add(draft(QStringLiteral("Okonkwo called"))));
    sdk::EntryQuery q;
    q.text = QStringLiteral("okonk");
    EXPECT_EQ(store->query(q)->entries.size(), 1);
}

// Issue 30: words of entries deleted forever leave the table of words; the
// store that knew them writes them again when a new entry has them.
TEST_F(StoreTest, WordsOfEntriesDeletedForeverGoAndComeBackWithANewEntry)
{
    auto first = store->add(draft(QStringLiteral("Quetzalcoatl visited")));
    ASSERT_OK(first);
    ASSERT_OK(store->remove(first->id));
    ASSERT_OK(store->purgeEntries({first->id}));
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'quetzalcoatl'")), 0);
    ASSERT_OK(store->add(draft(QStringLiteral("Quetzalcoatl again"))));
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'quetzalcoatl'")), 1);
    sdk::EntryQuery q;
    q.text = QStringLiteral("quetz");
    EXPECT_EQ(store->query(q)->entries.size(), 1);
    EXPECT_EQ(reopen(JournalStore::Mode::ReadOnly)->query(q)->entries.size(), 1);
}

TEST_F(StoreTest, KeysetPagingVisitsEveryEntryOnceInOrder)
{
    // 2,500 entries, many sharing a timestamp, so the tie-break matters.
    QList<sdk::Entry> bulk;
    const QDateTime base(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 2500; ++i) {
        sdk::Entry e;
        e.kind = QStringLiteral("journal/entry");
        e.title = QStringLiteral("entry %1").arg(i);
        e.occurredAt = base.addSecs((i / 7) * 3600);
        e.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("n%1").arg(i)}};
        bulk << e;
    }
    ASSERT_EQ(store->importEntries(bulk).value(), 2500);

    for (bool oldestFirst : {false, true}) {
        sdk::EntryQuery q;
        q.limit = 97;
        q.oldestFirst = oldestFirst;
        QSet<QString> seen;
        QDateTime previous;
        int pages = 0;
        for (;;) {
            auto page = store->query(q);
            ASSERT_OK(page);
            ++pages;
            for (const auto& e : page->entries) {
                EXPECT_FALSE(seen.contains(e.id));
                seen.insert(e.id);
                if (previous.isValid()) {
                    EXPECT_TRUE(oldestFirst ? e.occurredAt >= previous : e.occurredAt <= previous);
                }
                previous = e.occurredAt;
            }
            if (page->nextCursor.isEmpty())
                break;
            EXPECT_EQ(page->entries.size(), 97);
            q.cursor = page->nextCursor;
        }
        EXPECT_EQ(seen.size(), 2500);
        EXPECT_EQ(pages, (2500 + 96) / 97);
    }
    sdk::EntryQuery bad;
    bad.cursor = QStringLiteral("not-a-cursor");
    EXPECT_EQ(store->query(bad).error().code, ErrorCode::InvalidArgument);
    bad.cursor.clear();
    bad.limit = 0;
    EXPECT_EQ(store->query(bad).error().code, ErrorCode::InvalidArgument);
}

TEST_F(StoreTest, FiltersByKindModuleTimeMoodAndTag)
{
    const QDateTime day(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC);
    auto add = [&](const QString& kind, int hoursAgo, std::optional<int> mood, QStringList tags) {
        EntryDraft d = draft(kind);
        d.kind = kind;
        d.occurredAt = day.addSecs(-3600 * hoursAgo);
        d.mood = mood;
        d.tags = tags;
        auto r = store->add(d);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->id : QString();
    };
    const QString a = add(QStringLiteral("journal/checkin"), 1, 2, {QStringLiteral("sleep")});
    const QString b = add(QStringLiteral("journal/entry"), 30, 8, {});
    const QString c = add(QStringLiteral("cbt/thought-record"), 50, std::nullopt, {QStringLiteral("sleep"), QStringLiteral("work")});

    auto ids = [&](sdk::EntryQuery q) {
        QStringList out;
        for (const auto& e : store->query(q).value().entries)
            out << e.id;
        EXPECT_EQ(store->count(q).value(), out.size());
        return out;
    };
    sdk::EntryQuery q;
    q.kinds = {QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record")};
    EXPECT_EQ(ids(q), (QStringList{a, c}));
    q = {};
    q.pluginIds = {QStringLiteral("journal")};
    EXPECT_EQ(ids(q), (QStringList{a, b}));
    q = {};
    q.from = day.addSecs(-3600 * 40);
    q.to = day;
    EXPECT_EQ(ids(q), (QStringList{a, b}));
    q = {};
    q.moodMin = 5;
    EXPECT_EQ(ids(q), QStringList{b});
    q = {};
    q.moodMax = 4;
    EXPECT_EQ(ids(q), QStringList{a});
    q = {};
    q.tags = {QStringLiteral("sleep"), QStringLiteral("work")};
    EXPECT_EQ(ids(q), QStringList{c});
}

TEST_F(StoreTest, EntriesSurviveReopening)
{
    auto added = store->add(draft(QStringLiteral("durable")));
    ASSERT_OK(added);
    auto again = reopen();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->get(added->id)->title, QStringLiteral("durable"));
}

TEST_F(StoreTest, ChangeSignalsFollowCommits)
{
    QList<std::pair<sdk::ChangeType, QString>> events;
    QObject::connect(store.get(), &JournalStore::entryChanged,
                     [&](sdk::ChangeType t, const QString& id, const QString&) { events.append({t, id}); });
    auto e = store->add(draft(QStringLiteral("x")));
    ASSERT_OK(e);
    ASSERT_OK(store->update(e->id, draft(QStringLiteral("y"))));
    ASSERT_OK(store->remove(e->id));
    ASSERT_OK(store->restore(e->id));
    (void)store->add(draft(QString())); // refused: no signal
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events[0].first, sdk::ChangeType::Added);
    EXPECT_EQ(events[1].first, sdk::ChangeType::Updated);
    EXPECT_EQ(events[2].first, sdk::ChangeType::Removed);
    EXPECT_EQ(events[3].first, sdk::ChangeType::Restored);
    EXPECT_EQ(events[3].second, e->id);
}

TEST_F(StoreTest, ImportKeepsIdsAndSkipsExisting)
{
    auto e = store->add(draft(QStringLiteral("existing")));
    ASSERT_OK(e);
    sdk::Entry copy = e.value();
    sdk::Entry fresh = copy;
    fresh.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    fresh.title = QStringLiteral("imported");
    auto n = store->importEntries({copy, fresh});
    ASSERT_OK(n);
    EXPECT_EQ(n.value(), 1);
    EXPECT_EQ(store->get(fresh.id)->title, QStringLiteral("imported"));
    sdk::Entry bad = fresh;
    bad.id.clear();
    bad.title.clear();
    auto refused = store->importEntries({bad});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("entry 1")));
}

TEST_F(StoreTest, PayloadOverOneMebibyteIsRefused)
{
    // {"text":"…"} is the text plus 11 bytes of compact JSON.
    const qsizetype limit = 1024 * 1024;
    auto atLimit = store->add(draft(QStringLiteral("at the limit"), QString(limit - 11, QLatin1Char('a'))));
    ASSERT_OK(atLimit);
    auto over = store->add(draft(QStringLiteral("over"), QString(limit - 10, QLatin1Char('a'))));
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().field, QStringLiteral("payload"));
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("1048577 bytes"))) << over.error().message.toStdString();
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("1048576 bytes"))) << over.error().message.toStdString();
    // A field nobody checks counts the same; so do multi-byte characters (by their UTF-8 bytes).
    EntryDraft big = draft(QStringLiteral("big"));
    big.payload[QStringLiteral("unchecked")] = QString(400 * 1024, QChar(0x00e9)); // 800 KiB of UTF-8
    big.payload[QStringLiteral("more")] = QString(300 * 1024, QLatin1Char('b'));
    auto refused = store->add(big);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("payload"));
    EXPECT_EQ(store->update(atLimit->id, big).error().field, QStringLiteral("payload"));
    sdk::Entry imported = entryFromDraft(big, QDateTime::currentDateTimeUtc());
    imported.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    auto importRefused = store->importEntries({imported});
    ASSERT_FALSE(importRefused.ok());
    EXPECT_TRUE(importRefused.error().message.contains(QStringLiteral("payload"))) << importRefused.error().message.toStdString();
    EXPECT_EQ(store->count({}).value(), 1);
}

// An import large enough to make its payloads on a second thread (issue 30,
// eighth round), which runs at most 2,048 entries ahead: a refusal far into it,
// or at its start while that thread is ahead, still writes nothing and names
// the entry; the same import without it stores every entry with its payload as
// given, and search finds the words of its last payload.
TEST_F(StoreTest, ALargeImportIsAllOrNothingAndStoresEveryPayload)
{
    QList<sdk::Entry> entries;
    for (int i = 0; i < 5000; ++i) {
        sdk::Entry e = entryFromDraft(draft(QStringLiteral("entry %1").arg(i), QStringLiteral("word%1 shared").arg(i)),
                                      QDateTime::currentDateTimeUtc().addSecs(-i));
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entries << e;
    }
    sdk::EntryQuery everything;
    everything.includeDeleted = true;
    for (const int bad : {4500, 1, 2049}) {
        QList<sdk::Entry> withBad = entries;
        withBad[bad - 1].revision = 0;
        auto refused = store->importEntries(withBad);
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("entry %1 (journal/entry)").arg(bad)))
            << refused.error().message.toStdString();
        EXPECT_EQ(refused.error().field, QStringLiteral("revision"));
        EXPECT_EQ(store->count(everything).value(), 0) << bad;
    }

    ASSERT_EQ(store->importEntries(entries).value(), 5000);
    EXPECT_EQ(store->count(everything).value(), 5000);
    for (const int i : {0, 2047, 2048, 4999}) {
        auto stored = store->get(entries[i].id);
        ASSERT_OK(stored);
        EXPECT_EQ(stored.value().payload, entries[i].payload) << i;
    }
    sdk::EntryQuery last;
    last.text = QStringLiteral("word4999");
    auto found = store->query(last);
    ASSERT_OK(found);
    ASSERT_EQ(found.value().entries.size(), 1);
    EXPECT_EQ(found.value().entries.constFirst().id, entries[4999].id);
    last.text = QStringLiteral("word499"); // a prefix: the word list has every word of every payload
    EXPECT_EQ(store->count(last).value(), 11);
}

TEST_F(StoreTest, ImportRefusesTheSameIdTwiceAndImpossibleFields)
{
    sdk::Entry a = entryFromDraft(draft(QStringLiteral("a")), QDateTime::currentDateTimeUtc());
    a.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    sdk::Entry b = a;
    b.title = QStringLiteral("b");
    sdk::Entry c = a;
    c.id = QStringLiteral("66666666-2222-3333-4444-555555555555");
    auto twice = store->importEntries({a, c, b});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("entries 1 and 3 have the same id %1").arg(a.id)))
        << twice.error().message.toStdString();

    sdk::Entry badDate = c;
    badDate.deletedAt = QDateTime(); // set, but not a date
    auto date = store->importEntries({a, badDate});
    ASSERT_FALSE(date.ok());
    EXPECT_TRUE(date.error().message.contains(QStringLiteral("entry 2")));
    EXPECT_EQ(date.error().field, QStringLiteral("deletedAt"));
    sdk::Entry badRevision = c;
    badRevision.revision = 0;
    auto revision = store->importEntries({badRevision});
    ASSERT_FALSE(revision.ok());
    EXPECT_EQ(revision.error().field, QStringLiteral("revision"));
    sdk::EntryQuery everything;
    everything.includeDeleted = true;
    EXPECT_EQ(store->count(everything).value(), 0);
}

// A module's check as the plugin manager answers it: journal kinds refuse a
// payload with "forbidden"; the module "gone" is not running.
class RefusingPolicy : public PayloadPolicy {
public:
    sdk::Status validate(const EntryDraft& d) const override
    {
        asked << d.kind;
        if (d.kind.startsWith(QLatin1String("gone/")))
            return sdk::makeError(ErrorCode::Unavailable, QStringLiteral("the module \"gone\" is not running"), QStringLiteral("kind"));
        if (d.payload.contains(QStringLiteral("forbidden")))
            return sdk::makeError(ErrorCode::Validation, QStringLiteral("is not allowed"), QStringLiteral("payload.forbidden"));
        return {};
    }
    void upgrade(sdk::Entry&) const override {}
    mutable QStringList asked;
};

TEST_F(StoreTest, EveryWriteIsCheckedByThePayloadPolicy)
{
    RefusingPolicy policy;
    store->setPayloadPolicy(&policy);
    EntryDraft bad = draft(QStringLiteral("bad"));
    bad.payload[QStringLiteral("forbidden")] = true;

    // add
    auto added = store->add(bad);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Validation);
    EXPECT_EQ(added.error().field, QStringLiteral("payload.forbidden"));
    EXPECT_EQ(store->count({}).value(), 0);
    auto good = store->add(draft(QStringLiteral("good")));
    ASSERT_OK(good);
    EXPECT_EQ(policy.asked, (QStringList{QStringLiteral("journal/entry"), QStringLiteral("journal/entry")}));

    // update: refused, and the entry is as it was
    auto updated = store->update(good->id, bad);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().field, QStringLiteral("payload.forbidden"));
    EXPECT_EQ(store->get(good->id)->revision, 1);
    EXPECT_FALSE(store->get(good->id)->payload.contains(QStringLiteral("forbidden")));

    // import: every entry checked before any is stored, the refused one named by number and kind
    sdk::Entry fine = entryFromDraft(draft(QStringLiteral("fine")), QDateTime::currentDateTimeUtc());
    sdk::Entry refused = entryFromDraft(bad, QDateTime::currentDateTimeUtc());
    auto imported = store->importEntries({fine, refused});
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::Validation);
    EXPECT_TRUE(imported.error().message.startsWith(QStringLiteral("entry 2 (journal/entry): payload.forbidden: is not allowed")))
        << imported.error().message.toStdString();
    EXPECT_EQ(store->count({}).value(), 1);

    // A kind whose module is not running: refused by default, stored when the owner says so (the SDK harness).
    EntryDraft orphan = draft(QStringLiteral("orphan"));
    orphan.kind = QStringLiteral("gone/thing");
    EXPECT_EQ(store->add(orphan).error().code, ErrorCode::Unavailable);
    EXPECT_EQ(store->importEntries({entryFromDraft(orphan, QDateTime::currentDateTimeUtc())}).error().code, ErrorCode::Unavailable);
    store->setPayloadPolicy(&policy, JournalStore::Unowned::Store);
    EXPECT_OK(store->add(orphan));
    EXPECT_FALSE(store->add(bad).ok()); // a running module's refusal still counts

    // The host's own kinds have no module to ask; the store's checks still apply.
    store->setPayloadPolicy(&policy);
    policy.asked.clear();
    EntryDraft plan = draft(QStringLiteral("My safety plan"));
    plan.kind = QStringLiteral("tessera/safety-plan");
    EXPECT_OK(store->add(plan));
    plan.title.clear();
    EXPECT_EQ(store->add(plan).error().field, QStringLiteral("title"));
    // Nor is a module asked about a kind that is not a kind name.
    EntryDraft odd = draft(QStringLiteral("odd"));
    odd.kind = QStringLiteral("Journal");
    EXPECT_EQ(store->add(odd).error().field, QStringLiteral("kind"));
    EXPECT_TRUE(policy.asked.isEmpty());

    // No policy (a bare store): the store's own checks only.
    store->setPayloadPolicy(nullptr);
    EXPECT_OK(store->add(bad));
    EXPECT_EQ(store->add(draft(QString())).error().field, QStringLiteral("title"));
}

TEST_F(StoreTest, ResolvesAUniquePrefixOfAnId)
{
    QList<sdk::Entry> entries;
    for (const char* id : {"abcd0000-0000-4000-8000-000000000001", "abcd1111-0000-4000-8000-000000000002",
                           "abc%_000-0000-4000-8000-000000000003"}) {
        sdk::Entry e = entryFromDraft(draft(QStringLiteral("e")), QDateTime::currentDateTimeUtc());
        e.id = QString::fromLatin1(id);
        entries << e;
    }
    ASSERT_OK(store->importEntries(entries));
    ASSERT_OK(store->remove(entries[1].id)); // deleted entries are found too

    EXPECT_EQ(store->resolveIdPrefix(QStringLiteral("abcd0")).value(), entries[0].id);
    EXPECT_EQ(store->resolveIdPrefix(QStringLiteral("abcd1")).value(), entries[1].id);
    EXPECT_EQ(store->resolveIdPrefix(entries[2].id).value(), entries[2].id);
    EXPECT_EQ(store->resolveIdPrefix(QStringLiteral("abc%")).value(), entries[2].id); // no LIKE patterns
    auto ambiguous = store->resolveIdPrefix(QStringLiteral("abcd"));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("matches 2 entries"))) << ambiguous.error().message.toStdString();
    auto tooShort = store->resolveIdPrefix(QStringLiteral("abc"));
    ASSERT_FALSE(tooShort.ok());
    EXPECT_EQ(tooShort.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(store->resolveIdPrefix(QStringLiteral("abce")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store->resolveIdPrefix(QStringLiteral("ABCD0")).error().code, ErrorCode::NotFound);
}

TEST_F(StoreTest, MoodByDayAveragesLocalDays)
{
    const QDateTime t(QDate(2026, 4, 1), QTime(22, 30), Qt::UTC);
    for (int mood : {2, 4}) {
        EntryDraft d = draft(QStringLiteral("m"), QStringLiteral("t"), mood);
        d.occurredAt = t;
        d.utcOffsetSeconds = 2 * 3600; // 00:30 on April 2nd locally
        ASSERT_OK(store->add(d));
    }
    auto points = store->moodByDay(t.addDays(-1), t.addDays(1), {});
    ASSERT_OK(points);
    ASSERT_EQ(points->size(), 1);
    EXPECT_EQ(points->first().day, QDate(2026, 4, 2));
    EXPECT_DOUBLE_EQ(points->first().average, 3.0);
    EXPECT_EQ(points->first().count, 2);
}

TEST_F(StoreTest, BackupAndRestore)
{
    auto kept = store->add(draft(QStringLiteral("in the backup")));
    ASSERT_OK(kept);
    const QString backup = dir.filePath(QStringLiteral("backups/one.sqlite"));
    ASSERT_OK(store->backupTo(backup));
    auto later = store->add(draft(QStringLiteral("after the backup")));
    ASSERT_OK(later);
    store.reset();

    QString aside;
    ASSERT_OK(JournalStore::restoreBackup(backup, path, &aside));
    EXPECT_TRUE(QFile::exists(aside));
    auto restored = reopen();
    ASSERT_TRUE(restored);
    EXPECT_OK(restored->get(kept->id));
    EXPECT_EQ(restored->get(later->id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(restored->integrityCheck()->isEmpty());
    // The journal as it was before the restore is kept aside, with the later entry.
    restored.reset();
    auto previous = JournalStore::open(aside, JournalStore::Mode::ReadOnly);
    ASSERT_OK(previous);
    EXPECT_OK(previous.value()->get(later->id));
}

// The app's daily backup: copied and checked in a thread of its own, while the
// journal is written; the copy is the journal as it was when it began.
TEST_F(StoreTest, BackupInBackgroundLetsTheJournalBeWrittenMeanwhile)
{
    ASSERT_OK(store->importEntries(test::bulkJournalEntries(20000)));
    const QString backup = dir.filePath(QStringLiteral("backups/journal-20261129-120000.sqlite"));
    std::optional<sdk::Status> outcome;
    store->backupInBackground(backup, [&](const sdk::Status& s) { outcome = s; });
    EXPECT_TRUE(store->backupRunning());
    // A second one while the first runs is refused, not queued.
    std::optional<sdk::Status> second;
    store->backupInBackground(dir.filePath(QStringLiteral("backups/other.sqlite")), [&](const sdk::Status& s) { second = s; });
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->error().code, ErrorCode::Conflict);
    // Writes go on while it copies; each is committed when add() returns.
    int written = 0;
    while (!outcome) {
        if (written < 200) {
            ASSERT_OK(store->add(draft(QStringLiteral("written during the backup"))));
            ++written;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    ASSERT_OK(*outcome);
    EXPECT_FALSE(store->backupRunning());
    EXPECT_FALSE(QFile::exists(backup + QStringLiteral(".partial")));
    EXPECT_EQ(store->stats()->entries, 20000 + written);
    auto copy = JournalStore::open(backup, JournalStore::Mode::ReadOnly);
    ASSERT_OK(copy);
    const qint64 copied = copy.value()->stats()->entries;
    EXPECT_GE(copied, 20000); // one consistent snapshot: from when it began,
    EXPECT_LE(copied, 20000 + written);
    EXPECT_TRUE(copy.value()->integrityCheck()->isEmpty());
    test::report(QStringLiteral("store"), QStringLiteral("background backup of 20,000 entries: %1 entries written meanwhile, "
                                                         "the copy holds %2").arg(written).arg(copied));
}

TEST_F(StoreTest, ClosingTheJournalStopsABackgroundBackupAndLeavesNoFile)
{
    ASSERT_OK(store->importEntries(test::bulkJournalEntries(20000)));
    const QString backup = dir.filePath(QStringLiteral("backups/journal-20261129-120000.sqlite"));
    bool called = false;
    store->backupInBackground(backup, [&](const sdk::Status&) { called = true; });
    store.reset(); // the app quitting: returns without waiting for the copy
    QCoreApplication::processEvents();
    EXPECT_FALSE(called); // nobody is left to tell
    EXPECT_FALSE(QFile::exists(backup));
    EXPECT_FALSE(QFile::exists(backup + QStringLiteral(".partial")));
    EXPECT_EQ(test::sqlScalar(path, QStringLiteral("SELECT count(*) FROM entries")), 20000);
}

TEST_F(StoreTest, RestoreRefusesSomethingThatIsNotAJournal)
{
    store.reset();
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just text");
    f.close();
    const QByteArray before = test::fileHash(path);
    auto s = JournalStore::restoreBackup(junk, path);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("junk.sqlite")));
    EXPECT_EQ(test::fileHash(path), before);
}

class StoreFileTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
};

TEST_F(StoreFileTest, MigratesVersion1AfterBackingUp)
{
    QFile sql(tessera::test::fixtureSourceDir() + QStringLiteral("/journals/v1.sql"));
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    test::execSql(path(), QString::fromUtf8(sql.readAll()));
    ASSERT_EQ(test::sqlScalar(path(), QStringLiteral("PRAGMA user_version")), 1);

    auto store = JournalStore::open(path());
    ASSERT_OK(store);
    const QString backup = store.value()->migrationBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ(test::sqlScalar(backup, QStringLiteral("PRAGMA user_version")), 1);
    EXPECT_EQ(test::sqlScalar(backup, QStringLiteral("SELECT count(*) FROM entries")), 3);

    JournalStore& s = *store.value();
    EXPECT_EQ(s.stats()->schemaVersion, kJournalSchemaVersion);
    auto first = s.get(QStringLiteral("0b0e8a52-3c55-4b8e-9b8e-0c1f2a000001"));
    ASSERT_OK(first);
    EXPECT_EQ(first->mood, 4);
    EXPECT_EQ(first->tags, QStringList{QStringLiteral("evening")});
    EXPECT_EQ(first->revision, 2);
    EXPECT_EQ(s.history(first->id)->size(), 1);
    EXPECT_TRUE(s.get(QStringLiteral("0b0e8a52-3c55-4b8e-9b8e-0c1f2a000003"))->isDeleted());
    // Old entries are searchable after the upgrade, including payload text.
    sdk::EntryQuery q;
    q.text = QStringLiteral("allotment");
    ASSERT_EQ(s.query(q)->entries.size(), 1);
    // And links work on old entries.
    EXPECT_OK(s.link(first->id, QStringLiteral("0b0e8a52-3c55-4b8e-9b8e-0c1f2a000002"), QStringLiteral("related")));
}

// Version 3 (issue 23): a v2 journal opens, is upgraded after a backup, and
// its entries read as not private; the mark then works on them.
TEST_F(StoreFileTest, MigratesVersion2AndOldEntriesAreNotPrivate)
{
    QFile sql(tessera::test::fixtureSourceDir() + QStringLiteral("/journals/v2.sql"));
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    test::execSql(path(), QString::fromUtf8(sql.readAll()));
    ASSERT_EQ(test::sqlScalar(path(), QStringLiteral("PRAGMA user_version")), 2);

    // Read-only cannot upgrade: it says so and leaves the file as it is.
    const QByteArray before = test::fileHash(path());
    auto readOnly = JournalStore::open(path(), JournalStore::Mode::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_EQ(test::fileHash(path()), before);

    auto store = JournalStore::open(path());
    ASSERT_OK(store);
    JournalStore& s = *store.value();
    EXPECT_EQ(kJournalSchemaVersion, 7);
    EXPECT_EQ(s.stats()->schemaVersion, kJournalSchemaVersion);
    // Version 7 (issue 30): the words of the old entries, taken from their search index.
    EXPECT_EQ(test::sqlScalar(path(), QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'allotment'")), 1);
    // Version 4 (issue 24): the reminders table is there, empty; version 5 (issue 26): the marks table.
    EXPECT_EQ(test::sqlScalar(path(), QStringLiteral("SELECT count(*) FROM reminders")), 0);
    EXPECT_EQ(test::sqlScalar(path(), QStringLiteral("SELECT count(*) FROM marks")), 0);
    ASSERT_FALSE(s.migrationBackupPath().isEmpty());
    EXPECT_EQ(test::sqlScalar(s.migrationBackupPath(), QStringLiteral("PRAGMA user_version")), 2);
    sdk::EntryQuery all;
    all.includeDeleted = true;
    auto page = s.query(all);
    ASSERT_OK(page);
    ASSERT_EQ(page->entries.size(), 3);
    for (const sdk::Entry& e : page->entries)
        EXPECT_FALSE(e.isPrivate()) << e.id.toStdString();
    const QString first = QStringLiteral("0b0e8a52-3c55-4b8e-9b8e-0c1f2a000001");
    EXPECT_EQ(s.links(first)->size(), 1);
    sdk::EntryQuery words;
    words.text = QStringLiteral("allotment");
    EXPECT_EQ(s.query(words)->entries.size(), 1);
    words.text = QStringLiteral("allot"); // a prefix, spelled out from the upgraded words
    EXPECT_EQ(s.query(words)->entries.size(), 1);
    ASSERT_OK(s.setPrivate(first, true));
    EXPECT_TRUE(s.get(first)->isPrivate());
    EXPECT_TRUE(s.binEntries()->first().isPrivate() == false);
    EXPECT_EQ(test::sqlScalar(path(), QStringLiteral("SELECT count(*) FROM entries WHERE private = 1")), 1);
}

// Issue 30 (a review): restoring, in the app, a backup made before an
// update (an older journal format) upgrades it in a private copy first; it
// was refused ("open it once read-write") after every new format.
TEST_F(StoreFileTest, RestoresABackupMadeBeforeAnUpdateInTheApp)
{
    const QString old = QFileInfo(path()).absolutePath() + QStringLiteral("/old-backup.sqlite");
    QFile sql(tessera::test::fixtureSourceDir() + QStringLiteral("/journals/v2.sql"));
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    test::execSql(old, QString::fromUtf8(sql.readAll()));
    ASSERT_EQ(test::sqlScalar(old, QStringLiteral("PRAGMA user_version")), 2);
    const QByteArray before = test::fileHash(old);

    auto store = JournalStore::open(path());
    ASSERT_OK(store);
    JournalStore& s = *store.value();
    ASSERT_OK(s.add(draft(QStringLiteral("written after the update"))));
    ASSERT_OK(s.replaceWith(old));
    EXPECT_EQ(s.stats()->schemaVersion, kJournalSchemaVersion);
    sdk::EntryQuery all;
    all.includeDeleted = true;
    EXPECT_EQ(s.query(all)->entries.size(), 3) << "the backup's entries, not the journal's";
    sdk::EntryQuery words;
    words.text = QStringLiteral("allot");
    EXPECT_EQ(s.query(words)->entries.size(), 1);
    EXPECT_EQ(test::fileHash(old), before) << "the backup itself is left as it was";
    const QStringList left = QDir(QFileInfo(path()).absolutePath()).entryList({QStringLiteral(".restore-upgrade-*")},
                                                                               QDir::AllEntries | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
}

// The private mark (issue 23): set and cleared without a new version, kept
// by an update from a module, by a backup, and refused for an unknown id.
TEST_F(StoreFileTest, PrivateMarkIsKeptAcrossEditsAndBackups)
{
    auto opened = JournalStore::open(path());
    ASSERT_OK(opened);
    JournalStore& s = *opened.value();
    auto e = s.add(draft(QStringLiteral("just for me")));
    ASSERT_OK(e);
    EXPECT_FALSE(e->isPrivate());
    QList<std::tuple<sdk::ChangeType, QString, QString>> changes;
    QObject::connect(&s, &JournalStore::entryChanged, [&](sdk::ChangeType t, const QString& id, const QString& kind) {
        changes.append({t, id, kind});
    });
    ASSERT_OK(s.setPrivate(e->id, true));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(std::get<0>(changes.first()), sdk::ChangeType::Updated);
    EXPECT_EQ(std::get<1>(changes.first()), e->id);
    EXPECT_EQ(std::get<2>(changes.first()), e->kind);
    auto marked = s.get(e->id);
    ASSERT_OK(marked);
    EXPECT_TRUE(marked->isPrivate());
    EXPECT_EQ(marked->revision, e->revision);
    EXPECT_EQ(marked->updatedAt, e->updatedAt);
    EXPECT_TRUE(s.history(e->id)->isEmpty());
    EXPECT_TRUE(s.query({})->entries.first().isPrivate());

    // An edit (a module's update) keeps it.
    sdk::EntryDraft edit = draft(QStringLiteral("just for me, edited"));
    auto edited = s.update(e->id, edit);
    ASSERT_OK(edited);
    EXPECT_TRUE(edited->isPrivate());
    EXPECT_TRUE(s.get(e->id)->isPrivate());
    EXPECT_EQ(s.get(e->id)->revision, 2);

    // A deleted entry keeps it, and the bin shows it.
    ASSERT_OK(s.remove(e->id));
    EXPECT_TRUE(s.binEntries()->first().isPrivate());
    ASSERT_OK(s.restore(e->id));

    // A backup keeps it.
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_OK(s.backupTo(backup));
    {
        auto copy = JournalStore::open(backup, JournalStore::Mode::ReadOnly);
        ASSERT_OK(copy);
        EXPECT_TRUE(copy.value()->get(e->id)->isPrivate());
    }

    // Unmarking; an unknown id is refused, naming it.
    changes.clear();
    ASSERT_OK(s.setPrivate(e->id, false));
    EXPECT_FALSE(s.get(e->id)->isPrivate());
    EXPECT_EQ(changes.size(), 1);
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-00000000abcd");
    auto refused = s.setPrivate(unknown, true);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, sdk::ErrorCode::NotFound);
    EXPECT_TRUE(refused.error().message.contains(unknown));
}

TEST_F(StoreFileTest, RefusesJournalFromNewerVersionWithoutTouchingIt)
{
    { auto s = JournalStore::open(path()); ASSERT_OK(s); }
    test::execSql(path(), QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = test::fileHash(path());
    auto s = JournalStore::open(path());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("newer")));
    EXPECT_TRUE(s.error().message.contains(path()));
    EXPECT_EQ(test::fileHash(path()), before);
}

TEST_F(StoreFileTest, RefusesFilesThatAreNotJournals)
{
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const QByteArray before = test::fileHash(path());
    auto s = JournalStore::open(path());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("not a Tessera journal")));
    EXPECT_EQ(test::fileHash(path()), before);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    test::execSql(other, QStringLiteral("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('soup');"));
    const QByteArray otherBefore = test::fileHash(other);
    auto o = JournalStore::open(other);
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(o.error().message.contains(QStringLiteral("not a Tessera journal")));
    EXPECT_EQ(test::fileHash(other), otherBefore);
}

TEST_F(StoreFileTest, ReadOnlyFileIsRefusedForWritingButReadable)
{
    QString id;
    {
        auto s = JournalStore::open(path());
        ASSERT_OK(s);
        auto e = s.value()->add(draft(QStringLiteral("kept safe")));
        ASSERT_OK(e);
        id = e->id;
    }
    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0444), 0);
    auto rw = JournalStore::open(path());
    ASSERT_FALSE(rw.ok());
    EXPECT_TRUE(rw.error().message.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(rw.error().message.contains(path()));

    auto ro = JournalStore::open(path(), JournalStore::Mode::ReadOnly);
    ASSERT_OK(ro);
    EXPECT_EQ(ro.value()->get(id)->title, QStringLiteral("kept safe"));
    auto write = ro.value()->add(draft(QStringLiteral("nope")));
    ASSERT_FALSE(write.ok());
    EXPECT_EQ(write.error().code, ErrorCode::Storage);
    ::chmod(QFile::encodeName(path()).constData(), 0644);
}

TEST_F(StoreFileTest, SecondReadWriteInstanceIsToldPlainly)
{
    auto first = JournalStore::open(path());
    ASSERT_OK(first);
    auto second = JournalStore::open(path());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already open")));
    // The first instance carries on writing.
    EXPECT_OK(first.value()->add(draft(QStringLiteral("still fine"))));
    // A read-only view alongside is allowed and sees committed entries.
    auto reader = JournalStore::open(path(), JournalStore::Mode::ReadOnly);
    ASSERT_OK(reader);
    EXPECT_EQ(reader.value()->count({}).value(), 1);
}

TEST_F(StoreFileTest, ReadOnlyOpenOfMissingFileIsNotFound)
{
    auto s = JournalStore::open(path(), JournalStore::Mode::ReadOnly);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(path()));
}

} // namespace

namespace {

// Issue 30: a word written in a transaction that is rolled back is not taken
// as known: written again later, it reaches the table.
TEST(SearchTermsTest, AWordOfARolledBackSaveIsWrittenAgainLater)
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("j.sqlite")), false);
    ASSERT_OK(opened);
    Database& db = *opened.value();
    ASSERT_OK(createSchema(db));
    SearchTerms terms(db);
    const auto stored = [&] {
        return test::sqlScalar(dir.filePath(QStringLiteral("j.sqlite")), QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'zebra'"));
    };
    {
        Transaction tx(db);
        ASSERT_OK(terms.remember(QStringLiteral("Zebra"), QString(), QString()));
    } // not committed: rolled back
    EXPECT_EQ(stored(), 0);
    ASSERT_OK(terms.remember(QStringLiteral("zebra crossing"), QString(), QString()));
    EXPECT_EQ(stored(), 1);
    EXPECT_EQ(terms.words(QStringLiteral("Ñandú CAFÉ"), true), (QList<QByteArray>{"nandu", "cafe"}));
}

// Issue 30: the data version is asked once per transaction, not per entry. A
// word another connection removed between two transactions (the CLI emptying
// the bin makes the table anew) is written again by the next one, and a word
// twice in one transaction is written once.
TEST(SearchTermsTest, AWordAnotherConnectionRemovedIsWrittenAgainInTheNextTransaction)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("j.sqlite"));
    auto opened = Database::open(file, false);
    ASSERT_OK(opened);
    Database& db = *opened.value();
    ASSERT_OK(createSchema(db));
    SearchTerms terms(db);
    const auto stored = [&] {
        return test::sqlScalar(file, QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'heron'"));
    };
    {
        Transaction tx(db);
        ASSERT_OK(terms.remember(QStringLiteral("Heron"), QStringLiteral("a heron"), QString()));
        ASSERT_OK(terms.remember(QStringLiteral("heron at dusk"), QString(), QStringLiteral("HERON")));
        ASSERT_OK(tx.commit());
    }
    EXPECT_EQ(stored(), 1);
    auto other = Database::open(file, false);
    ASSERT_OK(other);
    ASSERT_OK(other.value()->exec(QStringLiteral("DELETE FROM search_terms")));
    EXPECT_EQ(stored(), 0);
    {
        Transaction tx(db);
        ASSERT_OK(terms.remember(QStringLiteral("dusk"), QString(), QString()));
        ASSERT_OK(terms.remember(QStringLiteral("the heron again"), QString(), QString()));
        ASSERT_OK(tx.commit());
    }
    EXPECT_EQ(stored(), 1);
}

} // namespace

// Issue 30: a module's id and a kind are read once per distinct value and then
// shared (Statement::repeatedText); each row still gets its own value, past
// the table's 256 values too, and text that is not ASCII is decoded as UTF-8.
TEST(StatementTest, RepeatedTextGivesEachRowsOwnValue)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")), false);
    ASSERT_OK(db);
    Database& d = *db.value();
    ASSERT_OK(d.exec(QStringLiteral("CREATE TABLE t(n INTEGER, v TEXT)")));
    QStringList expected;
    for (int i = 0; i < 600; ++i) {
        // 300 distinct values, more than the statement keeps, each twice.
        const QString v = QStringLiteral("módulo-%1").arg(i % 300);
        expected << v;
        auto ins = d.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)"));
        ASSERT_OK(ins);
        Statement st = std::move(ins).value();
        st.bind(1, i).bind(2, v);
        ASSERT_EQ(st.run(), 101); // SQLITE_DONE
    }
    for (int pass = 0; pass < 2; ++pass) { // the second pass finds the values kept by the first
        auto s = d.cached(QStringLiteral("SELECT v, n FROM t ORDER BY n"), nullptr);
        ASSERT_TRUE(s);
        int row = 0;
        while (s->next()) {
            ASSERT_LT(row, expected.size());
            EXPECT_EQ(s->repeatedText(0), expected.at(row)) << "row " << row << ", pass " << pass;
            EXPECT_EQ(s->repeatedText(0), s->text(0));
            ++row;
        }
        EXPECT_EQ(row, 600);
    }
}
