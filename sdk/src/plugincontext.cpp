#include <tessera/sdk/plugincontext.h>
#include "plugincontext_p.h"
#include <tessera/sdk/private/hostsetup.h>
#include <tessera/sdk/marks.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/version.h>

namespace tessera::sdk {

PluginContext::PluginContext(const Setup& setup) : d(std::make_unique<Private>())
{
    d->setup = setup;
}

PluginContext::~PluginContext() = default;

QString PluginContext::pluginId() const { return d->setup.pluginId; }
Journal& PluginContext::journal() const { return *d->setup.journal; }
QJsonObject PluginContext::settings() const { return d->setup.settings; }
const Logger& PluginContext::logger() const { return d->setup.logger; }
QString PluginContext::hostVersion() const { return d->setup.hostVersion; }
QString PluginContext::sdkVersion() const { return QStringLiteral(TESSERA_SDK_VERSION_STRING); }
QString PluginContext::dataDir() const { return d->setup.dataDir; }
bool PluginContext::isDemo() const { return d->setup.demo; }

void PluginContext::offerSupport(const QString& reason, SupportLevel level) const
{
    if (d->setup.offerSupport)
        d->setup.offerSupport(reason, level == SupportLevel::Urgent);
}

Reminders& PluginContext::reminders() const
{
    // A host always sets it for a running module; a missing one is a host bug.
    Q_ASSERT(d->setup.reminders);
    return *d->setup.reminders;
}

Marks& PluginContext::marks() const
{
    Q_ASSERT(d->setup.marks);
    return *d->setup.marks;
}

} // namespace tessera::sdk
