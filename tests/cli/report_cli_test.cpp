// The PDF report for the clinician (issue 23): a demo journal of every
// bundled module and two fixture modules (one with its own section, one whose
// section throws), reported through the real tessera-cli, read back with
// poppler-utils (pdftotext, pdftoppm, pdfinfo).
#include "host/host.h"
#include "interchange/clinicianreport.h"
#include "safety/supportservice.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;
using namespace tessera::test;

namespace {

const QString kReportFixtures = tessera::test::fixturePluginDir() + QStringLiteral("/report");
const QString kPrivateTitle = QStringLiteral("PRIVATE-REPORT-TITLE");
constexpr int kDays = 90;

// Text with every run of white space made one space (pdftotext breaks lines
// where the layout does) and ligatures ("ﬁ") as their letters.
QString flat(const QString& text) { return text.normalized(QString::NormalizationForm_KC).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")); }

class ReportCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        // The report's words and dates are British English here (the paper too: A4).
        qputenv("LC_ALL", "en_GB.UTF-8");
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        qputenv("TESSERA_BUNDLED_PLUGIN_DIR", tessera::test::bundledPluginDir().toLocal8Bit());
        dir = new QTemporaryDir;
        // The demo journal: 90 days of every module's samples, the host's
        // safety plan (reviewed 12 days ago), three offers of support.
        HostOptions options;
        options.dataDir = dir->path();
        options.pluginDirs << kReportFixtures;
        options.logLevel = QStringLiteral("warn");
        Host host(options);
        ASSERT_OK(host.start());
        now = QDateTime::currentDateTime();
        ASSERT_OK(host.seedDemo(now.toUTC(), kDays));
        SupportService support(host.store());
        // Long before the period: not counted.
        EXPECT_TRUE(support.offer(QStringLiteral("journal"), QStringLiteral("low-mood"), false, now.addDays(-200)));
        EXPECT_TRUE(support.offer(QStringLiteral("journal"), QStringLiteral("low-mood"), false, now.addDays(-20)));
        EXPECT_TRUE(support.offer(QStringLiteral("assessments"), QStringLiteral("phq9-item9"), true, now.addDays(-10)));
        EXPECT_TRUE(support.offer(QStringLiteral("journal"), QStringLiteral("low-mood"), false, now.addDays(-2)));
        sdk::EntryDraft d;
        d.kind = QStringLiteral("report-section/note");
        d.title = kPrivateTitle;
        d.occurredAt = now.addDays(-3);
        d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("not for the report")}};
        auto added = host.store()->add(d);
        ASSERT_OK(added);
        privateId = added->id;
        sdk::EntryDraft t = d;
        t.kind = QStringLiteral("report-throws/note");
        t.title = QStringLiteral("A note the throwing module keeps");
        ASSERT_OK(host.store()->add(t));
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }

    static QStringList withJournal(QStringList args)
    {
        return args << QStringLiteral("--data-dir") << dir->path() << QStringLiteral("--plugin-dir") << kReportFixtures;
    }

    // Runs `tessera-cli report` with `args`; the PDF goes to `name` in a fresh folder.
    ProcessResult report(const QString& name, const QStringList& args)
    {
        pdf = out.filePath(name);
        return runCli(withJournal(QStringList{QStringLiteral("report"), QStringLiteral("--output"), pdf} + args));
    }

    static QString text(const QString& pdfPath)
    {
        const ProcessResult r = runProcess(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return flat(r.out);
    }

    static QString info(const QString& pdfPath)
    {
        const ProcessResult r = runProcess(QStringLiteral("pdfinfo"), {pdfPath});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    }

    static int pages(const QString& pdfPath)
    {
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info(pdfPath));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    static inline QTemporaryDir* dir = nullptr;
    static inline QDateTime now;
    static inline QString privateId;
    QTemporaryDir out;
    QString pdf;
};

// Dark pixels in a binary PGM (P5, 8 bit) between rows `top` and `bottom`
// from each edge; -1 when it is not one.
qint64 darkPixels(const QByteArray& pgm, int marginRows)
{
    QList<QByteArray> fields;
    qsizetype at = 0;
    while (fields.size() < 4 && at < pgm.size()) {
        while (at < pgm.size() && QChar::isSpace(uchar(pgm[at])))
            ++at;
        qsizetype start = at;
        while (at < pgm.size() && !QChar::isSpace(uchar(pgm[at])))
            ++at;
        fields << pgm.mid(start, at - start);
    }
    if (fields.size() < 4 || fields[0] != "P5" || fields[3] != "255")
        return -1;
    ++at; // the one white space before the pixels
    const int width = fields[1].toInt();
    const int height = fields[2].toInt();
    if (pgm.size() - at < qint64(width) * height)
        return -1;
    qint64 dark = 0;
    for (int y = marginRows; y < height - marginRows; ++y) {
        for (int x = 0; x < width; ++x)
            dark += uchar(pgm[at + qsizetype(y) * width + x]) < 160 ? 1 : 0;
    }
    return dark;
}

} // namespace

TEST_F(ReportCliTest, NinetyDaysOfTheDemoJournal)
{
    const ProcessResult r = report(QStringLiteral("report.pdf"), {QStringLiteral("--days"), QString::number(kDays)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // "Wrote the report for ... to FILE: N pages, drawn on M entries."
    const auto said = QRegularExpression(QStringLiteral(": (\\d+) pages, drawn on (\\d+) entries\\.")).match(r.out);
    ASSERT_TRUE(said.hasMatch()) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QDir::toNativeSeparators(pdf))) << r.out.toStdString();
    // $TESSERA_REPORT_SAMPLE_DIR: keep a copy to look at (docs/images/report-page1.png is made from it).
    if (const QString keep = qEnvironmentVariable("TESSERA_REPORT_SAMPLE_DIR"); !keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/report.pdf"));
        QFile::copy(pdf, keep + QStringLiteral("/report.pdf"));
        // The bundled modules only, as a client would see it (the user guide's picture).
        QStringList bundledOnly{QStringLiteral("report"), QStringLiteral("--days"), QString::number(kDays), QStringLiteral("--output"),
                                keep + QStringLiteral("/report-bundled.pdf")};
        for (const char* id : {"journal", "assessments", "medication", "goals", "behavioral-activation", "mbct", "cbt", "ipt", "tessera"})
            bundledOnly << QStringLiteral("--module") << QLatin1String(id);
        QFile::remove(keep + QStringLiteral("/report-bundled.pdf"));
        EXPECT_EQ(runCli(withJournal(bundledOnly)).exitCode, 0);
    }
    const int pageCount = pages(pdf);
    EXPECT_EQ(pageCount, said.captured(1).toInt());
    EXPECT_GE(pageCount, 2);
    EXPECT_GT(said.captured(2).toInt(), 300) << "90 days of every module's samples";

    // The file is the client's alone.
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                               | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeGroup),
              QFileDevice::Permissions{});
    EXPECT_TRUE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOwner));

    const QString t = text(pdf);
    const QLocale gb(QStringLiteral("en_GB"));
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(1 - kDays);
    const QString period = QStringLiteral("%1 to %2").arg(gb.toString(from, QStringLiteral("d MMMM yyyy")),
                                                          gb.toString(to, QStringLiteral("d MMMM yyyy")));
    // The clinician reads it: in the third person throughout, as "shared by the client" (it mixed in "my clinician").
    EXPECT_TRUE(t.contains(QStringLiteral("Tessera report for the clinician"))) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("my clinician")));
    EXPECT_TRUE(t.contains(period)) << period.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Page 1 of %1").arg(pageCount)));
    EXPECT_TRUE(t.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    EXPECT_TRUE(t.contains(QStringLiteral("Tessera - shared by the client")));
    // The headline figures: mood, the safety plan's review, support offered (3 in the period, one urgent).
    EXPECT_TRUE(t.contains(QStringLiteral("Mood over the period")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Mood was rated [\\d,]+ times on \\d+ of the 90 days; the average of all the ratings was \\d+\\.\\d out of 10 "
                                                      "\\(daily averages from \\d+\\.\\d to \\d+\\.\\d, their average \\d+\\.\\d, as the app's mood chart gives it\\)"))
                    .match(t)
                    .hasMatch())
        << t.left(3000).toStdString();
    const QString reviewed = gb.toString(now.date().addDays(-12), QStringLiteral("d MMMM yyyy"));
    // (Table cells: pdftotext reads them column by column or row by row, as the layout falls.)
    EXPECT_TRUE(t.contains(QStringLiteral("Last reviewed"))) << t.left(4000).toStdString();
    EXPECT_TRUE(t.contains(reviewed)) << reviewed.toStdString();
    // Offered by Tessera, named once (the row said "Support offered | Support was offered | 3 times").
    EXPECT_TRUE(t.contains(QStringLiteral("Tessera Support offered 3 times"))) << t.left(4000).toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("Support was offered")));
    EXPECT_TRUE(t.contains(QStringLiteral("1 of them urgent")));
    EXPECT_TRUE(t.contains(QStringLiteral("Entries the client marked private are left out.")));

    // Every section is there: the bundled modules' (whatever their titles), the fixture's own.
    const QList<const char*> bundled{"journal", "assessments", "medication", "goals", "behavioral-activation", "mbct", "cbt", "ipt"};
    HostOptions options;
    options.dataDir = dir->path();
    options.pluginDirs << kReportFixtures;
    options.readOnly = true;
    Host host(options);
    ASSERT_OK(host.start());
    ReportOptions ro;
    ro.selection.from = from;
    ro.selection.to = to;
    auto built = ClinicianReport::build(*host.store(), host.plugins(), ro);
    ASSERT_OK(built);
    const QStringList titles = built.value()->sectionTitles();
    EXPECT_GE(titles.size(), bundled.size() + 2) << titles.join(QStringLiteral(" | ")).toStdString();
    for (const QString& title : titles)
        EXPECT_TRUE(t.contains(flat(title))) << title.toStdString();
    for (const char* id : bundled) {
        const PluginRecord* rec = host.plugins().find(QLatin1String(id));
        ASSERT_TRUE(rec && rec->isRunning()) << id;
    }
    // The same pages in the app's preview as in the PDF.
    EXPECT_EQ(built.value()->pageCount(), pageCount);
    EXPECT_EQ(built.value()->entryCount(), said.captured(2).toLongLong());
    const QImage preview = built.value()->renderPage(0, 600);
    ASSERT_FALSE(preview.isNull());
    EXPECT_EQ(preview.width(), 600);
    EXPECT_NEAR(double(preview.height()) / preview.width(), 297.0 / 210.0, 0.01);
    EXPECT_TRUE(built.value()->renderPage(pageCount, 600).isNull());
    // At print resolution too (A4 at 300 dpi), the same page on white.
    const QImage large = built.value()->renderPage(pageCount - 1, 2480);
    ASSERT_FALSE(large.isNull());
    EXPECT_EQ(large.pixelColor(5, 5), QColor(Qt::white));

    // The third-party section, as its module wrote it.
    for (const char* s : {"Fixture section: sleep hours", "Fixture heading: how the nights went", "Fixture paragraph: ",
                          "Fixture table caption", "Fixture day", "Fixture chart: hours asleep", "Fixture sleep", "7.5 hours a night"})
        EXPECT_TRUE(t.contains(QLatin1String(s))) << s;
    // The module whose section throws: the plain table of its entries, the report unharmed.
    EXPECT_TRUE(t.contains(QStringLiteral("Report throws fixture")));
    EXPECT_TRUE(t.contains(QStringLiteral("Entries by kind: Throwing note: 2.")));
    EXPECT_TRUE(t.contains(QStringLiteral("A note the throwing module keeps")));

    // Every page rendered has something on it between the header and footer.
    const QString prefix = out.filePath(QStringLiteral("page"));
    const ProcessResult ppm = runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-gray"), pdf, prefix});
    ASSERT_EQ(ppm.exitCode, 0) << ppm.err.toStdString();
    const QStringList images = QDir(out.path()).entryList({QStringLiteral("page*.pgm")}, QDir::Files, QDir::Name);
    ASSERT_EQ(images.size(), pageCount);
    const int margin = int(18 / 25.4 * 40) + 1; // the 18 mm margins at 40 dpi
    for (const QString& image : images) {
        const qint64 dark = darkPixels(bytesOf(out.filePath(image)), margin);
        EXPECT_GT(dark, 150) << image.toStdString() << " is blank";
    }
}

TEST_F(ReportCliTest, PaperFollowsTheLocaleOrTheOption)
{
    ProcessResult r = report(QStringLiteral("a4.pdf"), {QStringLiteral("--days"), QStringLiteral("30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(info(pdf).contains(QStringLiteral("(A4)"))) << info(pdf).toStdString();
    r = report(QStringLiteral("letter.pdf"), {QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--paper"), QStringLiteral("letter")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(info(pdf).contains(QStringLiteral("612 x 792 pts (letter)"))) << info(pdf).toStdString();
    // In the United States Letter without asking.
    qputenv("LC_ALL", "en_US.UTF-8");
    r = report(QStringLiteral("us.pdf"), {QStringLiteral("--days"), QStringLiteral("30")});
    qputenv("LC_ALL", "en_GB.UTF-8");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(info(pdf).contains(QStringLiteral("(letter)"))) << info(pdf).toStdString();
    // ...where the dates are written the American way.
    const QString t = text(pdf);
    EXPECT_TRUE(t.contains(QLocale(QStringLiteral("en_US")).toString(QDate::currentDate(), QStringLiteral("MMMM d, yyyy")))) << t.left(600).toStdString();

    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("en_US"))), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("fr_CA"))), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("es_MX"))), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("fil_PH"))), QPageSize::Letter);
    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("en_GB"))), QPageSize::A4);
    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("de_DE"))), QPageSize::A4);
    EXPECT_EQ(paperForLocale(QLocale(QStringLiteral("en_AU"))), QPageSize::A4);
}

TEST_F(ReportCliTest, OnlyTheChosenModulesAndKinds)
{
    ProcessResult r = report(QStringLiteral("fixture.pdf"), {QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--module"),
                                                              QStringLiteral("report-throws")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 pages, drawn on 2 entries."))) << r.out.toStdString();
    QString t = text(pdf);
    EXPECT_TRUE(t.contains(QStringLiteral("A note the throwing module keeps")));
    EXPECT_FALSE(t.contains(QStringLiteral("Fixture section")));
    EXPECT_TRUE(t.contains(QStringLiteral("The chosen entries have no mood ratings in this period.")));

    r = report(QStringLiteral("kind.pdf"), {QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--kind"),
                                            QStringLiteral("report-section/note")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    t = text(pdf);
    EXPECT_TRUE(t.contains(QStringLiteral("Fixture section: sleep hours")));
    EXPECT_FALSE(t.contains(QStringLiteral("Report throws fixture")));
}

// From trying it (issue 23): the safety plan's review date and the support
// count are the client's choice like any entry: not on page 1 when the
// report is for other kinds, nor when they are marked private.
TEST_F(ReportCliTest, TheHostsFiguresOnlyWhenChosenAndNotPrivate)
{
    ProcessResult r = report(QStringLiteral("all.pdf"), {QStringLiteral("--days"), QStringLiteral("90")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString t = text(pdf);
    EXPECT_TRUE(t.contains(QStringLiteral("Safety plan")));
    EXPECT_TRUE(t.contains(QStringLiteral("Support offered")));

    r = report(QStringLiteral("checkins.pdf"), {QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--kind"),
                                                QStringLiteral("journal/checkin")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    t = text(pdf);
    EXPECT_FALSE(t.contains(QStringLiteral("Safety plan"))) << "a report of check-ins showed the safety plan";
    EXPECT_FALSE(t.contains(QStringLiteral("Support offered"))) << "a report of check-ins showed the support count";

    r = report(QStringLiteral("plan.pdf"), {QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--kind"),
                                            QStringLiteral("tessera/safety-plan")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(pdf).contains(QStringLiteral("Safety plan")));
    EXPECT_TRUE(QFile::remove(pdf));

    // The plan marked private: gone from page 1 unless included.
    const ProcessResult listed = runCli(withJournal({QStringLiteral("entries"), QStringLiteral("list"), QStringLiteral("--kind"),
                                                     QStringLiteral("tessera/safety-plan"), QStringLiteral("--json")}));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QRegularExpression idPattern(QStringLiteral("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\""));
    const QString planId = idPattern.match(listed.out).captured(1);
    ASSERT_FALSE(planId.isEmpty()) << listed.out.toStdString();
    ASSERT_EQ(runCli(withJournal({QStringLiteral("entries"), QStringLiteral("private"), planId})).exitCode, 0);
    r = report(QStringLiteral("plan-private.pdf"), {QStringLiteral("--days"), QStringLiteral("90")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(text(pdf).contains(QStringLiteral("Safety plan")));
    EXPECT_TRUE(QFile::remove(pdf));
    r = report(QStringLiteral("plan-included.pdf"), {QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--include-private")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(pdf).contains(QStringLiteral("Safety plan")));
    EXPECT_TRUE(QFile::remove(pdf));
    ASSERT_EQ(runCli(withJournal({QStringLiteral("entries"), QStringLiteral("private"), planId, QStringLiteral("--off")})).exitCode, 0);
}

// Found trying it: in a terminal with no desktop session, every report began
// with Qt's "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ...".
TEST_F(ReportCliTest, SaysNothingOfQtsScratchFolder)
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("XDG_RUNTIME_DIR"); // for the process started here
    const ProcessResult r = report(QStringLiteral("quiet.pdf"), {QStringLiteral("--days"), QStringLiteral("7")});
    if (!runtime.isEmpty())
        qputenv("XDG_RUNTIME_DIR", runtime);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("XDG_RUNTIME_DIR"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("XDG_RUNTIME_DIR"))) << r.out.toStdString();
}

TEST_F(ReportCliTest, RefusesBadInputNamingIt)
{
    struct Case {
        QStringList args;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")}, QStringLiteral("--from: \"2026-13-01\" is not a day of the calendar")},
        {{QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("1 Dec")}, QStringLiteral("--to: \"1 Dec\" is not a date written YYYY-MM-DD")},
        {{QStringLiteral("--from"), QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-08-01")}, QStringLiteral("is before --from")},
        {{QStringLiteral("--from"), QStringLiteral("2026-09-01")}, QStringLiteral("needs a period")},
        {{QStringLiteral("--days"), QStringLiteral("0")}, QStringLiteral("--days must be")},
        {{QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--from"), QStringLiteral("2026-09-01")}, QStringLiteral("not both")},
        {{QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--module"), QStringLiteral("no-such-module")}, QStringLiteral("--module \"no-such-module\"")},
        {{QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--kind"), QStringLiteral("journal/no-such-kind")}, QStringLiteral("--kind \"journal/no-such-kind\"")},
        {{QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--paper"), QStringLiteral("a5")}, QStringLiteral("--paper must be a4 or letter")},
        // A mistyped year: an empty report was written without a word.
        {{QStringLiteral("--from"), QDate::currentDate().addDays(1).toString(Qt::ISODate), QStringLiteral("--to"),
          QDate::currentDate().addDays(30).toString(Qt::ISODate)}, QStringLiteral("is after today")},
    };
    for (const Case& c : cases) {
        const ProcessResult r = report(QStringLiteral("refused.pdf"), c.args);
        EXPECT_EQ(r.exitCode, 1) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(pdf)) << c.args.join(QLatin1Char(' ')).toStdString();
    }
    // A file that cannot be written: named, and a data error.
    const QString nowhere = out.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const ProcessResult unwritable = runCli(withJournal({QStringLiteral("report"), QStringLiteral("--days"), QStringLiteral("30"),
                                                         QStringLiteral("--output"), nowhere}));
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(unwritable.err.contains(nowhere)) << unwritable.err.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
    const ProcessResult noOutput = runCli(withJournal({QStringLiteral("report"), QStringLiteral("--days"), QStringLiteral("30")}));
    EXPECT_EQ(noOutput.exitCode, 1);
    EXPECT_TRUE(noOutput.err.contains(QStringLiteral("--output is required"))) << noOutput.err.toStdString();
}

TEST_F(ReportCliTest, PrivateEntriesOnlyWhenIncluded)
{
    // Marking the entry private goes through `entries private` (the journal's flag, issue 23).
    const ProcessResult mark = runCli(withJournal({QStringLiteral("entries"), QStringLiteral("private"), privateId}));
    if (mark.exitCode != 0 && mark.err.contains(QStringLiteral("unknown command")))
        GTEST_SKIP() << "this build has no `entries private` yet";
    ASSERT_EQ(mark.exitCode, 0) << mark.err.toStdString();

    ProcessResult r = report(QStringLiteral("without.pdf"), {QStringLiteral("--days"), QStringLiteral("90")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString t = text(pdf);
    EXPECT_FALSE(t.contains(kPrivateTitle));
    EXPECT_TRUE(t.contains(QStringLiteral("Fixture paragraph: 1 notes in the period"))) << "the module was given only its sample note";

    r = report(QStringLiteral("with.pdf"), {QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--include-private")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(private entries included)")));
    t = text(pdf);
    EXPECT_TRUE(t.contains(kPrivateTitle));
    EXPECT_TRUE(t.contains(QStringLiteral("Entries the client marked private are included")));

    const ProcessResult unmark = runCli(withJournal({QStringLiteral("entries"), QStringLiteral("private"), privateId, QStringLiteral("--off")}));
    EXPECT_EQ(unmark.exitCode, 0) << unmark.err.toStdString();
}

// A client who rated their mood once in the period: "once", never "1 times"
// (a helper saw "1 times" on a module's page; the report had the same wording).
TEST(ReportCliOneRating, SaysOnce)
{
    QTemporaryDir data, out;
    const QStringList dataDir{QStringLiteral("--data-dir"), data.path()};
    const ProcessResult added = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                                   QStringLiteral("journal/checkin"), QStringLiteral("--title"), QStringLiteral("Check-in"),
                                                   QStringLiteral("--mood"), QStringLiteral("6"), QStringLiteral("--payload"),
                                                   QStringLiteral("{\"feelings\":[\"Tired\"],\"note\":\"\"}")} + dataDir);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString pdf = out.filePath(QStringLiteral("once.pdf"));
    const ProcessResult r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("--output"), pdf, QStringLiteral("--days"),
                                               QStringLiteral("30")} + dataDir);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const ProcessResult read = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    const QString t = flat(read.out);
    EXPECT_TRUE(t.contains(QStringLiteral("Mood was rated once in the 30 days: 6.0 out of 10."))) << t.left(3000).toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Check-in: one rating of 6.0"))) << t.left(3000).toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("1 times"))) << t.left(3000).toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("1 ratings"))) << t.left(3000).toStdString();
}

// The report is the client's document in the language the app shows them, as the
// app writes it: the one chosen in Settings, else the system's. tessera-cli's own
// lines stay English, their dates too. Before, under a Spanish system the report's
// words were English and its dates Spanish ("from 11 on domingo, 11 de octubre"),
// and so was the line saying where it was written.
TEST(ReportCliLanguage, TheAppsLanguageInTheReportEnglishInTheCli)
{
    QTemporaryDir data, out;
    const QStringList dataDir{QStringLiteral("--data-dir"), data.path()};
    const QByteArray oldLcAll = qgetenv("LC_ALL");
    qputenv("LC_ALL", "es_ES.UTF-8");
    const ProcessResult added = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                                   QStringLiteral("journal/checkin"), QStringLiteral("--title"), QStringLiteral("Check-in"),
                                                   QStringLiteral("--mood"), QStringLiteral("6"), QStringLiteral("--payload"),
                                                   QStringLiteral("{\"feelings\":[\"tired\"],\"note\":\"\"}")} + dataDir);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString monthEs = QLocale(QStringLiteral("es_ES")).monthName(QDate::currentDate().month());
    const QString monthEn = QLocale(QLocale::English).monthName(QDate::currentDate().month());
    auto write = [&](const QString& name) {
        const QString pdf = out.filePath(name);
        const ProcessResult r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("--output"), pdf, QStringLiteral("--days"),
                                                   QStringLiteral("30")} + dataDir);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        // This program's line: English words, English dates.
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Wrote the report for "))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(monthEn)) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains(monthEs)) << r.out.toStdString();
        const ProcessResult read = runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
        return flat(read.out);
    };
    // Nothing chosen in the app: the system's language, Spanish, words and dates.
    const QString system = write(QStringLiteral("system.pdf"));
    EXPECT_TRUE(system.contains(QStringLiteral("Informe de Tessera para el profesional de salud"))) << system.left(1500).toStdString();
    EXPECT_TRUE(system.contains(monthEs)) << system.left(1500).toStdString();
    EXPECT_FALSE(system.contains(QStringLiteral("Tessera report for the clinician"))) << system.left(1500).toStdString();
    // The check-in's words too, saved as the English page showed them.
    EXPECT_TRUE(system.contains(QStringLiteral("con cansancio"))) << system.toStdString();
    EXPECT_FALSE(system.contains(QStringLiteral("tired"))) << system.toStdString();
    // English chosen in Settings: English throughout, on the same Spanish system.
    QSettings(QDir(data.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat).setValue(QStringLiteral("language"), QStringLiteral("en"));
    const QString chosen = write(QStringLiteral("chosen.pdf"));
    EXPECT_TRUE(chosen.contains(QStringLiteral("Tessera report for the clinician"))) << chosen.left(1500).toStdString();
    EXPECT_TRUE(chosen.contains(monthEn)) << chosen.left(1500).toStdString();
    EXPECT_FALSE(chosen.contains(monthEs)) << chosen.left(1500).toStdString();
    qputenv("LC_ALL", oldLcAll);
}
