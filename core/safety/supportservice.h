// Support offered when a module sees a sign of risk.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace tessera::core {

class JournalStore;

/// Receives PluginContext::offerSupport() calls (through
/// PluginManager::supportRequested) and decides whether the shell shows its
/// support notice: a gentle offer at most once a day for the same module and
/// reason, an urgent one every time. Each offer shown is recorded as a
/// journal entry of the host's kind "tessera/support-offered" holding only
/// the module, the reason code, whether it was urgent and the time, never
/// anything the client wrote, so a clinician's report can count them.
class SupportService : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kRecordKind = "tessera/support-offered";

    /// `store` may be null (no journal): offers are then shown, not recorded.
    explicit SupportService(JournalStore* store, QObject* parent = nullptr);

    /// Returns whether the notice is shown (offered() emitted). A reason that
    /// is not a code (1-40 of a-z, 0-9, '-') is refused and logged.
    bool offer(const QString& pluginId, const QString& reason, bool urgent,
               const QDateTime& now = QDateTime::currentDateTime());

signals:
    void offered(const QString& pluginId, const QString& reason, bool urgent);

private:
    [[nodiscard]] bool offeredToday(const QString& pluginId, const QString& reason, const QDateTime& now) const;
    JournalStore* m_store;
    QSet<QString> m_shownWithoutJournal; ///< "day|module|reason" when there is no journal to look in
};

} // namespace tessera::core
