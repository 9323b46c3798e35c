// The behavioural activation module's section of the clinician report (SDK
// 2.2): built only from the request, within the report's limits; then
// through the real plugin manager.
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
    e.id = QStringLiteral("ba-%1").arg(++g_serial);
    e.pluginId = QStringLiteral("behavioral-activation");
    e.kind = QStringLiteral("behavioral-activation/") + kind;
    e.occurredAt = at;
    e.payload = payload;
    e.title = kind;
    return e;
}

sdk::Entry activity(const QDate& day, const QString& name, const QString& area, std::optional<int> before, std::optional<int> after)
{
    QJsonObject p{{QStringLiteral("activity"), name}, {QStringLiteral("area"), area}};
    if (before)
        p.insert(QStringLiteral("moodBefore"), *before);
    if (after)
        p.insert(QStringLiteral("moodAfter"), *after);
    return entry(QStringLiteral("activity"), QDateTime(day, QTime(10, 0), Qt::UTC), p);
}

sdk::Entry plan(const QDate& day, const QString& name, const QString& status, const QString& obstacle = {})
{
    QJsonObject p{{QStringLiteral("key"), QStringLiteral("p-%1").arg(g_serial + 1)}, {QStringLiteral("activity"), name},
                  {QStringLiteral("area"), QStringLiteral("mind-body")}, {QStringLiteral("status"), status}};
    if (!obstacle.isEmpty())
        p.insert(QStringLiteral("obstacle"), obstacle);
    return entry(QStringLiteral("plan"), QDateTime(day, QTime(17, 0), Qt::UTC), p);
}

sdk::ReportRequest known()
{
    sdk::ReportRequest r;
    r.from = QDate(2025, 9, 1);
    r.to = QDate(2025, 9, 30);
    r.earlier << entry(QStringLiteral("value"), QDateTime(QDate(2025, 8, 1), QTime(9, 0), Qt::UTC),
                       {{QStringLiteral("area"), QStringLiteral("relationships")}, {QStringLiteral("value"), QStringLiteral("Being a reliable friend")},
                        {QStringLiteral("activities"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Text a friend")}, {QStringLiteral("difficulty"), 2}}}}});
    r.entries << activity(QDate(2025, 9, 2), QStringLiteral("Walk in the park"), QStringLiteral("mind-body"), 3, 5)
              << activity(QDate(2025, 9, 3), QStringLiteral("walk in the park "), QStringLiteral("mind-body"), 4, 5)
              << activity(QDate(2025, 9, 4), QStringLiteral("Called my sister"), QStringLiteral("relationships"), 4, 8)
              << activity(QDate(2025, 9, 5), QStringLiteral("Walk in the park"), QStringLiteral("mind-body"), std::nullopt, std::nullopt)
              << activity(QDate(2025, 9, 6), QStringLiteral("Scrolled my phone"), QStringLiteral("recreation"), 4, 3)
              << plan(QDate(2025, 9, 2), QStringLiteral("Walk in the park"), QStringLiteral("done"))
              << plan(QDate(2025, 9, 4), QStringLiteral("Walk in the park"), QStringLiteral("not-done"), QStringLiteral("Rain all day"))
              << plan(QDate(2025, 9, 6), QStringLiteral("Called my sister"), QStringLiteral("done"))
              << plan(QDate(2025, 9, 29), QStringLiteral("Coffee with Sam"), QStringLiteral("planned"));
    return r;
}

class BaReport : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_locale); }
private:
    QLocale m_locale;
};

} // namespace

TEST_F(BaReport, ActivitiesPlansAndValuesFromTheRequestOnly)
{
    const sdk::ReportRequest r = known();
    // "Now" is 10 September: the plan for the 29th is still to come.
    const sdk::ReportSection s = ba::buildReportSection(r, QDateTime(QDate(2025, 9, 10), QTime(12, 0), Qt::UTC));
    test::expectWithinReportLimits(s, r);
    ASSERT_EQ(s.headlines.size(), 1);
    EXPECT_EQ(s.headlines[0].label, QStringLiteral("Activities done"));
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("5"));
    EXPECT_EQ(s.headlines[0].detail, QStringLiteral("2 of 3 planned done; mood change +1.5 on average")); // (2 + 1 + 4 - 1) / 4

    const auto tables = test::blocksOf(s, sdk::ReportBlock::Type::Table);
    ASSERT_EQ(tables.size(), 4);
    EXPECT_EQ(tables[0].rows, (QList<QStringList>{{"Walk in the park", "3", "+1.5"}, {"Called my sister", "1", "+4.0"},
                                                  {"Scrolled my phone", "1", "-1.0"}}));
    EXPECT_EQ(tables[1].rows, (QList<QStringList>{{"Relationships", "1", "+4.0"}, {"Recreation and interests", "1", "-1.0"},
                                                  {"Mind, body and spirituality", "3", "+1.5"}}));
    EXPECT_EQ(tables[2].rows, (QList<QStringList>{{"4 Sept 2025", "Walk in the park", "Rain all day"}}));
    EXPECT_EQ(tables[3].rows, (QList<QStringList>{{"Relationships", "Being a reliable friend", "Text a friend"}}));

    // Later, the plan for the 29th counts as due (still marked planned).
    const sdk::ReportSection later = ba::buildReportSection(r, QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(later.headlines[0].detail, QStringLiteral("2 of 4 planned done; mood change +1.5 on average"));
}

TEST_F(BaReport, AnEntryNotPassedIsAbsentAndAnEmptyPeriodIsOneSentence)
{
    sdk::ReportRequest r = known();
    r.entries.removeIf([](const sdk::Entry& e) { return e.payload.value(QStringLiteral("activity")).toString().contains(QStringLiteral("phone")); });
    sdk::ReportSection s = ba::buildReportSection(r, QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC));
    test::expectWithinReportLimits(s, r);
    EXPECT_EQ(s.headlines[0].value, QStringLiteral("4"));
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("phone")));
    EXPECT_FALSE(test::reportText(s).contains(QStringLiteral("Recreation")));

    r.entries.clear();
    s = ba::buildReportSection(r, QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC));
    test::expectWithinReportLimits(s, r);
    EXPECT_TRUE(s.headlines.isEmpty());
    ASSERT_EQ(s.blocks.size(), 1);
    EXPECT_EQ(s.blocks[0].text, QStringLiteral("No activities or plans in this period."));
}

class BaReportModule : public test::ModuleTest {};

TEST_F(BaReportModule, ThePluginAnswersThroughThePluginManager)
{
    start({QStringLiteral("behavioral-activation")}, QStringLiteral("behavioral-activation"));
    EXPECT_TRUE(plugins->hasReportSection(QStringLiteral("behavioral-activation")));
    const auto section = plugins->reportSection(QStringLiteral("behavioral-activation"), known());
    ASSERT_TRUE(section.has_value());
    EXPECT_EQ(section->headlines[0].value, QStringLiteral("5"));
}

TEST_F(BaReportModule, ItsSampleEntriesMakeASectionTheHostKeepsWhole)
{
    start({QStringLiteral("behavioral-activation")}, QStringLiteral("behavioral-activation"));
    const sdk::ReportRequest r = test::samplesRequest(*record->plugin, QStringLiteral("behavioral-activation"),
                                                      QDateTime(QDate(2025, 10, 31), QTime(20, 0), Qt::UTC));
    ASSERT_FALSE(r.entries.isEmpty());
    test::expectTheHostKeepsTheSection(plugins->reportSection(QStringLiteral("behavioral-activation"), r), tessera::ba::buildReportSection(r), r);
}
