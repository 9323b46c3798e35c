#include "timelinemodel.h"
#include "host/languages.h"

#include <algorithm>

#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <QLocale>
#include <QTimer>

namespace tessera::core {

TimelineModel::TimelineModel(JournalStore& store, const PluginManager& plugins, QObject* parent, Clock clock, FirstPage firstPage)
    : QAbstractListModel(parent), m_store(store), m_clock(std::move(clock))
{
    m_held = m_firstPageWaits = firstPage == FirstPage::WhenReleased;
    for (const PluginRecord* r : plugins.running()) {
        ModuleInfo info;
        info.name = Languages::manifestText(r->id, r->manifest->name);
        info.color = r->manifest->color.isEmpty() ? QStringLiteral("#6b7f99") : r->manifest->color;
        info.icon = r->manifest->icon;
        for (const KindSpec& k : r->manifest->kinds) {
            info.kindTitles.insert(k.fullName, Languages::manifestText(r->id, k.title));
            if (!k.cardUrl.isEmpty()) {
                info.cards.insert(k.fullName, k.cardUrl);
                m_needsPayload = true;
            }
        }
        m_modules.insert(r->id, info);
        m_runningModules << r->id;
        if (r->manifest->mark) // issue 26
            m_markActions << MarkAction{r->id, r->manifest->mark->add, r->manifest->mark->remove, r->manifest->mark->shown};
    }
    if (!m_markActions.isEmpty()) {
        reloadMarks();
        connect(&m_store, &JournalStore::marksChanged, this, [this] {
            reloadMarks();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), {MarksRole});
        });
    }
    connect(&m_store, &JournalStore::entryChanged, this, &TimelineModel::onEntryChanged);
    connect(&m_store, &JournalStore::reset, this, [this] {
        reload();
        emit entriesChanged();
    });
    reload();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const sdk::Entry& e = m_rows.at(index.row());
    const ModuleInfo info = m_modules.value(e.pluginId);
    switch (role) {
    case IdRole: return e.id;
    case KindRole: return e.kind;
    case KindTitleRole: return info.kindTitles.value(e.kind, e.shortKind());
    case PluginIdRole: return e.pluginId;
    case TitleRole: return e.title;
    case SummaryRole: return e.summary;
    case MoodRole: return e.mood ? QVariant(*e.mood) : QVariant();
    case HasMoodRole: return e.mood.has_value();
    case TimeRole: return e.localOccurredAt().time().toString(QStringLiteral("HH:mm"));
    case DayRole: return e.localOccurredAt().date().toString(Qt::ISODate);
    case OccurredAtRole: return e.localOccurredAt();
    case TagsRole: return e.tags;
    case ModuleNameRole: return info.name;
    case ModuleColorRole: return info.color;
    case ModuleIconRole: return info.icon;
    case CardUrlRole: return info.cards.value(e.kind);
    case IsPrivateRole: return e.isPrivate();
    case MarksRole: {
        QVariantList out;
        const QStringList marked = m_marks.value(e.id);
        for (const MarkAction& a : m_markActions)
            out << QVariantMap{{QStringLiteral("module"), a.module}, {QStringLiteral("add"), a.add},
                               {QStringLiteral("remove"), a.remove}, {QStringLiteral("shown"), a.shown},
                               {QStringLiteral("marked"), marked.contains(a.module)}};
        return out;
    }
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{IdRole, "entryId"}, {KindRole, "kind"}, {KindTitleRole, "kindTitle"}, {PluginIdRole, "pluginId"},
            {TitleRole, "title"}, {SummaryRole, "summary"}, {MoodRole, "mood"}, {HasMoodRole, "hasMood"},
            {TimeRole, "time"}, {DayRole, "day"}, {OccurredAtRole, "occurredAt"}, {TagsRole, "tags"},
            {ModuleNameRole, "moduleName"}, {ModuleColorRole, "moduleColor"}, {ModuleIconRole, "moduleIcon"},
            {CardUrlRole, "cardUrl"}, {IsPrivateRole, "isPrivate"}, {MarksRole, "marks"}};
}

std::optional<TimelineModel::CardRow> TimelineModel::cardRow(int row, const QString& entryId) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).id != entryId)
        row = rowOf(entryId);
    if (row < 0)
        return std::nullopt;
    const sdk::Entry& e = m_rows.at(row);
    const ModuleInfo info = m_modules.value(e.pluginId);
    const QString url = info.cards.value(e.kind);
    if (url.isEmpty())
        return std::nullopt;
    CardRow card{e.pluginId, url, {}};
    card.entry = {{QStringLiteral("id"), e.id},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("mood"), e.mood ? QVariant(*e.mood) : QVariant()},
                  {QStringLiteral("time"), e.localOccurredAt().time().toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("kindTitle"), info.kindTitles.value(e.kind, e.shortKind())},
                  {QStringLiteral("moduleColor"), info.color},
                  {QStringLiteral("payload"), e.payload.toVariantMap()}};
    return card;
}

QDateTime TimelineModel::cutoff() const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return now.toUTC().addSecs(kNowGraceSeconds);
}

sdk::EntryQuery TimelineModel::currentQuery() const
{
    sdk::EntryQuery q;
    q.pluginIds = m_module.isEmpty() ? m_runningModules
                                     : (m_runningModules.contains(m_module) ? QStringList{m_module} : QStringList{QStringLiteral("-")});
    if (!m_kind.isEmpty())
        q.kinds = {m_kind};
    q.text = m_searchText;
    if (m_moodMin >= 0)
        q.moodMin = m_moodMin;
    if (m_moodMax >= 0)
        q.moodMax = m_moodMax;
    if (m_from.isValid())
        q.from = m_from.startOfDay();
    if (m_to.isValid())
        q.to = m_to.addDays(1).startOfDay();
    // Issue 24: planned entries are "coming up" (ComingUpModel), not above today.
    if (!m_from.isValid() && !m_to.isValid())
        q.to = cutoff();
    return q;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_held;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    m_firstPageWaits = false;
    sdk::EntryQuery q = currentQuery();
    q.limit = kPageSize;
    q.cursor = m_cursor;
    q.withPayload = m_needsPayload;
    auto page = m_store.query(q);
    if (!page.ok()) {
        m_exhausted = true;
        setError(page.error().message);
        return;
    }
    setError({});
    if (!page->entries.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->entries.size()) - 1);
        for (sdk::Entry& e : page.value().entries) {
            if (!m_modules.value(e.pluginId).cards.contains(e.kind))
                e.payload = {}; // only custom cards need the payload; keep rows small
            m_rows << std::move(e);
        }
        endInsertRows();
    }
    m_cursor = page->nextCursor;
    if (m_exhausted != m_cursor.isEmpty()) {
        m_exhausted = m_cursor.isEmpty();
        emit hasMoreChanged();
    }
    if (!m_ready) {
        m_ready = true;
        emit readyChanged();
    }
}

void TimelineModel::reload()
{
    // The rows go as a removal, not a reset: on a reset the timeline's list went
    // back to its beginning, so a reader at the filters (below the first screen)
    // was thrown up to the page's title by each filter changed (eleventh round).
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_cursor.clear();
    m_exhausted = false;
    emit hasMoreChanged();
    if (m_firstPageWaits) {
        m_countWaits = true; // both when released
        return;
    }
    fetchMore({});
    // The total needs a count over the whole filter: after the first page is shown.
    QTimer::singleShot(0, this, &TimelineModel::refreshCount);
}

void TimelineModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_firstPageWaits)
        fetchMore({});
    if (!held && m_countWaits) {
        m_countWaits = false;
        refreshCount();
    }
}

void TimelineModel::refreshCount()
{
    if (m_held) {
        m_countWaits = true;
        return;
    }
    auto n = m_store.count(currentQuery(), kCountLimit + 1);
    const int counted = n.ok() ? static_cast<int>(n.value()) : 0;
    const bool limit = counted > kCountLimit;
    const int count = limit ? kCountLimit : counted;
    if (count != m_totalCount || limit != m_totalCountIsLimit || !m_totalCountKnown) {
        m_totalCount = count;
        m_totalCountIsLimit = limit;
        m_totalCountKnown = true;
        emit totalCountChanged();
    }
}

void TimelineModel::setError(const QString& error)
{
    if (error != m_error) {
        m_error = error;
        emit errorChanged();
    }
}

bool TimelineModel::filtered() const
{
    return !m_searchText.trimmed().isEmpty() || !m_module.isEmpty() || !m_kind.isEmpty() || m_moodMin >= 0
        || m_moodMax >= 0 || m_from.isValid() || m_to.isValid();
}

void TimelineModel::filterChanged()
{
    emit filtersChanged();
    reload();
}

void TimelineModel::setSearchText(const QString& text)
{
    if (text != m_searchText) {
        m_searchText = text;
        filterChanged();
    }
}

void TimelineModel::setModule(const QString& id)
{
    if (id != m_module) {
        m_module = id;
        filterChanged();
    }
}

void TimelineModel::setKind(const QString& kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        filterChanged();
    }
}

void TimelineModel::setMoodMin(int mood)
{
    if (mood != m_moodMin) {
        m_moodMin = mood;
        filterChanged();
    }
}

void TimelineModel::setMoodMax(int mood)
{
    if (mood != m_moodMax) {
        m_moodMax = mood;
        filterChanged();
    }
}

void TimelineModel::setFromDate(const QDate& date)
{
    if (date != m_from) {
        m_from = date;
        filterChanged();
    }
}

void TimelineModel::setToDate(const QDate& date)
{
    if (date != m_to) {
        m_to = date;
        filterChanged();
    }
}

void TimelineModel::clearFilters()
{
    if (!filtered())
        return;
    m_searchText.clear();
    m_module.clear();
    m_kind.clear();
    m_moodMin = m_moodMax = -1;
    m_from = m_to = QDate();
    filterChanged();
}

bool TimelineModel::matches(const sdk::Entry& e) const
{
    const sdk::EntryQuery q = currentQuery();
    if (e.isDeleted() || !q.pluginIds.contains(e.pluginId))
        return false;
    if (!q.kinds.isEmpty() && !q.kinds.contains(e.kind))
        return false;
    if (q.moodMin && (!e.mood || *e.mood < *q.moodMin))
        return false;
    if (q.moodMax && (!e.mood || *e.mood > *q.moodMax))
        return false;
    if (q.from.isValid() && e.occurredAt < q.from)
        return false;
    if (q.to.isValid() && e.occurredAt >= q.to)
        return false;
    return true;
}

int TimelineModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void TimelineModel::insertSorted(const sdk::Entry& entry)
{
    // Newest first; an entry older than everything loaded arrives with a later page.
    int row = 0;
    while (row < m_rows.size() && m_rows[row].occurredAt > entry.occurredAt)
        ++row;
    if (row == m_rows.size() && !m_exhausted)
        return;
    sdk::Entry e = entry;
    if (!m_modules.value(e.pluginId).cards.contains(e.kind))
        e.payload = {};
    beginInsertRows({}, row, row);
    m_rows.insert(row, e);
    endInsertRows();
}

QString TimelineModel::setPrivate(const QString& id, bool isPrivate)
{
    const sdk::Status s = m_store.setPrivate(id, isPrivate);
    return s.ok() ? QString() : s.error().message;
}

// ---- issue 26: marks ----
void TimelineModel::reloadMarks()
{
    m_marks = m_store.allMarks().valueOr({});
}

QString TimelineModel::setMarked(const QString& id, const QString& moduleId, bool marked)
{
    const bool known = std::any_of(m_markActions.cbegin(), m_markActions.cend(),
                                   [&](const MarkAction& a) { return a.module == moduleId; });
    if (!known)
        return tr("No module here takes marks called \"%1\".").arg(moduleId);
    const sdk::Status s = m_store.setMarked(moduleId, id, marked);
    return s.ok() ? QString() : s.error().message;
}
// ---- end issue 26 ----

void TimelineModel::onEntryChanged(sdk::ChangeType type, const QString& id, const QString&)
{
    emit entriesChanged();
    if (!m_searchText.trimmed().isEmpty()) {
        // Whether a changed entry matches the words is the index's call.
        reload();
        return;
    }
    const int row = rowOf(id);
    if (type == sdk::ChangeType::Removed) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        refreshCount();
        return;
    }
    auto entry = m_store.get(id);
    if (!entry.ok())
        return;
    const bool keep = matches(entry.value());
    if (row >= 0) {
        if (!keep || m_rows[row].occurredAt != entry->occurredAt) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            if (keep)
                insertSorted(entry.value());
        } else {
            sdk::Entry e = entry.value();
            if (!m_modules.value(e.pluginId).cards.contains(e.kind))
                e.payload = {};
            m_rows[row] = e;
            emit dataChanged(index(row), index(row));
        }
    } else if (keep) {
        insertSorted(entry.value());
    }
    refreshCount();
}

} // namespace tessera::core
