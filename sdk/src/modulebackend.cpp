#include <tessera/sdk/journal.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/plugincontext.h>

namespace tessera::sdk {

struct ModuleBackend::Private {
    explicit Private(PluginContext& c) : context(c) {}
    PluginContext& context;
    QString lastError;
    bool watching = false;
};

ModuleBackend::ModuleBackend(PluginContext& context, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(context))
{
}

ModuleBackend::~ModuleBackend() = default;

QString ModuleBackend::lastError() const { return d->lastError; }
PluginContext& ModuleBackend::context() const { return d->context; }
Journal& ModuleBackend::journal() const { return d->context.journal(); }
const Logger& ModuleBackend::logger() const { return d->context.logger(); }

bool ModuleBackend::report(const QString& error)
{
    if (error != d->lastError) {
        d->lastError = error;
        emit lastErrorChanged();
    }
    return error.isEmpty();
}

bool ModuleBackend::report(const Status& status)
{
    return report(status.ok() ? QString() : status.error().toString());
}

Result<Entry> ModuleBackend::save(const QString& id, const EntryDraft& draft)
{
    return id.isEmpty() ? journal().add(draft) : journal().update(id, draft);
}

void ModuleBackend::watchJournal()
{
    if (!d->watching) {
        d->watching = true;
        connect(&journal(), &Journal::changed, this, [this] { refresh(); });
    }
    refresh();
}

void ModuleBackend::refresh() {}

bool ModuleBackend::remove(const QString& id)
{
    return report(journal().remove(id));
}

bool ModuleBackend::restore(const QString& id)
{
    return report(journal().restore(id));
}

} // namespace tessera::sdk
