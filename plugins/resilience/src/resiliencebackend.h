// What the resilience module's pages talk to.
#pragma once

#include "relaxtimer.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace tessera::resilience {

/// Four kinds: "problem" (a problem-solving worksheet, revised in place so
/// every earlier version is kept), "stress" (a stress log entry),
/// "relaxation" (a practice with stress before and after) and "toolbox"
/// (the coping toolbox, one entry edited in place). Reads "goals/goal" only
/// to show the goal a chosen plan became (the goals module makes that goal
/// and links it to the worksheet).
class ResilienceBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList problems READ problems NOTIFY dataChanged)
    Q_PROPERTY(bool hasMoreProblems READ hasMoreProblems NOTIFY dataChanged)
    Q_PROPERTY(QVariantList stressEntries READ stressEntries NOTIFY dataChanged)
    Q_PROPERTY(QVariantList practicesDone READ practicesDone NOTIFY dataChanged)
    Q_PROPERTY(QVariantMap toolbox READ toolbox NOTIFY dataChanged)
    Q_PROPERTY(QVariantList bodyAreaOptions READ bodyAreaOptions CONSTANT)
    Q_PROPERTY(QStringList triggerOptions READ triggerOptions NOTIFY dataChanged)
    Q_PROPERTY(QStringList helpedOptions READ helpedOptions NOTIFY dataChanged)
    Q_PROPERTY(QVariantList situationOptions READ situationOptions CONSTANT)
    Q_PROPERTY(QVariantList toolIdeas READ toolIdeas NOTIFY dataChanged)
    Q_PROPERTY(QVariantList practiceOptions READ practiceOptions CONSTANT)
    Q_PROPERTY(QString timerState READ timerState NOTIFY timerChanged)
    Q_PROPERTY(QString timerPractice READ timerPractice NOTIFY timerChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY timerChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY timerChanged)
    Q_PROPERTY(QVariantMap cue READ cue NOTIFY timerChanged)
    Q_PROPERTY(int practiceBefore READ practiceBefore NOTIFY timerChanged)
    Q_PROPERTY(QString lastRemovedTool READ lastRemovedTool NOTIFY removedChanged)

public:
    explicit ResilienceBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// Worksheets, the newest first (a page of kProblemPage):
    /// {id, problem, step (1-8), stepLabel, chosen, draft, updatedLabel}.
    [[nodiscard]] QVariantList problems() const { return m_problems; }
    [[nodiscard]] bool hasMoreProblems() const { return m_hasMore; }
    /// The newest stress log entries (kRecent): {id, whenLabel, level, what, triggers, helped}.
    [[nodiscard]] QVariantList stressEntries() const { return m_stress; }
    /// The newest practices (kRecent): {id, practice, label, whenLabel, minutes, before, after, changeLabel}.
    [[nodiscard]] QVariantList practicesDone() const { return m_practices; }
    /// {id, items [{id, text, situations, situationsLabel}]}.
    [[nodiscard]] QVariantMap toolbox() const { return m_toolbox; }
    [[nodiscard]] QVariantList bodyAreaOptions() const;
    /// Suggestions, then the client's own words from recent entries.
    [[nodiscard]] QStringList triggerOptions() const { return m_triggerOptions; }
    [[nodiscard]] QStringList helpedOptions() const { return m_helpedOptions; }
    [[nodiscard]] QVariantList situationOptions() const;
    /// Ideas not yet in the toolbox: {text, situations}.
    [[nodiscard]] QVariantList toolIdeas() const;
    [[nodiscard]] QVariantList practiceOptions() const;

    // ---- Problem solving ----
    /// A worksheet as the page's form: {id, problem, goal, options [{id, text,
    /// upMe, upOthers, downMe, downOthers, rating (-1 when not rated)}],
    /// chosen, steps [{id, text, when, done}], tried (bool), happened,
    /// rating, next, draft, step, stepLabel, versions (earlier ones kept),
    /// madeGoal ({id, title} of the goal made from its plan, or {}),
    /// goalsRunning (whether the goals module runs, to make one)}; {} when not found.
    Q_INVOKABLE QVariantMap loadProblem(const QString& id) const;
    /// Saves a worksheet (new when id is ""); `draft` keeps it marked as
    /// still being worked on. Returns its id, or "" with lastError. Empty
    /// options and steps are left out; a chosen option that was removed is
    /// unchosen.
    Q_INVOKABLE QString saveProblem(const QString& id, const QVariantMap& form, bool draft);
    /// The options' ids, best first (Worksheet::rankOptions).
    Q_INVOKABLE QStringList rankedOptions(const QVariantList& options) const;
    /// Earlier versions, newest first: {savedLabel, stepLabel, text}.
    Q_INVOKABLE QVariantList problemVersions(const QString& id) const;
    Q_INVOKABLE void showMoreProblems();

    // ---- Stress log ----
    /// Saves a stress log entry (new when id is ""). Form: {when (a Date),
    /// what, level 0-10, body [codes], thoughts, did, triggers [words],
    /// helped [words], after (-1 when not noted)}.
    Q_INVOKABLE bool saveStress(const QString& id, const QVariantMap& form);
    Q_INVOKABLE QVariantMap loadStress(const QString& id) const;
    /// The patterns of the last `weeks` weeks (this week included), worked
    /// out when the page asks: {weeks, entries, meanLevel, triggers [{tag,
    /// count, meanLevel}], helped [{tag, count, withAfter, meanDrop}],
    /// weekdays [{label, count, meanLevel}], times [{label, count,
    /// meanLevel}], byWeek [{label, count, meanLevel}], summary}.
    Q_INVOKABLE QVariantMap patternsNow(int weeks) const;

    // ---- Relaxation ----
    [[nodiscard]] QString timerState() const;
    [[nodiscard]] QString timerPractice() const { return m_practice; }
    [[nodiscard]] int elapsedSeconds() const { return static_cast<int>(m_timer.elapsedMs() / 1000); }
    [[nodiscard]] int remainingSeconds() const { return static_cast<int>((m_timer.remainingMs() + 999) / 1000); }
    /// What the guide shows now. Breathing: {phase "in"/"hold"/"out"/"rest",
    /// text, size 0-1, phaseLeft, breaths}; muscle: {step, steps, name, text,
    /// tense, phaseLeft}; grounding: {step, steps, name, text}.
    [[nodiscard]] QVariantMap cue() const;
    /// Starts a practice: breathing for `minutes` in `rhythm` {in, holdIn,
    /// out, holdOut} seconds; muscle relaxation (its own length); grounding
    /// (no set length); `before` is stress now (0-10, -1 when not rated),
    /// kept with the practice until it is saved. False with lastError for a
    /// rhythm out of range.
    Q_INVOKABLE bool startPractice(const QString& practice, int minutes, const QVariantMap& rhythm, int before);
    /// Stress before the practice under way (-1 when not rated).
    [[nodiscard]] int practiceBefore() const { return m_before; }
    Q_INVOKABLE void pausePractice();
    Q_INVOKABLE void resumePractice();
    Q_INVOKABLE void finishPractice();
    Q_INVOKABLE void resetPractice();
    /// Grounding: the next step (the last one finishes it). Muscle relaxation:
    /// the next group, leaving out the rest of this one (the last ends the practice).
    Q_INVOKABLE void nextStep();
    /// A logged practice, as its page shows it when opened from the timeline:
    /// {id, label, whenLabel, lengthLabel, changeLabel, rhythmLabel, note}; {} when not found.
    Q_INVOKABLE QVariantMap loadPractice(const QString& id) const;
    /// Logs the finished practice with stress before (from startPractice())
    /// and `after` (0-10; -1 when not rated) and a note; the time is the timer's.
    Q_INVOKABLE bool savePractice(int after, const QString& note);

    // ---- Coping toolbox ----
    /// Adds a tool; `reachOut` when it means contacting someone (it is then
    /// offered to the safety plan with the people, not as a thing to do on my own).
    Q_INVOKABLE bool addTool(const QString& text, const QStringList& situations, bool reachOut);
    /// Takes a tool out; undoRemoveTool() puts the last one back where it was.
    Q_INVOKABLE bool removeTool(const QString& toolId);
    Q_INVOKABLE bool undoRemoveTool();
    /// The text of the tool last taken out (for "Undo"), or "".
    [[nodiscard]] QString lastRemovedTool() const { return m_lastRemoved.value(QStringLiteral("text")).toString(); }
    Q_INVOKABLE bool setToolReachOut(const QString& toolId, bool reachOut);
    Q_INVOKABLE bool setToolSituations(const QString& toolId, const QStringList& situations);
    /// The tools for the safety plan's step (sdk::SafetyPlanSource):
    /// "copingAlone" those that do not mean contacting someone, "distractions" those that do.
    [[nodiscard]] QStringList toolsForSafetyPlan(const QString& step) const;

    Q_INVOKABLE void refresh() override;

    static constexpr int kProblemPage = 30;
    static constexpr int kRecent = 20;
    static constexpr int kMaxTools = 100;

    /// Drafts for the demo and tests.
    static sdk::EntryDraft problemDraft(const QJsonObject& payload, const QDateTime& when);
    static sdk::EntryDraft stressDraft(const QJsonObject& payload, const QDateTime& when);
    static sdk::EntryDraft practiceDraft(const QJsonObject& payload, const QDateTime& when);
    static sdk::EntryDraft toolboxDraft(const QJsonObject& payload, const QDateTime& when);
    static Rhythm rhythmOf(const QJsonObject& o);

signals:
    void dataChanged();
    void timerChanged();
    void removedChanged();

private:
    QVariantMap problemMap(const sdk::Entry& e) const;
    QVariantMap stressMap(const sdk::Entry& e) const;
    QVariantMap practiceMap(const sdk::Entry& e) const;
    std::optional<sdk::Entry> toolboxEntry() const;
    /// The toolbox entry's id ("" before the first tool) and items, read once per action.
    struct Toolbox {
        QString id;
        QJsonArray items;
    };
    Toolbox loadToolbox() const;
    bool saveToolbox(const Toolbox& box);
    /// Changes the tool `toolId` with `change` and saves; lastError when it is gone.
    bool editTool(const QString& toolId, const std::function<void(QJsonObject&)>& change);
    void offerSupportIfRisk(const QStringList& texts);
    void tick();

    QVariantList m_problems;
    bool m_hasMore = false;
    int m_limit = kProblemPage;
    QVariantList m_stress;
    QVariantList m_practices;
    QVariantMap m_toolbox;
    QJsonArray m_tools;
    QStringList m_triggerOptions;
    QStringList m_helpedOptions;

    RelaxTimer m_timer;
    QTimer m_ticker;
    QString m_practice;
    Rhythm m_rhythm;
    int m_step = 0;    ///< grounding
    int m_before = -1; ///< stress before the practice under way
    QJsonObject m_lastRemoved;
    int m_lastRemovedAt = 0;
};

} // namespace tessera::resilience
