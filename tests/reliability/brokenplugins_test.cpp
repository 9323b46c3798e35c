// Misbehaving modules next to a good one, through the real plugin manager and
// the real app: one that throws from every SDK callback, one whose payloads
// are all invalid, one whose page cannot load. The host and the good module
// carry on, and each failure has a clear reason. (The fixture catalogue of
// the platform core, each module broken at load in its own way, is in
// tests/core/pluginmanager_test.cpp.)
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kBroken = tessera::test::fixturePluginDir() + QStringLiteral("/broken");
const QStringList kAll{QStringLiteral("good"), QStringLiteral("throws-everywhere"), QStringLiteral("bad-payloads"),
                       QStringLiteral("broken-page")};

class BrokenPluginsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
        PluginManager::Options o;
        o.pluginDirs = {kBroken};
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.name = QStringLiteral("Fixture clinic");
        o.profile.enabled = kAll;
        pm = std::make_unique<PluginManager>(o);
        pm->loadAll(*store);
    }
    static sdk::Entry oldEntry(const QString& plugin)
    {
        sdk::Entry e;
        e.pluginId = plugin;
        e.kind = plugin + QStringLiteral("/note");
        e.schemaVersion = 1;
        e.payload = QJsonObject{{QStringLiteral("body"), QStringLiteral("old")}};
        return e;
    }

    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<PluginManager> pm;
};

} // namespace

TEST_F(BrokenPluginsTest, EveryCallbackThatThrowsIsContained)
{
    for (const QString& id : kAll)
        EXPECT_TRUE(pm->find(id) && pm->find(id)->isRunning()) << id.toStdString();

    sdk::EntryDraft d;
    d.kind = QStringLiteral("throws-everywhere/note");
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
    const sdk::Status v = pm->validate(d);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, sdk::ErrorCode::Internal);
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("\"throws-everywhere\" could not check the entry")));
    EXPECT_TRUE(v.error().message.contains(QStringLiteral("fixture validate failure"))) << v.error().message.toStdString();

    sdk::Entry e = oldEntry(QStringLiteral("throws-everywhere"));
    pm->upgrade(e);
    EXPECT_EQ(e.schemaVersion, 1);
    EXPECT_EQ(e.payload, oldEntry(QStringLiteral("throws-everywhere")).payload);

    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    QStringList from; // throws 42 from one module
    for (const auto& s : pm->sampleEntries(req))
        from << s.kind;
    from.sort();
    EXPECT_EQ(from, (QStringList{QStringLiteral("broken-page/note"), QStringLiteral("good/note")}));

    // The good module still validates and upgrades.
    d.kind = QStringLiteral("good/note");
    EXPECT_OK(pm->validate(d));
    sdk::Entry g = oldEntry(QStringLiteral("good"));
    pm->upgrade(g);
    EXPECT_EQ(g.schemaVersion, 2);

    pm->shutdownAll(); // one shutdown() throws; the rest still shut down
    for (const QString& id : kAll)
        EXPECT_EQ(pm->find(id)->plugin, nullptr) << id.toStdString();
}

TEST_F(BrokenPluginsTest, InvalidPayloadsNeverReachTheJournal)
{
    const PluginRecord* r = pm->find(QStringLiteral("bad-payloads"));
    ASSERT_NE(r, nullptr);
    const QString writeError = r->plugin->backend()->property("writeError").toString();
    EXPECT_TRUE(writeError.contains(QStringLiteral("payload.text"))) << writeError.toStdString();
    EXPECT_EQ(store->stats()->entries, 0);

    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    for (const auto& s : pm->sampleEntries(req))
        EXPECT_NE(s.kind.section(u'/', 0, 0), QStringLiteral("bad-payloads")) << "an invalid sample got through";

    // An upgrade to a payload the module's own check refuses leaves the entry as stored.
    sdk::Entry e = oldEntry(QStringLiteral("bad-payloads"));
    pm->upgrade(e);
    EXPECT_EQ(e.schemaVersion, 1);
    EXPECT_EQ(e.payload.value(QStringLiteral("body")).toString(), QStringLiteral("old"));
}

TEST(BrokenPluginsApp, TheAppShowsEachFailureAndCarriesOn)
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile.json"));
    {
        QFile f(profile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "Broken modules", "setBy": "the reliability suite",
                   "enabled": ["good", "throws-everywhere", "bad-payloads", "broken-page"]})");
    }
    const QStringList common{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--profile"), profile,
                             QStringLiteral("--plugin-dir"), kBroken};
    // The broken page: the app shows an error panel with the reason and keeps running.
    auto page = test::runProcess(tessera::test::builtApp(), common + QStringList{QStringLiteral("--page"), QStringLiteral("broken-page/broken"),
                                                                                  QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("page.png"))});
    EXPECT_EQ(page.exitCode, 0) << page.err.toStdString();
    EXPECT_FALSE(page.crashed);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("page.png"))));
    // A page whose root takes no backend (not a ModulePage): refused with the reason,
    // where it printed "ReferenceError: backend is not defined" and did nothing.
    auto noBackend = test::runProcess(tessera::test::builtApp(), common + QStringList{QStringLiteral("--page"), QStringLiteral("broken-page/no-backend"),
                                                                                       QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("no-backend.png"))});
    EXPECT_EQ(noBackend.exitCode, 0) << noBackend.err.toStdString();
    EXPECT_TRUE(noBackend.err.contains(QStringLiteral("its root is not a ModulePage and declares no property \"backend\"")))
        << noBackend.err.toStdString();
    EXPECT_FALSE(noBackend.err.contains(QStringLiteral("ReferenceError"))) << noBackend.err.toStdString();
    // The module catalogue with all four, and a demo journal (sample entries from each).
    auto catalog = test::runProcess(tessera::test::builtApp(), common + QStringList{QStringLiteral("--page"), QStringLiteral("catalog"),
                                                                                     QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("catalog.png"))});
    EXPECT_EQ(catalog.exitCode, 0) << catalog.err.toStdString();
    auto timeline = test::runProcess(tessera::test::builtApp(), common + QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                                                                                      dir.filePath(QStringLiteral("timeline.png"))});
    EXPECT_EQ(timeline.exitCode, 0) << timeline.err.toStdString();
    EXPECT_FALSE(timeline.crashed);

    QFile log(dir.filePath(QStringLiteral("logs/tessera.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    const QList<QByteArray> expected{"BrokenPage.qml failed to load", "Tessera.NoSuchModule", "module throws-everywhere shutdown()",
                                     "fixture shutdown failure", "module bad-payloads offered 3 sample entries that failed validation"};
    for (const QByteArray& part : expected)
        EXPECT_TRUE(text.contains(part) || page.err.toUtf8().contains(part) || timeline.err.toUtf8().contains(part))
            << "no \"" << part.toStdString() << "\" in the log:\n" << text.toStdString();
    test::report(QStringLiteral("plugins"),
                 QStringLiteral("broken plugins: a module throwing from backend(), validatePayload(), upgradePayload(), sampleEntries() "
                                "and shutdown(), one with only invalid payloads and one whose page cannot load ran beside a good module "
                                "in the plugin manager and in the app (3 runs, exit 0); each failure logged with its reason; "
                                "0 invalid payloads reached the journal"));
}
