// A module's QML sees only what the SDK grants (issue 20): the page-attacks
// fixture's page and card, in the real app beside the bundled modules, try
// to reach the shell's objects, other modules' backends and other entries'
// payloads, and report what they reached.
#include "testsupport.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tessera;

namespace {

const QString kAttackDir = tessera::test::fixturePluginDir() + QStringLiteral("/attacks");

// "name: result" lines, as the fixture writes them.
QMap<QString, QString> parseReport(const QString& text, const QString& prefix = {})
{
    QMap<QString, QString> out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const qsizetype at = prefix.isEmpty() ? 0 : line.indexOf(prefix);
        if (at < 0)
            continue;
        line = line.mid(at + prefix.size()).trimmed();
        const qsizetype colon = line.lastIndexOf(QStringLiteral(": "));
        if (colon > 0)
            out.insert(line.left(colon), line.mid(colon + 2));
    }
    return out;
}

class ModuleIsolationTest : public ::testing::Test {
protected:
    test::ProcessResult runApp(const QString& page)
    {
        qputenv("TESSERA_ATTACK_REPORT", report.toLocal8Bit());
        auto r = test::runProcess(test::appProgram(),
                                  {QStringLiteral("--demo"), QStringLiteral("--plugin-dir"), kAttackDir, QStringLiteral("--page"),
                                   page, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png")),
                                   QStringLiteral("--log-level"), QStringLiteral("info")},
                                  120000);
        qunsetenv("TESSERA_ATTACK_REPORT");
        return r;
    }
    QTemporaryDir dir;
    QString report = dir.filePath(QStringLiteral("report.txt"));
};

TEST_F(ModuleIsolationTest, APageReachesItsOwnBackendAndNothingOfTheShellOrOtherModules)
{
    const auto r = runApp(QStringLiteral("page-attacks/attack"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("module page-attacks 1.0.0 is running"))) << r.err.toStdString();
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "the attack page did not run:\n" << r.err.toStdString();
    const QString text = QString::fromUtf8(f.readAll());
    const auto results = parseReport(text);
    // The controls: the page ran, and what the SDK grants works.
    ASSERT_EQ(results.value(QStringLiteral("page done")), QStringLiteral("yes")) << text.toStdString();
    EXPECT_EQ(results.value(QStringLiteral("page own backend")), QStringLiteral("reached")) << text.toStdString();
    // Every try at something else was refused.
    int tries = 0;
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        if (it.key() == QStringLiteral("page done") || it.key() == QStringLiteral("page own backend"))
            continue;
        ++tries;
        EXPECT_EQ(it.value(), QStringLiteral("refused")) << it.key().toStdString();
    }
    EXPECT_EQ(tries, 6) << text.toStdString();
}

TEST_F(ModuleIsolationTest, ACardGetsItsOwnPayloadAndNoOneElses)
{
    // The fixture's two newest entries each have its card; each card reports
    // four lines (it has no backend to write to: they are warnings on the log).
    const auto r = runApp(QStringLiteral("timeline"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    int own = 0, refused = 0;
    for (const QString& line : r.err.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(QStringLiteral("ATTACK-CARD "));
        if (at < 0)
            continue;
        const QString finding = line.mid(at + 12).trimmed();
        if (finding.startsWith(QStringLiteral("own payload")))
            own += finding.endsWith(QStringLiteral(": reached")) ? 1 : 0;
        else if (finding.endsWith(QStringLiteral(": refused")))
            ++refused;
        else
            ADD_FAILURE() << "a card reached: " << finding.toStdString();
    }
    EXPECT_EQ(own, 2) << "the cards did not run, or did not get their own payload:\n" << r.err.toStdString();
    EXPECT_EQ(refused, 6) << r.err.toStdString();
}

} // namespace
