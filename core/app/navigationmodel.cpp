#include "navigationmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace tessera::core {

namespace {
const QString kGroupPrefix = QStringLiteral("group:");
} // namespace

NavigationModel::NavigationModel(const QVariantList& items, QObject* parent) : QAbstractListModel(parent)
{
    for (const QVariant& v : items) {
        const QVariantMap item = v.toMap();
        Page page;
        page.key = item.value(QStringLiteral("key")).toString();
        page.title = item.value(QStringLiteral("title")).toString();
        page.color = item.value(QStringLiteral("color")).toString();
        page.place = item.value(QStringLiteral("place")).toString();
        const QString module = item.value(QStringLiteral("moduleId")).toString();
        if (page.key.isEmpty())
            continue;
        if (page.place == QLatin1String("top") || page.place == QLatin1String("bottom")) {
            (page.place == QLatin1String("top") ? m_pinnedTop : m_pinnedBottom) << item;
        } else if (!module.isEmpty()) {
            page.group = module;
            page.groupTitle = item.value(QStringLiteral("section")).toString();
        }
        const int index = static_cast<int>(m_pages.size());
        m_pages << page;
        if (!page.place.isEmpty() && page.place != QLatin1String("list"))
            continue;
        if (page.group.isEmpty()) {
            m_places << index;
            continue;
        }
        int g = groupIndex(page.group);
        if (g < 0) {
            m_groups << Group{page.group, page.groupTitle, page.color, {}};
            g = static_cast<int>(m_groups.size()) - 1;
        }
        m_groups[g].pages << index;
    }
    m_pageCount = static_cast<int>(m_pages.size());
    m_rows = buildRows();
}

void NavigationModel::retitle(const QVariantList& items)
{
    QHash<QString, QVariantMap> byKey;
    for (const QVariant& v : items) {
        const QVariantMap item = v.toMap();
        byKey.insert(item.value(QStringLiteral("key")).toString(), item);
    }
    for (Page& page : m_pages) {
        const auto it = byKey.constFind(page.key);
        if (it == byKey.cend())
            continue;
        page.title = it->value(QStringLiteral("title")).toString();
        if (!page.group.isEmpty())
            page.groupTitle = it->value(QStringLiteral("section")).toString();
    }
    for (Group& group : m_groups) {
        if (!group.pages.isEmpty())
            group.title = m_pages.at(group.pages.constFirst()).groupTitle;
    }
    for (QVariantList* pinned : {&m_pinnedTop, &m_pinnedBottom}) {
        for (QVariant& v : *pinned) {
            const auto it = byKey.constFind(v.toMap().value(QStringLiteral("key")).toString());
            if (it != byKey.cend())
                v = *it;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    emit titlesChanged();
}

int NavigationModel::groupIndex(const QString& id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].id == id)
            return g;
    }
    return -1;
}

bool NavigationModel::groupOpen(int group) const
{
    const QString& id = m_groups[group].id;
    if (id == m_activeGroup && !m_activeClosedByHand)
        return true;
    return m_openedByHand.contains(id);
}

bool NavigationModel::isExpanded(const QString& group) const
{
    const int g = groupIndex(group);
    return g >= 0 && groupOpen(g);
}

QList<NavigationModel::Row> NavigationModel::buildRows() const
{
    QList<Row> rows;
    for (int p : m_places)
        rows << Row{-1, p};
    for (int g = 0; g < m_groups.size(); ++g) {
        rows << Row{g, -1};
        if (groupOpen(g)) {
            for (int p : m_groups[g].pages)
                rows << Row{g, p};
        }
    }
    return rows;
}

void NavigationModel::relayout()
{
    // Group by group, so a view keeps its place (and its delegates) around the change.
    int row = static_cast<int>(m_places.size());
    for (int g = 0; g < m_groups.size(); ++g) {
        const int header = row;
        const bool shownOpen = header + 1 < m_rows.size() && m_rows[header + 1].group == g;
        const bool open = groupOpen(g);
        const int n = static_cast<int>(m_groups[g].pages.size());
        if (open != shownOpen && n > 0) {
            if (open) {
                beginInsertRows({}, header + 1, header + n);
                for (int i = 0; i < n; ++i)
                    m_rows.insert(header + 1 + i, Row{g, m_groups[g].pages[i]});
                endInsertRows();
            } else {
                beginRemoveRows({}, header + 1, header + n);
                m_rows.remove(header + 1, n);
                endRemoveRows();
            }
        }
        if (open != shownOpen)
            emit dataChanged(index(header), index(header), {ExpandedRole, AccessibleNameRole});
        row = header + 1 + (open ? n : 0);
    }
    Q_ASSERT(m_rows.size() == buildRows().size());
}

void NavigationModel::setCurrentKey(const QString& key)
{
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    QString group;
    for (const Page& p : m_pages) {
        if (p.key == key)
            group = p.group;
    }
    // A page of another group opens that group; the one left closes again unless opened by hand.
    if (group != m_activeGroup) {
        m_activeGroup = group;
        m_activeClosedByHand = false;
    } else if (!group.isEmpty() && m_activeClosedByHand) {
        m_activeClosedByHand = false; // opening one of its pages opens it again
    }
    relayout();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {IsCurrentRole, ContainsCurrentRole});
    emit currentKeyChanged();
    // Always: the view brings the row into sight, even when its number is the same.
    emit currentRowChanged();
}

void NavigationModel::setExpanded(const QString& group, bool expanded)
{
    const int g = groupIndex(group);
    if (g < 0 || groupOpen(g) == expanded)
        return;
    if (expanded)
        m_openedByHand.insert(group);
    else
        m_openedByHand.remove(group);
    if (group == m_activeGroup)
        m_activeClosedByHand = !expanded;
    const int oldRow = currentRow();
    relayout();
    if (currentRow() != oldRow)
        emit currentRowChanged();
}

int NavigationModel::rowOf(const QString& key) const
{
    if (key.isEmpty())
        return -1;
    if (key.startsWith(kGroupPrefix)) {
        const int g = groupIndex(key.mid(kGroupPrefix.size()));
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].page < 0 && m_rows[r].group == g)
                return r;
        }
        return -1;
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].page >= 0 && m_pages[m_rows[r].page].key == key)
            return r;
    }
    return -1;
}

int NavigationModel::headerRowOf(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].group < 0)
        return -1;
    for (int r = row; r >= 0; --r) {
        if (m_rows[r].page < 0)
            return r;
    }
    return -1;
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const Group* group = row.group >= 0 ? &m_groups[row.group] : nullptr;
    const Page* page = row.page >= 0 ? &m_pages[row.page] : nullptr;
    switch (role) {
    case KeyRole:
        return page ? page->key : kGroupPrefix + group->id;
    case Qt::DisplayRole:
    case TitleRole:
        return page ? page->title : group->title;
    case IsHeaderRole:
        return page == nullptr;
    case GroupRole:
        return group ? group->id : QString();
    case GroupTitleRole:
        return group ? group->title : QString();
    case ColorRole:
        return group ? group->color : (page ? page->color : QString());
    case ExpandedRole:
        return group && groupOpen(row.group);
    case PageCountRole:
        return group ? static_cast<int>(group->pages.size()) : 0;
    case IsCurrentRole:
        return page && page->key == m_currentKey;
    case ContainsCurrentRole:
        return !page && group && group->id == m_activeGroup;
    case AccessibleNameRole:
        if (!page) {
            // Qt 6.4 has no expanded state for a screen reader: the name says it.
            const bool open = groupOpen(row.group);
            if (group->pages.size() == 1)
                return (open ? QCoreApplication::translate("Navigation", "%1, group, 1 page, expanded") : QCoreApplication::translate("Navigation", "%1, group, 1 page, collapsed")).arg(group->title);
            return (open ? QCoreApplication::translate("Navigation", "%1, group, %2 pages, expanded") : QCoreApplication::translate("Navigation", "%1, group, %2 pages, collapsed"))
                .arg(group->title)
                .arg(group->pages.size());
        }
        return group ? QCoreApplication::translate("Navigation", "%1, %2").arg(page->title, group->title) : page->title;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    return {{KeyRole, "key"},
            {TitleRole, "title"},
            {IsHeaderRole, "isHeader"},
            {GroupRole, "group"},
            {GroupTitleRole, "groupTitle"},
            {ColorRole, "moduleColor"},
            {ExpandedRole, "expanded"},
            {PageCountRole, "pageCount"},
            {IsCurrentRole, "isCurrent"},
            {ContainsCurrentRole, "containsCurrent"},
            {AccessibleNameRole, "accessibleName"}};
}

QString NavigationModel::foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace() || c.isPunct()) {
            // "Today's" matches "todays" and "today s": apostrophes vanish, other marks separate words.
            if (c == QLatin1Char('\'') || c == QChar(0x2019))
                continue;
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        out += c.toCaseFolded();
    }
    return out;
}

QVariantList NavigationModel::findPages(const QString& text) const
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString whole = words.join(QLatin1Char(' '));
    struct Hit {
        int score;
        int order;
    };
    QList<Hit> hits;
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page& p = m_pages[i];
        const QString title = foldForSearch(p.title);
        const QString module = foldForSearch(p.groupTitle);
        const QStringList titleWords = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList moduleWords = module.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auto wordStarts = [](const QStringList& list, const QString& w) {
            return std::any_of(list.begin(), list.end(), [&](const QString& x) { return x.startsWith(w); });
        };
        int score = 0;
        bool all = true;
        for (const QString& w : words) {
            if (wordStarts(titleWords, w))
                score += 2;
            else if (title.contains(w))
                score += 3;
            else if (wordStarts(moduleWords, w))
                score += 4;
            else if (module.contains(w))
                score += 5;
            else {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        if (!whole.isEmpty() && title == whole)
            score = 0;
        else if (!whole.isEmpty() && title.startsWith(whole))
            score = std::min(score, 1);
        hits << Hit{score, i};
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score < b.score; });
    QVariantList out;
    for (const Hit& h : hits) {
        const Page& p = m_pages[h.order];
        out << QVariantMap{{QStringLiteral("key"), p.key},
                           {QStringLiteral("title"), p.title},
                           {QStringLiteral("groupTitle"), p.groupTitle},
                           {QStringLiteral("color"), p.color},
                           {QStringLiteral("place"), p.place},
                           {QStringLiteral("accessibleName"),
                            p.groupTitle.isEmpty() ? p.title : QCoreApplication::translate("Navigation", "%1, %2").arg(p.title, p.groupTitle)}};
    }
    return out;
}

} // namespace tessera::core
