// The medication module's section of the clinician report (SDK 2.2): doses
// taken as planned from a known set, per medicine, side effects, changes,
// built only from the request; then through the real plugin manager.
#include "../src/medmodel.h"
#include "../src/report.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QJsonArray>
#include <QLocale>

using namespace tessera;
using namespace tessera::medication;

namespace {

int g_serial = 0;

sdk::Entry entry(const QString& kind, const QDateTime& at, const QJsonObject& payload, const QString& title = {})
{
    sdk::Entry e;
    e.id = QStringLiteral("m-%1").arg(++g_serial);
    e.pluginId = QStringLiteral("medication");
    e.kind = QStringLiteral("medication/") + kind;
    e.occurredAt = at.toUTC();
    e.utcOffsetSeconds = at.offsetFromUtc();
    e.payload = payload;
    e.title = title.isEmpty() ? kind : title;
    e.createdAt = e.updatedAt = e.occurredAt;
    return e;
}

QJsonObject medicine(const QString& key, const QString& name, const QString& strength, const QStringList& times, const QDate& start)
{
    QJsonObject schedule = times.isEmpty() ? QJsonObject{{QStringLiteral("asNeeded"), true}}
                                           : QJsonObject{{QStringLiteral("times"), QJsonArray::fromStringList(times)}};
    return {{QStringLiteral("key"), key}, {QStringLiteral("name"), name}, {QStringLiteral("strength"), strength},
            {QStringLiteral("start"), start.toString(Qt::ISODate)}, {QStringLiteral("schedule"), schedule}};
}

sdk::Entry dose(const QString& key, const QString& name, const QDate& day, const QString& time, const QString& status,
                const QString& reason = {})
{
    QJsonObject p{{QStringLiteral("medicineKey"), key}, {QStringLiteral("status"), status}};
    if (!time.isEmpty())
        p.insert(QStringLiteral("slot"), QStringLiteral("%1T%2").arg(day.toString(Qt::ISODate), time));
    if (!reason.isEmpty())
        p.insert(QStringLiteral("reason"), reason);
    const QTime t = time.isEmpty() ? QTime(22, 0) : QTime::fromString(time, QStringLiteral("HH:mm")).addSecs(600);
    return entry(QStringLiteral("dose"), QDateTime(day, t), p, QStringLiteral("%1: %2").arg(name, status));
}

class MedicationReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }

    /// September 2025: sertraline twice a day since August, mirtazapine twice
    /// a day from 1 September, zopiclone as needed. 120 planned doses: 103
    /// taken (5 of them late), 9 logged as not taken or skipped, 8 not logged.
    static sdk::ReportRequest known()
    {
        sdk::ReportRequest r;
        r.from = QDate(2025, 9, 1);
        r.to = QDate(2025, 9, 30);
        r.kinds = {QStringLiteral("medication/medicine"), QStringLiteral("medication/dose"), QStringLiteral("medication/side-effect"),
                   QStringLiteral("medication/effectiveness")};
        r.earlier << entry(QStringLiteral("medicine"), QDateTime(QDate(2025, 8, 1), QTime(9, 0)),
                           medicine(QStringLiteral("ser"), QStringLiteral("Sertraline"), QStringLiteral("50 mg"), {"08:00", "20:00"}, QDate(2025, 8, 1)))
                  << entry(QStringLiteral("medicine"), QDateTime(QDate(2025, 8, 1), QTime(9, 5)),
                           medicine(QStringLiteral("zop"), QStringLiteral("Zopiclone"), QStringLiteral("3.75 mg"), {}, QDate(2025, 8, 1)));
        r.entries << entry(QStringLiteral("medicine"), QDateTime(QDate(2025, 9, 1), QTime(7, 0)),
                           medicine(QStringLiteral("mir"), QStringLiteral("Mirtazapine"), QStringLiteral("15 mg"), {"08:00", "14:00"}, QDate(2025, 9, 1)));
        int serSlot = 0;
        int mirSlot = 0;
        for (QDate d = r.from; d <= r.to; d = d.addDays(1)) {
            for (const QString& time : {QStringLiteral("08:00"), QStringLiteral("20:00")}) {
                // 55 taken (5 late), 3 not taken, 2 skipped (one with a reason).
                const int n = serSlot++;
                const QString status = n < 50 ? QStringLiteral("taken") : n < 55 ? QStringLiteral("late")
                                     : n < 58 ? QStringLiteral("missed") : QStringLiteral("skipped");
                r.entries << dose(QStringLiteral("ser"), QStringLiteral("Sertraline"), d, time, status,
                                  n == 58 ? QStringLiteral("Felt sick that morning") : QString());
            }
            for (const QString& time : {QStringLiteral("08:00"), QStringLiteral("14:00")}) {
                // 48 taken, 4 not taken, 8 not logged at all.
                const int n = mirSlot++;
                if (n < 52)
                    r.entries << dose(QStringLiteral("mir"), QStringLiteral("Mirtazapine"), d, time,
                                      n < 48 ? QStringLiteral("taken") : QStringLiteral("missed"));
            }
        }
        r.entries << dose(QStringLiteral("zop"), QStringLiteral("Zopiclone"), QDate(2025, 9, 6), {}, QStringLiteral("taken"))
                  << dose(QStringLiteral("zop"), QStringLiteral("Zopiclone"), QDate(2025, 9, 13), {}, QStringLiteral("taken"));
        r.entries << entry(QStringLiteral("side-effect"), QDateTime(QDate(2025, 9, 4), QTime(12, 0)),
                           {{QStringLiteral("medicineKey"), QStringLiteral("ser")}, {QStringLiteral("symptom"), QStringLiteral("Vivid dreams")},
                            {QStringLiteral("severity"), 1}, {QStringLiteral("onset"), QStringLiteral("2025-09-03")},
                            {QStringLiteral("status"), QStringLiteral("ongoing")}});
        r.entries << entry(QStringLiteral("effectiveness"), QDateTime(QDate(2025, 9, 28), QTime(19, 0)),
                           {{QStringLiteral("medicineKey"), QStringLiteral("ser")}, {QStringLiteral("rating"), 7}});
        return r;
    }

    static QDateTime now() { return QDateTime(QDate(2025, 10, 5), QTime(12, 0)); }

private:
    QLocale m_locale;
};

} // namespace

TEST_F(MedicationReport, TakenAsPlannedFromAKnownSet)
{
    const sdk::ReportRequest r = known();
    const sdk::ReportSection s = buildReportSection(r, now());
    test::expectWithinReportLimits(s, r);

    ASSERT_EQ(s.headlines.size(), 2);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Medicines taken as planned"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("86 %"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("103 of 120 planned doses in the period"));
    EXPECT_EQ(s.headlines[1].label, QStringLiteral("Side effects noted"));
    EXPECT_EQ(s.headlines[1].value, QStringLiteral("1"));
    EXPECT_EQ(s.headlines[1].detail, QStringLiteral("1 still ongoing when last noted"));

    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 4);
    EXPECT_EQ(tables[0].columns, (QStringList{"Medicine", "Planned doses", "Taken", "Not taken", "Side effects noted", "Helps (latest, 0-10)"}));
    EXPECT_EQ(tables[0].rows, (QList<QStringList>{{"Sertraline", "60", "55", "5", "1", "7 of 10"},
                                                  {"Zopiclone", "As needed", "2", "-", "0", "-"},
                                                  {"Mirtazapine", "60", "48", "12", "0", "-"}}));
    EXPECT_EQ(tables[1].rows, (QList<QStringList>{{"30 Sept 2025", "Sertraline", "Skipped", "Felt sick that morning"}}));
    EXPECT_EQ(tables[2].rows, (QList<QStringList>{{"3 Sept 2025", "Sertraline", "Vivid dreams", "Mild", "Ongoing"}}));
    EXPECT_EQ(tables[3].rows, (QList<QStringList>{{"1 Sept 2025", "Mirtazapine", "Started: 15 mg, at 08:00, 14:00"}}));

    // Records, no advice.
    const QString text = test::reportText(s).toLower();
    for (const char* word : {"should", "increase", "reduce", "advise", "missed"})
        EXPECT_FALSE(text.contains(QLatin1String(word))) << word;
}

TEST_F(MedicationReport, WithoutTheMedicinesTheDosesAreCountedAsLogged)
{
    sdk::ReportRequest r = known();
    r.kinds = {QStringLiteral("medication/dose")};
    r.earlier.clear();
    r.entries.removeIf([](const sdk::Entry& e) { return e.shortKind() != QLatin1String("dose"); });
    const sdk::ReportSection s = buildReportSection(r, now());
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Doses logged"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("114"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("105 taken, 9 not taken (as logged; the medicines' plans are not in the report)"));
    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_GE(tables.size(), 1);
    EXPECT_EQ(tables[0].rows[0], (QStringList{"Sertraline", "Not in the report", "55", "5", "0", "-"}));
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("Vivid dreams")));
}

TEST_F(MedicationReport, AnEntryNotPassedIsAbsent)
{
    sdk::ReportRequest r = known();
    // The client left the side effects and ratings out this time.
    r.kinds.removeAll(QStringLiteral("medication/side-effect"));
    r.kinds.removeAll(QStringLiteral("medication/effectiveness"));
    r.entries.removeIf([](const sdk::Entry& e) { return e.shortKind() == QLatin1String("side-effect") || e.shortKind() == QLatin1String("effectiveness"); });
    const sdk::ReportSection s = buildReportSection(r, now());
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("86 %"));
    const QString text = test::reportText(s);
    EXPECT_FALSE(text.contains(QStringLiteral("Vivid dreams")));
    EXPECT_FALSE(text.contains(QStringLiteral("7 of 10")));
}

TEST_F(MedicationReport, EmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = known();
    r.entries.clear(); // the medicines before the period stay as context only
    const sdk::ReportSection s = buildReportSection(r, now());
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No medication records in this period."));
}

class MedicationReportModule : public test::ModuleTest {};

TEST_F(MedicationReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("journal"), QStringLiteral("assessments"), QStringLiteral("medication")}, QStringLiteral("medication"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("medication")));
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 30);
    r.kinds = {QStringLiteral("medication/side-effect")};
    r.entries << entry(QStringLiteral("side-effect"), QDateTime(QDate(2025, 9, 4), QTime(12, 0)),
                       {{QStringLiteral("symptom"), QStringLiteral("Dry mouth")}, {QStringLiteral("severity"), 1},
                        {QStringLiteral("onset"), QStringLiteral("2025-09-03")}, {QStringLiteral("status"), QStringLiteral("resolved")}});
    const auto section = plugins->reportSection(QStringLiteral("medication"), r);
    ASSERT_TRUE(section.has_value());
    ASSERT_EQ(section->headlines.size(), 1);
    EXPECT_EQ(section->headlines[0].label, QStringLiteral("Side effects noted"));
    EXPECT_TRUE(test::reportText(*section).contains(QStringLiteral("Dry mouth")));
}

TEST_F(MedicationReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("journal"), QStringLiteral("assessments"), QStringLiteral("medication")}, QStringLiteral("medication"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("medication"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("medication"), r), tessera::medication::buildReportSection(r), r);
}
