// Tessera SDK: the interface every module implements, and TESSERA_PLUGIN().
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/export.h>
#include <tessera/sdk/result.h>
#include <tessera/sdk/version.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <boost/dll/alias.hpp>

class QObject;

namespace tessera::sdk {

class PluginContext;

/// The SDK version a plugin library was compiled against, exported by
/// TESSERA_PLUGIN() and checked by the host before anything else is called.
struct AbiVersion {
    int major; ///< TESSERA_SDK_VERSION_MAJOR at build time.
    int minor; ///< TESSERA_SDK_VERSION_MINOR at build time.
};

/// What a module is asked for when the host seeds a demo journal.
struct SampleRequest {
    QDateTime now;     ///< "Today" for the demo (UTC).
    int days = 90;     ///< How far back the samples should reach.
    quint32 seed = 1;  ///< Seed for any randomness, so demos are repeatable.
};

/// A therapy module. Implement this, then export it with TESSERA_PLUGIN(YourClass)
/// in exactly one .cpp file of the library.
///
/// Lifecycle (the host's state machine): the manifest is read (discovered),
/// checked (rejected, or accepted), the library is loaded and the factory
/// called (loaded), then initialize() (initialized). shutdown() is called
/// before the object is destroyed; the library stays mapped until the
/// process exits.
///
/// Every call from the host is guarded: an exception thrown out of any
/// method marks the module as failed with the exception's message; the host
/// and other modules carry on. Prefer returning errors to throwing.
///
/// Compatibility: within SDK major 1 this class never changes its virtual
/// functions. New capabilities arrive as new interface classes that a plugin
/// may also inherit, found by the host with dynamic_cast.
class TESSERA_SDK_EXPORT Plugin {
public:
    /// Plugins are created by their factory (TESSERA_PLUGIN).
    Plugin();
    /// Called by the host after shutdown().
    virtual ~Plugin();
    Plugin(const Plugin&) = delete;
    Plugin& operator=(const Plugin&) = delete;

    /// Required. Called once, after loading. Keep the context; it outlives
    /// the plugin's use of it. Return an error to fail the module (its pages
    /// are then not shown, and the catalogue says why).
    virtual Status initialize(PluginContext& context) = 0;

    /// Optional. Called once before the object is destroyed. Stop timers,
    /// drop references to the journal.
    virtual void shutdown();

    /// Optional. The object the module's QML pages talk to: it is given to
    /// every page as its `backend` property. Owned by the plugin (the host
    /// marks it C++-owned, so QML never deletes it); must live until
    /// shutdown(). nullptr when the module has no pages.
    virtual QObject* backend();

    /// Required. Checks a payload the module is about to store. Called by the
    /// host on every add and update of the module's kinds, whoever writes
    /// them (the module, an import, tessera-cli). Return ErrorCode::Validation
    /// with the field (JSON path) and a reason a person can act on.
    /// `kind` is the short kind name.
    [[nodiscard]] virtual Status validatePayload(const QString& kind, int schemaVersion,
                                                 const QJsonObject& payload) const = 0;

    /// Optional. Brings a payload stored with an older schema version of
    /// `kind` up to `toVersion` (the manifest's current version). The host
    /// calls it when the module reads such an entry; the stored entry is
    /// rewritten only when next saved. The default refuses.
    [[nodiscard]] virtual Result<QJsonObject> upgradePayload(const QString& kind, int fromVersion,
                                                             int toVersion,
                                                             const QJsonObject& payload) const;

    /// Optional. Entries that look like a few months of real use, for
    /// `tessera --demo`. They go through validatePayload like any write.
    [[nodiscard]] virtual QList<EntryDraft> sampleEntries(const SampleRequest& request) const;
};

/// The plugin factory's signature, exported as "tessera_plugin_factory".
/// Returns a new object; the host owns it.
using PluginFactory = Plugin*();

/// Names of the symbols TESSERA_PLUGIN() exports.
inline constexpr const char* kAbiSymbol = "tessera_plugin_abi";
inline constexpr const char* kFactorySymbol = "tessera_plugin_factory";

} // namespace tessera::sdk

/// Exports a plugin class from its library: the SDK version the library is
/// built with (tessera_plugin_abi) and a factory (tessera_plugin_factory)
/// that creates one `PluginClass` with `new`. Use once per library, at
/// namespace scope in a .cpp file.
#define TESSERA_PLUGIN(PluginClass)                                                              \
    namespace tessera_plugin_exports {                                                           \
    static ::tessera::sdk::Plugin* createPlugin()                                                \
    {                                                                                            \
        return new PluginClass();                                                                \
    }                                                                                            \
    static const ::tessera::sdk::AbiVersion abiVersion{TESSERA_SDK_VERSION_MAJOR,                \
                                                       TESSERA_SDK_VERSION_MINOR};               \
    }                                                                                            \
    BOOST_DLL_ALIAS(tessera_plugin_exports::createPlugin, tessera_plugin_factory)                \
    BOOST_DLL_ALIAS(tessera_plugin_exports::abiVersion, tessera_plugin_abi)
