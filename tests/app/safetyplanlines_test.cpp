// Lines for the safety plan (issue 27, SDK 2.5): PluginManager::safetyPlanSuggestions()
// and SafetyController through the real plugin manager and real fixture module
// libraries (tests/fixtures/plugins: plan-lines, plan-throws).
#include "app/safetycontroller.h"
#include "host/host.h"
#include "host/logging.h"
#include "plugins/pluginmanager.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kPlanDir = tessera::test::fixturePluginDir() + QStringLiteral("/plan");

class SafetyPlanLinesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = dir.path();
        o.bundledPlugins = false;
        o.pluginDirs = {kPlanDir};
        o.logLevel = QStringLiteral("info");
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
    }
    QString logText() const
    {
        flushLogs();
        QFile f(QDir(dir.path()).filePath(QStringLiteral("logs/tessera.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
};

} // namespace

TEST_F(SafetyPlanLinesTest, LinesAreCheckedAndAModuleThatThrowsOffersNothing)
{
    ASSERT_TRUE(host->plugins().find(QStringLiteral("plan-lines"))->isRunning());
    ASSERT_TRUE(host->plugins().find(QStringLiteral("plan-throws"))->isRunning());
    QStringList lines;
    for (const auto& s : host->plugins().safetyPlanSuggestions(QStringLiteral("copingAlone"))) {
        EXPECT_EQ(s.moduleId, QStringLiteral("plan-lines"));
        EXPECT_EQ(s.moduleName, QStringLiteral("Plan lines"));
        lines << s.text;
    }
    // Spaces simplified, the repeat dropped, the empty and the too-long line dropped, at most 12.
    QStringList expected{QStringLiteral("A warm shower")};
    for (int i = 1; i <= 11; ++i)
        expected << QStringLiteral("Idea %1").arg(i);
    EXPECT_EQ(lines, expected);
    EXPECT_TRUE(host->plugins().safetyPlanSuggestions(QStringLiteral("reasonsForLiving")).isEmpty());

    const QString log = logText();
    EXPECT_TRUE(log.contains(QStringLiteral("module plan-throws safetyPlanSuggestions() threw"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("module plan-lines offered 5 safety plan lines that are empty, longer than 200 characters or past 12")))
        << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("Idea 13"))) << "a module's lines are never logged";

    // What the plan's page shows, by step; the module that threw is still running.
    SafetyController safety(*host);
    safety.refreshSuggestions();
    const QVariantMap shown = safety.suggestions();
    EXPECT_EQ(shown.value(QStringLiteral("copingAlone")).toList().size(), 12);
    EXPECT_EQ(shown.value(QStringLiteral("distractions")).toList().first().toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("Call Kim"));
    EXPECT_TRUE(host->plugins().find(QStringLiteral("plan-throws"))->isRunning());
}

TEST(SafetyPlanLinesText, AddingALineKeepsThePlanAndNeverRepeatsIt)
{
    EXPECT_EQ(SafetyController::withLine(QString(), QStringLiteral(" A walk ")), QStringLiteral("A walk"));
    EXPECT_EQ(SafetyController::withLine(QStringLiteral("Music\n\n"), QStringLiteral("A walk")), QStringLiteral("Music\nA walk"));
    EXPECT_EQ(SafetyController::withLine(QStringLiteral("Music\na  WALK"), QStringLiteral("A walk")), QStringLiteral("Music\na  WALK"));
    EXPECT_TRUE(SafetyController::hasLine(QStringLiteral("Music\n a walk "), QStringLiteral("A Walk")));
    EXPECT_FALSE(SafetyController::hasLine(QStringLiteral("A walk in the park"), QStringLiteral("A walk")));
}
