// The safety plan and support offered: the host's side, through the real
// store, the real plugin manager and a real fixture module.
#include "plugins/pluginmanager.h"
#include "safety/safetyplan.h"
#include "safety/supportservice.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"

#include "testsupport.h"

#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

class SupportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
        PluginManager::Options o;
        o.pluginDirs << tessera::test::fixturePluginDir() + QStringLiteral("/main");
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.enabled = QStringList{QStringLiteral("good")};
        pm = std::make_unique<PluginManager>(o);
        pm->loadAll(*store);
        support = std::make_unique<SupportService>(store.get());
        QObject::connect(pm.get(), &PluginManager::supportRequested, support.get(),
                         [this](const QString& id, const QString& reason, bool urgent) { support->offer(id, reason, urgent); });
        QObject::connect(support.get(), &SupportService::offered, support.get(),
                         [this](const QString& id, const QString& reason, bool urgent) {
                             shown << QStringLiteral("%1/%2%3").arg(id, reason, urgent ? QStringLiteral(" urgent") : QString());
                         });
    }
    void TearDown() override { pm->shutdownAll(); }
    sdk::PluginContext& contextOf(const QString& id) { return *pm->find(id)->context; }
    int records() const
    {
        sdk::EntryQuery q;
        q.kinds = {QString::fromLatin1(SupportService::kRecordKind)};
        return static_cast<int>(store->count(q).value());
    }

    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<PluginManager> pm;
    std::unique_ptr<SupportService> support;
    QStringList shown;
};

} // namespace

TEST_F(SupportTest, GentleOncePerDayUrgentEveryTime)
{
    ASSERT_EQ(pm->find(QStringLiteral("good"))->state, PluginState::Initialized);
    sdk::PluginContext& good = contextOf(QStringLiteral("good"));
    good.offerSupport(QStringLiteral("low-mood"));
    good.offerSupport(QStringLiteral("low-mood"));
    QCoreApplication::processEvents();
    EXPECT_EQ(shown, QStringList{QStringLiteral("good/low-mood")}) << "a gentle offer twice in a day";
    good.offerSupport(QStringLiteral("hopeless"));
    good.offerSupport(QStringLiteral("item-9"), sdk::PluginContext::SupportLevel::Urgent);
    good.offerSupport(QStringLiteral("item-9"), sdk::PluginContext::SupportLevel::Urgent);
    QCoreApplication::processEvents();
    EXPECT_EQ(shown.size(), 4) << shown.join(u',').toStdString();
    EXPECT_EQ(shown.count(QStringLiteral("good/item-9 urgent")), 2);
    EXPECT_EQ(records(), 4);
    // The next day, the gentle one is offered again.
    EXPECT_TRUE(support->offer(QStringLiteral("good"), QStringLiteral("low-mood"), false, QDateTime::currentDateTime().addDays(1)));
    // A reason that is not a code is not recorded as given.
    EXPECT_TRUE(support->offer(QStringLiteral("good"), QStringLiteral("I feel hopeless today"), true));
    sdk::EntryQuery q;
    q.kinds = {QString::fromLatin1(SupportService::kRecordKind)};
    q.from = QDateTime::currentDateTimeUtc().addDays(-1);
    q.to = QDateTime::currentDateTimeUtc().addDays(2);
    const auto page = store->query(q);
    ASSERT_OK(page);
    for (const sdk::Entry& e : page->entries)
        EXPECT_FALSE(QJsonDocument(e.toJson()).toJson().contains("hopeless today")) << "the record holds the client's words";
}

TEST_F(SupportTest, RecordHoldsNoEntryText)
{
    // The module has written something private; the record of the offer holds none of it.
    sdk::EntryDraft d;
    d.kind = QStringLiteral("note");
    d.title = QStringLiteral("Private");
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("words nobody else should read")}};
    ASSERT_OK(pm->find(QStringLiteral("good"))->journal->add(d));
    contextOf(QStringLiteral("good")).offerSupport(QStringLiteral("low-mood"));
    QCoreApplication::processEvents();
    sdk::EntryQuery q;
    q.kinds = {QString::fromLatin1(SupportService::kRecordKind)};
    auto page = store->query(q);
    ASSERT_OK(page);
    ASSERT_EQ(page->entries.size(), 1);
    const sdk::Entry& record = page->entries.first();
    EXPECT_EQ(record.payload.keys(), (QStringList{QStringLiteral("module"), QStringLiteral("reason"), QStringLiteral("urgent")}));
    EXPECT_FALSE(QJsonDocument(record.toJson()).toJson().contains("nobody else"));
    EXPECT_EQ(record.title, QStringLiteral("Support offered"));
}

TEST(SafetyPlanTest, EveryVersionIsKept)
{
    QTemporaryDir dir;
    auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_OK(s);
    SafetyPlanStore plans(*s.value());
    auto empty = plans.load();
    ASSERT_OK(empty);
    EXPECT_TRUE(empty->isEmpty());
    SafetyPlan plan;
    plan.items[QStringLiteral("warningSigns")] = QStringList{QStringLiteral("Not sleeping"), QStringLiteral("Cancelling on friends")};
    plan.items[QStringLiteral("reasonsForLiving")] = QStringList{QStringLiteral("My sister")};
    ASSERT_OK(plans.save(plan));
    plan.items[QStringLiteral("askForHelp")] = QStringList{QStringLiteral("Sam, 07700 900123")};
    plan.reviewedOn = QDate(2026, 11, 29);
    ASSERT_OK(plans.save(plan));
    auto versions = plans.versions();
    ASSERT_OK(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).items.value(QStringLiteral("askForHelp")), QStringList{QStringLiteral("Sam, 07700 900123")});
    EXPECT_TRUE(versions->at(1).items.value(QStringLiteral("askForHelp")).isEmpty());
    EXPECT_EQ(versions->at(0).reviewedOn, QDate(2026, 11, 29));
    EXPECT_FALSE(versions->at(1).reviewedOn.isValid());
}

TEST(SafetyPlanTest, PdfIsOnePageWithTheClientsWords)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed";
    QTemporaryDir dir;
    SafetyPlan plan;
    plan.items[QStringLiteral("warningSigns")] = QStringList{QStringLiteral("Not sleeping"), QStringLiteral("Staying in bed all day")};
    plan.items[QStringLiteral("copingAlone")] = QStringList{QStringLiteral("Walk to the river")};
    plan.items[QStringLiteral("reasonsForLiving")] = QStringList{QStringLiteral("My sister Ana")};
    // A long plan still fits on one page.
    for (int i = 0; i < 25; ++i)
        plan.items[QStringLiteral("distractions")] << QStringLiteral("Place number %1 where I feel a bit better").arg(i);
    plan.reviewedOn = QDate(2026, 11, 29);
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_OK(writeSafetyPlanPdf(plan, {QStringLiteral("Samaritans: call 116 123")}, pdf));
    auto text = test::runProcess(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const QString& words : {QStringLiteral("My safety plan"), QStringLiteral("Staying in bed all day"), QStringLiteral("Walk to the river"),
                                 QStringLiteral("My sister Ana"), QStringLiteral("Place number 24"), QStringLiteral("116 123"),
                                 QStringLiteral("Warning signs"), QStringLiteral("My reasons for living")})
        EXPECT_TRUE(text.out.contains(words)) << words.toStdString() << " is not in the PDF:\n" << text.out.toStdString();
    EXPECT_EQ(text.out.count(QLatin1Char('\f')), 1) << "the PDF is not one page";
    EXPECT_EQ(QFile::permissions(pdf) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions())
        << "the PDF is readable by other accounts";
}
