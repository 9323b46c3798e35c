// What the mindfulness module's pages talk to.
#pragma once

#include "practicetimer.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/entry.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/result.h>

#include <QJsonObject>
#include <QDate>
#include <QObject>
#include <QSet>
#include <QTime>
#include <QTimer>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace tessera::mbct {

/// The practice timer, the log's figures, the course and the plan, as maps
/// for the pages. Every figure is computed here; the pages only show them.
class MbctBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList practices READ practices CONSTANT)
    Q_PROPERTY(QString timerState READ timerState NOTIFY timerChanged)
    Q_PROPERTY(QString timerPractice READ timerPractice NOTIFY timerChanged)
    Q_PROPERTY(int plannedSeconds READ plannedSeconds NOTIFY timerChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY timerChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY timerChanged)
    Q_PROPERTY(int phaseIndex READ phaseIndex NOTIFY timerChanged)
    Q_PROPERTY(int phaseCount READ phaseCount NOTIFY timerChanged)
    Q_PROPERTY(int phaseRemainingSeconds READ phaseRemainingSeconds NOTIFY timerChanged)
    Q_PROPERTY(QVariantMap stats READ stats NOTIFY dataChanged)
    Q_PROPERTY(QVariantList recent READ recent NOTIFY recentChanged)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY recentChanged)
    Q_PROPERTY(QVariantList course READ course NOTIFY dataChanged)
    Q_PROPERTY(int currentWeek READ currentWeek NOTIFY dataChanged)
    Q_PROPERTY(int weeksDone READ weeksDone NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap plan READ plan NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap activities READ activities NOTIFY dataChanged)

public:
    explicit MbctBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// [{code, title, description, minutes, fixedLength, phases: [{title, cue}], lengths: [{minutes, label}]}]
    [[nodiscard]] QVariantList practices() const;
    /// "idle", "running", "paused" or "finished".
    [[nodiscard]] QString timerState() const;
    [[nodiscard]] QString timerPractice() const { return m_timer.practice(); }
    [[nodiscard]] int plannedSeconds() const { return seconds(m_timer.plannedMs()); }
    [[nodiscard]] int elapsedSeconds() const { return seconds(m_timer.elapsedMs()); }
    [[nodiscard]] int remainingSeconds() const { return seconds(m_timer.remainingMs() + 999); }
    [[nodiscard]] int phaseIndex() const { return m_timer.phaseIndex(); }
    [[nodiscard]] int phaseCount() const { return m_timer.phaseCount(); }
    [[nodiscard]] int phaseRemainingSeconds() const { return seconds(m_timer.phaseRemainingMs() + 999); }
    /// {minutesThisWeek, practicesThisWeek, daysLast7, daysInARow, weeks: [{label, minutes, practices}],
    ///  byPractice: [{title, count, minutes}], encouragement}
    [[nodiscard]] QVariantMap stats() const { return m_stats; }
    /// The latest practices, a page of kRecentPage (more after showOlder()): [{id, title, summary, when}],
    /// title and summary made from the payload (what was practised, for how long, what was noticed),
    /// so an entry added elsewhere (tessera-cli) shows its content too.
    [[nodiscard]] QVariantList recent() const { return m_recent; }
    /// Whether there are practices older than those in recent().
    [[nodiscard]] bool hasOlder() const { return !m_recentCursor.isEmpty(); }
    /// The eight weeks: [{week, title, theme, homePractice, done, doneOn, reflection, entryId, current}].
    [[nodiscard]] QVariantList course() const { return m_course; }
    [[nodiscard]] int currentWeek() const { return m_currentWeek; }
    [[nodiscard]] int weeksDone() const { return m_weeksDone; }
    /// The plan as a form: {id, exists, signs: {thoughts, ...: text, one per line}, levels: {green: {notice, actions,
    ///  actionList, suggested}}, people (text, "name — how" per line), clinician, reviewDate, reviewDue, reviewLabel,
    ///  updated}. While the red level has no actions of the client's own, it holds redZoneDefaults() with suggested true.
    [[nodiscard]] QVariantMap plan() const { return m_plan; }
    /// {id, nourishing, depleting (text, one per line), nourishingCount, depletingCount}.
    [[nodiscard]] QVariantMap activities() const { return m_activities; }

    /// Starts a practice; `minutes` is ignored for the breathing space (always three).
    Q_INVOKABLE bool startPractice(const QString& code, int minutes);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    /// Ends the practice now; the log form then gets the real duration.
    Q_INVOKABLE void finish();
    /// Forgets the practice without logging it.
    Q_INVOKABLE void discard();
    /// The phase `index` of the running practice: {title, cue}.
    Q_INVOKABLE QVariantMap phase(int index) const;

    /// Saves a practice: a new one from the finished timer when id is "" (practice and seconds
    /// from the timer unless the form gives them), else an edit. Form keys: practice, seconds,
    /// thoughts, feelings, body, difficulty (-1 = not rated), note. Returns the id or "".
    Q_INVOKABLE QString logPractice(const QString& id, const QVariantMap& form);
    /// A practice entry as a form map (keys as logPractice, plus title); {} when not found.
    Q_INVOKABLE QVariantMap loadPractice(const QString& id);
    /// Marks a week of the course done (or updates its reflection). Returns the entry id.
    Q_INVOKABLE QString completeWeek(int week, const QString& reflection);
    /// Saves the plan from the form map plan() gives. Returns the id.
    Q_INVOKABLE QString savePlan(const QVariantMap& form);
    /// Saves the two lists, one activity per line. Returns the id.
    Q_INVOKABLE QString saveActivities(const QString& nourishing, const QString& depleting);
    /// Adds the next page of older practices to recent() (the log's "Show older").
    Q_INVOKABLE void showOlder();
    Q_INVOKABLE void refresh() override;

    /// Practices per page of the log's list (the start reads one page: issue 18).
    static constexpr int kRecentPage = 10;
    /// Weeks of figures on the log (minutes a week; the start asks the journal for sums, by day).
    static constexpr int kStatsWeeks = 8;

    /// What is due on `day` (DueItemSource, SDK 2.3): "practice" every day
    /// (the course week's home practice while the course runs), done once a
    /// practice is logged that day; and "plan-review" from the staying-well
    /// plan's review date until the plan is saved on or after it. Open only:
    /// a practice is logged from the timer on its page.
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const;
    /// The reminders the module keeps: "practice" daily at the profile's
    /// reminderTime (09:00), and "plan-review" on the plan's review date
    /// while it is still to come and the plan not yet saved on or after it. `scheduled` is what the host holds now (the
    /// daily one keeps the start it was first given), `today` the day.
    [[nodiscard]] QList<sdk::Reminder> wantedReminders(const QDate& today, const QList<sdk::Reminder>& scheduled) const;

    static sdk::EntryDraft practiceDraft(const QJsonObject& payload);
    static sdk::EntryDraft weekDraft(int week, const QString& reflection);
    static sdk::EntryDraft planDraft(const QJsonObject& payload);
    static sdk::EntryDraft activitiesDraft(const QStringList& nourishing, const QStringList& depleting);

signals:
    void timerChanged();
    /// The planned time is up (a gentle end cue for the page).
    void practiceFinished();
    void dataChanged();
    void recentChanged();

private:
    static int seconds(qint64 ms) { return static_cast<int>(ms / 1000); }
    void tick();
    sdk::Result<sdk::Entry> latest(const QString& kind) const;
    /// save(), then report(); the entry's id, or "" when it was refused.
    QString saveAndReport(const QString& id, const sdk::EntryDraft& draft);
    void refreshStats(const QDate& today, bool anyPractice);
    void refreshCourse();
    /// The staying-well plan as the form shows it, and its review date.
    void readPlan(const QDate& today);
    /// Whether a practice is logged on `day`: from what refreshStats() read
    /// when it covers the day, else asked of the journal (before the first
    /// refresh, which waits for the app's first frame: issue 30).
    [[nodiscard]] bool practisedOn(const QDate& day) const;
    /// How many of the newest week marks the course page looks through.
    static constexpr int kWeekMarks = 100;
    static QVariantMap practiceRow(const sdk::Entry& e);
    void syncReminders();

    // Due items and reminders (SDK 2.3): the course and the plan from the
    // start, the days practised from refresh() (practisedOn()).
    QSet<QDate> m_practiceDays; ///< days with a practice, over the log's weeks
    QDate m_statsFrom;          ///< the first of those days (invalid until the first refresh)
    QDate m_statsTo;            ///< the last of them: the day of that refresh
    QString m_planId;
    QDate m_reviewDate;         ///< the plan's review date, or invalid
    QDate m_planSaved;          ///< the local day the plan was last saved
    bool m_remind = true;       ///< settings "reminders"
    QTime m_reminderTime = QTime(9, 0); ///< settings "reminderTime"

    PracticeTimer m_timer;
    QTimer m_ticker;
    QString m_lastState;
    QVariantMap m_stats;
    QVariantList m_recent;
    QString m_recentCursor;
    QVariantList m_course;
    int m_currentWeek = 1;
    int m_weeksDone = 0;
    QVariantMap m_plan;
    QVariantMap m_activities;
};

} // namespace tessera::mbct
