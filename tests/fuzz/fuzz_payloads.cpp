// libFuzzer target: a module's payload validation and upgrade, through the
// real plugin manager and the module's real library. Each input is
//   [kind index] [flags] [JSON payload text...]
// flags bit 0: present the payload as schema version 1 and upgrade it first.
// TESSERA_FUZZ_MODULE picks the module (default: every bundled one);
// TESSERA_FUZZ_SEEDS=DIR writes the module's sample payloads there as seeds.
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace tessera;
using namespace tessera::core;

namespace {

struct World {
    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<PluginManager> plugins;
    QStringList kinds; // full kind names of the modules under test
};

World* g_world = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    qputenv("TESSERA_LOG_LEVEL", "off");
    g_world = new World;
    g_world->store = std::move(JournalStore::open(QStringLiteral(":memory:"))).value();
    PluginManager::Options o;
    o.pluginDirs = {QStringLiteral(TESSERA_BUNDLED_PLUGIN_DIR)};
    o.stateDir = g_world->dir.filePath(QStringLiteral("state"));
    o.dataDir = g_world->dir.path();
    const QString only = qEnvironmentVariable("TESSERA_FUZZ_MODULE");
    o.profile.name = QStringLiteral("Fuzzing");
    o.profile.enabled = only.isEmpty() ? QStringList{QStringLiteral("journal"), QStringLiteral("behavioral-activation"),
                                                     QStringLiteral("cbt"), QStringLiteral("goals"), QStringLiteral("medication"),
                                                     QStringLiteral("mbct"), QStringLiteral("ipt"),
                                                     QStringLiteral("assessments")}
                                       : QStringList{only};
    g_world->plugins = std::make_unique<PluginManager>(o);
    g_world->plugins->loadAll(*g_world->store);
    for (const PluginRecord* r : g_world->plugins->running()) {
        for (const KindSpec& k : r->manifest->kinds)
            g_world->kinds << k.fullName;
    }
    if (g_world->kinds.isEmpty()) {
        std::fprintf(stderr, "fuzz_payloads: no module running (TESSERA_FUZZ_MODULE=%s)\n", qPrintable(only));
        std::abort();
    }
    std::fprintf(stderr, "fuzz_payloads: %lld kinds: %s\n", static_cast<long long>(g_world->kinds.size()),
                 qPrintable(g_world->kinds.join(QLatin1Char(' '))));
    if (const QString seeds = qEnvironmentVariable("TESSERA_FUZZ_SEEDS"); !seeds.isEmpty()) {
        QDir().mkpath(seeds);
        sdk::SampleRequest req;
        req.now = QDateTime::currentDateTimeUtc();
        req.days = 30;
        int n = 0;
        for (const sdk::EntryDraft& d : g_world->plugins->sampleEntries(req)) {
            QFile f(QDir(seeds).filePath(QStringLiteral("sample-%1").arg(n++)));
            if (f.open(QIODevice::WriteOnly)) {
                f.putChar(static_cast<char>(g_world->kinds.indexOf(d.kind)));
                f.putChar(0);
                f.write(QJsonDocument(d.payload).toJson(QJsonDocument::Compact));
            }
        }
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const QString kind = g_world->kinds.at(data[0] % g_world->kinds.size());
    const bool upgradeFirst = (data[1] & 1) != 0;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2)));
    if (!doc.isObject())
        return 0;
    sdk::Entry e;
    e.kind = kind;
    e.pluginId = kind.section(QLatin1Char('/'), 0, 0);
    e.payload = doc.object();
    e.schemaVersion = 1;
    if (upgradeFirst)
        g_world->plugins->upgrade(e); // may leave it as it was
    sdk::EntryDraft d;
    d.kind = kind;
    d.title = QStringLiteral("fuzz");
    d.schemaVersion = e.schemaVersion;
    d.payload = e.payload;
    const sdk::Status s = g_world->plugins->validate(d);
    // A refusal says why; a module that throws shows up as Internal, which is a bug to fix.
    if (!s.ok() && (s.error().message.isEmpty() || s.error().code == sdk::ErrorCode::Internal))
        __builtin_trap();
    return 0;
}
