// The assessments module's section of the clinician report (SDK 2.2): built
// only from the request's entries (and the earlier ones for a baseline),
// within the report's limits; then through the real plugin manager.
#include "../src/instruments.h"
#include "../src/report.h"
#include "../src/scoring.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QLocale>

using namespace tessera;
using namespace tessera::assessments;

namespace {

sdk::Entry result(const QString& id, const Answers& answers, const QDate& day, std::optional<int> difficulty = std::nullopt)
{
    const Instrument* inst = instrument(id);
    sdk::Entry e;
    e.id = QStringLiteral("%1-%2").arg(id, day.toString(Qt::ISODate));
    e.pluginId = QStringLiteral("assessments");
    e.kind = QStringLiteral("assessments/") + id;
    e.occurredAt = QDateTime(day, QTime(18, 30), Qt::UTC);
    e.payload = makePayload(*inst, answers, difficulty);
    e.title = QStringLiteral("%1: %2").arg(inst->name).arg(totalScore(*inst, answers));
    return e;
}

class AssessmentsReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }

    static sdk::ReportRequest request()
    {
        sdk::ReportRequest r;
        r.from = QDate(2025, 9, 1);
        r.to = QDate(2025, 10, 31);
        r.kinds = {QStringLiteral("assessments/phq9"), QStringLiteral("assessments/gad7")};
        return r;
    }

private:
    QLocale m_locale;
};

} // namespace

TEST_F(AssessmentsReport, HeadlinesTablesChartsAndItem9FromTheRequestOnly)
{
    sdk::ReportRequest r = request();
    r.entries << result(QStringLiteral("phq9"), {2, 2, 2, 2, 1, 2, 1, 1, 1}, QDate(2025, 9, 3), 2)   // 14, item 9 "Several days"
              << result(QStringLiteral("gad7"), {1, 1, 1, 1, 1, 1, 1}, QDate(2025, 10, 10))          // 7
              << result(QStringLiteral("phq9"), {1, 1, 1, 2, 1, 1, 1, 1, 0}, QDate(2025, 10, 12), 1); // 9
    r.earlier << result(QStringLiteral("gad7"), {2, 2, 2, 2, 1, 2, 1}, QDate(2025, 8, 1)); // 12
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);

    ASSERT_EQ(s.headlines.size(), 3);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("PHQ-9"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("9 (mild)"));
    EXPECT_EQ(s.headlines[0].detail,
              QStringLiteral("from 14 on Wednesday, 3 September 2025 (first in the period); change -5 (5 points or more)"));
    EXPECT_EQ(s.headlines[1].label, QStringLiteral("GAD-7"));
    EXPECT_EQ(s.headlines[1].value, QStringLiteral("7 (mild)"));
    EXPECT_EQ(s.headlines[1].detail, QStringLiteral("from 12 on Friday, 1 August 2025 (before the period); change -5"));
    EXPECT_EQ(s.headlines[2].label, QStringLiteral("PHQ-9 item 9"));
    EXPECT_EQ(s.headlines[2].value, QStringLiteral("'Several days' on 3 Sept 2025"));
    EXPECT_TRUE(s.headlines[2].detail.startsWith(QStringLiteral("answered above 0 in 1 of 2 PHQ-9 results")));

    const auto paragraphs = test::blocksOf(s, sdk::ReportBlock::Type::Paragraph);
    ASSERT_EQ(paragraphs.size(), 1);
    EXPECT_EQ(paragraphs[0].text, QStringLiteral("Item 9 (thoughts that you would be better off dead or of hurting yourself in "
                                                 "some way) was answered 'Several days' on Wednesday, 3 September 2025."));

    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables[0].columns, (QStringList{"Date", "Total (0-27)", "Band", "How difficult"}));
    EXPECT_EQ(tables[0].rows, (QList<QStringList>{{"3 Sept 2025", "14", "Moderate", "Very difficult"},
                                                  {"12 Oct 2025", "9", "Mild", "Somewhat difficult"}}));
    EXPECT_EQ(tables[1].columns, (QStringList{"Date", "Total (0-21)", "Band"}));
    EXPECT_EQ(tables[1].rows, (QList<QStringList>{{"10 Oct 2025", "7", "Mild"}}));

    // A chart only where there are two totals or more: PHQ-9's, 0-27.
    const auto charts = test::blocksOf(s, sdk::ReportBlock::Type::Chart);
    ASSERT_EQ(charts.size(), 1);
    EXPECT_EQ(charts[0].minimum, 0);
    EXPECT_EQ(charts[0].maximum, 27);
    ASSERT_EQ(charts[0].points.size(), 2);
    EXPECT_EQ(charts[0].points[0].date, QDate(2025, 9, 3));
    EXPECT_EQ(charts[0].points[0].value, 14);
    EXPECT_EQ(charts[0].points[1].value, 9);

    // The earlier GAD-7 gives the baseline only: it is in no table.
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("1 Aug 2025")));
}

TEST_F(AssessmentsReport, AnEntryNotPassedIsAbsent)
{
    sdk::ReportRequest r = request();
    r.entries << result(QStringLiteral("phq9"), {1, 1, 1, 1, 1, 1, 1, 0, 0}, QDate(2025, 9, 20), 1); // 7
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("7 (mild)"));
    EXPECT_EQ(s.headlines[0].detail,
              QStringLiteral("on Saturday, 20 September 2025; one result, nothing earlier to compare with"));
    // A result the client did not pick (say a GAD-7 of 19 on 25 September) is nowhere.
    const QString text = test::reportText(s);
    EXPECT_FALSE(text.contains(QStringLiteral("GAD-7")));
    EXPECT_FALSE(text.contains(QStringLiteral("19")));
    EXPECT_FALSE(text.contains(QStringLiteral("Item 9")));
    EXPECT_TRUE(test::blocksOf(s, sdk::ReportBlock::Type::Chart).isEmpty());
}

TEST_F(AssessmentsReport, RemissionAndResponseAsTheModuleDefinesThem)
{
    sdk::ReportRequest r = request();
    r.entries << result(QStringLiteral("phq9"), {2, 2, 2, 2, 2, 2, 2, 2, 0}, QDate(2025, 9, 2)) // 16
              << result(QStringLiteral("phq9"), {1, 1, 1, 1, 0, 0, 0, 0, 0}, QDate(2025, 10, 28)); // 4
    sdk::ReportSection s = buildReportSection(r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("4 (minimal)"));
    EXPECT_TRUE(s.headlines[0].detail.endsWith(QStringLiteral("change -12 (5 points or more); remission (under 5, from 16)"))) << s.headlines[0].detail.toStdString();

    r.entries[1] = result(QStringLiteral("phq9"), {1, 1, 1, 1, 1, 1, 1, 1, 0}, QDate(2025, 10, 28)); // 8
    s = buildReportSection(r);
    EXPECT_TRUE(s.headlines[0].detail.endsWith(QStringLiteral("change -8 (5 points or more); response (half or less of 16)"))) << s.headlines[0].detail.toStdString();
}

TEST_F(AssessmentsReport, EmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = request();
    r.earlier << result(QStringLiteral("phq9"), {2, 2, 2, 2, 1, 2, 1, 1, 1}, QDate(2025, 8, 3), 2);
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].type, sdk::ReportBlock::Type::Paragraph);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No questionnaires were completed in this period."));
}

TEST_F(AssessmentsReport, AllThreeMeasuresAndItem9KeepTheLimits)
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 8, 2);
    r.to = QDate(2025, 10, 31);
    // The samples: fortnightly PHQ-9 and GAD-7 with item 9 once, one AUDIT-C.
    const QList<Answers> phq9{{2, 2, 2, 2, 1, 2, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1, 0, 0}};
    r.entries << result(QStringLiteral("phq9"), phq9[0], QDate(2025, 8, 8), 2)
              << result(QStringLiteral("audit-c"), {1, 1, 1}, QDate(2025, 8, 12))
              << result(QStringLiteral("gad7"), {1, 1, 1, 1, 0, 1, 1}, QDate(2025, 9, 8))
              << result(QStringLiteral("phq9"), phq9[1], QDate(2025, 10, 17), 1);
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 4);
    EXPECT_EQ(s.headlines[2].label, QStringLiteral("AUDIT-C"));
    EXPECT_EQ(s.headlines[2].value, QStringLiteral("3 (at the usual cut-off for women)"));
    EXPECT_EQ(s.headlines[3].label, QStringLiteral("PHQ-9 item 9"));
}

class AssessmentsReportModule : public test::ModuleTest {};

TEST_F(AssessmentsReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("assessments")}, QStringLiteral("assessments"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("assessments")));
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 10, 31);
    r.kinds = {QStringLiteral("assessments/phq9")};
    r.entries << result(QStringLiteral("phq9"), {2, 2, 2, 2, 1, 2, 1, 1, 1}, QDate(2025, 9, 3), 2)
              << result(QStringLiteral("phq9"), {1, 1, 1, 2, 1, 1, 1, 1, 0}, QDate(2025, 10, 12), 1);
    const auto section = plugins->reportSection(QStringLiteral("assessments"), r);
    ASSERT_TRUE(section.has_value());
    const sdk::ReportSection direct = buildReportSection(r);
    ASSERT_EQ(section->headlines.size(), direct.headlines.size());
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("9 (mild)"));
    EXPECT_EQ(section->blocks.size(), direct.blocks.size()); // nothing dropped by the host's checks
}

TEST_F(AssessmentsReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("assessments")}, QStringLiteral("assessments"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("assessments"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("assessments"), r), tessera::assessments::buildReportSection(r), r);
}
