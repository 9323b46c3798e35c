// tessera end to end: --demo --screenshot for each page, offscreen.
#include "testsupport.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QSet>
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

class ScreenshotTest : public ::testing::TestWithParam<const char*> {
protected:
    QTemporaryDir dir;
};

TEST_P(ScreenshotTest, DemoPageRendersAndEveryModuleLoads)
{
    const QString page = QString::fromLatin1(GetParam());
    const QString png = dir.filePath(QString(page).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".png"));
    auto r = test::runProcess(QStringLiteral(TESSERA_APP),
                              {QStringLiteral("--demo"), QStringLiteral("--page"), page, QStringLiteral("--screenshot"), png,
                               QStringLiteral("--log-level"), QStringLiteral("info")},
                              90000);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.crashed);
    EXPECT_TRUE(r.err.contains(QStringLiteral("module journal "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("demo journal seeded with")));
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
                         ::testing::Values("timeline", "catalog", "settings", "crisis", "safety-plan", "journal/checkin",
                                                           "journal/write", "cbt/record", "cbt/records", "cbt/insights",
                                                           "behavioral-activation/log", "behavioral-activation/week",
                                                           "behavioral-activation/insights", "goals/overview",
                                                           "medication/today", "medication/summary", "ipt/people", "ipt/mood",
                                                           "mbct/log", "mbct/plan", "mbct/practice"),
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
    auto r = test::runProcess(QStringLiteral(TESSERA_APP),
                              {QStringLiteral("--demo"), QStringLiteral("--page"), QStringLiteral("nope/nothing"),
                               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))}, 90000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no page nope/nothing")));
}

TEST(ScreenshotFailureTest, DamagedJournalStillOpensTheAppWithTheReason)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    const QByteArray before = test::fileHash(f.fileName());
    auto r = test::runProcess(QStringLiteral(TESSERA_APP),
                              {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"),
                               dir.filePath(QStringLiteral("x.png"))}, 90000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Tessera journal")));
    EXPECT_EQ(test::fileHash(f.fileName()), before);
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("x.png"))).isNull());
}

} // namespace
