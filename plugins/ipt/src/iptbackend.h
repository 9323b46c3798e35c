// What the relationships module's pages talk to.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/result.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QVariantList>

#include <optional>

namespace tessera::sdk { class PluginContext; }

namespace tessera::ipt {

/// The focus, the inventory, the worksheets, conversations and the mood
/// log as maps for the pages, with the insights computed here.
///
/// What it reads is bounded (issue 18): each list holds its newest page
/// (people 100, each kind of worksheet 20, life events 50, conversations 8,
/// events 10) and loads older pages by cursor when a page asks (showOlder());
/// the mood insights are aggregates over the last 12 weeks, worked out by the
/// journal. After a change only the lists of the kinds that changed are read
/// again, as far as they were loaded.
class IptBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList areas READ areas CONSTANT)
    Q_PROPERTY(QVariantList circleOptions READ circleOptions CONSTANT)
    Q_PROPERTY(QVariantList contactOptions READ contactOptions CONSTANT)
    Q_PROPERTY(QVariantList stageOptions READ stageOptions CONSTANT)
    Q_PROPERTY(QVariantList toneOptions READ toneOptions CONSTANT)
    Q_PROPERTY(QVariantMap focus READ focus NOTIFY dataChanged)
    Q_PROPERTY(QVariantList people READ people NOTIFY dataChanged)
    Q_PROPERTY(QVariantList transitions READ transitions NOTIFY dataChanged)
    Q_PROPERTY(QVariantList disputes READ disputes NOTIFY dataChanged)
    Q_PROPERTY(QVariantList griefs READ griefs NOTIFY dataChanged)
    Q_PROPERTY(QVariantList isolations READ isolations NOTIFY dataChanged)
    Q_PROPERTY(QVariantList lifeEvents READ lifeEvents NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap onset READ onset NOTIFY dataChanged)
    Q_PROPERTY(QVariantList conversations READ conversations NOTIFY dataChanged)
    Q_PROPERTY(QVariantList events READ events NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap insights READ insights NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap more READ more NOTIFY dataChanged)

public:
    explicit IptBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// The four problem areas: [{code, title, explanation, work}].
    [[nodiscard]] QVariantList areas() const;
    [[nodiscard]] QVariantList circleOptions() const;
    [[nodiscard]] QVariantList contactOptions() const;
    [[nodiscard]] QVariantList stageOptions() const;
    [[nodiscard]] QVariantList toneOptions() const;
    /// {exists, id, area, areaTitle, explanation, note, since}
    [[nodiscard]] QVariantMap focus() const { return m_focus; }
    /// The inventory, inner circle first: the payload plus id, circleLabel, contactLabel, summary.
    [[nodiscard]] QVariantList people() const { return m_people; }
    /// [{id, title, updated, versions}]
    [[nodiscard]] QVariantList transitions() const { return m_transitions; }
    /// [{id, title, person, stageLabel, updated, versions}]
    [[nodiscard]] QVariantList disputes() const { return m_disputes; }
    /// Grief worksheets: [{id, title, summary, updated, versions}]
    [[nodiscard]] QVariantList griefs() const { return m_griefs; }
    /// Isolation and loneliness worksheets: [{id, title, summary, updated, versions}]
    [[nodiscard]] QVariantList isolations() const { return m_isolations; }
    /// Life events and the onset of the low mood, oldest first:
    /// [{id, date, dateLabel, note, onset, relation}] (relation: "6 weeks before the low mood began").
    [[nodiscard]] QVariantList lifeEvents() const { return m_lifeEvents; }
    /// {exists, id, date, note}
    [[nodiscard]] QVariantMap onset() const { return m_onset; }
    /// The latest conversations looked at: [{id, title, summary, when}].
    [[nodiscard]] QVariantList conversations() const { return m_conversations; }
    /// The latest events: [{id, title, summary, when, mood}].
    [[nodiscard]] QVariantList events() const { return m_events; }
    /// Over the last 12 weeks: {events, overall, weeks, people: [{name, count, average, difference, text}],
    /// tones: [...], note, summary}
    [[nodiscard]] QVariantMap insights() const { return m_insights; }
    /// Which lists have older entries than those loaded: {people, transitions, disputes, griefs,
    /// isolations, lifeEvents, conversations, events} -> bool.
    [[nodiscard]] QVariantMap more() const;
    /// Loads the next page of a list (a key of more()); false when there was nothing older.
    Q_INVOKABLE bool showOlder(const QString& list);

    /// How many weeks the mood insights look back.
    static constexpr int kInsightWeeks = 12;

    /// Sets the focus (revising the one entry). Returns its id or "".
    Q_INVOKABLE QString setFocus(const QString& area, const QString& note);
    /// Saves a person (new when id is ""). Form keys as the payload. Returns the id or "".
    Q_INVOKABLE QString savePerson(const QString& id, const QVariantMap& form);
    /// Saves a role transition worksheet; form keys: title, lost, good, demands, opportunities,
    /// feelings, skills, support.
    Q_INVOKABLE QString saveTransition(const QString& id, const QVariantMap& form);
    /// Saves a role dispute worksheet; form keys: person, personKey, issue, myExpectations,
    /// theirExpectations, stage, options.
    Q_INVOKABLE QString saveDispute(const QString& id, const QVariantMap& form);
    /// Saves a grief worksheet; form keys: person (who died), relationship, good, hard,
    /// feelings, avoided, support.
    Q_INVOKABLE QString saveGrief(const QString& id, const QVariantMap& form);
    /// Saves an isolation and loneliness worksheet; form keys: title, patterns, wanted,
    /// barriers, steps, tried.
    Q_INVOKABLE QString saveIsolation(const QString& id, const QVariantMap& form);
    /// Saves a life event (new when id is ""): an ISO date and a short note.
    Q_INVOKABLE QString saveLifeEvent(const QString& id, const QString& date, const QString& note);
    /// Sets when the low mood began (one entry, revised). Returns its id or "".
    Q_INVOKABLE QString setOnset(const QString& date, const QString& note);
    /// Saves a communication analysis; form keys: person, personKey, situation, said, meant,
    /// received, feelings, differently.
    Q_INVOKABLE QString saveCommunication(const QString& id, const QVariantMap& form);
    /// Logs an event with the mood it went with; form keys: person, personKey, event, tone, mood (0-10).
    Q_INVOKABLE QString logEvent(const QString& id, const QVariantMap& form);
    /// Any of this module's entries as a flat form map plus id, kind, entryTitle, when and mood
    /// (-1 when none); {} when not found.
    Q_INVOKABLE QVariantMap loadEntry(const QString& id);
    /// Earlier versions of an entry, newest first: [{when, summary}].
    Q_INVOKABLE QVariantList versions(const QString& id);
    /// Reads again what changed since the last refresh (the journal's changes);
    /// every list (as far as each was loaded), the focus and the insights at the
    /// first and after a reload.
    Q_INVOKABLE void refresh() override;

    static sdk::EntryDraft focusDraft(const QString& area, const QString& note);
    static sdk::EntryDraft personDraft(const QJsonObject& payload);
    static sdk::EntryDraft transitionDraft(const QJsonObject& payload);
    static sdk::EntryDraft disputeDraft(const QJsonObject& payload);
    static sdk::EntryDraft griefDraft(const QJsonObject& payload);
    static sdk::EntryDraft isolationDraft(const QJsonObject& payload);
    static sdk::EntryDraft lifeEventDraft(const QJsonObject& payload);
    static sdk::EntryDraft communicationDraft(const QJsonObject& payload);
    static sdk::EntryDraft eventDraft(const QJsonObject& payload, int mood);
    /// The title and summary of an entry as this module writes them, worked out
    /// from its payload: entries written elsewhere (tessera-cli, an import) with a
    /// plain title and no summary are shown with their content all the same.
    static sdk::EntryDraft shown(const sdk::Entry& entry);

signals:
    void dataChanged();

private:
    /// One list's loaded entries, newest first, and the cursor to the older ones.
    struct Window {
        QString kind;        ///< short kind name
        int pageSize = 20;
        QList<sdk::Entry> entries;
        QString older;       ///< EntryPage::nextCursor after the last loaded page; "" = all loaded
    };
    void reload(Window& w);
    void refreshKinds(const QSet<QString>& kinds, bool all);
    void build(const QString& list);
    void buildFocus();
    void buildInsights();
    std::optional<sdk::Entry> findOnset(int max) const;

    /// save(), then report(); the entry's id, or "" when it was refused.
    QString saveAndReport(const QString& id, const sdk::EntryDraft& draft);
    sdk::Result<sdk::Entry> own(const QString& id, const QString& kind) const;
    QString saveWorksheet(const QString& id, const QString& kind, const QVariantMap& form, const char* required,
                          const QString& missing, std::initializer_list<const char*> keys);

    QVariantMap m_focus;
    QVariantList m_people;
    QVariantList m_transitions;
    QVariantList m_disputes;
    QVariantList m_griefs;
    QVariantList m_isolations;
    QVariantList m_lifeEvents;
    QVariantMap m_onset;
    QVariantList m_conversations;
    QVariantList m_events;
    QVariantMap m_insights;
    QHash<QString, Window> m_windows; ///< by list name, as in more()
    std::optional<sdk::Entry> m_onsetOutside; ///< the onset when it is older than the loaded life events
    QSet<QString> m_dirty;  ///< short kinds changed since the last refresh
    bool m_allDirty = false;
};

} // namespace tessera::ipt
