// The relationships module: its insights directly, the rest through the
// real plugin manager on a real journal file.
#include "../src/iptinsights.h"

#include "moduletest.h"

#include <QCoreApplication>
#include <QMap>

using namespace tessera;
using namespace tessera::ipt;

namespace {

sdk::Entry event(const char* person, const char* key, const char* tone, std::optional<int> mood)
{
    sdk::Entry e;
    e.kind = QStringLiteral("ipt/event");
    e.mood = mood;
    e.payload = QJsonObject{{QStringLiteral("person"), QString::fromUtf8(person)}, {QStringLiteral("tone"), QString::fromUtf8(tone)},
                            {QStringLiteral("event"), QStringLiteral("x")}};
    if (key)
        e.payload.insert(QStringLiteral("personKey"), QString::fromUtf8(key));
    return e;
}

// What Journal::aggregate() returns for these events, grouped by a payload
// field with value "mood" (the module's test checks the real one).
QList<sdk::AggregateRow> rowsBy(const QList<sdk::Entry>& events, const QString& field)
{
    QMap<QString, sdk::AggregateRow> rows;
    for (const sdk::Entry& e : events) {
        sdk::AggregateRow& r = rows[e.payload.value(field).toString()];
        r.group = e.payload.value(field).toString();
        ++r.count;
        if (e.mood) {
            ++r.valued;
            r.sum += *e.mood;
            r.average = r.sum / r.valued;
        }
    }
    return rows.values();
}

MoodInsights insightsOf(const QList<sdk::Entry>& events)
{
    return moodInsights(rowsBy(events, QStringLiteral("person")), rowsBy(events, QStringLiteral("tone")));
}

class IptModuleTest : public test::ModuleTest {
protected:
    void SetUp() override { start(QStringList{QStringLiteral("ipt"), QStringLiteral("journal")}, QStringLiteral("ipt")); }
    QVariantMap person(const QString& name, const QString& circle) const
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("relationship"), QStringLiteral("friend")},
                {QStringLiteral("circle"), circle}, {QStringLiteral("contact"), QStringLiteral("weekly")},
                {QStringLiteral("supportGiven"), 6}, {QStringLiteral("supportReceived"), -1}, {QStringLiteral("confidant"), true},
                {QStringLiteral("unsatisfying"), QStringLiteral("  ")}, {QStringLiteral("change"), QStringLiteral("See each other more")}};
    }
};

} // namespace

TEST(IptInsightsTest, PeopleAndTonesAgainstTheUsualMood)
{
    const QList<sdk::Entry> events{event("Sam", "k-sam", "supportive", 8), event("Sam", "k-sam", "supportive", 8),
                                   event("Priya", "k-priya", "difficult", 3), event("Priya", "k-priya", "difficult", 4),
                                   event("Priya", "k-priya", "mixed", 5), event("Lee", nullptr, "mixed", 6),
                                   event("lee", nullptr, "mixed", 6), event("Jo", "k-jo", "supportive", 9),
                                   event("Sam", "k-sam", "supportive", std::nullopt)};
    const MoodInsights in = insightsOf(events);
    EXPECT_EQ(in.events, 8);
    EXPECT_DOUBLE_EQ(in.overall, 49.0 / 8);
    ASSERT_EQ(in.people.size(), 3) << "Jo has one event only";
    EXPECT_EQ(in.people.at(0).name, QStringLiteral("Priya")); // 4.0, the largest difference
    EXPECT_DOUBLE_EQ(in.people.at(0).average, 4.0);
    EXPECT_NEAR(in.people.at(0).difference, 4.0 - 49.0 / 8, 1e-9);
    EXPECT_EQ(in.people.at(1).name, QStringLiteral("Sam"));
    EXPECT_EQ(in.people.at(1).count, 2);
    EXPECT_EQ(in.people.at(2).count, 2) << "names are grouped case-insensitively";
    ASSERT_EQ(in.tones.size(), 3);
    EXPECT_EQ(in.tones.at(0).key, QStringLiteral("supportive"));
    EXPECT_NEAR(in.tones.at(0).average, 25.0 / 3, 1e-9);
    EXPECT_EQ(insightsOf({}).events, 0);
}

TEST_F(IptModuleTest, FocusIsOneEntryRevisedOverTime)
{
    EXPECT_TRUE(call<QString>("setFocus", QStringLiteral("money"), QString()).isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Choose one of the four areas first."));
    const QString id = call<QString>("setFocus", QStringLiteral("disputes"), QStringLiteral("Arguments with Mum"));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(call<QString>("setFocus", QStringLiteral("transitions"), QStringLiteral("The new job matters more")), id);
    QCoreApplication::processEvents();
    const QVariantMap focus = backend->property("focus").toMap();
    EXPECT_EQ(focus.value(QStringLiteral("areaTitle")).toString(), QStringLiteral("Role transitions"));
    EXPECT_FALSE(focus.value(QStringLiteral("explanation")).toString().isEmpty());
    EXPECT_EQ(store->history(id)->size(), 1);
    EXPECT_EQ(store->history(id)->first().entry.payload.value(QStringLiteral("area")).toString(), QStringLiteral("disputes"));
    EXPECT_EQ(backend->property("areas").toList().size(), 4);
}

TEST_F(IptModuleTest, InventoryCardsKeepEveryFieldAndSortByCloseness)
{
    const QString outer = call<QString>("savePerson", QString(), person(QStringLiteral("Priya"), QStringLiteral("outer")));
    const QString inner = call<QString>("savePerson", QString(), person(QStringLiteral("Sam"), QStringLiteral("inner")));
    ASSERT_FALSE(outer.isEmpty()) << lastError().toStdString();
    ASSERT_FALSE(inner.isEmpty());
    const QJsonObject p = store->get(inner)->payload;
    EXPECT_EQ(p.value(QStringLiteral("supportGiven")).toInt(), 6);
    EXPECT_FALSE(p.contains(QStringLiteral("supportReceived")));
    EXPECT_FALSE(p.contains(QStringLiteral("unsatisfying")));
    EXPECT_TRUE(p.value(QStringLiteral("confidant")).toBool());
    EXPECT_EQ(p.value(QStringLiteral("key")).toString().size(), 8);
    EXPECT_EQ(store->get(inner)->title, QStringLiteral("Sam (friend)"));
    EXPECT_EQ(store->get(inner)->summary, QStringLiteral("inner circle · every week or so · someone to confide in"));
    QCoreApplication::processEvents();
    const QVariantList people = backend->property("people").toList();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Sam"));

    // Editing keeps the key other entries refer to.
    QVariantMap edit = call<QVariantMap>("loadEntry", inner);
    edit[QStringLiteral("circle")] = QStringLiteral("middle");
    EXPECT_EQ(call<QString>("savePerson", inner, edit), inner);
    EXPECT_EQ(store->get(inner)->payload.value(QStringLiteral("key")), p.value(QStringLiteral("key")));
    EXPECT_EQ(store->get(inner)->payload.value(QStringLiteral("circle")).toString(), QStringLiteral("middle"));

    QVariantMap bad = person(QStringLiteral("X"), QStringLiteral("closest"));
    EXPECT_TRUE(call<QString>("savePerson", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.circle"))) << lastError().toStdString();
    bad = person(QStringLiteral(""), QStringLiteral("inner"));
    EXPECT_TRUE(call<QString>("savePerson", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Give the person a name")));
    EXPECT_TRUE(call<QString>("savePerson", outer.left(8), person(QStringLiteral("Y"), QStringLiteral("inner"))).isEmpty());
}

TEST_F(IptModuleTest, WorksheetsAreRevisitedWithTheirHistory)
{
    QVariantMap t{{QStringLiteral("title"), QStringLiteral("Going back to work")}, {QStringLiteral("lost"), QStringLiteral("Rest")},
                  {QStringLiteral("opportunities"), QStringLiteral("Feeling useful")}};
    const QString tid = call<QString>("saveTransition", QString(), t);
    ASSERT_FALSE(tid.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(store->get(tid)->payload.value(QStringLiteral("oldRole")).toObject().value(QStringLiteral("lost")).toString(), QStringLiteral("Rest"));
    EXPECT_EQ(store->get(tid)->summary, QStringLiteral("2 of 7 parts written"));
    t[QStringLiteral("skills")] = QStringLiteral("Saying no to extra work");
    EXPECT_EQ(call<QString>("saveTransition", tid, t), tid);
    EXPECT_EQ(store->get(tid)->summary, QStringLiteral("3 of 7 parts written"));
    const QVariantList versions = call<QVariantList>("versions", tid);
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions.first().toMap().value(QStringLiteral("summary")).toString(), QStringLiteral("2 of 7 parts written"));
    const QVariantMap loaded = call<QVariantMap>("loadEntry", tid);
    EXPECT_EQ(loaded.value(QStringLiteral("title")).toString(), QStringLiteral("Going back to work"));
    EXPECT_EQ(loaded.value(QStringLiteral("lost")).toString(), QStringLiteral("Rest"));

    QVariantMap d{{QStringLiteral("person"), QStringLiteral("Mum")}, {QStringLiteral("issue"), QStringLiteral("Sunday visits")},
                  {QStringLiteral("stage"), QStringLiteral("impasse")}, {QStringLiteral("theirExpectations"), QStringLiteral("Every week")}};
    const QString did = call<QString>("saveDispute", QString(), d);
    ASSERT_FALSE(did.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(store->get(did)->title, QStringLiteral("Role dispute with Mum: Sunday visits"));
    EXPECT_EQ(store->get(did)->summary, QStringLiteral("where it stands: stuck"));
    d[QStringLiteral("stage")] = QStringLiteral("over");
    EXPECT_TRUE(call<QString>("saveDispute", did, d).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.stage")));
    d[QStringLiteral("stage")] = QStringLiteral("renegotiation");
    EXPECT_EQ(call<QString>("saveDispute", did, d), did);
    QCoreApplication::processEvents();
    EXPECT_EQ(backend->property("disputes").toList().first().toMap().value(QStringLiteral("versions")).toInt(), 1);
    EXPECT_TRUE(call<QString>("saveTransition", did, t).isEmpty()) << "a dispute is not a transition";
}

TEST_F(IptModuleTest, ConversationsAndMoodEventsFeedTheInsights)
{
    const QString c = call<QString>("saveCommunication", QString(),
                                    QVariantMap{{QStringLiteral("person"), QStringLiteral("Priya")},
                                                {QStringLiteral("situation"), QStringLiteral("Asked to stay late")},
                                                {QStringLiteral("said"), QStringLiteral("Fine")}, {QStringLiteral("differently"), QStringLiteral("Not tonight")}});
    ASSERT_FALSE(c.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(store->get(c)->title, QStringLiteral("A conversation with Priya"));
    EXPECT_TRUE(call<QString>("saveCommunication", QString(), QVariantMap{{QStringLiteral("person"), QStringLiteral("Priya")}}).isEmpty());

    for (int mood : {3, 4, 2}) {
        EXPECT_FALSE(call<QString>("logEvent", QString(), QVariantMap{{QStringLiteral("person"), QStringLiteral("Priya")},
                                                                      {QStringLiteral("event"), QStringLiteral("Meeting")},
                                                                      {QStringLiteral("tone"), QStringLiteral("difficult")},
                                                                      {QStringLiteral("mood"), mood}}).isEmpty()) << lastError().toStdString();
    }
    for (int mood : {8, 9}) {
        call<QString>("logEvent", QString(), QVariantMap{{QStringLiteral("person"), QStringLiteral("Sam")}, {QStringLiteral("event"), QStringLiteral("Walk")},
                                                         {QStringLiteral("tone"), QStringLiteral("supportive")}, {QStringLiteral("mood"), mood}});
    }
    EXPECT_TRUE(call<QString>("logEvent", QString(), QVariantMap{{QStringLiteral("person"), QStringLiteral("Sam")}, {QStringLiteral("event"), QStringLiteral("x")},
                                                                 {QStringLiteral("tone"), QStringLiteral("supportive")}}).isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Rate your mood from 0 to 10."));
    QCoreApplication::processEvents();
    const QVariantMap in = backend->property("insights").toMap();
    EXPECT_EQ(in.value(QStringLiteral("events")).toInt(), 5);
    EXPECT_DOUBLE_EQ(in.value(QStringLiteral("overall")).toDouble(), 5.2);
    const QVariantList people = in.value(QStringLiteral("people")).toList();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Sam"));
    EXPECT_EQ(people.at(0).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("3.3 higher than your usual"));
    EXPECT_EQ(people.at(1).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("2.2 lower than your usual"));
    const QString first = backend->property("events").toList().last().toMap().value(QStringLiteral("id")).toString();
    EXPECT_EQ(store->get(first)->mood, 3);
    EXPECT_TRUE(call<bool>("remove", first));
    EXPECT_TRUE(store->get(first)->isDeleted());
    EXPECT_TRUE(call<bool>("restore", first));
}

TEST_F(IptModuleTest, SamplesValidateAndShowAPattern)
{
    sdk::SampleRequest req;
    req.now = QDateTime(QDate(2026, 6, 1), QTime(7, 0), Qt::UTC);
    req.days = 120;
    QSet<QString> kinds;
    QList<sdk::Entry> events;
    for (const auto& d : plugins->sampleEntries(req)) {
        if (!d.kind.startsWith(QLatin1String("ipt/")))
            continue;
        EXPECT_OK(plugins->validate(d));
        EXPECT_LE(d.occurredAt, req.now);
        kinds.insert(d.kind);
        if (d.kind == QLatin1String("ipt/event")) {
            sdk::Entry e;
            e.mood = d.mood;
            e.payload = d.payload;
            events << e;
        }
    }
    EXPECT_EQ(kinds.size(), 7); // with life events around the onset of the low mood
    const MoodInsights in = insightsOf(events);
    EXPECT_GT(in.events, 20);
    ASSERT_GE(in.people.size(), 3);
    EXPECT_GT(std::abs(in.people.first().difference), 1.0) << "the samples show who goes with mood";
}

// Issue 17: "interpersonal deficits" is a dated, stigmatising term. The stored
// id stays "deficits" (old entries still read), but nothing shown says it.
TEST_F(IptModuleTest, IsolationIsNamedInPlainWordsWithItsIdKept)
{
    bool found = false;
    for (const QVariant& a : backend->property("areas").toList()) {
        const QVariantMap m = a.toMap();
        for (const char* k : {"title", "explanation", "work"})
            EXPECT_FALSE(m.value(QLatin1String(k)).toString().contains(QStringLiteral("deficit"), Qt::CaseInsensitive)) << k;
        if (m.value(QStringLiteral("code")).toString() == QLatin1String("deficits")) {
            found = true;
            EXPECT_TRUE(m.value(QStringLiteral("title")).toString().contains(QStringLiteral("isolation"), Qt::CaseInsensitive));
            EXPECT_TRUE(m.value(QStringLiteral("title")).toString().contains(QStringLiteral("loneliness"), Qt::CaseInsensitive));
        }
    }
    EXPECT_TRUE(found);
    const QString id = call<QString>("setFocus", QStringLiteral("deficits"), QString());
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(store->get(id)->payload.value(QStringLiteral("area")).toString(), QStringLiteral("deficits"));
    EXPECT_FALSE(store->get(id)->title.contains(QStringLiteral("deficit"), Qt::CaseInsensitive)) << store->get(id)->title.toStdString();
    QCoreApplication::processEvents();
    EXPECT_FALSE(backend->property("focus").toMap().value(QStringLiteral("areaTitle")).toString().contains(QStringLiteral("deficit")));
}

// Issue 17: grief and isolation worksheets beside the transition and dispute
// ones, revisited with every version kept.
TEST_F(IptModuleTest, GriefAndIsolationWorksheetsKeepEveryVersion)
{
    QVariantMap g{{QStringLiteral("person"), QStringLiteral("Dad")}, {QStringLiteral("good"), QStringLiteral("Saturday football")},
                  {QStringLiteral("hard"), QStringLiteral("  ")}};
    const QString gid = call<QString>("saveGrief", QString(), g);
    ASSERT_FALSE(gid.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(store->get(gid)->kind, QStringLiteral("ipt/grief"));
    EXPECT_EQ(store->get(gid)->title, QStringLiteral("Grief: Dad"));
    EXPECT_FALSE(store->get(gid)->payload.contains(QStringLiteral("hard")));
    EXPECT_EQ(store->get(gid)->summary, QStringLiteral("1 of 6 parts written"));
    g[QStringLiteral("support")] = QStringLiteral("My sister; the allotment group");
    EXPECT_EQ(call<QString>("saveGrief", gid, g), gid);
    EXPECT_EQ(store->get(gid)->summary, QStringLiteral("2 of 6 parts written"));
    EXPECT_EQ(call<QVariantList>("versions", gid).size(), 1);
    EXPECT_EQ(call<QVariantMap>("loadEntry", gid).value(QStringLiteral("support")).toString(), QStringLiteral("My sister; the allotment group"));
    EXPECT_TRUE(call<QString>("saveGrief", QString(), QVariantMap{}).isEmpty());
    EXPECT_FALSE(lastError().isEmpty());

    QVariantMap i{{QStringLiteral("title"), QStringLiteral("Since the move")}, {QStringLiteral("steps"), QStringLiteral("Say hello to a neighbour")}};
    const QString iid = call<QString>("saveIsolation", QString(), i);
    ASSERT_FALSE(iid.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(store->get(iid)->kind, QStringLiteral("ipt/isolation"));
    EXPECT_FALSE(store->get(iid)->title.contains(QStringLiteral("deficit"), Qt::CaseInsensitive));
    EXPECT_EQ(store->get(iid)->summary, QStringLiteral("1 of 5 parts written"));
    i[QStringLiteral("tried")] = QStringLiteral("Went to the quiz night; stayed an hour");
    EXPECT_EQ(call<QString>("saveIsolation", iid, i), iid);
    EXPECT_EQ(call<QVariantList>("versions", iid).size(), 1);
    EXPECT_TRUE(call<QString>("saveIsolation", gid, i).isEmpty()) << "a grief worksheet is not an isolation one";
    QCoreApplication::processEvents();
    ASSERT_EQ(backend->property("griefs").toList().size(), 1);
    EXPECT_EQ(backend->property("griefs").toList().first().toMap().value(QStringLiteral("versions")).toInt(), 1);
    ASSERT_EQ(backend->property("isolations").toList().size(), 1);
}

// Issue 17: a simple life-events timeline beside when the low mood began.
TEST_F(IptModuleTest, LifeEventsAreShownInOrderAroundTheOnset)
{
    EXPECT_TRUE(call<QString>("saveLifeEvent", QString(), QStringLiteral("last spring"), QStringLiteral("Moved house")).isEmpty());
    EXPECT_FALSE(lastError().isEmpty());
    EXPECT_TRUE(call<QString>("saveLifeEvent", QString(), QStringLiteral("2026-03-01"), QString()).isEmpty());
    const QString moved = call<QString>("saveLifeEvent", QString(), QStringLiteral("2025-09-01"), QStringLiteral("Moved house"));
    const QString job = call<QString>("saveLifeEvent", QString(), QStringLiteral("2025-06-15"), QStringLiteral("Lost my job"));
    const QString later = call<QString>("saveLifeEvent", QString(), QStringLiteral("2026-01-10"), QStringLiteral("Started a course"));
    ASSERT_FALSE(moved.isEmpty()) << lastError().toStdString();
    ASSERT_FALSE(job.isEmpty());
    ASSERT_FALSE(later.isEmpty());
    EXPECT_EQ(store->get(moved)->kind, QStringLiteral("ipt/lifeevent"));
    EXPECT_FALSE(call<QString>("setOnset", QStringLiteral("2025-10-01"), QStringLiteral("Stopped sleeping well")).isEmpty()) << lastError().toStdString();
    // Set again: one onset, revised.
    const QString onset = call<QString>("setOnset", QStringLiteral("2025-10-15"), QStringLiteral("Stopped sleeping well"));
    ASSERT_FALSE(onset.isEmpty());
    EXPECT_EQ(store->history(onset)->size(), 1);
    QCoreApplication::processEvents();
    const QVariantList list = backend->property("lifeEvents").toList();
    ASSERT_EQ(list.size(), 4);
    QStringList order;
    for (const QVariant& v : list)
        order << v.toMap().value(QStringLiteral("note")).toString();
    EXPECT_EQ(order, (QStringList{QStringLiteral("Lost my job"), QStringLiteral("Moved house"), QStringLiteral("Stopped sleeping well"),
                                  QStringLiteral("Started a course")}));
    EXPECT_TRUE(list.at(2).toMap().value(QStringLiteral("onset")).toBool());
    EXPECT_FALSE(list.at(0).toMap().value(QStringLiteral("onset")).toBool());
    EXPECT_EQ(list.at(1).toMap().value(QStringLiteral("relation")).toString(), QStringLiteral("6 weeks before the low mood began"));
    EXPECT_EQ(list.at(3).toMap().value(QStringLiteral("relation")).toString(), QStringLiteral("12 weeks after the low mood began"));
    EXPECT_FALSE(list.at(0).toMap().value(QStringLiteral("dateLabel")).toString().isEmpty());
    EXPECT_EQ(backend->property("onset").toMap().value(QStringLiteral("date")).toString(), QStringLiteral("2025-10-15"));
}
