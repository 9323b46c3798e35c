// The mindfulness module's section of the clinician report (SDK 2.2): built
// only from the request, within the report's limits; then through the real
// plugin manager.
#include "../src/report.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QJsonArray>
#include <QLocale>

using namespace tessera;

namespace {

int g_serial = 0;

sdk::Entry entry(const QString& kind, const QDateTime& at, const QJsonObject& payload)
{
    sdk::Entry e;
    e.id = QStringLiteral("mbct-%1").arg(++g_serial);
    e.pluginId = QStringLiteral("mbct");
    e.kind = QStringLiteral("mbct/") + kind;
    e.occurredAt = at;
    e.payload = payload;
    e.title = kind;
    return e;
}

sdk::Entry practice(const QDate& day, int hour, const QString& code, int seconds, bool completed)
{
    return entry(QStringLiteral("practice"), QDateTime(day, QTime(hour, 0), Qt::UTC),
                 {{QStringLiteral("practice"), code}, {QStringLiteral("seconds"), seconds}, {QStringLiteral("completed"), completed}});
}

sdk::ReportRequest known()
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1); // a Monday
    r.to = QDate(2025, 9, 14);
    r.entries << practice(QDate(2025, 9, 1), 7, QStringLiteral("body-scan"), 20 * 60, true)
              << practice(QDate(2025, 9, 1), 15, QStringLiteral("breathing-space"), 180, true)
              << practice(QDate(2025, 9, 3), 7, QStringLiteral("body-scan"), 12 * 60 + 20, false)
              << practice(QDate(2025, 9, 9), 7, QStringLiteral("sitting"), 15 * 60, true)
              << entry(QStringLiteral("week"), QDateTime(QDate(2025, 9, 7), QTime(20, 0), Qt::UTC),
                       {{QStringLiteral("week"), 1}, {QStringLiteral("reflection"), QStringLiteral("I hadn't noticed how much runs without me.")}});
    return r;
}

class MbctReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }
private:
    QLocale m_locale;
};

} // namespace

TEST_F(MbctReport, PracticeByTypeAndWeekFromTheRequestOnly)
{
    const sdk::ReportRequest r = known();
    const sdk::ReportSection s = mbct::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Practice"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("50 minutes")); // 20 + 3 + 12:20 + 15
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("4 sessions on 3 days"));
    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 3);
    EXPECT_EQ(tables[0].columns, (QStringList{"Practice", "Sessions", "Minutes", "Finished as planned"}));
    ASSERT_EQ(tables[0].rows.size(), 3);
    EXPECT_TRUE(tables[0].rows.contains(QStringList{"Body scan", "2", "32", "1"}));
    EXPECT_TRUE(tables[0].rows.contains(QStringList{"Sitting meditation", "1", "15", "1"}));
    EXPECT_EQ(tables[1].rows, (QList<QStringList>{{"1 Sept 2025", "3", "35"}, {"8 Sept 2025", "1", "15"}}));
    ASSERT_EQ(tables[2].rows.size(), 1);
    EXPECT_EQ(tables[2].rows[0][0], QStringLiteral("1"));
    EXPECT_EQ(tables[2].rows[0][2], QStringLiteral("7 Sept 2025"));
}

// Found trying it: a busy journal's weeks added up to 647 minutes under a
// headline of 646, as each total was rounded on its own. Each session now
// counts in whole minutes first, so the tables add up to the headline.
TEST_F(MbctReport, TheWeeksAndPracticesAddUpToTheHeadline)
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 14);
    r.entries << practice(QDate(2025, 9, 2), 7, QStringLiteral("breathing-space"), 90, true)  // 1.5 minutes
              << practice(QDate(2025, 9, 9), 7, QStringLiteral("sitting"), 90, true);         // 1.5 minutes, the next week
    const sdk::ReportSection s = mbct::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_GE(tables.size(), 2);
    int byPractice = 0;
    for (const QStringList& row : tables[0].rows)
        byPractice += row.at(2).toInt();
    int byWeek = 0;
    for (const QStringList& row : tables[1].rows)
        byWeek += row.at(2).toInt();
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("%1 minutes").arg(byWeek));
    EXPECT_EQ(byPractice, byWeek);
    EXPECT_EQ(byWeek, 4) << "each session of a minute and a half counts as two";
}

TEST_F(MbctReport, AnEntryNotPassedIsAbsentAndAnEmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = known();
    r.entries.removeLast(); // the week's reflection not shared
    sdk::ReportSection s = mbct::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("without me")));
    EXPECT_EQ(test::blocksOf(s, sdk::ReportBlock::Type::Table).size(), 2);

    r.earlier = r.entries;
    r.entries.clear();
    s = mbct::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No mindfulness practice in this period."));
}

class MbctReportModule : public test::ModuleTest {};

TEST_F(MbctReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("mbct")}, QStringLiteral("mbct"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("mbct")));
    const auto section = plugins->reportSection(QStringLiteral("mbct"), known());
    ASSERT_TRUE(section.has_value());
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("50 minutes"));
}

TEST_F(MbctReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("mbct")}, QStringLiteral("mbct"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("mbct"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("mbct"), r), tessera::mbct::buildReportSection(r), r);
}
