// The CBT module through the real plugin manager, library and journal; its
// insight functions on entries written to and read back from a journal.
#include "../src/cbtinsights.h"
#include "../src/distortions.h"

#include "moduletest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::core;

namespace {

QVariantMap fullRecord()
{
    return {{QStringLiteral("situation"), QStringLiteral("Manager asked to see me at 4pm")},
            {QStringLiteral("moods"), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("anxious")},
                                                               {QStringLiteral("before"), 80}, {QStringLiteral("after"), 40}}}},
            {QStringLiteral("thoughts"), QVariantList{QVariantMap{{QStringLiteral("text"), QStringLiteral("I'll be let go")}, {QStringLiteral("hot"), true}},
                                                      QVariantMap{{QStringLiteral("text"), QStringLiteral("I always mess up")}}}},
            {QStringLiteral("hotBelief"), 90},
            {QStringLiteral("distortions"), QStringList{QStringLiteral("jumping-to-conclusions")}},
            {QStringLiteral("evidenceFor"), QStringLiteral("The project was late")},
            {QStringLiteral("evidenceAgainst"), QStringLiteral("My review was good")},
            {QStringLiteral("balancedThought"), QStringLiteral("It could be about anything; I can explain the delay")},
            {QStringLiteral("balancedBelief"), 70},
            {QStringLiteral("hotBeliefAfter"), 35}};
}

class CbtModuleTest : public test::ModuleTest {
protected:
    void SetUp() override { start(); }
    void start(const QJsonObject& settings = {}) { ModuleTest::start(QStringList{QStringLiteral("cbt")}, QStringLiteral("cbt"), settings); }

    QString save(const QString& id, const QVariantMap& record, bool complete)
    {
        return call<QString>("saveRecord", id, record, complete);
    }
    sdk::Status validate(const QJsonObject& payload, const QString& kind = QStringLiteral("cbt/thought-record"))
    {
        sdk::EntryDraft d;
        d.kind = kind;
        d.title = QStringLiteral("t");
        d.payload = payload;
        return plugins->validate(d);
    }
};

TEST_F(CbtModuleTest, DraftNeedsOnlyTheSituationFinishedNeedsAllSevenSteps)
{
    EXPECT_OK(validate({{QStringLiteral("status"), QStringLiteral("draft")}, {QStringLiteral("situation"), QStringLiteral("x")}}));
    auto noSituation = validate({{QStringLiteral("status"), QStringLiteral("draft")}});
    EXPECT_EQ(noSituation.error().field, QStringLiteral("payload.situation"));

    QJsonObject complete = QJsonObject::fromVariantMap(fullRecord());
    complete.insert(QStringLiteral("status"), QStringLiteral("complete"));
    EXPECT_OK(validate(complete));
    for (const char* key : {"evidenceFor", "evidenceAgainst", "balancedThought", "hotBeliefAfter"}) {
        QJsonObject missing = complete;
        missing.remove(QLatin1String(key));
        auto s = validate(missing);
        ASSERT_FALSE(s.ok()) << key;
        EXPECT_EQ(s.error().field, QStringLiteral("payload.") + QLatin1String(key));
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("draft")));
    }
    QJsonObject notReRated = complete;
    notReRated[QStringLiteral("moods")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sad")}, {QStringLiteral("before"), 70}}};
    EXPECT_EQ(validate(notReRated).error().field, QStringLiteral("payload.moods[0].after"));
}

TEST_F(CbtModuleTest, RefusesMalformedRecordsNamingTheField)
{
    QJsonObject base{{QStringLiteral("status"), QStringLiteral("draft")}, {QStringLiteral("situation"), QStringLiteral("x")}};
    QJsonObject twoHot = base;
    twoHot[QStringLiteral("thoughts")] = QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("hot"), true}},
                                                     QJsonObject{{QStringLiteral("text"), QStringLiteral("b")}, {QStringLiteral("hot"), true}}};
    EXPECT_EQ(validate(twoHot).error().field, QStringLiteral("payload.thoughts"));
    QJsonObject badRating = base;
    badRating[QStringLiteral("moods")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sad")}, {QStringLiteral("before"), 120}}};
    EXPECT_EQ(validate(badRating).error().field, QStringLiteral("payload.moods[0].before"));
    QJsonObject unknown = base;
    unknown[QStringLiteral("distortions")] = QJsonArray{QStringLiteral("astrology")};
    EXPECT_EQ(validate(unknown).error().field, QStringLiteral("payload.distortions[0]"));
    QJsonObject badStatus = base;
    badStatus[QStringLiteral("status")] = QStringLiteral("maybe");
    EXPECT_EQ(validate(badStatus).error().field, QStringLiteral("payload.status"));
    EXPECT_EQ(validate({}, QStringLiteral("cbt/coping-card")).error().field, QStringLiteral("payload.text"));
}

TEST_F(CbtModuleTest, DraftThenFinishKeepsHistoryAndSaysWhichStepIsMissing)
{
    const QString id = save({}, {{QStringLiteral("situation"), QStringLiteral("Friend cancelled by text")}}, false);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    auto draft = store->get(id);
    EXPECT_EQ(draft->payload.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(draft->summary, QStringLiteral("Draft, steps done: 1 of 7"));
    QCoreApplication::processEvents();
    EXPECT_EQ(backend->property("drafts").toList().size(), 1);

    QVariantMap partial = fullRecord();
    partial.remove(QStringLiteral("evidenceFor"));
    EXPECT_TRUE(save(id, partial, true).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Step 4:"))) << lastError().toStdString();

    EXPECT_EQ(save(id, fullRecord(), true), id);
    auto finished = store->get(id);
    EXPECT_EQ(finished->revision, 2);
    EXPECT_EQ(finished->occurredAt, draft->occurredAt);
    EXPECT_EQ(finished->summary, QStringLiteral("anxious 80 % to 40 %, eased by 40 · belief in the hot thought 90 % to 35 %"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(backend->property("drafts").toList().isEmpty());
    EXPECT_EQ(backend->property("recentRecords").toList().size(), 1);
}

TEST_F(CbtModuleTest, BalancedThoughtBecomesALinkedCopingCard)
{
    const QString id = save({}, fullRecord(), true);
    ASSERT_FALSE(id.isEmpty());
    QString card;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "keepAsCard", Q_RETURN_ARG(QString, card), Q_ARG(QString, id)));
    ASSERT_FALSE(card.isEmpty()) << lastError().toStdString();
    auto entry = store->get(card);
    EXPECT_EQ(entry->kind, QStringLiteral("cbt/coping-card"));
    EXPECT_EQ(entry->payload.value(QStringLiteral("text")).toString(), QStringLiteral("It could be about anything; I can explain the delay"));
    auto links = store->links(card);
    ASSERT_EQ(links->size(), 1);
    EXPECT_EQ(links->first().toId, id);
    QCoreApplication::processEvents();
    EXPECT_EQ(backend->property("copingCards").toList().size(), 1);
}

TEST_F(CbtModuleTest, ClinicDistortionsAreOfferedAndArchivedNotDeleted)
{
    const QJsonObject settings{{QStringLiteral("customDistortions"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("comparing")},
                                                       {QStringLiteral("name"), QStringLiteral("Comparing")},
                                                       {QStringLiteral("explanation"), QStringLiteral("Measuring yourself against others.")}},
                                           QJsonObject{{QStringLiteral("id"), QStringLiteral("Bad Id")}}}}};
    start(settings);
    auto ids = [&] {
        QStringList out;
        for (const QVariant& d : backend->property("distortions").toList())
            out << d.toMap().value(QStringLiteral("id")).toString();
        return out;
    };
    EXPECT_EQ(ids().size(), 11); // ten built in, one valid custom; the bad one is skipped
    EXPECT_TRUE(ids().contains(QStringLiteral("comparing")));
    QVariantMap r = fullRecord();
    r[QStringLiteral("distortions")] = QStringList{QStringLiteral("comparing")};
    const QString id = save({}, r, true);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();

    start({}); // the clinic removes it from the profile
    EXPECT_FALSE(ids().contains(QStringLiteral("comparing"))); // no longer offered
    QStringList names;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "distortionNames", Q_RETURN_ARG(QStringList, names),
                                          Q_ARG(QStringList, QStringList{QStringLiteral("comparing")})));
    EXPECT_EQ(names, QStringList{QStringLiteral("Comparing")}); // still known
    // And the old record can still be edited and saved.
    r[QStringLiteral("balancedThought")] = QStringLiteral("edited later");
    EXPECT_EQ(save(id, r, true), id) << lastError().toStdString();
}

// Issue 30: the module is made at every start, and its remembered distortions
// were written through to the disk (fdatasync) every time, changed or not.
// Each write replaces the file (a new inode); an unchanged list leaves it be.
TEST(DistortionCatalogueTest, TheRememberedListIsWrittenOnlyWhenItChanges)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("distortions.json"));
    const auto inode = [&path] {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
    };
    const QJsonArray comparing{QJsonObject{{QStringLiteral("id"), QStringLiteral("comparing")},
                                           {QStringLiteral("name"), QStringLiteral("Comparing")},
                                           {QStringLiteral("explanation"), QStringLiteral("Measuring yourself against others.")}}};
    { cbt::DistortionCatalogue first(path, comparing); }
    const ino_t written = inode();
    ASSERT_NE(written, ino_t(0)) << "the first start remembers the clinic's distortion";

    { cbt::DistortionCatalogue again(path, comparing); } // the next start, same profile
    EXPECT_EQ(inode(), written) << "an unchanged list is not written again";
    { cbt::DistortionCatalogue removed(path, {}); } // the clinic drops it: still remembered, archived
    EXPECT_EQ(inode(), written) << "what is remembered did not change";

    const QJsonArray more{comparing.at(0), QJsonObject{{QStringLiteral("id"), QStringLiteral("labelling-others")},
                                                       {QStringLiteral("name"), QStringLiteral("Labelling others")},
                                                       {QStringLiteral("explanation"), QStringLiteral("A word for a whole person.")}}};
    cbt::DistortionCatalogue added(path, more);
    EXPECT_NE(inode(), written) << "a new distortion is written";
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray stored = f.readAll();
    EXPECT_TRUE(stored.contains("comparing") && stored.contains("labelling-others"));

    QFile::remove(path); // deleted between runs: written again
    { cbt::DistortionCatalogue rebuilt(path, {}); }
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(CbtModuleTest, SampleEntriesValidateAndIncludeDraftsAndCards)
{
    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    req.days = 120;
    const auto samples = plugins->sampleEntries(req);
    int drafts = 0, cards = 0;
    for (const auto& d : samples) {
        EXPECT_OK(plugins->validate(d));
        drafts += d.payload.value(QStringLiteral("status")).toString() == QLatin1String("draft");
        cards += d.kind == QLatin1String("cbt/coping-card");
    }
    EXPECT_GT(samples.size(), 25);
    EXPECT_GT(drafts, 0);
    EXPECT_GT(cards, 0);
}

QVariantMap recordWithMood(const QString& name, int before, int after, const QVariant& pleasant = {})
{
    QVariantMap r = fullRecord();
    QVariantMap mood{{QStringLiteral("name"), name}, {QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
    if (pleasant.isValid())
        mood.insert(QStringLiteral("pleasant"), pleasant);
    r[QStringLiteral("moods")] = QVariantList{mood};
    return r;
}

double latestWeeklyChange(QObject* backend)
{
    QMetaObject::invokeMethod(backend, "openInsights"); // as the Insights page does when it opens
    const QVariantList weeks = backend->property("weeklyChange").toList();
    return weeks.isEmpty() ? -999 : weeks.last().toMap().value(QStringLiteral("value")).toDouble();
}

// Issue 17: a rise in a pleasant mood is a change for the better.
TEST_F(CbtModuleTest, PleasantMoodRisingCountsAsBetter)
{
    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("hopeful"), 30, 60), true).isEmpty()) << lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), 30.0); // inferred from the list of pleasant words

    bool pleasant = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "isPleasantMood", Q_RETURN_ARG(bool, pleasant), Q_ARG(QString, QStringLiteral(" Hopeful "))));
    EXPECT_TRUE(pleasant);
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "isPleasantMood", Q_RETURN_ARG(bool, pleasant), Q_ARG(QString, QStringLiteral("anxious"))));
    EXPECT_FALSE(pleasant);
}

TEST_F(CbtModuleTest, TheClientsMarkWinsOverTheWordList)
{
    // "buzzing" is on no list: the client says it is pleasant; "calm" the client marks as not.
    const QString id = save({}, recordWithMood(QStringLiteral("buzzing"), 20, 50, true), true);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_TRUE(store->get(id)->payload.value(QStringLiteral("moods")).toArray().at(0).toObject().value(QStringLiteral("pleasant")).toBool());
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), 30.0);
    EXPECT_EQ(save(id, recordWithMood(QStringLiteral("calm"), 20, 50, false), true), id);
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), -30.0);

    QJsonObject bad = QJsonObject::fromVariantMap(recordWithMood(QStringLiteral("calm"), 20, 50));
    bad[QStringLiteral("status")] = QStringLiteral("complete");
    bad[QStringLiteral("moods")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("calm")}, {QStringLiteral("before"), 2},
                                                          {QStringLiteral("after"), 5}, {QStringLiteral("pleasant"), QStringLiteral("yes")}}};
    EXPECT_EQ(validate(bad).error().field, QStringLiteral("payload.moods[0].pleasant"));
}

TEST_F(CbtModuleTest, TheClinicCanAddPleasantWords)
{
    start({{QStringLiteral("pleasantMoods"), QJsonArray{QStringLiteral("Buzzing")}}});
    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("buzzing"), 20, 50), true).isEmpty()) << lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), 30.0);
}

// Issue 17: a record where the mood got worse is shown, with honest words.
TEST_F(CbtModuleTest, MoodsThatGotWorseStayOnTheChartAndAreWordedAsSuch)
{
    QMetaObject::invokeMethod(backend, "openInsights");
    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("sad"), 60, 70), true).isEmpty()) << lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), -10.0);
    const QVariantMap axis = backend->property("changeAxis").toMap();
    ASSERT_FALSE(axis.isEmpty());
    EXPECT_LE(axis.value(QStringLiteral("from")).toDouble(), -10.0); // the point is inside the chart
    EXPECT_GE(axis.value(QStringLiteral("to")).toDouble(), 0.0);
    EXPECT_TRUE(axis.value(QStringLiteral("ticks")).toList().contains(QVariant(0)));
    const QString summary = backend->property("changeSummary").toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("worse by 10 points"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("-10"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("eased"))) << summary.toStdString();

    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("sad"), 80, 30), true).isEmpty());
    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("sad"), 80, 30), true).isEmpty());
    QCoreApplication::processEvents();
    const QString after = backend->property("changeSummary").toString();
    EXPECT_TRUE(after.contains(QStringLiteral("better by 30 points"))) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("better after 2 records and worse after 1"))) << after.toStdString();
}

// Issue 17: entries made elsewhere (tessera-cli) carry only a title; the
// list summarises each record from its payload.
TEST_F(CbtModuleTest, RecordsListSummarisesThePayloadWhoeverMadeTheEntry)
{
    sdk::EntryDraft cli;
    cli.kind = QStringLiteral("cbt/thought-record");
    cli.title = QStringLiteral("Added from the command line");
    QJsonObject p = QJsonObject::fromVariantMap(recordWithMood(QStringLiteral("anxious"), 80, 40));
    p[QStringLiteral("moods")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("anxious")}, {QStringLiteral("before"), 80}, {QStringLiteral("after"), 40}},
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("hopeful")}, {QStringLiteral("before"), 20}, {QStringLiteral("after"), 50}},
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("sad")}, {QStringLiteral("before"), 50}, {QStringLiteral("after"), 60}}};
    p[QStringLiteral("status")] = QStringLiteral("complete");
    cli.payload = p;
    ASSERT_OK(plugins->validate(cli));
    ASSERT_OK(store->add(cli));
    QMetaObject::invokeMethod(backend, "refresh");
    QCoreApplication::processEvents();
    const QVariantList recent = backend->property("recentRecords").toList();
    ASSERT_EQ(recent.size(), 1);
    const QVariantMap item = recent.first().toMap();
    EXPECT_EQ(item.value(QStringLiteral("title")).toString(), QStringLiteral("Added from the command line"));
    const QString summary = item.value(QStringLiteral("summary")).toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("anxious 80 % to 40 %, eased by 40"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("hopeful 20 % to 50 %, got stronger by 30"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("sad 50 % to 60 %, rose by 10"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("belief in the hot thought 90 % to 35 %"))) << summary.toStdString();
}

// As in CbtBackend (these tests drive the real library, not its sources).
constexpr int kDraftsPage = 10;
constexpr int kRecordsPage = 20;
constexpr int kCardsPage = 20;
constexpr int kInsightRecords = 1000;

// A record or card as another program might store it, straight into the journal.
sdk::Entry stored(const QString& kind, const QJsonObject& payload, const QDateTime& at)
{
    sdk::Entry e;
    e.kind = kind;
    e.title = QStringLiteral("Stored");
    e.occurredAt = at;
    e.payload = payload;
    return e;
}

QStringList ids(const QVariantList& items)
{
    QStringList out;
    for (const QVariant& i : items)
        out << i.toMap().value(QStringLiteral("id")).toString();
    return out;
}

// Issue 18: the lists are read a page at a time; "Show older" reads the next
// page by cursor, and a refresh reads again what was shown, no more.
TEST_F(CbtModuleTest, RecordsAndCardsAreReadAPageAtATime)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<sdk::Entry> entries;
    const QJsonObject complete = QJsonObject::fromVariantMap(fullRecord());
    for (int i = 0; i < kRecordsPage + 5; ++i) {
        QJsonObject p = complete;
        p[QStringLiteral("status")] = QStringLiteral("complete");
        p[QStringLiteral("situation")] = QStringLiteral("Record %1").arg(i);
        entries << stored(QStringLiteral("cbt/thought-record"), p, now.addSecs(-3600LL * (i + 1)));
        entries << stored(QStringLiteral("cbt/coping-card"), {{QStringLiteral("text"), QStringLiteral("Card %1").arg(i)}}, now.addSecs(-3600LL * (i + 1)));
    }
    ASSERT_OK(store->importEntries(entries));
    QMetaObject::invokeMethod(backend, "refresh");

    QVariantList records = backend->property("recentRecords").toList();
    ASSERT_EQ(records.size(), kRecordsPage);
    EXPECT_EQ(records.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Stored"));
    EXPECT_TRUE(backend->property("moreRecords").toBool());
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "showOlderRecords"));
    records = backend->property("recentRecords").toList();
    ASSERT_EQ(records.size(), kRecordsPage + 5);
    EXPECT_FALSE(backend->property("moreRecords").toBool());
    EXPECT_EQ(ids(records).removeDuplicates(), 0);

    QVariantList cards = backend->property("copingCards").toList();
    ASSERT_EQ(cards.size(), kCardsPage);
    EXPECT_EQ(cards.first().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Card 0"));
    EXPECT_TRUE(backend->property("moreCards").toBool());
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "showOlderCards"));
    cards = backend->property("copingCards").toList();
    ASSERT_EQ(cards.size(), kCardsPage + 5);
    EXPECT_EQ(cards.last().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Card %1").arg(kCardsPage + 4));
    EXPECT_FALSE(backend->property("moreCards").toBool());

    // A change reads again as many as were shown: the older pages stay.
    ASSERT_FALSE(save({}, fullRecord(), true).isEmpty()) << lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(backend->property("recentRecords").toList().size(), kRecordsPage + 5);
    EXPECT_TRUE(backend->property("moreRecords").toBool()); // the oldest record is a page away again
    EXPECT_EQ(backend->property("copingCards").toList().size(), kCardsPage + 5);
}

// Issue 18: drafts are found by their status word, a page at a time; a
// finished record that mentions a draft is not listed as one.
TEST_F(CbtModuleTest, DraftsAreFoundAPageAtATime)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<sdk::Entry> entries;
    for (int i = 0; i < kDraftsPage + 2; ++i)
        entries << stored(QStringLiteral("cbt/thought-record"), {{QStringLiteral("status"), QStringLiteral("draft")},
                                                                 {QStringLiteral("situation"), QStringLiteral("Unfinished %1").arg(i)}},
                          now.addSecs(-3600LL * (i + 2)));
    QJsonObject mentions = QJsonObject::fromVariantMap(fullRecord());
    mentions[QStringLiteral("status")] = QStringLiteral("complete");
    mentions[QStringLiteral("situation")] = QStringLiteral("My manager said my draft report was late");
    entries << stored(QStringLiteral("cbt/thought-record"), mentions, now.addSecs(-3600));
    ASSERT_OK(store->importEntries(entries));
    QMetaObject::invokeMethod(backend, "refresh");

    QVariantList drafts = backend->property("drafts").toList();
    ASSERT_EQ(drafts.size(), kDraftsPage - 1); // the first page of ten held the finished record too
    EXPECT_TRUE(drafts.first().toMap().value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("Draft, steps done: 1")));
    EXPECT_TRUE(backend->property("moreDrafts").toBool());
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "showOlderDrafts"));
    drafts = backend->property("drafts").toList();
    ASSERT_EQ(drafts.size(), kDraftsPage + 2);
    EXPECT_FALSE(backend->property("moreDrafts").toBool());
    const QVariantList finished = backend->property("recentRecords").toList();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(ids(drafts).contains(ids(finished).first()));
}

// Issue 18: the insights are worked out when the Insights page opens, not at
// start; from then on they follow every change.
TEST_F(CbtModuleTest, InsightsWaitForTheirPage)
{
    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("sad"), 80, 30), true).isEmpty()) << lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(backend->property("recordsPerWeek").toList().isEmpty());
    EXPECT_TRUE(backend->property("weeklyChange").toList().isEmpty());
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "openInsights"));
    const QVariantList perWeek = backend->property("recordsPerWeek").toList();
    ASSERT_EQ(perWeek.size(), 12);
    EXPECT_EQ(perWeek.last().toMap().value(QStringLiteral("count")).toInt(), 1);
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), 50.0);
    const QVariantList top = backend->property("topDistortions30").toList();
    ASSERT_EQ(top.size(), 1);
    EXPECT_EQ(top[0].toMap().value(QStringLiteral("id")).toString(), QStringLiteral("jumping-to-conclusions"));
    EXPECT_EQ(top[0].toMap().value(QStringLiteral("count")).toInt(), 1);
    ASSERT_FALSE(save({}, recordWithMood(QStringLiteral("sad"), 80, 70), true).isEmpty());
    QCoreApplication::processEvents();
    EXPECT_EQ(backend->property("recordsPerWeek").toList().last().toMap().value(QStringLiteral("count")).toInt(), 2);
    EXPECT_DOUBLE_EQ(latestWeeklyChange(backend), 30.0);
}

// Issue 18: a journal denser than anyone writes: the mood-change chart reads at
// most kInsightRecords records and says how far back they go.
TEST_F(CbtModuleTest, TheMoodChangeChartSaysWhenItShowsOnlyTheNewestRecords)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject p = QJsonObject::fromVariantMap(recordWithMood(QStringLiteral("sad"), 80, 40));
    p[QStringLiteral("status")] = QStringLiteral("complete");
    QList<sdk::Entry> entries;
    for (int i = 0; i < kInsightRecords + 10; ++i)
        entries << stored(QStringLiteral("cbt/thought-record"), p, now.addSecs(-600LL * (i + 1)));
    ASSERT_OK(store->importEntries(entries));
    QMetaObject::invokeMethod(backend, "refresh");
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "openInsights"));
    const QString summary = backend->property("changeSummary").toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("The chart shows your newest %1 records, back to ").arg(kInsightRecords))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Since "))) << summary.toStdString();
    // The weekly counts come from the store and count every record.
    int counted = 0;
    for (const QVariant& w : backend->property("recordsPerWeek").toList())
        counted += w.toMap().value(QStringLiteral("count")).toInt();
    EXPECT_EQ(counted, kInsightRecords + 10);
}

// Insights on records read back from a real journal.
class CbtInsightsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("j.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
    }
    void add(const QDate& day, int before, int after, QStringList distortions, bool complete = true)
    {
        sdk::Entry e;
        e.kind = QStringLiteral("cbt/thought-record");
        e.title = QStringLiteral("r");
        e.occurredAt = QDateTime(day, QTime(12, 0), Qt::UTC);
        QJsonObject mood{{QStringLiteral("name"), QStringLiteral("sad")}, {QStringLiteral("before"), before}};
        if (after >= 0)
            mood.insert(QStringLiteral("after"), after);
        e.payload = {{QStringLiteral("status"), complete ? QStringLiteral("complete") : QStringLiteral("draft")},
                     {QStringLiteral("moods"), QJsonArray{mood}},
                     {QStringLiteral("distortions"), QJsonArray::fromStringList(distortions)}};
        ASSERT_OK(store->importEntries({e}));
    }
    QList<sdk::Entry> all() { return store->query({}).value().entries; }
    QList<sdk::AggregateRow> rows(const sdk::AggregateQuery& q) { return store->aggregate(q).value(); }
    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
};

TEST_F(CbtInsightsTest, WeeklyMoodChangeAveragesFinishedRecords)
{
    add(QDate(2026, 11, 2), 80, 40, {});  // Monday: change 40
    add(QDate(2026, 11, 4), 60, 40, {});  // same week: change 20
    add(QDate(2026, 11, 5), 90, -1, {}, false); // a draft: not counted
    add(QDate(2026, 11, 9), 70, 60, {});  // next week: change 10
    const auto weeks = cbt::weeklyMoodChange(all());
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 11, 2));
    EXPECT_DOUBLE_EQ(weeks[0].meanChange, 30.0);
    EXPECT_EQ(weeks[0].records, 2);
    EXPECT_DOUBLE_EQ(weeks[1].meanChange, 10.0);
}

TEST_F(CbtInsightsTest, DistortionCountsRespectTheWindow)
{
    add(QDate(2026, 8, 1), 50, 40, {QStringLiteral("labelling")});
    add(QDate(2026, 11, 1), 50, 40, {QStringLiteral("labelling"), QStringLiteral("mental-filter")});
    add(QDate(2026, 11, 3), 50, 40, {QStringLiteral("mental-filter")});
    add(QDate(2026, 11, 4), 50, 40, {QStringLiteral("mental-filter")}); // the same list again: one group of two
    add(QDate(2026, 11, 4), 50, 40, {});
    const auto tagged = rows(cbt::distortionQuery(QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC)));
    auto recent = cbt::distortionCounts(tagged, QDate(2026, 10, 20));
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent[0], qMakePair(QStringLiteral("mental-filter"), 3));
    EXPECT_EQ(recent[1], qMakePair(QStringLiteral("labelling"), 1));
    auto longer = cbt::distortionCounts(tagged, QDate(2026, 7, 1));
    EXPECT_EQ(longer[0], qMakePair(QStringLiteral("mental-filter"), 3));
    EXPECT_EQ(longer[1], qMakePair(QStringLiteral("labelling"), 2));
    // Only what the store was asked for counts.
    EXPECT_TRUE(cbt::distortionCounts(rows(cbt::distortionQuery(QDateTime(QDate(2026, 11, 5), QTime(0, 0), Qt::UTC))), QDate(2026, 7, 1)).isEmpty());
}

TEST_F(CbtInsightsTest, RecordsPerWeekFillsEmptyWeeks)
{
    add(QDate(2026, 11, 16), 50, 40, {});
    add(QDate(2026, 11, 18), 50, -1, {}, false);
    add(QDate(2026, 10, 1), 50, 40, {}); // before the weeks shown
    const auto weeks = cbt::recordsPerWeek(rows(cbt::perWeekQuery(QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC))), QDate(2026, 11, 25), 3);
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks[0], qMakePair(QDate(2026, 11, 9), 0));
    EXPECT_EQ(weeks[1], qMakePair(QDate(2026, 11, 16), 2));
    EXPECT_EQ(weeks[2], qMakePair(QDate(2026, 11, 23), 0));
    EXPECT_FALSE(cbt::moodChange(QJsonObject{}).has_value());
}

TEST_F(CbtInsightsTest, MoodChangeIsSignedByWhetherTheMoodIsPleasant)
{
    auto record = [](QJsonObject mood) { return QJsonObject{{QStringLiteral("moods"), QJsonArray{mood}}}; };
    QJsonObject hopeful{{QStringLiteral("name"), QStringLiteral("hopeful")}, {QStringLiteral("before"), 30}, {QStringLiteral("after"), 60}};
    EXPECT_DOUBLE_EQ(*cbt::moodChange(record(hopeful)), 30.0);
    QJsonObject sad{{QStringLiteral("name"), QStringLiteral("sad")}, {QStringLiteral("before"), 60}, {QStringLiteral("after"), 70}};
    EXPECT_DOUBLE_EQ(*cbt::moodChange(record(sad)), -10.0);
    EXPECT_TRUE(cbt::isPleasantMood(QStringLiteral("a bit hopeful")));
    EXPECT_FALSE(cbt::isPleasantMood(QStringLiteral("not hopeful")));
    EXPECT_FALSE(cbt::isPleasantMood(QStringLiteral("unhappy")));
    EXPECT_TRUE(cbt::isPleasantMood(QStringLiteral("buzzing"), {QStringLiteral("buzzing")}));
}

} // namespace

// Changes to a finished record, kept for the run when its page is left, are
// what the module tells Tessera it keeps (the record page and that record), so
// that quitting asks first and "Go back to it" opens that record; not once it
// is saved, put back or deleted.
TEST_F(CbtModuleTest, ChangesKeptToAFinishedRecordAreNamedToTheHost)
{
    EXPECT_TRUE(plugins->keptWriting(QStringLiteral("cbt")).page.isEmpty());
    const QString first = save(QString(), fullRecord(), true);
    const QString second = save(QString(), fullRecord(), true);
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(second.isEmpty());
    QVariantMap changed = fullRecord();
    changed[QStringLiteral("situation")] = QStringLiteral("Changed and left");
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "keepUnsavedEdit", Q_ARG(QString, first), Q_ARG(QVariantMap, changed)));
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("cbt")).page, QStringLiteral("record"));
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("cbt")).entry, first);
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "keepUnsavedEdit", Q_ARG(QString, second), Q_ARG(QVariantMap, changed)));
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("cbt")).entry, second) << "the last one left";

    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "dropUnsavedEdit", Q_ARG(QString, second)));
    EXPECT_EQ(plugins->keptWriting(QStringLiteral("cbt")).entry, first);
    ASSERT_OK(store->remove(first));
    EXPECT_TRUE(plugins->keptWriting(QStringLiteral("cbt")).page.isEmpty()) << "a deleted record is still named";
}
