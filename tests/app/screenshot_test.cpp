// tessera end to end: --demo --screenshot for each page, offscreen.
#include "testsupport.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tessera;

namespace {

// A rendered page has many colours; a blank or failed one has one or two.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

// The ids of the bundled modules, from their manifests in the build tree.
QStringList bundledModuleIds()
{
    QStringList ids;
    const QDir bundled(tessera::test::bundledPluginDir());
    for (const QString& folder : bundled.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile manifest(bundled.filePath(folder + QStringLiteral("/plugin.json")));
        if (manifest.open(QIODevice::ReadOnly))
            ids << QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("id")).toString();
    }
    return ids;
}

class ScreenshotTest : public ::testing::TestWithParam<const char*> {
protected:
    QTemporaryDir dir;
};

TEST_P(ScreenshotTest, DemoPageRendersAndEveryModuleLoads)
{
    const QString page = QString::fromLatin1(GetParam());
    const QString png = dir.filePath(QString(page).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".png"));
    auto r = test::runProcess(test::appProgram(),
                              {QStringLiteral("--demo"), QStringLiteral("--page"), page, QStringLiteral("--screenshot"), png,
                               QStringLiteral("--log-level"), QStringLiteral("info")},
                              90000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.crashed);
    // Every bundled module started. The app carries on (and exits 0) when a module is
    // rejected or fails; what it reports is one line per module on its log: "module ID
    // VERSION is running", or "module ID was rejected (...)" / "module ID failed at ...".
    const QStringList modules = bundledModuleIds();
    ASSERT_GE(modules.size(), 7) << "no bundled modules found in " << tessera::test::bundledPluginDir().toStdString();
    for (const QString& id : modules) {
        const QRegularExpression running(QStringLiteral("\\bmodule %1 \\S+ is running\\b").arg(QRegularExpression::escape(id)));
        EXPECT_TRUE(r.err.contains(running)) << page.toStdString() << ": module " << id.toStdString() << " is not running:\n"
                                             << r.err.toStdString();
    }
    for (const QString& line : r.err.split(QLatin1Char('\n'))) {
        EXPECT_FALSE(line.contains(QStringLiteral(" was rejected (")) || line.contains(QStringLiteral(" failed at ")))
            << page.toStdString() << ": " << line.toStdString();
    }
    EXPECT_TRUE(r.err.contains(QStringLiteral("demo journal seeded with")));
    // The page asked for is the one shown: an unknown or missing page falls back to the
    // timeline, and a page whose QML fails shows a panel ("Tessera: page ... failed to load").
    EXPECT_FALSE(r.err.contains(QStringLiteral("no page ") + page)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("failed to load"))) << r.err.toStdString();
    // No QML warnings: a warning names its qrc: file, or comes from the QML engine itself
    // (the timeline once printed "Cannot create new component instance before completing
    // the previous" on every run).
    for (const QString& line : r.err.split(QLatin1Char('\n'))) {
        EXPECT_FALSE(line.contains(QStringLiteral("qrc:/")) || line.contains(QStringLiteral("QQmlComponent"))
                     || line.contains(QStringLiteral("in the process of being created")))
            << page.toStdString() << ": " << line.toStdString();
    }
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1280, 800));
    EXPECT_GT(distinctColours(image), 12) << "the screenshot looks blank";
}

INSTANTIATE_TEST_SUITE_P(Pages, ScreenshotTest,
                         ::testing::Values("today", "timeline", "catalog", "settings", "crisis", "safety-plan", "journal/checkin",
                                                           "journal/write", "cbt/record", "cbt/records", "cbt/insights",
                                                           "behavioral-activation/log", "behavioral-activation/week",
                                                           "behavioral-activation/insights", "goals/overview",
                                                           "medication/today", "medication/summary", "ipt/people", "ipt/mood",
                                                           "mbct/log", "mbct/plan", "mbct/practice",
                                                           // issue 22
                                                           "assessments/overview", "assessments/fill", "assessments/results"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (c == '/' || c == '-')
                                     c = '_';
                             return name;
                         });

TEST(ScreenshotFailureTest, UnknownPageFallsBackToTheTimeline)
{
    QTemporaryDir dir;
    auto r = test::runProcess(tessera::test::builtApp(),
                              {QStringLiteral("--demo"), QStringLiteral("--page"), QStringLiteral("nope/nothing"),
                               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))}, 90000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no page nope/nothing")));
}

// --demo starts on a throw-away folder: a --data-dir or --journal given with it
// is said not to be used (a try looked for the sample entries there), and
// nothing is written to it.
TEST(ScreenshotFailureTest, DemoSaysItDoesNotUseTheDataFolderGiven)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("mine"));
    auto r = test::runProcess(tessera::test::builtApp(),
                              {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data, QStringLiteral("--journal"),
                               dir.filePath(QStringLiteral("j.sqlite")), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))},
                              90000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--data-dir was not used: --demo starts on a throw-away folder"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--journal was not used"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(data));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("j.sqlite"))));
}

// --theme for one run: a theme it does not know is refused, naming the option,
// before any window; Settings' own choice is not touched.
TEST(ScreenshotFailureTest, AnUnknownThemeIsRefusedNamingTheOption)
{
    QTemporaryDir dir;
    auto r = test::runProcess(tessera::test::builtApp(),
                              {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--theme"), QStringLiteral("blue"),
                               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))}, 90000);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--theme must be light or dark, not \"blue\""))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("settings.ini"))));
}

// From trying it: --theme (and --text-size) applied only to the client's
// window; the clinician's window ignored them without a word.
TEST(ScreenshotClinicianTest, TheClinicianWindowTakesTheThemeForTheRun)
{
    QTemporaryDir dir;
    const auto shoot = [&](const QString& theme) {
        const QString png = dir.filePath(theme + QStringLiteral(".png"));
        auto r = test::runProcess(tessera::test::builtApp(),
                                  {QStringLiteral("--clinician"), QStringLiteral("--clinician-key"), dir.filePath(QStringLiteral("key.json")),
                                   QStringLiteral("--theme"), theme, QStringLiteral("--size"), QStringLiteral("800x600"),
                                   QStringLiteral("--screenshot"), png},
                                  90000);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QImage(png);
    };
    const QImage light = shoot(QStringLiteral("light"));
    const QImage dark = shoot(QStringLiteral("dark"));
    ASSERT_FALSE(light.isNull());
    ASSERT_FALSE(dark.isNull());
    // The window's background in the corner: the Theme's (#f5f3ef light, #1b1f24 dark).
    EXPECT_EQ(QColor(light.pixel(2, light.height() - 3)).name(), QStringLiteral("#f5f3ef"));
    EXPECT_EQ(QColor(dark.pixel(2, dark.height() - 3)).name(), QStringLiteral("#1b1f24"));
}

TEST(ScreenshotFailureTest, DamagedJournalStillOpensTheAppWithTheReason)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    const QByteArray before = test::fileHash(f.fileName());
    auto r = test::runProcess(tessera::test::builtApp(),
                              {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                               dir.filePath(QStringLiteral("x.png"))}, 90000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Tessera journal")));
    EXPECT_EQ(test::fileHash(f.fileName()), before);
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("x.png"))).isNull());
}

} // namespace
