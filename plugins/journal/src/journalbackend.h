// What the journal module's QML pages talk to.
#pragma once

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/reminders.h>

#include <QDate>
#include <QSet>

#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace tessera::journal {

/// The journal module's backend: saves check-ins and entries, keeps the
/// unfinished entry as a draft (an entry of kind "draft" in the journal,
/// encrypted, backed up and deleted with it), and computes the figures the
/// page shows.
/// Every save is validated; on failure `lastError` says which field and why.
class JournalBackend : public tessera::sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QStringList feelingWords READ feelingWords CONSTANT)
    Q_PROPERTY(QStringList prompts READ prompts CONSTANT)
    /// Days with a check-in in the last 14 (no streaks: what was done, not what was missed).
    Q_PROPERTY(int recentDays READ recentDays NOTIFY statsChanged)
    Q_PROPERTY(QVariantList weeklyMood READ weeklyMood NOTIFY statsChanged)
    Q_PROPERTY(QVariantList topFeelings READ topFeelings NOTIFY statsChanged)
    Q_PROPERTY(QString draftText READ draftText NOTIFY draftChanged)
    Q_PROPERTY(QString draftPrompt READ draftPrompt NOTIFY draftChanged)
    Q_PROPERTY(bool lastCheckinHard READ lastCheckinHard NOTIFY lastCheckinHardChanged)
    // A check-in begun and left for another page (kept for this run): "checkin",
    // so that Tessera asks before it quits (SDK 2.6.1); "" when there is none.
    Q_PROPERTY(QString unsavedWritingPage READ unsavedWritingPage NOTIFY checkinDraftChanged)

public:
    explicit JournalBackend(tessera::sdk::PluginContext& context, QObject* parent = nullptr);
    ~JournalBackend() override;

    [[nodiscard]] QStringList feelingWords() const;
    [[nodiscard]] QStringList prompts() const;
    [[nodiscard]] int recentDays() const { return m_recentDays; }
    [[nodiscard]] QVariantList weeklyMood() const { return m_weeklyMood; }
    [[nodiscard]] QVariantList topFeelings() const { return m_topFeelings; }
    /// The unfinished entry, read from the journal when first asked (not at start).
    [[nodiscard]] QString draftText() const;
    [[nodiscard]] QString draftPrompt() const;
    /// Whether the check-in last saved here showed a sign that things are
    /// very hard (see supportReason()), so the page thanks warmly.
    [[nodiscard]] bool lastCheckinHard() const { return m_lastCheckinHard; }

    /// Saves a check-in; returns the new entry's id, or "" with lastError set.
    /// A check-in with a sign that things are very hard offers support
    /// (PluginContext::offerSupport) once it is saved.
    Q_INVOKABLE QString saveCheckin(int mood, const QStringList& feelings, const QString& note);
    /// Saves a journal entry and clears the draft; returns the id or "".
    Q_INVOKABLE QString saveEntry(const QString& text, const QString& prompt);
    /// Rewrites an existing check-in or entry (kept as a new revision). An
    /// edited check-in offers support when the edit brings a sign it did not have.
    /// A title or summary the module did not make (the client's, from
    /// tessera-cli or an import) is kept; the module's own follow the content.
    Q_INVOKABLE bool updateCheckin(const QString& id, int mood, const QStringList& feelings, const QString& note);
    Q_INVOKABLE bool updateEntry(const QString& id, const QString& text, const QString& prompt);
    /// The entry as a map for an edit form: id, kind, mood, feelings, note, text, prompt, when, deleted.
    Q_INVOKABLE QVariantMap load(const QString& id);
    /// Keeps unfinished writing in the journal, as the one entry of kind
    /// "draft" (revised in place; removed to the bin when emptied or saved as
    /// an entry). Never in the module's data folder, which is not encrypted,
    /// and never in the log.
    Q_INVOKABLE void saveDraft(const QString& text, const QString& prompt);
    /// Whether `id` is the unfinished entry (its timeline card opens the
    /// Write page with it: to go on writing, not to edit an entry).
    Q_INVOKABLE bool isDraft(const QString& id) const;
    /// A check-in begun and left unsaved (the page closed: Need help now?, another
    /// page): {mood (-1: not set), feelings, note}, given back when the page opens
    /// again, until it is saved. Kept in memory only, for this run.
    Q_INVOKABLE void keepCheckinDraft(const QVariantMap& draft)
    {
        m_checkinDraft = draft;
        emit checkinDraftChanged();
    }
    [[nodiscard]] QString unsavedWritingPage() const
    {
        return m_checkinDraft.isEmpty() ? QString() : QStringLiteral("checkin");
    }
    Q_INVOKABLE QVariantMap checkinDraft() const { return m_checkinDraft; }
    /// Recomputes the days checked in, weekly mood and top feelings over the
    /// last 12 weeks, with Journal::aggregate(): no entries are read.
    Q_INVOKABLE void refresh() override;

    // --- Things due and reminders (SDK 2.3, issue 24) ---------------------
    /// "checkin": the due item's and the reminder's id.
    static QString checkinItemId();
    /// The profile setting with the check-in reminder's time ("20:00"); none
    /// when it is missing or empty.
    static QString reminderSetting();
    /// A "Daily check-in" item on `day`: Due until there is a check-in that
    /// day, then Done. It opens the check-in page and offers no Done or Skip
    /// (a check-in needs the client's own rating). From the days refresh()
    /// counted (no entries read); another day is one count().
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const;
    /// The daily check-in reminder at the time reminderSetting() gives, or
    /// none. `keepStart`: the start date of the one already scheduled, kept
    /// so that a restart writes nothing (invalid: from `today`).
    [[nodiscard]] QList<sdk::Reminder> checkinReminders(const QDate& today, const QDate& keepStart = {}) const;

    static QString checkinTitle(int mood);
    /// Whether `title` is one checkinTitle() makes (for any mood, in English
    /// or the current language), as opposed to one the client or the CLI wrote.
    static bool isGeneratedCheckinTitle(const QString& title);
    static QString checkinSummary(const QStringList& feelings, const QString& note);
    static QString entryTitle(const QString& text, const QString& prompt);
    static QString entrySummary(const QString& text);
    /// The support reason code for a check-in, or "" when it shows no sign
    /// of risk: "hopeless" or "trapped" for those feeling words (in that
    /// order), else "low-mood" for a mood of 0-2.
    static QString supportReason(int mood, const QStringList& feelings);

signals:
    void statsChanged();
    void draftChanged();
    void checkinDraftChanged();
    void lastCheckinHardChanged();
    /// After a successful save, with the entry id.
    void saved(const QString& id);

private:
    /// Reads the draft from the journal once (again after the journal changed);
    /// moves a draft an earlier version kept in the data folder into it.
    void loadDraft() const;
    void checkinSaved(const QString& reason, const QString& previousReason);
    /// Makes the module's reminders checkinReminders() (once, at start: the
    /// profile's settings do not change while it runs).
    void syncReminders();

    QSet<QDate> m_checkinDays; ///< days with a check-in, from statsFrom() to today
    QDate m_statsFrom;         ///< the first day m_checkinDays covers
    QDate m_statsTo;           ///< the day it was counted on

    int m_recentDays = 0;
    QVariantList m_weeklyMood;
    QVariantList m_topFeelings;
    mutable QString m_draftText;
    mutable QString m_draftPrompt;
    mutable QString m_draftId;     ///< the draft entry's id; empty when there is none
    mutable bool m_draftRead = false;
    QVariantMap m_checkinDraft;
    bool m_lastCheckinHard = false;
};

} // namespace tessera::journal
