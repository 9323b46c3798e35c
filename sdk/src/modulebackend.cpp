#include <tessera/sdk/journal.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/plugincontext.h>

namespace tessera::sdk {

ModuleBackend::ModuleBackend(PluginContext& context, QObject* parent) : QObject(parent), m_context(context) {}

ModuleBackend::~ModuleBackend() = default;

bool ModuleBackend::report(const QString& error)
{
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged();
    }
    return error.isEmpty();
}

bool ModuleBackend::remove(const QString& id)
{
    const Status s = m_context.journal().remove(id);
    return report(s.ok() ? QString() : s.error().toString());
}

bool ModuleBackend::restore(const QString& id)
{
    const Status s = m_context.journal().restore(id);
    return report(s.ok() ? QString() : s.error().toString());
}

} // namespace tessera::sdk
