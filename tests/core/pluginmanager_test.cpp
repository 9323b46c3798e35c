// The plugin manager against real fixture libraries, one folder each.
#include "host/logging.h"
#include "host/qstringformatter.h"
#include "plugins/pluginmanager.h"
#include "plugins/version.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"

#include "testsupport.h"

#include <tessera/sdk/testing/pluginharness.h>

#include <tessera/sdk/version.h>

#include <tessera/sdk/journal.h>
#include <tessera/sdk/logger.h>
#include <tessera/sdk/plugin.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kMain = tessera::test::fixturePluginDir() + QStringLiteral("/main");
const QString kExtra = tessera::test::fixturePluginDir() + QStringLiteral("/extra");

QStringList everyFixtureBut(const QString& excluded)
{
    QStringList ids{QStringLiteral("good"), QStringLiteral("reader"), QStringLiteral("needs-good"),
                    QStringLiteral("missing-export"), QStringLiteral("wrong-major"), QStringLiteral("newer-minor"),
                    QStringLiteral("factory-throws"), QStringLiteral("init-throws"), QStringLiteral("init-fails"),
                    QStringLiteral("malformed-manifest"), QStringLiteral("twin"), QStringLiteral("missing-dependency"),
                    QStringLiteral("cycle-a"), QStringLiteral("cycle-b"), QStringLiteral("disabled-marker"),
                    QStringLiteral("abi-mismatch"), QStringLiteral("older-library"), QStringLiteral("foreign-writer"), QStringLiteral("built-for-1-0"),
                    QStringLiteral("wrong-library-id")};
    ids.removeAll(excluded);
    return ids;
}

class PluginManagerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_MARK_DIR", marks.path().toUtf8());
        auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
    }

    std::unique_ptr<PluginManager> load(const QStringList& enabled, QJsonObject goodSettings = {})
    {
        PluginManager::Options o;
        o.pluginDirs = {kMain, kExtra};
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.name = QStringLiteral("Fixture clinic");
        o.profile.setBy = QStringLiteral("the test suite");
        o.profile.enabled = enabled;
        o.profile.settings.insert(QStringLiteral("good"), goodSettings);
        auto pm = std::make_unique<PluginManager>(o);
        pm->loadAll(*store);
        return pm;
    }

    static void expectState(const PluginManager& pm, const QString& id, PluginState state, PluginStage stage,
                            const QStringList& reasonParts = {})
    {
        const PluginRecord* r = pm.find(id);
        ASSERT_NE(r, nullptr) << id.toStdString();
        EXPECT_EQ(pluginStateName(r->state), pluginStateName(state)) << id.toStdString() << ": " << r->reason.toStdString();
        EXPECT_EQ(pluginStageName(r->stage), pluginStageName(stage)) << id.toStdString() << ": " << r->reason.toStdString();
        for (const QString& part : reasonParts)
            EXPECT_TRUE(r->reason.contains(part)) << id.toStdString() << ": \"" << r->reason.toStdString()
                                                  << "\" lacks \"" << part.toStdString() << "\"";
    }

    QTemporaryDir dir;
    QTemporaryDir marks;
    std::unique_ptr<JournalStore> store;
};

TEST_F(PluginManagerTest, EachFixtureEndsInItsStateWithAReason)
{
    auto pm = load(everyFixtureBut(QStringLiteral("disabled-marker")));
    using S = PluginState;
    using G = PluginStage;
    expectState(*pm, QStringLiteral("good"), S::Initialized, G::None);
    expectState(*pm, QStringLiteral("reader"), S::Initialized, G::None);
    expectState(*pm, QStringLiteral("needs-good"), S::Initialized, G::None);
    expectState(*pm, QStringLiteral("foreign-writer"), S::Initialized, G::None);
    expectState(*pm, QStringLiteral("missing-export"), S::Failed, G::Exports, {QStringLiteral("TESSERA_PLUGIN")});
    // The host's own SDK version (2.1 since DueItemSource), as the messages write it.
    const QString hostSdk = QStringLiteral("SDK %1.%2").arg(sdkVersion().major).arg(sdkVersion().minor);
    expectState(*pm, QStringLiteral("wrong-major"), S::Rejected, G::Compatibility,
                {QStringLiteral("SDK 3.0"), QStringLiteral("has ") + hostSdk, QStringLiteral("major")});
    expectState(*pm, QStringLiteral("newer-minor"), S::Rejected, G::Compatibility,
                {QStringLiteral("needs SDK 2.9"), QStringLiteral("has ") + hostSdk});
    expectState(*pm, QStringLiteral("factory-throws"), S::Failed, G::Factory, {QStringLiteral("fixture constructor failure")});
    expectState(*pm, QStringLiteral("init-throws"), S::Failed, G::Initialize, {QStringLiteral("fixture initialize failure")});
    expectState(*pm, QStringLiteral("init-fails"), S::Failed, G::Initialize, {QStringLiteral("fixture settings missing")});
    expectState(*pm, QStringLiteral("malformed-manifest"), S::Rejected, G::Manifest,
                {QStringLiteral("plugin.json"), QStringLiteral("line 4")});
    expectState(*pm, QStringLiteral("bad-id"), S::Rejected, G::Manifest, {QStringLiteral("Bad_Id"), QStringLiteral("must match")});
    expectState(*pm, QStringLiteral("missing-dependency"), S::Rejected, G::Dependency, {QStringLiteral("not-installed")});
    expectState(*pm, QStringLiteral("cycle-a"), S::Rejected, G::Dependency, {QStringLiteral("cycle")});
    expectState(*pm, QStringLiteral("cycle-b"), S::Rejected, G::Dependency, {QStringLiteral("cycle")});
    expectState(*pm, QStringLiteral("disabled-marker"), S::Disabled, G::Profile,
                {QStringLiteral("Fixture clinic"), QStringLiteral("the test suite")});
    expectState(*pm, QStringLiteral("abi-mismatch"), S::Failed, G::Compatibility,
                {QStringLiteral("built with SDK 2.9"), QStringLiteral("newer than this Tessera's SDK 2.%1").arg(TESSERA_SDK_VERSION_MINOR)});
    // Its manifest says 2.1, its library was built with 2.0: they drifted apart.
    expectState(*pm, QStringLiteral("older-library"), S::Failed, G::Compatibility,
                {QStringLiteral("manifest says SDK 2.1"), QStringLiteral("built with SDK 2.0")});
    // A library from SDK 1.x (Boost.DLL aliases, no tessera_plugin_info) is
    // refused by name, before any of its code is called.
    expectState(*pm, QStringLiteral("built-for-1-0"), S::Failed, G::Compatibility,
                {QStringLiteral("built with SDK 1.x"), QStringLiteral("rebuild the module against SDK 2")});
    // A library built for another module's manifest (a swapped plugin.json).
    expectState(*pm, QStringLiteral("wrong-library-id"), S::Failed, G::Compatibility,
                {QStringLiteral("built for the module \"good\""), QStringLiteral("not \"wrong-library-id\"")});

    // Both copies of a duplicated id are rejected, naming both folders.
    int twins = 0;
    for (const auto& r : pm->records()) {
        if (r->id != QLatin1String("twin"))
            continue;
        ++twins;
        EXPECT_EQ(r->state, S::Rejected);
        EXPECT_EQ(r->stage, G::Duplicate);
        EXPECT_TRUE(r->reason.contains(kMain)) << r->reason.toStdString();
        EXPECT_TRUE(r->reason.contains(kExtra)) << r->reason.toStdString();
    }
    EXPECT_EQ(twins, 2);

    // Dependencies load first.
    QStringList order;
    for (const PluginRecord* r : pm->running())
        order << r->id;
    EXPECT_LT(order.indexOf(QStringLiteral("good")), order.indexOf(QStringLiteral("needs-good")));
}

// A plugin author's try: addKind() named "three-thing" for the manifest's
// "three-things"; the build, `plugins check` and `plugins list` ("running")
// were all fine, and every save was refused. The module still runs, but its
// author is told which kind and what to call, and the SDK's harness fails.
TEST_F(PluginManagerTest, AKindTheModulesCodeDoesNotCheckIsToldToItsAuthor)
{
    PluginManager::Options o;
    o.pluginDirs = {tessera::test::fixturePluginDir() + QStringLiteral("/unchecked")};
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    PluginManager pm(o);
    pm.loadAll(*store);
    const PluginRecord* r = pm.find(QStringLiteral("unchecked-kinds"));
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(r->isRunning()) << r->reason.toStdString();
    ASSERT_EQ(r->authorWarnings.size(), 2) << r->authorWarnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r->authorWarnings.at(0).startsWith(QStringLiteral("kinds[1] \"forgotten\": the module's code gives this kind no check")))
        << r->authorWarnings.at(0).toStdString();
    EXPECT_TRUE(r->authorWarnings.at(0).contains(QStringLiteral("addKind(\"forgotten\", ...)"))) << r->authorWarnings.at(0).toStdString();
    EXPECT_TRUE(r->authorWarnings.at(1).startsWith(QStringLiteral("kinds[2] \"newer\": the module's code has no check for schema version 2")))
        << r->authorWarnings.at(1).toStdString();
    // What the warning says happens: the kind it checks saves, the others are refused.
    sdk::EntryDraft d;
    d.kind = QStringLiteral("checked");
    d.title = QStringLiteral("t");
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
    EXPECT_TRUE(r->journal->add(d).ok());
    d.kind = QStringLiteral("forgotten");
    EXPECT_FALSE(r->journal->add(d).ok());

    // The module's own tests fail on it, saying why (the app only logs it).
    tessera::sdk::testing::PluginHarness h(tessera::test::fixturePluginDir() + QStringLiteral("/unchecked/unchecked-kinds"));
    EXPECT_FALSE(h.ok());
    EXPECT_TRUE(h.error().startsWith(QStringLiteral("running, but with 2 problems: kinds[1] \"forgotten\""))) << h.error().toStdString();
    // A module whose kinds are all checked has none (every bundled module: see cli_test's plugins list).
    tessera::sdk::testing::PluginHarness good(tessera::test::fixturePluginDir() + QStringLiteral("/main/good"));
    EXPECT_TRUE(good.ok()) << good.error().toStdString();
}

TEST_F(PluginManagerTest, DisabledModuleCodeNeverRuns)
{
    auto pm = load(everyFixtureBut(QStringLiteral("disabled-marker")));
    EXPECT_FALSE(QFile::exists(marks.filePath(QStringLiteral("disabled-marker.loaded"))));
    EXPECT_EQ(pm->find(QStringLiteral("disabled-marker"))->library, nullptr);
}

TEST_F(PluginManagerTest, EnabledMarkerModuleDoesLeaveItsMark)
{
    // The control for the test above: the mark mechanism works when loaded.
    auto pm = load({QStringLiteral("disabled-marker")});
    EXPECT_EQ(pm->find(QStringLiteral("disabled-marker"))->state, PluginState::Initialized);
    EXPECT_TRUE(QFile::exists(marks.filePath(QStringLiteral("disabled-marker.loaded"))));
}

TEST_F(PluginManagerTest, ForeignWriterIsRefusedByTheStore)
{
    auto pm = load({QStringLiteral("good"), QStringLiteral("foreign-writer")});
    const PluginRecord* r = pm->find(QStringLiteral("foreign-writer"));
    ASSERT_TRUE(r && r->plugin);
    QObject* backend = r->plugin->backend();
    ASSERT_NE(backend, nullptr);
    EXPECT_EQ(backend->property("writeCode").toInt(), int(sdk::ErrorCode::PermissionDenied));
    EXPECT_TRUE(backend->property("writeError").toString().contains(QStringLiteral("good/note")));
    EXPECT_TRUE(backend->property("readError").toString().contains(QStringLiteral("may not read")));
    EXPECT_EQ(store->count({}).value(), 0);
}

// Issue 20: a folder reusing a bundled module's id switched the bundled
// module off (both were rejected as duplicates). The bundled one now loads.
TEST_F(PluginManagerTest, ReusingABundledModulesIdRejectsOnlyTheNewcomer)
{
    PluginManager::Options o;
    o.pluginDirs = {kMain, kExtra};
    o.bundledDirs = {kMain}; // twin-a (id "twin") ships with Tessera here; twin-b in kExtra reuses it
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    o.profile.enabled = QStringList{QStringLiteral("twin")};
    PluginManager pm(o);
    pm.loadAll(*store);
    int running = 0, rejected = 0;
    for (const auto& r : pm.records()) {
        if (r->id != QLatin1String("twin"))
            continue;
        if (r->folder.startsWith(kMain)) {
            EXPECT_EQ(pluginStateName(r->state), QStringLiteral("running")) << r->reason.toStdString();
            ++running;
        } else {
            EXPECT_EQ(r->state, PluginState::Rejected);
            EXPECT_EQ(r->stage, PluginStage::Duplicate);
            EXPECT_TRUE(r->reason.contains(QStringLiteral("comes with Tessera"))) << r->reason.toStdString();
            EXPECT_TRUE(r->reason.contains(kMain)) << r->reason.toStdString();
            ++rejected;
        }
    }
    EXPECT_EQ(running, 1);
    EXPECT_EQ(rejected, 1);
    pm.shutdownAll();
}

// Issue 20: a module's folder is named after its id; a copy of a module in
// a folder of another name was loaded under the manifest's id.
TEST_F(PluginManagerTest, AFolderNotNamedAfterItsIdIsRefused)
{
    QTemporaryDir plugins;
    const QString folder = plugins.filePath(QStringLiteral("not-good"));
    ASSERT_TRUE(QDir().mkpath(folder));
    for (const QString& file : {QStringLiteral("plugin.json"), QStringLiteral("libgood.so")})
        ASSERT_TRUE(QFile::copy(kMain + QStringLiteral("/good/") + file, folder + QLatin1Char('/') + file)) << file.toStdString();
    PluginManager::Options o;
    o.pluginDirs = {plugins.path()};
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    PluginManager pm(o);
    pm.loadAll(*store);
    ASSERT_EQ(pm.records().size(), 1u);
    expectState(pm, QStringLiteral("not-good"), PluginState::Rejected, PluginStage::Manifest,
                {QStringLiteral("not-good/plugin.json"), QStringLiteral("named \"not-good\""), QStringLiteral("id is \"good\""),
                 QStringLiteral("rename the folder")});
    EXPECT_EQ(pm.records().front()->library, nullptr); // no code ran
    EXPECT_TRUE(pm.running().isEmpty());
}

// Issue 20: what a module logs is its own text; a line break in it started
// a line of its own in the log (a forged entry), an escape code reached the
// terminal. Both are escaped, as are the QStrings the host logs.
TEST_F(PluginManagerTest, ControlCharactersInLogLinesAreEscaped)
{
    QTemporaryDir logs;
    LogOptions lo;
    lo.directory = logs.path();
    ASSERT_EQ(initLogging(lo), QString());
    auto pm = load({QStringLiteral("good")});
    const PluginRecord* good = pm->find(QStringLiteral("good"));
    ASSERT_TRUE(good && good->context);
    const QString forged = QStringLiteral("hello\n2026-01-01T00:00:00.000+00:00 error [host] forged\x1b[2J\u202e");
    good->context->logger().error(forged);
    logger("host")->error("a host line quoting {}", forged);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
    QFile f(logs.filePath(QStringLiteral("tessera.log")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    initLogging(LogOptions{}); // back to stderr only, before the folder goes
    EXPECT_EQ(text.count(QStringLiteral("hello\\n2026-01-01T00:00:00.000+00:00 error [host] forged\\x1b[2J\\u202e")), 2)
        << text.toStdString();
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        EXPECT_FALSE(line.startsWith(QStringLiteral("2026-01-01"))) << line.toStdString();
        for (const QChar c : line)
            EXPECT_FALSE(c.unicode() < 0x20 || c.unicode() == 0x202e) << line.toStdString();
    }
}

TEST_F(PluginManagerTest, KindInfoNamesAnotherModulesKindFromItsManifest)
{
    auto pm = load({QStringLiteral("good"), QStringLiteral("reader")});
    const PluginRecord* reader = pm->find(QStringLiteral("reader"));
    ASSERT_TRUE(reader && reader->context);
    sdk::Journal& journal = reader->context->journal();

    auto note = journal.kindInfo(QStringLiteral("good/note")); // granted under "reads"
    ASSERT_TRUE(note.ok()) << note.error().toString().toStdString();
    EXPECT_EQ(note->kind, QStringLiteral("good/note"));
    EXPECT_EQ(note->pluginId, QStringLiteral("good"));
    EXPECT_EQ(note->title, QStringLiteral("Note"));
    EXPECT_EQ(note->moduleTitle, QStringLiteral("Good fixture"));
    EXPECT_EQ(note->schemaVersion, 2);
    EXPECT_TRUE(note->loaded);

    auto own = journal.kindInfo(QStringLiteral("summary")); // short = its own
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own->kind, QStringLiteral("reader/summary"));

    auto denied = journal.kindInfo(QStringLiteral("needs-good/item"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, sdk::ErrorCode::PermissionDenied);
}

// Issue 30: a module that reads other modules' kinds was told its journal
// had reloaded as it started (its permissions applied), so it read its
// window twice before the first frame (medication, goals, sessions and
// resilience: 10 M instructions of medication's alone). Nothing changed: no reload.
TEST_F(PluginManagerTest, AModuleThatReadsOthersKindsIsNotToldToReloadAsItStarts)
{
    auto pm = load({QStringLiteral("good"), QStringLiteral("reader")});
    const PluginRecord* reader = pm->find(QStringLiteral("reader"));
    ASSERT_TRUE(reader && reader->context && reader->isRunning());
    int changed = 0;
    QObject::connect(&reader->context->journal(), &sdk::Journal::changed, [&changed] { ++changed; });
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(changed, 0);
    // A change of what it may read still says so (a client's answer).
    const bool before = reader->journal->allowedReads().contains(QStringLiteral("good/note"));
    auto answered = pm->answerReads(QStringLiteral("reader"), {QStringLiteral("good/note")}, !before);
    ASSERT_TRUE(answered.ok()) << answered.error().toString().toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(changed, 1);
}

TEST_F(PluginManagerTest, ModuleLogsGoThroughTheSdkLogger)
{
    auto pm = load({QStringLiteral("good")});
    const PluginRecord* good = pm->find(QStringLiteral("good"));
    ASSERT_TRUE(good && good->context);
    const sdk::Logger& log = good->context->logger();
    EXPECT_EQ(log.name(), QStringLiteral("plugin.good"));
    EXPECT_TRUE(log.isEnabled(sdk::Logger::Level::Error));
    sdk::Logger silent; // what a module gets outside a host: nothing, no crash
    EXPECT_FALSE(silent.isEnabled(sdk::Logger::Level::Error));
    silent.error(QStringLiteral("dropped"));
}

TEST_F(PluginManagerTest, ContextCarriesSettingsAndDataFolder)
{
    auto pm = load({QStringLiteral("good")}, QJsonObject{{QStringLiteral("reminder"), QStringLiteral("evening")}});
    QObject* backend = pm->find(QStringLiteral("good"))->plugin->backend();
    EXPECT_EQ(backend->property("pluginId").toString(), QStringLiteral("good"));
    EXPECT_EQ(backend->property("settings").toMap().value(QStringLiteral("reminder")).toString(), QStringLiteral("evening"));
    EXPECT_TRUE(QDir(dir.filePath(QStringLiteral("plugins/good"))).exists());
}

TEST_F(PluginManagerTest, ValidatesThroughTheOwningModule)
{
    auto pm = load({QStringLiteral("good"), QStringLiteral("init-fails")});
    sdk::EntryDraft d;
    d.kind = QStringLiteral("good/note");
    d.title = QStringLiteral("t");
    d.schemaVersion = 2;
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("fine")}};
    EXPECT_OK(pm->validate(d));

    d.payload = QJsonObject{{QStringLiteral("text"), QString()}};
    auto bad = pm->validate(d);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, sdk::ErrorCode::Validation);
    EXPECT_EQ(bad.error().field, QStringLiteral("payload.text"));

    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("fine")}};
    d.schemaVersion = 3;
    EXPECT_EQ(pm->validate(d).error().field, QStringLiteral("schemaVersion"));
    d.schemaVersion = 2;
    d.kind = QStringLiteral("good/unknown");
    EXPECT_EQ(pm->validate(d).error().field, QStringLiteral("kind"));
    d.kind = QStringLiteral("init-fails/item");
    EXPECT_EQ(pm->validate(d).error().code, sdk::ErrorCode::Unavailable);
}

TEST_F(PluginManagerTest, UpgradesOldPayloadsThroughTheModule)
{
    auto pm = load({QStringLiteral("good")});
    sdk::Entry e;
    e.pluginId = QStringLiteral("good");
    e.kind = QStringLiteral("good/note");
    e.schemaVersion = 1;
    e.payload = QJsonObject{{QStringLiteral("body"), QStringLiteral("old")}};
    pm->upgrade(e);
    EXPECT_EQ(e.schemaVersion, 2);
    EXPECT_EQ(e.payload.value(QStringLiteral("text")).toString(), QStringLiteral("old"));
}

TEST_F(PluginManagerTest, InvalidSampleEntriesAreDropped)
{
    auto pm = load({QStringLiteral("good")});
    sdk::SampleRequest req;
    req.now = QDateTime::currentDateTimeUtc();
    const auto samples = pm->sampleEntries(req);
    ASSERT_EQ(samples.size(), 1);
    EXPECT_EQ(samples.first().kind, QStringLiteral("good/note"));
}

// Safe mode. A marker belongs to the process that wrote it (its pid and start
// time are in the file's name); only a dead owner's marker counts, and only a
// crash record in it (written by the crash handler) puts the module in safe
// mode. tests/reliability/safemode_test.cpp does the same with real crashes,
// kills and processes side by side.

struct ProcessId {
    qint64 pid = 0;
    quint64 start = 0;
};

// A process that ran and is gone (started, killed and reaped).
ProcessId deadProcess()
{
    QProcess p;
    p.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    EXPECT_TRUE(p.waitForStarted());
    const ProcessId id{p.processId(), SafeMode::processStartTime(p.processId())};
    p.kill();
    p.waitForFinished();
    EXPECT_GT(id.start, 0u);
    return id;
}

ProcessId thisProcess()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return {pid, SafeMode::processStartTime(pid)};
}

// Writes a marker as process `owner` leaves it: loading `module`, and, if it
// crashed, the line its crash handler appends.
QString writeMarker(const QString& stateDir, ProcessId owner, const QString& module, const QByteArray& crashLine = {})
{
    QDir().mkpath(stateDir);
    const QString path = QDir(stateDir).filePath(SafeMode::markerFileName(owner.pid, owner.start));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("module " + module.toUtf8() + "\npid " + QByteArray::number(owner.pid) + "\nstart "
            + QByteArray::number(owner.start) + "\nsince 2026-11-29T07:30:00Z\n" + crashLine);
    return path;
}

TEST_F(PluginManagerTest, LeftoverMarkerPutsModuleInSafeModeUntilReenabled)
{
    const QString state = dir.filePath(QStringLiteral("state"));
    const QString marker = writeMarker(state, deadProcess(), QStringLiteral("good"), "crashed SIGABRT\n");
    {
        auto pm = load({QStringLiteral("good")});
        EXPECT_EQ(pm->crashedLastTime(), QStringList{QStringLiteral("good")});
        expectState(*pm, QStringLiteral("good"), PluginState::Rejected, PluginStage::SafeMode,
                    {QStringLiteral("Tessera crashed (SIGABRT) inside this module while loading it on "),
                     QStringLiteral("safe mode"), QStringLiteral("reenable good")});
        EXPECT_FALSE(QFile::exists(marker));
        const auto q = pm->safeMode().quarantine(QStringLiteral("good"));
        ASSERT_TRUE(q);
        EXPECT_EQ(q->signal, QStringLiteral("SIGABRT"));
        EXPECT_TRUE(q->crashedAt.isValid());
    }
    {
        auto pm = load({QStringLiteral("good")}); // still skipped on the next start
        EXPECT_TRUE(pm->crashedLastTime().isEmpty());
        EXPECT_EQ(pm->find(QStringLiteral("good"))->stage, PluginStage::SafeMode);
        EXPECT_TRUE(pm->find(QStringLiteral("good"))->reason.contains(QStringLiteral("crashed (SIGABRT)")));
    }
    SafeMode safe(state);
    safe.recover();
    ASSERT_OK(safe.reenable(QStringLiteral("good")));
    EXPECT_EQ(safe.reenable(QStringLiteral("good")).error().code, sdk::ErrorCode::NotFound);
    auto pm = load({QStringLiteral("good")});
    EXPECT_EQ(pm->find(QStringLiteral("good"))->state, PluginState::Initialized);
}

TEST_F(PluginManagerTest, ALiveProcessMarkerIsLeftAlone)
{
    const QString state = dir.filePath(QStringLiteral("state"));
    // This process is loading "good" right now, as another Tessera process
    // may be while this one starts.
    SafeMode loading(state);
    loading.begin(QStringLiteral("good"));
    const ProcessId me = thisProcess();
    ASSERT_GT(me.start, 0u);
    const QString marker = QDir(state).filePath(SafeMode::markerFileName(me.pid, me.start));
    ASSERT_TRUE(QFile::exists(marker));
    {
        QFile f(marker);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        EXPECT_TRUE(text.startsWith("module good\n")) << text.toStdString();
        EXPECT_TRUE(text.contains("\npid " + QByteArray::number(me.pid) + "\n")) << text.toStdString();
        EXPECT_TRUE(text.contains("\nstart " + QByteArray::number(me.start) + "\n")) << text.toStdString();
    }
    // And another live process, even one whose marker records a crash: it is
    // still running (its handler is taking it down), so it is not swept yet.
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    ASSERT_TRUE(other.waitForStarted());
    const QString otherMarker = writeMarker(state, {other.processId(), SafeMode::processStartTime(other.processId())},
                                            QStringLiteral("reader"), "crashed SIGSEGV\n");

    SafeMode fresh(state);
    EXPECT_TRUE(fresh.recover().isEmpty());
    EXPECT_TRUE(fresh.quarantined().isEmpty());
    EXPECT_TRUE(QFile::exists(marker));
    EXPECT_TRUE(QFile::exists(otherMarker));
    EXPECT_FALSE(QFile::exists(QDir(state).filePath(QStringLiteral("quarantine.json"))));

    loading.end();
    EXPECT_FALSE(QFile::exists(marker));
    other.kill();
    other.waitForFinished();
    EXPECT_EQ(fresh.recover(), QStringList{QStringLiteral("reader")}); // now its owner is gone
    EXPECT_FALSE(QFile::exists(otherMarker));
}

TEST_F(PluginManagerTest, ARecycledPidIsNotTheMarkersOwner)
{
    // A marker naming this process's pid with another start time was left by
    // an earlier process that had the same pid.
    const QString state = dir.filePath(QStringLiteral("state"));
    ProcessId earlier = thisProcess();
    earlier.start -= 1;
    const QString marker = writeMarker(state, earlier, QStringLiteral("good"), "crashed SIGSEGV\n");
    SafeMode safe(state);
    EXPECT_EQ(safe.recover(), QStringList{QStringLiteral("good")});
    EXPECT_TRUE(safe.reason(QStringLiteral("good")).contains(QStringLiteral("crashed (SIGSEGV)")));
    EXPECT_FALSE(QFile::exists(marker));
}

TEST_F(PluginManagerTest, ADeadOwnersMarkerWithoutACrashRecordQuarantinesNothing)
{
    // The process was killed while loading "good" (SIGKILL, power button, a
    // stuck session ended): not the module's fault.
    const QString state = dir.filePath(QStringLiteral("state"));
    const QString marker = writeMarker(state, deadProcess(), QStringLiteral("good"));
    auto pm = load({QStringLiteral("good")});
    EXPECT_TRUE(pm->crashedLastTime().isEmpty());
    EXPECT_EQ(pm->find(QStringLiteral("good"))->state, PluginState::Initialized);
    EXPECT_FALSE(QFile::exists(marker));
    EXPECT_TRUE(pm->safeMode().quarantined().isEmpty());
    EXPECT_FALSE(QFile::exists(QDir(state).filePath(QStringLiteral("quarantine.json"))));
}

TEST_F(PluginManagerTest, AQuarantineWrittenByAnOlderVersionIsKept)
{
    const QString state = dir.filePath(QStringLiteral("state"));
    QDir().mkpath(state);
    QFile q(QDir(state).filePath(QStringLiteral("quarantine.json")));
    ASSERT_TRUE(q.open(QIODevice::WriteOnly));
    q.write("[\"good\"]");
    q.close();
    auto pm = load({QStringLiteral("good")});
    expectState(*pm, QStringLiteral("good"), PluginState::Rejected, PluginStage::SafeMode,
                {QStringLiteral("safe mode"), QStringLiteral("reenable good")});
}

TEST_F(PluginManagerTest, ShutdownDestroysModuleObjects)
{
    auto pm = load({QStringLiteral("good")});
    const PluginRecord* r = pm->find(QStringLiteral("good"));
    ASSERT_TRUE(r->plugin);
    pm->shutdownAll();
    EXPECT_FALSE(r->plugin);
    EXPECT_FALSE(r->journal);
    EXPECT_NE(r->library, nullptr); // the library stays mapped
    // Stopped, not "loaded" as it said before: nothing validates its kinds now.
    EXPECT_EQ(pluginStateName(r->state), QStringLiteral("stopped"));
    EXPECT_FALSE(r->isRunning());
    sdk::EntryDraft note;
    note.kind = QStringLiteral("good/note");
    EXPECT_EQ(pm->validate(note).error().code, sdk::ErrorCode::Unavailable);
}

// ---- Module trust (issue 20): consent for reads, write limits ----

// A good/note entry in the journal, written as the host (the CLI would).
QString addNote(JournalStore& store)
{
    sdk::EntryDraft d;
    d.kind = QStringLiteral("good/note");
    d.title = QStringLiteral("a note");
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
    auto added = store.add(d);
    EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
    return added.ok() ? added->id : QString();
}

// The first time a module that reads other modules' kinds starts, nobody
// has answered: it starts and works, but reads nothing of theirs until the
// client allows it, and cannot tell (no entries, "not found").
TEST_F(PluginManagerTest, ReadsWaitForTheClientsConsentAndAnswersApplyAtOnce)
{
    auto pm = load({QStringLiteral("good"), QStringLiteral("reader")});
    const QString note = addNote(*store);
    const PluginRecord* reader = pm->find(QStringLiteral("reader"));
    ASSERT_TRUE(reader && reader->isRunning());
    sdk::Journal& journal = reader->context->journal();
    const auto before = pm->readPermissions(QStringLiteral("reader"));
    ASSERT_EQ(before.size(), 1);
    EXPECT_EQ(before.first().kind, QStringLiteral("good/note"));
    EXPECT_EQ(before.first().state, ReadPermission::State::Unanswered);
    EXPECT_TRUE(journal.query({})->entries.isEmpty());
    EXPECT_EQ(journal.get(note).error().code, sdk::ErrorCode::NotFound);
    EXPECT_EQ(journal.readableKinds(), (QStringList{QStringLiteral("good/note"), QStringLiteral("reader/summary")}));

    int reloads = 0, changed = 0;
    QObject::connect(&journal, &sdk::Journal::reloaded, [&] { ++reloads; });
    QObject::connect(pm.get(), &PluginManager::permissionsChanged, [&](const QString& id) {
        EXPECT_EQ(id, QStringLiteral("reader"));
        ++changed;
    });
    auto allowed = pm->answerReads(QStringLiteral("reader"), {}, true);
    ASSERT_OK(allowed);
    EXPECT_EQ(allowed.value(), QStringList{QStringLiteral("good/note")});
    EXPECT_EQ(reloads, 1);
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(pm->readPermissions(QStringLiteral("reader")).first().state, ReadPermission::State::Allowed);
    EXPECT_EQ(pm->readPermissions(QStringLiteral("reader")).first().by, ReadPermission::By::Client);
    EXPECT_EQ(journal.query({})->entries.size(), 1);
    EXPECT_OK(journal.get(note));

    ASSERT_OK(pm->answerReads(QStringLiteral("reader"), {QStringLiteral("good/note")}, false)); // "Stop allowing"
    EXPECT_EQ(reloads, 2);
    EXPECT_TRUE(journal.query({})->entries.isEmpty());
    EXPECT_EQ(journal.get(note).error().code, sdk::ErrorCode::NotFound);

    // What cannot be answered is refused, naming why.
    auto notAsked = pm->answerReads(QStringLiteral("reader"), {QStringLiteral("needs-good/item")}, true);
    ASSERT_FALSE(notAsked.ok());
    EXPECT_TRUE(notAsked.error().message.contains(QStringLiteral("does not ask to read \"needs-good/item\""))) << notAsked.error().message.toStdString();
    auto nothing = pm->answerReads(QStringLiteral("good"), {}, true);
    ASSERT_FALSE(nothing.ok());
    EXPECT_TRUE(nothing.error().message.contains(QStringLiteral("reads no other module's entries")));
    EXPECT_FALSE(pm->answerReads(QStringLiteral("not-installed"), {}, true).ok());
}

TEST_F(PluginManagerTest, AClinicGrantsReadsAndALockedProfileDecidesAlone)
{
    PluginManager::Options o;
    o.pluginDirs = {kMain};
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    o.profile.name = QStringLiteral("Fixture clinic");
    o.profile.setBy = QStringLiteral("Dr Rivera");
    o.profile.enabled = QStringList{QStringLiteral("good"), QStringLiteral("reader")};
    o.profile.readGrants.insert(QStringLiteral("reader"), {QStringLiteral("good/note")});
    const QString note = addNote(*store); // before the modules start: entries of a module not running are refused by the store later
    {
        PluginManager pm(o);
        pm.loadAll(*store);
        EXPECT_EQ(pm.readPermissions(QStringLiteral("reader")).first().by, ReadPermission::By::Clinic);
        EXPECT_OK(pm.find(QStringLiteral("reader"))->journal->get(note));
        pm.shutdownAll();
    }
    o.profile.readGrants.clear();
    o.profile.locked = true;
    PluginManager locked(o);
    locked.loadAll(*store);
    EXPECT_EQ(locked.readPermissions(QStringLiteral("reader")).first().state, ReadPermission::State::Refused);
    EXPECT_EQ(locked.find(QStringLiteral("reader"))->journal->get(note).error().code, sdk::ErrorCode::NotFound);
    auto refused = locked.answerReads(QStringLiteral("reader"), {}, true);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("locked"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Dr Rivera"))) << refused.error().message.toStdString();
    locked.shutdownAll();
}

// The profile's write limits reach each module's journal, per module.
TEST_F(PluginManagerTest, WriteLimitsComeFromTheProfilePerModule)
{
    PluginManager::Options o;
    o.pluginDirs = {kMain};
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    o.profile.enabled = QStringList{QStringLiteral("good"), QStringLiteral("reader")};
    o.profile.writeQuota = WriteQuotaSetting{3, 1000};
    o.profile.moduleWriteQuotas.insert(QStringLiteral("reader"), WriteQuotaSetting{5, 1000});
    PluginManager pm(o);
    pm.loadAll(*store);
    auto write = [&](const char* id, const char* kind) {
        sdk::EntryDraft d;
        d.kind = QLatin1String(kind);
        d.title = QStringLiteral("t");
        d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
        return pm.find(QLatin1String(id))->journal->add(d);
    };
    for (int i = 0; i < 3; ++i)
        ASSERT_OK(write("good", "note"));
    auto refused = write("good", "note");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, sdk::ErrorCode::Unavailable);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Good fixture (good) has saved 3 times in the last minute")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("turn Good fixture (good) off under Modules")))
        << refused.error().message.toStdString();
    for (int i = 0; i < 5; ++i)
        ASSERT_OK(write("reader", "summary"));
    EXPECT_FALSE(write("reader", "summary").ok());
    EXPECT_EQ(store->count({}).value(), 8);
    // The host's own writes (the CLI, imports, the demo's samples) are not a module's.
    sdk::EntryDraft d;
    d.kind = QStringLiteral("good/note");
    d.title = QStringLiteral("by the host");
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}};
    EXPECT_OK(store->add(d));
    pm.shutdownAll();
}

// Issue 20: the bundled modules that read other modules' kinds (goals,
// medication) still show their own entries while the client has not allowed
// those reads; allowed, the others' entries appear at once.
TEST_F(PluginManagerTest, BundledModulesShowTheirOwnEntriesWhileTheirReadsWait)
{
    PluginManager::Options o;
    o.pluginDirs = {tessera::test::bundledPluginDir()};
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    PluginManager pm(o);
    pm.loadAll(*store);
    sdk::SampleRequest request;
    request.now = QDateTime::currentDateTimeUtc();
    request.days = 60;
    QList<sdk::Entry> samples;
    for (const sdk::EntryDraft& d : pm.sampleEntries(request))
        samples << entryFromDraft(d, request.now);
    ASSERT_OK(store->importEntries(samples)); // as the demo seeds: the host's writes
    auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };
    settle();

    QObject* goals = pm.find(QStringLiteral("goals"))->plugin->backend();
    ASSERT_NE(goals, nullptr);
    const QVariantList list = goals->property("goals").toList();
    ASSERT_FALSE(list.isEmpty()) << "the goals page lost its own goals";
    auto candidates = [&](const QString& goalId) {
        QVariantList out;
        EXPECT_TRUE(QMetaObject::invokeMethod(goals, "evidenceCandidates", Q_RETURN_ARG(QVariantList, out), Q_ARG(QString, goalId)));
        return out.size();
    };
    qsizetype before = 0;
    for (const QVariant& g : list)
        before += candidates(g.toMap().value(QStringLiteral("id")).toString());
    EXPECT_EQ(before, 0) << "entries of other modules were read before the client allowed it";
    QObject* medication = pm.find(QStringLiteral("medication"))->plugin->backend();
    ASSERT_NE(medication, nullptr);
    EXPECT_FALSE(medication->property("medicines").toList().isEmpty()) << "the medication page lost its own medicines";

    ASSERT_OK(pm.answerReads(QStringLiteral("goals"), {}, true));
    settle();
    EXPECT_EQ(goals->property("goals").toList().size(), list.size());
    qsizetype after = 0;
    for (const QVariant& g : goals->property("goals").toList())
        after += candidates(g.toMap().value(QStringLiteral("id")).toString());
    EXPECT_GT(after, 0) << "allowed, the other modules' entries should count as evidence";
    pm.shutdownAll();
}

} // namespace

// SDK 2.6.1: a backend names the page whose writing it keeps, not saved
// (unsavedWritingPage), and the entry that page opens with to give it back
// (unsavedWritingEntry). Tessera asks about it before it quits and opens that
// page with that entry. What is not one of the module's pages, or not an entry
// id, is not passed on.
TEST_F(PluginManagerTest, KeptWritingNamesTheModulesOwnPageAndAnEntryIdOnly)
{
    PluginManager::Options o;
    o.pluginDirs = {tessera::test::fixturePluginDir() + QStringLiteral("/due")}; // a module with pages
    o.stateDir = dir.filePath(QStringLiteral("state"));
    o.dataDir = dir.path();
    o.profile.enabled = {QStringLiteral("due-items")};
    auto pm = std::make_unique<PluginManager>(o);
    pm->loadAll(*store);
    QObject* backend = pm->backendOf(QStringLiteral("due-items"));
    ASSERT_NE(backend, nullptr);
    const QString id = QStringLiteral("due-items");
    EXPECT_TRUE(pm->keptWriting(id).page.isEmpty()) << "no such property: nothing kept";

    backend->setProperty("unsavedWritingPage", QStringLiteral("check"));
    EXPECT_EQ(pm->keptWriting(id).page, QStringLiteral("check"));
    EXPECT_EQ(pm->keptWriting(id).entry, QString());

    const QString entry = QStringLiteral("6f1d2c3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f");
    backend->setProperty("unsavedWritingEntry", entry);
    EXPECT_EQ(pm->keptWriting(id).page, QStringLiteral("check"));
    EXPECT_EQ(pm->keptWriting(id).entry, entry);

    for (const QVariant& bad : {QVariant(QStringLiteral("../../journal")), QVariant(QStringLiteral("a b")), QVariant(QString(65, u'a')),
                                QVariant(42), QVariant(QStringList{entry})}) {
        backend->setProperty("unsavedWritingEntry", bad);
        EXPECT_EQ(pm->keptWriting(id).page, QStringLiteral("check")) << bad.toString().toStdString();
        EXPECT_EQ(pm->keptWriting(id).entry, QString()) << "passed on: " << bad.toString().toStdString();
    }

    backend->setProperty("unsavedWritingEntry", entry);
    backend->setProperty("unsavedWritingPage", QStringLiteral("not-a-page"));
    EXPECT_TRUE(pm->keptWriting(id).page.isEmpty());
    EXPECT_TRUE(pm->keptWriting(id).entry.isEmpty()) << "an entry without a page of the module's own";
    backend->setProperty("unsavedWritingPage", QString());
    EXPECT_TRUE(pm->keptWriting(id).page.isEmpty());
    EXPECT_TRUE(pm->keptWriting(QStringLiteral("no-such-module")).page.isEmpty());
}
