// Tessera SDK: what the host hands a module when it starts.
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/logger.h>

#include <QJsonObject>
#include <QString>

#include <memory>

namespace tessera::sdk {

class Journal;
class Reminders;
class Marks;

/// Everything a module gets from the host, passed to Plugin::initialize().
/// The context and everything it returns stay valid until Plugin::shutdown()
/// has returned. Only the host constructs contexts. @since 1.0
class TESSERA_SDK_EXPORT PluginContext {
public:
    /// What the host fills in (tessera/sdk/private/hostsetup.h, not
    /// installed). Not for plugins. @since 2.0
    struct Setup;

    /// How firmly offerSupport() asks. @since 1.1
    enum class SupportLevel {
        Gentle, ///< at most once a day for the same reason
        Urgent, ///< every time (e.g. an answer about thoughts of self-harm)
    };

    /// Made by the host before Plugin::initialize(). @since 2.0
    explicit PluginContext(const Setup& setup);
    ~PluginContext();
    PluginContext(const PluginContext&) = delete;
    PluginContext& operator=(const PluginContext&) = delete;

    /// This module's id, as in its manifest. @since 1.0
    [[nodiscard]] QString pluginId() const;
    /// The journal, scoped to this module's kinds (see Journal). @since 1.0
    [[nodiscard]] Journal& journal() const;
    /// This module's settings from the clinic profile ("settings": {"<id>": {...}});
    /// an empty object when the profile sets none. Validate what you read. @since 1.0
    [[nodiscard]] QJsonObject settings() const;
    /// The module's logger, named "plugin.<id>" (copy it to keep it). Log
    /// what happened, never what the client wrote. @since 2.0
    [[nodiscard]] const Logger& logger() const;
    /// The host application's version, "major.minor.patch". @since 1.0
    [[nodiscard]] QString hostVersion() const;
    /// The SDK version the host runs, "major.minor.patch". @since 1.0
    [[nodiscard]] QString sdkVersion() const;
    /// A folder only this module writes to (created by the host), for caches
    /// and files that are not journal entries. @since 1.0
    [[nodiscard]] QString dataDir() const;
    /// True when the host runs a throw-away demo journal. @since 1.0
    [[nodiscard]] bool isDemo() const;

    /// Call when the module sees a sign of risk (an answer, a word, a very
    /// low mood): the host shows a calm notice, whatever the clinic profile,
    /// offering "Look at my safety plan" and "Who can I contact now". Never
    /// blocks and never fails. `reason` is a short code the module chooses,
    /// 1-40 lowercase letters, digits or '-' (e.g. "low-mood"); never the
    /// client's words, because the host records that support was offered,
    /// with the date and this code, for the clinician's report. Gentle offers
    /// are shown at most once a day for the same module and reason; urgent
    /// ones every time. @since 1.1
    void offerSupport(const QString& reason, SupportLevel level = SupportLevel::Gentle) const;
    /// This module's reminders (tessera/sdk/reminders.h): the host stores
    /// and fires them. @since 2.3
    [[nodiscard]] Reminders& reminders() const;
    /// The entries the client marked for this module (tessera/sdk/marks.h).
    /// @since 2.4
    [[nodiscard]] Marks& marks() const;

private:
    friend class ModuleBackend; // reads what the host set up (Setup::refreshLater)
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera::sdk
