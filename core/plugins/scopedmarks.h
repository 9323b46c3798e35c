// What sdk::Marks gives one module (issue 26): the entries the client marked
// for it, whatever their kind, and nothing else.
#pragma once

#include <tessera/sdk/marks.h>

#include <QObject>
#include <QSet>

namespace tessera::sdk {
class Journal;
}

namespace tessera::core {

class JournalStore;

/// Reads the entries marked for `pluginId` straight from the store: a mark
/// is the client's consent for that one entry, so kind grants do not apply.
/// A module with no "mark" in its manifest (`enabled` false) has none.
/// Tells the module's journal (reloaded()) when its marks change or a marked
/// entry is edited, deleted or restored.
class ScopedMarks final : public QObject, public sdk::Marks {
    Q_OBJECT
public:
    ScopedMarks(JournalStore& store, QString pluginId, bool enabled, sdk::Journal* journal);

    [[nodiscard]] sdk::Result<QList<sdk::Entry>> marked() const override;
    sdk::Status unmark(const QString& entryId) override;

private:
    void refreshIds();
    JournalStore& m_store;
    QString m_pluginId;
    bool m_enabled;
    sdk::Journal* m_journal;
    QSet<QString> m_ids; ///< marked for this module now (to notice their changes)
};

} // namespace tessera::core
