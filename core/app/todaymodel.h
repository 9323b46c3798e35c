// The Today page (issue 24): what every running module has due today, in
// time order, with Done / Skip in one step (SDK 2.3, DueItemActions).
#pragma once

#include "plugins/dueitemcheck.h"
#include "store/scopedjournal.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <functional>

namespace tessera::core {

class JournalStore;
class PluginManager;

/// A list model of today's items from every running module that has things
/// due (PluginManager::dueItems(), checked), done and skipped ones included,
/// in the order Today shows them (sortTodayItems()). Like DueModel it asks
/// the modules when made, after journal changes (coalesced, kCoalesceMs),
/// when the day turns, and holds nothing while the journal is locked.
///
/// markDone() and skip() go through PluginManager::actOnDueItem(); the
/// rows are asked for again at once afterwards. A refusal or a module's
/// error is kept on its row (the "error" role) until the item is acted on
/// again, the day turns, or the item is gone.
class TodayModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Items still to do (due or overdue).
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)
    /// The day the rows are for.
    Q_PROPERTY(QDate day READ day NOTIFY dayChanged)
    /// The day in the client's words, e.g. "Monday 30 November".
    Q_PROPERTY(QString dayText READ dayText NOTIFY dayChanged)
    /// Whether any running module can have things due at all.
    Q_PROPERTY(bool hasSources READ hasSources CONSTANT)

public:
    enum Role {
        ModuleIdRole = Qt::UserRole + 1, ModuleNameRole, ModuleColorRole, ItemIdRole, TitleRole, DetailRole,
        DueDateRole, TimeRole, StateRole, PageKeyRole, EntryIdRole, OffersDoneRole, OffersSkipRole, ErrorRole,
        CanUndoRole
    };
    Q_ENUM(Role)

    static constexpr int kCoalesceMs = 150;
    using Clock = std::function<QDateTime()>;

    /// `clock` gives the local date and time (tests pass their own).
    TodayModel(JournalStore& store, const PluginManager& plugins, Clock clock = {}, QObject* parent = nullptr);
    ~TodayModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int openCount() const;
    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] QString dayText() const;
    [[nodiscard]] bool hasSources() const { return !m_modules.isEmpty(); }
    [[nodiscard]] const QList<ModuleDueItem>& rows() const { return m_rows; }

    /// Asks the modules now.
    Q_INVOKABLE void refresh();
    /// Marks the item done (DueItemActions::Action::Done). True when the
    /// module recorded it; otherwise the row's error says why.
    Q_INVOKABLE bool markDone(const QString& moduleId, const QString& itemId);
    /// Skips the item for today (DueItemActions::Action::Skip).
    Q_INVOKABLE bool skip(const QString& moduleId, const QString& itemId);
    /// Takes back a Done or Skip given here today (a press by mistake): the
    /// links the module made for it go, the entries it added go to the Bin,
    /// and the entries it changed are put back as they were; the item is to
    /// do again. Offered ("canUndo") only while the item shows as done or
    /// skipped and the module wrote nothing else for it (a removal): then
    /// its page is the place. An entry changed again since is not put back
    /// (the row says so). True when taken back; otherwise the row's error
    /// says why.
    Q_INVOKABLE bool undo(const QString& moduleId, const QString& itemId);

signals:
    void countChanged();
    void dayChanged();

private:
    struct ModuleInfo {
        QString name;
        QString color;
    };
    bool act(const QString& moduleId, const QString& itemId, bool done);
    void scheduleRefresh();
    void armMidnightTimer();
    void setRows(QList<ModuleDueItem> rows);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] int rowOf(const QString& moduleId, const QString& itemId) const;

    JournalStore& m_store;
    const PluginManager& m_plugins;
    Clock m_clock;
    QHash<QString, ModuleInfo> m_modules;
    QList<ModuleDueItem> m_rows;
    QHash<QString, QString> m_errors; ///< "<module>/<item>" -> what to show on the row
    QHash<QString, JournalWrites> m_undo; ///< "<module>/<item>" -> what its Done or Skip wrote today
    QDate m_day;
    QTimer m_coalesce;
    QTimer m_midnight;
};

/// Today's order: overdue items first (oldest first); then the rest with a
/// time of day, in time order; then those without, as they came (module
/// load order, each module's own order). Done and skipped items keep their
/// place in time, so the day reads in order.
void sortTodayItems(QList<ModuleDueItem>& items);

} // namespace tessera::core
