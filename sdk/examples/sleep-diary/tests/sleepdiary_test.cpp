// The sleep diary's own tests: its arithmetic, and the real module loaded
// through the SDK's PluginHarness (the host's plugin manager and journal).
#include "../src/sleepmath.h"

#include <tessera/sdk/testing/pluginharness.h>
#include <tessera/sdk/testing/printers.h>

#include <QGuiApplication>
#include <QJsonObject>

#include <gtest/gtest.h>

using tessera::sdk::testing::PluginHarness;

namespace {

sleepdiary::Night night(QTime bed, QTime wake, int latency, int awake)
{
    const QDate d(2026, 3, 1);
    return {QDateTime(d, bed, Qt::UTC), QDateTime(bed < QTime(12, 0) ? d : d.addDays(1), wake, Qt::UTC), latency, awake};
}

TEST(SleepMath, EfficiencyIsTimeAsleepOverTimeInBed)
{
    const auto n = night(QTime(23, 0), QTime(7, 0), 30, 30); // 480 in bed, 420 asleep
    EXPECT_EQ(sleepdiary::minutesInBed(n), 480);
    EXPECT_EQ(sleepdiary::minutesAsleep(n), 420);
    EXPECT_DOUBLE_EQ(sleepdiary::sleepEfficiency(n), 87.5);
    EXPECT_DOUBLE_EQ(sleepdiary::averageEfficiency({n, night(QTime(0, 0), QTime(8, 0), 0, 0)}), (87.5 + 100) / 2);
    const QDateTime t(QDate(2026, 3, 1), QTime(23, 0), Qt::UTC);
    EXPECT_EQ(sleepdiary::sleepEfficiency(sleepdiary::Night{t, t, 0, 0}), -1); // no time in bed
    EXPECT_EQ(sleepdiary::minutesAsleep(sleepdiary::Night{t, t.addSecs(600), 30, 0}), 0); // never negative
}

TEST(SleepDiaryModule, ValidatesNightsThroughTheJournal)
{
    PluginHarness h(QStringLiteral(SLEEP_DIARY_PLUGIN_DIR));
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    tessera::sdk::EntryDraft d;
    d.kind = QStringLiteral("night");
    d.title = QStringLiteral("Night");
    d.payload = QJsonObject{{QStringLiteral("bedtime"), QStringLiteral("2026-03-01T23:00:00Z")},
                            {QStringLiteral("wakeTime"), QStringLiteral("2026-03-01T22:00:00Z")},
                            {QStringLiteral("minutesToFallAsleep"), 10},
                            {QStringLiteral("minutesAwake"), 0},
                            {QStringLiteral("quality"), 6}};
    auto refused = h.journal().add(d);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("payload.wakeTime"));

    d.payload[QStringLiteral("wakeTime")] = QStringLiteral("2026-03-02T07:00:00Z");
    EXPECT_TRUE(h.journal().add(d).ok());
}

TEST(SleepDiaryModule, BackendSavesAndSummarises)
{
    PluginHarness h(QStringLiteral(SLEEP_DIARY_PLUGIN_DIR));
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    QObject* backend = h.backend();
    ASSERT_NE(backend, nullptr);
    QString id;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "saveNight", Q_RETURN_ARG(QString, id),
                                          Q_ARG(QDate, QDate(2026, 3, 1)), Q_ARG(QString, QStringLiteral("23:00")),
                                          Q_ARG(QString, QStringLiteral("07:00")), Q_ARG(int, 30), Q_ARG(int, 30),
                                          Q_ARG(int, 7), Q_ARG(QString, QString())));
    ASSERT_FALSE(id.isEmpty()) << backend->property("lastError").toString().toStdString();
    auto saved = h.journal().get(id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->title, QStringLiteral("Night: 7 h 0 min asleep"));
    QCoreApplication::processEvents(); // the backend refreshes on Journal::changed()
    EXPECT_DOUBLE_EQ(backend->property("averageEfficiency").toDouble(), 87.5);
}

// One night, ending `daysAgo` days ago at 07:00, that the module accepts.
tessera::sdk::EntryDraft nightEntry(int daysAgo)
{
    const QDateTime wake(QDate::currentDate().addDays(-daysAgo), QTime(7, 0));
    tessera::sdk::EntryDraft d;
    d.kind = QStringLiteral("night");
    d.title = QStringLiteral("Night");
    d.occurredAt = wake;
    d.payload = QJsonObject{{QStringLiteral("bedtime"), wake.addSecs(-8 * 3600).toString(Qt::ISODate)},
                            {QStringLiteral("wakeTime"), wake.toString(Qt::ISODate)},
                            {QStringLiteral("minutesToFallAsleep"), 20},
                            {QStringLiteral("minutesAwake"), 10},
                            {QStringLiteral("quality"), 6}};
    return d;
}

// The plugin guide's "What your start reads": the two weeks it shows, not the history.
TEST(SleepDiaryModule, StartReadsTheNewestNightsNotTheHistory)
{
    PluginHarness h(QStringLiteral(SLEEP_DIARY_PLUGIN_DIR));
    ASSERT_TRUE(h.ok()) << h.error().toStdString();
    QList<tessera::sdk::EntryDraft> drafts; // 20,000 nights, one transaction
    for (int daysAgo = 1; daysAgo <= 20000; ++daysAgo)
        drafts << nightEntry(daysAgo);
    ASSERT_TRUE(h.addManyAsHost(drafts).ok());
    h.restart();
    EXPECT_GT(h.reads().entries, 0); // it read its nights
    EXPECT_LE(h.reads().entries, 14);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
