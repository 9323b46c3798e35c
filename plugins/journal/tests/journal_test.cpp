// The journal module through the real plugin manager, its real library and
// a real journal file; its statistics on entries read back from that journal.
#include "../src/journalstats.h"

#include "moduletest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

class JournalModuleTest : public test::ModuleTest {
protected:
    void SetUp() override { start(); }
    void start() { ModuleTest::start(QStringList{QStringLiteral("journal")}, QStringLiteral("journal")); }

    /// The journal's drafts (journal/draft), live or in the bin.
    QList<sdk::Entry> drafts(bool inTheBin = false)
    {
        sdk::EntryQuery q;
        q.kinds = {QStringLiteral("journal/draft")};
        q.onlyDeleted = inTheBin;
        auto page = store->query(q);
        EXPECT_OK(page);
        return page.ok() ? page->entries : QList<sdk::Entry>{};
    }

    QString call(const char* method, QGenericArgument a = {}, QGenericArgument b = {}, QGenericArgument c = {})
    {
        QString result;
        EXPECT_TRUE(QMetaObject::invokeMethod(backend, method, Q_RETURN_ARG(QString, result), a, b, c)) << method;
        return result;
    }
};

TEST_F(JournalModuleTest, SavesACheckinWithMoodFeelingsAndNote)
{
    const QStringList feelings{QStringLiteral("tired"), QStringLiteral("low")};
    const QString note = QStringLiteral("Long day at work");
    const QString id = call("saveCheckin", Q_ARG(int, 4), Q_ARG(QStringList, feelings), Q_ARG(QString, note));
    ASSERT_FALSE(id.isEmpty()) << backend->property("lastError").toString().toStdString();
    auto e = store->get(id);
    ASSERT_OK(e);
    EXPECT_EQ(e->kind, QStringLiteral("journal/checkin"));
    EXPECT_EQ(e->mood, 4);
    EXPECT_EQ(e->title, QStringLiteral("Check-in: mood 4 of 10"));
    EXPECT_EQ(e->summary, QStringLiteral("tired, low · Long day at work"));
    EXPECT_EQ(e->payload.value(QStringLiteral("feelings")).toArray().size(), 2);
}

// A check-in begun and left for another page is kept for this run: the
// module says so (unsavedWritingPage, read by the host when the client
// quits), until it is saved or the page is left with nothing begun.
TEST_F(JournalModuleTest, ACheckInLeftBegunIsTheWritingItKeeps)
{
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("journal")).page, QString());
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "keepCheckinDraft",
                                          Q_ARG(QVariantMap, (QVariantMap{{QStringLiteral("mood"), 3},
                                                                          {QStringLiteral("note"), QStringLiteral("begun")}}))));
    EXPECT_EQ(backend->property("unsavedWritingPage").toString(), QStringLiteral("checkin"));
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("journal")).page, QStringLiteral("checkin"));

    const QStringList feelings{QStringLiteral("tired")};
    ASSERT_FALSE(call("saveCheckin", Q_ARG(int, 3), Q_ARG(QStringList, feelings), Q_ARG(QString, QStringLiteral("begun"))).isEmpty());
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("journal")).page, QString()) << "saved, and still kept as not saved";

    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "keepCheckinDraft",
                                          Q_ARG(QVariantMap, (QVariantMap{{QStringLiteral("mood"), 6}}))));
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "keepCheckinDraft", Q_ARG(QVariantMap, QVariantMap{})));
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("journal")).page, QString()) << "left with nothing begun";
    // A module that is not running, or does not exist, keeps nothing.
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("no-such-module")).page, QString());
}

TEST_F(JournalModuleTest, RefusesWhatItCannotSaveAndSaysWhy)
{
    const QStringList none;
    const QString empty;
    const QString blank = QStringLiteral("   ");
    EXPECT_TRUE(call("saveCheckin", Q_ARG(int, 11), Q_ARG(QStringList, none), Q_ARG(QString, empty)).isEmpty());
    EXPECT_FALSE(backend->property("lastError").toString().isEmpty());
    EXPECT_TRUE(call("saveEntry", Q_ARG(QString, blank), Q_ARG(QString, empty)).isEmpty());
    EXPECT_EQ(backend->property("lastError").toString(), QStringLiteral("Write something before saving."));
    QStringList many;
    for (int i = 0; i < 13; ++i)
        many << QStringLiteral("w%1").arg(i);
    EXPECT_TRUE(call("saveCheckin", Q_ARG(int, 5), Q_ARG(QStringList, many), Q_ARG(QString, empty)).isEmpty());
    EXPECT_TRUE(backend->property("lastError").toString().contains(QStringLiteral("payload.feelings")));
    EXPECT_EQ(store->count({}).value(), 0);
}

TEST_F(JournalModuleTest, EditKeepsHistoryAndDeleteCanBeUndone)
{
    const QString first = QStringLiteral("First words");
    const QString better = QStringLiteral("Better words");
    const QString noPrompt;
    const QString id = call("saveEntry", Q_ARG(QString, first), Q_ARG(QString, noPrompt));
    ASSERT_FALSE(id.isEmpty());
    bool ok = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "updateEntry", Q_RETURN_ARG(bool, ok), Q_ARG(QString, id),
                                          Q_ARG(QString, better), Q_ARG(QString, noPrompt)));
    EXPECT_TRUE(ok);
    EXPECT_EQ(store->get(id)->payload.value(QStringLiteral("text")).toString(), QStringLiteral("Better words"));
    EXPECT_EQ(store->history(id)->first().entry.payload.value(QStringLiteral("text")).toString(), QStringLiteral("First words"));
    QVariantMap loaded;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "load", Q_RETURN_ARG(QVariantMap, loaded), Q_ARG(QString, id)));
    EXPECT_EQ(loaded.value(QStringLiteral("text")).toString(), QStringLiteral("Better words"));
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "remove", Q_RETURN_ARG(bool, ok), Q_ARG(QString, id)));
    EXPECT_TRUE(store->get(id)->isDeleted());
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "restore", Q_RETURN_ARG(bool, ok), Q_ARG(QString, id)));
    EXPECT_FALSE(store->get(id)->isDeleted());
}

TEST_F(JournalModuleTest, DraftSurvivesARestartAndClearsOnSave)
{
    const QString half = QStringLiteral("half a thought");
    const QString prompt = QStringLiteral("What would make tomorrow a bit easier?");
    const QString whole = QStringLiteral("the whole thought");
    QMetaObject::invokeMethod(backend, "saveDraft", Q_ARG(QString, half), Q_ARG(QString, prompt));
    start();
    EXPECT_EQ(backend->property("draftText").toString(), half);
    EXPECT_FALSE(call("saveEntry", Q_ARG(QString, whole), Q_ARG(QString, prompt)).isEmpty());
    start();
    EXPECT_TRUE(backend->property("draftText").toString().isEmpty());
    // The draft went to the bin with the save, as any deleted entry does.
    EXPECT_EQ(drafts(true).size(), 1);
}

// Every file under the data folder but the journal's own, whose bytes hold `word`.
QStringList filesBesideTheJournalWith(const QString& folder, const QByteArray& word)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().startsWith(QStringLiteral("journal.sqlite")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(word))
            found << QDir(folder).relativeFilePath(path);
    }
    return found;
}

// A draft was kept in the module's data folder, in the clear even when the
// journal is encrypted, and neither backed up nor deleted forever with it.
TEST_F(JournalModuleTest, TheDraftIsKeptInTheJournalNotInAFileBesideIt)
{
    const QString words = QStringLiteral("quillwort half written");
    const QString noPrompt;
    QMetaObject::invokeMethod(backend, "saveDraft", Q_ARG(QString, words), Q_ARG(QString, noPrompt));
    EXPECT_EQ(filesBesideTheJournalWith(dir.path(), QByteArrayLiteral("quillwort")), QStringList{});
    QList<sdk::Entry> kept = drafts();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().payload.value(QStringLiteral("text")).toString(), words);
    // Written again: the same entry, revised, not a second one.
    const QString more = words + QStringLiteral(" and more");
    QMetaObject::invokeMethod(backend, "saveDraft", Q_ARG(QString, more), Q_ARG(QString, noPrompt));
    kept = drafts();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().payload.value(QStringLiteral("text")).toString(), more);
    bool isDraft = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "isDraft", Q_RETURN_ARG(bool, isDraft), Q_ARG(QString, kept.first().id)));
    EXPECT_TRUE(isDraft); // its card opens the Write page to go on writing
}

TEST_F(JournalModuleTest, ADraftAnEarlierVersionKeptInAFileMovesIntoTheJournal)
{
    const QString folder = dir.filePath(QStringLiteral("plugins/journal"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile old(QDir(folder).filePath(QStringLiteral("draft.json")));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write(R"({"text": "quillwort from before", "prompt": "What helped today?"})");
    old.close();
    start();
    EXPECT_EQ(backend->property("draftText").toString(), QStringLiteral("quillwort from before"));
    EXPECT_EQ(backend->property("draftPrompt").toString(), QStringLiteral("What helped today?"));
    EXPECT_FALSE(old.exists());
    EXPECT_EQ(filesBesideTheJournalWith(dir.path(), QByteArrayLiteral("quillwort")), QStringList{});
    EXPECT_EQ(drafts().size(), 1);
}

TEST_F(JournalModuleTest, ADraftTheClientDeletedIsNotWrittenIntoAgain)
{
    const QString noPrompt;
    QMetaObject::invokeMethod(backend, "saveDraft", Q_ARG(QString, QStringLiteral("first")), Q_ARG(QString, noPrompt));
    QList<sdk::Entry> kept = drafts();
    ASSERT_EQ(kept.size(), 1);
    const QString deleted = kept.first().id;
    ASSERT_OK(store->remove(deleted)); // from its timeline card
    QCoreApplication::processEvents();
    QMetaObject::invokeMethod(backend, "saveDraft", Q_ARG(QString, QStringLiteral("first and second")), Q_ARG(QString, noPrompt));
    kept = drafts();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_NE(kept.first().id, deleted);
    EXPECT_EQ(store->get(deleted)->payload.value(QStringLiteral("text")).toString(), QStringLiteral("first"));
}

TEST_F(JournalModuleTest, StatisticsUpdateLiveFromTheJournal)
{
    EXPECT_EQ(backend->property("recentDays").toInt(), 0);
    const QStringList calm{QStringLiteral("calm")};
    const QString noNote;
    call("saveCheckin", Q_ARG(int, 6), Q_ARG(QStringList, calm), Q_ARG(QString, noNote));
    EXPECT_EQ(backend->property("recentDays").toInt(), 0); // refreshed after the save returns,
    QCoreApplication::processEvents();                 // on the next turn of the event loop
    EXPECT_EQ(backend->property("recentDays").toInt(), 1);
    const QVariantList top = backend->property("topFeelings").toList();
    ASSERT_EQ(top.size(), 1);
    EXPECT_EQ(top.first().toMap().value(QStringLiteral("word")).toString(), QStringLiteral("calm"));
}

TEST_F(JournalModuleTest, SampleEntriesAllValidateAndCoverTheRange)
{
    sdk::SampleRequest req;
    req.now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    req.days = 90;
    const auto samples = plugins->sampleEntries(req);
    EXPECT_GT(samples.size(), 60);
    QDateTime earliest = req.now;
    for (const auto& d : samples) {
        EXPECT_OK(plugins->validate(d));
        earliest = std::min(earliest, d.occurredAt);
    }
    EXPECT_LE(earliest, req.now.addDays(-80));
}

// The statistics, from the journal's own aggregates over entries written to it
// (the module reads no entries for them: issue 18).
class JournalStatsTest : public ::testing::Test {
protected:
    void add(const QDate& day, std::optional<int> mood, QStringList feelings = {})
    {
        sdk::Entry e;
        e.kind = QStringLiteral("journal/checkin");
        e.title = QStringLiteral("c");
        e.occurredAt = QDateTime(day, QTime(20, 0), Qt::UTC);
        e.mood = mood;
        e.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray::fromStringList(feelings)}};
        ASSERT_OK(store->importEntries({e}));
    }
    QList<sdk::AggregateRow> run(sdk::AggregateQuery q)
    {
        q.kinds = {QStringLiteral("journal/checkin")};
        auto rows = store->aggregate(q);
        EXPECT_OK(rows);
        return rows.ok() ? rows.value() : QList<sdk::AggregateRow>{};
    }
    QList<sdk::AggregateRow> byDay(const QDate& from) { return run(journal::checkinsByDay(from)); }
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("j.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
    }
    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
};

TEST_F(JournalStatsTest, TheFiguresCoverTwelveWholeWeeks)
{
    const QDate wednesday(2026, 11, 25);
    EXPECT_EQ(journal::statsFrom(wednesday), QDate(2026, 9, 7)); // a Monday, 11 weeks before this week's
    EXPECT_EQ(journal::statsFrom(QDate(2026, 11, 23)), QDate(2026, 9, 7));
    EXPECT_EQ(journal::statsFrom(QDate(2026, 11, 29)), QDate(2026, 9, 7));
}

TEST_F(JournalStatsTest, WeeklyMoodAveragesMondayToSunday)
{
    add(QDate(2026, 10, 30), 1); // before the period asked for
    add(QDate(2026, 11, 2), 2);  // Monday
    add(QDate(2026, 11, 8), 6);  // Sunday, same week
    add(QDate(2026, 11, 9), 7);  // next Monday
    add(QDate(2026, 11, 10), std::nullopt); // no mood: ignored
    const auto weeks = journal::weeklyMood(byDay(QDate(2026, 11, 2)));
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 11, 2));
    EXPECT_DOUBLE_EQ(weeks[0].average, 4.0);
    EXPECT_EQ(weeks[0].checkins, 2);
    EXPECT_EQ(weeks[1].weekStart, QDate(2026, 11, 9));
    EXPECT_DOUBLE_EQ(weeks[1].average, 7.0);
    EXPECT_EQ(weeks[1].checkins, 1);
}

TEST_F(JournalStatsTest, DaysCheckedInCountWhatWasDoneNotAStreak)
{
    // No streak that a missed day breaks: days with a check-in in the last two weeks.
    const QDate today(2026, 11, 20);
    add(today.addDays(-1), 5);
    add(today.addDays(-2), 5);
    add(today.addDays(-2), 6); // two on one day count once
    add(today.addDays(-4), std::nullopt); // after a gap, and without a mood: still counted
    add(today.addDays(-14), 5); // outside the two weeks
    const QDate from = journal::statsFrom(today);
    EXPECT_EQ(journal::checkinDays(byDay(from), today), 3);
    add(today, 5);
    EXPECT_EQ(journal::checkinDays(byDay(from), today), 4);
    EXPECT_EQ(journal::checkinDays(byDay(from), today.addDays(3)), 4);
}

TEST_F(JournalStatsTest, FeelingCountsMostFrequentFirst)
{
    add(QDate(2026, 11, 1), 4, {QStringLiteral("tired"), QStringLiteral("low")});
    add(QDate(2026, 11, 2), 5, {QStringLiteral("tired")});
    add(QDate(2026, 11, 3), 6, {QStringLiteral("calm")});
    add(QDate(2026, 11, 4), 6, {QStringLiteral("low"), QStringLiteral("tired")}); // the same words in another order
    add(QDate(2026, 11, 5), 6);                                                  // none
    add(QDate(2026, 10, 1), 6, {QStringLiteral("calm")});                        // before the period
    const auto counts = journal::feelingCounts(run(journal::checkinsByFeelings(QDate(2026, 11, 1))));
    ASSERT_EQ(counts.size(), 3);
    EXPECT_EQ(counts[0], qMakePair(QStringLiteral("tired"), 3));
    EXPECT_EQ(counts[1], qMakePair(QStringLiteral("low"), 2));
    EXPECT_EQ(counts[2], qMakePair(QStringLiteral("calm"), 1));
}

} // namespace
