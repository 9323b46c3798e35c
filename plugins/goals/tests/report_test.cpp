// The goals module's section of the clinician report (SDK 2.2): built only
// from the request (goals set before the period from `earlier`), within the
// report's limits; then through the real plugin manager.
#include "../src/report.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QJsonArray>
#include <QLocale>

using namespace tessera;

namespace {

int g_serial = 0;

sdk::Entry entry(const QString& kind, const QDate& day, const QJsonObject& payload, const QString& title)
{
    sdk::Entry e;
    e.id = QStringLiteral("g-%1").arg(++g_serial);
    e.pluginId = QStringLiteral("goals");
    e.kind = QStringLiteral("goals/") + kind;
    e.occurredAt = QDateTime(day, QTime(12, 0), Qt::UTC);
    e.payload = payload;
    e.title = title;
    return e;
}

sdk::Entry goal(const QString& key, const QString& description, const QDate& day, const QJsonObject& extra = {})
{
    QJsonObject p{{QStringLiteral("key"), key}, {QStringLiteral("description"), description},
                  {QStringLiteral("lifecycle"), QStringLiteral("active")}, {QStringLiteral("achievement"), QStringLiteral("in-progress")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return entry(QStringLiteral("goal"), day, p, description);
}

sdk::Entry checkin(const QString& key, const QDate& day, std::optional<double> value, const QString& status, const QString& note = {})
{
    QJsonObject p{{QStringLiteral("goalKey"), key}, {QStringLiteral("status"), status}};
    if (value)
        p.insert(QStringLiteral("value"), *value);
    if (!note.isEmpty())
        p.insert(QStringLiteral("note"), note);
    return entry(QStringLiteral("checkin"), day, p, QStringLiteral("Progress: ") + key);
}

sdk::ReportRequest known()
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 30);
    r.kinds = {QStringLiteral("goals/goal"), QStringLiteral("goals/checkin")};
    r.earlier << goal(QStringLiteral("walk"), QStringLiteral("Walk for 20 minutes on three days each week"), QDate(2025, 8, 1),
                      {{QStringLiteral("measure"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("walks")}}},
                       {QStringLiteral("baseline"), 0}, {QStringLiteral("target"), 3}})
              << goal(QStringLiteral("phq"), QStringLiteral("Feel less low"), QDate(2025, 8, 2),
                      {{QStringLiteral("measure"), QJsonObject{{QStringLiteral("source"), QStringLiteral("assessments/phq9")}}},
                       {QStringLiteral("baseline"), 14}, {QStringLiteral("target"), 10}});
    r.entries << goal(QStringLiteral("read"), QStringLiteral("Read a chapter a week"), QDate(2025, 9, 3))
              << checkin(QStringLiteral("walk"), QDate(2025, 9, 7), 1, QStringLiteral("improving"))
              << checkin(QStringLiteral("read"), QDate(2025, 9, 10), 1, QStringLiteral("in-progress"))
              << checkin(QStringLiteral("walk"), QDate(2025, 9, 14), 2, QStringLiteral("improving"), QStringLiteral("Two walks!"))
              << checkin(QStringLiteral("read"), QDate(2025, 9, 24), 0, QStringLiteral("worsening"))
              << checkin(QStringLiteral("phq"), QDate(2025, 9, 25), std::nullopt, QStringLiteral("achieved"));
    return r;
}


class GoalsReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }
private:
    QLocale m_locale;
};

} // namespace

TEST_F(GoalsReport, HeadlineAndTablesFromTheRequestOnly)
{
    const sdk::ReportRequest r = known();
    const sdk::ReportSection s = goals::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Goals"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("2 of 3 improving or achieved"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("goals checked in on in the period: 3 of 3; 5 check-ins, each goal's latest counted"));

    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables[0].columns, (QStringList{"Goal", "Started", "Latest progress", "Status"}));
    EXPECT_EQ(tables[0].rows,
              (QList<QStringList>{{"Walk for 20 minutes on three days each week", "1 Aug 2025", "2 of 3 walks on 14 Sept 2025", "Improving"},
                                  {"Feel less low", "2 Aug 2025",
                                   "PHQ-9 total, aiming for below 10 (from 14)", "Achieved"},
                                  {"Read a chapter a week", "3 Sept 2025", "0 on 24 Sept 2025", "Harder lately"}}));
    ASSERT_EQ(tables[1].rows.size(), 5);
    EXPECT_EQ(tables[1].rows[2], (QStringList{"14 Sept 2025", "Walk for 20 minutes on three days each week", "2", "Improving", "Two walks!"}));
}

TEST_F(GoalsReport, AnEntryNotPassedIsAbsent)
{
    sdk::ReportRequest r = known();
    r.kinds = {QStringLiteral("goals/checkin")};
    r.earlier.clear();
    r.entries.removeIf([](const sdk::Entry& e) { return e.shortKind() == QLatin1String("goal") || e.payload.value(QStringLiteral("goalKey")).toString() != QLatin1String("walk"); });
    const sdk::ReportSection s = goals::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("1 of 1 improving or achieved"));
    const QString text = test::reportText(s);
    EXPECT_FALSE(text.contains(QStringLiteral("Read a chapter")));
    EXPECT_FALSE(text.contains(QStringLiteral("Feel less low")));
    EXPECT_FALSE(text.contains(QStringLiteral("Walk for 20 minutes"))); // the goal was not shared: its check-ins' title names it
    EXPECT_TRUE(text.contains(QStringLiteral("Two walks!")));
}

TEST_F(GoalsReport, EmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = known();
    r.entries.clear();
    const sdk::ReportSection s = goals::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No goals were set or checked in on in this period."));
}

class GoalsReportModule : public test::ModuleTest {};

TEST_F(GoalsReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("journal"), QStringLiteral("assessments"), QStringLiteral("goals")}, QStringLiteral("goals"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("goals")));
    const auto section = plugins->reportSection(QStringLiteral("goals"), known());
    ASSERT_TRUE(section.has_value());
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("2 of 3 improving or achieved"));
}

TEST_F(GoalsReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("journal"), QStringLiteral("assessments"), QStringLiteral("goals")}, QStringLiteral("goals"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("goals"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("goals"), r), tessera::goals::buildReportSection(r), r);
}
