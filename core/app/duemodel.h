// What the running modules have due (SDK 2.1, DueItemSource), for the
// "Due" strip above the timeline.
#pragma once

#include "plugins/dueitemcheck.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <functional>

namespace tessera::core {

class JournalStore;
class PluginManager;

/// A list model of the items the running modules have due today (the
/// client's local date), checked by PluginManager::dueItems(). It asks the
/// modules when it is made (after they started), after journal changes
/// (coalesced: one ask kCoalesceMs after the last of a burst, after the
/// modules' own refreshes), and when the day turns (a timer to the next
/// local midnight). While the journal is locked (the app lock) it holds no
/// rows and asks no module; it asks again when the journal is unlocked.
///
/// Rows, by default only what is still to do (due or overdue; `includeDone`
/// adds done and skipped), in sortDueItems() order.
class DueModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The day the rows are for.
    Q_PROPERTY(QDate day READ day NOTIFY dayChanged)
    Q_PROPERTY(bool includeDone READ includeDone WRITE setIncludeDone NOTIFY includeDoneChanged)

public:
    enum Role {
        ModuleIdRole = Qt::UserRole + 1, ModuleNameRole, ModuleColorRole, ItemIdRole, TitleRole, DetailRole,
        DueDateRole, TimeRole, StateRole, PageIdRole, PageKeyRole, PageUrlRole, PageTitleRole
    };
    Q_ENUM(Role)

    /// How long after a journal change the modules are asked again.
    static constexpr int kCoalesceMs = 150;

    using Clock = std::function<QDateTime()>;

    /// `clock` gives the local date and time (tests pass their own); empty:
    /// QDateTime::currentDateTime().
    DueModel(JournalStore& store, const PluginManager& plugins, Clock clock = {}, QObject* parent = nullptr);
    ~DueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] bool includeDone() const { return m_includeDone; }
    void setIncludeDone(bool include);

    /// Asks the modules now (the day from the clock).
    Q_INVOKABLE void refresh();
    /// How many times the modules were asked (tests: coalescing).
    [[nodiscard]] int refreshCount() const { return m_refreshes; }
    /// The rows as the CLI and tests see them (the same order).
    [[nodiscard]] const QList<ModuleDueItem>& rows() const { return m_rows; }

signals:
    void countChanged();
    void dayChanged();
    void includeDoneChanged();

private:
    struct ModuleInfo {
        QString name;
        QString color;
        QHash<QString, QString> pageUrls;
        QHash<QString, QString> pageTitles;
    };
    void scheduleRefresh();
    void armMidnightTimer();
    void setRows(QList<ModuleDueItem> rows);
    [[nodiscard]] QDateTime now() const;

    JournalStore& m_store;
    const PluginManager& m_plugins;
    Clock m_clock;
    QHash<QString, ModuleInfo> m_modules; // the running modules that have things due
    QList<ModuleDueItem> m_rows;
    QDate m_day;
    bool m_includeDone = false;
    int m_refreshes = 0;
    QTimer m_coalesce;
    QTimer m_midnight;
};

} // namespace tessera::core
