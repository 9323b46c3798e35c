#include "todaymodel.h"
#include "host/languages.h"

#include <QCoreApplication>

#include <QSet>

#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <QLocale>

#include <algorithm>

namespace tessera::core {

void sortTodayItems(QList<ModuleDueItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const ModuleDueItem& a, const ModuleDueItem& b) {
        const bool oa = a.item.state == sdk::DueItem::State::Overdue;
        const bool ob = b.item.state == sdk::DueItem::State::Overdue;
        if (oa != ob)
            return oa;
        if (oa)
            return a.item.dueDate < b.item.dueDate;
        const bool ta = a.item.time.isValid();
        const bool tb = b.item.time.isValid();
        if (ta != tb)
            return ta;
        return ta && a.item.time < b.item.time;
    });
}

TodayModel::TodayModel(JournalStore& store, const PluginManager& plugins, Clock clock, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_plugins(plugins), m_clock(std::move(clock))
{
    for (const PluginRecord* r : plugins.running()) {
        if (!plugins.hasDueItems(r->id))
            continue;
        m_modules.insert(r->id, {Languages::manifestText(r->id, r->manifest->name), r->manifest->color.isEmpty() ? QStringLiteral("#6b7f99") : r->manifest->color});
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TodayModel::refresh);
    m_midnight.setSingleShot(true);
    m_midnight.setTimerType(Qt::PreciseTimer);
    connect(&m_midnight, &QTimer::timeout, this, &TodayModel::refresh);
    if (m_modules.isEmpty()) {
        m_day = now().date();
        armMidnightTimer();
        return;
    }
    connect(&m_store, &JournalStore::entryChanged, this, &TodayModel::scheduleRefresh);
    connect(&m_store, &JournalStore::reset, this, [this] {
        if (m_store.isLocked()) {
            m_coalesce.stop();
            m_errors.clear();
            m_undo.clear();
            setRows({});
        } else {
            scheduleRefresh();
        }
    });
    refresh();
}

TodayModel::~TodayModel() = default;

QDateTime TodayModel::now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

void TodayModel::scheduleRefresh() { m_coalesce.start(); }

void TodayModel::armMidnightTimer()
{
    const QDateTime current = now();
    const QDateTime midnight = current.date().addDays(1).startOfDay();
    const qint64 ms = std::clamp<qint64>(current.msecsTo(midnight) + 100, 100, 25LL * 3600 * 1000);
    m_midnight.start(static_cast<int>(ms));
}

void TodayModel::refresh()
{
    const QDate today = now().date();
    if (today != m_day) {
        m_day = today;
        m_errors.clear();
        m_undo.clear();
        emit dayChanged();
    }
    armMidnightTimer();
    if (m_modules.isEmpty())
        return;
    if (m_store.isLocked()) {
        setRows({});
        return;
    }
    QList<ModuleDueItem> items = m_plugins.dueItems(today);
    sortTodayItems(items);
    // An error stays only on an item that is still there.
    QSet<QString> keys;
    for (const ModuleDueItem& i : std::as_const(items))
        keys.insert(i.pluginId + QLatin1Char('/') + i.item.id);
    for (auto it = m_errors.begin(); it != m_errors.end();)
        it = keys.contains(it.key()) ? std::next(it) : m_errors.erase(it);
    setRows(std::move(items));
}

void TodayModel::setRows(QList<ModuleDueItem> rows)
{
    const int before = count();
    const int openBefore = openCount();
    // Rows are changed, removed, inserted and moved one by one, never reset,
    // so a view keeps the rows of items that stay (and the focus in them)
    // when another module's items come or go.
    const auto key = [](const ModuleDueItem& i) { return i.pluginId + QLatin1Char('/') + i.item.id; };
    QSet<QString> wanted;
    for (const ModuleDueItem& i : rows)
        wanted.insert(key(i));
    for (int r = static_cast<int>(m_rows.size()) - 1; r >= 0; --r) {
        if (!wanted.contains(key(m_rows.at(r)))) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QString k = key(rows.at(i));
        int at = -1;
        for (int r = i; r < m_rows.size(); ++r) {
            if (key(m_rows.at(r)) == k) {
                at = r;
                break;
            }
        }
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, rows.at(i));
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        m_rows[i] = rows.at(i);
        emit dataChanged(index(i), index(i));
    }
    if (count() != before || openCount() != openBefore)
        emit countChanged();
}

// The pattern is the translator's: "dddd d MMMM" in English, "dddd, d 'de' MMMM" in Spanish.
QString TodayModel::dayText() const
{
    return QLocale().toString(m_day, QCoreApplication::translate("Dates", "dddd d MMMM", "a day of this year (a QLocale date pattern)"));
}

int TodayModel::openCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ModuleDueItem& i) {
        return i.item.state == sdk::DueItem::State::Due || i.item.state == sdk::DueItem::State::Overdue;
    }));
}

int TodayModel::rowOf(const QString& moduleId, const QString& itemId) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).pluginId == moduleId && m_rows.at(r).item.id == itemId)
            return static_cast<int>(r);
    }
    return -1;
}

bool TodayModel::markDone(const QString& moduleId, const QString& itemId) { return act(moduleId, itemId, true); }

bool TodayModel::skip(const QString& moduleId, const QString& itemId) { return act(moduleId, itemId, false); }

bool TodayModel::act(const QString& moduleId, const QString& itemId, bool done)
{
    const QString key = moduleId + QLatin1Char('/') + itemId;
    if (m_store.isLocked())
        return false;
    JournalWrites writes;
    const sdk::Status status = m_plugins.actOnDueItem(
        moduleId, m_day.isValid() ? m_day : now().date(), itemId,
        done ? sdk::DueItemActions::Action::Done : sdk::DueItemActions::Action::Skip, &writes);
    if (status.ok())
        m_errors.remove(key);
    else
        m_errors.insert(key, status.error().message);
    if (status.ok() && !writes.other && !writes.empty())
        m_undo.insert(key, writes);
    else
        m_undo.remove(key);
    // The module's answer now, not after the coalescing delay.
    m_coalesce.stop();
    refresh();
    if (!status.ok()) {
        const int row = rowOf(moduleId, itemId);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {ErrorRole});
    }
    return status.ok();
}

bool TodayModel::undo(const QString& moduleId, const QString& itemId)
{
    const QString key = moduleId + QLatin1Char('/') + itemId;
    if (m_store.isLocked() || !m_undo.contains(key))
        return false;
    const JournalWrites writes = m_undo.value(key);
    QString changedSince;
    // In one transaction: a write that fails (or the app killed part way)
    // leaves all of it as it was, never the plan put back with its activity
    // still there.
    const sdk::Status status = m_store.inOneTransaction([&]() -> sdk::Status {
        // The entries it changed first, each only if nothing changed it since.
        for (auto it = writes.updated.cbegin(); it != writes.updated.cend(); ++it) {
            const auto current = m_store.get(it.key());
            if (!current.ok())
                return current.error();
            if (current->revision != it.value() + 1) {
                changedSince = QCoreApplication::translate("TodayPage", "This was changed again since, so it was not taken back here; "
                                                                        "open its page to change it.");
                continue;
            }
            const auto history = m_store.history(it.key());
            if (!history.ok())
                return history.error();
            const auto before = std::find_if(history->cbegin(), history->cend(), [&](const sdk::Revision& r) { return r.revision == it.value(); });
            if (before == history->cend())
                return sdk::makeError(sdk::ErrorCode::NotFound, QStringLiteral("its earlier version is not kept"));
            if (const auto put = m_store.update(it.key(), sdk::EntryDraft::fromEntry(before->entry)); !put.ok())
                return put.error();
        }
        for (const sdk::Link& l : writes.linked) {
            if (const sdk::Status s = m_store.unlink(l.fromId, l.toId, l.relation); !s.ok() && s.error().code != sdk::ErrorCode::NotFound)
                return s;
        }
        for (const QString& id : writes.added) {
            const auto current = m_store.get(id);
            if (!current.ok() && current.error().code == sdk::ErrorCode::NotFound)
                continue; // deleted forever since
            if (!current.ok())
                return current.error();
            if (current->isDeleted())
                continue; // already in the Bin
            if (const sdk::Status removed = m_store.remove(id); !removed.ok())
                return removed;
        }
        return {};
    });
    QString problem = changedSince;
    if (status.ok()) {
        m_undo.remove(key);
    } else {
        // Nothing was taken back: Undo stays offered, to try again.
        problem = QCoreApplication::translate("TodayPage", "This could not be taken back: %1").arg(status.error().message);
    }
    if (problem.isEmpty())
        m_errors.remove(key);
    else
        m_errors.insert(key, problem);
    if (const int row = rowOf(moduleId, itemId); row >= 0)
        emit dataChanged(index(row), index(row), {ErrorRole, CanUndoRole});
    // The module reads the journal again on its next turn (Journal::changed),
    // and the item is asked for after that: not at once, which would get the
    // module's answer from before the removal.
    scheduleRefresh();
    return problem.isEmpty();
}

int TodayModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ModuleDueItem& row = m_rows.at(index.row());
    const sdk::DueItem& item = row.item;
    const bool open = item.state == sdk::DueItem::State::Due || item.state == sdk::DueItem::State::Overdue;
    switch (role) {
    case ModuleIdRole: return row.pluginId;
    case ModuleNameRole: return m_modules.value(row.pluginId).name;
    case ModuleColorRole: return m_modules.value(row.pluginId).color;
    case ItemIdRole: return item.id;
    case TitleRole: return item.title;
    case DetailRole: return item.detail;
    case DueDateRole: return item.dueDate.toString(Qt::ISODate);
    case TimeRole: return item.time.isValid() ? item.time.toString(QStringLiteral("HH:mm")) : QString();
    case StateRole: return dueStateName(item.state);
    case PageKeyRole: return row.pluginId + QLatin1Char('/') + item.pageId;
    case EntryIdRole: return item.entryId();
    // Done and Skip only while the item is still to do.
    case OffersDoneRole: return open && item.offersDone() && m_plugins.hasDueItemActions(row.pluginId);
    case OffersSkipRole: return open && item.offersSkip() && m_plugins.hasDueItemActions(row.pluginId);
    case ErrorRole: return m_errors.value(row.pluginId + QLatin1Char('/') + item.id);
    case CanUndoRole: return !open && m_undo.contains(row.pluginId + QLatin1Char('/') + item.id);
    default: return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"}, {ModuleNameRole, "moduleName"}, {ModuleColorRole, "moduleColor"},
            {ItemIdRole, "itemId"}, {TitleRole, "title"}, {DetailRole, "detail"}, {DueDateRole, "dueDate"},
            {TimeRole, "time"}, {StateRole, "dueState"}, {PageKeyRole, "pageKey"}, {EntryIdRole, "entryId"},
            {OffersDoneRole, "offersDone"}, {OffersSkipRole, "offersSkip"}, {ErrorRole, "error"}, {CanUndoRole, "canUndo"}};
}

} // namespace tessera::core
