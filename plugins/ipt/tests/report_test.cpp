// The relationships (IPT) module's section of the clinician report (SDK
// 2.2): built only from the request, within the report's limits; then
// through the real plugin manager.
#include "../src/report.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QLocale>

using namespace tessera;

namespace {

int g_serial = 0;

sdk::Entry entry(const QString& kind, const QDate& day, const QJsonObject& payload, const QString& title, std::optional<int> mood = {})
{
    sdk::Entry e;
    e.id = QStringLiteral("ipt-%1").arg(++g_serial);
    e.pluginId = QStringLiteral("ipt");
    e.kind = QStringLiteral("ipt/") + kind;
    e.occurredAt = QDateTime(day, QTime(19, 0), Qt::UTC);
    e.payload = payload;
    e.title = title;
    e.mood = mood;
    return e;
}

sdk::ReportRequest known()
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 30);
    r.earlier << entry(QStringLiteral("focus"), QDate(2025, 8, 20),
                       {{QStringLiteral("area"), QStringLiteral("transitions")}, {QStringLiteral("note"), QStringLiteral("Back at work after a long time off")}},
                       QStringLiteral("Focus: Role transition"));
    r.entries << entry(QStringLiteral("transition"), QDate(2025, 9, 3), {{QStringLiteral("key"), QStringLiteral("t1")}, {QStringLiteral("title"), QStringLiteral("Back at work")}},
                       QStringLiteral("Role transition: Back at work"))
              << entry(QStringLiteral("event"), QDate(2025, 9, 9),
                       {{QStringLiteral("person"), QStringLiteral("Sam")}, {QStringLiteral("event"), QStringLiteral("Lunch together")}, {QStringLiteral("tone"), QStringLiteral("supportive")}},
                       QStringLiteral("Sam: Lunch together"), 7);
    return r;
}

class IptReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }
private:
    QLocale m_locale;
};

} // namespace

TEST_F(IptReport, FocusAndWorksheetsFromTheRequestOnly)
{
    const sdk::ReportRequest r = known();
    const sdk::ReportSection s = ipt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    // What it counts, by kind (it said "Worksheets" of events too).
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Entries"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("2"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("Worksheet: role transition (1); Interpersonal event (1)"));
    const auto paragraphs = test::blocksOf(s, sdk::ReportBlock::Type::Paragraph);
    ASSERT_EQ(paragraphs.size(), 1);
    EXPECT_TRUE(paragraphs[0].text.startsWith(QStringLiteral("Focus area: ")));
    EXPECT_TRUE(paragraphs[0].text.contains(QStringLiteral("(chosen on Wednesday, 20 August 2025). The client's note: \"Back at work after a long time off\"")))
        << paragraphs[0].text.toStdString();
    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables[0].rows, (QList<QStringList>{{"3 Sept 2025", "Worksheet: role transition", "Role transition: Back at work", "", ""},
                                                  {"9 Sept 2025", "Interpersonal event", "Sam: Lunch together", "Supportive", "7"}}));
}

TEST_F(IptReport, AnEntryNotPassedIsAbsentAndAnEmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = known();
    r.earlier.clear(); // the focus not shared
    r.entries.removeLast();
    sdk::ReportSection s = ipt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("Sam")));
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("Focus area")));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("1"));

    r.entries.clear();
    s = ipt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No worksheets or events in this period."));
}

class IptReportModule : public test::ModuleTest {};

TEST_F(IptReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("ipt")}, QStringLiteral("ipt"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("ipt")));
    const auto section = plugins->reportSection(QStringLiteral("ipt"), known());
    ASSERT_TRUE(section.has_value());
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("2"));
}

TEST_F(IptReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("ipt")}, QStringLiteral("ipt"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("ipt"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("ipt"), r), tessera::ipt::buildReportSection(r), r);
}

// From trying it: the front page said Relationships had 52 entries, its
// section 53: a focus area chosen in the period was an entry the figure left out.
TEST_F(IptReport, TheFigureCountsAFocusChosenInThePeriod)
{
    sdk::ReportRequest r = known();
    r.entries << entry(QStringLiteral("focus"), QDate(2025, 9, 20), {{QStringLiteral("area"), QStringLiteral("disputes")}},
                       QStringLiteral("Focus: Role dispute"));
    const sdk::ReportSection s = ipt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].value, QString::number(r.entries.size()));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("Worksheet: role transition (1); Interpersonal event (1); Focus area chosen (1)"));
}
