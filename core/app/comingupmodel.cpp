#include "comingupmodel.h"
#include "host/languages.h"

#include "timelinemodel.h"

#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <QLocale>

namespace tessera::core {

ComingUpModel::ComingUpModel(JournalStore& store, const PluginManager& plugins, QObject* parent, Clock clock)
    : QAbstractListModel(parent), m_store(store), m_clock(std::move(clock))
{
    for (const PluginRecord* r : plugins.running()) {
        ModuleInfo info;
        info.name = Languages::manifestText(r->id, r->manifest->name);
        info.color = r->manifest->color.isEmpty() ? QStringLiteral("#6b7f99") : r->manifest->color;
        for (const KindSpec& k : r->manifest->kinds)
            info.kindTitles.insert(k.fullName, Languages::manifestText(r->id, k.title));
        m_modules.insert(r->id, info);
        m_runningModules << r->id;
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ComingUpModel::reload);
    connect(&m_store, &JournalStore::entryChanged, this, [this] { m_coalesce.start(); });
    connect(&m_store, &JournalStore::reset, this, &ComingUpModel::reload);
    reload();
}

void ComingUpModel::reload()
{
    m_coalesce.stop();
    const int before = count();
    const bool moreBefore = m_hasMore;
    QList<sdk::Entry> rows;
    bool more = false;
    if (!m_store.isLocked() && !m_runningModules.isEmpty()) {
        const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        // The same line as the timeline's main list (TimelineModel::cutoff()).
        const QDateTime from = now.toUTC().addSecs(TimelineModel::kNowGraceSeconds);
        sdk::EntryQuery q;
        q.pluginIds = m_runningModules;
        q.from = from;
        q.to = from.addDays(kDays);
        q.oldestFirst = true;
        q.limit = kMaxRows + 1;
        q.withPayload = false;
        auto page = m_store.query(q);
        if (page.ok()) {
            rows = page->entries;
            more = rows.size() > kMaxRows || !page->nextCursor.isEmpty();
            if (rows.size() > kMaxRows)
                rows.resize(kMaxRows);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_hasMore = more;
    endResetModel();
    if (count() != before || m_hasMore != moreBefore)
        emit countChanged();
}

int ComingUpModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant ComingUpModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const sdk::Entry& e = m_rows.at(index.row());
    const ModuleInfo info = m_modules.value(e.pluginId);
    const QDateTime local = e.localOccurredAt();
    switch (role) {
    case IdRole: return e.id;
    case TitleRole: return e.title;
    case KindTitleRole: return info.kindTitles.value(e.kind, e.shortKind());
    case ModuleNameRole: return info.name;
    case ModuleColorRole: return info.color;
    case DayRole: return local.date().toString(Qt::ISODate);
    case DayTextRole: return QLocale().toString(local.date(), QStringLiteral("ddd d MMM"));
    case TimeRole: return local.time().toString(QStringLiteral("HH:mm"));
    default: return {};
    }
}

QHash<int, QByteArray> ComingUpModel::roleNames() const
{
    return {{IdRole, "entryId"}, {TitleRole, "title"}, {KindTitleRole, "kindTitle"}, {ModuleNameRole, "moduleName"},
            {ModuleColorRole, "moduleColor"}, {DayRole, "day"}, {DayTextRole, "dayText"}, {TimeRole, "time"}};
}

} // namespace tessera::core
