// The medication module through the SDK's PluginHarness (the host's real
// plugin manager and journal): support offered for a severe side effect; dose
// reasons, rating notes, questions and the mood over the period (issue 17).
#include <tessera/sdk/testing/pluginharness.h>

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QJsonObject>
#include <QVariantMap>

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


// The backend through the harness, with the journal module loaded beside it
// (its check-ins carry the moods the summary reads).
class MedicationRecordTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }
    QString lastError() const { return h.backend()->property("lastError").toString(); }
    QVariantList list(const char* property) const
    {
        QCoreApplication::processEvents();
        return h.backend()->property(property).toList();
    }
    QString addMedicine(const QString& times)
    {
        const QVariantMap form{{QStringLiteral("name"), QStringLiteral("Sertraline")}, {QStringLiteral("strength"), QStringLiteral("50 mg")},
                               {QStringLiteral("dose"), QStringLiteral("1 tablet")}, {QStringLiteral("times"), times},
                               {QStringLiteral("start"), QDate::currentDate().addDays(-60).toString(Qt::ISODate)}};
        QString id;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "saveMedicine", Q_RETURN_ARG(QString, id), Q_ARG(QString, QString()), Q_ARG(QVariantMap, form)));
        EXPECT_FALSE(id.isEmpty()) << lastError().toStdString();
        const QVariantList meds = list("medicines");
        return meds.isEmpty() ? QString() : meds.first().toMap().value(QStringLiteral("key")).toString();
    }
    QString summary(int days)
    {
        QString text;
        EXPECT_TRUE(QMetaObject::invokeMethod(h.backend(), "summaryText", Q_RETURN_ARG(QString, text), Q_ARG(int, days)));
        return text;
    }
    void checkin(int daysAgo, int mood)
    {
        tessera::sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/checkin");
        d.title = QStringLiteral("Check-in: mood %1 of 10").arg(mood);
        d.mood = mood;
        d.occurredAt = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(9, 0));
        d.payload = QJsonObject{};
        auto added = h.addAsHost(d);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    }

    PluginHarness h{QStringLiteral(TESSERA_MEDICATION_PLUGIN_DIR), {}, {QStringLiteral(TESSERA_JOURNAL_PLUGIN_DIR)}};
};

TEST_F(MedicationRecordTest, TheReasonForASkippedDoseReachesTheJournal)
{
    const QString key = addMedicine(QStringLiteral("00:00"));
    const QVariantList today = list("today");
    ASSERT_EQ(today.size(), 1);
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "logDose", Q_RETURN_ARG(QString, id), Q_ARG(QString, key),
                                          Q_ARG(QString, today.first().toMap().value(QStringLiteral("slot")).toString()),
                                          Q_ARG(QString, QStringLiteral("skipped")), Q_ARG(QString, QStringLiteral("Felt sick that morning"))));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(h.journal().get(id)->payload.value(QStringLiteral("reason")).toString(), QStringLiteral("Felt sick that morning"));
}

TEST_F(MedicationRecordTest, ADoseNobodyLoggedSaysSoInsteadOfShowingAStatus)
{
    addMedicine(QStringLiteral("00:00"));
    const QVariantList today = list("today");
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today.first().toMap().value(QStringLiteral("status")).toString(), QString());
    EXPECT_EQ(today.first().toMap().value(QStringLiteral("statusLabel")).toString(), QStringLiteral("Not yet recorded"));
}

TEST_F(MedicationRecordTest, ARatingKeepsItsNoteAndAnUnsetOneIsNotSaved)
{
    const QString key = addMedicine(QStringLiteral("08:00"));
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "rate", Q_RETURN_ARG(QString, id), Q_ARG(QString, key), Q_ARG(int, 6),
                                          Q_ARG(QString, QStringLiteral("Sleeping better"))));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(h.journal().get(id)->payload.value(QStringLiteral("note")).toString(), QStringLiteral("Sleeping better"));
    // -1: the page's slider was never moved.
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "rate", Q_RETURN_ARG(QString, id), Q_ARG(QString, key), Q_ARG(int, -1), Q_ARG(QString, QString())));
    EXPECT_TRUE(id.isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Move the slider to the rating you mean first."));
}

TEST_F(MedicationRecordTest, QuestionsForThePrescriberAreInTheSummaryUntilAsked)
{
    addMedicine(QStringLiteral("08:00"));
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "addQuestion", Q_RETURN_ARG(QString, id),
                                          Q_ARG(QString, QStringLiteral("Could I take it in the evening instead?"))));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(list("questions").size(), 1);
    QString text = summary(30);
    EXPECT_TRUE(text.contains(QStringLiteral("Questions for my prescriber\n  - Could I take it in the evening instead?"))) << text.toStdString();
    bool asked = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "markAsked", Q_RETURN_ARG(bool, asked), Q_ARG(QString, id)));
    EXPECT_TRUE(asked) << lastError().toStdString();
    EXPECT_TRUE(list("questions").isEmpty());
    EXPECT_FALSE(summary(30).contains(QStringLiteral("evening instead")));
}

TEST_F(MedicationRecordTest, TheSummaryGivesTheMoodOverThePeriod)
{
    addMedicine(QStringLiteral("08:00"));
    EXPECT_TRUE(summary(30).contains(QStringLiteral("Mood over this period\n  No mood recorded in these days."))) << summary(30).toStdString();
    checkin(60, 0); // before the period
    checkin(20, 3);
    checkin(16, 4);
    checkin(8, 6);
    checkin(1, 7);
    const QString text = summary(30);
    EXPECT_TRUE(text.contains(QStringLiteral("Mood over this period (0 lowest, 10 best), from 4 check-ins\n"
                                             "  Average 5.0, lowest 3, highest 7\n"
                                             "  First half of the period 3.5, second half 6.5"))) << text.toStdString();
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
