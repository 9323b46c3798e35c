// The relationships module through the SDK's PluginHarness, counting what it
// reads (issue 18): lists hold their newest page and load older ones by
// cursor; a change reads again only the lists of the kinds that changed;
// the insights cover the last 12 weeks. And entries written with tessera-cli
// (a plain title, no summary) are shown with their content (issue 17).
#include <tessera/sdk/testing/pluginharness.h>

#include <QDateTime>
#include <QGuiApplication>
#include <QJsonObject>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <ostream>

using tessera::sdk::EntryDraft;
using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace {

class IptHarnessTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    // An entry as `tessera-cli entries add` writes it: a title of the client's, no summary.
    static EntryDraft cli(const char* kind, const QJsonObject& payload, const QDateTime& at = {})
    {
        EntryDraft d;
        d.kind = QStringLiteral("ipt/") + QLatin1String(kind);
        d.title = QStringLiteral("added from the command line");
        d.payload = payload;
        d.occurredAt = at;
        return d;
    }
    void addMany(const QList<EntryDraft>& drafts)
    {
        auto stored = h.addManyAsHost(drafts);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }
    QVariantList list(const char* name) const { return h.backend()->property(name).toList(); }
    QVariantMap row(const char* name, int i = 0) const { return list(name).value(i).toMap(); }
    bool more(const char* name) const { return h.backend()->property("more").toMap().value(QLatin1String(name)).toBool(); }
    bool showOlder(const char* name)
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "showOlder", Q_RETURN_ARG(bool, ok), Q_ARG(QString, QLatin1String(name))));
        return ok;
    }
    QString call(const char* method, const QString& id, const QVariantMap& form)
    {
        QString out;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), method, Q_RETURN_ARG(QString, out), Q_ARG(QString, id), Q_ARG(QVariantMap, form)));
        EXPECT_FALSE(out.isEmpty()) << h.backend()->property("lastError").toString().toStdString();
        return out;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    PluginHarness h{QStringLiteral(TESSERA_IPT_PLUGIN_DIR)};
};

TEST_F(IptHarnessTest, ListsShowTheirNewestPageAndShowOlderLoadsTheNextByCursor)
{
    QList<EntryDraft> drafts;
    for (int i = 0; i < 25; ++i)
        drafts << cli("transition", {{QStringLiteral("key"), QStringLiteral("t%1").arg(i)}, {QStringLiteral("title"), QStringLiteral("Change %1").arg(i)}},
                      now.addSecs(-3600 * (i + 1)));
    for (int i = 0; i < 12; ++i)
        drafts << cli("communication", {{QStringLiteral("person"), QStringLiteral("Priya")}, {QStringLiteral("situation"), QStringLiteral("Talk %1").arg(i)}},
                      now.addSecs(-3600 * (i + 1)));
    addMany(drafts);
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();

    ASSERT_EQ(list("transitions").size(), 20);
    EXPECT_EQ(row("transitions").value(QStringLiteral("title")).toString(), QStringLiteral("Change 0")) << "newest first";
    EXPECT_TRUE(more("transitions"));
    ASSERT_EQ(list("conversations").size(), 8);
    EXPECT_TRUE(more("conversations"));
    EXPECT_FALSE(more("people"));

    h.resetReads();
    EXPECT_TRUE(showOlder("transitions"));
    EXPECT_EQ(h.reads().entries, 5) << "only the next page is read";
    ASSERT_EQ(list("transitions").size(), 25);
    EXPECT_EQ(row("transitions", 24).value(QStringLiteral("title")).toString(), QStringLiteral("Change 24"));
    EXPECT_FALSE(more("transitions"));
    EXPECT_FALSE(showOlder("transitions"));
    EXPECT_EQ(list("conversations").size(), 8) << "other lists keep their page";
    EXPECT_TRUE(showOlder("conversations"));
    EXPECT_EQ(list("conversations").size(), 12);
    EXPECT_FALSE(showOlder("no such list"));

    // A save reads again only its own kind's list, as far as it was loaded.
    h.resetReads();
    call("saveTransition", {}, {{QStringLiteral("title"), QStringLiteral("Moving house")}});
    const auto reads = h.reads();
    EXPECT_EQ(reads.entries, 25);
    EXPECT_EQ(reads.aggregates, 0) << "the mood insights are not worked out again for a worksheet";
    ASSERT_EQ(list("transitions").size(), 25);
    EXPECT_EQ(row("transitions").value(QStringLiteral("title")).toString(), QStringLiteral("Moving house"));
    EXPECT_TRUE(more("transitions")) << "the oldest one is a page further now";

    // An event: its list (one page) and the two aggregates of the insights.
    h.resetReads();
    call("logEvent", {}, {{QStringLiteral("person"), QStringLiteral("Sam")}, {QStringLiteral("event"), QStringLiteral("Walk")},
                          {QStringLiteral("tone"), QStringLiteral("supportive")}, {QStringLiteral("mood"), 7}});
    EXPECT_EQ(h.reads().entries, 1);
    EXPECT_EQ(h.reads().aggregates, 2);
}

TEST_F(IptHarnessTest, TheInsightsCoverTheLastTwelveWeeks)
{
    QList<EntryDraft> drafts;
    const auto event = [&](const char* person, int mood, int daysAgo) {
        EntryDraft d = cli("event", {{QStringLiteral("person"), QLatin1String(person)}, {QStringLiteral("event"), QStringLiteral("x")},
                                     {QStringLiteral("tone"), QStringLiteral("mixed")}},
                           now.addDays(-daysAgo));
        d.mood = mood;
        drafts << d;
    };
    for (int i = 0; i < 3; ++i) {
        event("Sam", 8, i + 1);
        event("Priya", 4, i + 1);
        event("Lee", 1, 90 + i); // before the 12 weeks
    }
    addMany(drafts);
    h.restart();
    const QVariantMap in = h.backend()->property("insights").toMap();
    EXPECT_EQ(in.value(QStringLiteral("weeks")).toInt(), 12);
    EXPECT_EQ(in.value(QStringLiteral("events")).toInt(), 6);
    EXPECT_DOUBLE_EQ(in.value(QStringLiteral("overall")).toDouble(), 6.0);
    const QVariantList people = in.value(QStringLiteral("people")).toList();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Priya")); // ties by name
    EXPECT_EQ(people.at(1).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("2.0 higher than your usual"));
    EXPECT_EQ(h.reads().aggregates, 2);
    EXPECT_EQ(h.reads().entries, 9) << "the latest list only (all nine events)";
}

TEST_F(IptHarnessTest, EntriesWrittenWithTheCliShowTheirContent)
{
    EntryDraft person = cli("person", {{QStringLiteral("key"), QStringLiteral("p-ana")}, {QStringLiteral("name"), QStringLiteral("Ana")},
                                       {QStringLiteral("relationship"), QStringLiteral("sister")}, {QStringLiteral("circle"), QStringLiteral("inner")}});
    person.tags = {QStringLiteral("family")};
    ASSERT_TRUE(h.addAsHost(person).ok());
    ASSERT_TRUE(h.addAsHost(cli("transition", {{QStringLiteral("key"), QStringLiteral("t")}, {QStringLiteral("title"), QStringLiteral("New job")},
                                               {QStringLiteral("skills"), QStringLiteral("Asking for help")}})).ok());
    ASSERT_TRUE(h.addAsHost(cli("dispute", {{QStringLiteral("key"), QStringLiteral("d")}, {QStringLiteral("person"), QStringLiteral("Mum")},
                                            {QStringLiteral("issue"), QStringLiteral("Sundays")}, {QStringLiteral("stage"), QStringLiteral("impasse")}})).ok());
    ASSERT_TRUE(h.addAsHost(cli("grief", {{QStringLiteral("key"), QStringLiteral("g")}, {QStringLiteral("person"), QStringLiteral("Dad")}})).ok());
    ASSERT_TRUE(h.addAsHost(cli("isolation", {{QStringLiteral("key"), QStringLiteral("i")}, {QStringLiteral("title"), QStringLiteral("Since the move")}})).ok());
    ASSERT_TRUE(h.addAsHost(cli("communication", {{QStringLiteral("person"), QStringLiteral("Priya")},
                                                  {QStringLiteral("situation"), QStringLiteral("Asked to stay late")}})).ok());
    EntryDraft rated = cli("event", {{QStringLiteral("person"), QStringLiteral("Sam")}, {QStringLiteral("event"), QStringLiteral("Walk")},
                                     {QStringLiteral("tone"), QStringLiteral("supportive")}}, now.addSecs(-60));
    rated.mood = 7;
    ASSERT_TRUE(h.addAsHost(rated).ok());
    ASSERT_TRUE(h.addAsHost(cli("event", {{QStringLiteral("person"), QStringLiteral("Lee")}, {QStringLiteral("event"), QStringLiteral("Lunch")},
                                          {QStringLiteral("tone"), QStringLiteral("mixed")}})).ok());
    h.restart();

    EXPECT_EQ(row("people").value(QStringLiteral("title")).toString(), QStringLiteral("Ana (sister)"));
    EXPECT_EQ(row("people").value(QStringLiteral("summary")).toString(), QStringLiteral("inner circle"));
    EXPECT_EQ(row("transitions").value(QStringLiteral("title")).toString(), QStringLiteral("New job"));
    EXPECT_EQ(row("transitions").value(QStringLiteral("summary")).toString(), QStringLiteral("1 of 7 parts written"));
    EXPECT_EQ(row("disputes").value(QStringLiteral("title")).toString(), QStringLiteral("Role dispute with Mum: Sundays"));
    EXPECT_EQ(row("disputes").value(QStringLiteral("summary")).toString(), QStringLiteral("where it stands: stuck"));
    EXPECT_EQ(row("griefs").value(QStringLiteral("title")).toString(), QStringLiteral("Grief: Dad"));
    EXPECT_EQ(row("griefs").value(QStringLiteral("summary")).toString(), QStringLiteral("0 of 6 parts written"));
    EXPECT_EQ(row("isolations").value(QStringLiteral("title")).toString(), QStringLiteral("Feeling cut off: Since the move"));
    EXPECT_EQ(row("conversations").value(QStringLiteral("title")).toString(), QStringLiteral("A conversation with Priya"));
    EXPECT_EQ(row("conversations").value(QStringLiteral("summary")).toString(), QStringLiteral("Asked to stay late"));
    EXPECT_EQ(row("events").value(QStringLiteral("title")).toString(), QStringLiteral("Lee: Lunch"));
    EXPECT_EQ(row("events").value(QStringLiteral("summary")).toString(), QStringLiteral("mixed")) << "no mood was given";
    EXPECT_EQ(row("events", 1).value(QStringLiteral("summary")).toString(), QStringLiteral("supportive · mood 7"));

    // Edited in the app, it keeps the tags the forms do not show.
    const QString id = row("people").value(QStringLiteral("id")).toString();
    QVariantMap form;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "loadEntry", Q_RETURN_ARG(QVariantMap, form), Q_ARG(QString, id)));
    form[QStringLiteral("circle")] = QStringLiteral("middle");
    EXPECT_EQ(call("savePerson", id, form), id);
    const auto saved = h.journal().get(id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->tags, QStringList{QStringLiteral("family")});
    EXPECT_EQ(saved->payload.value(QStringLiteral("circle")).toString(), QStringLiteral("middle"));
    // Its earlier version, too, is listed with its content.
    QVariantList versions;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "versions", Q_RETURN_ARG(QVariantList, versions), Q_ARG(QString, id)));
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions.first().toMap().value(QStringLiteral("summary")).toString(), QStringLiteral("inner circle"));
}

TEST_F(IptHarnessTest, TheOnsetIsFoundWhenOlderThanTheLoadedLifeEvents)
{
    QList<EntryDraft> drafts;
    drafts << cli("lifeevent", {{QStringLiteral("date"), QStringLiteral("2025-10-01")}, {QStringLiteral("note"), QStringLiteral("Stopped sleeping well")},
                                {QStringLiteral("onset"), true}},
                  now.addDays(-200));
    for (int i = 0; i < 60; ++i)
        drafts << cli("lifeevent", {{QStringLiteral("date"), QDate(2025, 1, 1).addDays(i * 5).toString(Qt::ISODate)},
                                    {QStringLiteral("note"), QStringLiteral("Event %1").arg(i)}},
                      now.addDays(-i));
    addMany(drafts);
    h.restart();
    const QVariantMap onset = h.backend()->property("onset").toMap();
    EXPECT_TRUE(onset.value(QStringLiteral("exists")).toBool());
    EXPECT_EQ(onset.value(QStringLiteral("date")).toString(), QStringLiteral("2025-10-01"));
    EXPECT_EQ(list("lifeEvents").size(), 51) << "the newest 50 and the onset";
    EXPECT_TRUE(more("lifeEvents"));
    EXPECT_EQ(h.reads().aggregates, 3) << "one sum says there is an onset to look for";

    // Set again, it revises that entry rather than adding a second onset.
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "setOnset", Q_RETURN_ARG(QString, id), Q_ARG(QString, QStringLiteral("2025-10-15")),
                                          Q_ARG(QString, QString())));
    EXPECT_EQ(id, onset.value(QStringLiteral("id")).toString());
    EXPECT_TRUE(showOlder("lifeEvents"));
    EXPECT_EQ(list("lifeEvents").size(), 61);
    EXPECT_FALSE(more("lifeEvents"));
    EXPECT_EQ(h.backend()->property("onset").toMap().value(QStringLiteral("date")).toString(), QStringLiteral("2025-10-15"));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
