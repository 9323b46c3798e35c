// The navigation's rows (issue 24): the host's places, then one collapsible
// group per module, and what is pinned above and below the list; the "Go to"
// search over every page.
#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QVariantList>

namespace tessera::core {

/// Made from AppController::navigation() (a flat list of items {key, title,
/// section, color, url, moduleId, place}). Items whose `place` is "top" or
/// "bottom" are pinned outside the scrolling list (pinnedTop, pinnedBottom);
/// items with no module are the host's places, listed first without a
/// heading; each module's items follow under a heading row (its name and
/// colour) that opens and closes the group.
///
/// Which groups are open: the group of the current page opens when a page of
/// it becomes current (and closes again when another group's page does,
/// unless it was opened by hand); a group opened or closed by hand stays so
/// for the session (this object lives as long as the window's controller).
class NavigationModel : public QAbstractListModel {
    Q_OBJECT
    /// The key of the page shown ("" while none, e.g. when locked).
    Q_PROPERTY(QString currentKey READ currentKey WRITE setCurrentKey NOTIFY currentKeyChanged)
    /// The row of the current page (-1 when it is pinned or not in the list).
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentRowChanged)
    /// Pinned above the list ("Need help now?") and below it (Modules, Settings): the items as given.
    Q_PROPERTY(QVariantList pinnedTop READ pinnedTop NOTIFY titlesChanged)
    Q_PROPERTY(QVariantList pinnedBottom READ pinnedBottom NOTIFY titlesChanged)
    /// How many pages there are in all (pinned ones included).
    Q_PROPERTY(int pageCount READ pageCount CONSTANT)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the page's key; "group:<module id>" for a heading
        TitleRole,                  ///< the page title, or the module's name on a heading
        IsHeaderRole,               ///< a module's heading row
        GroupRole,                  ///< the module id ("" for the host's places)
        GroupTitleRole,             ///< the module's name ("" for the host's places)
        ColorRole,                  ///< the module's colour ("" for none)
        ExpandedRole,               ///< a heading: whether its pages are shown
        PageCountRole,              ///< a heading: how many pages the module has
        IsCurrentRole,              ///< the page shown
        ContainsCurrentRole,        ///< a heading whose group holds the page shown
        AccessibleNameRole,         ///< what a screen reader says for the row
    };
    Q_ENUM(Role)

    explicit NavigationModel(const QVariantList& items, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString currentKey() const { return m_currentKey; }
    void setCurrentKey(const QString& key);
    [[nodiscard]] int currentRow() const { return rowOf(m_currentKey); }
    [[nodiscard]] QVariantList pinnedTop() const { return m_pinnedTop; }
    [[nodiscard]] QVariantList pinnedBottom() const { return m_pinnedBottom; }
    [[nodiscard]] int pageCount() const { return m_pageCount; }

    /// The row showing `key` (a page key or "group:<module>"); -1 when it is not shown.
    Q_INVOKABLE int rowOf(const QString& key) const;
    /// The heading row of the group `row` is in; -1 for the host's places.
    Q_INVOKABLE int headerRowOf(int row) const;
    /// Whether a module's group is open.
    Q_INVOKABLE bool isExpanded(const QString& group) const;
    /// Opens or closes a module's group (by hand: remembered for the session).
    Q_INVOKABLE void setExpanded(const QString& group, bool expanded);
    Q_INVOKABLE void toggle(const QString& group) { setExpanded(group, !isExpanded(group)); }

    /// "Go to": the pages whose title or module name hold every word of
    /// `text`, ignoring case and accents ("therapie" finds "Thérapie"),
    /// best first: a title that is the text, one that starts with it, a word
    /// of the title that starts with it, the text inside a title, then the
    /// module's name; ties in navigation order. An empty text gives every
    /// page in navigation order. Each: {key, title, groupTitle, color, place}.
    Q_INVOKABLE QVariantList findPages(const QString& text) const;

    /// The titles again from `items` (the same pages, as navigation() gives
    /// them after a switch of language), matched by key; the pages, their
    /// order and which groups are open stay as they are.
    void retitle(const QVariantList& items);

    /// The text as it is compared: lower case, accents removed, spaces squeezed.
    static QString foldForSearch(const QString& text);

signals:
    void currentKeyChanged();
    void titlesChanged();
    void currentRowChanged();

private:
    struct Page {
        QString key;
        QString title;
        QString color;
        QString place;
        QString group;      // module id, "" for the host's places and pinned items
        QString groupTitle; // module name
    };
    struct Group {
        QString id;
        QString title;
        QString color;
        QList<int> pages; // indexes into m_pages
    };
    struct Row {
        int group = -1; // index into m_groups; -1: the host's places
        int page = -1;  // index into m_pages; -1: the group's heading
    };

    [[nodiscard]] int groupIndex(const QString& id) const;
    [[nodiscard]] bool groupOpen(int group) const;
    [[nodiscard]] QList<Row> buildRows() const;
    /// Brings the rows in line with which groups are open, one group's pages at a time.
    void relayout();

    QList<Page> m_pages;
    QList<Group> m_groups;
    QList<int> m_places; // the host's places, in order (indexes into m_pages)
    QList<Row> m_rows;
    QVariantList m_pinnedTop;
    QVariantList m_pinnedBottom;
    int m_pageCount = 0;
    QString m_currentKey;
    QString m_activeGroup;        // the group of the current page
    bool m_activeClosedByHand = false;
    QSet<QString> m_openedByHand; // groups opened by hand, kept open
};

} // namespace tessera::core
