// Tessera SDK test helpers: run one module for real in a test.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugin.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/result.h>
#include <tessera/sdk/testing/export.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlEngine;

namespace tessera::sdk::testing {

/// Loads the module built in `pluginFolder` (the folder holding plugin.json
/// and lib<id>.so, as tessera_add_plugin() lays it out) through the host's
/// real plugin manager, on a real journal file in a temporary folder that is
/// deleted with the harness. Use it from GoogleTest or Qt Quick Test; a
/// Qt application object must exist first.
///
/// @code
/// tessera::sdk::testing::PluginHarness h(QStringLiteral(SLEEP_DIARY_PLUGIN_DIR));
/// ASSERT_TRUE(h.ok()) << h.error().toStdString();
/// auto saved = h.journal().add(draft);   // validated by the module, as in the app
/// @endcode
///
/// Link with Tessera::SdkTesting (installed with the SDK).
/// @since 1.0
class TESSERA_SDK_TESTING_EXPORT PluginHarness {
public:
    /// Loads and initialises the module. `settings` plays the clinic
    /// profile's settings for it; `extraPluginFolders` holds modules it
    /// depends on. @since 1.0
    explicit PluginHarness(const QString& pluginFolder, const QJsonObject& settings = {},
                           const QStringList& extraPluginFolders = {});
    ~PluginHarness();
    PluginHarness(const PluginHarness&) = delete;
    PluginHarness& operator=(const PluginHarness&) = delete;

    /// Whether the module is running, with nothing its author should fix:
    /// since 2.6.1 also false (error() says what) when plugin.json has a key
    /// the host does not know (it is ignored; keys starting with "$" are for
    /// tools) or a kind of the manifest gets no check from the module's code
    /// (every save of it is refused). When not, error() says why, as
    /// `tessera-cli plugins list` and `plugins show` would. @since 1.0
    [[nodiscard]] bool ok() const;
    /// The state and reason when the module did not start, else "". @since 1.0
    [[nodiscard]] QString error() const;
    /// The module's id from its manifest. @since 1.0
    [[nodiscard]] QString pluginId() const;
    /// The plugin object; only valid when ok(). @since 1.0
    [[nodiscard]] Plugin& plugin() const;
    /// The module's backend object (what its pages get), or nullptr. @since 1.0
    [[nodiscard]] QObject* backend() const;
    /// The journal scoped to the module, as its pages and backend see it. @since 1.0
    [[nodiscard]] Journal& journal() const;
    /// Writes an entry of any kind straight to the journal (validated by the
    /// owning module when it is loaded), e.g. another module's entries that
    /// this one reads. Kinds are full names here. @since 1.0
    Result<Entry> addAsHost(const EntryDraft& draft);
    /// Writes many entries at once, in one transaction, each validated as
    /// addAsHost() does: for generating a large journal before restart().
    /// Short kind names mean this module's own kinds; a full name of a
    /// module that is not loaded is stored without validation. Nothing is
    /// written when one is refused (the message names it, counting from 1).
    /// Returns how many were stored.
    /// @since 1.2
    Result<int> addManyAsHost(const QList<EntryDraft>& drafts);
    /// Counts of what went through the module's journal (see reads()).
    /// @since 1.2
    struct Reads {
        /// Entries returned by get(), query() and all() (all(q, max) reads at
        /// most max), history() (the entry and each revision), and the entries
        /// link() and links() look up. count() and aggregate() read none. @since 1.2
        qint64 entries = 0;
        qint64 payloadBytes = 0; ///< the size of their payloads as compact JSON ("{}" when not asked for)
        qint64 aggregates = 0;   ///< Journal::aggregate() calls
    };
    /// What the module has read through its journal since it last started
    /// (or resetReads()): its own reads, its pages' and the test's through
    /// journal(), all alike. Events already posted are processed first, so a
    /// first refresh queued at start (a 0 ms timer, Journal::changed) is
    /// counted; work on a longer timer or another thread is not.
    /// @since 1.2
    [[nodiscard]] Reads reads() const;
    /// Processes posted events, then counts again from zero (e.g. before a
    /// page asks for more).
    /// @since 1.2
    void resetReads();
    /// The support the module offered (PluginContext::offerSupport), oldest
    /// first: "reason", or "reason (urgent)". QML tests: journalProbe.supportOffers().
    /// @since 1.1
    [[nodiscard]] QStringList supportOffers() const;
    /// The reminders the module has scheduled (PluginContext::reminders()),
    /// as the host stored them, by id. QML tests: journalProbe.reminders()
    /// (a list of objects as in the stored form: id, title, page, start,
    /// time, repeat, ...). @since 2.3
    [[nodiscard]] QList<Reminder> reminders() const;
    /// The temporary data folder (journal, the module's own data folder). @since 1.0
    [[nodiscard]] QString dataDir() const;
    /// Stops the module and starts it again on the same journal (to test
    /// drafts and state that must survive a restart, and what a start reads:
    /// see reads()). journal(), backend() and what exposeTo() set refer to
    /// the stopped module afterwards: ask for them again. @since 1.0
    void restart();
    /// Makes the module's pages loadable in `engine`: adds the qrc import
    /// path and sets the context properties `backend` and `journalProbe`
    /// (count(kind), latest(kind)). @since 1.0
    void exposeTo(QQmlEngine& engine);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera::sdk::testing
