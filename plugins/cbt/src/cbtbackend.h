// What the CBT module's pages talk to.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>

#include <QHash>
#include <QObject>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace tessera::cbt {

class DistortionCatalogue;

/// Saves and loads thought records and coping cards, and keeps the figures
/// the pages show current as the journal changes. A record is passed as a
/// map with the payload's keys (situation, moods [{name, before, after, pleasant}],
/// thoughts [{text, hot}], hotBelief, distortions, evidenceFor,
/// evidenceAgainst, balancedThought, balancedBelief, hotBeliefAfter).
class CbtBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList distortions READ distortions CONSTANT)
    Q_PROPERTY(QString unsavedWritingPage READ unsavedWritingPage NOTIFY unsavedEditsChanged)
    Q_PROPERTY(QString unsavedWritingEntry READ unsavedWritingEntry NOTIFY unsavedEditsChanged)
    Q_PROPERTY(QVariantList drafts READ drafts NOTIFY dataChanged)
    Q_PROPERTY(bool moreDrafts READ moreDrafts NOTIFY dataChanged)
    Q_PROPERTY(QVariantList recentRecords READ recentRecords NOTIFY dataChanged)
    Q_PROPERTY(bool moreRecords READ moreRecords NOTIFY dataChanged)
    Q_PROPERTY(QVariantList copingCards READ copingCards NOTIFY dataChanged)
    Q_PROPERTY(bool moreCards READ moreCards NOTIFY dataChanged)
    Q_PROPERTY(QVariantList weeklyChange READ weeklyChange NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap changeAxis READ changeAxis NOTIFY dataChanged)
    Q_PROPERTY(QString changeSummary READ changeSummary NOTIFY dataChanged)
    Q_PROPERTY(QVariantList topDistortions30 READ topDistortions30 NOTIFY dataChanged)
    Q_PROPERTY(QVariantList topDistortions90 READ topDistortions90 NOTIFY dataChanged)
    Q_PROPERTY(QVariantList recordsPerWeek READ recordsPerWeek NOTIFY dataChanged)
    Q_PROPERTY(int weeksShown READ weeksShown CONSTANT)

public:
    static constexpr int kWeeks = 12;
    /// Lists are read a page at a time, newest first (issue 18: a module's
    /// start reads a window): drafts found per page, records, cards.
    static constexpr int kDraftsPage = 10;
    static constexpr int kRecordsPage = 20;
    static constexpr int kCardsPage = 20;
    /// The mood-change chart reads at most this many records of the kWeeks weeks.
    static constexpr int kInsightRecords = 1000;

    CbtBackend(sdk::PluginContext& context, DistortionCatalogue& catalogue, QObject* parent = nullptr);

    /// Distortions offered for new records: {id, name, explanation, example, custom}.
    [[nodiscard]] QVariantList distortions() const;
    /// Unfinished records, newest first, as far as read (showOlderDrafts()):
    /// {id, title, summary, when, statusLabel}.
    [[nodiscard]] QVariantList drafts() const { return m_drafts; }
    [[nodiscard]] bool moreDrafts() const { return !m_draftsPage.cursor.isEmpty(); }
    /// Finished records, newest first, from the newest kRecordsPage records
    /// and the pages read since (showOlderRecords()): {id, title, summary, when, statusLabel}.
    [[nodiscard]] QVariantList recentRecords() const { return m_recent; }
    [[nodiscard]] bool moreRecords() const { return !m_recordsPage.cursor.isEmpty(); }
    /// {id, text, situation, when}, newest first, kCardsPage at a time (showOlderCards()).
    [[nodiscard]] QVariantList copingCards() const { return m_cards; }
    [[nodiscard]] bool moreCards() const { return !m_cardsPage.cursor.isEmpty(); }
    /// The figures below are worked out once the Insights page has asked for
    /// them (openInsights()), not at start.
    /// Mean change for the better in mood intensity per week over the last
    /// kWeeks weeks (negative when moods got worse): {offset, week, value, count}.
    [[nodiscard]] QVariantList weeklyChange() const { return m_weekly; }
    /// The value axis for weeklyChange, 0 always inside: {from, to, ticks}.
    [[nodiscard]] QVariantMap changeAxis() const { return m_axis; }
    /// What the change chart shows, in words ("... better by 12 points ...").
    [[nodiscard]] QString changeSummary() const { return m_changeSummary; }
    /// Most tagged distortions: {id, name, count}.
    [[nodiscard]] QVariantList topDistortions30() const { return m_top30; }
    [[nodiscard]] QVariantList topDistortions90() const { return m_top90; }
    /// Records per week over the last kWeeks weeks, oldest first: {week,
    /// count, label} (label: the Monday, "23 Nov"); also the change chart's dates.
    [[nodiscard]] QVariantList recordsPerWeek() const { return m_perWeek; }
    [[nodiscard]] int weeksShown() const { return kWeeks; }

    /// Saves a record as a draft or as finished; `id` "" makes a new one.
    /// Returns the entry id, or "" with lastError naming the step and field.
    Q_INVOKABLE QString saveRecord(const QString& id, const QVariantMap& record, bool complete);
    /// A record as a map for the form, plus "id", "status", "statusLabel" and "when"; {} when not found.
    Q_INVOKABLE QVariantMap loadRecord(const QString& id);
    /// Whether `id` is a thought record still a draft and not deleted: what
    /// the page may keep a draft in when the client leaves it unsaved.
    Q_INVOKABLE bool canKeepDraft(const QString& id) const;
    /// Changes to a finished record left unsaved (its page closed): kept in
    /// memory for this run, by record id, and given back when the page opens
    /// it again, until saved or put back (a finished record is never made a
    /// draft, and the client's changes were lost without a word).
    Q_INVOKABLE void keepUnsavedEdit(const QString& id, const QVariantMap& record);
    Q_INVOKABLE QVariantMap unsavedEdit(const QString& id) const { return m_unsavedEdits.value(id); }
    Q_INVOKABLE void dropUnsavedEdit(const QString& id);
    /// While changes to a finished record are kept (keepUnsavedEdit()):
    /// "record" and that record's id (the last one kept), so that Tessera
    /// asks before it quits and "Go back to it" opens that record with its
    /// changes (SDK 2.6.1); "" otherwise. Quitting lost them
    /// without a word before.
    /// (A record deleted meanwhile is passed over.)
    [[nodiscard]] QString unsavedWritingPage() const { return keptEditId().isEmpty() ? QString() : QStringLiteral("record"); }
    [[nodiscard]] QString unsavedWritingEntry() const { return keptEditId(); }
    /// Keeps the record's balanced thought as a coping card; returns its id.
    Q_INVOKABLE QString keepAsCard(const QString& recordId);
    /// Rewrites a coping card's text (the previous version is kept).
    Q_INVOKABLE bool updateCard(const QString& id, const QString& text);
    /// Names for distortion ids (archived ones included).
    Q_INVOKABLE QStringList distortionNames(const QStringList& ids) const;
    /// Whether a mood name reads as pleasant (the built-in words and the clinic
    /// profile's "pleasantMoods"), to preset the form's mark.
    Q_INVOKABLE bool isPleasantMood(const QString& name) const;
    /// Which of the seven steps a record map has filled in (1-7).
    Q_INVOKABLE QList<int> stepsDone(const QVariantMap& record) const;
    /// The next page of each list.
    Q_INVOKABLE void showOlderDrafts();
    Q_INVOKABLE void showOlderRecords();
    Q_INVOKABLE void showOlderCards();
    /// Works out the insights (the Insights page calls it when it opens) and
    /// keeps them current from then on.
    Q_INVOKABLE void openInsights();
    /// Reads again what the pages show: as many of each list as were shown,
    /// and the insights once they were opened.
    Q_INVOKABLE void refresh() override;

    /// An entry draft for a record payload, with its title and summary
    /// ("anxious 80 % to 40 %, eased by 40 · belief ..."); `pleasantWords`
    /// are the clinic's own pleasant mood words.
    static sdk::EntryDraft recordDraft(const QJsonObject& payload, const QStringList& pleasantWords = {});
    /// How one payload mood changed, in words: "eased by 40", "rose by 10",
    /// "got stronger by 30", "faded by 10", "unchanged"; "" when not rated twice.
    static QString moodChangeWords(const QJsonObject& mood, const QStringList& pleasantWords = {});
    /// An entry draft for a coping card.
    static sdk::EntryDraft cardDraft(const QString& text, const QString& situation, const QString& recordId);
    /// Steps 1-7 present in a record payload.
    static QList<int> steps(const QJsonObject& payload);

    /// A thought record's status; its payload stores it as a code ("draft", "complete").
    enum class RecordStatus { Draft, Finished };
    Q_ENUM(RecordStatus)
    /// The one label of each record status, wherever it shows: the drafts list, the
    /// record page ("Draft from ..."), a draft's summary.
    static QString recordStatusLabel(RecordStatus status);
    /// The status a payload code stands for (Draft unless "complete"), and back.
    static RecordStatus recordStatus(const QString& code);
    static QString recordStatusCode(RecordStatus status);

signals:
    void dataChanged();
    void unsavedEditsChanged();

private:
    /// A list read page by page: how many entries were read, and where the next page starts.
    struct Paged {
        int read = 0;
        QString cursor;
    };
    /// Reads `q` again from the newest, as many entries as were read before (at least `pageSize`).
    QList<sdk::Entry> readAgain(sdk::EntryQuery q, int pageSize, Paged& paged);
    /// Reads the next page of `q` after `paged.cursor`.
    QList<sdk::Entry> readNext(sdk::EntryQuery q, int pageSize, Paged& paged);
    void addDrafts(const QList<sdk::Entry>& records);
    void addRecords(const QList<sdk::Entry>& records);
    void addCards(const QList<sdk::Entry>& cards);
    void readInsights();
    QVariantMap listItem(const sdk::Entry& e) const;
    QVariantList named(const QList<QPair<QString, int>>& counts, int max) const;

    DistortionCatalogue& m_catalogue; // (its built-in words follow a switch of language: refresh())
    QStringList m_pleasantWords; ///< The clinic's own pleasant mood words.
    QHash<QString, QVariantMap> m_unsavedEdits; ///< keepUnsavedEdit(): memory only, this run
    QStringList m_editOrder;                    ///< their ids, the last kept last
    [[nodiscard]] QString keptEditId() const;   ///< the last kept of a record not deleted, or ""
    Paged m_draftsPage, m_recordsPage, m_cardsPage;
    bool m_insightsOpen = false;
    QVariantList m_drafts, m_recent, m_cards, m_weekly, m_top30, m_top90, m_perWeek;
    QVariantMap m_axis;
    QString m_changeSummary;
};

} // namespace tessera::cbt
