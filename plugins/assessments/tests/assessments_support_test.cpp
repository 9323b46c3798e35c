// PHQ-9 item 9 through the SDK's PluginHarness (the host's real plugin
// manager and journal), as a third-party module's test would: support is
// offered urgently the moment it is answered above 0, whatever the total,
// and again on save; and an unfinished questionnaire survives a restart.
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QVariantList>

#include <gtest/gtest.h>

#include <ostream>

using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

class AssessmentsSupportTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    bool start(const QString& measure)
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "startFill", Q_RETURN_ARG(bool, ok), Q_ARG(QString, measure)));
        return ok;
    }
    bool answer(int item, int value)
    {
        bool ok = false;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "answer", Q_RETURN_ARG(bool, ok), Q_ARG(int, item), Q_ARG(int, value)));
        return ok;
    }
    QString save()
    {
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveFill", Q_RETURN_ARG(QString, id)));
        return id;
    }

    PluginHarness h{QStringLiteral(TESSERA_ASSESSMENTS_PLUGIN_DIR)};
};

const QString kUrgent = QStringLiteral("phq9-item9 (urgent)");

TEST_F(AssessmentsSupportTest, Item9AboveZeroOffersSupportAtOnceAndOnSave)
{
    ASSERT_TRUE(start(QStringLiteral("phq9")));
    ASSERT_TRUE(answer(9, 1)); // the first answer given, with a total of 1
    EXPECT_EQ(h.supportOffers(), QStringList{kUrgent});
    EXPECT_TRUE(h.backend()->property("item9Concern").toBool());
    ASSERT_TRUE(answer(9, 1)); // the same answer again: not offered twice for it
    EXPECT_EQ(h.supportOffers().size(), 1);
    ASSERT_TRUE(answer(9, 2)); // a stronger answer: offered again
    EXPECT_EQ(h.supportOffers().size(), 2);
    for (int n = 1; n <= 8; ++n)
        ASSERT_TRUE(answer(n, 0));
    ASSERT_FALSE(save().isEmpty()) << h.backend()->property("lastError").toString().toStdString();
    EXPECT_EQ(h.supportOffers(), (QStringList{kUrgent, kUrgent, kUrgent})); // and on save
}

TEST_F(AssessmentsSupportTest, NoOfferWhenItem9IsZeroWhateverTheTotal)
{
    ASSERT_TRUE(start(QStringLiteral("phq9")));
    for (int n = 1; n <= 8; ++n)
        ASSERT_TRUE(answer(n, 3));
    ASSERT_TRUE(answer(9, 0));
    ASSERT_FALSE(save().isEmpty());
    EXPECT_TRUE(h.supportOffers().isEmpty()) << h.supportOffers().join(QStringLiteral(", ")).toStdString();
    // GAD-7 has no such item.
    ASSERT_TRUE(start(QStringLiteral("gad7")));
    for (int n = 1; n <= 7; ++n)
        ASSERT_TRUE(answer(n, 3));
    EXPECT_TRUE(h.supportOffers().isEmpty());
}

TEST_F(AssessmentsSupportTest, AnUnfinishedQuestionnaireSurvivesARestart)
{
    ASSERT_TRUE(start(QStringLiteral("phq9")));
    ASSERT_TRUE(answer(1, 2));
    ASSERT_TRUE(answer(2, 1));
    ASSERT_TRUE(answer(5, 3));
    ASSERT_TRUE(answer(9, 0));
    h.restart();
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    ASSERT_TRUE(start(QStringLiteral("phq9")));
    EXPECT_EQ(h.backend()->property("fillAnswers").toList(), (QVariantList{2, 1, -1, -1, 3, -1, -1, -1, 0}));
    EXPECT_EQ(h.backend()->property("answeredCount").toInt(), 4);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
