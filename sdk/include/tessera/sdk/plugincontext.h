// Tessera SDK: what the host hands a module when it starts.
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/qstringformatter.h>

#include <QJsonObject>
#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace tessera::sdk {

class Journal;

/// Everything a module gets from the host, passed to Plugin::initialize().
/// The context and everything it returns stay valid until Plugin::shutdown()
/// has returned. Only the host constructs contexts.
class TESSERA_SDK_EXPORT PluginContext {
public:
    /// What the host fills in. Not for plugins.
    struct Setup {
        QString pluginId;                       ///< The module's id.
        Journal* journal = nullptr;             ///< The module's scoped journal.
        QJsonObject settings;                   ///< From the clinic profile.
        std::shared_ptr<spdlog::logger> logger; ///< "plugin.<id>"; a silent one when null.
        QString hostVersion;                    ///< The host's version.
        QString dataDir;                        ///< The module's private folder.
        bool demo = false;                      ///< A throw-away demo journal.
    };

    /// Made by the host before Plugin::initialize().
    explicit PluginContext(Setup setup);
    ~PluginContext();
    PluginContext(const PluginContext&) = delete;
    PluginContext& operator=(const PluginContext&) = delete;

    /// This module's id, as in its manifest.
    [[nodiscard]] QString pluginId() const;
    /// The journal, scoped to this module's kinds (see Journal).
    [[nodiscard]] Journal& journal() const;
    /// This module's settings from the clinic profile ("settings": {"<id>": {...}});
    /// an empty object when the profile sets none. Validate what you read.
    [[nodiscard]] QJsonObject settings() const;
    /// The module's logger, named "plugin.<id>". Log what happened, never
    /// what the client wrote.
    [[nodiscard]] spdlog::logger& logger() const;
    /// Shared pointer to the same logger, for objects that outlive a call.
    [[nodiscard]] std::shared_ptr<spdlog::logger> loggerPtr() const;
    /// The host application's version, "major.minor.patch".
    [[nodiscard]] QString hostVersion() const;
    /// The SDK version the host runs, "major.minor.patch".
    [[nodiscard]] QString sdkVersion() const;
    /// A folder only this module writes to (created by the host), for caches
    /// and files that are not journal entries.
    [[nodiscard]] QString dataDir() const;
    /// True when the host runs a throw-away demo journal.
    [[nodiscard]] bool isDemo() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera::sdk
