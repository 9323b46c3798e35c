#include "learnmodel.h"

#include "app/navigationmodel.h"

#include <QCoreApplication>

namespace tessera::core {

namespace {
} // namespace

LearnModel::LearnModel(QList<Article> articles, QObject* parent)
    : QAbstractListModel(parent), m_articles(std::move(articles))
{
    for (int i = 0; i < int(m_articles.size()); ++i)
        m_rows << i;
}

QString LearnModel::topicTitle(const QString& topic)
{
    if (topic == QLatin1String("understanding"))
        return QCoreApplication::translate("Learn", "Understanding depression");
    if (topic == QLatin1String("treatment"))
        return QCoreApplication::translate("Learn", "Treatment and therapy");
    if (topic == QLatin1String("techniques"))
        return QCoreApplication::translate("Learn", "Things to try");
    if (topic == QLatin1String("medicines"))
        return QCoreApplication::translate("Learn", "Medicines");
    if (topic == QLatin1String("everyday"))
        return QCoreApplication::translate("Learn", "Sleep, alcohol and everyday life");
    if (topic == QLatin1String("staying-well"))
        return QCoreApplication::translate("Learn", "Staying well");
    if (topic == QLatin1String("crisis"))
        return QCoreApplication::translate("Learn", "In a crisis");
    return QCoreApplication::translate("Learn", "More to read");
}

QString LearnModel::familyTitle() { return QCoreApplication::translate("Learn", "For family and friends"); }

int LearnModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant LearnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Article& a = m_articles.at(m_rows.at(index.row()));
    const bool family = a.spec.audience == ArticleAudience::Family;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.spec.title;
    case KeyRole:
        return a.key;
    case SummaryRole:
        return a.spec.summary;
    case MinutesRole:
        return a.spec.minutes;
    case TopicRole:
        return a.spec.topic;
    case SectionRole:
        return family ? familyTitle() : topicTitle(a.spec.topic);
    case ForFamilyRole:
        return family;
    case SourceNameRole:
        return a.sourceName;
    case ReadRole:
        return m_read.contains(a.key);
    case PageKeyRole:
        return a.pageKey;
    case FirstInSectionRole:
        return index.row() == 0 || data(this->index(index.row() - 1), SectionRole) != data(index, SectionRole);
    default:
        return {};
    }
}

QHash<int, QByteArray> LearnModel::roleNames() const
{
    return {{KeyRole, "key"},         {TitleRole, "title"},     {SummaryRole, "summary"},
            {MinutesRole, "minutes"}, {TopicRole, "topic"},     {SectionRole, "section"},
            {ForFamilyRole, "forFamily"}, {SourceNameRole, "sourceName"}, {ReadRole, "read"},
            {PageKeyRole, "pageKey"}, {FirstInSectionRole, "firstInSection"}};
}

const Article* LearnModel::find(const QString& key) const
{
    for (const Article& a : m_articles) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

void LearnModel::setRead(const QSet<QString>& read)
{
    if (read == m_read)
        return;
    m_read = read;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ReadRole});
}

void LearnModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    refilter();
}

bool LearnModel::matches(const Article& a, const QStringList& words)
{
    const QString head = NavigationModel::foldForSearch(
        QStringList{a.spec.title, a.spec.summary, a.sourceName,
                    a.spec.audience == ArticleAudience::Family ? familyTitle() : topicTitle(a.spec.topic)}
            .join(QLatin1Char(' ')));
    auto text = m_foldedText.find(a.key);
    bool all = true;
    for (const QString& w : words) {
        if (head.contains(w))
            continue;
        if (text == m_foldedText.end()) {
            // The text is read once, on the first search that needs it.
            text = m_foldedText.insert(a.key, NavigationModel::foldForSearch(readArticle(a).plainText));
            ++m_textsRead;
        }
        if (!text->contains(w)) {
            all = false;
            break;
        }
    }
    return all;
}

void LearnModel::refilter()
{
    const QStringList words = NavigationModel::foldForSearch(m_query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> rows;
    for (int i = 0; i < int(m_articles.size()); ++i) {
        if (words.isEmpty() || matches(m_articles.at(i), words))
            rows << i;
    }
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

} // namespace tessera::core
