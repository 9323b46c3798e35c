// The host: logging, profile, journal and modules, wired together once for
// the desktop app and for tessera-cli.
#pragma once

#include "plugins/pluginmanager.h"
#include "profile/profile.h"
#include "store/journalstore.h"

#include <spdlog/common.h>

#include <tessera/sdk/result.h>

#include <memory>

namespace tessera::core {

struct HostOptions {
    QString dataDir;           ///< Empty: $TESSERA_DATA_DIR, else the platform's app data folder.
    QString journalPath;       ///< Empty: <dataDir>/journal.sqlite. ":memory:" for a throw-away journal.
    QString profilePath;       ///< --profile.
    QStringList pluginDirs;    ///< --plugin-dir, searched after the bundled and the profile's folders.
    bool bundledPlugins = true; ///< Search the bundled plugin folder.
    QString logLevel;          ///< --log-level.
    spdlog::level::level_enum consoleFloor = spdlog::level::trace;
    bool readOnly = false;     ///< Open the journal read-only (no lock taken).
    bool demo = false;
    /// Modules' first refreshes asked for with watchJournalAfterStart() wait
    /// for PluginManager::runWaitingRefreshes() (the app: its first frame).
    bool refreshesWaitForFirstFrame = false;
    /// Told when a call into a module has run past the limit (on the hook
    /// watchdog's thread): tessera-cli prints a message and exits.
    HookWatchdog::HangHandler onModuleHang;
};

class Host {
public:
    explicit Host(HostOptions options);
    ~Host();
    Host(const Host&) = delete;
    Host& operator=(const Host&) = delete;

    /// Sets up logging and the profile, and finds the modules (no module
    /// code runs). Always succeeds; problems become notices().
    void prepare();
    /// Opens the journal. On failure the host has no store; modules cannot start.
    /// Finishes a restore a kill interrupted; refuses to start a new journal
    /// where a missing or empty one had backups (say so, offer the latest).
    /// The plugin manager becomes the store's payload policy: every write
    /// (the CLI, imports, the demo) is checked by the owning module, and
    /// refused when that module is not running (the host's own kinds, such
    /// as the safety plan, have no module to ask).
    sdk::Status openJournal();
    /// Loads and starts the enabled modules against the open journal.
    void startPlugins();
    /// prepare(), openJournal(), startPlugins(): the usual start.
    sdk::Status start();

    [[nodiscard]] JournalStore* store() const { return m_store.get(); }
    [[nodiscard]] PluginManager& plugins() const { return *m_plugins; }
    /// Whether start() got as far as making the plugin manager.
    [[nodiscard]] bool hasPlugins() const { return m_plugins != nullptr; }
    [[nodiscard]] const Profile& profile() const { return m_profile.profile; }
    [[nodiscard]] UserChoices& userChoices() { return m_userChoices; }
    /// Things the client must be told at start: a refused profile, a module
    /// put in safe mode, unreadable choices.
    [[nodiscard]] QStringList notices() const;
    [[nodiscard]] const HostOptions& options() const { return m_options; }
    [[nodiscard]] QString dataDir() const { return m_options.dataDir; }
    [[nodiscard]] QString journalPath() const { return m_options.journalPath; }
    [[nodiscard]] QString stateDir() const;
    [[nodiscard]] QString backupDir() const;

    // --- Encrypted journals (issue 21) ---
    /// Whether the journal is encrypted: its key file (JournalKey::pathFor())
    /// is beside it. An encrypted journal opens only once the host has its key.
    [[nodiscard]] bool journalEncrypted() const;
    /// Unwraps the journal's key with the passphrase (JournalKey::unlock(); a
    /// wrong one: ErrorCode::PermissionDenied, nothing changed). The key is
    /// kept for openJournal(); if the journal is open and locked
    /// (JournalStore::lock()), it is unlocked with it.
    sdk::Status unlock(const QByteArray& passphrase);
    /// The same with the recovery key.
    sdk::Status unlockWithRecoveryKey(const QString& recoveryKey);
    /// Uses `key` (already unwrapped) as unlock() does.
    sdk::Status useKey(std::shared_ptr<const DataKey> key);
    /// Locks the open journal (JournalStore::lock()) and lets go of the key,
    /// which is wiped once nothing holds it. A no-op for a plain journal.
    void lock();
    /// The key the host holds (null: none, or a plain journal).
    [[nodiscard]] std::shared_ptr<const DataKey> key() const { return m_key; }

    /// The client's answer about a module reading other modules' kinds (all
    /// it lists under "reads" when `kinds` is empty): applied to the running
    /// module at once and kept in the data folder (modules.json). Refused
    /// under a locked profile. Returns the kinds answered.
    sdk::Result<QStringList> answerReads(const QString& pluginId, const QStringList& kinds, bool allowed);

    /// Stores a draft through the store's checks (its owning module
    /// included): for the CLI; modules use their ScopedJournal.
    sdk::Result<sdk::Entry> addEntry(const sdk::EntryDraft& draft);
    /// Seeds the journal with every running module's sample entries; the
    /// newest is marked private (issue 23), so the demo shows the mark.
    sdk::Result<int> seedDemo(const QDateTime& now, int days);

    static QString defaultDataDir();
    static QString bundledPluginDir();
    /// The system-wide clinic profile: $TESSERA_CLINIC_PROFILE, else /etc/tessera/profile.json.
    static QString clinicProfilePath();

private:
    sdk::Status checkNotLost() const;
    HostOptions m_options;
    ResolvedProfile m_profile;
    UserChoices m_userChoices;
    QStringList m_notices;
    std::shared_ptr<const DataKey> m_key;
    std::unique_ptr<JournalStore> m_store;
    std::unique_ptr<PluginManager> m_plugins;
    bool m_prepared = false;
};

} // namespace tessera::core
