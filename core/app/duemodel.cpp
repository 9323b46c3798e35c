#include "duemodel.h"
#include "host/languages.h"

#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <algorithm>

namespace tessera::core {

DueModel::DueModel(JournalStore& store, const PluginManager& plugins, Clock clock, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_plugins(plugins), m_clock(std::move(clock))
{
    for (const PluginRecord* r : plugins.running()) {
        if (!plugins.hasDueItems(r->id))
            continue;
        ModuleInfo info;
        info.name = Languages::manifestText(r->id, r->manifest->name);
        info.color = r->manifest->color.isEmpty() ? QStringLiteral("#6b7f99") : r->manifest->color;
        for (const PageSpec& p : r->manifest->pages) {
            info.pageUrls.insert(p.id, p.url);
            info.pageTitles.insert(p.id, p.title);
        }
        m_modules.insert(r->id, info);
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DueModel::refresh);
    // A long interval on a coarse timer may be late by 5%: an hour at noon.
    m_midnight.setSingleShot(true);
    m_midnight.setTimerType(Qt::PreciseTimer);
    connect(&m_midnight, &QTimer::timeout, this, &DueModel::refresh);
    // Nothing to ask and nothing to show when no running module has things due.
    if (m_modules.isEmpty()) {
        m_day = now().date();
        return;
    }
    connect(&m_store, &JournalStore::entryChanged, this, &DueModel::scheduleRefresh);
    connect(&m_store, &JournalStore::reset, this, [this] {
        // Locking (the app lock) emits reset(): let go of the rows at once.
        if (m_store.isLocked()) {
            m_coalesce.stop();
            setRows({});
        } else {
            scheduleRefresh();
        }
    });
    refresh();
}

DueModel::~DueModel() = default;

QDateTime DueModel::now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

void DueModel::scheduleRefresh() { m_coalesce.start(); }

void DueModel::refresh()
{
    const QDate today = now().date();
    if (today != m_day) {
        m_day = today;
        emit dayChanged();
    }
    armMidnightTimer();
    if (m_modules.isEmpty())
        return;
    if (m_store.isLocked()) {
        setRows({});
        return;
    }
    ++m_refreshes;
    QList<ModuleDueItem> items = m_plugins.dueItems(today);
    if (!m_includeDone) {
        items.removeIf([](const ModuleDueItem& i) {
            return i.item.state != sdk::DueItem::State::Due && i.item.state != sdk::DueItem::State::Overdue;
        });
    }
    setRows(std::move(items));
}

void DueModel::armMidnightTimer()
{
    const QDateTime current = now();
    const QDateTime midnight = current.date().addDays(1).startOfDay();
    // A little past midnight, so the clock surely reads the new day.
    const qint64 ms = std::clamp<qint64>(current.msecsTo(midnight) + 100, 100, 25LL * 3600 * 1000);
    m_midnight.start(static_cast<int>(ms));
}

void DueModel::setRows(QList<ModuleDueItem> rows)
{
    const int before = count();
    // The same items in the same order (asked again after an unrelated
    // change): changed in place, so a view keeps its rows and the focus.
    const bool sameItems = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const ModuleDueItem& a, const ModuleDueItem& b) {
               return a.pluginId == b.pluginId && a.item.id == b.item.id;
           });
    if (sameItems) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(count() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void DueModel::setIncludeDone(bool include)
{
    if (include == m_includeDone)
        return;
    m_includeDone = include;
    emit includeDoneChanged();
    refresh();
}

int DueModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant DueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ModuleDueItem& row = m_rows.at(index.row());
    const sdk::DueItem& item = row.item;
    const ModuleInfo info = m_modules.value(row.pluginId);
    switch (role) {
    case ModuleIdRole: return row.pluginId;
    case ModuleNameRole: return info.name;
    case ModuleColorRole: return info.color;
    case ItemIdRole: return item.id;
    case TitleRole: return item.title;
    case DetailRole: return item.detail;
    case DueDateRole: return item.dueDate.toString(Qt::ISODate);
    case TimeRole: return item.time.isValid() ? item.time.toString(QStringLiteral("HH:mm")) : QString();
    case StateRole: return dueStateName(item.state);
    case PageIdRole: return item.pageId;
    case PageKeyRole: return row.pluginId + QLatin1Char('/') + item.pageId;
    case PageUrlRole: return info.pageUrls.value(item.pageId);
    case PageTitleRole: return info.pageTitles.value(item.pageId);
    default: return {};
    }
}

QHash<int, QByteArray> DueModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"}, {ModuleNameRole, "moduleName"}, {ModuleColorRole, "moduleColor"},
            {ItemIdRole, "itemId"}, {TitleRole, "title"}, {DetailRole, "detail"}, {DueDateRole, "dueDate"},
            {TimeRole, "time"}, {StateRole, "dueState"}, {PageIdRole, "pageId"}, {PageKeyRole, "pageKey"},
            {PageUrlRole, "pageUrl"}, {PageTitleRole, "pageTitle"}};
}

} // namespace tessera::core
