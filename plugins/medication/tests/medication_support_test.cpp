// The medication module through the SDK's PluginHarness (the host's real
// plugin manager and journal): support offered for a severe side effect; dose
// reasons, rating notes, questions and the mood over the period (issue 17).
#include <tessera/sdk/testing/pluginharness.h>

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
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

// Issue 18: the start reads a window (the newest page of each list, 30 days
// of doses up to a cap), older entries come a page at a time, and the
// refresh after a save is bounded the same way.
class MedicationWindowTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(h.ok()) << h.error().toStdString(); }
    QVariantList list(const char* property) const
    {
        QCoreApplication::processEvents();
        return h.backend()->property(property).toList();
    }
    bool flag(const char* property) const
    {
        QCoreApplication::processEvents();
        return h.backend()->property(property).toBool();
    }
    void invoke(const char* method) { ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), method)) << method; }
    static QJsonObject medicine(const QString& key, const QString& name, const QJsonArray& times, int startedDaysAgo = 60)
    {
        return {{QStringLiteral("key"), key}, {QStringLiteral("name"), name},
                {QStringLiteral("start"), QDate::currentDate().addDays(-startedDaysAgo).toString(Qt::ISODate)},
                {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("times"), times}}}};
    }
    static tessera::sdk::EntryDraft draft(const QString& kind, const QString& title, const QJsonObject& payload, const QDateTime& when)
    {
        tessera::sdk::EntryDraft d;
        d.kind = kind;
        d.title = title;
        d.payload = payload;
        d.occurredAt = when;
        return d;
    }
    void addMany(const QList<tessera::sdk::EntryDraft>& drafts)
    {
        auto stored = h.addManyAsHost(drafts);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }

    PluginHarness h{QStringLiteral(TESSERA_MEDICATION_PLUGIN_DIR)};
};

TEST_F(MedicationWindowTest, ListsStartWithTheirNewestPageAndShowOlderReadsTheNext)
{
    const QDateTime now = QDateTime::currentDateTime();
    QList<tessera::sdk::EntryDraft> drafts;
    for (int i = 0; i < 45; ++i)
        drafts << draft(QStringLiteral("medication/medicine"), QStringLiteral("m"),
                        medicine(QStringLiteral("k%1").arg(i), QStringLiteral("Medicine %1").arg(i), {QStringLiteral("08:00")}),
                        now.addDays(-100 + i));
    for (int i = 0; i < 70; ++i)
        drafts << draft(QStringLiteral("medication/side-effect"), QStringLiteral("s"),
                        {{QStringLiteral("symptom"), QStringLiteral("Symptom %1").arg(i)}, {QStringLiteral("severity"), 1},
                         {QStringLiteral("onset"), QDate::currentDate().toString(Qt::ISODate)}, {QStringLiteral("status"), QStringLiteral("resolved")}},
                        now.addSecs(-3600 * (70 - i)));
    for (int i = 0; i < 40; ++i)
        drafts << draft(QStringLiteral("medication/question"), QStringLiteral("q"),
                        {{QStringLiteral("text"), QStringLiteral("Question %1").arg(i)}, {QStringLiteral("status"), QStringLiteral("open")}},
                        now.addSecs(-3600 * (40 - i)));
    addMany(drafts);
    h.restart();
    ASSERT_TRUE(h.ok());

    QVariantList meds = list("medicines");
    ASSERT_EQ(meds.size(), 30);
    EXPECT_EQ(meds.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Medicine 44")); // the newest first
    EXPECT_TRUE(flag("moreMedicines"));
    h.resetReads();
    invoke("showMoreMedicines");
    meds = list("medicines");
    EXPECT_EQ(meds.size(), 45);
    EXPECT_EQ(meds.last().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Medicine 0"));
    EXPECT_FALSE(flag("moreMedicines"));
    EXPECT_LE(h.reads().entries, 30); // the next page only, by cursor

    QVariantList effects = list("sideEffects");
    ASSERT_EQ(effects.size(), 30);
    EXPECT_EQ(effects.first().toMap().value(QStringLiteral("symptom")).toString(), QStringLiteral("Symptom 69"));
    EXPECT_TRUE(flag("moreSideEffects"));
    invoke("showOlderSideEffects");
    EXPECT_EQ(list("sideEffects").size(), 60);
    EXPECT_TRUE(flag("moreSideEffects"));
    invoke("showOlderSideEffects");
    effects = list("sideEffects");
    EXPECT_EQ(effects.size(), 70);
    EXPECT_EQ(effects.last().toMap().value(QStringLiteral("symptom")).toString(), QStringLiteral("Symptom 0"));
    EXPECT_FALSE(flag("moreSideEffects"));

    ASSERT_EQ(list("questions").size(), 30);
    EXPECT_TRUE(flag("moreQuestions"));
    invoke("showOlderQuestions");
    EXPECT_EQ(list("questions").size(), 40);
    EXPECT_FALSE(flag("moreQuestions"));

    // A save refreshes what is shown, and keeps the pages the client opened.
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "addQuestion", Q_RETURN_ARG(QString, id), Q_ARG(QString, QStringLiteral("One more"))));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(list("questions").size(), 41);
    EXPECT_EQ(list("medicines").size(), 45);
    EXPECT_EQ(list("sideEffects").size(), 70);
}

TEST_F(MedicationWindowTest, ManyDosesAreReadUpToTheCapAndTheFiguresSayWhichDays)
{
    // Twelve doses a day for 40 days, every one taken: more than the module reads at once.
    QJsonArray times;
    for (int hour = 0; hour < 24; hour += 2)
        times << QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
    const QJsonObject med = medicine(QStringLiteral("often"), QStringLiteral("Often"), times, 50);
    QList<tessera::sdk::EntryDraft> drafts{draft(QStringLiteral("medication/medicine"), QStringLiteral("Often"), med,
                                                 QDate::currentDate().addDays(-50).startOfDay())};
    const QDateTime now = QDateTime::currentDateTime();
    for (int day = 40; day >= 0; --day) {
        for (const QJsonValue& t : times) {
            const QDateTime slot(QDate::currentDate().addDays(-day), QTime::fromString(t.toString(), QStringLiteral("HH:mm")));
            if (slot.addSecs(300) > now)
                continue;
            drafts << draft(QStringLiteral("medication/dose"), QStringLiteral("d"),
                            {{QStringLiteral("medicineKey"), QStringLiteral("often")}, {QStringLiteral("status"), QStringLiteral("taken")},
                             {QStringLiteral("slot"), slot.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}},
                            slot.addSecs(300));
        }
    }
    addMany(drafts);
    h.restart();
    ASSERT_TRUE(h.ok());
    const auto reads = h.reads();
    EXPECT_LE(reads.entries, 330) << "the start read more than a page of each list and the dose cap";

    const int days = h.backend()->property("doseDays").toInt();
    EXPECT_GE(days, 20);
    EXPECT_LT(days, 30); // 300 doses are 25 days of these
    const QVariantMap often = list("medicines").first().toMap();
    // Over the days read whole, every dose was taken: nothing counted as missed for days not read.
    EXPECT_DOUBLE_EQ(often.value(QStringLiteral("adherence30")).toDouble(), 100.0);
    EXPECT_DOUBLE_EQ(often.value(QStringLiteral("adherence7")).toDouble(), 100.0);
    for (const QVariant& slot : list("today")) {
        const QVariantMap s = slot.toMap();
        if (QDateTime::fromString(s.value(QStringLiteral("slot")).toString(), QStringLiteral("yyyy-MM-ddTHH:mm")).addSecs(300) <= now)
            EXPECT_EQ(s.value(QStringLiteral("status")).toString(), QStringLiteral("taken")) << s.value(QStringLiteral("slot")).toString().toStdString();
    }

    // The refresh after a save reads the same window, not more.
    h.resetReads();
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "rate", Q_RETURN_ARG(QString, id), Q_ARG(QString, QStringLiteral("often")),
                                          Q_ARG(int, 7), Q_ARG(QString, QString())));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_LE(h.reads().entries, 335);

    // The appointment summary, asked for, counts every dose of its period.
    QString text;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "summaryText", Q_RETURN_ARG(QString, text), Q_ARG(int, 30)));
    EXPECT_TRUE(text.contains(QStringLiteral("(100 %)"))) << text.toStdString();
}

TEST_F(MedicationWindowTest, RatingsOverTimeComeFromAnAggregate)
{
    QList<tessera::sdk::EntryDraft> drafts{draft(QStringLiteral("medication/medicine"), QStringLiteral("m"),
                                                 medicine(QStringLiteral("k"), QStringLiteral("Med"), {QStringLiteral("08:00")}),
                                                 QDate::currentDate().addDays(-60).startOfDay())};
    const QDateTime now = QDateTime::currentDateTime();
    for (int week = 12; week >= 0; --week)
        drafts << draft(QStringLiteral("medication/effectiveness"), QStringLiteral("r"),
                        {{QStringLiteral("medicineKey"), QStringLiteral("k")}, {QStringLiteral("rating"), 10 - week / 2}},
                        now.addDays(-7 * week).addSecs(-60));
    drafts << draft(QStringLiteral("medication/effectiveness"), QStringLiteral("r"),
                    {{QStringLiteral("medicineKey"), QStringLiteral("k")}, {QStringLiteral("rating"), 3}}, now.addDays(-200));
    addMany(drafts);
    h.restart();
    const QVariantMap med = list("medicines").first().toMap();
    EXPECT_EQ(med.value(QStringLiteral("latestRating")).toInt(), 10);
    const QVariantList points = med.value(QStringLiteral("effectiveness")).toList();
    ASSERT_EQ(points.size(), 13); // the last 90 days, not the one 200 days ago
    EXPECT_EQ(points.last().toMap().value(QStringLiteral("offset")).toInt(), 89);
    EXPECT_DOUBLE_EQ(points.last().toMap().value(QStringLiteral("value")).toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(points.first().toMap().value(QStringLiteral("value")).toDouble(), 4.0);
}

// Issue 17: a medicine or side effect written with tessera-cli (its own title,
// no summary) shows what its payload says, in the lists and the summary.
TEST_F(MedicationWindowTest, CliEntriesShowTheirPayload)
{
    auto med = h.addAsHost(draft(QStringLiteral("medication/medicine"), QStringLiteral("my pills"),
                                 {{QStringLiteral("key"), QStringLiteral("cli")}, {QStringLiteral("name"), QStringLiteral("Sertraline")},
                                  {QStringLiteral("strength"), QStringLiteral("50 mg")}, {QStringLiteral("dose"), QStringLiteral("1 tablet")},
                                  {QStringLiteral("start"), QDate::currentDate().addDays(-5).toString(Qt::ISODate)},
                                  {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("times"), QJsonArray{QStringLiteral("00:00")}}}}},
                                 QDateTime()));
    ASSERT_TRUE(med.ok()) << med.error().toString().toStdString();
    auto effect = h.addAsHost(draft(QStringLiteral("medication/side-effect"), QStringLiteral("Side effect"),
                                    {{QStringLiteral("medicineKey"), QStringLiteral("cli")}, {QStringLiteral("symptom"), QStringLiteral("Nausea")},
                                     {QStringLiteral("severity"), 2}, {QStringLiteral("onset"), QStringLiteral("2026-03-01")},
                                     {QStringLiteral("status"), QStringLiteral("ongoing")}},
                                    QDateTime()));
    ASSERT_TRUE(effect.ok()) << effect.error().toString().toStdString();

    const QVariantList meds = list("medicines");
    ASSERT_EQ(meds.size(), 1);
    EXPECT_EQ(meds.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Sertraline 50 mg"));
    const QVariantList today = list("today");
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Sertraline 50 mg"));
    const QVariantList effects = list("sideEffects");
    ASSERT_EQ(effects.size(), 1);
    EXPECT_EQ(effects.first().toMap().value(QStringLiteral("summary")).toString(), QStringLiteral("moderate · ongoing · Sertraline"));

    QString text;
    ASSERT_TRUE(QMetaObject::invokeMethod(h.backend(), "summaryText", Q_RETURN_ARG(QString, text), Q_ARG(int, 30)));
    EXPECT_TRUE(text.contains(QStringLiteral("Sertraline 50 mg (1 tablet), 00:00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("  Nausea: moderate · ongoing · Sertraline (since 2026-03-01)"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("my pills")));
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
