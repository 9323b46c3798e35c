// What the behavioural activation pages talk to.
#pragma once

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/reminders.h>

#include <QObject>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace tessera::ba {

class BaBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList areas READ areas CONSTANT)
    Q_PROPERTY(QVariantList values READ values NOTIFY dataChanged)
    Q_PROPERTY(bool moreValues READ moreValues NOTIFY dataChanged)
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY dataChanged)
    Q_PROPERTY(QVariantList week READ week NOTIFY dataChanged)
    Q_PROPERTY(QString weekLabel READ weekLabel NOTIFY dataChanged)
    Q_PROPERTY(QString weekNote READ weekNote NOTIFY dataChanged)
    Q_PROPERTY(int weekOffset READ weekOffset WRITE setWeekOffset NOTIFY dataChanged)
    Q_PROPERTY(QVariantList liftByActivity READ liftByActivity NOTIFY dataChanged)
    Q_PROPERTY(QVariantList liftByArea READ liftByArea NOTIFY dataChanged)
    Q_PROPERTY(QString liftByActivityHint READ liftByActivityHint NOTIFY dataChanged)
    Q_PROPERTY(QString liftByAreaHint READ liftByAreaHint NOTIFY dataChanged)
    Q_PROPERTY(QVariantList planRate READ planRate NOTIFY dataChanged)
    Q_PROPERTY(QVariantList grid READ grid NOTIFY dataChanged)
    Q_PROPERTY(QVariantList recent READ recent NOTIFY dataChanged)
    Q_PROPERTY(QVariantList logDays READ logDays NOTIFY dataChanged)
    Q_PROPERTY(QVariantList logTimes READ logTimes NOTIFY dataChanged)
    /// The days a plan can be for: today and the next kPlanDays - 1, each as
    /// {date: "2026-12-07", label: "Tomorrow"} ("Today", "Tomorrow", then
    /// "Wed 9 Dec" in the client's language). A new list only when the day
    /// turns: a list box given a new list goes back to its first choice.
    Q_PROPERTY(QVariantList planDays READ planDays NOTIFY planDaysChanged)
    Q_PROPERTY(int insightDays READ insightDays CONSTANT)
    /// The label of each plan status by its payload code ("planned", "done",
    /// "not-done"): for the week page's buttons and dialogs, which say what a
    /// marked plan then says (planStatusLabel()).
    Q_PROPERTY(QVariantMap planStatusLabels READ planStatusLabels CONSTANT)

public:
    /// Values are read a page at a time, newest first (issue 18: a module's start reads a window).
    static constexpr int kValuesPage = 50;
    /// At most this many plans are read for the week shown.
    static constexpr int kWeekPlans = 100;
    /// What "What helps" looks back over, in days.
    static constexpr int kInsightDays = 90;
    /// The week page offers plans for this many days, today included: four weeks.
    static constexpr int kPlanDays = 28;
    /// Activities in the "Recently" list.
    static constexpr int kRecent = 8;

    /// Plans have reminders this many days ahead, today included (SDK 2.3).
    static constexpr int kReminderDays = 14;
    /// At most this many plans are read for those days (today first).
    static constexpr int kAheadPlans = 60;

    explicit BaBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    // --- Things due and reminders (SDK 2.3, issue 24) ---------------------
    /// The plans on `day` as due items, in time order: planned ones Due
    /// (offering Done and Skip), done ones Done, "not this time" Skipped.
    /// Today's come from the plans refresh() read ahead; another day reads
    /// that day's plans (at most kWeekPlans).
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const;
    /// Done: markPlan() with no ratings, as the week page's "Done" saved
    /// without moving a slider (the ratings are optional there too). Skip:
    /// markPlanNotDone() with nothing said about what got in the way.
    sdk::Status actOnDueItem(const QDate& day, const QString& itemId, sdk::DueItemActions::Action action);
    /// One reminder (Once, at the planned time) per plan still planned,
    /// from today to kReminderDays ahead, by id.
    [[nodiscard]] QList<sdk::Reminder> planReminders() const;
    /// "plan-<12 hex of the plan key's hash>": the due item's and the reminder's id.
    static QString planItemId(const sdk::Entry& plan);

    [[nodiscard]] QVariantList areas() const;            ///< {code, name}
    /// The newest kValuesPage values, and more pages once showMoreValues() was called:
    /// {id, area, areaName, value, activities [{text, difficulty}]}.
    [[nodiscard]] QVariantList values() const { return m_values; }
    /// Whether there are older values than those in values().
    [[nodiscard]] bool moreValues() const { return !m_valuesCursor.isEmpty(); }
    [[nodiscard]] QStringList suggestions() const { return m_suggestions; } ///< Activities from the values, easiest first.
    /// 7 days: {date, label, plans [{id, activity, area, time, status, statusLabel, planned (not marked
    /// yet), done, obstacle}], activities}
    [[nodiscard]] QVariantList week() const { return m_week; }
    [[nodiscard]] QString weekLabel() const { return m_weekLabel; }
    /// Said under the week when it has more plans than kWeekPlans; else "".
    [[nodiscard]] QString weekNote() const { return m_weekNote; }
    [[nodiscard]] int weekOffset() const { return m_weekOffset; }
    void setWeekOffset(int offset);
    [[nodiscard]] QVariantList liftByActivity() const { return m_liftActivity; } ///< {label, change, count, detail}
    [[nodiscard]] QVariantList liftByArea() const { return m_liftArea; }
    /// What to log for the lists above to fill in; "" when they have rows.
    [[nodiscard]] QString liftByActivityHint() const { return m_liftActivityHint; }
    [[nodiscard]] QString liftByAreaHint() const { return m_liftAreaHint; }
    [[nodiscard]] QVariantList planRate() const { return m_planRate; } ///< {week, planned, done, percent}
    [[nodiscard]] QVariantList grid() const { return m_grid; } ///< this week: {day, counts [per area]}
    /// The kRecent newest activities, summarised from their payload whoever
    /// wrote them (the app, tessera-cli, an import): {id, title, summary, when}.
    [[nodiscard]] QVariantList recent() const { return m_recent; }
    [[nodiscard]] int insightDays() const { return kInsightDays; }
    /// Days an activity can be logged for: today, yesterday and the five before, {date, label}.
    [[nodiscard]] QVariantList logDays() const;
    /// Quick choices for when an activity happened today: {label, minutesAgo}.
    [[nodiscard]] QVariantList logTimes() const;
    [[nodiscard]] QVariantList planDays() const;

    /// Logs an activity that happened `minutesAgo` minutes ago (0 = now). A
    /// rating below 0 means "not rated" and is left out of the payload.
    Q_INVOKABLE QString logActivity(const QString& activity, const QString& area, int minutesAgo, int mastery,
                                    int pleasure, int moodBefore, int moodAfter, const QString& note);
    /// Logs an activity on a day ("2026-11-26") at a time ("20:30") that has passed.
    Q_INVOKABLE QString logActivityOn(const QString& activity, const QString& area, const QString& day, const QString& time,
                                      int mastery, int pleasure, int moodBefore, int moodAfter, const QString& note);
    /// Rewrites a logged activity from a map (activity, area, mastery, pleasure, moodBefore, moodAfter, note).
    Q_INVOKABLE bool updateActivity(const QString& id, const QVariantMap& activity);
    /// Any of the module's entries as a map of its payload, plus "id", "kind", and the local "date" and "time".
    Q_INVOKABLE QVariantMap loadEntry(const QString& id);
    /// Saves a value with its activities ([{text, difficulty}]); "" id makes a new one.
    Q_INVOKABLE QString saveValue(const QString& id, const QString& area, const QString& value, const QVariantList& activities);
    /// Plans an activity for a day ("2026-11-26") and time ("18:00").
    Q_INVOKABLE QString plan(const QString& activity, const QString& area, const QString& day, const QString& time);
    /// Marks a plan done (logging the activity with its ratings, linked to the plan) or not done.
    /// Ratings below 0 were not given and are left out of the activity.
    Q_INVOKABLE bool markPlan(const QString& planId, bool done, int mastery, int pleasure, int moodBefore, int moodAfter);
    /// Marks a plan "not this time", keeping what got in the way if the client said ("" = nothing said).
    Q_INVOKABLE bool markPlanNotDone(const QString& planId, const QString& obstacle);
    /// Adds the next kValuesPage older values to values().
    Q_INVOKABLE void showMoreValues();
    /// Works out "What helps" and the plans done per week (the Insights page
    /// calls it when it opens) and keeps them current from then on; not at
    /// start, which only needs the week and the log (issue 18).
    Q_INVOKABLE void openInsights();
    /// Reads again what the pages show: the values shown so far, the week
    /// shown, the recent activities; the figures come from Journal::aggregate().
    Q_INVOKABLE void refresh() override;

    static sdk::EntryDraft activityDraft(const QJsonObject& payload);
    static sdk::EntryDraft valueDraft(const QJsonObject& payload);
    static sdk::EntryDraft planDraft(const QJsonObject& payload);

    /// A plan's status; a plan payload stores it as a code ("planned", "done", "not-done").
    enum class PlanStatus { Planned, Done, NotDone };
    Q_ENUM(PlanStatus)
    /// The one label of each plan status, wherever it shows: the week's plans, the
    /// buttons that mark them, the plan entry's summary.
    static QString planStatusLabel(PlanStatus status);
    /// The status a payload code stands for (Planned for a code it does not know), and back.
    static PlanStatus planStatus(const QString& code);
    static QString planStatusCode(PlanStatus status);
    [[nodiscard]] QVariantMap planStatusLabels() const;

signals:
    void dataChanged();
    void planDaysChanged();

private:
    QString addActivity(const QDateTime& occurredAt, const QString& activity, const QString& area, int mastery, int pleasure,
                        int moodBefore, int moodAfter, const QString& note);
    bool setPlanStatus(const QString& planId, bool done, const QString& obstacle, const QJsonObject& ratings);
    void readValues();
    void addValues(const QList<sdk::Entry>& values);
    void readWeek();
    void readRecent();
    void readInsights();
    /// Reads the plans from today to kReminderDays ahead (m_ahead).
    void readAhead();
    /// The plans falling on `day` (local), oldest first.
    [[nodiscard]] QList<sdk::Entry> plansOn(const QDate& day) const;
    /// Makes the module's reminders planReminders() (nothing written when unchanged).
    void syncReminders();
    bool m_insightsOpen = false;
    QList<sdk::Entry> m_weekPlans; ///< the plans readWeek() read, oldest first
    bool m_weekComplete = false;   ///< whether that was every plan of the week shown
    QList<sdk::Entry> m_ahead; ///< plans from today, kReminderDays ahead, oldest first
    QDate m_aheadFrom;         ///< the day m_ahead starts
    QDate m_planDaysFrom = QDate::currentDate(); ///< the first of planDays()

    int m_weekOffset = 0;
    int m_valuesRead = 0;     ///< Value entries read so far (pages shown).
    QString m_valuesCursor;   ///< The next page of values; "" when there is none.
    QList<QPair<int, QString>> m_valueActivities; ///< {difficulty, text} from the values read.
    QString m_weekLabel, m_weekNote, m_liftActivityHint, m_liftAreaHint;
    QStringList m_suggestions;
    QVariantList m_values, m_week, m_liftActivity, m_liftArea, m_planRate, m_grid, m_recent;
};

} // namespace tessera::ba
