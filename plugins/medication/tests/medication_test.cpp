// The medication module through the real plugin manager and journal; its
// adherence arithmetic on its own.
#include "../src/medbackend.h"
#include "../src/medmodel.h"

#include "moduletest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

#include <ctime>

using namespace tessera;
using namespace tessera::core;
using namespace tessera::medication;

namespace {

QJsonObject twiceDaily(const QDate& start)
{
    return {{QStringLiteral("key"), QStringLiteral("k")}, {QStringLiteral("name"), QStringLiteral("Med")},
            {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("times"), QJsonArray{QStringLiteral("08:00"), QStringLiteral("20:00")}}}}};
}

TEST(MedModel, SlotsRespectStartStopAndAsNeeded)
{
    Schedule s = Schedule::fromPayload(twiceDaily(QDate(2026, 11, 10)));
    EXPECT_EQ(slotsOn(s, QDate(2026, 11, 9)).size(), 0);
    ASSERT_EQ(slotsOn(s, QDate(2026, 11, 10)).size(), 2);
    EXPECT_EQ(slotsOn(s, QDate(2026, 11, 10)).first().time(), QTime(8, 0));
    s.stop = QDate(2026, 11, 12);
    EXPECT_EQ(slotsOn(s, QDate(2026, 11, 13)).size(), 0);
    s.asNeeded = true;
    EXPECT_EQ(slotsOn(s, QDate(2026, 11, 11)).size(), 0);
}

TEST(MedModel, AdherenceCountsUnloggedDosesAsNotTakenAndSkipsFutureOnes)
{
    const Schedule s = Schedule::fromPayload(twiceDaily(QDate(2026, 11, 1)));
    const QDateTime now(QDate(2026, 11, 3), QTime(12, 0)); // the 20:00 dose today is still to come
    QList<DoseEvent> ev{
        {QDateTime(QDate(2026, 11, 1), QTime(8, 0)), QStringLiteral("taken"), {}},
        {QDateTime(QDate(2026, 11, 1), QTime(20, 0)), QStringLiteral("late"), {}},
        {QDateTime(QDate(2026, 11, 2), QTime(8, 0)), QStringLiteral("missed"), {}},
        {QDateTime(QDate(2026, 11, 2), QTime(20, 0)), QStringLiteral("skipped"), {}},
        // 2026-11-03 08:00: nothing logged
    };
    const Adherence a = adherence(s, ev, QDate(2026, 11, 1), QDate(2026, 11, 3), now);
    EXPECT_EQ(a.expected, 5);
    EXPECT_EQ(a.taken, 2);
    EXPECT_DOUBLE_EQ(a.percent(), 40.0);

    Schedule prn = s;
    prn.asNeeded = true;
    QList<DoseEvent> prnEvents{{{}, QStringLiteral("taken"), QDateTime(QDate(2026, 11, 2), QTime(23, 0))},
                               {{}, QStringLiteral("taken"), QDateTime(QDate(2026, 10, 2), QTime(23, 0))}};
    const Adherence p = adherence(prn, prnEvents, QDate(2026, 11, 1), QDate(2026, 11, 3), now);
    EXPECT_EQ(p.asNeeded, 1);
    EXPECT_EQ(p.percent(), -1); // counted, not scored
}

// A medicine added at 14:00 with an 08:00 dose showed "Doses taken: 0 %" at once,
// and one added with a start date two weeks back counted every day before as
// missed: only doses due after it was added count unless they were logged.
TEST(MedModel, DosesDueBeforeTheMedicineWasAddedCountOnlyWhenLogged)
{
    const QDate day(2026, 11, 20);
    const QDateTime added(day, QTime(14, 0));
    const Schedule s = Schedule::fromPayload(twiceDaily(day.addDays(-14)), added);
    EXPECT_EQ(s.addedAt, added);
    const QList<DoseEvent> none;
    // At 15:00 on the day it was added: nothing due since; no figure yet.
    Adherence a = adherence(s, none, day.addDays(-29), day, QDateTime(day, QTime(15, 0)));
    EXPECT_EQ(a.expected, 0);
    EXPECT_EQ(a.percent(), -1);
    // The evening dose, unlogged an hour after it fell due, counts as not taken.
    a = adherence(s, none, day.addDays(-29), day, QDateTime(day, QTime(21, 30)));
    EXPECT_EQ(a.expected, 1);
    EXPECT_EQ(a.taken, 0);
    // A dose of the days before, logged afterwards, counts as it was logged.
    const QList<DoseEvent> backfilled{{QDateTime(day.addDays(-1), QTime(8, 0)), QStringLiteral("taken"), {}},
                                      {QDateTime(day.addDays(-1), QTime(20, 0)), QStringLiteral("missed"), {}}};
    a = adherence(s, backfilled, day.addDays(-29), day, QDateTime(day, QTime(15, 0)));
    EXPECT_EQ(a.expected, 2);
    EXPECT_EQ(a.taken, 1);
    // Without the date it was added (an older caller), as before: every day since the start.
    a = adherence(Schedule::fromPayload(twiceDaily(day.addDays(-14))), none, day.addDays(-29), day, QDateTime(day, QTime(15, 0)));
    EXPECT_EQ(a.expected, 29);
}

TEST(MedModel, ADoseJustDueIsNotCountedAsMissedUntilAnHourHasPassed)
{
    // Someone who takes the 08:00 pill at 08:10 should not see the figure drop at 08:01.
    const Schedule s = Schedule::fromPayload(twiceDaily(QDate(2026, 11, 1)));
    const QList<DoseEvent> none;
    const QDate day(2026, 11, 3);
    EXPECT_EQ(adherence(s, none, day, day, QDateTime(day, QTime(8, 10))).expected, 0);
    EXPECT_EQ(adherence(s, none, day, day, QDateTime(day, QTime(8, 59))).expected, 0);
    EXPECT_EQ(adherence(s, none, day, day, QDateTime(day, QTime(9, 0))).expected, 1);
    // Logged within the hour, it counts at once, as taken.
    const QList<DoseEvent> taken{{QDateTime(day, QTime(8, 0)), QStringLiteral("taken"), QDateTime(day, QTime(8, 5))}};
    const Adherence a = adherence(s, taken, day, day, QDateTime(day, QTime(8, 10)));
    EXPECT_EQ(a.expected, 1);
    EXPECT_EQ(a.taken, 1);
    // Logged as skipped within the hour, it counts at once, as not taken.
    const QList<DoseEvent> skipped{{QDateTime(day, QTime(8, 0)), QStringLiteral("skipped"), QDateTime(day, QTime(8, 5))}};
    EXPECT_EQ(adherence(s, skipped, day, day, QDateTime(day, QTime(8, 10))).expected, 1);
}

// Issue 30: slots are written and read by hand (Qt's format parser was the
// largest cost of the module's refresh); every answer must be Qt's own.
TEST(MedModel, SlotKeysReadAndWriteExactlyAsQtsFormatDoes)
{
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm");
    QStringList keys{QStringLiteral("2026-03-29T02:30"), QStringLiteral("2026-10-25T02:30"), QStringLiteral("2026-04-05T01:45"),
                     QStringLiteral("2026-10-04T02:15"), QStringLiteral("2026-11-01T00:30"), QStringLiteral("2026-02-21T23:30"), QStringLiteral("2024-02-29T23:59"),
                     QStringLiteral("2023-02-29T08:00"), QStringLiteral("2026-13-01T08:00"), QStringLiteral("2026-00-10T08:00"),
                     QStringLiteral("2026-04-31T08:00"), QStringLiteral("2026-04-30T24:00"), QStringLiteral("2026-04-30T08:60"),
                     QStringLiteral("2026-4-30T08:00"),  QStringLiteral("2026-04-30 08:00"), QStringLiteral("2026-04-30T08:00:00"),
                     QStringLiteral("0000-01-01T00:00"), QStringLiteral("abcd-01-01T00:00"), QStringLiteral("2026-04-3xT08:00"),
                     QStringLiteral("+026-04-30T08:00"), QStringLiteral("2026-04-30T8:00"),  QString()};
    for (QDate d(2025, 12, 25); d <= QDate(2027, 1, 5); d = d.addDays(3))
        for (const char* t : {"00:00", "01:15", "07:30", "12:00", "23:45"})
            keys << d.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') + QLatin1String(t);
    // In zones whose clocks change (a skipped and a repeated hour; half an hour at Lord Howe).
    const QByteArray zoneBefore = qgetenv("TZ");
    for (const char* zone : {"Europe/Madrid", "America/Sao_Paulo", "Australia/Lord_Howe", "UTC"}) {
        qputenv("TZ", zone);
        tzset();
        for (const QString& key : keys) {
            const QDateTime ours = slotFromKey(key);
            const QDateTime qts = QDateTime::fromString(key, format);
            EXPECT_EQ(ours.isValid(), qts.isValid()) << zone << " " << qPrintable(key);
            EXPECT_EQ(ours, qts) << zone << " " << qPrintable(key);
            if (qts.isValid()) {
                EXPECT_EQ(slotKey(qts), qts.toString(format)) << zone << " " << qPrintable(key);
            }
        }
    }
    if (zoneBefore.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zoneBefore);
    tzset();
    EXPECT_EQ(slotKey(QDateTime()), QString());
}

TEST(MedModel, SupplyLeft)
{
    QJsonObject m{{QStringLiteral("refill"), QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-11-01")}, {QStringLiteral("supplyDays"), 28}}}};
    EXPECT_EQ(daysOfSupplyLeft(m, QDate(2026, 11, 21)), 8);
    EXPECT_EQ(daysOfSupplyLeft(m, QDate(2026, 12, 30)), 0);
    EXPECT_EQ(daysOfSupplyLeft({}, QDate(2026, 12, 30)), -1);
}

class MedicationModuleTest : public test::ModuleTest {
protected:
    void SetUp() override
    {
        // The assessments module runs beside it, so the totals below pass its own checks.
        start(QStringList{QStringLiteral("medication"), QStringLiteral("assessments")}, QStringLiteral("medication"));
    }
    // The backend refreshes on Journal::changed(), after the write returns.
    QVariantList list(const char* property) const
    {
        QCoreApplication::processEvents();
        return backend->property(property).toList();
    }
    QVariantMap form(const QString& dose, const QString& times) const
    {
        return {{QStringLiteral("name"), QStringLiteral("Sertraline")}, {QStringLiteral("strength"), QStringLiteral("50 mg")},
                {QStringLiteral("dose"), dose}, {QStringLiteral("times"), times},
                {QStringLiteral("start"), QDate::currentDate().addDays(-10).toString(Qt::ISODate)},
                {QStringLiteral("refillDate"), QDate::currentDate().addDays(-3).toString(Qt::ISODate)}, {QStringLiteral("supplyDays"), 28}};
    }

};

TEST_F(MedicationModuleTest, DoseChangesKeepTheirHistory)
{
    const QString id = call<QString>("saveMedicine", QString(), form(QStringLiteral("1 tablet"), QStringLiteral("08:00")));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(call<QString>("saveMedicine", id, form(QStringLiteral("2 tablets"), QStringLiteral("08:00"))), id);
    const QVariantMap loaded = call<QVariantMap>("loadMedicine", id);
    EXPECT_EQ(loaded.value(QStringLiteral("dose")).toString(), QStringLiteral("2 tablets"));
    const QVariantList changes = loaded.value(QStringLiteral("changes")).toList();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes.first().toMap().value(QStringLiteral("was")).toString().contains(QStringLiteral("1 tablet")));
    EXPECT_EQ(store->get(id)->title, QStringLiteral("Sertraline 50 mg"));
    const QVariantList meds = list("medicines");
    ASSERT_FALSE(meds.isEmpty());
    const QVariantMap med = meds.first().toMap();
    EXPECT_EQ(med.value(QStringLiteral("daysLeft")).toInt(), 25);
}

// The form's field by the label the client sees, and what to do; not the
// payload's path ("payload.schedule.times: needs ...", a keyboard-only try).
TEST_F(MedicationModuleTest, RefusesBadRegimensNamingTheFormsField)
{
    QVariantMap bad = form(QStringLiteral("1 tablet"), QStringLiteral("8 o'clock"));
    EXPECT_TRUE(call<QString>("saveMedicine", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Times: ")) && lastError().contains(QStringLiteral("08:00")))
        << lastError().toStdString();
    bad = form(QStringLiteral("1 tablet"), QString());
    EXPECT_TRUE(call<QString>("saveMedicine", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Times: ")) && lastError().contains(QStringLiteral("As needed")))
        << lastError().toStdString();
    bad = form(QStringLiteral("1 tablet"), QStringLiteral("08:00"));
    bad[QStringLiteral("stop")] = QDate::currentDate().addDays(-20).toString(Qt::ISODate);
    EXPECT_TRUE(call<QString>("saveMedicine", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Stopped: "))) << lastError().toStdString();
    bad = form(QStringLiteral("1 tablet"), QStringLiteral("08:00"));
    bad[QStringLiteral("name")] = QString();
    EXPECT_TRUE(call<QString>("saveMedicine", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Medicine: "))) << lastError().toStdString();
    bad = form(QStringLiteral("1 tablet"), QStringLiteral("08:00"));
    bad[QStringLiteral("supplyDays")] = 0;
    EXPECT_TRUE(call<QString>("saveMedicine", QString(), bad).isEmpty());
    EXPECT_TRUE(lastError().startsWith(QStringLiteral("Days' supply: "))) << lastError().toStdString();
    for (const QString& said : {lastError()})
        EXPECT_FALSE(said.contains(QStringLiteral("payload"))) << said.toStdString();
    EXPECT_EQ(store->count({}).value(), 0);
}

TEST_F(MedicationModuleTest, TodaysChecklistFollowsLoggedDoses)
{
    const QString id = call<QString>("saveMedicine", QString(), form(QStringLiteral("1 tablet"), QStringLiteral("00:00, 23:59")));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    QVariantList today = list("today");
    ASSERT_EQ(today.size(), 2);
    EXPECT_TRUE(today.first().toMap().value(QStringLiteral("status")).toString().isEmpty());
    const QString key = today.first().toMap().value(QStringLiteral("medicineKey")).toString();
    const QString slot = today.first().toMap().value(QStringLiteral("slot")).toString();
    ASSERT_FALSE(call<QString>("logDose", key, slot, QStringLiteral("taken"), QString()).isEmpty()) << lastError().toStdString();
    today = list("today");
    ASSERT_FALSE(today.isEmpty());
    EXPECT_EQ(today.first().toMap().value(QStringLiteral("status")).toString(), QStringLiteral("taken"));
    EXPECT_TRUE(call<QString>("logDose", key, slot, QStringLiteral("forgot"), QString()).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.status")));
}

TEST_F(MedicationModuleTest, SideEffectsEffectivenessAndTheSummary)
{
    const QString id = call<QString>("saveMedicine", QString(), form(QStringLiteral("1 tablet"), QStringLiteral("00:00")));
    ASSERT_FALSE(id.isEmpty());
    const QVariantList meds = list("medicines");
    ASSERT_FALSE(meds.isEmpty());
    const QString key = meds.first().toMap().value(QStringLiteral("key")).toString();
    // One rating reads as one ("1 ratings", "first 6, latest 6" before).
    const QString single = call<QString>("rate", key, 6, QString());
    ASSERT_FALSE(single.isEmpty());
    EXPECT_TRUE(call<QString>("summaryText", 30).contains(QStringLiteral("How well it seems to work (0-10): 6, one rating\n")))
        << call<QString>("summaryText", 30).toStdString();
    ASSERT_TRUE(call<bool>("remove", single));
    const QString effect = call<QString>("logSideEffect", key, QStringLiteral("Dry mouth"), 1, QString());
    ASSERT_FALSE(effect.isEmpty()) << lastError().toStdString();
    EXPECT_TRUE(call<QString>("logSideEffect", key, QStringLiteral("Headache"), 5, QString()).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.severity")));
    ASSERT_FALSE(call<QString>("rate", key, 6, QString()).isEmpty());
    ASSERT_FALSE(call<QString>("rate", key, 8, QString()).isEmpty());
    EXPECT_TRUE(call<bool>("resolveSideEffect", effect));
    EXPECT_EQ(store->get(effect)->payload.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    const QVariantList today = list("today");
    ASSERT_EQ(today.size(), 1);
    ASSERT_FALSE(call<QString>("logDose", key, today.first().toMap().value(QStringLiteral("slot")).toString(), QStringLiteral("taken"),
                               QString()).isEmpty()) << lastError().toStdString();

    // The whole summary a prescriber gets for the last 30 days: one tablet a day at 00:00
    // since ten days ago, added to Tessera today, so only today's dose (taken) is
    // counted, and the line says since when (it read "1 of 11 scheduled (9 %)", the ten
    // days before Tessera knew of it counted as not taken); two ratings, oldest first;
    // the side effect resolved today; no check-ins, no questions.
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-29);
    const QString expected = QStringLiteral("Medication summary, %1 to %2\n"
                                            "What was recorded in Tessera. It is a record, not advice.\n"
                                            "\n"
                                            "Sertraline 50 mg (1 tablet), 00:00\n"
                                            "  Doses taken: 1 of 1 scheduled since it was added to Tessera on %4 (100 %)\n"
                                            "  How well it seems to work (0-10): first 6, latest 8, 2 ratings\n"
                                            "\n"
                                            "Side effects\n"
                                            "  Dry mouth: mild · resolved · Sertraline (since %3)\n"
                                            "\n"
                                            "Mood over this period\n"
                                            "  No mood recorded in these days.\n"
                                            "\n"
                                            "Questionnaires in this period\n"
                                            "  PHQ-9 (depression), total 0-27\n"
                                            "    None in this period.\n"
                                            "  GAD-7 (anxiety), total 0-21\n"
                                            "    None in this period.\n"
                                            "  Totals you fill in with the Assessments module appear here, once Medication may read them.\n"
                                            "\n"
                                            "Questions for my prescriber\n"
                                            "  None written down.\n")
                                 .arg(QLocale().toString(from, QStringLiteral("d MMM yyyy")),
                                      QLocale().toString(to, QStringLiteral("d MMM yyyy")), to.toString(Qt::ISODate),
                                      QLocale().toString(to, QStringLiteral("d MMM yyyy")));
    const QString summary = call<QString>("summaryText", 30);
    EXPECT_EQ(summary, expected);
    const QString path = call<QString>("saveSummary", 30, dir.filePath(QStringLiteral("out")));
    ASSERT_FALSE(path.isEmpty()) << lastError().toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()), summary);
}

// One dose of an as-needed medicine reads as a count, never "1 times" (the
// summary and the Medicines page said "Taken as needed 1 times" before).
TEST_F(MedicationModuleTest, OneAsNeededDoseIsCountedNotPluralised)
{
    QVariantMap prn = form(QStringLiteral("1 tablet"), QString());
    prn.insert(QStringLiteral("asNeeded"), true);
    ASSERT_FALSE(call<QString>("saveMedicine", QString(), prn).isEmpty()) << lastError().toStdString();
    const QVariantList meds = list("medicines");
    ASSERT_EQ(meds.size(), 1);
    const QString key = meds.first().toMap().value(QStringLiteral("key")).toString();
    ASSERT_FALSE(call<QString>("logDose", key, QString(), QStringLiteral("taken"), QString()).isEmpty())
        << lastError().toStdString();
    EXPECT_EQ(list("medicines").first().toMap().value(QStringLiteral("asNeeded7")).toInt(), 1);
    const QString summary = call<QString>("summaryText", 30);
    EXPECT_TRUE(summary.contains(QStringLiteral("\n  Times taken as needed: 1\n"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("1 times"))) << summary.toStdString();
}

// A client adding the medicine they started ten days ago saw "Doses taken: 0 %"
// at once: every dose of the days before Tessera knew of it counted as not
// taken. Now the figure waits for a dose due after it was added, or a logged one.
TEST_F(MedicationModuleTest, ANewMedicineHasNoFigureUntilADoseIsDueOrLogged)
{
    ASSERT_FALSE(call<QString>("saveMedicine", QString(), form(QStringLiteral("1 tablet"), QStringLiteral("00:00, 12:00"))).isEmpty())
        << lastError().toStdString();
    QVariantMap med = list("medicines").first().toMap();
    EXPECT_EQ(med.value(QStringLiteral("adherence30")).toDouble(), -1) << "a new medicine scored its unlogged past";
    EXPECT_EQ(med.value(QStringLiteral("adherence7")).toDouble(), -1);
    // Yesterday's midnight dose, logged now as taken: it counts.
    const QString key = med.value(QStringLiteral("key")).toString();
    const QString slot = QDateTime(QDate::currentDate().addDays(-1), QTime(0, 0)).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    ASSERT_FALSE(call<QString>("logDose", key, slot, QStringLiteral("taken"), QString()).isEmpty()) << lastError().toStdString();
    med = list("medicines").first().toMap();
    EXPECT_EQ(med.value(QStringLiteral("adherence30")).toDouble(), 100.0);
}

TEST_F(MedicationModuleTest, SamplesValidateAndScoreAdherence)
{
    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    req.days = 90;
    const auto samples = plugins->sampleEntries(req);
    QList<sdk::Entry> entries;
    for (const auto& d : samples) {
        EXPECT_OK(plugins->validate(d));
        sdk::Entry e = entryFromDraft(d, req.now);
        entries << e;
    }
    ASSERT_OK(store->importEntries(entries));
    const QVariantList meds = list("medicines");
    ASSERT_EQ(meds.size(), 2);
    for (const QVariant& m : meds) {
        const QVariantMap med = m.toMap();
        if (med.value(QStringLiteral("asNeeded")).toBool())
            EXPECT_GE(med.value(QStringLiteral("adherence30")).toDouble(), -1);
        else
            EXPECT_GT(med.value(QStringLiteral("adherence30")).toDouble(), 60);
    }
}

} // namespace

// ---- Issue 22: the PHQ-9 and GAD-7 totals of the period in the appointment summary ----

namespace {
// An entry as the assessments module stores it (its data contract), checked
// by that module (running beside medication) before it is stored.
void addTotal(core::JournalStore& store, const core::PluginManager& plugins, const QString& kind, int total,
              const QString& band, int daysAgo)
{
    const bool phq9 = kind == QLatin1String("assessments/phq9");
    // LOINC item codes (loinc.org panels 44249-1 and 69737-5).
    static const char* phq9Codes[] = {"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"};
    static const char* gad7Codes[] = {"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"};
    QJsonArray answers;
    int left = total;
    for (int item = 1; item <= (phq9 ? 9 : 7); ++item) {
        const int v = std::min(3, left);
        left -= v;
        answers << QJsonObject{{QStringLiteral("item"), item}, {QStringLiteral("code"), QLatin1String(phq9 ? phq9Codes[item - 1] : gad7Codes[item - 1])},
                               {QStringLiteral("value"), v}};
    }
    // The published bands, when the test does not name one.
    const QString bandId = !band.isEmpty() ? band
        : total < 5 ? QStringLiteral("minimal") : total < 10 ? QStringLiteral("mild") : total < 15 ? QStringLiteral("moderate")
        : phq9 && total < 20 ? QStringLiteral("moderately-severe") : QStringLiteral("severe");
    sdk::EntryDraft d;
    d.kind = kind;
    d.title = phq9 ? QStringLiteral("PHQ-9") : QStringLiteral("GAD-7");
    d.occurredAt = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(12, 0));
    d.payload = QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("band"), bandId}, {QStringLiteral("answers"), answers},
                            {QStringLiteral("loinc"), phq9 ? QJsonObject{{QStringLiteral("panel"), QStringLiteral("44249-1")},
                                                                        {QStringLiteral("total"), QStringLiteral("44261-6")}}
                                                           : QJsonObject{{QStringLiteral("panel"), QStringLiteral("69737-5")},
                                                                        {QStringLiteral("total"), QStringLiteral("70274-6")}}}};
    EXPECT_OK(plugins.validate(d));
    EXPECT_OK(store.add(d));
}

QString day(int daysAgo) { return QLocale().toString(QDate::currentDate().addDays(-daysAgo), QStringLiteral("d MMM yyyy")); }
} // namespace

TEST_F(MedicationModuleTest, TheSummaryListsTheQuestionnaireTotalsOfThePeriod)
{
    addTotal(*store, *plugins, QStringLiteral("assessments/phq9"), 19, QStringLiteral("moderately-severe"), 60); // before the period
    addTotal(*store, *plugins, QStringLiteral("assessments/phq9"), 14, QStringLiteral("moderate"), 20);
    addTotal(*store, *plugins, QStringLiteral("assessments/phq9"), 9, QStringLiteral("mild"), 6);
    addTotal(*store, *plugins, QStringLiteral("assessments/gad7"), 16, QStringLiteral("severe"), 45);

    const QString summary = call<QString>("summaryText", 30);
    const QString expected = QStringLiteral("Questionnaires in this period\n"
                                            "  PHQ-9 (depression), total 0-27\n"
                                            "    %1: 14, moderate\n"
                                            "    %2: 9, mild\n"
                                            "  GAD-7 (anxiety), total 0-21\n"
                                            "    None in this period.\n"
                                            "\n"
                                            "Questions for my prescriber\n").arg(day(20), day(6));
    EXPECT_TRUE(summary.contains(expected)) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral(": 19,")));

    // Three months: the GAD-7 and the older PHQ-9 too, oldest first.
    const QVariantList totals = call<QVariantList>("assessmentTotals", 90);
    ASSERT_EQ(totals.size(), 2);
    const QVariantList phq9 = totals.at(0).toMap().value(QStringLiteral("totals")).toList();
    ASSERT_EQ(phq9.size(), 3);
    EXPECT_EQ(phq9.first().toMap().value(QStringLiteral("total")).toInt(), 19);
    EXPECT_EQ(phq9.first().toMap().value(QStringLiteral("band")).toString(), QStringLiteral("moderately severe"));
    EXPECT_EQ(phq9.first().toMap().value(QStringLiteral("date")).toString(), day(60));
    const QVariantMap gad7 = totals.at(1).toMap();
    EXPECT_EQ(gad7.value(QStringLiteral("kind")).toString(), QStringLiteral("assessments/gad7"));
    ASSERT_EQ(gad7.value(QStringLiteral("totals")).toList().size(), 1);
    EXPECT_EQ(gad7.value(QStringLiteral("totals")).toList().first().toMap().value(QStringLiteral("band")).toString(), QStringLiteral("severe"));
    EXPECT_TRUE(call<QString>("summaryText", 90).contains(QStringLiteral("    %1: 16, severe\n").arg(day(45))));
}

TEST_F(MedicationModuleTest, TheSummaryReadsABoundedNumberOfTotals)
{
    const int read = medication::MedBackend::kAssessmentRead;
    for (int i = 0; i < read + 4; ++i)
        addTotal(*store, *plugins, QStringLiteral("assessments/phq9"), i % 28, QString(), i % 80);
    const QVariantMap phq9 = call<QVariantList>("assessmentTotals", 90).first().toMap();
    EXPECT_EQ(phq9.value(QStringLiteral("totals")).toList().size(), read);
    EXPECT_EQ(phq9.value(QStringLiteral("earlier")).toInt(), 4);
    EXPECT_TRUE(call<QString>("summaryText", 90).contains(QStringLiteral("    (4 earlier in the period, not listed)\n")));
}
