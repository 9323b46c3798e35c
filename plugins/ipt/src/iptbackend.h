// What the relationships module's pages talk to.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/result.h>

#include <QJsonObject>
#include <QObject>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace tessera::ipt {

/// The focus, the inventory, the worksheets, conversations and the mood
/// log as maps for the pages, with the insights computed here.
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
    /// {events, overall, people: [{name, count, average, difference, text}], tones: [...], note}
    [[nodiscard]] QVariantMap insights() const { return m_insights; }

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
    Q_INVOKABLE void refresh();

    static sdk::EntryDraft focusDraft(const QString& area, const QString& note);
    static sdk::EntryDraft personDraft(const QJsonObject& payload);
    static sdk::EntryDraft transitionDraft(const QJsonObject& payload);
    static sdk::EntryDraft disputeDraft(const QJsonObject& payload);
    static sdk::EntryDraft griefDraft(const QJsonObject& payload);
    static sdk::EntryDraft isolationDraft(const QJsonObject& payload);
    static sdk::EntryDraft lifeEventDraft(const QJsonObject& payload);
    static sdk::EntryDraft communicationDraft(const QJsonObject& payload);
    static sdk::EntryDraft eventDraft(const QJsonObject& payload, int mood);

signals:
    void dataChanged();

private:
    QString save(const QString& id, const sdk::EntryDraft& draft);
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
};

} // namespace tessera::ipt
