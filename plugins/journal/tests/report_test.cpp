// The journal module's section of the clinician report (SDK 2.2): built only
// from the request's entries, within the report's limits; then through the
// real plugin manager.
#include "../src/report.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QJsonArray>
#include <QLocale>

using namespace tessera;
using tessera::journal::buildReportSection;

namespace {

sdk::Entry checkin(const QDate& day, std::optional<int> mood, const QStringList& feelings, const QString& note = {})
{
    sdk::Entry e;
    e.id = QStringLiteral("c-%1-%2").arg(day.toString(Qt::ISODate)).arg(mood.value_or(-1));
    e.pluginId = QStringLiteral("journal");
    e.kind = QStringLiteral("journal/checkin");
    e.occurredAt = QDateTime(day, QTime(19, 0), Qt::UTC);
    e.mood = mood;
    QJsonObject p{{QStringLiteral("feelings"), QJsonArray::fromStringList(feelings)}};
    if (!note.isEmpty())
        p.insert(QStringLiteral("note"), note);
    e.payload = p;
    e.title = QStringLiteral("Check-in");
    return e;
}

sdk::Entry writing(const QDate& day, const QString& title, const QString& text)
{
    sdk::Entry e;
    e.id = QStringLiteral("w-%1").arg(day.toString(Qt::ISODate));
    e.pluginId = QStringLiteral("journal");
    e.kind = QStringLiteral("journal/entry");
    e.occurredAt = QDateTime(day, QTime(21, 30), Qt::UTC);
    e.payload = QJsonObject{{QStringLiteral("text"), text}};
    e.title = title;
    e.summary = text.left(80);
    return e;
}

class JournalReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }
    static sdk::ReportRequest request()
    {
        sdk::ReportRequest r;
        r.from = QDate(2025, 9, 1);
        r.to = QDate(2025, 9, 30);
        r.kinds = {QStringLiteral("journal/checkin"), QStringLiteral("journal/entry")};
        return r;
    }

private:
    QLocale m_locale;
};

} // namespace

TEST_F(JournalReport, CheckinsAndWritingFromTheRequestOnly)
{
    sdk::ReportRequest r = request();
    r.entries << checkin(QDate(2025, 9, 2), 4, {QStringLiteral("tired"), QStringLiteral("low")}, QStringLiteral("Slept badly."))
              << checkin(QDate(2025, 9, 2), 6, {QStringLiteral("calm")})
              << checkin(QDate(2025, 9, 10), 7, {QStringLiteral("tired")})
              << checkin(QDate(2025, 9, 20), std::nullopt, {})
              << writing(QDate(2025, 9, 12), QStringLiteral("Coffee with Sam"), QStringLiteral("I almost cancelled. ") + QString(5000, QLatin1Char('x')));
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);

    ASSERT_EQ(s.headlines.size(), 2);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Check-ins"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("4"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("average mood 5.7 (0-10)")); // (4 + 6 + 7) / 3
    EXPECT_EQ(s.headlines[1].label, QStringLiteral("Written entries"));
    EXPECT_EQ(s.headlines[1].value, QStringLiteral("1"));

    const auto charts = test::blocksOf(s, sdk::ReportBlock::Type::Chart);
    ASSERT_EQ(charts.size(), 1);
    EXPECT_EQ(charts[0].minimum, 0);
    EXPECT_EQ(charts[0].maximum, 10);
    ASSERT_EQ(charts[0].points.size(), 2); // a day's average; the day without a mood has no point
    EXPECT_EQ(charts[0].points[0].date, QDate(2025, 9, 2));
    EXPECT_EQ(charts[0].points[0].value, 5);
    EXPECT_EQ(charts[0].points[1].value, 7);

    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables[0].rows, (QList<QStringList>{{"2 Sept 2025", "4", "tired, low", "Slept badly."},
                                                  {"2 Sept 2025", "6", "calm", ""},
                                                  {"10 Sept 2025", "7", "tired", ""},
                                                  {"20 Sept 2025", "Not given", "", ""}}));
    ASSERT_EQ(tables[1].rows.size(), 1);
    EXPECT_EQ(tables[1].rows[0][0], QStringLiteral("12 Sept 2025"));
    EXPECT_EQ(tables[1].rows[0][1], QStringLiteral("Coffee with Sam"));
    EXPECT_LE(tables[1].rows[0][2].size(), 240); // a summary, not pages of text

    const auto paragraphs = test::blocksOf(s, sdk::ReportBlock::Type::Paragraph);
    ASSERT_EQ(paragraphs.size(), 1);
    EXPECT_EQ(paragraphs[0].text, QStringLiteral("Feelings chosen most often: tired (2), calm (1), low (1)."));
}

TEST_F(JournalReport, AnEntryNotPassedIsAbsent)
{
    sdk::ReportRequest r = request();
    r.kinds = {QStringLiteral("journal/checkin")};
    r.entries << checkin(QDate(2025, 9, 5), 5, {QStringLiteral("okay")});
    // Earlier entries are context only; the journal module needs none.
    r.earlier << checkin(QDate(2025, 8, 5), 1, {QStringLiteral("numb")}, QStringLiteral("A private thought"));
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("1"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("average mood 5.0 (0-10)"));
    const QString text = test::reportText(s);
    EXPECT_FALSE(text.contains(QStringLiteral("numb")));
    EXPECT_FALSE(text.contains(QStringLiteral("A private thought")));
    EXPECT_FALSE(text.contains(QStringLiteral("Written entries")));
    EXPECT_TRUE(test::blocksOf(s, sdk::ReportBlock::Type::Chart).isEmpty()); // one day is no chart
}

TEST_F(JournalReport, EmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = request();
    sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No check-ins in this period."));
    r.kinds = {QStringLiteral("journal/entry")};
    s = buildReportSection(r);
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No written entries in this period."));
}

TEST_F(JournalReport, LongPeriodsStayWithinTheLimits)
{
    sdk::ReportRequest r = request();
    r.from = QDate(2024, 1, 1);
    r.to = QDate(2025, 12, 31);
    for (QDate d = r.from; d <= r.to; d = d.addDays(1))
        r.entries << checkin(d, d.day() % 11, {QStringLiteral("okay")});
    const sdk::ReportSection s = buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_EQ(s.headlines[0].value, QString::number(r.entries.size()));
    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables[0].rows.size(), 500);
    EXPECT_EQ(tables[0].rows.last()[0], QStringLiteral("31 Dec 2025")); // the latest kept
    EXPECT_TRUE(test::reportText(s).contains(QStringLiteral("The table shows the latest 500 of 731.")));
}

class JournalReportModule : public test::ModuleTest {};

TEST_F(JournalReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("journal")}, QStringLiteral("journal"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("journal")));
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 30);
    r.kinds = {QStringLiteral("journal/checkin")};
    r.entries << checkin(QDate(2025, 9, 2), 4, {QStringLiteral("tired")}) << checkin(QDate(2025, 9, 3), 6, {});
    const auto section = plugins->reportSection(QStringLiteral("journal"), r);
    ASSERT_TRUE(section.has_value());
    ASSERT_EQ(section->headlines.size(), 1);
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("2"));
    EXPECT_EQ(section->blocks.size(), buildReportSection(r).blocks.size());
}

TEST_F(JournalReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("journal")}, QStringLiteral("journal"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("journal"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("journal"), r), tessera::journal::buildReportSection(r), r);
}
