#include "host.h"
#include "privatefiles.h"

#include "logging.h"

#include "safety/safetyplan.h"
#include "store/backups.h"
#include "store/journalkey.h"

#include "host/qstringformatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    if (m_store)
        m_store->setPayloadPolicy(nullptr); // the plugin manager goes first
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
        for (const QString& id : m_plugins->crashedLastTime())
            out << m_plugins->safeMode().notice(id); // a crash while loading or later, or a module that stopped responding
    }
    return out;
}

void Host::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    // Before anything is written: folders 0700, files 0600 (issue 21).
    usePrivateFileMode();
    const QStringList notTightened = tightenDataFolder(m_options.dataDir, m_options.journalPath);
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
    for (const QString& path : notTightened)
        logger("host")->warn("{} could not be made private to this account (others on this computer may be able to read it)",
                             QDir::toNativeSeparators(path).toStdString());

    QString choicesWarning;
    m_userChoices.load(&choicesWarning);
    if (!choicesWarning.isEmpty())
        m_notices << choicesWarning;
    ProfileSources sources;
    sources.commandLine = m_options.profilePath;
    sources.clinic = clinicProfilePath();
    sources.user = &m_userChoices;
    sources.lastGood = QDir(stateDir()).filePath(QStringLiteral("profile-last-read.json"));
    m_profile = resolveProfile(sources);
    m_notices += m_profile.notices;
    for (const QString& n : m_profile.notices)
        logger("host")->warn("{}", n);
    logger("host")->info("profile in force: \"{}\" ({}{})", m_profile.profile.name,
                         profileSourceName(m_profile.profile.source), m_profile.profile.locked ? ", locked" : "");

    PluginManager::Options pm;
    if (m_options.bundledPlugins) {
        pm.pluginDirs << bundledPluginDir();
        pm.bundledDirs << bundledPluginDir();
    }
    pm.pluginDirs += m_profile.profile.pluginDirs;
    pm.pluginDirs += m_options.pluginDirs;
    pm.stateDir = stateDir();
    pm.dataDir = m_options.dataDir;
    pm.profile = m_profile.profile;
    pm.demo = m_options.demo;
    pm.refreshesWaitForFirstFrame = m_options.refreshesWaitForFirstFrame;
    pm.onHookHang = m_options.onModuleHang;
    m_plugins = std::make_unique<PluginManager>(pm);
    m_plugins->discover();

    // A conversion between plain and encrypted that a kill interrupted is finished
    // (or undone) first, so that journalEncrypted() answers for the journal as it is.
    if (m_options.journalPath != QLatin1String(":memory:")) {
        if (sdk::Status s = JournalStore::finishInterruptedConversion(m_options.journalPath); !s.ok())
            m_notices << s.error().message;
    }
}

sdk::Status Host::openJournal()
{
    prepare();
    // A failure is not logged here: the caller shows it (tessera-cli prints it, the app
    // logs it and shows its error page), and logged here too it reached the console twice.
    if (sdk::Status s = checkNotLost(); !s.ok())
        return s;
    auto store = JournalStore::open(m_options.journalPath,
                                    m_options.readOnly ? JournalStore::Mode::ReadOnly : JournalStore::Mode::ReadWrite,
                                    m_key);
    if (!store.ok())
        return store.error();
    m_store = std::move(store).value();
    // Every write through the store is checked by its module from now on; a
    // module that is not running cannot check its kinds, so they are refused.
    m_store->setPayloadPolicy(m_plugins.get(), JournalStore::Unowned::Refuse);
    if (!m_store->migrationBackupPath().isEmpty())
        logger("store")->info("journal format upgraded; the previous file was kept at {}", m_store->migrationBackupPath());
    return {};
}

// A journal that is missing or empty where backups, or a journal kept aside by a
// restore, show there was one is not a new journal: starting empty would hide
// the client's entries (and the next automatic backup would push a good one
// out). Interrupted restores are finished first.
sdk::Status Host::checkNotLost() const
{
    const QString path = m_options.journalPath;
    if (path == QLatin1String(":memory:"))
        return {};
    if (sdk::Status s = JournalStore::finishInterruptedRestore(path); !s.ok())
        return s;
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    const QString what = info.exists() ? QStringLiteral("is empty (0 bytes)") : QStringLiteral("is missing");
    const QStringList aside = JournalStore::keptAside(path);
    if (!aside.isEmpty())
        return sdk::makeError(sdk::ErrorCode::Storage,
                              QStringLiteral("%1: the journal %2, but the journal from before a restore is kept at %3; "
                                             "restore it with: tessera-cli db restore \"%3\" (or start a new, empty "
                                             "journal with: tessera-cli db accept)")
                                  .arg(shown, what, QDir::toNativeSeparators(aside.first())));
    // The automatic backups are the default journal's: a new journal named with --journal
    // elsewhere is not "lost" because the data folder has backups.
    const bool defaultJournal = QFileInfo(path).absoluteFilePath()
        == QFileInfo(QDir(m_options.dataDir).filePath(QStringLiteral("journal.sqlite"))).absoluteFilePath();
    const QStringList backups = defaultJournal ? BackupRotation(backupDir()).list() : QStringList();
    if (!backups.isEmpty())
        return sdk::makeError(sdk::ErrorCode::Storage,
                              QStringLiteral("%1: the journal %2, but there are %3 backups, the latest from %4; restore "
                                             "it with: tessera-cli db restore (or start a new, empty journal with: "
                                             "tessera-cli db accept)")
                                  .arg(shown, what).arg(backups.size())
                                  .arg(BackupRotation::timeOf(backups.first()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
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

sdk::Result<QStringList> Host::answerReads(const QString& pluginId, const QStringList& kinds, bool allowed)
{
    prepare();
    auto answered = m_plugins->answerReads(pluginId, kinds, allowed);
    if (!answered.ok())
        return answered;
    if (sdk::Status saved = m_userChoices.answerReads(pluginId, answered.value(), allowed); !saved.ok())
        return saved.error();
    return answered;
}

sdk::Result<sdk::Entry> Host::addEntry(const sdk::EntryDraft& draft)
{
    if (!m_store)
        return sdk::makeError(sdk::ErrorCode::Unavailable, QStringLiteral("no journal is open"));
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
    // Stored through the store's checks like any write (the samples are checked
    // by their modules once more; the safety plan is the host's own kind).
    for (const sdk::EntryDraft& d : m_plugins->sampleEntries(request)) {
        sdk::Entry e = entryFromDraft(d, now);
        e.createdAt = e.updatedAt = e.occurredAt; // as if written at the time
        entries << e;
    }
    // The host's own sample: a safety plan as a client might write it with their clinician
    // (in the app's language, as the modules' samples are).
    SafetyPlan plan;
    plan.items[QStringLiteral("warningSigns")] = {
        QCoreApplication::translate("DemoSafetyPlan", "Sleeping badly for several nights"),
        QCoreApplication::translate("DemoSafetyPlan", "Cancelling on friends"),
        QCoreApplication::translate("DemoSafetyPlan", "Thinking \"what's the point\"")};
    plan.items[QStringLiteral("copingAlone")] = {
        QCoreApplication::translate("DemoSafetyPlan", "A walk by the canal"),
        QCoreApplication::translate("DemoSafetyPlan", "A hot shower and my playlist"),
        QCoreApplication::translate("DemoSafetyPlan", "The 3-minute breathing space")};
    plan.items[QStringLiteral("distractions")] = {
        QCoreApplication::translate("DemoSafetyPlan", "The library café"),
        QCoreApplication::translate("DemoSafetyPlan", "Ana's kitchen")};
    // The people with a way to reach them, as the plan asks (fictional numbers:
    // Ofcom keeps 07700 900xxx and 020 7946 0xxx for drama; Samaritans' is real).
    plan.items[QStringLiteral("askForHelp")] = {
        QCoreApplication::translate("DemoSafetyPlan", "Ana (sister), 07700 900123"),
        QCoreApplication::translate("DemoSafetyPlan", "Marco (friend from work), 07700 900456")};
    plan.items[QStringLiteral("professionals")] = {
        QCoreApplication::translate("DemoSafetyPlan", "My clinician at the CBT service, weekdays, 020 7946 0000"),
        QCoreApplication::translate("DemoSafetyPlan", "Samaritans, 116 123, any time")};
    plan.items[QStringLiteral("safeEnvironment")] = {
        QCoreApplication::translate("DemoSafetyPlan", "Ask Ana to keep my spare medicines")};
    plan.items[QStringLiteral("reasonsForLiving")] = {
        QCoreApplication::translate("DemoSafetyPlan", "Ana and my nephew"),
        QCoreApplication::translate("DemoSafetyPlan", "Finishing the garden"),
        QCoreApplication::translate("DemoSafetyPlan", "Seeing the sea again")};
    plan.reviewedOn = now.toLocalTime().date().addDays(-12);
    sdk::Entry e = entryFromDraft(sdk::EntryDraft{}, now.addDays(-30));
    e.kind = QString::fromLatin1(SafetyPlanStore::kKind);
    e.pluginId = QStringLiteral("tessera");
    e.title = QCoreApplication::translate("DemoSafetyPlan", "My safety plan");
    e.payload = plan.toPayload();
    entries << e;
    // Issue 23: the newest module entry (at the top of the timeline) is marked
    // private, so the demo shows the mark and what a share leaves out.
    qsizetype newest = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!isHostKind(entries[i].kind) && (newest < 0 || entries[i].occurredAt > entries[newest].occurredAt))
            newest = i;
    }
    if (newest >= 0)
        entries[newest].setPrivate(true);
    return m_store->importEntries(entries);
}

} // namespace tessera::core

namespace tessera::core {

bool Host::journalEncrypted() const
{
    if (m_options.journalPath == QLatin1String(":memory:"))
        return false;
    return QFileInfo::exists(JournalKey::pathFor(m_options.journalPath));
}

sdk::Status Host::useKey(std::shared_ptr<const DataKey> key)
{
    if (!key)
        return sdk::makeError(sdk::ErrorCode::InvalidArgument, QStringLiteral("no key given"));
    if (m_store && m_store->isLocked()) {
        if (sdk::Status s = m_store->unlock(key); !s.ok())
            return s;
    }
    m_key = std::move(key);
    return {};
}

sdk::Status Host::unlock(const QByteArray& passphrase)
{
    auto key = JournalKey::unlock(JournalKey::pathFor(m_options.journalPath), passphrase);
    if (!key.ok())
        return key.error();
    return useKey(std::move(key).value());
}

sdk::Status Host::unlockWithRecoveryKey(const QString& recoveryKey)
{
    auto key = JournalKey::unlockWithRecoveryKey(JournalKey::pathFor(m_options.journalPath), recoveryKey);
    if (!key.ok())
        return key.error();
    return useKey(std::move(key).value());
}

void Host::lock()
{
    if (m_store && m_store->isEncrypted() && !m_store->isLocked()) {
        if (sdk::Status s = m_store->lock(); !s.ok())
            logger("store")->warn("the journal could not be locked: {}", s.error().message);
    }
    m_key.reset();
}

} // namespace tessera::core
