// The timeline: every enabled module's entries, newest first, page by page.
#pragma once

#include <tessera/sdk/entry.h>

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace tessera::core {

class JournalStore;
class PluginManager;

/// A list model over the journal for the timeline view. It holds only the
/// rows fetched so far (100 at a time, keyset pagination via the store), so
/// opening a journal of a million entries costs one page. Filters are
/// properties; changing one reloads from the top. Store changes are applied
/// in place (insert, update, remove) without reloading.
///
/// Issue 24: the list opens at today. Without a date filter it stops at now
/// (cutoff()): entries dated later (planned activities) are not above
/// today's rows but in ComingUpModel, the "Coming up" section. An entry
/// whose time passes while the list is shown moves into it at the next
/// reload; one added or changed in place is placed by the time it changes.
/// A date filter shows its whole range, planned entries included.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(QString module READ module WRITE setModule NOTIFY filtersChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    Q_PROPERTY(int moodMin READ moodMin WRITE setMoodMin NOTIFY filtersChanged)
    Q_PROPERTY(int moodMax READ moodMax WRITE setMoodMax NOTIFY filtersChanged)
    Q_PROPERTY(QDate fromDate READ fromDate WRITE setFromDate NOTIFY filtersChanged)
    Q_PROPERTY(QDate toDate READ toDate WRITE setToDate NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    /// True when there are more than totalCount entries: the count stops at
    /// kCountLimit, so it never walks a whole large journal on the window's thread.
    Q_PROPERTY(bool totalCountIsLimit READ totalCountIsLimit NOTIFY totalCountChanged)
    /// False until the first count has come (it waits for the first frame).
    Q_PROPERTY(bool totalCountKnown READ totalCountKnown NOTIFY totalCountChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, KindRole, KindTitleRole, PluginIdRole, TitleRole, SummaryRole, MoodRole,
        HasMoodRole, TimeRole, DayRole, OccurredAtRole, TagsRole, ModuleNameRole, ModuleColorRole,
        ModuleIconRole, CardUrlRole, IsPrivateRole,
        MarksRole ///< issue 26: [{module, add, remove, shown, marked}] for each module with a "mark"
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    using Clock = std::function<QDateTime()>;
    /// `clock` gives the current time (tests pass their own); empty: now.
    /// Issue 30: `WhenReleased` when the first screen does not show the timeline
    /// (the app starts on Today): the model starts held (setHeld()), and reads its
    /// first page when released, or when asked to fetch.
    enum class FirstPage { Now, WhenReleased };
    TimelineModel(JournalStore& store, const PluginManager& plugins, QObject* parent = nullptr, Clock clock = {},
                  FirstPage firstPage = FirstPage::Now);

    /// Entries up to a minute ahead of the clock count as now (a module
    /// rounding a time up); later ones are "coming up".
    static constexpr int kNowGraceSeconds = 60;
    /// Where the main list stops without a date filter: the clock plus kNowGraceSeconds (UTC).
    [[nodiscard]] QDateTime cutoff() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    [[nodiscard]] QString module() const { return m_module; }
    void setModule(const QString& id);
    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString& kind);
    [[nodiscard]] int moodMin() const { return m_moodMin; }
    void setMoodMin(int mood);
    [[nodiscard]] int moodMax() const { return m_moodMax; }
    void setMoodMax(int mood);
    [[nodiscard]] QDate fromDate() const { return m_from; }
    void setFromDate(const QDate& date);
    [[nodiscard]] QDate toDate() const { return m_to; }
    void setToDate(const QDate& date);
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] bool totalCountIsLimit() const { return m_totalCountIsLimit; }
    [[nodiscard]] bool totalCountKnown() const { return m_totalCountKnown; }
    /// Counting stops here: 10,000 entries take a few milliseconds to count,
    /// 1,000,000 about half a second.
    static constexpr int kCountLimit = 10000;
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] bool hasMore() const { return !m_exhausted; }
    /// Fetches the next page when there is one (the view calls it near its end).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    /// What the first frame does not show waits while the model is held (the
    /// app holds it until its first frame is on screen, issue 30): a view does
    /// not fetch the second page as soon as it is made (canFetchMore() is
    /// false; Qt's views ask once when complete), and the total count (up to
    /// kCountLimit entries read: 17.7 M instructions at 100,000 entries) comes
    /// when released. loadMore() and fetchMore() still fetch.
    void setHeld(bool held);
    [[nodiscard]] QString error() const { return m_error; }

    /// Marks the entry `id` private or not (issue 23; JournalStore::setPrivate()).
    /// Returns "" when done, else a message to show. The row updates through
    /// the store's change signal.
    Q_INVOKABLE QString setPrivate(const QString& id, bool isPrivate);
    /// Marks the entry for a module or takes the mark off (issue 26;
    /// JournalStore::setMarked()); "" or why not.
    Q_INVOKABLE QString setMarked(const QString& id, const QString& moduleId, bool marked);

    /// Clears every filter.
    Q_INVOKABLE void clearFilters();
    /// Drops the loaded rows and fetches the first page again.
    Q_INVOKABLE void reload();
    /// The query the current filters make (cursor and limit unset).
    [[nodiscard]] sdk::EntryQuery currentQuery() const;

    /// What a module's timeline card is made from. Not a role: the payload
    /// goes only to the card of the entry's own module (ModulePages), never
    /// to QML that asks the model for a row.
    struct CardRow {
        QString pluginId;
        QString cardUrl;
        QVariantMap entry; ///< {id, title, summary, mood, time, kindTitle, moduleColor, payload}
    };
    /// The card of the loaded row `row` if it holds `entryId` (else of the
    /// loaded row that does); nullopt if no loaded row does or its kind has no card.
    [[nodiscard]] std::optional<CardRow> cardRow(int row, const QString& entryId) const;

signals:
    void filtersChanged();
    void totalCountChanged();
    /// An entry was added, changed or deleted, or the journal was replaced:
    /// what is drawn from the whole journal (the mood chart) is read again.
    void entriesChanged();
    void readyChanged();
    void hasMoreChanged();
    void errorChanged();

private:
    struct ModuleInfo {
        QString name;
        QString color;
        QString icon;
        QHash<QString, QString> kindTitles;
        QHash<QString, QString> cards;
    };

    void onEntryChanged(sdk::ChangeType type, const QString& id, const QString& kind);
    bool matches(const sdk::Entry& entry) const;
    int rowOf(const QString& id) const;
    void insertSorted(const sdk::Entry& entry);
    void setError(const QString& error);
    void refreshCount();
    void filterChanged();

    JournalStore& m_store;
    Clock m_clock;
    QHash<QString, ModuleInfo> m_modules;
    QStringList m_runningModules;
    // issue 26: the modules entries can be marked for, and the marks now
    struct MarkAction {
        QString module, add, remove, shown;
    };
    QList<MarkAction> m_markActions;
    QHash<QString, QStringList> m_marks; ///< entry id -> modules
    void reloadMarks();
    QList<sdk::Entry> m_rows;
    bool m_needsPayload = false; ///< Only custom cards need payloads.
    QString m_cursor;
    bool m_exhausted = false;
    bool m_held = false;
    bool m_countWaits = false; ///< a count was asked for while held
    bool m_firstPageWaits = false; ///< FirstPage::WhenReleased, not yet read
    bool m_ready = false;
    int m_totalCount = 0;
    bool m_totalCountIsLimit = false;
    bool m_totalCountKnown = false;
    QString m_error;

    QString m_searchText;
    QString m_module;
    QString m_kind;
    int m_moodMin = -1;
    int m_moodMax = -1;
    QDate m_from;
    QDate m_to;
};

} // namespace tessera::core
