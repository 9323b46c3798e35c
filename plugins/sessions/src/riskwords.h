// Words in what the client writes that can be a sign of risk.
#pragma once

#include <QString>

namespace tessera::sessions {

/// Whether `text` has words that can be a sign of risk (thoughts of suicide
/// or self-harm, wanting to die); the module then offers support, gently
/// (PluginContext::offerSupport, reason "risk-words"). A sign, not a verdict.
bool mentionsRisk(const QString& text);

} // namespace tessera::sessions
