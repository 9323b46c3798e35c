// The goals module through the real plugin manager, with the journal module
// loaded beside it, on a real journal file.
#include "../src/goalmodel.h"
#include "../src/goalsbackend.h"

#include "moduletest.h"
#include "store/scopedjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

QVariantMap walkingGoal()
{
    return {{QStringLiteral("description"), QStringLiteral("Walk for 20 minutes on three days each week")},
            {QStringLiteral("metric"), QStringLiteral("walks a week")}, {QStringLiteral("unit"), QStringLiteral("walks")},
            {QStringLiteral("baseline"), QStringLiteral("0")}, {QStringLiteral("target"), QStringLiteral("3")},
            {QStringLiteral("dueDate"), QDate::currentDate().addDays(30).toString(Qt::ISODate)},
            {QStringLiteral("why"), QStringLiteral("I feel clearer after being outside")},
            {QStringLiteral("barriers"), QStringLiteral("Dark evenings")},
            {QStringLiteral("milestones"), QVariantList{QVariantMap{{QStringLiteral("text"), QStringLiteral("Find a route")}},
                                                        QVariantMap{{QStringLiteral("text"), QStringLiteral("Two walks in a week")}}}}};
}

// A check-in as the module writes it (the title and summary do not matter here).
sdk::EntryDraft checkinOf(const QJsonObject& goal, double value)
{
    sdk::EntryDraft d;
    d.kind = QStringLiteral("goals/checkin");
    d.title = QStringLiteral("Progress");
    d.payload = QJsonObject{{QStringLiteral("goalKey"), goal.value(QStringLiteral("key")).toString()},
                            {QStringLiteral("value"), value}, {QStringLiteral("status"), QStringLiteral("improving")}};
    return d;
}

class GoalsModuleTest : public test::ModuleTest {
protected:
    void SetUp() override
    {
        // With the assessments module, so PHQ-9 totals pass its own checks.
        start(QStringList{QStringLiteral("goals"), QStringLiteral("journal"), QStringLiteral("assessments")}, QStringLiteral("goals"));
    }
};

TEST_F(GoalsModuleTest, SavesAGoalWithFhirStatusesAndRefusesBadOnes)
{
    const QString id = call<QString>("saveGoal", QString(), walkingGoal());
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    auto e = store->get(id);
    EXPECT_EQ(e->payload.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("active"));
    EXPECT_EQ(e->payload.value(QStringLiteral("achievement")).toString(), QStringLiteral("in-progress"));
    EXPECT_EQ(e->payload.value(QStringLiteral("target")).toDouble(), 3.0);
    EXPECT_EQ(e->payload.value(QStringLiteral("milestones")).toArray().size(), 2);
    EXPECT_FALSE(e->payload.value(QStringLiteral("key")).toString().isEmpty());

    QVariantMap bad = walkingGoal();
    bad[QStringLiteral("lifecycle")] = QStringLiteral("abandoned");
    EXPECT_TRUE(call<QString>("saveGoal", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.lifecycle"))) << lastError().toStdString();
    bad = walkingGoal();
    bad[QStringLiteral("description")] = QString();
    EXPECT_TRUE(call<QString>("saveGoal", QString(), bad).isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Describe the goal first."));
    bad = walkingGoal();
    bad[QStringLiteral("dueDate")] = QStringLiteral("next Tuesday");
    EXPECT_TRUE(call<QString>("saveGoal", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.dueDate")));
}

TEST_F(GoalsModuleTest, MilestonesAndCheckinsKeepEveryChange)
{
    const QString id = call<QString>("saveGoal", QString(), walkingGoal());
    ASSERT_FALSE(id.isEmpty());
    const QString first = store->get(id)->payload.value(QStringLiteral("milestones")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    EXPECT_TRUE(call<bool>("setMilestoneDone", id, first, true));
    EXPECT_TRUE(store->get(id)->payload.value(QStringLiteral("milestones")).toArray().at(0).toObject().value(QStringLiteral("done")).toBool());
    EXPECT_FALSE(call<bool>("setMilestoneDone", id, QStringLiteral("nope"), true));

    const QString c1 = call<QString>("addCheckin", id, 1.0, QStringLiteral("improving"), QStringLiteral("one walk"));
    const QString c2 = call<QString>("addCheckin", id, 2.0, QStringLiteral("improving"), QString());
    ASSERT_FALSE(c1.isEmpty()) << lastError().toStdString();
    ASSERT_FALSE(c2.isEmpty());
    EXPECT_EQ(store->get(c1)->payload.value(QStringLiteral("goalKey")), store->get(id)->payload.value(QStringLiteral("key")));
    EXPECT_EQ(store->links(c1)->first().toId, id);
    // The goal follows the check-ins; every earlier state is in its history.
    EXPECT_EQ(store->get(id)->payload.value(QStringLiteral("achievement")).toString(), QStringLiteral("improving"));
    EXPECT_EQ(store->history(id)->size(), 2); // the tick, then the achievement change

    const QVariantMap loaded = call<QVariantMap>("loadGoal", c2); // a check-in opens its goal
    EXPECT_EQ(loaded.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(loaded.value(QStringLiteral("checkins")).toList().size(), 2);
    EXPECT_EQ(loaded.value(QStringLiteral("points")).toList().last().toMap().value(QStringLiteral("value")).toDouble(), 2.0);

    QCoreApplication::processEvents();
    const QVariantList goals = backend->property("goals").toList();
    ASSERT_EQ(goals.size(), 1);
    EXPECT_NEAR(goals.first().toMap().value(QStringLiteral("progress")).toDouble(), 2.0 / 3.0, 1e-9);

    call<QString>("addCheckin", id, 3.0, QStringLiteral("achieved"), QString());
    EXPECT_EQ(store->get(id)->payload.value(QStringLiteral("lifecycle")).toString(), QStringLiteral("completed"));
}

TEST_F(GoalsModuleTest, EntriesOfGrantedKindsCountAsEvidence)
{
    QVariantMap g = walkingGoal();
    g[QStringLiteral("evidenceKinds")] = QStringList{QStringLiteral("journal/checkin")};
    g[QStringLiteral("evidencePerWeek")] = 5;
    const QString id = call<QString>("saveGoal", QString(), g);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();

    // Two journal check-ins this week, one last month (does not count).
    QStringList checkins;
    for (int daysAgo : {0, 0, 40}) {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/checkin");
        d.title = QStringLiteral("c");
        d.mood = 5;
        d.occurredAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        d.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{}}};
        ASSERT_OK(plugins->validate(d));
        auto e = store->add(d);
        ASSERT_OK(e);
        checkins << e->id;
    }
    const QVariantMap loaded = call<QVariantMap>("loadGoal", id);
    EXPECT_EQ(loaded.value(QStringLiteral("evidenceThisWeek")).toInt(), 2);
    QCoreApplication::processEvents();
    const QVariantList goals = backend->property("goals").toList();
    ASSERT_FALSE(goals.isEmpty());
    const QVariantMap item = goals.first().toMap();
    EXPECT_EQ(item.value(QStringLiteral("evidencePerWeek")).toInt(), 5);

    EXPECT_EQ(call<QVariantList>("evidenceCandidates", id).size(), 3);
    EXPECT_TRUE(call<bool>("linkEvidence", id, checkins.first()));
    EXPECT_EQ(call<QVariantMap>("loadGoal", id).value(QStringLiteral("evidence")).toList().size(), 1);
}

TEST_F(GoalsModuleTest, KindsNotInTheManifestAreRefusedByTheStore)
{
    sdk::EntryQuery q;
    q.kinds = {QStringLiteral("medication/dose")};
    auto refused = record->journal->query(q);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, sdk::ErrorCode::PermissionDenied);
    q.kinds = {QStringLiteral("journal/checkin")};
    EXPECT_OK(record->journal->query(q));
    // Reading is granted; writing another module's kind is not.
    sdk::EntryDraft d;
    d.kind = QStringLiteral("journal/checkin");
    d.title = QStringLiteral("t");
    EXPECT_EQ(record->journal->add(d).error().code, sdk::ErrorCode::PermissionDenied);
}

TEST_F(GoalsModuleTest, SamplesValidateAndCheckinsPointAtTheirGoal)
{
    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    req.days = 120;
    const auto samples = plugins->sampleEntries(req);
    QSet<QString> keys;
    int checkins = 0;
    for (const auto& d : samples) {
        if (d.kind == QLatin1String("goals/goal"))
            keys.insert(d.payload.value(QStringLiteral("key")).toString());
    }
    for (const auto& d : samples) {
        EXPECT_OK(plugins->validate(d));
        if (d.kind == QLatin1String("goals/checkin")) {
            ++checkins;
            EXPECT_TRUE(keys.contains(d.payload.value(QStringLiteral("goalKey")).toString()));
        }
    }
    EXPECT_EQ(keys.size(), 2);
    EXPECT_GE(checkins, 10);
}

// From trying it: the demo's walking goal said "Improving" on My goals while its
// latest check-in, and so the clinician report, said "No change". A goal's
// status is its latest check-in's, as a check-in made in the app leaves it.
TEST_F(GoalsModuleTest, SampleGoalsSayWhatTheirLatestCheckinSays)
{
    for (int days : {3, 30, 60, 84, 120}) {
        sdk::SampleRequest req;
        req.now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
        req.days = days;
        QHash<QString, QString> achievement, latest;
        QHash<QString, QDateTime> latestAt;
        for (const auto& d : plugins->sampleEntries(req)) {
            if (d.kind == QLatin1String("goals/goal"))
                achievement.insert(d.payload.value(QStringLiteral("key")).toString(), d.payload.value(QStringLiteral("achievement")).toString());
            const QString key = d.payload.value(QStringLiteral("goalKey")).toString();
            if (d.kind == QLatin1String("goals/checkin") && (!latestAt.contains(key) || d.occurredAt > latestAt.value(key))) {
                latestAt.insert(key, d.occurredAt);
                latest.insert(key, d.payload.value(QStringLiteral("status")).toString());
            }
        }
        ASSERT_EQ(achievement.size(), 2) << days;
        for (auto it = achievement.cbegin(); it != achievement.cend(); ++it)
            EXPECT_EQ(it.value(), latest.value(it.key(), QStringLiteral("in-progress"))) << it.key().toStdString() << ", " << days << " days";
    }
}

TEST(GoalModel, SmartCheckProgressAndDueSoon)
{
    QJsonObject g{{QStringLiteral("description"), QStringLiteral("Walk")}, {QStringLiteral("lifecycle"), QStringLiteral("active")}};
    auto parts = goals::smartCheck(g);
    ASSERT_EQ(parts.size(), 5);
    for (const auto& p : parts)
        EXPECT_FALSE(p.ok) << p.letter.toStdString();
    g[QStringLiteral("description")] = QStringLiteral("Walk twenty minutes three days weekly");
    g[QStringLiteral("measure")] = QJsonObject{{QStringLiteral("metric"), QStringLiteral("walks")}};
    g[QStringLiteral("target")] = 3;
    g[QStringLiteral("baseline")] = 0;
    g[QStringLiteral("resources")] = QStringLiteral("Sam");
    g[QStringLiteral("why")] = QStringLiteral("clearer head");
    g[QStringLiteral("dueDate")] = QStringLiteral("2026-12-01");
    for (const auto& p : goals::smartCheck(g))
        EXPECT_TRUE(p.ok) << p.letter.toStdString();

    EXPECT_DOUBLE_EQ(*goals::progress(0, 3, 2), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*goals::progress(10, 4, 7), 0.5); // a goal that goes down
    EXPECT_DOUBLE_EQ(*goals::progress(0, 3, 5), 1.0);
    EXPECT_FALSE(goals::progress(2, 2, 2).has_value());

    EXPECT_TRUE(goals::dueSoon(g, QDate(2026, 11, 25)));
    EXPECT_FALSE(goals::dueSoon(g, QDate(2026, 10, 1)));
    g[QStringLiteral("lifecycle")] = QStringLiteral("completed");
    EXPECT_FALSE(goals::dueSoon(g, QDate(2026, 11, 25)));
}

// Issue 17: "Specific" passed any four words. It now looks for something
// someone could see (an action and what it is done to, a when or where, a
// number) and refuses a wish on its own, with a hint on how to make it concrete.
TEST(GoalModel, SpecificNeedsSomethingObservable)
{
    const auto specific = [](const QString& text) {
        const auto parts = goals::smartCheck(QJsonObject{{QStringLiteral("description"), text}});
        return parts.at(0);
    };
    for (const char* vague : {"feel better about myself", "be happier in general", "Feel better", "be a happier person",
                              "get my life back on track", "stop being so tired all the time"}) {
        const auto s = specific(QString::fromUtf8(vague));
        EXPECT_FALSE(s.ok) << vague;
        EXPECT_FALSE(s.hint.isEmpty()) << vague;
    }
    // A wish gets a hint that names it and points towards something to do.
    const auto feel = specific(QStringLiteral("feel better about myself"));
    EXPECT_TRUE(feel.hint.contains(QStringLiteral("feel better"), Qt::CaseInsensitive)) << feel.hint.toStdString();
    EXPECT_TRUE(feel.hint.contains(QStringLiteral("doing"))) << feel.hint.toStdString();

    for (const char* concrete : {"Walk for 20 minutes on three days each week", "Call my sister on Sunday evenings",
                                 "Cook a proper meal twice a week", "Go to the library on Saturday",
                                 "Feel better by walking to the park every morning", "Text a friend once a week",
                                 "Read ten pages before bed"}) {
        EXPECT_TRUE(specific(QString::fromUtf8(concrete)).ok) << concrete;
    }
}

// Issue 18: the overview reads a page of the newest goals, not every goal;
// older ones come a page at a time with "Show older goals", and a refresh
// after a save keeps what the client asked to see.
TEST_F(GoalsModuleTest, OverviewShowsAPageOfGoalsAndLoadsOlderOnes)
{
    const int page = goals::GoalsBackend::kGoalPage;
    QList<sdk::Entry> many;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < page + 5; ++i) {
        QJsonObject g{{QStringLiteral("key"), QStringLiteral("k%1").arg(i)},
                      {QStringLiteral("description"), QStringLiteral("Goal %1").arg(i)},
                      {QStringLiteral("lifecycle"), QStringLiteral("active")}, {QStringLiteral("achievement"), QStringLiteral("in-progress")}};
        sdk::EntryDraft d;
        d.kind = QStringLiteral("goals/goal");
        d.title = g.value(QStringLiteral("description")).toString();
        d.payload = g;
        d.occurredAt = now.addDays(-i); // Goal 0 is the newest
        ASSERT_OK(plugins->validate(d));
        many << core::entryFromDraft(d, now);
    }
    ASSERT_OK(store->importEntries(many));
    QCoreApplication::processEvents();
    QVariantList shown = backend->property("goals").toList();
    ASSERT_EQ(shown.size(), page);
    EXPECT_TRUE(backend->property("hasMoreGoals").toBool());
    QStringList names;
    for (const QVariant& g : shown)
        names << g.toMap().value(QStringLiteral("description")).toString();
    EXPECT_TRUE(names.contains(QStringLiteral("Goal 0")));
    EXPECT_FALSE(names.contains(QStringLiteral("Goal %1").arg(page))) << "older than the first page";

    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "showMoreGoals"));
    EXPECT_EQ(backend->property("goals").toList().size(), page + 5);
    EXPECT_FALSE(backend->property("hasMoreGoals").toBool());

    // A save refreshes what is shown, older goals included.
    ASSERT_FALSE(call<QString>("saveGoal", QString(), walkingGoal()).isEmpty());
    QCoreApplication::processEvents();
    EXPECT_EQ(backend->property("goals").toList().size(), page + 6);
}

// Issue 18: a goal's progress bar on the overview comes from its latest
// check-in of the last 26 weeks (the start does not read every check-in).
TEST_F(GoalsModuleTest, OverviewProgressUsesRecentCheckins)
{
    const QString recent = call<QString>("saveGoal", QString(), walkingGoal());
    QVariantMap old = walkingGoal();
    old[QStringLiteral("description")] = QStringLiteral("Cook a proper meal twice a week");
    const QString stale = call<QString>("saveGoal", QString(), old);
    ASSERT_FALSE(recent.isEmpty());
    ASSERT_FALSE(stale.isEmpty());
    const auto checkin = [&](const QString& goalId, double value, int daysAgo) {
        sdk::EntryDraft d = checkinOf(store->get(goalId)->payload, value);
        d.occurredAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        ASSERT_OK(store->add(d));
    };
    checkin(recent, 1, 20);
    checkin(recent, 2, 3);
    checkin(stale, 2, 7 * goals::GoalsBackend::kProgressWeeks + 10);
    QCoreApplication::processEvents();
    QHash<QString, QVariantMap> byId;
    for (const QVariant& g : backend->property("goals").toList())
        byId.insert(g.toMap().value(QStringLiteral("id")).toString(), g.toMap());
    EXPECT_NEAR(byId.value(recent).value(QStringLiteral("progress")).toDouble(), 2.0 / 3.0, 1e-9);
    EXPECT_LT(byId.value(stale).value(QStringLiteral("progress")).toDouble(), 0) << "no check-in in the last 26 weeks";
    // Its page still shows every check-in it has.
    EXPECT_EQ(call<QVariantMap>("loadGoal", stale).value(QStringLiteral("checkins")).toList().size(), 1);
}

// Issue 18: a goal's page shows its latest check-ins, not an unbounded history,
// and says so when older ones were left out.
TEST_F(GoalsModuleTest, GoalPageShowsTheLatestCheckins)
{
    const QString id = call<QString>("saveGoal", QString(), walkingGoal());
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject goal = store->get(id)->payload;
    const int n = goals::GoalsBackend::kChartCheckins + 20;
    QList<sdk::Entry> checkins;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        sdk::EntryDraft d = checkinOf(goal, i);
        d.occurredAt = now.addDays(i - n); // the value grows with time: the newest is n - 1
        checkins << core::entryFromDraft(d, now);
    }
    ASSERT_OK(store->importEntries(checkins));
    const QVariantMap loaded = call<QVariantMap>("loadGoal", id);
    const QVariantList shown = loaded.value(QStringLiteral("checkins")).toList();
    ASSERT_EQ(shown.size(), goals::GoalsBackend::kChartCheckins);
    EXPECT_EQ(shown.last().toMap().value(QStringLiteral("value")).toInt(), n - 1) << "oldest first, ending with the newest";
    EXPECT_EQ(shown.first().toMap().value(QStringLiteral("value")).toInt(), n - goals::GoalsBackend::kChartCheckins);
    EXPECT_FALSE(loaded.value(QStringLiteral("checkinsNote")).toString().isEmpty());

    // Few check-ins: all of them, and nothing to say.
    const QString other = call<QString>("saveGoal", QString(), walkingGoal());
    call<QString>("addCheckin", other, 1.0, QStringLiteral("improving"), QString());
    const QVariantMap few = call<QVariantMap>("loadGoal", other);
    EXPECT_EQ(few.value(QStringLiteral("checkins")).toList().size(), 1);
    EXPECT_TRUE(few.value(QStringLiteral("checkinsNote")).toString().isEmpty());
}

// Issue 17: goals and check-ins added with tessera-cli (a plain title, no
// summary, no link) show their payload's content on the module's pages.
TEST_F(GoalsModuleTest, CliEntriesShowTheirPayload)
{
    sdk::EntryDraft g;
    g.kind = QStringLiteral("goals/goal");
    g.title = QStringLiteral("goal");
    g.payload = QJsonObject{{QStringLiteral("key"), QStringLiteral("cli-goal")},
                            {QStringLiteral("description"), QStringLiteral("Swim twice a week at the pool")},
                            {QStringLiteral("measure"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("swims")}}},
                            {QStringLiteral("baseline"), 0}, {QStringLiteral("target"), 2},
                            {QStringLiteral("lifecycle"), QStringLiteral("active")}, {QStringLiteral("achievement"), QStringLiteral("improving")}};
    ASSERT_OK(plugins->validate(g));
    auto goal = store->add(g);
    ASSERT_OK(goal);
    sdk::EntryDraft c;
    c.kind = QStringLiteral("goals/checkin");
    c.title = QStringLiteral("checkin");
    c.payload = QJsonObject{{QStringLiteral("goalKey"), QStringLiteral("cli-goal")}, {QStringLiteral("value"), 1},
                            {QStringLiteral("status"), QStringLiteral("improving")}, {QStringLiteral("note"), QStringLiteral("cold water")}};
    ASSERT_OK(plugins->validate(c));
    auto checkin = store->add(c);
    ASSERT_OK(checkin);
    QCoreApplication::processEvents();

    const QVariantList shown = backend->property("goals").toList();
    ASSERT_EQ(shown.size(), 1);
    const QVariantMap item = shown.first().toMap();
    EXPECT_EQ(item.value(QStringLiteral("description")).toString(), QStringLiteral("Swim twice a week at the pool"));
    EXPECT_EQ(item.value(QStringLiteral("achievementLabel")).toString(), QStringLiteral("Improving"));
    EXPECT_NEAR(item.value(QStringLiteral("progress")).toDouble(), 0.5, 1e-9);
    EXPECT_EQ(item.value(QStringLiteral("progressLabel")).toString(), QStringLiteral("Latest 1 of 2 swims"));

    // The check-in (not linked to its goal) opens its goal, and its row shows the payload.
    const QVariantMap loaded = call<QVariantMap>("loadGoal", checkin->id);
    EXPECT_EQ(loaded.value(QStringLiteral("id")).toString(), goal->id);
    const QVariantList rows = loaded.value(QStringLiteral("checkins")).toList();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().toMap().value(QStringLiteral("value")).toDouble(), 1.0);
    EXPECT_EQ(rows.first().toMap().value(QStringLiteral("status")).toString(), QStringLiteral("Improving"));
    EXPECT_EQ(rows.first().toMap().value(QStringLiteral("note")).toString(), QStringLiteral("cold water"));
}

// Issue 19: other modules' kinds are shown by the titles their manifests give
// them (Journal::kindInfo), not by names kept in the goals module. The
// modules are loaded from copies whose manifests give the activities module
// and two kinds titles of this test's own, so no title written into the goals
// module can pass.
class GoalsKindTitlesTest : public test::ModuleTest {
protected:
    void SetUp() override
    {
        pluginDir = dir.filePath(QStringLiteral("plugins"));
        for (const char* id : {"goals", "journal", "behavioral-activation"}) {
            const QString from = tessera::test::bundledPluginDir() + QStringLiteral("/") + QLatin1String(id);
            const QString to = pluginDir + QLatin1Char('/') + QLatin1String(id);
            ASSERT_TRUE(QDir().mkpath(to));
            for (const QString& file : QDir(from).entryList(QDir::Files))
                ASSERT_TRUE(QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file)) << file.toStdString();
        }
        retitle(QStringLiteral("behavioral-activation"), QStringLiteral("activity"), QStringLiteral("Time well spent"),
                QStringLiteral("Doing things"));
        retitle(QStringLiteral("journal"), QStringLiteral("entry"), QStringLiteral("Time well spent"), {});
    }

    // Gives `kind` the title `title` in the copy's manifest, and the module the name `name` (unless empty).
    void retitle(const QString& id, const QString& kind, const QString& title, const QString& name)
    {
        QFile f(pluginDir + QLatin1Char('/') + id + QStringLiteral("/plugin.json"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray kinds = m.value(QStringLiteral("kinds")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QJsonObject k = kinds.at(i).toObject();
            if (k.value(QStringLiteral("name")).toString() == kind) {
                k.insert(QStringLiteral("title"), title);
                kinds.replace(i, k);
                found = true;
            }
        }
        ASSERT_TRUE(found) << kind.toStdString();
        m.insert(QStringLiteral("kinds"), kinds);
        if (!name.isEmpty())
            m.insert(QStringLiteral("name"), name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(m).toJson());
    }

    // As ModuleTest::start(), on the copies.
    void startCopies(const QStringList& enabled)
    {
        if (!store) {
            auto s = core::JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
            ASSERT_OK(s);
            store = std::move(s).value();
        }
        plugins.reset();
        core::PluginManager::Options o;
        o.pluginDirs = {pluginDir};
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.enabled = enabled;
        o.profile.grantDeclaredReads = true; // as once the client has allowed them
        plugins = std::make_unique<core::PluginManager>(o);
        plugins->loadAll(*store);
        record = plugins->find(QStringLiteral("goals"));
        ASSERT_TRUE(record && record->isRunning()) << (record ? record->reason.toStdString() : "not found");
        backend = record->plugin->backend();
        ASSERT_NE(backend, nullptr);
    }

    // Adds an entry of another module's kind, checked by that module.
    QString addAsHost(const QString& kind, const QJsonObject& payload, bool validate = true)
    {
        sdk::EntryDraft d;
        d.kind = kind;
        d.title = QStringLiteral("t");
        d.payload = payload;
        if (validate)
            EXPECT_OK(plugins->validate(d));
        auto e = store->add(d);
        EXPECT_OK(e);
        return e.ok() ? e->id : QString();
    }

    // The title the copy's manifest of module `id` gives `kind`.
    QString manifestTitle(const QString& id, const QString& kind) const
    {
        QFile f(pluginDir + QLatin1Char('/') + id + QStringLiteral("/plugin.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QJsonValue& k : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("kinds")).toArray()) {
            if (k.toObject().value(QStringLiteral("name")).toString() == kind)
                return k.toObject().value(QStringLiteral("title")).toString();
        }
        return {};
    }

    QHash<QString, QString> titles() const
    {
        QHash<QString, QString> out;
        for (const QVariant& k : backend->property("evidenceKinds").toList())
            out.insert(k.toMap().value(QStringLiteral("kind")).toString(), k.toMap().value(QStringLiteral("title")).toString());
        return out;
    }

    QString pluginDir;
};

TEST_F(GoalsKindTitlesTest, OtherModulesKindsGoByTheirManifestTitles)
{
    startCopies({QStringLiteral("goals"), QStringLiteral("journal"), QStringLiteral("behavioral-activation")});
    addAsHost(QStringLiteral("behavioral-activation/activity"),
              {{QStringLiteral("activity"), QStringLiteral("Walk")}, {QStringLiteral("area"), QStringLiteral("mind-body")}});
    addAsHost(QStringLiteral("journal/checkin"), {{QStringLiteral("feelings"), QJsonArray{}}});
    addAsHost(QStringLiteral("journal/entry"), {{QStringLiteral("text"), QStringLiteral("words")}});
    // An entry of a kind the goals module may read whose module is not installed.
    addAsHost(QStringLiteral("mbct/practice"), {{QStringLiteral("practice"), QStringLiteral("body-scan")}}, false);

    QHash<QString, QString> shown = titles();
    // The title in the journal module's own manifest.
    const QString checkin = manifestTitle(QStringLiteral("journal"), QStringLiteral("checkin"));
    ASSERT_FALSE(checkin.isEmpty());
    EXPECT_EQ(shown.value(QStringLiteral("journal/checkin")), checkin);
    // Two kinds with one title say whose they are, by the modules' manifest names.
    EXPECT_EQ(shown.value(QStringLiteral("behavioral-activation/activity")), QStringLiteral("Time well spent (Doing things)"));
    EXPECT_EQ(shown.value(QStringLiteral("journal/entry")), QStringLiteral("Time well spent (Journal)"));
    // No installed module declares it: its name, rather than nothing.
    EXPECT_EQ(shown.value(QStringLiteral("mbct/practice")), QStringLiteral("mbct/practice"));
    EXPECT_EQ(shown.size(), 4);

    // A goal's candidates and its evidence name their kinds the same way.
    QVariantMap g = walkingGoal();
    g[QStringLiteral("evidenceKinds")] = QStringList{QStringLiteral("behavioral-activation/activity")};
    const QString goal = call<QString>("saveGoal", QString(), g);
    ASSERT_FALSE(goal.isEmpty()) << lastError().toStdString();
    const QVariantList candidates = call<QVariantList>("evidenceCandidates", goal);
    ASSERT_EQ(candidates.size(), 1);
    EXPECT_EQ(candidates.first().toMap().value(QStringLiteral("kindTitle")).toString(), QStringLiteral("Time well spent"));
    ASSERT_TRUE(call<bool>("linkEvidence", goal, candidates.first().toMap().value(QStringLiteral("id")).toString()))
        << lastError().toStdString();
    const QVariantList evidence = call<QVariantMap>("loadGoal", goal).value(QStringLiteral("evidence")).toList();
    ASSERT_EQ(evidence.size(), 1);
    EXPECT_EQ(evidence.first().toMap().value(QStringLiteral("kindTitle")).toString(), QStringLiteral("Time well spent"));

    // The activities module switched off: its kind keeps its manifest title.
    startCopies({QStringLiteral("goals"), QStringLiteral("journal")});
    shown = titles();
    EXPECT_EQ(shown.value(QStringLiteral("behavioral-activation/activity")), QStringLiteral("Time well spent (Doing things)"));
    EXPECT_EQ(call<QVariantList>("evidenceCandidates", goal).first().toMap().value(QStringLiteral("kindTitle")).toString(),
              QStringLiteral("Time well spent"));
}

TEST_F(GoalsModuleTest, NotReachedIsNotABareVerdict)
{
    QString text;
    for (const QVariant& o : backend->property("achievementOptions").toList()) {
        if (o.toMap().value(QStringLiteral("code")).toString() == QLatin1String("not-achieved"))
            text = o.toMap().value(QStringLiteral("label")).toString();
    }
    ASSERT_FALSE(text.isEmpty());
    EXPECT_NE(text, QStringLiteral("Not achieved"));
    EXPECT_TRUE(text.contains(QStringLiteral("this time"))) << text.toStdString();
}

} // namespace

// ---- Issue 22: a goal measured by the PHQ-9 total of the assessments module ----

namespace {
// A PHQ-9 entry as the assessments module stores it (its data contract),
// checked by that module (running in these tests) before it is stored.
QString addPhq9(core::JournalStore& store, const core::PluginManager& plugins, int total, const QString& band, int daysAgo)
{
    QJsonArray answers;
    int left = total;
    static const char* codes[] = {"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"};
    for (int item = 1; item <= 9; ++item) {
        const int v = std::min(3, left);
        left -= v;
        answers << QJsonObject{{QStringLiteral("item"), item}, {QStringLiteral("code"), QLatin1String(codes[item - 1])},
                               {QStringLiteral("value"), v}};
    }
    sdk::EntryDraft d;
    d.kind = QStringLiteral("assessments/phq9");
    d.title = QStringLiteral("PHQ-9");
    d.occurredAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    d.payload = QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("band"), band}, {QStringLiteral("answers"), answers},
                            {QStringLiteral("loinc"), QJsonObject{{QStringLiteral("panel"), QStringLiteral("44249-1")},
                                                                  {QStringLiteral("total"), QStringLiteral("44261-6")}}}};
    EXPECT_OK(plugins.validate(d));
    auto e = store.add(d);
    EXPECT_OK(e);
    return e.ok() ? e->id : QString();
}

QVariantMap phq9Goal(const QString& target)
{
    return {{QStringLiteral("description"), QStringLiteral("Walk to the park on three mornings a week")},
            {QStringLiteral("measureSource"), QStringLiteral("assessments/phq9")}, {QStringLiteral("target"), target},
            {QStringLiteral("why"), QStringLiteral("To feel more like myself")}};
}
} // namespace

TEST(GoalModel, BelowProgressAndPhq9Bands)
{
    // From 16 towards "below 10": reached at 9, not at 10.
    EXPECT_DOUBLE_EQ(*goals::belowProgress(16, 10, 16), 0.0);
    EXPECT_DOUBLE_EQ(*goals::belowProgress(16, 10, 12), 4.0 / 7.0);
    EXPECT_DOUBLE_EQ(*goals::belowProgress(16, 10, 10), 6.0 / 7.0);
    EXPECT_DOUBLE_EQ(*goals::belowProgress(16, 10, 9), 1.0);
    EXPECT_DOUBLE_EQ(*goals::belowProgress(16, 10, 0), 1.0);
    EXPECT_DOUBLE_EQ(*goals::belowProgress(16, 10, 20), 0.0); // higher than at the start: no less than none
    // Started below already: reached while it stays below.
    EXPECT_DOUBLE_EQ(*goals::belowProgress(4, 5, 3), 1.0);
    EXPECT_DOUBLE_EQ(*goals::belowProgress(4, 5, 6), 0.0);
    EXPECT_FALSE(goals::belowProgress(10, 0, 3).has_value());

    EXPECT_EQ(goals::phq9BandLabel(QStringLiteral("moderately-severe"), 17), QStringLiteral("moderately severe"));
    EXPECT_EQ(goals::phq9BandLabel(QStringLiteral("mild"), 7), QStringLiteral("mild"));
    // An unknown or missing id: the published bands from the total, at each boundary.
    const QList<QPair<int, QString>> bands{{0, "minimal"}, {4, "minimal"}, {5, "mild"}, {9, "mild"}, {10, "moderate"},
                                           {14, "moderate"}, {15, "moderately severe"}, {19, "moderately severe"},
                                           {20, "severe"}, {27, "severe"}};
    for (const auto& [total, words] : bands)
        EXPECT_EQ(goals::phq9BandLabel(QString(), total), words) << total;
    EXPECT_EQ(goals::phq9BandLabel(QStringLiteral("odd"), 28), QString());
}

TEST_F(GoalsModuleTest, APhq9GoalFollowsTheLatestTotal)
{
    addPhq9(*store, *plugins, 16, QStringLiteral("moderately-severe"), 30);
    addPhq9(*store, *plugins, 12, QStringLiteral("moderate"), 2);

    // No starting point given: the latest total is it.
    const QString id = call<QString>("saveGoal", QString(), phq9Goal(QStringLiteral("10")));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    const QJsonObject p = store->get(id)->payload;
    EXPECT_EQ(p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("assessments/phq9"));
    EXPECT_EQ(p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("metric")).toString(), QStringLiteral("PHQ-9 total"));
    EXPECT_FALSE(p.value(QStringLiteral("measure")).toObject().contains(QStringLiteral("unit")));
    EXPECT_EQ(p.value(QStringLiteral("baseline")).toInt(), 12);
    EXPECT_EQ(p.value(QStringLiteral("target")).toInt(), 10);

    const QVariantMap status = call<QVariantMap>("measureStatus", QStringLiteral("assessments/phq9"));
    EXPECT_TRUE(status.value(QStringLiteral("available")).toBool());
    EXPECT_EQ(status.value(QStringLiteral("total")).toInt(), 12);
    EXPECT_EQ(status.value(QStringLiteral("band")).toString(), QStringLiteral("moderate"));
    const QString day = QLocale().toString(QDateTime::currentDateTimeUtc().addDays(-2).toLocalTime().date(), QStringLiteral("d MMM yyyy"));
    EXPECT_EQ(status.value(QStringLiteral("message")).toString(), QStringLiteral("Your latest PHQ-9 total is 12 (moderate), from %1.").arg(day));

    // A new total moves the overview's bar; "below 10" is reached at 9.
    addPhq9(*store, *plugins, 11, QStringLiteral("moderate"), 0);
    QCoreApplication::processEvents();
    QVariantMap item = backend->property("goals").toList().first().toMap();
    EXPECT_NEAR(item.value(QStringLiteral("progress")).toDouble(), 1.0 / 3.0, 1e-9); // from 12 towards 9
    EXPECT_TRUE(item.value(QStringLiteral("progressLabel")).toString().startsWith(QStringLiteral("PHQ-9 total 11 on ")));
    EXPECT_TRUE(item.value(QStringLiteral("progressLabel")).toString().endsWith(QStringLiteral(" · aiming for below 10")));
    addPhq9(*store, *plugins, 8, QStringLiteral("mild"), 0);
    QCoreApplication::processEvents();
    item = backend->property("goals").toList().first().toMap();
    EXPECT_DOUBLE_EQ(item.value(QStringLiteral("progress")).toDouble(), 1.0);
    EXPECT_TRUE(item.value(QStringLiteral("progressLabel")).toString().endsWith(QStringLiteral(" · below 10")));

    // The goal's page: every total for the chart, oldest first; check-ins carry no number of their own.
    const QString checkin = call<QString>("addCheckin", id, 5.0, QStringLiteral("improving"), QStringLiteral("Walked twice"));
    ASSERT_FALSE(checkin.isEmpty()) << lastError().toStdString();
    EXPECT_FALSE(store->get(checkin)->payload.contains(QStringLiteral("value")));
    const QVariantMap loaded = call<QVariantMap>("loadGoal", id);
    EXPECT_EQ(loaded.value(QStringLiteral("measureSource")).toString(), QStringLiteral("assessments/phq9"));
    const QVariantList points = loaded.value(QStringLiteral("totalPoints")).toList();
    ASSERT_EQ(points.size(), 4);
    EXPECT_EQ(points.first().toMap().value(QStringLiteral("value")).toInt(), 16);
    EXPECT_EQ(points.last().toMap().value(QStringLiteral("value")).toInt(), 8);
    EXPECT_GE(loaded.value(QStringLiteral("totalDays")).toInt(), 30);
    EXPECT_DOUBLE_EQ(loaded.value(QStringLiteral("totalProgress")).toDouble(), 1.0);
    EXPECT_TRUE(loaded.value(QStringLiteral("points")).toList().isEmpty());
    EXPECT_EQ(loaded.value(QStringLiteral("checkins")).toList().first().toMap().value(QStringLiteral("value")).toString(), QString());
    // The totals are a measure, not something done: not offered as evidence.
    for (const QVariant& k : backend->property("evidenceKinds").toList())
        EXPECT_NE(k.toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("assessments/phq9"));
}

TEST_F(GoalsModuleTest, APhq9GoalWithoutTotalsSaysSoCalmly)
{
    const QString id = call<QString>("saveGoal", QString(), phq9Goal(QStringLiteral("10")));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_FALSE(store->get(id)->payload.contains(QStringLiteral("baseline"))); // nothing to start from yet
    const QVariantMap status = call<QVariantMap>("measureStatus", QStringLiteral("assessments/phq9"));
    EXPECT_FALSE(status.value(QStringLiteral("available")).toBool());
    const QString message = status.value(QStringLiteral("message")).toString();
    EXPECT_FALSE(message.isEmpty());
    if (!plugins->find(QStringLiteral("assessments"))) {
        EXPECT_TRUE(message.contains(QStringLiteral("not installed"))) << message.toStdString();
    }
    QCoreApplication::processEvents();
    const QVariantMap item = backend->property("goals").toList().first().toMap();
    EXPECT_LT(item.value(QStringLiteral("progress")).toDouble(), 0); // no bar, and no verdict
    EXPECT_EQ(item.value(QStringLiteral("progressLabel")).toString(), QStringLiteral("No PHQ-9 total to show yet"));
    const QVariantMap loaded = call<QVariantMap>("loadGoal", id);
    EXPECT_TRUE(loaded.value(QStringLiteral("totalPoints")).toList().isEmpty());
    EXPECT_LT(loaded.value(QStringLiteral("totalProgress")).toDouble(), 0);
}

TEST_F(GoalsModuleTest, APhq9GoalRefusesTotalsOutOfRangeNamingTheField)
{
    for (const char* target : {"30", "0", "9.5"}) {
        EXPECT_TRUE(call<QString>("saveGoal", QString(), phq9Goal(QLatin1String(target))).isEmpty()) << target;
        EXPECT_TRUE(lastError().startsWith(QStringLiteral("Aiming for:"))) << lastError().toStdString();
    }
    QVariantMap g = phq9Goal(QStringLiteral("10"));
    g[QStringLiteral("baseline")] = QStringLiteral("28");
    EXPECT_TRUE(call<QString>("saveGoal", QString(), g).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Starting from:"))) << lastError().toStdString();
    // Straight to the journal: refused by the module, naming the field.
    sdk::EntryDraft d;
    d.title = QStringLiteral("d");
    d.payload = QJsonObject{
        {QStringLiteral("key"), QStringLiteral("k")}, {QStringLiteral("description"), QStringLiteral("d")},
        {QStringLiteral("measure"), QJsonObject{{QStringLiteral("source"), QStringLiteral("assessments/phq9")}}},
        {QStringLiteral("target"), 40}, {QStringLiteral("lifecycle"), QStringLiteral("active")},
        {QStringLiteral("achievement"), QStringLiteral("in-progress")}};
    d.kind = QStringLiteral("goals/goal");
    auto refused = plugins->validate(d);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("payload.target"));
    d.payload.insert(QStringLiteral("measure"), QJsonObject{{QStringLiteral("source"), QStringLiteral("cbt/thought-record")}});
    d.payload.insert(QStringLiteral("target"), 3);
    refused = plugins->validate(d);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("payload.measure.source"));
    // A goal saved before the measure existed is still valid as it is.
    d.payload.insert(QStringLiteral("measure"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("walks")}});
    d.payload.insert(QStringLiteral("target"), 40);
    EXPECT_OK(plugins->validate(d));
}
