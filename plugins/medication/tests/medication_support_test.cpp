// The medication module offering support for a severe side effect, through
// the SDK's PluginHarness (the host's real plugin manager and journal).
#include <tessera/sdk/testing/pluginharness.h>

#include <QGuiApplication>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <ostream>

using tessera::sdk::testing::PluginHarness;

inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }

namespace {

class MedicationSupportTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }

    QString logSideEffect(const QString& symptom, int severity)
    {
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "logSideEffect", Q_RETURN_ARG(QString, id), Q_ARG(QString, QString()),
                                              Q_ARG(QString, symptom), Q_ARG(int, severity), Q_ARG(QString, QString())));
        EXPECT_FALSE(id.isEmpty()) << h.backend()->property("lastError").toString().toStdString();
        return id;
    }
    bool severe() const { return h.backend()->property("lastSideEffectSevere").toBool(); }

    PluginHarness h{QStringLiteral(TESSERA_MEDICATION_PLUGIN_DIR)};
};

TEST_F(MedicationSupportTest, ASevereSideEffectOffersSupport)
{
    logSideEffect(QStringLiteral("Racing heart and can't sleep at all"), 3);
    EXPECT_EQ(h.supportOffers(), QStringList{QStringLiteral("severe-side-effect")}); // a code, never the symptom
    EXPECT_TRUE(severe()); // the page suggests contacting the prescriber
}

TEST_F(MedicationSupportTest, AMildOrModerateOneDoesNot)
{
    logSideEffect(QStringLiteral("Dry mouth"), 1);
    EXPECT_FALSE(severe());
    logSideEffect(QStringLiteral("Headache"), 2);
    logSideEffect(QStringLiteral("Barely anything"), 0);
    EXPECT_TRUE(h.supportOffers().isEmpty()) << h.supportOffers().join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(severe());
}

TEST_F(MedicationSupportTest, ASevereOneWrittenByAnotherRouteIsNotTheModulesBusiness)
{
    tessera::sdk::EntryDraft d;
    d.kind = QStringLiteral("medication/side-effect");
    d.title = QStringLiteral("Side effect: nausea");
    d.payload = QJsonObject{{QStringLiteral("symptom"), QStringLiteral("Nausea")}, {QStringLiteral("severity"), 3},
                            {QStringLiteral("onset"), QStringLiteral("2026-03-01")}, {QStringLiteral("status"), QStringLiteral("ongoing")}};
    ASSERT_TRUE(h.addAsHost(d).ok()); // an import or the demo journal
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
