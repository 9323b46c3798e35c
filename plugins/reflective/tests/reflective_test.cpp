// The reflective journal (issue 28): its counts with values worked out by
// hand, then through a real host (the bundled modules from the build, the
// real plugin manager and journal file).
#include "../src/reflectivestats.h"

#include "app/timelinemodel.h"
#include "host/host.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "moduletest.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using namespace tessera::reflective;

namespace {

// ---- Counts, by hand ----

EpisodePoint episode(const char* id, int day, const char* person, QStringList w, QStringList o, QStringList s)
{
    return EpisodePoint{QString::fromLatin1(id), QDate(2026, 10, day), QString::fromLatin1(person), std::move(w), std::move(o), std::move(s)};
}

TEST(RelationshipPatternsTest, CountsWordsAndWhatComesBackTogether)
{
    const QString heard = QStringLiteral("To be listened to");
    const QString off = QStringLiteral("Brushed me off");
    const QString quiet = QStringLiteral("Went quiet");
    const QList<EpisodePoint> episodes{
        episode("a", 1, "my manager", {heard}, {off}, {quiet}),
        episode("b", 5, "Sam", {QStringLiteral("to be  LISTENED to")}, {off}, {quiet, QStringLiteral("Felt small")}),
        episode("c", 9, "Jo", {QStringLiteral("To be looked after")}, {QStringLiteral("Too busy")}, {QStringLiteral("Coped alone")}),
        episode("d", 12, "my manager", {heard, heard}, {off}, {QStringLiteral("Felt small")}),
        episode("e", 20, "Jo", {QStringLiteral("To be looked after")}, {QStringLiteral("Too busy")}, {QStringLiteral("Coped alone")}),
        episode("f", 25, "Sam", {heard}, {QStringLiteral("Listened")}, {QStringLiteral("Felt close")}),
    };
    const RelationshipPatterns p = relationshipPatterns(episodes);
    EXPECT_EQ(p.episodes, 6);

    // Wishes: "to be listened to" in a, b, d, f (4; twice in d counts once), shown as last
    // written ("To be listened to", f on the 25th), with my manager 2, Sam 2; "To be
    // looked after" in c, e (2), with Jo 2.
    ASSERT_EQ(p.wishes.size(), 2);
    EXPECT_EQ(p.wishes[0].tag, heard);
    EXPECT_EQ(p.wishes[0].count, 4);
    EXPECT_EQ(p.wishes[0].last, QDate(2026, 10, 25));
    EXPECT_EQ(p.wishes[0].people, (QList<QPair<QString, int>>{{QStringLiteral("my manager"), 2}, {QStringLiteral("Sam"), 2}}));
    EXPECT_EQ(p.wishes[1].tag, QStringLiteral("To be looked after"));
    EXPECT_EQ(p.wishes[1].count, 2);

    // Responses of others: brushed off 3 (a, b, d), too busy 2, listened 1.
    ASSERT_EQ(p.others.size(), 3);
    EXPECT_EQ(p.others[0].tag, off);
    EXPECT_EQ(p.others[0].count, 3);
    EXPECT_EQ(p.others[2].tag, QStringLiteral("Listened"));

    // Responses of self: went quiet 2 (a, b; last the 5th), felt small 2 (b, d; last the
    // 12th), coped alone 2 (c, e; last the 20th), felt close 1. Ties: the most recent first.
    ASSERT_EQ(p.selves.size(), 4);
    EXPECT_EQ(p.selves[0].tag, QStringLiteral("Coped alone"));
    EXPECT_EQ(p.selves[1].tag, QStringLiteral("Felt small"));
    EXPECT_EQ(p.selves[2].tag, quiet);
    EXPECT_EQ(p.selves[3].count, 1);

    // Together twice or more: heard/off/quiet (a, b: 2, last the 5th), heard/off/small
    // (b, d: 2, last the 12th), looked after/busy/coped (c, e: 2, last the 20th).
    ASSERT_EQ(p.recurring.size(), 3);
    EXPECT_EQ(p.recurring[0].wish, QStringLiteral("To be looked after"));
    EXPECT_EQ(p.recurring[0].count, 2);
    EXPECT_EQ(p.recurring[0].people, QStringList{QStringLiteral("Jo")});
    EXPECT_EQ(p.recurring[1].self, QStringLiteral("Felt small"));
    EXPECT_EQ(p.recurring[1].people, (QStringList{QStringLiteral("my manager"), QStringLiteral("Sam")}));
    EXPECT_EQ(p.recurring[2].self, quiet);
    EXPECT_EQ(p.recurring[2].last, QDate(2026, 10, 5));
    // Written "to be  LISTENED to" in b, but shown as most recently written anywhere (f).
    EXPECT_EQ(p.recurring[2].wish, heard);

    // People: my manager 2, Sam 2, Jo 2; ties by the most recent (Sam the 25th, Jo the 20th, manager the 12th).
    ASSERT_EQ(p.people.size(), 3);
    EXPECT_EQ(p.people[0].tag, QStringLiteral("Sam"));
    EXPECT_EQ(p.people[1].tag, QStringLiteral("Jo"));
    EXPECT_EQ(p.people[2].tag, QStringLiteral("my manager"));
}

TEST(ThemesOverTimeTest, CountsByMonthWithTheEntriesNewestFirst)
{
    const QList<ThemePoint> points{
        {QStringLiteral("r1"), QDate(2026, 9, 3), {QStringLiteral("Not being heard"), QStringLiteral("Family")}},
        {QStringLiteral("e1"), QDate(2026, 9, 20), {QStringLiteral("not being HEARD")}},
        {QStringLiteral("r2"), QDate(2026, 10, 2), {QStringLiteral("Family"), QStringLiteral("Family")}},
        {QStringLiteral("e2"), QDate(2026, 10, 15), {QStringLiteral("Not being heard")}},
        {QStringLiteral("r3"), QDate(2026, 11, 1), {}},
    };
    const QList<ThemeFigure> t = themesOverTime(points);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].theme, QStringLiteral("Not being heard"));
    EXPECT_EQ(t[0].count, 3);
    EXPECT_EQ(t[0].first, QDate(2026, 9, 3));
    EXPECT_EQ(t[0].last, QDate(2026, 10, 15));
    EXPECT_EQ(t[0].months, (QList<QPair<QDate, int>>{{QDate(2026, 9, 1), 2}, {QDate(2026, 10, 1), 1}}));
    EXPECT_EQ(t[0].entryIds, (QStringList{QStringLiteral("e2"), QStringLiteral("e1"), QStringLiteral("r1")}));
    EXPECT_EQ(t[1].theme, QStringLiteral("Family"));
    EXPECT_EQ(t[1].count, 2); // twice in r2 counts once
    EXPECT_EQ(t[1].months, (QList<QPair<QDate, int>>{{QDate(2026, 9, 1), 1}, {QDate(2026, 10, 1), 1}}));
}

TEST(SuggestWordsTest, MostUsedFirstThenMostRecentFilteredByWhatIsTyped)
{
    // Newest first: "Went quiet" 3 times, "Felt small" 2 (newest in entry 0), "Coped alone" 2 (newest in entry 1).
    const QList<QStringList> earlier{
        {QStringLiteral("Felt small"), QStringLiteral("went quiet")},
        {QStringLiteral("Coped alone")},
        {QStringLiteral("Went Quiet"), QStringLiteral("Felt small"), QStringLiteral("felt small")},
        {QStringLiteral("Coped alone"), QStringLiteral("Went quiet")},
    };
    EXPECT_EQ(suggestWords(earlier, {}, {}, 10),
              (QStringList{QStringLiteral("went quiet"), QStringLiteral("Felt small"), QStringLiteral("Coped alone")}));
    EXPECT_EQ(suggestWords(earlier, QStringLiteral("FELT"), {}, 10), QStringList{QStringLiteral("Felt small")});
    EXPECT_EQ(suggestWords(earlier, {}, {QStringLiteral("WENT QUIET")}, 1), QStringList{QStringLiteral("Felt small")});
    EXPECT_TRUE(suggestWords({}, {}, {}, 5).isEmpty());
}

// ---- Through a real host ----

const QString kModule = QStringLiteral("reflective");

class ReflectiveTest : public test::HostModuleTest {
protected:
    ReflectiveTest() : HostModuleTest(kModule) {}
    QString refused(const QString& kind, const QJsonObject& payload)
    {
        sdk::EntryDraft d;
        d.kind = kModule + QLatin1Char('/') + kind;
        d.title = QStringLiteral("x");
        d.payload = payload;
        auto r = host->store()->add(d);
        return r.ok() ? QString() : r.error().field;
    }

};

TEST_F(ReflectiveTest, AMomentIsCheckedSavedAndItsWordsSuggestedNextTime)
{
    EXPECT_FALSE(call<bool>("saveEpisode", QString(), QVariantMap{{QStringLiteral("happened"), QStringLiteral("x")}}));
    EXPECT_EQ(lastError(), QStringLiteral("Say who the moment was with, in any words: \"my sister\", \"someone at work\"."));
    EXPECT_FALSE(call<bool>("saveEpisode", QString(), QVariantMap{{QStringLiteral("person"), QStringLiteral("Sam")}}));
    EXPECT_EQ(lastError(), QStringLiteral("Write a few words about what happened."));
    const QVariantMap form{{QStringLiteral("person"), QStringLiteral(" Sam ")},
                           {QStringLiteral("happened"), QStringLiteral("Dinner")},
                           {QStringLiteral("wish"), QStringLiteral("To be heard")},
                           {QStringLiteral("wishTags"), QStringList{QStringLiteral("To be listened to"), QStringLiteral("to be listened TO"), QStringLiteral(" ")}},
                           {QStringLiteral("otherTags"), QStringList{QStringLiteral("Brushed me off")}},
                           {QStringLiteral("expected"), true},
                           {QStringLiteral("selfTags"), QStringList{QStringLiteral("Went quiet")}},
                           {QStringLiteral("themes"), QStringList{QStringLiteral("Not being heard")}}};
    ASSERT_TRUE(call<bool>("saveEpisode", QString(), form)) << lastError().toStdString();
    const QString id = test::newestIdOf(*host->store(), QStringLiteral("reflective/episode"));
    const auto stored = host->store()->get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->title, QStringLiteral("A moment with Sam"));
    EXPECT_EQ(stored->payload.value(QStringLiteral("wishTags")).toArray(), QJsonArray{QStringLiteral("To be listened to")});
    EXPECT_TRUE(stored->payload.value(QStringLiteral("expected")).toBool());
    EXPECT_EQ(call<QVariantMap>("loadEpisode", id).value(QStringLiteral("selfTags")).toStringList(), QStringList{QStringLiteral("Went quiet")});

    QVariantMap again = form;
    again.insert(QStringLiteral("person"), QStringLiteral("my manager"));
    again.insert(QStringLiteral("selfTags"), QStringList{QStringLiteral("Felt small")});
    ASSERT_TRUE(call<bool>("saveEpisode", QString(), again));
    const QVariantMap s = call<QVariantMap>("suggestionsNow");
    EXPECT_EQ(s.value(QStringLiteral("people")).toStringList(), (QStringList{QStringLiteral("my manager"), QStringLiteral("Sam")}));
    EXPECT_EQ(s.value(QStringLiteral("wishes")).toStringList(), QStringList{QStringLiteral("To be listened to")});
    EXPECT_EQ(s.value(QStringLiteral("selves")).toStringList(), (QStringList{QStringLiteral("Felt small"), QStringLiteral("Went quiet")}));
    EXPECT_EQ(s.value(QStringLiteral("themes")).toStringList(), QStringList{QStringLiteral("Not being heard")});
    EXPECT_EQ(backend->property("episodes").toList().size(), 2);
    EXPECT_TRUE(offers.isEmpty());
}

TEST_F(ReflectiveTest, AReflectionNeedsOnePromptAnswered)
{
    EXPECT_FALSE(call<bool>("saveReflection", QString(), QVariantMap{{QStringLiteral("themes"), QStringList{QStringLiteral("Family")}}}));
    EXPECT_EQ(lastError(), QStringLiteral("Write something for any one of the prompts; the others can stay empty."));
    ASSERT_TRUE(call<bool>("saveReflection", QString(), QVariantMap{{QStringLiteral("dream"), QStringLiteral("A crowded room")},
                                                                    {QStringLiteral("themes"), QStringList{QStringLiteral("Family")}}}));
    const QVariantList list = backend->property("reflections").toList();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toMap().value(QStringLiteral("summary")).toString(), QStringLiteral("A crowded room"));
    const QString id = list.first().toMap().value(QStringLiteral("id")).toString();
    ASSERT_TRUE(call<bool>("saveReflection", id, QVariantMap{{QStringLiteral("dream"), QStringLiteral("A crowded room, then quiet")}}));
    EXPECT_EQ(host->store()->history(id)->size(), 1); // the edit keeps the earlier version
}

TEST_F(ReflectiveTest, BadPayloadsAreRefusedNamingTheField)
{
    EXPECT_EQ(refused(QStringLiteral("episode"), {{QStringLiteral("happened"), QStringLiteral("x")}}), QStringLiteral("payload.person"));
    EXPECT_EQ(refused(QStringLiteral("episode"), {{QStringLiteral("person"), QStringLiteral("Sam")}, {QStringLiteral("happened"), QStringLiteral("x")},
                                                  {QStringLiteral("wishTags"), QJsonArray{1, 2}}}),
              QStringLiteral("payload.wishTags[0]"));
    EXPECT_EQ(refused(QStringLiteral("reflection"), {{QStringLiteral("themes"), QJsonArray{QStringLiteral("x")}}}), QStringLiteral("payload.memory"));
    EXPECT_EQ(refused(QStringLiteral("reflection"), {{QStringLiteral("dream"), QString(2001, QLatin1Char('x'))}}), QStringLiteral("payload.dream"));
}

TEST_F(ReflectiveTest, TheDemoHasTwoPatternsThatComeBack)
{
    ASSERT_OK(host->seedDemo(QDateTime::currentDateTimeUtc(), 90));
    settle();
    const QVariantMap p = call<QVariantMap>("patternsNow", 3);
    EXPECT_EQ(p.value(QStringLiteral("episodes")).toInt(), 12);
    const QVariantList recurring = p.value(QStringLiteral("recurring")).toList();
    ASSERT_GE(recurring.size(), 2);
    QStringList wishes;
    for (const QVariant& r : recurring)
        wishes << r.toMap().value(QStringLiteral("wish")).toString();
    EXPECT_TRUE(wishes.contains(QStringLiteral("To be listened to")));
    EXPECT_TRUE(wishes.contains(QStringLiteral("To be looked after")));
    EXPECT_EQ(recurring.first().toMap().value(QStringLiteral("count")).toInt(), 5); // listened to / brushed off / went quiet
    EXPECT_TRUE(p.value(QStringLiteral("summary")).toString().contains(QStringLiteral("wanting \"To be listened to\"")));
    const QVariantList themes = call<QVariantList>("themesNow");
    ASSERT_FALSE(themes.isEmpty());
    EXPECT_EQ(themes.first().toMap().value(QStringLiteral("theme")).toString(), QStringLiteral("Not being heard"));
    EXPECT_EQ(call<QVariantMap>("patternsNow", 0).value(QStringLiteral("episodes")).toInt(), 12);
}

// Any entry can go to the next session: the sessions module's mark on the timeline card.
TEST_F(ReflectiveTest, AnEntryCanBeMarkedForTheNextSession)
{
    ASSERT_TRUE(call<bool>("saveReflection", QString(), QVariantMap{{QStringLiteral("therapy"), QStringLiteral("Odd to be listened to")}}));
    const QString id = test::newestIdOf(*host->store(), QStringLiteral("reflective/reflection"));
    TimelineModel timeline(*host->store(), host->plugins());
    ASSERT_EQ(timeline.setMarked(id, QStringLiteral("sessions"), true), QString());
    settle();
    QObject* sessions = host->plugins().find(QStringLiteral("sessions"))->plugin->backend();
    const QVariantList marked = sessions->property("next").toMap().value(QStringLiteral("marked")).toList();
    ASSERT_EQ(marked.size(), 1);
    EXPECT_EQ(marked.first().toMap().value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(marked.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Reflection"));
}

TEST_F(ReflectiveTest, WordsOfRiskOfferSupportEvenBeforeASave)
{
    EXPECT_FALSE(call<bool>("saveEpisode", QString(), QVariantMap{{QStringLiteral("happened"), QStringLiteral("I wanted to die after the call")}}));
    EXPECT_EQ(offers, QStringList{QStringLiteral("reflective:risk-words")});
    ASSERT_TRUE(call<bool>("saveReflection", QString(), QVariantMap{{QStringLiteral("theme"), QStringLiteral("Everyone would be better off without me")}}));
    EXPECT_EQ(offers.size(), 2);
}

} // namespace
