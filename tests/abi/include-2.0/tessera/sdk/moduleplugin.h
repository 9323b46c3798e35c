// Tessera SDK: the usual plugin class (one backend, checks per kind), done once.
#pragma once

#include <tessera/sdk/payloadcheck.h>
#include <tessera/sdk/plugin.h>
#include <tessera/sdk/result.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <type_traits>
#include <utility>

namespace tessera::sdk {

/// A Plugin that owns one backend (the object its pages talk to) and checks
/// payloads kind by kind. Most modules need nothing more: derive from it,
/// name your kinds and their checks in your constructor, and export the
/// class with TESSERA_PLUGIN().
///
/// @code
/// class SleepPlugin final : public tessera::sdk::ModulePlugin<SleepBackend> {
/// public:
///     SleepPlugin()
///     {
///         addKind(QStringLiteral("night"), [](tessera::sdk::PayloadCheck& c) {
///             c.requireDate(QStringLiteral("bedtime")).requireInt(QStringLiteral("quality"), 0, 10);
///         });
///     }
/// };
/// TESSERA_PLUGIN(SleepPlugin)
/// @endcode
///
/// What it does for you:
///  - initialize() makes the backend with makeBackend(), which by default
///    calls `BackendClass(PluginContext&)`; shutdown() destroys it; backend()
///    returns it to the host, which hands it to every page as `backend`.
///  - validatePayload() runs the check you gave addKind() for the kind and
///    schema version, and refuses a kind or a version you gave none for.
///
/// What stays yours, by overriding Plugin's functions as usual:
/// sampleEntries() (demo entries) and upgradePayload() (older schema
/// versions), both optional. To do more at start (read the clinic profile's
/// settings, log), override initialize() and call ModulePlugin::initialize()
/// from it; when the backend's constructor needs more than the context,
/// override makeBackend().
///
/// Header-only: it adds nothing to the SDK library's binary interface and is
/// compiled into your module, so a later SDK changing it never changes a
/// module already built.
///
/// @tparam BackendClass your backend, a QObject (usually a ModuleBackend).
/// @since 2.0
template <class BackendClass>
class ModulePlugin : public Plugin {
    static_assert(std::is_base_of_v<QObject, BackendClass>,
                  "ModulePlugin<BackendClass>: the backend must be a QObject (e.g. derive it from ModuleBackend)");

public:
    /// Starts with no kinds: add them with addKind() in your constructor.
    /// @since 2.0
    ModulePlugin() = default;
    /// Destroys the backend if shutdown() has not. @since 2.0
    ~ModulePlugin() override = default;

    /// Makes the backend with makeBackend(). Fails the module (with a reason
    /// for the catalogue) when makeBackend() returns none. Override it to do
    /// more at start, and call this from yours. @since 2.0
    Status initialize(PluginContext& context) override
    {
        m_backend = makeBackend(context);
        if (!m_backend)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the module made no backend: its backend cannot be made from the "
                                            "context alone, and the module does not override makeBackend()"));
        return {};
    }

    /// Destroys the backend. Override it to stop more, and call this from
    /// yours. @since 2.0
    void shutdown() override { m_backend.reset(); }

    /// The backend from initialize() to shutdown(), else nullptr. @since 2.0
    QObject* backend() override { return m_backend.get(); }

    /// Runs the check addKind() was given for `kind` at `schemaVersion` on
    /// `payload`. A kind no addKind() named fails on the field "kind" (the
    /// manifest declares a kind the module does not check); a version none
    /// was given for fails on "schemaVersion". @since 2.0
    [[nodiscard]] Status validatePayload(const QString& kind, int schemaVersion,
                                         const QJsonObject& payload) const override
    {
        PayloadCheck c(payload);
        const auto versions = m_kinds.constFind(kind);
        if (versions == m_kinds.cend())
            return c.fail(QStringLiteral("kind"), QStringLiteral("unknown kind \"%1\"").arg(kind)).status();
        const auto check = versions->constFind(schemaVersion);
        if (check == versions->cend())
            return makeError(ErrorCode::Validation, QStringLiteral("unknown schema version %1").arg(schemaVersion),
                             QStringLiteral("schemaVersion"));
        (*check)(c);
        return c.status();
    }

protected:
    /// Checks payloads of `kind` (its short name, as in the manifest) at
    /// schema version 1 with `check`, which reports problems through the
    /// PayloadCheck it is given. Call it in your constructor, once for each
    /// kind the manifest declares. @since 2.0
    void addKind(const QString& kind, PayloadCheck::Each check) { addKind(kind, 1, std::move(check)); }

    /// Checks payloads of `kind` written with `schemaVersion` with `check`.
    /// Give the kind's current version (the manifest's "schemaVersion"), and
    /// each older version you still accept from imports and tools; a version
    /// you give no check for is refused. Adding the same kind and version
    /// again replaces the check. @since 2.0
    void addKind(const QString& kind, int schemaVersion, PayloadCheck::Each check)
    {
        m_kinds[kind].insert(schemaVersion, std::move(check));
    }

    /// Makes the backend; called by initialize(). The default returns
    /// `std::make_unique<BackendClass>(context)` when BackendClass has that
    /// constructor, else nullptr. Override it when the backend needs more,
    /// e.g. something read from the clinic profile's settings. @since 2.0
    virtual std::unique_ptr<BackendClass> makeBackend([[maybe_unused]] PluginContext& context)
    {
        if constexpr (std::is_constructible_v<BackendClass, PluginContext&>)
            return std::make_unique<BackendClass>(context);
        else
            return nullptr;
    }

private:
    QHash<QString, QHash<int, PayloadCheck::Each>> m_kinds;
    std::unique_ptr<BackendClass> m_backend;
};

} // namespace tessera::sdk
