// The journal module offering support, through the SDK's PluginHarness (the
// host's real plugin manager and journal), as a third-party module's test would.
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QVariantMap>

#include <optional>

#include <gtest/gtest.h>

#include <ostream>

using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

class JournalSupportTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    QString saveCheckin(int mood, const QStringList& feelings, const QString& note = {})
    {
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveCheckin", Q_RETURN_ARG(QString, id), Q_ARG(int, mood),
                                              Q_ARG(QStringList, feelings), Q_ARG(QString, note)));
        EXPECT_FALSE(id.isEmpty()) << h.backend()->property("lastError").toString().toStdString();
        return id;
    }
    bool updateCheckin(const QString& id, int mood, const QStringList& feelings, const QString& note = {})
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "updateCheckin", Q_RETURN_ARG(bool, ok), Q_ARG(QString, id),
                                              Q_ARG(int, mood), Q_ARG(QStringList, feelings), Q_ARG(QString, note)));
        return ok;
    }
    bool hard() const { return h.backend()->property("lastCheckinHard").toBool(); }

    PluginHarness h{QStringLiteral(TESSERA_JOURNAL_PLUGIN_DIR)};
};

TEST_F(JournalSupportTest, FeelingWordsIncludeTheHeavyOnesAndKeepTheOthers)
{
    QStringList words = h.backend()->property("feelingWords").toStringList();
    for (const char* w : {"hopeless", "worthless", "trapped", "ashamed", "overwhelmed", "numb", // added
                          "sad", "low", "empty", "tired", "anxious", "guilty", "okay", "calm", "hopeful", "energised"})
        EXPECT_TRUE(words.contains(QLatin1String(w))) << w;
    EXPECT_EQ(words.removeDuplicates(), 0);
}

TEST_F(JournalSupportTest, AVeryLowMoodWithHopelessOffersSupportOnce)
{
    saveCheckin(1, {QStringLiteral("hopeless"), QStringLiteral("tired")}, QStringLiteral("Nothing is going to change"));
    const QStringList offers = h.supportOffers();
    ASSERT_EQ(offers.size(), 1) << offers.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(offers.first(), QStringLiteral("hopeless")); // a code, never the client's words
    EXPECT_TRUE(hard());
}

// Issue 29: words chosen in Spanish still count when the app runs in English
// (the client switched languages; no catalogue is installed here), at a mood
// that alone would not offer help.
TEST_F(JournalSupportTest, ARiskWordChosenInAnotherLanguageStillOffersSupport)
{
    saveCheckin(5, {QStringLiteral("sin salida")});
    const QStringList offers = h.supportOffers();
    ASSERT_EQ(offers.size(), 1) << offers.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(offers.first(), QStringLiteral("trapped"));
    EXPECT_TRUE(hard());
}

TEST_F(JournalSupportTest, ACalmCheckinOffersNothing)
{
    saveCheckin(7, {QStringLiteral("calm")});
    saveCheckin(3, {QStringLiteral("tired"), QStringLiteral("low")}); // low, but not 0-2
    EXPECT_TRUE(h.supportOffers().isEmpty()) << h.supportOffers().join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(hard());
}

TEST_F(JournalSupportTest, EachSignHasItsOwnCode)
{
    saveCheckin(2, {});
    EXPECT_TRUE(hard());
    saveCheckin(0, {QStringLiteral("numb")});
    saveCheckin(6, {QStringLiteral("Trapped")});
    saveCheckin(5, {QStringLiteral("calm")});
    EXPECT_FALSE(hard());
    EXPECT_EQ(h.supportOffers(), (QStringList{QStringLiteral("low-mood"), QStringLiteral("low-mood"), QStringLiteral("trapped")}));
}

TEST_F(JournalSupportTest, AnEditOffersSupportOnlyWhenItBringsANewSign)
{
    const QString id = saveCheckin(5, {QStringLiteral("okay")});
    EXPECT_TRUE(updateCheckin(id, 1, {QStringLiteral("okay")}));
    EXPECT_EQ(h.supportOffers(), QStringList{QStringLiteral("low-mood")});
    EXPECT_TRUE(hard());
    EXPECT_TRUE(updateCheckin(id, 1, {QStringLiteral("okay")}, QStringLiteral("a note added later")));
    EXPECT_EQ(h.supportOffers(), QStringList{QStringLiteral("low-mood")});
}

TEST_F(JournalSupportTest, CheckinsWrittenByOtherRoutesAreNotTheModulesBusiness)
{
    tessera::sdk::EntryDraft d;
    d.kind = QStringLiteral("journal/checkin");
    d.title = QStringLiteral("Check-in: mood 0 of 10");
    d.mood = 0;
    d.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{QStringLiteral("hopeless")}}};
    ASSERT_TRUE(h.addAsHost(d).ok()); // an import, another module, the demo journal
    EXPECT_TRUE(h.supportOffers().isEmpty());
}

// Issue 17: a check-in or entry written with tessera-cli (a title and a
// payload, no summary) shows its content, and editing it in the app keeps
// the title the client wrote.
class JournalCliEntryTest : public JournalSupportTest {
protected:
    QString addAsCli(const QString& kind, const QString& title, const QJsonObject& payload, std::optional<int> mood = {})
    {
        tessera::sdk::EntryDraft d;
        d.kind = kind;
        d.title = title;
        d.mood = mood;
        d.payload = payload;
        auto added = h.addAsHost(d);
        EXPECT_TRUE(added.ok()) << added.error().toString().toStdString();
        return added.ok() ? added->id : QString();
    }
    QVariantMap load(const QString& id)
    {
        QVariantMap m;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "load", Q_RETURN_ARG(QVariantMap, m), Q_ARG(QString, id)));
        return m;
    }
};

TEST_F(JournalCliEntryTest, ACliCheckinShowsItsContentAndKeepsItsTitleWhenEdited)
{
    const QString id = addAsCli(QStringLiteral("journal/checkin"), QStringLiteral("Evening"),
                                {{QStringLiteral("feelings"), QJsonArray{QStringLiteral("tired"), QStringLiteral("calm")}},
                                 {QStringLiteral("note"), QStringLiteral("Walked by the river")}}, 6);
    const QVariantMap form = load(id);
    EXPECT_EQ(form.value(QStringLiteral("mood")).toInt(), 6);
    EXPECT_EQ(form.value(QStringLiteral("feelings")).toStringList(), (QStringList{QStringLiteral("tired"), QStringLiteral("calm")}));
    EXPECT_EQ(form.value(QStringLiteral("note")).toString(), QStringLiteral("Walked by the river"));

    EXPECT_TRUE(updateCheckin(id, 7, {QStringLiteral("calm")}, QStringLiteral("Walked by the river")));
    const auto edited = h.journal().get(id);
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->title, QStringLiteral("Evening")); // the client's title, not "Check-in: mood 7 of 10"
    EXPECT_EQ(edited->mood, 7);
    EXPECT_EQ(edited->summary, QStringLiteral("calm · Walked by the river")); // the empty summary filled from the payload
}

TEST_F(JournalCliEntryTest, TheModulesOwnTitleAndSummaryFollowAnEdit)
{
    const QString id = saveCheckin(4, {QStringLiteral("low")}, QStringLiteral("Slow day"));
    EXPECT_TRUE(updateCheckin(id, 6, {QStringLiteral("okay")}, QStringLiteral("Better by the evening")));
    EXPECT_EQ(h.journal().get(id)->title, QStringLiteral("Check-in: mood 6 of 10"));
    EXPECT_EQ(h.journal().get(id)->summary, QStringLiteral("okay · Better by the evening"));
    // A CLI check-in titled like the module's own is the module's own.
    const QString cli = addAsCli(QStringLiteral("journal/checkin"), QStringLiteral("Check-in: mood 3 of 10"),
                                 {{QStringLiteral("feelings"), QJsonArray{}}}, 3);
    EXPECT_TRUE(updateCheckin(cli, 5, {}));
    EXPECT_EQ(h.journal().get(cli)->title, QStringLiteral("Check-in: mood 5 of 10"));
}

TEST_F(JournalCliEntryTest, ASummaryTheClientWroteIsKept)
{
    tessera::sdk::EntryDraft d;
    d.kind = QStringLiteral("journal/checkin");
    d.title = QStringLiteral("After the call");
    d.summary = QStringLiteral("Mum rang");
    d.mood = 5;
    d.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{QStringLiteral("okay")}}};
    auto added = h.addAsHost(d);
    ASSERT_TRUE(added.ok());
    EXPECT_TRUE(updateCheckin(added->id, 6, {QStringLiteral("connected")}));
    EXPECT_EQ(h.journal().get(added->id)->title, QStringLiteral("After the call"));
    EXPECT_EQ(h.journal().get(added->id)->summary, QStringLiteral("Mum rang"));
}

TEST_F(JournalCliEntryTest, ACliJournalEntryShowsItsTextAndKeepsItsTitleWhenEdited)
{
    const QString id = addAsCli(QStringLiteral("journal/entry"), QStringLiteral("Sunday"),
                                {{QStringLiteral("text"), QStringLiteral("Tidied the kitchen and phoned Sam.")}});
    EXPECT_EQ(load(id).value(QStringLiteral("text")).toString(), QStringLiteral("Tidied the kitchen and phoned Sam."));
    bool ok = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "updateEntry", Q_RETURN_ARG(bool, ok), Q_ARG(QString, id),
                                          Q_ARG(QString, QStringLiteral("Tidied the kitchen, phoned Sam, slept well.")), Q_ARG(QString, QString())));
    EXPECT_TRUE(ok);
    const auto edited = h.journal().get(id);
    EXPECT_EQ(edited->title, QStringLiteral("Sunday"));
    EXPECT_EQ(edited->summary, QStringLiteral("Tidied the kitchen, phoned Sam, slept well."));
    // One the module titled follows its text.
    QString own;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveEntry", Q_RETURN_ARG(QString, own),
                                          Q_ARG(QString, QStringLiteral("First words")), Q_ARG(QString, QString())));
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "updateEntry", Q_RETURN_ARG(bool, ok), Q_ARG(QString, own),
                                          Q_ARG(QString, QStringLiteral("Better words")), Q_ARG(QString, QString())));
    EXPECT_EQ(h.journal().get(own)->title, QStringLiteral("Better words"));
}

// The aggregates give the figures the module used to work out from every
// check-in it read: the same weeks, averages and days on its sample journal.
TEST_F(JournalSupportTest, AggregateFiguresMatchTheEntries)
{
    tessera::sdk::SampleRequest request;
    request.now = QDateTime::currentDateTimeUtc();
    request.days = 120;
    QList<tessera::sdk::EntryDraft> samples;
    for (tessera::sdk::EntryDraft d : h.plugin().sampleEntries(request)) {
        d.kind = QStringLiteral("journal/") + d.kind;
        samples << d;
    }
    ASSERT_TRUE(h.addManyAsHost(samples).ok());
    h.restart();
    ASSERT_TRUE(h.ok());

    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(1 - today.dayOfWeek()).addDays(-77);
    tessera::sdk::EntryQuery q;
    q.kinds = {QStringLiteral("checkin")};
    q.from = from.startOfDay();
    const auto checkins = h.journal().all(q);
    ASSERT_TRUE(checkins.ok());
    QMap<QDate, QPair<int, int>> weeks; // Monday -> (sum, count)
    QSet<QDate> days;
    for (const auto& e : checkins.value()) {
        const QDate day = e.localOccurredAt().date();
        if (day > today.addDays(-14) && day <= today)
            days.insert(day);
        if (!e.mood)
            continue;
        auto& w = weeks[day.addDays(1 - day.dayOfWeek())];
        w.first += *e.mood;
        w.second += 1;
    }
    EXPECT_EQ(h.backend()->property("recentDays").toInt(), days.size());
    const QVariantList shown = h.backend()->property("weeklyMood").toList();
    ASSERT_EQ(shown.size(), weeks.size());
    int i = 0;
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it, ++i) {
        const QVariantMap w = shown.at(i).toMap();
        EXPECT_EQ(w.value(QStringLiteral("week")).toDate(), it.key());
        EXPECT_EQ(w.value(QStringLiteral("count")).toInt(), it.value().second) << it.key().toString().toStdString();
        EXPECT_NEAR(w.value(QStringLiteral("average")).toDouble(), double(it.value().first) / it.value().second, 1e-9);
    }
}

// Issue 18: the module's figures come from aggregates; its start and the
// refresh after a save read no entries, however many check-ins there are.
TEST_F(JournalSupportTest, FiguresComeFromAggregatesAndReadNoEntries)
{
    const QDateTime now = QDateTime::currentDateTime();
    QList<tessera::sdk::EntryDraft> many;
    for (int i = 0; i < 3000; ++i) { // one every two hours, about 250 days
        tessera::sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/checkin");
        d.title = QStringLiteral("c");
        d.mood = i % 2 == 0 ? 4 : 6;
        d.occurredAt = now.addSecs(-qint64(i) * 7200);
        d.payload = QJsonObject{{QStringLiteral("feelings"), QJsonArray{i % 3 == 0 ? QStringLiteral("tired") : QStringLiteral("calm")}}};
        many << d;
    }
    ASSERT_TRUE(h.addManyAsHost(many).ok());
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    auto reads = h.reads();
    EXPECT_EQ(reads.entries, 0);
    EXPECT_EQ(reads.payloadBytes, 0);
    EXPECT_EQ(reads.aggregates, 2);
    EXPECT_EQ(h.backend()->property("recentDays").toInt(), 14);
    const QVariantList weeks = h.backend()->property("weeklyMood").toList();
    ASSERT_EQ(weeks.size(), 12); // twelve whole weeks, not the 36 in the journal
    const QVariantMap full = weeks.at(5).toMap();
    EXPECT_EQ(full.value(QStringLiteral("count")).toInt(), 84);
    EXPECT_DOUBLE_EQ(full.value(QStringLiteral("average")).toDouble(), 5.0);
    const QVariantList top = h.backend()->property("topFeelings").toList();
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top.first().toMap().value(QStringLiteral("word")).toString(), QStringLiteral("calm"));

    h.resetReads();
    saveCheckin(6, {QStringLiteral("calm")});
    reads = h.reads(); // the refresh the save caused has run
    EXPECT_EQ(reads.entries, 0);
    EXPECT_EQ(reads.aggregates, 2);
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
