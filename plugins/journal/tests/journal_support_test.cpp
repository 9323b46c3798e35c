// The journal module offering support, through the SDK's PluginHarness (the
// host's real plugin manager and journal), as a third-party module's test would.
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

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

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
