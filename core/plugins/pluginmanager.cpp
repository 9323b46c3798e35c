#include "pluginmanager.h"

#include "host/languages.h"
#include "scopedmarks.h" // issue 26
#include "moduletrust.h"
#include "callguard.h"
#include "moduleworker.h"
#include "plugininfo.h"

#include "host/displaytext.h"
#include "host/logging.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"
#include "store/writequota.h"

#include "host/qstringformatter.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/fhir.h>
#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>
#include <tessera/sdk/private/hostsetup.h>
#include <tessera/sdk/safety.h>
#include "reminders/scopedreminders.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTime>

#include <boost/dll/shared_library.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <functional>
#include <optional>

#include <dlfcn.h>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;
using sdk::Status;

namespace {

// Libraries are never unloaded: objects, QML types and resources they
// registered may be referenced until the process exits.
std::vector<std::shared_ptr<boost::dll::shared_library>>& keptLibraries()
{
    static auto* libraries = new std::vector<std::shared_ptr<boost::dll::shared_library>>();
    return *libraries;
}

std::shared_ptr<spdlog::logger> log() { return logger("plugins"); }

// Runs a call into module code; any exception becomes a message.
template <typename Fn>
bool guarded(Fn&& fn, QString* error)
{
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        *error = QStringLiteral("threw an exception: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        *error = QStringLiteral("threw an exception of unknown type");
    }
    return false;
}

QString sdkString(const Version& v) { return QStringLiteral("%1.%2").arg(v.major).arg(v.minor); }

// A module's folder is named after its id (as tessera_add_plugin() makes
// it), so a folder never shows one name and loads another module, and one
// id has one place. Empty when it is.
QString folderNameProblem(const QString& folder, const Manifest& m)
{
    const QString name = QFileInfo(folder).fileName();
    if (name == m.id)
        return {};
    return QStringLiteral("%1: the folder is named \"%2\" but the module's id is \"%3\"; a module's folder must be "
                          "named after its id (rename the folder to \"%3\")")
        .arg(escapeForDisplay(QDir::toNativeSeparators(m.manifestPath)), escapeForDisplay(name), m.id);
}

} // namespace

QString pluginStateName(PluginState state)
{
    switch (state) {
    case PluginState::Discovered: return QStringLiteral("discovered");
    case PluginState::Disabled: return QStringLiteral("disabled");
    case PluginState::Rejected: return QStringLiteral("rejected");
    case PluginState::Loaded: return QStringLiteral("loaded");
    case PluginState::Initialized: return QStringLiteral("running");
    case PluginState::Failed: return QStringLiteral("failed");
    case PluginState::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString pluginStageName(PluginStage stage)
{
    switch (stage) {
    case PluginStage::None: return {};
    case PluginStage::Manifest: return QStringLiteral("manifest");
    case PluginStage::Compatibility: return QStringLiteral("compatibility");
    case PluginStage::Duplicate: return QStringLiteral("duplicate id");
    case PluginStage::Profile: return QStringLiteral("profile");
    case PluginStage::SafeMode: return QStringLiteral("safe mode");
    case PluginStage::Signature: return QStringLiteral("signature");
    case PluginStage::Dependency: return QStringLiteral("dependencies");
    case PluginStage::Library: return QStringLiteral("library");
    case PluginStage::Exports: return QStringLiteral("exports");
    case PluginStage::Factory: return QStringLiteral("factory");
    case PluginStage::Initialize: return QStringLiteral("initialize");
    }
    return {};
}

PluginManager::PluginManager(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_safeMode(m_options.stateDir)
{
}

PluginManager::~PluginManager() { shutdownAll(); }

PluginRecord* PluginManager::findMutable(const QString& id) const
{
    for (const auto& r : m_records) {
        if (r->id == id && r->state != PluginState::Rejected)
            return r.get();
    }
    for (const auto& r : m_records) {
        if (r->id == id)
            return r.get();
    }
    return nullptr;
}

const PluginRecord* PluginManager::find(const QString& id) const { return findMutable(id); }

QList<const PluginRecord*> PluginManager::running() const
{
    QList<const PluginRecord*> out;
    for (PluginRecord* r : m_loadOrder) {
        if (r->isRunning())
            out << r;
    }
    return out;
}

void PluginManager::setRejected(PluginRecord& r, PluginStage stage, const QString& reason) const
{
    r.state = stage == PluginStage::Profile ? PluginState::Disabled : PluginState::Rejected;
    r.stage = stage;
    r.reason = reason;
    if (stage == PluginStage::Profile)
        log()->info("module {} is disabled: {}", r.id, reason);
    else
        log()->warn("module {} was rejected ({}): {}", r.id, pluginStageName(stage), reason);
}

void PluginManager::setFailed(PluginRecord& r, PluginStage stage, const QString& reason)
{
    r.state = PluginState::Failed;
    r.stage = stage;
    r.reason = reason;
    log()->error("module {} failed at {}: {}", r.id, pluginStageName(stage), reason);
    emit stateChanged(r.id);
}

void PluginManager::discover()
{
    if (m_discovered)
        return;
    m_discovered = true;
    m_crashedLastTime = m_safeMode.recover(); // logged there, one line per module

    QSet<QString> seenFolders;
    for (const QString& dir : m_options.pluginDirs) {
        const QDir base(dir);
        if (!base.exists()) {
            log()->warn("plugin folder {} does not exist", QDir::toNativeSeparators(dir));
            continue;
        }
        QStringList folders;
        if (base.exists(QStringLiteral("plugin.json")))
            folders << base.absolutePath();
        for (const QString& sub : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFileInfo::exists(base.filePath(sub + QStringLiteral("/plugin.json"))))
                folders << base.absoluteFilePath(sub);
        }
        for (const QString& folder : folders) {
            const QString canonical = QFileInfo(folder).canonicalFilePath();
            if (seenFolders.contains(canonical))
                continue;
            seenFolders.insert(canonical);
            readFolder(folder);
        }
    }

    for (auto& r : m_records)
        checkCompatibility(*r);
    rejectDuplicates();
    for (auto& r : m_records)
        applyProfile(*r);
    checkTrust();
    resolveDependencies();

    if (m_options.profile.enabled) {
        for (const QString& id : *m_options.profile.enabled) {
            // A misspelt id in a locked profile took the module from every client without a word.
            if (!findMutable(id))
                m_profileWarnings << QStringLiteral("the profile enables \"%1\", which is not installed%2").arg(id, notInstalledHint(id));
        }
    }
    checkProfileSettings();
    // (For the log file: `profile check`, `plugins list` and the catalogue show them.)
    if (m_options.logProfileWarnings) {
        for (const QString& w : m_profileWarnings)
            log()->warn("{}", w);
    }
}

void PluginManager::readFolder(const QString& folder)
{
    auto r = std::make_unique<PluginRecord>();
    r->folder = folder;
    r->id = QFileInfo(folder).fileName();
    auto manifest = readManifest(QDir(folder).filePath(QStringLiteral("plugin.json")));
    if (!manifest.ok()) {
        setRejected(*r, PluginStage::Manifest, manifest.error().message);
    } else if (QString why = folderNameProblem(folder, *manifest); !why.isEmpty()) {
        setRejected(*r, PluginStage::Manifest, why);
    } else {
        r->manifest = manifest.value();
        r->id = manifest->id;
        log()->debug("found module {} {} in {}", r->id, manifest->version.toString(), QDir::toNativeSeparators(folder));
        r->authorWarnings = manifest->warnings;
        for (const QString& w : manifest->warnings) // (the manifest's keys; never the client's words)
            log()->warn("module {}: plugin.json: {}", r->id, w);
    }
    m_records.push_back(std::move(r));
}

void PluginManager::checkCompatibility(PluginRecord& r) const
{
    if (r.state != PluginState::Discovered)
        return;
    const Manifest& m = *r.manifest;
    const Version sdk = sdkVersion();
    const Version host = hostVersion();
    if (m.sdkVersion.major != sdk.major) {
        setRejected(r, PluginStage::Compatibility,
                    QStringLiteral("its plugin.json says it was built for SDK %1 (\"sdkVersion\"), but this Tessera has "
                                   "SDK %2; the major versions must match, so the module must be rebuilt for SDK %3.x")
                        .arg(sdkString(m.sdkVersion), sdkString(sdk)).arg(sdk.major));
    } else if (m.sdkVersion.minor > sdk.minor) {
        setRejected(r, PluginStage::Compatibility,
                    QStringLiteral("it needs SDK %1, but this Tessera has SDK %2; update Tessera to use it")
                        .arg(sdkString(m.sdkVersion), sdkString(sdk)));
    } else if (m.minHostVersion > host) {
        setRejected(r, PluginStage::Compatibility,
                    QStringLiteral("it needs Tessera %1 or newer; this is %2")
                        .arg(m.minHostVersion.toString(), host.toString()));
    } else if (!QFileInfo::exists(m.libraryPath)) {
        setRejected(r, PluginStage::Library,
                    QStringLiteral("its library %1 is missing beside the manifest").arg(QDir::toNativeSeparators(m.libraryPath)));
    }
}

void PluginManager::rejectDuplicates()
{
    QHash<QString, QList<PluginRecord*>> byId;
    for (auto& r : m_records) {
        if (r->manifest)
            byId[r->id] << r.get();
    }
    auto bundled = [this](const PluginRecord* r) {
        const QString parent = QDir::cleanPath(QFileInfo(r->folder).absolutePath());
        for (const QString& dir : m_options.bundledDirs) {
            if (QDir::cleanPath(QFileInfo(dir).absoluteFilePath()) == parent)
                return true;
        }
        return false;
    };
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        if (it.value().size() < 2)
            continue;
        // A folder that reuses a bundled module's id must not switch the
        // bundled module off: only the newcomers are rejected.
        QList<PluginRecord*> shipped;
        for (PluginRecord* r : it.value()) {
            if (bundled(r))
                shipped << r;
        }
        if (shipped.size() == 1) {
            for (PluginRecord* r : it.value()) {
                if (r != shipped.first())
                    setRejected(*r, PluginStage::Duplicate,
                                QStringLiteral("it uses the id \"%1\" of the module that comes with Tessera (%2); "
                                               "the one that comes with Tessera is loaded: give this one an id of its own")
                                    .arg(it.key(), QDir::toNativeSeparators(shipped.first()->folder)));
            }
            continue;
        }
        QStringList folders;
        for (PluginRecord* r : it.value())
            folders << QDir::toNativeSeparators(r->folder);
        for (PluginRecord* r : it.value())
            setRejected(*r, PluginStage::Duplicate,
                        QStringLiteral("%1 modules use the id \"%2\" (%3); none of them is loaded until only one remains")
                            .arg(it.value().size()).arg(it.key(), folders.join(QStringLiteral(", "))));
    }
}

QString PluginManager::notInstalledHint(const QString& id) const
{
    QStringList installed;
    for (const auto& r : m_records)
        installed << r->id;
    const QString meant = nearestName(id, installed);
    return meant.isEmpty() ? QStringLiteral(" (installed: %1)").arg(installed.join(QStringLiteral(", ")))
                           : QStringLiteral("; did you mean \"%1\"?").arg(meant);
}

void PluginManager::checkProfileSettings()
{
    const Profile& p = m_options.profile;
    QStringList ids = p.settings.keys();
    ids.sort();
    for (const QString& id : ids) {
        const QString where = QStringLiteral("settings.%1").arg(escapeForDisplay(id));
        const PluginRecord* r = find(id);
        if (!r) {
            m_profileWarnings << QStringLiteral("%1: no module \"%2\" is installed, so these settings are ignored%3")
                                     .arg(where, escapeForDisplay(id), notInstalledHint(id));
            continue;
        }
        if (!r->manifest || !r->manifest->settings)
            continue; // the module does not say which settings it reads
        const QList<SettingSpec>& specs = *r->manifest->settings;
        QStringList known;
        for (const SettingSpec& spec : specs)
            known << spec.name;
        const QString module = QStringLiteral("%1 (\"%2\")").arg(r->manifest->name, id);
        const QJsonObject given = p.settings.value(id);
        for (auto it = given.begin(); it != given.end(); ++it) {
            const QString field = where + QLatin1Char('.') + escapeForDisplay(it.key());
            const auto spec = std::find_if(specs.cbegin(), specs.cend(), [&](const SettingSpec& s) { return s.name == it.key(); });
            if (spec != specs.cend()) {
                // "reminders": "no" turned reminders on: the module used its default, and said so only in the log.
                if (const QString why = spec->problem(it.value()); !why.isEmpty()) {
                    QString found = QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
                    if (found.size() > 40)
                        found = found.left(37) + QStringLiteral("...");
                    m_profileWarnings << QStringLiteral("%1: %2 (found %3), so %4 does not use it").arg(field, why, escapeForDisplay(found), module);
                }
                continue;
            }
            const QString meant = nearestName(it.key(), known);
            m_profileWarnings << (!meant.isEmpty()
                                      ? QStringLiteral("%1: not a setting of %2, so it is ignored; did you mean \"%3\"?").arg(field, module, meant)
                                  : known.isEmpty()
                                      ? QStringLiteral("%1: %2 has no settings, so it is ignored").arg(field, module)
                                      : QStringLiteral("%1: not a setting of %2, so it is ignored (its settings: %3)")
                                            .arg(field, module, known.join(QStringLiteral(", "))));
        }
    }
}

void PluginManager::applyProfile(PluginRecord& r) const
{
    if (r.state != PluginState::Discovered)
        return;
    const Profile& p = m_options.profile;
    if (!p.isEnabled(r.id)) {
        const QString who = p.disabled.contains(r.id)
            ? QStringLiteral("turned off by your choice")
            : QStringLiteral("not enabled by the profile \"%1\"%2").arg(p.name, p.setBy.isEmpty() ? QString() : QStringLiteral(" (set by %1)").arg(p.setBy));
        setRejected(r, PluginStage::Profile, who);
        return;
    }
    if (m_safeMode.isQuarantined(r.id))
        setRejected(r, PluginStage::SafeMode, m_safeMode.reason(r.id));
}

void PluginManager::checkTrust()
{
    // Only the files are read: a module the profile does not trust is
    // refused before its library is opened, so none of its code runs.
    const Profile& p = m_options.profile;
    if (!p.moduleTrust.active())
        return;
    std::vector<PluginRecord*> pending;
    QList<const Manifest*> manifests;
    for (auto& r : m_records) {
        if (r->state == PluginState::Discovered) {
            pending.push_back(r.get());
            manifests << &*r->manifest;
        }
    }
    const QList<TrustDecision> decisions = decideTrust(manifests, p.moduleTrust);
    for (std::size_t i = 0; i < pending.size(); ++i) {
        PluginRecord& r = *pending[i];
        const TrustDecision& d = decisions.at(qsizetype(i));
        if (d.allowed) {
            r.trust = d.why;
            log()->info("module {} may run under the profile \"{}\": {}", r.id, p.name, d.why);
            continue;
        }
        setRejected(r, PluginStage::Signature,
                    QStringLiteral("not loaded: the profile \"%1\"%2 runs only modules signed by a key it trusts, and %3")
                        .arg(p.name, p.setBy.isEmpty() ? QString() : QStringLiteral(" (set by %1)").arg(p.setBy), d.why));
    }
}

void PluginManager::resolveDependencies()
{
    // Missing or unusable dependencies, repeated until nothing changes.
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto& r : m_records) {
            if (r->state != PluginState::Discovered)
                continue;
            for (const DependencySpec& dep : r->manifest->dependencies) {
                const PluginRecord* d = findMutable(dep.id);
                QString why;
                if (!d)
                    why = QStringLiteral("it needs the module \"%1\", which is not installed").arg(dep.id);
                else if (d->state != PluginState::Discovered)
                    why = QStringLiteral("it needs the module \"%1\", which is %2: %3")
                              .arg(dep.id, pluginStateName(d->state), d->reason);
                else if (d->manifest->version < dep.minVersion)
                    why = QStringLiteral("it needs \"%1\" %2 or newer; %3 is installed")
                              .arg(dep.id, dep.minVersion.toString(), d->manifest->version.toString());
                if (!why.isEmpty()) {
                    setRejected(*r, PluginStage::Dependency, why);
                    changed = true;
                    break;
                }
            }
        }
    }

    // Topological order (dependencies first); modules on a cycle are rejected.
    enum class Mark { None, Visiting, Done };
    QHash<PluginRecord*, Mark> marks;
    QList<PluginRecord*> stack;
    std::function<bool(PluginRecord*)> visit = [&](PluginRecord* r) -> bool {
        if (marks.value(r) == Mark::Done)
            return true;
        if (marks.value(r) == Mark::Visiting) {
            const qsizetype start = stack.indexOf(r);
            QStringList cycle;
            for (qsizetype i = start; i < stack.size(); ++i)
                cycle << stack[i]->id;
            cycle << r->id;
            const QString reason = QStringLiteral("its dependencies form a cycle (%1)").arg(cycle.join(QStringLiteral(" -> ")));
            for (qsizetype i = start; i < stack.size(); ++i)
                setRejected(*stack[i], PluginStage::Dependency, reason);
            return false;
        }
        marks[r] = Mark::Visiting;
        stack << r;
        bool ok = true;
        for (const DependencySpec& dep : r->manifest->dependencies) {
            PluginRecord* d = findMutable(dep.id);
            if (!d || !visit(d))
                ok = false;
        }
        stack.removeLast();
        marks[r] = Mark::Done;
        if (ok && r->state == PluginState::Discovered)
            m_loadOrder.push_back(r);
        else if (r->state == PluginState::Discovered)
            setRejected(*r, PluginStage::Dependency, QStringLiteral("a module it needs cannot be loaded"));
        return ok && r->state == PluginState::Discovered;
    };
    for (auto& r : m_records) {
        if (r->state == PluginState::Discovered)
            visit(r.get());
    }
}

void PluginManager::loadAll(JournalStore& store)
{
    discover();
    HookWatchdog::instance().configure(m_options.stateDir, hookTimeoutMs(), m_options.onHookHang);
    const ModuleWorker::Batch oneHelper; // every module's factory and initialize() on one helper thread
    bool loaded = false;
    for (PluginRecord* r : m_loadOrder) {
        if (r->state == PluginState::Discovered) {
            load(*r, store);
            loaded = loaded || r->library;
        }
    }
    // From now on a crash with a module's code on the stack names that module.
    if (loaded && !m_options.stateDir.isEmpty())
        SafeMode::watchModuleCrashes(m_options.stateDir);
}

void PluginManager::load(PluginRecord& r, JournalStore& store)
{
    const Manifest& m = *r.manifest;
    for (const DependencySpec& dep : m.dependencies) {
        const PluginRecord* d = find(dep.id);
        if (!d || !d->isRunning()) {
            setFailed(r, PluginStage::Dependency,
                      QStringLiteral("the module \"%1\" it needs did not start: %2").arg(dep.id, d ? d->reason : QString()));
            return;
        }
    }

    m_safeMode.begin(r.id);
    auto library = std::make_shared<boost::dll::shared_library>();
    try {
        library->load(m.libraryPath.toStdString(), boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        m_safeMode.end();
        setFailed(r, PluginStage::Library, QStringLiteral("its library could not be loaded: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    keptLibraries().push_back(library);
    r.library = library;
    r.state = PluginState::Loaded;

    if (!library->has(sdk::kInfoSymbol) && library->has(sdk::kSdk1Symbol)) {
        m_safeMode.end();
        setFailed(r, PluginStage::Compatibility,
                  QStringLiteral("its library was built with SDK 1.x, but this Tessera has SDK %1; rebuild the "
                                 "module against SDK %2 (see the changelog: the binary interface was frozen in 2.0)")
                      .arg(sdkString(sdkVersion())).arg(sdkVersion().major));
        return;
    }
    QStringList missing;
    for (const char* symbol : {sdk::kInfoSymbol, sdk::kFactorySymbol}) {
        if (!library->has(symbol))
            missing << QString::fromLatin1(symbol);
    }
    if (!missing.isEmpty()) {
        m_safeMode.end();
        setFailed(r, PluginStage::Exports,
                  QStringLiteral("its library does not export %1; add TESSERA_PLUGIN(YourPluginClass) to one .cpp file")
                      .arg(missing.join(QStringLiteral(" and "))));
        return;
    }
    const PluginBinaryInfo info = readPluginInfo(&library->get<sdk::PluginInfoFunction>(sdk::kInfoSymbol));
    if (!info.valid) {
        m_safeMode.end();
        setFailed(r, PluginStage::Exports, QStringLiteral("its tessera_plugin_info() %1").arg(info.problem));
        return;
    }
    if (const QString why = builtSdkProblem(info, m.sdkVersion.major, m.sdkVersion.minor, sdkVersion().major,
                                            sdkVersion().minor);
        !why.isEmpty()) {
        m_safeMode.end();
        setFailed(r, PluginStage::Compatibility, why);
        return;
    }
    // The library says what its manifest says, and the manifest was checked
    // against this host before loading (checkCompatibility): nothing to add.
    if (info.pluginId != r.id) {
        m_safeMode.end();
        setFailed(r, PluginStage::Compatibility,
                  QStringLiteral("its library was built for the module \"%1\", not \"%2\" as its plugin.json says; "
                                 "build it with tessera_add_plugin() from this manifest")
                      .arg(info.pluginId, r.id));
        return;
    }

    // Its text in the client's language, before any of its code runs (issue 29).
    Languages::addModule(r.id);
    auto& factory = library->get<sdk::PluginFactory>(sdk::kFactorySymbol);
    const void* libraryAddress = reinterpret_cast<const void*>(&factory);
    SafeMode::registerModuleLibrary(r.id, libraryAddress); // for the crash handler's stack walk
    QList<QObject*> created;
    if (!createPlugin(r, &factory, &created))
        return;

    QSet<QString> writable, readable;
    for (const KindSpec& k : m.kinds)
        writable.insert(k.fullName);
    for (const QString& k : m.reads)
        readable.insert(k);
    r.journal = std::make_unique<ScopedJournal>(store, *this, r.id, writable, readable);
    r.journal->setMeasurePayloadBytes(m_options.measureReads);
    applyTrust(r);
    const QString dataDir = QDir(m_options.dataDir).filePath(QStringLiteral("plugins/") + r.id);
    if (!m_options.dataDir.isEmpty())
        QDir().mkpath(dataDir);
    QStringList pageIds;
    for (const PageSpec& p : m.pages)
        pageIds.append(p.id);
    r.reminders = std::make_unique<ScopedReminders>(store, r.id, pageIds);
    r.marks = std::make_unique<ScopedMarks>(store, r.id, m.mark.has_value(), r.journal.get()); // issue 26
    sdk::PluginContext::Setup setup;
    setup.pluginId = r.id;
    setup.reminders = r.reminders.get();
    setup.marks = r.marks.get();
    setup.journal = r.journal.get();
    setup.settings = m_options.profile.settingsFor(r.id);
    setup.logger = moduleLogger(r.id);
    setup.hostVersion = hostVersion().toString();
    setup.dataDir = dataDir;
    setup.demo = m_options.demo;
    // Queued: a module may call it from inside a save; the notice comes after.
    setup.offerSupport = [this, id = r.id](const QString& reason, bool urgent) {
        QMetaObject::invokeMethod(this, [this, id, reason, urgent] { emit supportRequested(id, reason, urgent); },
                                  Qt::QueuedConnection);
    };
    if (m_options.refreshesWaitForFirstFrame) { // issue 30
        setup.refreshLater = [waiting = m_waiting, id = r.id](std::function<void()> refresh, bool dueItemsNeedIt) {
            {
                const std::lock_guard lock(waiting->mutex);
                if (!waiting->firstFrameShown) {
                    waiting->byModule[id] << WaitingRefreshes::Refresh{std::move(refresh), dueItemsNeedIt};
                    return;
                }
            }
            refresh(); // a module started after the first frame: at once, as watchJournal()
        };
    }
    {
        const std::lock_guard lock(m_waiting->mutex);
        m_waiting->onLanguage.remove(r.id); // a module started again: its earlier backend's are gone
    }
    setup.refreshOnLanguage = [waiting = m_waiting, id = r.id](std::function<void()> refresh) {
        const std::lock_guard lock(waiting->mutex);
        waiting->onLanguage[id] << std::move(refresh);
    };
    r.context = std::make_unique<sdk::PluginContext>(setup);

    // The module's refresh() after a journal change is called by the SDK, not
    // the host: it is timed by two slots around the module's own, one
    // connected before initialize() (where ModuleBackend connects) and one after.
    auto refreshWatch = std::make_shared<std::optional<HookWatchdog::Scope>>();
    const QMetaObject::Connection refreshBegins = connect(r.journal.get(), &sdk::Journal::changed, this,
        [refreshWatch, id = r.id] { refreshWatch->emplace(id, "refresh()"); });

    Status status;
    QString error;
    if (!initializePlugin(r, &created, &error, &status)) {
        disconnect(refreshBegins);
        return;
    }
    m_safeMode.end();
    if (!status.ok()) {
        r.plugin.reset();
        r.context.reset();
        r.marks.reset(); // before the journal it tells
        r.journal.reset();
        r.reminders.reset();
        setFailed(r, PluginStage::Initialize, error);
        return;
    }
    r.state = PluginState::Initialized;
    warnUncheckedKinds(r);
    connect(r.journal.get(), &sdk::Journal::changed, this, [refreshWatch] { refreshWatch->reset(); });
    guardModuleObjects(r, libraryAddress, created);
    log()->info("module {} {} is running", r.id, m.version.toString());
    emit stateChanged(r.id);
}

// A kind of the manifest that the module's code gives no check is refused at
// every save, and nothing said so before the first one (a plugin author's try:
// addKind("three-thing") for the manifest's "three-things"). Asked once, as it
// starts, with an empty payload: ModulePlugin answers an unknown kind on the
// field "kind" ("unknown kind ...") and an unknown version on "schemaVersion",
// where a real check fails on the payload's own fields. Said to the author
// (the log, `plugins show`, the SDK's harness); the module runs as before.
void PluginManager::warnUncheckedKinds(PluginRecord& r)
{
    for (qsizetype i = 0; i < r.manifest->kinds.size(); ++i) {
        const KindSpec& kind = r.manifest->kinds.at(i);
        Status status;
        QString error;
        HookWatchdog::Scope watch(r.id, "validatePayload()");
        if (!guarded([&] { status = r.plugin->validatePayload(kind.name, kind.schemaVersion, QJsonObject()); }, &error))
            continue; // it throws on an empty payload: its check runs, which is all this asks
        if (status.ok())
            continue;
        const sdk::Error& e = status.error();
        QString warning;
        if (e.field == QLatin1String("kind") && e.message.startsWith(QLatin1String("unknown kind")))
            warning = QStringLiteral("kinds[%1] \"%2\": the module's code gives this kind no check, so every save of it is "
                                     "refused; call addKind(\"%2\", ...) in the plugin's constructor, with the kind's "
                                     "name as in plugin.json")
                          .arg(i).arg(kind.name);
        else if (e.field == QLatin1String("schemaVersion") && e.message.startsWith(QLatin1String("unknown schema version")))
            warning = QStringLiteral("kinds[%1] \"%2\": the module's code has no check for schema version %3, the one "
                                     "plugin.json gives, so every save of it is refused; call addKind(\"%2\", %3, ...)")
                          .arg(i).arg(kind.name).arg(kind.schemaVersion);
        if (warning.isEmpty())
            continue;
        log()->warn("module {}: {}", r.id, warning);
        r.authorWarnings << warning;
    }
}

// --- Liveness ------------------------------------------------------------------

int PluginManager::hookTimeoutMs() const
{
    if (m_options.hookTimeoutMs > 0)
        return m_options.hookTimeoutMs;
    const int fromEnvironment = qEnvironmentVariableIntValue("TESSERA_MODULE_HOOK_TIMEOUT_MS");
    return fromEnvironment > 0 ? fromEnvironment : 10000;
}

// The factory runs on a helper thread, waited for at most the limit. What the
// helper touches is shared or leaked, never this frame's locals: if it does
// not return, it may go on using them after load() has moved on.
bool PluginManager::createPlugin(PluginRecord& r, sdk::PluginFactory* factory, QList<QObject*>* created)
{
    struct Call {
        sdk::Plugin* plugin = nullptr;
        QString error;
        bool ok = false;
    };
    auto call = std::make_shared<Call>();
    const ModuleWorker::Run run = ModuleWorker::run([call, factory] {
        call->ok = guarded([&] { call->plugin = factory(); }, &call->error);
    }, hookTimeoutMs());
    if (run.outcome == ModuleWorker::Outcome::TimedOut) {
        stoppedResponding(r, PluginStage::Factory, QStringLiteral("its factory"));
        return false;
    }
    if (!call->ok || !call->plugin) {
        m_safeMode.end();
        setFailed(r, PluginStage::Factory, call->error.isEmpty() ? QStringLiteral("its factory returned nothing")
                                                                 : QStringLiteral("its factory %1").arg(call->error));
        return false;
    }
    r.plugin.reset(call->plugin);
    *created = run.created;
    return true;
}

// initialize() on a helper thread, the same way. Returns false when it did not
// return in time (the module is then failed); otherwise `status` and `error`
// say how it went.
bool PluginManager::initializePlugin(PluginRecord& r, QList<QObject*>* created, QString* error, Status* status)
{
    struct Call {
        Status status;
        QString error;
        bool ok = false;
    };
    auto call = std::make_shared<Call>();
    sdk::Plugin* plugin = r.plugin.get();
    sdk::PluginContext* context = r.context.get();
    const ModuleWorker::Run run = ModuleWorker::run([call, plugin, context] {
        call->ok = guarded([&] { call->status = plugin->initialize(*context); }, &call->error);
    }, hookTimeoutMs());
    if (run.outcome == ModuleWorker::Outcome::TimedOut) {
        stoppedResponding(r, PluginStage::Initialize, QStringLiteral("initialize()"));
        return false;
    }
    *created += run.created;
    if (!call->ok) {
        *status = makeError(ErrorCode::Internal, call->error);
        *error = QStringLiteral("initialize() %1").arg(call->error);
    } else {
        *status = call->status;
        if (!status->ok())
            *error = QStringLiteral("initialize() reported: %1").arg(status->error().toString());
    }
    return true;
}

// The module did not return from its factory or initialize() in time. Its
// thread is left alone and its objects are never used again: they are
// leaked on purpose, since that thread may still be using them. It is put in
// safe mode now, so the next start skips it.
void PluginManager::stoppedResponding(PluginRecord& r, PluginStage stage, const QString& hook)
{
    m_safeMode.end();
    // Kept reachable from a global, so a leak checker (LeakSanitizer in the
    // sanitizer build) sees a deliberate leak, not a lost one.
    static auto* abandoned = new std::vector<std::shared_ptr<void>>;
    abandoned->push_back(std::shared_ptr<void>(r.plugin.release(), [](void*) {}));
    abandoned->push_back(std::shared_ptr<void>(r.context.release(), [](void*) {}));
    abandoned->push_back(std::shared_ptr<void>(r.journal.release(), [](void*) {}));
    SafeMode::Quarantine q;
    q.during = SafeMode::During::Hang;
    q.hook = stage == PluginStage::Factory ? QStringLiteral("its constructor") : hook;
    q.crashedAt = QDateTime::currentDateTimeUtc();
    if (Status saved = m_safeMode.quarantineNow(r.id, q); !saved.ok())
        log()->error("module {} could not be put in safe mode: {}", r.id, saved.error().message);
    setFailed(r, stage,
              QStringLiteral("it did not finish starting within %1 (%2 did not return); it is skipped until you "
                             "re-enable it: tessera-cli plugins reenable %3")
                  .arg(limitInWords(hookTimeoutMs()), hook, r.id));
}

// Every object of the module's own classes made by its factory and
// initialize(), and its backend, get the call guard: an exception from a
// method a page calls is caught (callguard.h).
void PluginManager::guardModuleObjects(PluginRecord& r, const void* libraryAddress, const QList<QObject*>& created)
{
    Dl_info library{};
    if (::dladdr(libraryAddress, &library) == 0)
        library.dli_fbase = nullptr;
    auto fromModule = [&](const QObject* o) {
        Dl_info where{};
        return library.dli_fbase && ::dladdr(o->metaObject(), &where) != 0 && where.dli_fbase == library.dli_fbase;
    };
    QPointer<PluginManager> self(this);
    auto onThrow = [self](const QString& id, const QString& method, const QString& what) {
        if (self)
            self->reportThrow(id, method, what);
        else
            log()->error("module {}: {} threw {}", id, method, what);
    };
    QSet<QObject*> guarded;
    if (QObject* backend = backendAsItStarts(r); backend && installCallGuard(backend, r.id, onThrow))
        guarded.insert(backend);
    for (QObject* o : created) {
        if (!guarded.contains(o) && fromModule(o) && installCallGuard(o, r.id, onThrow))
            guarded.insert(o);
    }
    log()->debug("module {}: {} of its objects have the call guard", r.id, guarded.size());
}

void PluginManager::reportThrow(const QString& id, const QString& method, const QString& what)
{
    log()->error("module {}: {} threw {}", id, method, what);
    PluginRecord* r = findMutable(id);
    if (!r)
        return;
    r->problem = QStringLiteral("Something went wrong inside this module at %1 (in %2), so what you just did there may "
                                "not have happened. Everything saved before is safe. If it keeps happening, turn the "
                                "module off and tell whoever made it.")
                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), method);
    emit problemReported(id, r->problem);
}

void PluginManager::runWaitingRefresh(const PluginRecord& r, AskingFor asking) const
{
    if (QThread::currentThread() != thread())
        return; // the backend lives on the GUI thread
    if (!r.isRunning() || !r.plugin)
        return; // a module still starting keeps its refresh
    QList<WaitingRefreshes::Refresh> waiting;
    {
        const std::lock_guard lock(m_waiting->mutex);
        const auto it = m_waiting->byModule.constFind(r.id);
        if (it == m_waiting->byModule.cend())
            return;
        // Due items that answer without it leave it waiting (issue 30: Today's first frame).
        if (asking == AskingFor::DueItems
            && std::none_of(it->cbegin(), it->cend(), [](const auto& w) { return w.dueItemsNeedIt; }))
            return;
        waiting = m_waiting->byModule.take(r.id);
    }
    for (const WaitingRefreshes::Refresh& refresh : waiting) {
        QString error;
        HookWatchdog::Scope watch(r.id, "refresh()");
        if (!guarded([&] { refresh.run(); }, &error)) // the module runs on, and says so where it is listed
            const_cast<PluginManager*>(this)->reportThrow(r.id, QStringLiteral("refresh()"), error);
    }
}

void PluginManager::runWaitingRefreshes() const
{
    {
        const std::lock_guard lock(m_waiting->mutex);
        m_waiting->firstFrameShown = true;
    }
    for (const PluginRecord* r : running())
        runWaitingRefresh(*r);
}

void PluginManager::refreshForLanguage() const
{
    if (QThread::currentThread() != thread())
        return; // the backends live on the GUI thread
    for (const PluginRecord* r : running()) {
        QList<std::function<void()>> refreshes;
        {
            const std::lock_guard lock(m_waiting->mutex);
            refreshes = m_waiting->onLanguage.value(r->id);
        }
        for (const std::function<void()>& refresh : refreshes) {
            QString error;
            HookWatchdog::Scope watch(r->id, "refresh()");
            if (!guarded([&] { refresh(); }, &error)) // the module runs on, and says so where it is listed
                const_cast<PluginManager*>(this)->reportThrow(r->id, QStringLiteral("refresh()"), error);
        }
    }
}

QObject* PluginManager::backendOf(const QString& id) const
{
    const PluginRecord* r = find(id);
    if (!r || !r->plugin || !r->isRunning())
        return nullptr;
    QObject* backend = backendAsItStarts(*r); // a backend made now asks for its refresh here
    runWaitingRefresh(*r);
    return backend;
}

PluginManager::KeptWriting PluginManager::keptWriting(const QString& id) const
{
    const PluginRecord* r = find(id);
    QObject* backend = r && r->isRunning() ? backendAsItStarts(*r) : nullptr;
    // Declared (Q_PROPERTY) or set at run time: read by name, like lastError.
    const auto has = [backend](const char* name) {
        return backend->metaObject()->indexOfProperty(name) >= 0 || backend->dynamicPropertyNames().contains(name);
    };
    if (!backend || !has("unsavedWritingPage"))
        return {};
    const bool withEntry = has("unsavedWritingEntry");
    QVariant value;
    QVariant entry;
    QString error;
    HookWatchdog::Scope watch(r->id, "unsavedWritingPage");
    if (!guarded([&] {
            value = backend->property("unsavedWritingPage");
            if (withEntry)
                entry = backend->property("unsavedWritingEntry");
        }, &error)) {
        log()->error("module {} unsavedWritingPage {}", r->id, error);
        return {};
    }
    const QString page = value.typeId() == QMetaType::QString ? value.toString() : QString();
    if (page.isEmpty())
        return {};
    bool known = false;
    for (const PageSpec& p : r->manifest->pages)
        known = known || p.id == page;
    if (!known) {
        log()->warn("module {} says its page {} keeps writing not saved, but has no such page", r->id, page.left(64));
        return {};
    }
    // An entry id as the journal gives them (a UUID); anything else opens the page without one.
    QString entryId = entry.typeId() == QMetaType::QString ? entry.toString() : QString();
    const bool plain = entryId.size() <= 64
        && std::all_of(entryId.cbegin(), entryId.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'{' || c == u'}'; });
    if (!plain) {
        log()->warn("module {} names an entry for its page {} that is not an entry id; the page opens without it", r->id, page);
        entryId.clear();
    }
    return {page, entryId};
}

QObject* PluginManager::backendAsItStarts(const PluginRecord& r) const
{
    if (!r.plugin || !r.isRunning())
        return nullptr;
    QObject* backend = nullptr;
    QString error;
    HookWatchdog::Scope watch(r.id, "backend()");
    if (!guarded([&] { backend = r.plugin->backend(); }, &error)) {
        log()->error("module {} backend() {}", r.id, error);
        return nullptr;
    }
    return backend;
}

void PluginManager::shutdownAll()
{
    for (auto it = m_loadOrder.rbegin(); it != m_loadOrder.rend(); ++it) {
        PluginRecord& r = **it;
        if (!r.plugin)
            continue;
        QString error;
        HookWatchdog::Scope watch(r.id, "shutdown()");
        if (!guarded([&] { r.plugin->shutdown(); }, &error))
            log()->error("module {} shutdown() {}", r.id, error);
        r.plugin.reset();
        r.context.reset();
        r.marks.reset(); // before the journal it tells
        r.journal.reset();
        r.reminders.reset();
        if (r.state == PluginState::Initialized || r.state == PluginState::Loaded)
            r.state = PluginState::Stopped;
    }
}

// ---- Module trust (issue 20): read consent and write limits ----

void PluginManager::applyTrust(PluginRecord& r)
{
    const QList<ReadPermission> reads = core::readPermissions(*r.manifest, m_options.profile, m_options.demo);
    r.journal->setAllowedReads(allowedKinds(reads), false); // before the module starts: nothing to reload
    const WriteQuotaSetting quota = m_options.profile.writeQuotaFor(r.id);
    r.journal->setWriteLimits(WriteLimits{quota.perMinute, quota.perDay}, r.manifest->name);
    if (reads.isEmpty())
        return;
    QStringList described;
    for (const ReadPermission& p : reads)
        described << QStringLiteral("%1 %2%3").arg(p.kind, readStateName(p.state),
                                                  p.by == ReadPermission::By::Nobody ? QString() : QStringLiteral(" by ") + decidedByName(p.by));
    log()->info("module {} reads other modules' kinds: {}", r.id, described.join(QStringLiteral(", ")));
}

QList<ReadPermission> PluginManager::readPermissions(const QString& id) const
{
    const PluginRecord* r = find(id);
    if (!r || !r->manifest)
        return {};
    return core::readPermissions(*r->manifest, m_options.profile, m_options.demo);
}

sdk::Result<QStringList> PluginManager::answerReads(const QString& id, const QStringList& kinds, bool allowed)
{
    Profile& p = m_options.profile;
    if (p.locked)
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("the profile \"%1\"%2 is locked and decides what modules may read; ask %3 to change it")
                             .arg(p.name, p.setBy.isEmpty() ? QString() : QStringLiteral(" set by %1").arg(p.setBy),
                                  p.setBy.isEmpty() ? QStringLiteral("whoever set it") : p.setBy));
    PluginRecord* r = findMutable(id);
    if (!r || !r->manifest)
        return makeError(ErrorCode::NotFound, QStringLiteral("no module with the id \"%1\" is installed").arg(id));
    QStringList declared;
    for (const ReadPermission& rp : readPermissions(id))
        declared << rp.kind;
    if (declared.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the module \"%1\" reads no other module's entries; there is nothing to allow").arg(id));
    const QStringList answered = kinds.isEmpty() ? declared : kinds;
    for (const QString& kind : answered) {
        if (!declared.contains(kind))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the module \"%1\" does not ask to read \"%2\"; it asks for %3")
                                 .arg(id, kind, declared.join(QStringLiteral(", "))));
    }
    QStringList& yes = p.readsAllowed[id];
    QStringList& no = p.readsRefused[id];
    for (const QString& kind : answered) {
        yes.removeAll(kind);
        no.removeAll(kind);
        (allowed ? yes : no) << kind;
    }
    log()->info("reads of module {} {} by the client: {}", id, allowed ? "allowed" : "refused", answered.join(QStringLiteral(", ")));
    if (r->journal)
        r->journal->setAllowedReads(allowedKinds(readPermissions(id)));
    emit permissionsChanged(id);
    return answered;
}

sdk::Status PluginManager::validate(const sdk::EntryDraft& draft) const
{
    const QString pluginId = draft.kind.section(QLatin1Char('/'), 0, 0);
    const QString shortKind = draft.kind.section(QLatin1Char('/'), 1);
    const PluginRecord* r = find(pluginId);
    // A module may write from initialize() too: its object exists from then until shutdown.
    if (!r) // (a mistyped kind: "enable the module first" sent the client looking for a module there is not)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("no module \"%1\" is installed, so there is no kind \"%2\" (a module built on its own "
                                        "is found with --plugin-dir FOLDER)").arg(pluginId, draft.kind),
                         QStringLiteral("kind"));
    if (!r->plugin || !(r->isRunning() || r->state == PluginState::Loaded))
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("the module \"%1\" is not running, so entries of kind \"%2\" cannot be "
                                        "checked; enable the module first").arg(pluginId, draft.kind), QStringLiteral("kind"));
    const KindSpec* kind = r->manifest->kind(shortKind);
    if (!kind)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("the module \"%1\" has no kind \"%2\"").arg(pluginId, shortKind), QStringLiteral("kind"));
    if (draft.schemaVersion > kind->schemaVersion)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("schema version %1 is newer than the module's %2").arg(draft.schemaVersion).arg(kind->schemaVersion),
                         QStringLiteral("schemaVersion"));
    Status status;
    QString error;
    std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "validatePayload()");
    if (!guarded([&] { status = r->plugin->validatePayload(shortKind, draft.schemaVersion, draft.payload); }, &error)) {
        log()->error("module {} validatePayload() {}", pluginId, error);
        return makeError(ErrorCode::Internal, QStringLiteral("the module \"%1\" could not check the entry: it %2").arg(pluginId, error));
    }
    if (!status.ok()) {
        sdk::Error e = status.error();
        if (e.code != ErrorCode::Validation)
            e.code = ErrorCode::Validation;
        if (!e.field.isEmpty() && !e.field.startsWith(QLatin1String("payload")))
            e.field = QStringLiteral("payload.") + e.field;
        return e;
    }
    return {};
}

std::optional<sdk::KindInfo> PluginManager::kindInfo(const QString& fullKind) const
{
    const PluginRecord* r = find(fullKind.section(QLatin1Char('/'), 0, 0));
    if (!r || !r->manifest || r->state == PluginState::Rejected)
        return std::nullopt;
    const KindSpec* kind = r->manifest->kind(fullKind.section(QLatin1Char('/'), 1));
    if (!kind)
        return std::nullopt;
    sdk::KindInfo info;
    info.kind = kind->fullName;
    info.pluginId = r->id;
    info.title = Languages::manifestText(r->id, kind->title); // in the client's language (issue 29)
    info.moduleTitle = Languages::manifestText(r->id, r->manifest->name);
    info.schemaVersion = kind->schemaVersion;
    info.loaded = r->isRunning();
    return info;
}

void PluginManager::upgrade(sdk::Entry& entry) const
{
    const PluginRecord* r = find(entry.pluginId);
    if (!r || !r->isRunning())
        return;
    const KindSpec* kind = r->manifest->kind(entry.shortKind());
    if (!kind || entry.schemaVersion >= kind->schemaVersion)
        return;
    std::optional<sdk::Result<QJsonObject>> upgraded;
    QString error;
    std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "upgradePayload()");
    if (!guarded([&] { upgraded.emplace(r->plugin->upgradePayload(entry.shortKind(), entry.schemaVersion, kind->schemaVersion, entry.payload)); }, &error)) {
        log()->error("module {} upgradePayload() {}", entry.pluginId, error);
        return;
    }
    watch.reset();
    if (!upgraded->ok()) {
        log()->warn("module {} could not upgrade an entry of kind {} from schema {}: {}", entry.pluginId,
                    entry.kind, entry.schemaVersion, upgraded->error().message);
        return;
    }
    // The upgraded payload must pass the module's own check, or the entry is shown as it was stored.
    sdk::EntryDraft check;
    check.kind = entry.kind;
    check.schemaVersion = kind->schemaVersion;
    check.payload = upgraded->value();
    if (Status valid = validate(check); !valid.ok()) {
        log()->warn("module {} upgraded an entry of kind {} from schema {} to a payload it refuses ({}); the stored "
                    "payload is shown", entry.pluginId, entry.kind, entry.schemaVersion, valid.error().toString());
        return;
    }
    entry.payload = upgraded->value();
    entry.schemaVersion = kind->schemaVersion;
}

QList<sdk::EntryDraft> PluginManager::sampleEntries(const sdk::SampleRequest& request) const
{
    QList<sdk::EntryDraft> out;
    for (const PluginRecord* r : running()) {
        runWaitingRefresh(*r);
        QList<sdk::EntryDraft> samples;
        QString error;
        std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "sampleEntries()");
        if (!guarded([&] { samples = r->plugin->sampleEntries(request); }, &error)) {
            log()->error("module {} sampleEntries() {}", r->id, error);
            continue;
        }
        watch.reset();
        int dropped = 0;
        for (sdk::EntryDraft d : samples) {
            if (!d.kind.contains(QLatin1Char('/')))
                d.kind = r->id + QLatin1Char('/') + d.kind;
            if (d.kind.section(QLatin1Char('/'), 0, 0) != r->id || !checkDraftFields(d).ok() || !validate(d).ok()) {
                ++dropped;
                continue;
            }
            out << d;
        }
        if (dropped > 0)
            log()->warn("module {} offered {} sample entries that failed validation; they were skipped", r->id, dropped);
    }
    return out;
}

// ---- Things due (SDK 2.1) ----

bool PluginManager::hasDueItems(const QString& id) const
{
    const PluginRecord* r = find(id);
    return r && r->isRunning() && r->plugin && dynamic_cast<const sdk::DueItemSource*>(r->plugin.get()) != nullptr;
}

std::optional<QList<ModuleDueItem>> PluginManager::moduleDueItems(const PluginRecord& r, const QDate& day) const
{
    const auto* source = dynamic_cast<const sdk::DueItemSource*>(r.plugin.get());
    if (!source || m_dueTooSlow.contains(r.id))
        return std::nullopt;
    runWaitingRefresh(r, AskingFor::DueItems);
    QList<sdk::DueItem> items;
    QString error;
    QElapsedTimer took;
    took.start();
    std::optional<HookWatchdog::Scope> watch(std::in_place, r.id, "dueItems()");
    const bool answered = guarded([&] { items = source->dueItems(day); }, &error);
    watch.reset();
    if (!answered) {
        log()->error("module {} dueItems() {}; it shows nothing due", r.id, error);
        return std::nullopt;
    }
    if (took.elapsed() > hookTimeoutMs()) {
        m_dueTooSlow.insert(r.id);
        log()->warn("module {} took {} ms to answer dueItems() (the limit is {}); it shows nothing due and is not "
                    "asked again until Tessera restarts", r.id, took.elapsed(), limitInWords(hookTimeoutMs()));
        return std::nullopt;
    }
    QList<ModuleDueItem> out;
    QSet<QString> seen;
    int shown = 0;
    int tooMany = 0;
    for (const sdk::DueItem& item : std::as_const(items)) {
        QString problem = dueItemProblem(item, *r.manifest, day);
        if (problem.isEmpty() && seen.contains(item.id))
            problem = QStringLiteral("id: the same id as an earlier item");
        if (!problem.isEmpty()) {
            log()->warn("module {} gave a due item that is not shown: {}", r.id, problem);
            continue;
        }
        if (shown == kMaxDueItems) {
            ++tooMany;
            continue;
        }
        seen.insert(item.id);
        ++shown;
        out << ModuleDueItem{r.id, item};
    }
    if (tooMany > 0)
        log()->warn("module {} gave more than {} due items; {} more are not shown", r.id, kMaxDueItems, tooMany);
    return out;
}

// ---- Suggestions for the safety plan (SDK 2.5) ----

QList<PluginManager::SafetyPlanSuggestion> PluginManager::safetyPlanSuggestions(const QString& step) const
{
    constexpr int kMaxLines = 12;
    constexpr int kMaxLength = 200;
    QList<SafetyPlanSuggestion> out;
    QSet<QString> seen;
    for (const PluginRecord* r : running()) {
        const auto* source = dynamic_cast<const sdk::SafetyPlanSource*>(r->plugin.get());
        if (!source)
            continue;
        runWaitingRefresh(*r);
        QStringList lines;
        QString error;
        QElapsedTimer took;
        took.start();
        std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "safetyPlanSuggestions()");
        const bool answered = guarded([&] { lines = source->safetyPlanSuggestions(step); }, &error);
        watch.reset();
        if (!answered) {
            log()->error("module {} safetyPlanSuggestions() {}; it offers nothing for the safety plan", r->id, error);
            continue;
        }
        if (took.elapsed() > hookTimeoutMs()) {
            log()->warn("module {} took {} ms to answer safetyPlanSuggestions() (the limit is {}); it offers nothing",
                        r->id, took.elapsed(), limitInWords(hookTimeoutMs()));
            continue;
        }
        int shown = 0;
        int dropped = 0;
        for (const QString& line : std::as_const(lines)) {
            const QString text = line.simplified();
            if (text.isEmpty() || text.size() > kMaxLength || shown == kMaxLines) {
                ++dropped;
                continue;
            }
            if (seen.contains(text.toCaseFolded()))
                continue;
            seen.insert(text.toCaseFolded());
            ++shown;
            out << SafetyPlanSuggestion{r->id, r->manifest->name, text};
        }
        if (dropped > 0)
            log()->warn("module {} offered {} safety plan lines that are empty, longer than {} characters or past {}; "
                        "they are not shown", r->id, dropped, kMaxLength, kMaxLines);
    }
    return out;
}

QList<ModuleDueItem> PluginManager::dueItems(const QDate& day) const
{
    QList<ModuleDueItem> out;
    for (const PluginRecord* r : running()) {
        if (auto items = moduleDueItems(*r, day))
            out << *items;
    }
    sortDueItems(out);
    return out;
}

// ---- Due items done or skipped in one step (SDK 2.3) ----

bool PluginManager::hasDueItemActions(const QString& id) const
{
    const PluginRecord* r = find(id);
    return r && r->isRunning() && r->plugin && dynamic_cast<const sdk::DueItemSource*>(r->plugin.get()) != nullptr
        && dynamic_cast<const sdk::DueItemActions*>(r->plugin.get()) != nullptr;
}

sdk::Status PluginManager::actOnDueItem(const QString& id, const QDate& day, const QString& itemId,
                                        sdk::DueItemActions::Action action, JournalWrites* writes) const
{
    if (writes)
        *writes = {};
    using sdk::ErrorCode;
    const bool done = action == sdk::DueItemActions::Action::Done;
    if (!done && action != sdk::DueItemActions::Action::Skip)
        return sdk::makeError(ErrorCode::InvalidArgument, QStringLiteral("The action is neither Done nor Skip."));
    const PluginRecord* r = find(id);
    if (!r || !r->isRunning() || !r->plugin)
        return sdk::makeError(ErrorCode::Unavailable,
                              QStringLiteral("The module \"%1\" is not running, so nothing was recorded.").arg(id));
    auto* actions = dynamic_cast<sdk::DueItemActions*>(r->plugin.get());
    if (!actions || dynamic_cast<const sdk::DueItemSource*>(r->plugin.get()) == nullptr)
        return sdk::makeError(ErrorCode::Unavailable,
                              QStringLiteral("%1 cannot record this from here; open its page instead.").arg(r->manifest->name));
    runWaitingRefresh(*r);
    if (!day.isValid())
        return sdk::makeError(ErrorCode::InvalidArgument, QStringLiteral("The day is not a valid date."));
    // Only for an item the module has due on that day now, offering that action.
    const std::optional<QList<ModuleDueItem>> items = moduleDueItems(*r, day);
    if (!items)
        return sdk::makeError(ErrorCode::Unavailable,
                              QStringLiteral("%1 could not say what it has due, so nothing was recorded. You can open its "
                                             "page instead.").arg(r->manifest->name));
    const auto found = std::find_if(items->cbegin(), items->cend(), [&](const ModuleDueItem& i) { return i.item.id == itemId; });
    if (found == items->cend())
        return sdk::makeError(ErrorCode::NotFound,
                              QStringLiteral("This item is no longer due in %1, so nothing was recorded.").arg(r->manifest->name));
    if (done ? !found->item.offersDone() : !found->item.offersSkip())
        return sdk::makeError(ErrorCode::InvalidArgument,
                              QStringLiteral("%1 does not offer \"%2\" for this item here; open its page instead.")
                                  .arg(r->manifest->name, done ? QStringLiteral("Done") : QStringLiteral("Skip")));
    sdk::Status status;
    QString error;
    QElapsedTimer took;
    took.start();
    std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "actOnDueItem()");
    if (r->journal)
        r->journal->recordWrites();
    const bool answered = guarded([&] { status = actions->actOnDueItem(day, itemId, action); }, &error);
    watch.reset();
    const JournalWrites written = r->journal ? r->journal->takeWrites() : JournalWrites{};
    if (writes && answered && status.ok())
        *writes = written;
    if (!answered) {
        log()->error("module {} actOnDueItem() {}", r->id, error);
        return sdk::makeError(ErrorCode::Internal,
                              QStringLiteral("Something went wrong inside %1, so this may not have been recorded. "
                                             "Everything saved before is safe; you can try again or open its page.")
                                  .arg(r->manifest->name));
    }
    if (took.elapsed() > hookTimeoutMs())
        log()->warn("module {} took {} ms to answer actOnDueItem() (the limit is {})", r->id, took.elapsed(),
                    limitInWords(hookTimeoutMs()));
    if (!status.ok())
        log()->info("module {} did not record a due item ({}): code {}", r->id, done ? "done" : "skip",
                    static_cast<int>(status.error().code));
    return status;
}

bool PluginManager::hasReportSection(const QString& id) const
{
    const PluginRecord* r = find(id);
    return r && r->isRunning() && r->plugin && dynamic_cast<const sdk::ReportSource*>(r->plugin.get()) != nullptr;
}

std::optional<sdk::ReportSection> PluginManager::reportSection(const QString& id, const sdk::ReportRequest& request) const
{
    const PluginRecord* r = find(id);
    if (!r || !r->isRunning() || !r->plugin)
        return std::nullopt;
    const auto* source = dynamic_cast<const sdk::ReportSource*>(r->plugin.get());
    if (!source)
        return std::nullopt;
    sdk::ReportSection section;
    QString error;
    QElapsedTimer took;
    took.start();
    std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "reportSection()");
    const bool answered = guarded([&] { section = source->reportSection(request); }, &error);
    watch.reset();
    if (!answered) {
        log()->error("module {} reportSection() {}; its entries are shown in a plain table", r->id, error);
        return std::nullopt;
    }
    if (took.elapsed() > hookTimeoutMs()) {
        log()->warn("module {} took {} ms to answer reportSection() (the limit is {}); its entries are shown in a "
                    "plain table", r->id, took.elapsed(), limitInWords(hookTimeoutMs()));
        return std::nullopt;
    }
    for (const QString& note : tidyReportSection(section, request))
        log()->warn("module {} report section: {}", r->id, note);
    return section;
}

std::optional<QList<QJsonObject>> PluginManager::fhirResources(const QString& id, const sdk::Entry& entry) const
{
    const PluginRecord* r = find(id);
    if (!r || !r->isRunning() || !r->plugin)
        return std::nullopt;
    const auto* source = dynamic_cast<const sdk::FhirSource*>(r->plugin.get());
    if (!source)
        return std::nullopt;
    QList<QJsonObject> resources;
    QString error;
    std::optional<HookWatchdog::Scope> watch(std::in_place, r->id, "fhirResources()");
    const bool answered = guarded([&] { resources = source->fhirResources(entry); }, &error);
    watch.reset();
    if (!answered) {
        log()->error("module {} fhirResources() {}; the default mapping is used", r->id, error);
        return std::nullopt;
    }
    if (resources.isEmpty())
        return std::nullopt;
    if (resources.size() > kMaxFhirResources) {
        log()->warn("module {} gave {} FHIR resources for one entry (at most {}); the default mapping is used", r->id,
                    resources.size(), kMaxFhirResources);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString problem = fhirResourceProblem(resources.at(i), int(i), int(resources.size()));
        if (!problem.isEmpty()) {
            log()->warn("module {} FHIR resource {} of a {} entry: {}; the default mapping is used", r->id, i,
                        entry.kind, problem);
            return std::nullopt;
        }
    }
    return resources;
}

} // namespace tessera::core
