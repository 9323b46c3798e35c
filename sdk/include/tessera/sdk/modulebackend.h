// Tessera SDK: a base for the object a module's QML pages talk to.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/export.h>
#include <tessera/sdk/journal.h>
#include <tessera/sdk/logger.h>
#include <tessera/sdk/plugincontext.h>
#include <tessera/sdk/result.h>

#include <QObject>
#include <QString>

#include <memory>

namespace tessera::sdk {

/// What every module backend needs and pages rely on: a `lastError` property
/// (the reason the last action was refused, "" after one that worked), soft
/// delete with undo, saving an edit, and a refresh whenever the journal
/// changes. Derive from it, return your object from Plugin::backend(), and
/// call report() after each action your pages invoke.
///
/// @code
/// SleepBackend::SleepBackend(PluginContext& context) : ModuleBackend(context)
/// {
///     watchJournal();        // refresh() now, and after every change
/// }
/// bool SleepBackend::saveNight(const QString& id, int hours)
/// {
///     EntryDraft d;            // for an edit, an invalid occurredAt keeps its time
///     d.kind = "night"; d.title = tr("%n hours", "", hours);
///     d.payload = {{"hours", hours}};
///     return report(save(id, d).status());
/// }
/// @endcode
///
/// Its size never changes (QObject and one pointer); no virtual function is
/// added in 2.x.
/// @since 1.0
class TESSERA_SDK_EXPORT ModuleBackend : public QObject {
    Q_OBJECT
    /// Why the last action was refused, ready to show; "" when it worked. @since 1.0
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    /// `context` must outlive the backend (it does when the plugin owns both).
    /// @since 1.0
    explicit ModuleBackend(PluginContext& context, QObject* parent = nullptr);
    /// @since 1.0
    ~ModuleBackend() override;

    /// The lastError property. @since 1.0
    [[nodiscard]] QString lastError() const;

    /// Soft-deletes one of the module's entries; restore() undoes it.
    /// Returns false (with lastError) when the journal refuses. @since 1.0
    Q_INVOKABLE bool remove(const QString& id);
    /// Brings back a deleted entry. @since 1.0
    Q_INVOKABLE bool restore(const QString& id);

signals:
    /// lastError changed. @since 1.0
    void lastErrorChanged();

protected:
    /// The context the module was initialised with. @since 2.0
    [[nodiscard]] PluginContext& context() const;
    /// context().journal(). @since 2.0
    [[nodiscard]] Journal& journal() const;
    /// context().logger(). @since 2.0
    [[nodiscard]] const Logger& logger() const;

    /// Sets lastError ("" clears it); returns whether it is empty. @since 1.0
    bool report(const QString& error);
    /// Clears lastError when `status` is ok, else sets it to the error's
    /// "field: message"; returns status.ok(). @since 2.0
    bool report(const Status& status);

    /// Adds `draft` when `id` is empty, else updates that entry. For an
    /// edit, an invalid draft.occurredAt keeps the entry's own time and
    /// offset (it is not moved to the moment of the edit). Does not report:
    /// pass the result to report() or map its error to your own words.
    /// @since 2.0
    Result<Entry> save(const QString& id, const EntryDraft& draft);

    /// Calls refresh() now and again after every change to what the module
    /// may read (Journal::changed: once per burst, on the next turn of the
    /// event loop). Call it at the end of your constructor. @since 2.0
    void watchJournal();
    /// Like watchJournal(), but the first refresh() waits until the app's
    /// first frame is on screen, or until the host next asks the module for
    /// anything (its pages' backend, due items, safety-plan suggestions,
    /// sample entries), whichever comes first; where the host does not wait
    /// (tessera-cli, PluginHarness), it runs at once. For a module whose
    /// pages are not on the first screen and that has no due items: its start
    /// then costs the app's first frame nothing. A change to the journal
    /// before then refreshes at once, as with watchJournal(). Call it at the
    /// end of your constructor instead of watchJournal(). @since 2.6
    void watchJournalAfterStart();
    /// What a module's dueItems() need of its first refresh() when that
    /// refresh waits (watchJournalAfterStart()). @since 2.6
    enum class DueItems {
        /// They read what refresh() fills in: the host runs the waiting
        /// refresh before it asks for them (as watchJournalAfterStart()). @since 2.6
        AfterRefresh,
        /// They answer rightly before it too, for any day, past ones
        /// included (they read the journal themselves for a day refresh()
        /// has not covered): the host asks for them (Today, the timeline's
        /// Due list, Coming up) without running it. @since 2.6
        WithoutRefresh,
    };
    /// Like watchJournalAfterStart(). With DueItems::WithoutRefresh a module
    /// with due items starts without its first refresh as well: Today asks
    /// for its due items and the refresh still waits for the first frame,
    /// with everything else it does (bringing the module's reminders up to
    /// date, say; the host runs it before its reminders start). Its pages'
    /// backend, Done and Skip, safety-plan suggestions and sample entries run
    /// it first, as before. What dueItems() need that a one-day read cannot
    /// give, read in the constructor after this call, and only when
    /// firstRefreshWaits() (where nothing waits, tessera-cli and
    /// PluginHarness, refresh() runs inside this call). @since 2.6
    void watchJournalAfterStart(DueItems dueItems);
    /// Whether the first refresh() asked for with watchJournalAfterStart()
    /// has not run yet: false where nothing waits, and once it has run (at
    /// the first frame, before a call that needs it, or after a change to the
    /// journal). @since 2.6
    [[nodiscard]] bool firstRefreshWaits() const;
    /// Reloads what the pages show; called by watchJournal(), after every
    /// change to the journal, and (since 2.6.1) after the client switches
    /// language, so that text built here is in the new one. The default
    /// does nothing. @since 2.0
    virtual void refresh();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera::sdk
