// "Coming up" at the top of the timeline (issue 24): planned entries, dated
// after now, that the timeline's main list leaves out.
#pragma once

#include <tessera/sdk/entry.h>

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <functional>

namespace tessera::core {

class JournalStore;
class PluginManager;

/// The running modules' entries dated after TimelineModel::cutoff() and
/// within the next kDays days, soonest first, at most kMaxRows of them
/// (`hasMore` says there are more). One small query, made again after every
/// journal change (coalesced) and reset; nothing while the journal is locked.
class ComingUpModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, TitleRole, KindTitleRole, ModuleNameRole, ModuleColorRole, DayRole, DayTextRole,
        TimeRole
    };
    Q_ENUM(Role)

    static constexpr int kDays = 14;
    static constexpr int kMaxRows = 20;
    static constexpr int kCoalesceMs = 100;
    using Clock = std::function<QDateTime()>;

    ComingUpModel(JournalStore& store, const PluginManager& plugins, QObject* parent = nullptr, Clock clock = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    /// Queries again now.
    Q_INVOKABLE void reload();

signals:
    void countChanged();

private:
    struct ModuleInfo {
        QString name;
        QString color;
        QHash<QString, QString> kindTitles;
    };

    JournalStore& m_store;
    Clock m_clock;
    QHash<QString, ModuleInfo> m_modules;
    QStringList m_runningModules;
    QList<sdk::Entry> m_rows;
    bool m_hasMore = false;
    QTimer m_coalesce;
};

} // namespace tessera::core
