#include "host.h"

#include "logging.h"

#include <tessera/sdk/qstringformatter.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace tessera::core {

Host::Host(HostOptions options) : m_options(std::move(options)), m_userChoices(QString())
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
    m_options.dataDir = QDir(m_options.dataDir).absolutePath();
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = QDir(m_options.dataDir).filePath(QStringLiteral("journal.sqlite"));
    m_userChoices = UserChoices(QDir(m_options.dataDir).filePath(QStringLiteral("modules.json")));
}

Host::~Host()
{
    if (m_plugins)
        m_plugins->shutdownAll();
}

QString Host::defaultDataDir()
{
    const QString env = qEnvironmentVariable("TESSERA_DATA_DIR");
    if (!env.isEmpty())
        return env;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("tessera"));
}

QString Host::bundledPluginDir()
{
    const QString env = qEnvironmentVariable("TESSERA_BUNDLED_PLUGIN_DIR");
    if (!env.isEmpty())
        return env;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" TESSERA_PLUGIN_DIR_FROM_BIN));
}

QString Host::clinicProfilePath()
{
    const QString env = qEnvironmentVariable("TESSERA_CLINIC_PROFILE");
    return env.isEmpty() ? QStringLiteral("/etc/tessera/profile.json") : env;
}

QString Host::stateDir() const { return QDir(m_options.dataDir).filePath(QStringLiteral("state")); }
QString Host::backupDir() const { return QDir(m_options.dataDir).filePath(QStringLiteral("backups")); }

QStringList Host::notices() const
{
    QStringList out = m_notices;
    // Profile warnings (modules it names that are not installed) are for the
    // clinic: they go to the log, `profile check` and the catalogue, not here.
    if (m_plugins) {
        if (!m_plugins->crashedLastTime().isEmpty())
            out << QStringLiteral("Tessera stopped unexpectedly while loading the module \"%1\" last time; it is "
                                  "turned off until you re-enable it.").arg(m_plugins->crashedLastTime());
    }
    return out;
}

void Host::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    LogOptions log;
    log.directory = QDir(m_options.dataDir).filePath(QStringLiteral("logs"));
    log.level = m_options.logLevel;
    log.consoleFloor = m_options.consoleFloor;
    if (m_options.demo || m_options.journalPath == QLatin1String(":memory:"))
        log.directory.clear();
    if (QString problem = initLogging(log); !problem.isEmpty())
        m_notices << problem;
    logger("host")->info("Tessera {} (SDK {}) starting; data folder {}", hostVersion().toString(),
                         sdkVersion().toString(), QDir::toNativeSeparators(m_options.dataDir));

    QString choicesWarning;
    m_userChoices.load(&choicesWarning);
    if (!choicesWarning.isEmpty())
        m_notices << choicesWarning;
    ProfileSources sources;
    sources.commandLine = m_options.profilePath;
    sources.clinic = clinicProfilePath();
    sources.user = &m_userChoices;
    m_profile = resolveProfile(sources);
    m_notices += m_profile.notices;
    for (const QString& n : m_profile.notices)
        logger("host")->warn("{}", n);
    logger("host")->info("profile in force: \"{}\" ({}{})", m_profile.profile.name,
                         profileSourceName(m_profile.profile.source), m_profile.profile.locked ? ", locked" : "");

    PluginManager::Options pm;
    if (m_options.bundledPlugins)
        pm.pluginDirs << bundledPluginDir();
    pm.pluginDirs += m_profile.profile.pluginDirs;
    pm.pluginDirs += m_options.pluginDirs;
    pm.stateDir = stateDir();
    pm.dataDir = m_options.dataDir;
    pm.profile = m_profile.profile;
    pm.demo = m_options.demo;
    m_plugins = std::make_unique<PluginManager>(pm);
    m_plugins->discover();
}

sdk::Status Host::openJournal()
{
    prepare();
    auto store = JournalStore::open(m_options.journalPath,
                                    m_options.readOnly ? JournalStore::Mode::ReadOnly : JournalStore::Mode::ReadWrite);
    if (!store.ok()) {
        logger("store")->error("{}", store.error().message);
        return store.error();
    }
    m_store = std::move(store).value();
    if (!m_store->migrationBackupPath().isEmpty())
        logger("store")->info("journal format upgraded; the previous file was kept at {}", m_store->migrationBackupPath());
    return {};
}

void Host::startPlugins()
{
    prepare();
    if (m_store)
        m_plugins->loadAll(*m_store);
}

sdk::Status Host::start()
{
    prepare();
    if (sdk::Status s = openJournal(); !s.ok())
        return s;
    startPlugins();
    return {};
}

sdk::Result<sdk::Entry> Host::addEntry(const sdk::EntryDraft& draft)
{
    if (!m_store)
        return sdk::makeError(sdk::ErrorCode::Unavailable, QStringLiteral("no journal is open"));
    if (sdk::Status s = checkDraftFields(draft); !s.ok())
        return s.error();
    if (sdk::Status s = m_plugins->validate(draft); !s.ok())
        return s.error();
    return m_store->add(draft);
}

sdk::Result<int> Host::seedDemo(const QDateTime& now, int days)
{
    if (!m_store)
        return sdk::makeError(sdk::ErrorCode::Unavailable, QStringLiteral("no journal is open"));
    sdk::SampleRequest request;
    request.now = now;
    request.days = days;
    QList<sdk::Entry> entries;
    for (const sdk::EntryDraft& d : m_plugins->sampleEntries(request)) {
        sdk::Entry e = entryFromDraft(d, now);
        e.createdAt = e.updatedAt = e.occurredAt; // as if written at the time
        entries << e;
    }
    return m_store->importEntries(entries);
}

} // namespace tessera::core
