// What the goals module's pages talk to.
#pragma once

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/entry.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/result.h>

#include <QDate>
#include <QHash>
#include <QTime>
#include <QObject>
#include <QSet>
#include <QVariantList>

#include <optional>

namespace tessera::sdk { class PluginContext; }

namespace tessera::goals {

/// Goals as maps for the pages (keys as in the payload, flattened: metric,
/// unit, evidenceKinds, evidencePerWeek) and the figures shown with them.
class GoalsBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList goals READ goals NOTIFY dataChanged)
    Q_PROPERTY(QVariantList lifecycleOptions READ lifecycleOptions CONSTANT)
    Q_PROPERTY(QVariantList achievementOptions READ achievementOptions CONSTANT)
    Q_PROPERTY(QVariantList frequencyOptions READ frequencyOptions CONSTANT)
    Q_PROPERTY(QVariantList evidenceKinds READ evidenceKinds NOTIFY dataChanged)
    Q_PROPERTY(bool hasMoreGoals READ hasMoreGoals NOTIFY dataChanged)

public:
    explicit GoalsBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// The newest goals (a page of kGoalPage, more after showMoreGoals()), open ones first, each: {id, key, description, lifecycle,
    /// lifecycleLabel, achievement, achievementLabel, dueDate, dueLabel,
    /// dueSoon, open, progress (0-1, or -1), progressLabel, milestonesDone,
    /// milestonesTotal, evidenceThisWeek, evidencePerWeek}.
    [[nodiscard]] QVariantList goals() const { return m_goals; }
    /// Whether older goals than those in goals() are in the journal.
    [[nodiscard]] bool hasMoreGoals() const { return m_hasMoreGoals; }
    [[nodiscard]] QVariantList lifecycleOptions() const;
    [[nodiscard]] QVariantList achievementOptions() const;
    [[nodiscard]] QVariantList frequencyOptions() const;
    /// Kinds of other modules this module may read and that have entries
    /// (a module that is not installed has none): {kind, title}, the title
    /// as kindTitle(), with the module's name after it when two kinds share one.
    [[nodiscard]] QVariantList evidenceKinds() const;
    /// Another module's kind by the title in its manifest ("Activity"), also
    /// when that module is not running; the kind's name when no installed
    /// module declares it.
    [[nodiscard]] QString kindTitle(const QString& kind) const;

    /// Saves a goal (new when id is ""); returns the id or "" with lastError.
    /// A form with "fromPlan" (a problem-solving worksheet's id, see
    /// planFrom()) links the new goal to that worksheet ("from-plan").
    Q_INVOKABLE QString saveGoal(const QString& id, const QVariantMap& goal);
    /// A new goal's form started from a problem-solving worksheet whose plan
    /// the client chose (an entry of kPlanKind, readable once the client
    /// allowed it): {fromPlan, description (the chosen option), why (what
    /// the client wants instead), milestones (the plan's steps, each at most
    /// 200 characters)}; {goalId} when the plan is a goal already; {error}
    /// (a sentence) when the entry cannot be read (not allowed yet, or gone);
    /// {} for any other entry (a goal's own id).
    Q_INVOKABLE QVariantMap planFrom(const QString& entryId) const;
    /// The kind whose chosen plan can become a goal (in the manifest's "reads").
    static constexpr const char* kPlanKind = "resilience/problem";
    /// A goal as a form map plus "smart", "checkins", "evidence"; {} when not found.
    /// Accepts a goal's id or one of its check-ins' ids.
    Q_INVOKABLE QVariantMap loadGoal(const QString& id);
    /// The SMART check of a form map: [{letter, name, ok, hint}].
    Q_INVOKABLE QVariantList smart(const QVariantMap& goal) const;
    /// Ticks a milestone on or off (a new revision of the goal).
    Q_INVOKABLE bool setMilestoneDone(const QString& goalId, const QString& milestoneId, bool done);
    /// Records progress on a goal; returns the check-in's id.
    Q_INVOKABLE QString addCheckin(const QString& goalId, double value, const QString& status, const QString& note);
    /// Links an entry of another module to the goal as evidence.
    Q_INVOKABLE bool linkEvidence(const QString& goalId, const QString& entryId);
    /// Recent entries of the goal's evidence kinds, to choose from: {id, title, kindTitle, when, linked}.
    Q_INVOKABLE QVariantList evidenceCandidates(const QString& goalId);
    /// What a goal measured by another module's total can show now (the
    /// PHQ-9, "assessments/phq9"): {source, available, installed, total,
    /// band (plain words), date, message}. When no total can be read (none
    /// yet, reading not allowed yet, or no assessments module) available is
    /// false and message says so calmly.
    Q_INVOKABLE QVariantMap measureStatus(const QString& source) const;
    /// Shows the next page of older goals too (the "Show more goals" button).
    Q_INVOKABLE void showMoreGoals();
    Q_INVOKABLE void refresh() override;

    /// Goals read per page of the overview (the start reads one page: issue 18).
    static constexpr int kGoalPage = 50;
    /// The overview's progress bars use check-ins from this many weeks back ...
    static constexpr int kProgressWeeks = 26;
    /// ... and at most this many of them, newest first.
    static constexpr int kProgressCheckins = 100;
    /// A goal's page shows its latest check-ins, at most this many ...
    static constexpr int kChartCheckins = 100;
    /// ... found among at most this many of the newest check-ins of all goals.
    static constexpr int kChartScan = 1000;
    /// A PHQ-9 goal's chart shows the latest this many totals (a year, every two weeks).
    static constexpr int kChartTotals = 26;

    /// What is due on `day` (DueItemSource, SDK 2.3), among the goals the
    /// overview holds: a check-in for each active goal with a check-in
    /// frequency ("checkin-<goal>": due a day, a week, a fortnight or a
    /// month after its latest check-in, or after the goal was set; done on a
    /// day with a check-in), and the look-back date of each open goal
    /// ("lookback-<goal>": due on its date, overdue after it while the goal
    /// is open). Open only: a check-in is written on the goal's page.
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const;
    /// The reminders the module keeps: one per check-in (repeating at the
    /// goal's frequency from its next due day) and one per look-back date
    /// still to come, at the profile's reminderTime (18:00).
    [[nodiscard]] QList<sdk::Reminder> wantedReminders(const QDate& today) const;
    /// Days from one check-in to the next for a frequency code (monthly: 30); 0 for none.
    static int checkinDays(const QString& frequency);

    static sdk::EntryDraft goalDraft(const QJsonObject& goal);
    static sdk::EntryDraft checkinDraft(const QJsonObject& goal, double value, const QString& status, const QString& note);
    static QString label(const QString& code);

signals:
    void dataChanged();

private:
    sdk::Result<sdk::Entry> goalEntry(const QString& id) const;
    /// A goal's latest check-ins, oldest first; *more says older ones were left out.
    QList<sdk::Entry> checkinsOf(const QString& key, bool* more = nullptr) const;
    int evidenceThisWeek(const QJsonObject& goal) const;
    /// The latest check-in of each of `keys`, among the recent ones (see kProgressWeeks).
    QHash<QString, sdk::Entry> latestCheckins(QSet<QString> keys) const;
    /// The newest `max` PHQ-9 totals, newest first; none when they cannot be read.
    QList<sdk::Entry> latestTotals(int max) const;
    /// {progress (0-1, or -1), label} of a PHQ-9 goal given the newest total.
    QVariantMap totalProgress(const QJsonObject& goal, const std::optional<sdk::Entry>& latest) const;

    void syncReminders();

    /// What due items and reminders need of one goal (from refresh()).
    struct DueGoal {
        QString id;           ///< the goal's entry id
        QString itemSuffix;   ///< a short stable id made from its key
        QString description;
        QString frequency;    ///< checkinFrequency, or ""
        bool active = false;
        bool open = false;
        QDate created;        ///< the local day the goal was set
        QDate lastCheckin;    ///< its latest check-in among the recent ones, or invalid
        QDate lookBack;       ///< its dueDate, or invalid
    };
    /// The day a goal's next check-in is due (invalid without a frequency).
    static QDate nextCheckin(const DueGoal& g);
    QList<DueGoal> m_dueGoals;
    /// The open goals among `goals` with a scheduled check-in or a look-back date.
    static QList<DueGoal> dueGoalsOf(const QList<sdk::Entry>& goals, const QHash<QString, sdk::Entry>& latest);
    /// Before the first refresh: m_dueGoals alone, for dueItems().
    void readDueGoals();
    /// The newest m_goalLimit goals.
    [[nodiscard]] sdk::Result<sdk::EntryPage> newestGoals() const;
    bool m_remind = true;                ///< settings "reminders"
    QTime m_reminderTime = QTime(18, 0); ///< settings "reminderTime"

    QVariantList m_goals;
    int m_goalLimit = kGoalPage;
    bool m_hasMoreGoals = false;
};

} // namespace tessera::goals
