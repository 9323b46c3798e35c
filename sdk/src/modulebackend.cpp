#include <tessera/sdk/journal.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/plugincontext.h>
#include "plugincontext_p.h"

#include <QPointer>

namespace tessera::sdk {

struct ModuleBackend::Private {
    explicit Private(PluginContext& c) : context(c) {}
    PluginContext& context;
    QString lastError;
    bool watching = false;
    bool refreshWaits = false; ///< watchJournalAfterStart(): the first refresh has not run yet

    // refresh() after every change to what the module may read (once).
    void watch(ModuleBackend* self)
    {
        if (watching)
            return;
        watching = true;
        QObject::connect(&self->journal(), &Journal::changed, self, [self] {
            self->d->refreshWaits = false;
            self->refresh();
        });
        // A switch of language: reloaded in it (one still waiting for its first refresh runs it later anyway).
        if (const auto& keep = context.d->setup.refreshOnLanguage) {
            keep([backend = QPointer<ModuleBackend>(self)] {
                if (backend && !backend->d->refreshWaits)
                    backend->refresh();
            });
        }
    }
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
    // An error is said again when it happens again (the same save refused twice):
    // a page made after the first one shows only what is reported while it is
    // there (ModulePage), so it must hear the second.
    if (error != d->lastError || !error.isEmpty()) {
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
    d->watch(this);
    d->refreshWaits = false;
    refresh();
}

void ModuleBackend::watchJournalAfterStart() { watchJournalAfterStart(DueItems::AfterRefresh); }

void ModuleBackend::watchJournalAfterStart(DueItems dueItems)
{
    const auto& later = context().d->setup.refreshLater;
    if (!later) {
        watchJournal();
        return;
    }
    d->watch(this);
    d->refreshWaits = true;
    later(
        [backend = QPointer<ModuleBackend>(this)] {
            if (backend && backend->d->refreshWaits) {
                backend->d->refreshWaits = false;
                backend->refresh();
            }
        },
        dueItems == DueItems::AfterRefresh);
}

bool ModuleBackend::firstRefreshWaits() const { return d->refreshWaits; }

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
