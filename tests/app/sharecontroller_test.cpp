// Share with my clinician (issue 23): ShareController through the real host,
// the bundled modules, a real journal file and the real exporters; the
// saved files are read back from disk.
#include "app/sharecontroller.h"
#include "host/host.h"
#include "host/languages.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

class ShareControllerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        HostOptions o;
        o.dataDir = dir.filePath(QStringLiteral("data"));
        o.logLevel = QStringLiteral("info");
        host = std::make_unique<Host>(o);
        host->prepare();
        ASSERT_OK(host->start());
        auto seeded = host->seedDemo(QDateTime::currentDateTimeUtc(), 40);
        ASSERT_OK(seeded.status());
        share = std::make_unique<ShareController>(*host);
        share->setActive(true);
    }

    // Every entry of a running module's kind in the last `days` days.
    QList<sdk::Entry> entriesOfLastDays(int days, bool withPrivate)
    {
        ShareSelection s;
        s.from = QDate::currentDate().addDays(-(days - 1));
        s.to = QDate::currentDate();
        s.includePrivate = withPrivate;
        for (const PluginRecord* r : host->plugins().running())
            for (const KindSpec& k : r->manifest->kinds)
                s.kinds << k.fullName;
        // The host's figures for the first page are picked too.
        s.kinds << QStringLiteral("tessera/safety-plan") << QStringLiteral("tessera/support-offered");
        QList<sdk::Entry> out;
        auto n = forEachSelected(*host->store(), s, [&](const sdk::Entry& e) {
            out << e;
            return sdk::Status();
        });
        EXPECT_TRUE(n.ok());
        return out;
    }

    // The text of every file under `path` (a file or a folder).
    static QByteArray allText(const QString& path)
    {
        QByteArray text;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                text += tessera::test::bytesOf(it.next());
        } else {
            text = tessera::test::bytesOf(path);
        }
        return text;
    }

    QTemporaryDir dir;
    std::unique_ptr<Host> host;
    std::unique_ptr<ShareController> share;
};

TEST_F(ShareControllerTest, StartsWithTheLast90DaysAndEveryKindOfTheRunningModules)
{
    EXPECT_EQ(share->toDate(), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(share->fromDate(), QDate::currentDate().addDays(-89).toString(Qt::ISODate));
    EXPECT_TRUE(share->periodProblem().isEmpty());
    const QList<sdk::Entry> expected = entriesOfLastDays(90, false);
    ASSERT_GT(expected.size(), 20);
    EXPECT_EQ(share->entryCount(), expected.size());
    // Counts per module add up to the whole.
    int sum = 0;
    for (const QVariant& m : share->modules())
        sum += m.toMap().value(QStringLiteral("count")).toInt();
    EXPECT_EQ(sum, share->entryCount());
    EXPECT_TRUE(share->summary().contains(QString::number(expected.size())));
}

TEST_F(ShareControllerTest, AnUntickedKindIsLeftOutOfTheCountAndOfTheSelection)
{
    const int before = share->entryCount();
    const QList<sdk::Entry> all = entriesOfLastDays(90, false);
    const QString kind = QStringLiteral("journal/checkin");
    const auto checkins = std::count_if(all.begin(), all.end(), [&](const sdk::Entry& e) { return e.kind == kind; });
    ASSERT_GT(checkins, 0);
    share->setKindChosen(kind, false);
    share->setActive(false); // counts at once instead of after the debounce
    share->setActive(true);
    EXPECT_EQ(share->entryCount(), before - checkins);
    EXPECT_FALSE(share->selection().kinds.contains(kind));

    // Unticking a whole module leaves none of its kinds.
    share->setModuleChosen(QStringLiteral("goals"), false);
    for (const QString& k : share->selection().kinds)
        EXPECT_FALSE(k.startsWith(QLatin1String("goals/"))) << qPrintable(k);
}

// A kind named "draft" is work not finished (the Write page's draft, a
// questionnaire not finished): not ticked to start with, nor by ticking its
// whole module; the client ticks it by name to include it.
TEST_F(ShareControllerTest, DraftsAreLeftOutUntilTickedByName)
{
    const QString draft = QStringLiteral("journal/draft");
    EXPECT_FALSE(share->selection().kinds.contains(draft));
    EXPECT_FALSE(share->selection().kinds.contains(QStringLiteral("assessments/draft")));
    EXPECT_TRUE(share->selection().kinds.contains(QStringLiteral("journal/entry")));
    const auto journalRow = [this] {
        for (const QVariant& m : share->modules()) {
            if (m.toMap().value(QStringLiteral("id")).toString() == QLatin1String("journal"))
                return m.toMap();
        }
        return QVariantMap();
    };
    EXPECT_TRUE(journalRow().value(QStringLiteral("chosen")).toBool()); // its box ticked, not half
    EXPECT_FALSE(journalRow().value(QStringLiteral("partly")).toBool());
    share->setModuleChosen(QStringLiteral("journal"), false);
    share->setModuleChosen(QStringLiteral("journal"), true);
    EXPECT_FALSE(share->selection().kinds.contains(draft));
    EXPECT_TRUE(share->selection().kinds.contains(QStringLiteral("journal/checkin")));
    share->setKindChosen(draft, true);
    EXPECT_TRUE(share->selection().kinds.contains(draft));
}

// The page lays its boxes out from moduleLayout: ticks and counts change
// `modules`, never the layout (which would rebuild the boxes and lose focus).
TEST_F(ShareControllerTest, TheLayoutStaysWhileTicksAndCountsChange)
{
    const QVariantList layout = share->moduleLayout();
    ASSERT_EQ(layout.size(), share->modules().size());
    for (int i = 0; i < layout.size(); ++i) {
        const QVariantMap l = layout[i].toMap();
        const QVariantMap m = share->modules()[i].toMap();
        EXPECT_EQ(l.value(QStringLiteral("id")), m.value(QStringLiteral("id")));
        EXPECT_EQ(l.value(QStringLiteral("kinds")).toList().size(), m.value(QStringLiteral("kinds")).toList().size());
        EXPECT_FALSE(l.value(QStringLiteral("kinds")).toList().value(0).toMap().contains(QStringLiteral("count")));
    }
    int layoutChanges = 0;
    int countChanges = 0;
    QObject::connect(share.get(), &ShareController::moduleLayoutChanged, [&] { ++layoutChanges; });
    QObject::connect(share.get(), &ShareController::countsChanged, [&] { ++countChanges; });
    share->setKindChosen(QStringLiteral("journal/checkin"), false);
    share->setModuleChosen(QStringLiteral("goals"), false);
    share->usePeriod(30);
    share->setActive(false);
    share->setActive(true);
    EXPECT_GT(countChanges, 0);
    EXPECT_EQ(layoutChanges, 0);
    EXPECT_EQ(share->moduleLayout(), layout);
}

TEST_F(ShareControllerTest, PrivateEntriesAreLeftOutUnlessIncludedForThisShare)
{
    const QList<sdk::Entry> all = entriesOfLastDays(90, false);
    const sdk::Entry target = *std::find_if(all.begin(), all.end(), [](const sdk::Entry& e) {
        return e.kind == QLatin1String("journal/entry") || e.kind == QLatin1String("journal/checkin");
    });
    ASSERT_OK(host->store()->setPrivate(target.id, true));
    share->setActive(false);
    share->setActive(true);
    EXPECT_EQ(share->privateCount(), 1);
    EXPECT_EQ(share->entryCount(), all.size() - 1);
    EXPECT_FALSE(share->summary().isEmpty());

    // CSV files hold every other entry's id, not the private one's.
    share->setFormat(QStringLiteral("csv"));
    share->setDestination(dir.filePath(QStringLiteral("out/csv")));
    const QString saved = share->save();
    EXPECT_TRUE(saved.contains(QStringLiteral("CSV"))) << qPrintable(saved);
    QByteArray text = allText(dir.filePath(QStringLiteral("out/csv")));
    EXPECT_FALSE(text.contains(target.id.toUtf8()));
    EXPECT_TRUE(text.contains(all.constLast().id.toUtf8()) || all.constLast().id == target.id);

    // Included on purpose: there it is.
    share->setIncludePrivate(true);
    share->setActive(false);
    share->setActive(true);
    EXPECT_EQ(share->entryCount(), all.size());
    share->setDestination(dir.filePath(QStringLiteral("out/csv-with")));
    share->save();
    text = allText(dir.filePath(QStringLiteral("out/csv-with")));
    EXPECT_TRUE(text.contains(target.id.toUtf8()));
}

TEST_F(ShareControllerTest, PreviewShowsTheReportPagesOnlyToItsOwnKey)
{
    EXPECT_EQ(share->previewPages(), 0);
    EXPECT_TRUE(share->preview().isEmpty());
    ASSERT_GE(share->previewPages(), 2);
    EXPECT_TRUE(share->previewCurrent());
    const QString key = share->previewSource().section(QLatin1Char('/'), -1);
    const QImage page = share->previewImage(key, 0, 600);
    ASSERT_FALSE(page.isNull());
    EXPECT_EQ(page.width(), 600);
    EXPECT_GT(page.height(), page.width()); // portrait paper
    EXPECT_TRUE(share->previewImage(QStringLiteral("guess"), 0, 600).isNull());
    EXPECT_TRUE(share->previewImage(key, share->previewPages(), 600).isNull());

    // A changed choice makes the preview out of date.
    share->setKindChosen(QStringLiteral("journal/checkin"), false);
    EXPECT_FALSE(share->previewCurrent());
}

TEST_F(ShareControllerTest, SavesAPrivatePdfAndNeverOverwritesAnEarlierOne)
{
    const QString path = dir.filePath(QStringLiteral("out/report.pdf"));
    share->setDestination(path);
    const QString first = share->save();
    EXPECT_TRUE(first.contains(QStringLiteral("report.pdf"))) << qPrintable(first);
    EXPECT_FALSE(share->lastFailed());
    ASSERT_TRUE(QFileInfo::exists(path));
    EXPECT_TRUE(tessera::test::bytesOf(path).startsWith("%PDF"));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QString second = share->save();
    EXPECT_TRUE(second.contains(QStringLiteral("report (2).pdf"))) << qPrintable(second);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("out/report (2).pdf"))));
}

TEST_F(ShareControllerTest, FhirSaveWritesABundle)
{
    share->setFormat(QStringLiteral("fhir"));
    share->setPseudonym(QStringLiteral("client-042"));
    const QString path = dir.filePath(QStringLiteral("out/share.json"));
    share->setDestination(path);
    const QString said = share->save();
    EXPECT_TRUE(said.contains(QStringLiteral("FHIR"))) << qPrintable(said);
    const QByteArray text = tessera::test::bytesOf(path);
    EXPECT_TRUE(text.contains("\"Bundle\""));
    EXPECT_TRUE(text.contains("client-042"));
}

TEST_F(ShareControllerTest, ABadPeriodIsNamedAndNothingIsSaved)
{
    share->setFromDate(QStringLiteral("2026-13-01"));
    EXPECT_FALSE(share->periodProblem().isEmpty());
    const QString path = dir.filePath(QStringLiteral("out/bad.pdf"));
    share->setDestination(path);
    EXPECT_EQ(share->save(), share->periodProblem());
    EXPECT_TRUE(share->lastFailed()); // shown as a problem, not as done
    EXPECT_FALSE(QFileInfo::exists(path));

    share->setFromDate(QStringLiteral("2026-03-10"));
    share->setToDate(QStringLiteral("2026-03-01"));
    EXPECT_TRUE(share->periodProblem().contains(QStringLiteral("after")));

    // Nothing ticked: nothing to share.
    share->usePeriod(30);
    for (const QVariant& m : share->modules())
        share->setModuleChosen(m.toMap().value(QStringLiteral("id")).toString(), false);
    EXPECT_TRUE(share->selection().kinds.isEmpty());
    EXPECT_FALSE(share->save().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
}

} // namespace

// In Spanish, the modules and their kinds are named in Spanish on Share, as
// in the navigation (a helper saw "Assessments (13 entradas)").
TEST(ShareInSpanishTest, ModulesAndKindsInTheClientsLanguage)
{
    Languages::use(QStringLiteral("es"));
    {
        QTemporaryDir dir;
        HostOptions o;
        o.dataDir = dir.path();
        o.logLevel = QStringLiteral("warn");
        Host host(o);
        ASSERT_OK(host.start());
        ShareController share(host);
        share.setActive(true);
        QVariantMap assessments;
        for (const QVariant& m : share.modules()) {
            if (m.toMap().value(QStringLiteral("id")).toString() == QLatin1String("assessments"))
                assessments = m.toMap();
        }
        EXPECT_EQ(assessments.value(QStringLiteral("name")).toString(), QStringLiteral("Evaluaciones"));
        QStringList titles;
        for (const QVariant& k : assessments.value(QStringLiteral("kinds")).toList())
            titles << k.toMap().value(QStringLiteral("title")).toString();
        EXPECT_FALSE(titles.contains(QStringLiteral("Questionnaire not finished"))) << titles.join(QStringLiteral(", ")).toStdString();
        QStringList layoutNames;
        for (const QVariant& m : share.moduleLayout())
            layoutNames << m.toMap().value(QStringLiteral("name")).toString();
        EXPECT_TRUE(layoutNames.contains(QStringLiteral("Evaluaciones"))) << layoutNames.join(QStringLiteral(", ")).toStdString();
    }
    Languages::use(QString());
}
