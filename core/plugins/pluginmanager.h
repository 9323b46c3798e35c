// Finds, checks, loads and runs the modules.
#pragma once

#include "dueitemcheck.h"
#include "reportcheck.h"
#include "hookwatchdog.h"
#include "manifest.h"
#include "permissions.h"
#include "profile/profile.h"
#include "safemode.h"
#include "store/payloadpolicy.h"

#include <tessera/sdk/plugin.h>
#include <tessera/sdk/report.h>

#include <QObject>

#include <QSet>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace boost::dll { class shared_library; }
namespace tessera::sdk { class PluginContext; }

namespace tessera::core {

class JournalStore;
class ScopedJournal;
struct JournalWrites;
class ScopedReminders;
class ScopedMarks;

/// A module's place in the lifecycle. Discovered -> (Disabled | Rejected)
/// before any code runs; otherwise Loaded -> Initialized, or Failed.
/// Stopped: shutdown() ran and the object is gone (the library stays mapped);
/// the module neither validates nor upgrades entries any more.
enum class PluginState { Discovered, Disabled, Rejected, Loaded, Initialized, Failed, Stopped };

/// Where a rejection or failure happened.
/// Signature: the profile's moduleTrust refused the module's files (checked
/// before its library is opened).
enum class PluginStage { None, Manifest, Compatibility, Duplicate, Profile, SafeMode, Signature, Dependency,
                         Library, Exports, Factory, Initialize };

QString pluginStateName(PluginState state);
QString pluginStageName(PluginStage stage);

/// Everything known about one discovered module.
struct PluginRecord {
    QString id;                       ///< From the manifest, or the folder name when it cannot be read.
    QString folder;                   ///< The folder holding plugin.json.
    std::optional<Manifest> manifest; ///< Set when the manifest parsed.
    PluginState state = PluginState::Discovered;
    PluginStage stage = PluginStage::None;
    QString reason;                   ///< Plain words: why it is disabled, rejected or failed.
    /// Under a profile that requires signatures, why the module may run:
    /// "it is signed by \"Riverside IT\" (key …)"; empty otherwise.
    QString trust;
    /// A running module's latest problem, in plain words for the catalogue
    /// (one of its methods threw when a page called it); "" when none.
    QString problem;
    /// For the module's author, not the client: manifest keys the host
    /// ignored (Manifest::warnings) and, once it runs, kinds its code gives
    /// no check (every save of them is refused). Logged; shown by `tessera-cli
    /// plugins show`; the SDK's PluginHarness fails on them.
    QStringList authorWarnings;

    // Runtime parts. Destroyed in reverse order: plugin, context, journal;
    // the library itself stays mapped for the life of the process.
    std::shared_ptr<boost::dll::shared_library> library;
    std::unique_ptr<ScopedJournal> journal;
    std::unique_ptr<ScopedReminders> reminders; ///< what PluginContext::reminders() gives (issue 24)
    std::unique_ptr<ScopedMarks> marks;         ///< what PluginContext::marks() gives (issue 26)
    std::unique_ptr<sdk::PluginContext> context;
    std::unique_ptr<sdk::Plugin> plugin;

    [[nodiscard]] bool isRunning() const { return state == PluginState::Initialized; }
};

class PluginManager final : public QObject, public PayloadPolicy {
    Q_OBJECT
public:
    struct Options {
        QStringList pluginDirs; ///< Folders searched in order; each holds one folder per module.
        /// Of pluginDirs, the ones shipped with Tessera (the bundled modules):
        /// when a module elsewhere reuses the id of one of theirs, only the
        /// newcomer is rejected and the bundled module still loads.
        QStringList bundledDirs;
        QString stateDir;       ///< Safe-mode markers, lock and quarantine.
        QString dataDir;        ///< Per-module data folders are made under <dataDir>/plugins/<id>.
        Profile profile;        ///< Which modules are enabled, and their settings.
        bool demo = false;
        /// profileWarnings() also go to the log, as warnings (off for
        /// `profile check`, which prints them itself).
        bool logProfileWarnings = true;
        /// Each module's journal also adds up the payload bytes it reads
        /// (ScopedJournal::reads()); for the SDK's test harness.
        bool measureReads = false;
        /// How long a call into a module may take: its factory and
        /// initialize() (run on a helper thread; past this the module is
        /// failed and put in safe mode), and every other call (watched by
        /// the hook watchdog). 0: $TESSERA_MODULE_HOOK_TIMEOUT_MS, else
        /// 10,000 ms.
        int hookTimeoutMs = 0;
        /// A module's first refresh asked for with
        /// ModuleBackend::watchJournalAfterStart() waits for
        /// runWaitingRefreshes() (the app: its first frame) or the host's next
        /// call into that module (issue 30). Off: it runs at once.
        bool refreshesWaitForFirstFrame = false;
        /// Told (on the watchdog's thread) when a call other than the start
        /// has run past the limit; tessera-cli prints a message and exits.
        HookWatchdog::HangHandler onHookHang;
    };

    explicit PluginManager(Options options, QObject* parent = nullptr);
    ~PluginManager() override;

    /// Reads every manifest and decides, without running module code, which
    /// modules may load. Safe to call once.
    void discover();
    /// Loads and initialises every accepted module in dependency order, with
    /// a safe-mode marker around each. A failing module never stops the others.
    void loadAll(JournalStore& store);
    /// Calls shutdown() on running modules (dependents first) and destroys them.
    void shutdownAll();

    [[nodiscard]] const std::vector<std::unique_ptr<PluginRecord>>& records() const { return m_records; }
    [[nodiscard]] const PluginRecord* find(const QString& id) const;
    /// Running modules in load order.
    [[nodiscard]] QList<const PluginRecord*> running() const;
    /// Problems with the profile itself, e.g. ids of modules that are not installed.
    [[nodiscard]] QStringList profileWarnings() const { return m_profileWarnings; }
    /// The modules found to have crashed Tessera while loading, since the
    /// last start of any Tessera process (put in safe mode by this start).
    [[nodiscard]] QStringList crashedLastTime() const { return m_crashedLastTime; }
    [[nodiscard]] const SafeMode& safeMode() const { return m_safeMode; }
    [[nodiscard]] const Options& options() const { return m_options; }

    /// The limit in force (see Options::hookTimeoutMs).
    [[nodiscard]] int hookTimeoutMs() const;

    /// The running module's backend() (guarded and watched), or nullptr.
    /// Its waiting first refresh runs first (runWaitingRefreshes()).
    QObject* backendOf(const QString& id) const;
    /// Writing a module's backend keeps but has not saved.
    struct KeptWriting {
        QString page;  ///< one of the module's pages, "" when there is none
        QString entry; ///< the entry that page opens with to give it back, or ""
    };
    /// The page of the running module `id` whose writing its backend keeps
    /// but has not saved (the backend's string property "unsavedWritingPage",
    /// SDK 2.6.1: a check-in begun and left for another page), and the entry
    /// to open it with (the string property "unsavedWritingEntry", SDK 2.6.1:
    /// changes to a finished thought record), read guarded and watched; empty
    /// when there is none, or when the backend names no page of this module.
    KeptWriting keptWriting(const QString& id) const;
    /// Runs every running module's first refresh that waits
    /// (Options::refreshesWaitForFirstFrame), each guarded and watched
    /// ("refresh()"). The app calls it once its first frame is on screen; the
    /// host's calls into a module (its backend, due items, safety-plan
    /// suggestions, sample entries, Done and Skip) run that module's first.
    void runWaitingRefreshes() const;
    /// After the client switches language: every running module's backend
    /// (an sdk::ModuleBackend) reloads what its pages show, guarded and
    /// watched ("refresh()"), so that text it builds in C++ is in the new
    /// language. A first refresh still waiting runs later, in it anyway.
    void refreshForLanguage() const;

    /// Sample entries from every running module, kinds made full, each
    /// validated; invalid ones are dropped with a warning in the log.
    QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const;

    // ---- Things due (SDK 2.1) ----
    /// What the running modules that implement sdk::DueItemSource (found
    /// with dynamic_cast from their Plugin) have due on `day`, in the order
    /// they are shown (sortDueItems()). Each call is guarded and
    /// watched like every call into a module ("dueItems()"): one that throws
    /// gives nothing (logged); one that answers only after the hook limit
    /// gives nothing and is not asked again in this process (logged; if it
    /// never answers, the watchdog records the hang and a killed process
    /// puts the module in safe mode). Items failing dueItemProblem() are
    /// dropped with a warning naming the module and the field (never the
    /// text); past kMaxDueItems the rest of a module's are dropped.
    [[nodiscard]] QList<ModuleDueItem> dueItems(const QDate& day) const;
    /// Whether the running module `id` implements sdk::DueItemSource.
    [[nodiscard]] bool hasDueItems(const QString& id) const;
    // ---- Suggestions for the safety plan (SDK 2.5) ----
    /// One line a module offers for a step of the safety plan.
    struct SafetyPlanSuggestion {
        QString moduleId;
        QString moduleName;
        QString text;
    };
    /// What the running modules that implement sdk::SafetyPlanSource offer
    /// for the plan's step `step` ("copingAlone", "distractions"), module by
    /// module in load order, each line trimmed, without repeats. Guarded and
    /// watched like dueItems() ("safetyPlanSuggestions()"): a module that
    /// throws or answers only after the hook limit offers nothing (logged).
    /// Empty lines and lines over 200 characters are dropped, and past 12 a
    /// module's further lines (logged, never the text).
    [[nodiscard]] QList<SafetyPlanSuggestion> safetyPlanSuggestions(const QString& step) const;
    // ---- Due items done or skipped in one step (SDK 2.3, Today) ----
    /// Records `action` for the item `itemId` of the running module `id` on
    /// `day` (sdk::DueItemActions, found with dynamic_cast beside
    /// DueItemSource). Only for an item the module's dueItems(`day`) returns
    /// now (checked as in dueItems()) with offersDone() (Done) or offersSkip()
    /// (Skip) set; else an error saying why, nothing asked of the module.
    /// Guarded and watched like dueItems() ("actOnDueItem()"): a module that
    /// throws gives an error to show (logged), never a crash. The module's
    /// own error is returned as it is (shown to the client). With `writes`:
    /// what the module wrote for it (JournalWrites), for Today's Undo.
    sdk::Status actOnDueItem(const QString& id, const QDate& day, const QString& itemId,
                             sdk::DueItemActions::Action action, JournalWrites* writes = nullptr) const;
    /// Whether the running module `id` implements sdk::DueItemActions (and DueItemSource).
    [[nodiscard]] bool hasDueItemActions(const QString& id) const;

    // ---- Reports and exports (SDK 2.2) ----
    /// The running module `id`'s own section of a report for `request`
    /// (sdk::ReportSource), tidied by tidyReportSection() (what it drops is
    /// logged, naming the module and the field). std::nullopt when the module
    /// is not running or has no ReportSource, throws, or answers after the
    /// hook limit: the caller then writes the plain section. Guarded and
    /// watched like dueItems() ("reportSection()"); safe to call from a
    /// thread that is not the GUI thread.
    [[nodiscard]] std::optional<sdk::ReportSection> reportSection(const QString& id,
                                                                  const sdk::ReportRequest& request) const;
    /// Whether the running module `id` implements sdk::ReportSource.
    [[nodiscard]] bool hasReportSection(const QString& id) const;
    /// The running module `id`'s FHIR R4 resources for its `entry`
    /// (sdk::FhirSource), each passing fhirResourceProblem(). std::nullopt
    /// when the module is not running, has no FhirSource, returns none,
    /// throws, or gives a resource that breaks the rules (logged, naming the
    /// module and the field): the caller then uses its default mapping.
    /// Guarded like dueItems() ("fhirResources()").
    [[nodiscard]] std::optional<QList<QJsonObject>> fhirResources(const QString& id, const sdk::Entry& entry) const;

    // ---- Module trust (issue 20) ----
    /// Each kind the module's manifest lists under "reads" (other modules'
    /// kinds) and whether it is read; empty for an unknown module.
    [[nodiscard]] QList<ReadPermission> readPermissions(const QString& id) const;
    /// Records the client's answer for these kinds of the module (every kind
    /// it lists under "reads" when `kinds` is empty) in the profile in force
    /// and applies it to the running module at once (its journal reloads).
    /// Returns the kinds answered. Refused, naming the reason, under a locked
    /// profile, for a module that is not installed and for a kind the module
    /// does not list. The caller keeps the answer (UserChoices::answerReads).
    sdk::Result<QStringList> answerReads(const QString& id, const QStringList& kinds, bool allowed);

    // PayloadPolicy
    [[nodiscard]] sdk::Status validate(const sdk::EntryDraft& draft) const override;
    void upgrade(sdk::Entry& entry) const override;
    [[nodiscard]] std::optional<sdk::KindInfo> kindInfo(const QString& fullKind) const override;

signals:
    void stateChanged(const QString& id);
    /// A module called PluginContext::offerSupport() (reason code, never text).
    void supportRequested(const QString& pluginId, const QString& reason, bool urgent);
    /// The client answered about a module's reads (answerReads()).
    void permissionsChanged(const QString& id);
    /// A running module's method threw when it was called (PluginRecord::problem).
    void problemReported(const QString& pluginId, const QString& problem);

private:
    void readFolder(const QString& folder);
    void checkCompatibility(PluginRecord& r) const;
    void rejectDuplicates();
    void applyProfile(PluginRecord& r) const;
    /// Warns of profile settings no module reads: for a module not installed,
    /// or a name its manifest's "settings" does not list.
    void checkProfileSettings();
    /// For a module id the profile names that is not installed: "; did you
    /// mean \"x\"?" with the nearest installed id, else " (installed: ...)".
    [[nodiscard]] QString notInstalledHint(const QString& id) const;
    void checkTrust();
    void resolveDependencies();
    void load(PluginRecord& r, JournalStore& store);
    /// The profile's read consent and write limits, on the module's journal.
    void applyTrust(PluginRecord& r);
    // Liveness (moduleworker.h, hookwatchdog.h, callguard.h): the factory and
    // initialize() on a helper thread with a limit, and what follows a timeout.
    bool createPlugin(PluginRecord& r, sdk::PluginFactory* factory, QList<QObject*>* created);
    bool initializePlugin(PluginRecord& r, QList<QObject*>* created, QString* error, sdk::Status* status);
    void stoppedResponding(PluginRecord& r, PluginStage stage, const QString& hook);
    void warnUncheckedKinds(PluginRecord& r);
    void guardModuleObjects(PluginRecord& r, const void* libraryAddress, const QList<QObject*>& created);
    void reportThrow(const QString& id, const QString& method, const QString& what);
    void setFailed(PluginRecord& r, PluginStage stage, const QString& reason);
    void setRejected(PluginRecord& r, PluginStage stage, const QString& reason) const;
    PluginRecord* findMutable(const QString& id) const;
    /// One module's checked due items (dueItems()); nullopt when it has no
    /// DueItemSource, threw or was too slow (logged).
    std::optional<QList<ModuleDueItem>> moduleDueItems(const PluginRecord& r, const QDate& day) const;

    Options m_options;
    SafeMode m_safeMode;
    std::vector<std::unique_ptr<PluginRecord>> m_records;
    std::vector<PluginRecord*> m_loadOrder;
    QStringList m_profileWarnings;
    QStringList m_crashedLastTime;
    bool m_discovered = false;
    /// Modules that answered dueItems() only after the limit: not asked again.
    mutable QSet<QString> m_dueTooSlow;
    /// First refreshes that wait (Options::refreshesWaitForFirstFrame), by
    /// module; added on the module's start thread. Shared with each module's
    /// context, which a module that stopped responding keeps (leaked) after
    /// the manager has gone.
    struct WaitingRefreshes {
        std::mutex mutex;
        struct Refresh {
            std::function<void()> run;
            bool dueItemsNeedIt = true; ///< false: ModuleBackend::DueItems::WithoutRefresh
        };
        QHash<QString, QList<Refresh>> byModule;
        /// Each module's refresh after a switch of language (Setup::refreshOnLanguage).
        QHash<QString, QList<std::function<void()>>> onLanguage;
        bool firstFrameShown = false; ///< runWaitingRefreshes() has run: nothing waits any more
    };
    std::shared_ptr<WaitingRefreshes> m_waiting = std::make_shared<WaitingRefreshes>();
    /// What the host is about to ask a module for.
    enum class AskingFor { Anything, DueItems };
    /// Runs the module's waiting first refresh, if any (GUI thread only);
    /// for its due items only when they need it.
    void runWaitingRefresh(const PluginRecord& r, AskingFor asking = AskingFor::Anything) const;
    /// backendOf() without running the waiting refresh (the call guard is
    /// installed on it as the module starts).
    QObject* backendAsItStarts(const PluginRecord& r) const;
};

} // namespace tessera::core
