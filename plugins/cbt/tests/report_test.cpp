// The CBT module's section of the clinician report (SDK 2.2): built only
// from the request, within the report's limits; then through the real
// plugin manager.
#include "../src/report.h"

#include "moduletest.h"
#include "reportlimits.h"

#include <QJsonArray>
#include <QLocale>

using namespace tessera;

namespace {

int g_serial = 0;

sdk::Entry entry(const QString& kind, const QDate& day, const QJsonObject& payload)
{
    sdk::Entry e;
    e.id = QStringLiteral("cbt-%1").arg(++g_serial);
    e.pluginId = QStringLiteral("cbt");
    e.kind = QStringLiteral("cbt/") + kind;
    e.occurredAt = QDateTime(day, QTime(20, 0), Qt::UTC);
    e.payload = payload;
    e.title = kind;
    return e;
}

QJsonObject mood(const QString& name, int before, std::optional<int> after)
{
    QJsonObject m{{QStringLiteral("name"), name}, {QStringLiteral("before"), before}};
    if (after)
        m.insert(QStringLiteral("after"), *after);
    return m;
}

sdk::ReportRequest known()
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 30);
    r.entries << entry(QStringLiteral("thought-record"), QDate(2025, 9, 4),
                       {{QStringLiteral("status"), QStringLiteral("complete")}, {QStringLiteral("situation"), QStringLiteral("Manager did not reply")},
                        {QStringLiteral("moods"), QJsonArray{mood(QStringLiteral("anxious"), 80, 40), mood(QStringLiteral("sad"), 60, 40)}},
                        {QStringLiteral("distortions"), QJsonArray{QStringLiteral("jumping-to-conclusions")}}})
              << entry(QStringLiteral("thought-record"), QDate(2025, 9, 12),
                       {{QStringLiteral("status"), QStringLiteral("complete")}, {QStringLiteral("situation"), QStringLiteral("Cancelled plans")},
                        {QStringLiteral("moods"), QJsonArray{mood(QStringLiteral("guilty"), 70, 50)}}})
              << entry(QStringLiteral("thought-record"), QDate(2025, 9, 20),
                       {{QStringLiteral("status"), QStringLiteral("draft")}, {QStringLiteral("situation"), QStringLiteral("Dinner with family")},
                        {QStringLiteral("moods"), QJsonArray{mood(QStringLiteral("tense"), 50, std::nullopt)}}})
              << entry(QStringLiteral("coping-card"), QDate(2025, 9, 13),
                       {{QStringLiteral("text"), QStringLiteral("One quiet day is not the end of a friendship.")}});
    return r;
}

class CbtReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }
private:
    QLocale m_locale;
};

} // namespace

TEST_F(CbtReport, RecordsAndCardsFromTheRequestOnly)
{
    const sdk::ReportRequest r = known();
    const sdk::ReportSection s = cbt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Thought records"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("3"));
    // Finished records: (40 + 20) / 2 = 30, and 20: 25 points on average.
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("2 finished; moods 25 points better on average (0-100), before to after"));
    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables[0].rows, (QList<QStringList>{
                                  {"4 Sept 2025", "Manager did not reply", "anxious 80\u219240, sad 60\u219240", "Jumping to conclusions", "Finished"},
                                  {"12 Sept 2025", "Cancelled plans", "guilty 70\u219250", "", "Finished"},
                                  {"20 Sept 2025", "Dinner with family", "tense 50", "", "Started"}}));
    EXPECT_EQ(tables[1].rows, (QList<QStringList>{{"13 Sept 2025", "One quiet day is not the end of a friendship."}}));
}

TEST_F(CbtReport, AnEntryNotPassedIsAbsentAndAnEmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = known();
    r.entries.removeIf([](const sdk::Entry& e) { return e.shortKind() == QLatin1String("coping-card"); });
    sdk::ReportSection s = cbt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("friendship")));
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("Coping cards")));

    r.earlier = r.entries; // earlier records are context only
    r.entries.clear();
    s = cbt::buildReportSection(r);
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No thought records or coping cards in this period."));
}

class CbtReportModule : public test::ModuleTest {};

TEST_F(CbtReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("cbt")}, QStringLiteral("cbt"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("cbt")));
    const auto section = plugins->reportSection(QStringLiteral("cbt"), known());
    ASSERT_TRUE(section.has_value());
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("3"));
}

TEST_F(CbtReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("cbt")}, QStringLiteral("cbt"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("cbt"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("cbt"), r), tessera::cbt::buildReportSection(r), r);
}
