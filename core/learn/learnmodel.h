// Learn (issue 25): the Learn page's list: every article, grouped by topic
// with "For family and friends" as its own part, filtered by a search.
#pragma once

#include "articlelibrary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace tessera::core {

class LearnModel : public QAbstractListModel {
    Q_OBJECT
    /// Words to look for in titles, summaries, where an article is from and
    /// the articles' text (accents and case ignored); "" lists them all.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// Rows shown now, and articles in all.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total CONSTANT)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        MinutesRole,
        TopicRole,
        SectionRole,    ///< the topic's title, or "For family and friends"
        ForFamilyRole,
        SourceNameRole, ///< "Thought records", "Tessera", the clinic profile's name
        ReadRole,
        PageKeyRole,
        FirstInSectionRole, ///< the first row of its section as shown (a heading goes above it)
    };

    explicit LearnModel(QList<Article> articles, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString& query);
    [[nodiscard]] int total() const { return int(m_articles.size()); }

    /// The article with this key, or null.
    [[nodiscard]] const Article* find(const QString& key) const;
    [[nodiscard]] const QList<Article>& articles() const { return m_articles; }

    /// Which articles have been opened (keys).
    void setRead(const QSet<QString>& read);
    [[nodiscard]] const QSet<QString>& read() const { return m_read; }

    /// A topic's title as the page shows it ("Understanding depression").
    static QString topicTitle(const QString& topic);
    /// The part for family and friends.
    static QString familyTitle();

    /// How many articles' text the search has read (a count for tests: the
    /// list itself never reads an article).
    [[nodiscard]] int textsRead() const { return m_textsRead; }

signals:
    void queryChanged();
    void countChanged();

private:
    bool matches(const Article& a, const QStringList& words);
    void refilter();

    QList<Article> m_articles;
    QList<int> m_rows; ///< indexes into m_articles, shown now
    QSet<QString> m_read;
    QString m_query;
    QHash<QString, QString> m_foldedText; ///< key -> folded plain text, read on the first search
    int m_textsRead = 0;
};

} // namespace tessera::core
