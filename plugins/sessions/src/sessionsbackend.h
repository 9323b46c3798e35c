// What the sessions module's pages talk to.
#pragma once

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/reminders.h>

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace tessera::sdk { class PluginContext; }

namespace tessera::sessions {

/// Three kinds: "session" (notes after a session, with homework and the
/// next session's date), "prep" (the list for the next session: items the
/// client adds, what went well, what was hard; one open at a time) and
/// "supporters" (the page for the people close to the client, one entry
/// edited in place). Entries of other modules come in two ways only: those
/// the client marked for the next session (sdk::Marks, whatever their kind)
/// and, for homework progress, counts of the kinds in the manifest's
/// "reads" once the client allowed them.
class SessionsBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantMap next READ next NOTIFY dataChanged)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY dataChanged)
    Q_PROPERTY(bool hasMoreSessions READ hasMoreSessions NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap supporters READ supporters NOTIFY dataChanged)
    Q_PROPERTY(QVariantList typeOptions READ typeOptions CONSTANT)
    Q_PROPERTY(QVariantList roleOptions READ roleOptions CONSTANT)
    Q_PROPERTY(QVariantList homeworkKinds READ homeworkKinds NOTIFY dataChanged)
    Q_PROPERTY(QString noContactsNote READ noContactsNote CONSTANT)

public:
    explicit SessionsBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// The Next session page: {prepId, items [{id, text}], wentWell, hard,
    /// marked [{id, title, kindTitle, when}], markedError (why the marked
    /// entries could not be read, or ""), homework (the last session's,
    /// as in sessions()), lastSession (date label or ""), nextSession
    /// ({date, time, label} of the next session when one was set and is to
    /// come, else {})}.
    [[nodiscard]] QVariantMap next() const { return m_next; }
    /// The newest sessions first (a page of kSessionPage, more after
    /// showMoreSessions()), each: {id, date, time, whenLabel, type,
    /// typeLabel, with (roles), withLabel, talked, remember, themes, helped,
    /// toTry, agenda, homework [{id, text, kind, kindTitle, target, page,
    /// done, progressLabel, canCount}], homeworkDone, homeworkSet,
    /// nextLabel}.
    [[nodiscard]] QVariantList sessions() const { return m_sessions; }
    [[nodiscard]] bool hasMoreSessions() const { return m_hasMore; }
    /// The page for the people close to me: {id, helps, notHelp, signs,
    /// support, worried, includeContacts, contacts (from the safety plan
    /// when includeContacts and the client allowed reading it), contactsNote}.
    [[nodiscard]] QVariantMap supporters() const { return m_supporters; }
    [[nodiscard]] QVariantList typeOptions() const;
    [[nodiscard]] QVariantList roleOptions() const;
    /// Kinds homework can count, among the manifest's reads, whose module is
    /// installed: {kind, title}. One the client has not allowed counts 0.
    [[nodiscard]] QVariantList homeworkKinds() const;

    /// Adds an item to the list for the next session; false with lastError.
    Q_INVOKABLE bool addItem(const QString& text);
    Q_INVOKABLE bool removeItem(const QString& itemId);
    /// Sets the next session's date ("YYYY-MM-DD", "" to clear) and time
    /// ("HH:mm" or "") on the list for it, before any notes say it (a first
    /// appointment). It wins over the newest notes' date until a session closes the list.
    Q_INVOKABLE bool setNextSession(const QString& date, const QString& time);
    /// The people and services in the client's safety plan (its "People I can
    /// ask for help" and "Professionals and crisis lines"); none when the plan
    /// is empty or the client has not allowed Sessions to read it.
    Q_INVOKABLE QStringList safetyPlanContacts() const;
    /// What the page says when the client adds the safety plan's contacts and none are found.
    static QString noContactsNote();
    /// A file's path as a URL to open it with (Qt.openUrlExternally).
    Q_INVOKABLE static QUrl fileUrl(const QString& path);
    /// Saves what went well and what was hard since the last session.
    Q_INVOKABLE bool saveReflection(const QString& wentWell, const QString& hard);
    /// Takes the mark off a marked entry ("Do not bring").
    Q_INVOKABLE bool unmark(const QString& entryId);

    /// Saves a session's notes (new when id is ""); returns its id, or ""
    /// with lastError. The form: {date "YYYY-MM-DD", time "HH:mm", type,
    /// with [roles], talked, remember, themes, helped, toTry, homework
    /// [{id?, text, kind?, target?, page?}], nextDate, nextTime,
    /// closeList (bool: a new session also closes the list for it, keeping
    /// its items in the notes, and takes the marks off the entries brought)}.
    Q_INVOKABLE QString saveSession(const QString& id, const QVariantMap& form);
    /// A session as the form map, plus its homework with progress; {} when not found.
    Q_INVOKABLE QVariantMap loadSession(const QString& id) const;
    Q_INVOKABLE void showMoreSessions();
    /// Ticks a homework item done (or not): one that no entries count.
    Q_INVOKABLE bool setHomeworkDone(const QString& sessionId, const QString& itemId, bool done);
    /// Worked out when a page asks (not at the start): sessions by month for
    /// the last twelve months, from the month of the first session among them,
    /// oldest first: {month, shortMonth, sessions, homeworkSet, homeworkDone}.
    Q_INVOKABLE QVariantList overTimeNow() const;

    /// Saves the page for the people close to me.
    Q_INVOKABLE bool saveSupporters(const QVariantMap& form);
    /// Writes that page as a PDF at `path` (a local file or file: URL),
    /// readable by the client only; returns the local path, or "" with lastError.
    Q_INVOKABLE QString exportSupportersPdf(const QString& path);
    /// Where the PDF goes unless the client chooses: their Documents folder.
    Q_INVOKABLE QString suggestedPdfPath() const;

    Q_INVOKABLE void refresh() override;

    /// Sessions read per page of the history (the start reads one page).
    static constexpr int kSessionPage = 30;
    /// Homework progress counts a kind's entries in at most this many days after a session.
    static constexpr int kHomeworkDays = 120;
    /// People (roles) one session's notes name at most.
    static constexpr int kMaxRoles = 12;

    /// A session today or to come (the latest notes' next date), as due
    /// items: "session" on its day, at its time; Open only.
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const;
    /// One reminder for the next session, two hours before it (Once), while it is to come.
    [[nodiscard]] QList<sdk::Reminder> wantedReminders(const QDateTime& now) const;

    static QString typeLabel(const QString& type);
    static QString roleLabel(const QString& role);
    static QStringList types();
    static QStringList roles();
    /// The kinds homework may count (each also in the manifest's "reads").
    static QStringList countableKindNames();
    static sdk::EntryDraft sessionDraft(const QJsonObject& payload, const QDateTime& when);

signals:
    void dataChanged();

private:
    std::optional<sdk::Entry> openPrep() const;
    /// Saves the list for the next session: `open` (openPrep(), read once by the caller) revised, or a new one.
    bool savePrep(const std::optional<sdk::Entry>& open, const QJsonObject& payload);
    QVariantList homeworkOf(const sdk::Entry& session, const QDateTime& until) const;
    QVariantMap sessionMap(const sdk::Entry& e, const QDateTime& until) const;
    QString kindTitle(const QString& kind) const;
    /// Journal::kindInfo(), remembered until the next refresh (one lookup per
    /// kind, not per homework item).
    const std::optional<sdk::KindInfo>& kindInfoOf(const QString& kind) const;
    /// The Next session page's map, from the open list, the marks and `newest` (the newest session, or none).
    void loadNext(const sdk::Entry* newest);
    /// Before the first refresh: the next session's date alone, for dueItems().
    void readNextSession();
    /// m_nextAt, m_nextDate and m_nextHasTime from a payload's nextDate and nextTime.
    void setNext(const QJsonObject& when);
    void loadSupporters();
    void syncReminders();
    void offerSupportIfRisk(const QStringList& texts);

    QVariantMap m_next;
    QVariantList m_sessions;
    QVariantMap m_supporters;
    int m_limit = kSessionPage;
    bool m_hasMore = false;
    std::optional<QDateTime> m_nextAt; ///< the next session (local, or the clinic's zone)
    QDate m_nextDate;                  ///< its date as written
    bool m_nextHasTime = false;
    mutable QHash<QString, std::optional<sdk::KindInfo>> m_kinds;
    bool m_remind = true;              ///< settings "reminders"
    QString m_timeZone;                ///< settings "timeZone": the clinic's IANA zone, or ""
};

} // namespace tessera::sessions
