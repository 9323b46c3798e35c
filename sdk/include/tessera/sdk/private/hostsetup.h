// Tessera SDK, host side only (not installed): what the host fills in to
// make a module's PluginContext and Logger. Modules never see this header;
// it may change in any release (the ABI check leaves out tessera::sdk::host
// and PluginContext::Setup, see sdk/abi/suppressions.ini).
#pragma once

#include <tessera/sdk/logger.h>
#include <tessera/sdk/plugincontext.h>

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tessera::sdk {

class Journal;
class Reminders;
class Marks;

struct PluginContext::Setup {
    QString pluginId;            ///< The module's id.
    Journal* journal = nullptr;  ///< The module's scoped journal.
    QJsonObject settings;        ///< From the clinic profile.
    Logger logger;               ///< "plugin.<id>" (host::makeLogger); silent when default.
    QString hostVersion;         ///< The host's version.
    QString dataDir;             ///< The module's private folder.
    bool demo = false;           ///< A throw-away demo journal.
    /// Shows the support notice (reason, urgent); nothing when empty.
    std::function<void(const QString& reason, bool urgent)> offerSupport;
    /// The module's reminders (host-owned; never null for a running module).
    Reminders* reminders = nullptr;
    /// The entries marked for the module (host-owned; never null for a running module).
    Marks* marks = nullptr;
    /// Keeps a first refresh asked for with ModuleBackend::watchJournalAfterStart()
    /// (issue 30): the host calls `refresh` once its first frame is on screen, or
    /// before it next asks the module for anything, whichever comes first. May be
    /// called on the module's start thread. Empty: the refresh runs at once.
    /// `dueItemsNeedIt`: false when the module's due items answer without it
    /// (ModuleBackend::DueItems::WithoutRefresh): asking for them does not run it.
    std::function<void(std::function<void()> refresh, bool dueItemsNeedIt)> refreshLater;
    /// Keeps the refresh of a backend that watches the journal
    /// (ModuleBackend::watchJournal(), watchJournalAfterStart()): the host
    /// calls `refresh` after the client switches language, so that what the
    /// module's pages show from C++ is in the new language. May be called on
    /// the module's start thread. Empty: no refresh on a switch.
    std::function<void(std::function<void()> refresh)> refreshOnLanguage;
};

namespace host {

/// Writes one message; called only for levels `enabled` accepts.
using LogWriter = std::function<void(Logger::Level level, const QString& message)>;
/// Whether a level is written.
using LogFilter = std::function<bool(Logger::Level level)>;

/// A Logger named `name` that hands messages to `write` (the host wraps its
/// spdlog logger; the SDK itself links no logging library).
TESSERA_SDK_EXPORT Logger makeLogger(const QString& name, LogWriter write, LogFilter enabled);

} // namespace host
} // namespace tessera::sdk
