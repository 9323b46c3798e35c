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

#include <cstdint>

class QObject;

extern "C" {
/// What TESSERA_PLUGIN() exports as `tessera_plugin_info`: the facts the host
/// checks before it calls anything else in the library. A plain C struct,
/// versioned by size (the OBS way): a later SDK only appends fields, and the
/// host reads no field beyond `size` bytes, so old and new libraries both load.
/// @since 2.0
struct TesseraPluginInfo {
    std::uint32_t size;     ///< sizeof(TesseraPluginInfo) when the library was built.
    std::uint32_t sdkMajor; ///< TESSERA_SDK_VERSION_MAJOR at build time.
    std::uint32_t sdkMinor; ///< TESSERA_SDK_VERSION_MINOR at build time.
    /// The manifest's "id" at build time (tessera_add_plugin() passes it as
    /// TESSERA_PLUGIN_ID): the host refuses a library whose id is not its
    /// manifest's, so plugin.json and the binary cannot drift apart. @since 1.0
    const char* pluginId;
};
}

namespace tessera::sdk {

class PluginContext;

/// What a module is asked for when the host seeds a demo journal.
/// @since 1.0
struct TESSERA_SDK_EXPORT SampleRequest {
    QDateTime now;     ///< "Today" for the demo (UTC).
    int days = 90;     ///< How far back the samples should reach.
    quint32 seed = 1;  ///< Seed for any randomness, so demos are repeatable.
    Extension ext{};     ///< Fields added after 2.0 (see Extension). @since 2.0
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
/// Compatibility: within SDK major 2 this class never changes: no virtual
/// function is added, removed or reordered (its vtable is compiled into
/// every module). New capabilities arrive as new interface classes that a
/// plugin may also inherit, which the host finds at run time with
/// dynamic_cast (see "Compatibility" in the plugin guide).
/// @since 1.0
class TESSERA_SDK_EXPORT Plugin {
public:
    /// Plugins are created by their factory (TESSERA_PLUGIN). @since 1.0
    Plugin();
    /// Called by the host after shutdown(). @since 1.0
    virtual ~Plugin();
    Plugin(const Plugin&) = delete;
    Plugin& operator=(const Plugin&) = delete;

    /// Required. Called once, after loading. Keep the context; it outlives
    /// the plugin's use of it. Return an error to fail the module (its pages
    /// are then not shown, and the catalogue says why). @since 1.0
    virtual Status initialize(PluginContext& context) = 0;

    /// Optional. Called once before the object is destroyed. Stop timers,
    /// drop references to the journal. @since 1.0
    virtual void shutdown();

    /// Optional. The object the module's QML pages talk to: it is given to
    /// every page as its `backend` property. Owned by the plugin (the host
    /// marks it C++-owned, so QML never deletes it); must live until
    /// shutdown(). nullptr when the module has no pages. @since 1.0
    virtual QObject* backend();

    /// Required. Checks a payload the module is about to store. Called by the
    /// host on every add and update of the module's kinds, whoever writes
    /// them (the module, an import, tessera-cli). Return ErrorCode::Validation
    /// with the field (JSON path) and a reason a person can act on.
    /// `kind` is the short kind name. @since 1.0
    [[nodiscard]] virtual Status validatePayload(const QString& kind, int schemaVersion,
                                                 const QJsonObject& payload) const = 0;

    /// Optional. Brings a payload stored with an older schema version of
    /// `kind` up to `toVersion` (the manifest's current version). The host
    /// calls it when the module reads such an entry; the stored entry is
    /// rewritten only when next saved. The default refuses. @since 1.0
    [[nodiscard]] virtual Result<QJsonObject> upgradePayload(const QString& kind, int fromVersion,
                                                             int toVersion,
                                                             const QJsonObject& payload) const;

    /// Optional. Entries that look like a few months of real use, for
    /// `tessera --demo`. They go through validatePayload like any write. @since 1.0
    [[nodiscard]] virtual QList<EntryDraft> sampleEntries(const SampleRequest& request) const;
};

/// The factory's signature, exported as "tessera_plugin_create": returns a
/// new plugin object, which the host owns. @since 2.0
using PluginFactory = Plugin*();
/// The signature of "tessera_plugin_info". @since 2.0
using PluginInfoFunction = const TesseraPluginInfo*();

/// Names of the plain C functions TESSERA_PLUGIN() exports. @since 2.0
inline constexpr const char* kInfoSymbol = "tessera_plugin_info";
/// @copydoc kInfoSymbol
inline constexpr const char* kFactorySymbol = "tessera_plugin_create";
/// What libraries built with SDK 1.x exported instead; the host names the
/// SDK they need rather than failing on a missing symbol. @since 2.0
inline constexpr const char* kSdk1Symbol = "tessera_plugin_abi";

} // namespace tessera::sdk

/// Marks the two entry points visible in a library built with hidden
/// symbols (tessera_add_plugin() builds modules that way). @since 2.0
#define TESSERA_PLUGIN_ENTRY extern "C" __attribute__((visibility("default")))

/// Exports a plugin class from its library as two plain `extern "C"`
/// functions: `tessera_plugin_info()` (the SDK version the library is built
/// with and its module id, TesseraPluginInfo) and `tessera_plugin_create()`,
/// which makes one `PluginClass` with `new`. Use once per library, at global
/// scope in a .cpp file. The module id comes from TESSERA_PLUGIN_ID, which
/// tessera_add_plugin() defines from the manifest. @since 1.0
#define TESSERA_PLUGIN(PluginClass)                                                              \
    TESSERA_PLUGIN_ENTRY const ::TesseraPluginInfo* tessera_plugin_info(void)                    \
    {                                                                                            \
        static const ::TesseraPluginInfo info{sizeof(::TesseraPluginInfo),                       \
                                              TESSERA_SDK_VERSION_MAJOR,                         \
                                              TESSERA_SDK_VERSION_MINOR, TESSERA_PLUGIN_ID};     \
        return &info;                                                                            \
    }                                                                                            \
    TESSERA_PLUGIN_ENTRY ::tessera::sdk::Plugin* tessera_plugin_create(void)                     \
    {                                                                                            \
        return new PluginClass();                                                                \
    }
