#pragma once

#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/moduleplugin.h>

namespace @NAMESPACE@ {

/// What the module's page talks to: `backend` in MainPage.qml. ModuleBackend
/// gives it `lastError` (why the last save was refused), remove()/restore()
/// for delete with undo, and refresh() after every change to the journal.
class Backend : public tessera::sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)
public:
    explicit Backend(tessera::sdk::PluginContext& context);
    /// How many notes the journal holds.
    [[nodiscard]] int count() const;
    /// Saves a note with a mood 0-10: a new one when `id` is "", else the
    /// note opened from the timeline, edited. Returns the entry id or ""
    /// (see lastError).
    Q_INVOKABLE QString save(const QString& id, const QString& text, int mood);
    /// The note `id` as the page shows it: {text, mood (-1: none)}; empty
    /// (and lastError says why) when it cannot be read.
    Q_INVOKABLE QVariantMap load(const QString& id);
signals:
    void changed();
protected:
    /// Called now and after every change to the journal (watchJournal()).
    void refresh() override;
    /// ModuleBackend::save(id, draft): adds, or updates an entry you edit.
    using ModuleBackend::save;
};

/// The module: its backend, and how each kind's payload is checked.
/// ModulePlugin makes the Backend at start and destroys it at shutdown.
class @CLASS@ final : public tessera::sdk::ModulePlugin<Backend> {
public:
    @CLASS@();
    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;
};

} // namespace @NAMESPACE@
