// The Bin page's backend (issue 21): the deleted entries, restoring them, and
// deleting them forever (JournalStore's purge), one or all deleted before a day.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantList>

namespace tessera::core {

class Host;

/// Lists the journal's deleted entries for qml/BinPage.qml and does what its
/// buttons ask. Every action returns the sentence to show (translated); no
/// entry's text goes to the log. While its page is open (`active`) it
/// follows the store: a change anywhere (timeline, a module, an import)
/// reloads the list.
class BinController : public QObject {
    Q_OBJECT
    /// Whether the journal is open (false: the page says so and offers nothing).
    Q_PROPERTY(bool available READ available CONSTANT)
    /// One map per deleted entry, most recently deleted first: id, title,
    /// kindTitle, moduleName, deletedLabel ("deleted on ..."), deletedDays (whole days ago).
    Q_PROPERTY(QVariantList entries READ entries NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// "" when the bin was never emptied, else when it last was, for the page's note.
    Q_PROPERTY(QString lastEmptied READ lastEmptied NOTIFY changed)
    /// Set while the bin's page is open: the list is read then, and follows
    /// changes only then (it is empty before the first time).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit BinController(Host& host, QObject* parent = nullptr);

    [[nodiscard]] bool available() const;
    [[nodiscard]] QVariantList entries() const { return m_entries; }
    [[nodiscard]] int count() const { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QString lastEmptied() const { return m_lastEmptied; }
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);

    /// How many entries in the bin were deleted more than `days` days ago (0: all).
    Q_INVOKABLE int countDeletedBefore(int days) const;
    /// Brings an entry back from the bin.
    Q_INVOKABLE QString restore(const QString& id);
    /// Deletes one entry in the bin forever.
    Q_INVOKABLE QString deleteForever(const QString& id);
    /// Deletes forever every entry deleted more than `days` days ago (0: the whole bin).
    Q_INVOKABLE QString emptyBin(int days);
    Q_INVOKABLE void reload();

signals:
    void changed();
    void activeChanged();

private:
    QString reportPurge(bool ok, int entries, const QString& error, const QDateTime& at);
    Host& m_host;
    QVariantList m_entries;
    QString m_lastEmptied;
    bool m_active = false;
    void reloadIfActive();
};

} // namespace tessera::core
