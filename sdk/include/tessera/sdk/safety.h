// Tessera SDK: what every module shares about risk and the safety plan.
#pragma once

#include <tessera/sdk/export.h>

#include <QString>
#include <QStringList>

namespace tessera::sdk {

/// Whether `text` contains a plain phrase that may be a sign of risk
/// ("suicide", "hurt myself", "better off without me", "can't go on"...),
/// matched on whole words in any case. One list, kept by the SDK, so every
/// module that reads what the client writes offers support on the same
/// words: call PluginContext::offerSupport() with your own code (never the
/// words) when it answers true. A helper, not a judgement: nothing is
/// interpreted or stored. @since 2.5
[[nodiscard]] TESSERA_SDK_EXPORT bool mentionsRisk(const QString& text);

/// A module that keeps things the client can draw on for their safety plan
/// (for example a list of what helps them cope) implements this as well as
/// Plugin:
///
/// @code
/// class CopingPlugin final : public tessera::sdk::ModulePlugin<CopingBackend>,
///                            public tessera::sdk::SafetyPlanSource {
///     QStringList safetyPlanSuggestions(const QString& step) const override;
/// };
/// @endcode
///
/// The safety plan belongs to the host and is there under every profile;
/// its page shows a module's suggestions under the step they are for, each
/// with "Add", and the client chooses: nothing is added by itself. The host
/// finds the interface at run time (dynamic_cast from Plugin), asks on the
/// GUI thread when the plan's page opens, guarded and timed like every
/// module call, and shows at most 12 suggestions of at most 200 characters
/// per module and step (longer ones are dropped, the log naming the module).
/// Answer from what the backend already holds.
/// @since 2.5
class TESSERA_SDK_EXPORT SafetyPlanSource {
public:
    /// @since 2.5
    SafetyPlanSource();
    /// @since 2.5
    virtual ~SafetyPlanSource();
    SafetyPlanSource(const SafetyPlanSource&) = delete;
    SafetyPlanSource& operator=(const SafetyPlanSource&) = delete;

    /// Lines the client may add to the plan's step `step`, in the order to
    /// show them: "copingAlone" (things I can do on my own) or
    /// "distractions" (people and places that take my mind off things);
    /// later hosts may ask about other steps, so answer none for a step you
    /// do not know. @since 2.5
    [[nodiscard]] virtual QStringList safetyPlanSuggestions(const QString& step) const = 0;
};

} // namespace tessera::sdk
