// What the medication module's pages talk to.
#pragma once

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/entry.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/reminders.h>
#include <tessera/sdk/result.h>

#include <QDateTime>
#include <QObject>
#include <QVariantList>

namespace tessera::sdk { class PluginContext; }

namespace tessera::medication {

/// Keeps today's checklist, per-medicine adherence and supply, side effects
/// and effectiveness current, and writes the appointment summary. Records
/// only: nothing here suggests a dose.
class MedBackend : public sdk::ModuleBackend {
    Q_OBJECT
    Q_PROPERTY(QVariantList medicines READ medicines NOTIFY dataChanged)
    Q_PROPERTY(QVariantList today READ today NOTIFY dataChanged)
    Q_PROPERTY(QVariantList sideEffects READ sideEffects NOTIFY dataChanged)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY dataChanged)
    Q_PROPERTY(bool lastSideEffectSevere READ lastSideEffectSevere NOTIFY lastSideEffectSevereChanged)
    /// Whether there are medicines, side effects or questions older than
    /// those read so far (each list starts with its newest; see showMore()).
    Q_PROPERTY(bool moreMedicines READ moreMedicines NOTIFY dataChanged)
    Q_PROPERTY(bool moreSideEffects READ moreSideEffects NOTIFY dataChanged)
    Q_PROPERTY(bool moreQuestions READ moreQuestions NOTIFY dataChanged)
    /// How many days (up to 30) the dose figures cover: 30, unless more doses
    /// were recorded in those days than the module reads at once (kDoseCap).
    Q_PROPERTY(int doseDays READ doseDays NOTIFY dataChanged)
    /// What a scheduled dose can be recorded as, in the order the Today page
    /// offers it: {status (the payload code), label (doseStatusLabel()), taken
    /// (counts as a dose taken), asksReason (skipped or missed: an optional reason)}.
    Q_PROPERTY(QVariantList doseChoices READ doseChoices CONSTANT)

public:
    explicit MedBackend(sdk::PluginContext& context, QObject* parent = nullptr);

    /// {id, key, name, details, scheduleLabel, asNeeded, purpose, prescriber, stopped,
    ///  adherence7, adherence30 (percent or -1), asNeeded7, daysLeft, effectiveness [{offset, value}], latestRating}
    [[nodiscard]] QVariantList medicines() const { return m_medicines; }
    /// Today's scheduled doses: {medicineKey, name, details, slot, time, status ("" if not logged),
    ///  statusLabel (doseStatusLabel(); "Not yet recorded" if not logged), taken (taken or taken late)}.
    [[nodiscard]] QVariantList today() const { return m_today; }
    /// Questions for the prescriber not yet asked, oldest first: {id, text, added}.
    [[nodiscard]] QVariantList questions() const { return m_questions; }
    /// {id, symptom, medicine, severity, severityLabel, onset, status, resolvedOn}, ongoing first.
    [[nodiscard]] QVariantList sideEffects() const { return m_sideEffects; }
    /// Whether the side effect last logged here was rated severe (3), so the
    /// page suggests contacting the prescriber.
    [[nodiscard]] bool lastSideEffectSevere() const { return m_lastSevere; }
    [[nodiscard]] bool moreMedicines() const { return !m_medicineList.cursor.isEmpty(); }
    [[nodiscard]] bool moreSideEffects() const { return !m_sideEffectList.cursor.isEmpty(); }
    [[nodiscard]] bool moreQuestions() const { return !m_questionList.cursor.isEmpty(); }
    [[nodiscard]] int doseDays() const { return m_doseDays; }
    [[nodiscard]] QVariantList doseChoices() const;

    /// A dose's status. A dose payload stores it as a code ("taken", "late",
    /// "skipped", "missed"); NotRecorded is a scheduled dose with no record yet.
    enum class DoseStatus { NotRecorded, Taken, TakenLate, Skipped, Missed };
    Q_ENUM(DoseStatus)
    /// The one label of each dose status, wherever it shows: the Today page's
    /// buttons and rows, and the title of the dose's entry.
    static QString doseStatusLabel(DoseStatus status);
    /// The status a payload code stands for (NotRecorded for "" or a code it does not know).
    static DoseStatus doseStatus(const QString& code);
    /// The payload code of a status ("" for NotRecorded).
    static QString doseStatusCode(DoseStatus status);

    /// What a start (and every refresh) reads at most: the newest medicines,
    /// side effects and questions (a page of each; more on request), the doses
    /// of the last 30 days up to kDoseCap, and the newest kRatingRead ratings;
    /// the ratings chart is an aggregate (issue 18).
    static constexpr int kMedicinePage = 30;
    static constexpr int kSideEffectPage = 30;
    static constexpr int kQuestionPage = 30;
    static constexpr int kDoseCap = 300;
    static constexpr int kRatingRead = 30;
    /// The summary lists at most this many totals of each questionnaire in its period.
    static constexpr int kAssessmentRead = 30;

    /// Saves a medicine from a form map (name, code, strength, dose, route, times "08:00, 20:00",
    /// asNeeded, start, stop, prescriber, purpose, refillDate, supplyDays); "" id makes a new one.
    Q_INVOKABLE QString saveMedicine(const QString& id, const QVariantMap& form);
    /// A medicine as a form map, plus "changes": earlier versions that differ in dose, strength or schedule.
    Q_INVOKABLE QVariantMap loadMedicine(const QString& id);
    /// Logs a scheduled dose (slot "2026-11-25T08:00") or, with an empty slot, an as-needed one.
    Q_INVOKABLE QString logDose(const QString& medicineKey, const QString& slot, const QString& status, const QString& reason);
    /// Logs a side effect, severity 0-3; a severe one (3) also offers support
    /// (PluginContext::offerSupport, reason "severe-side-effect").
    Q_INVOKABLE QString logSideEffect(const QString& medicineKey, const QString& symptom, int severity, const QString& onset);
    Q_INVOKABLE bool resolveSideEffect(const QString& id);
    /// Records how well a medicine seems to work, 0-10, with an optional note;
    /// a rating outside 0-10 (-1: the slider was never moved) is refused.
    Q_INVOKABLE QString rate(const QString& medicineKey, int rating, const QString& note);
    /// Writes down a question for the next appointment; it is in the summary until marked asked.
    Q_INVOKABLE QString addQuestion(const QString& text);
    Q_INVOKABLE bool markAsked(const QString& id);
    /// The PHQ-9 and GAD-7 totals of the last `days` days (the assessments
    /// module's, when Medication may read them), for the summary: one map per
    /// questionnaire {kind, name, maximum, totals: [{total, band (plain
    /// words), date}] oldest first (the newest kAssessmentRead), earlier (how
    /// many more the period has)}; totals is empty when there are none to read.
    Q_INVOKABLE QVariantList assessmentTotals(int days) const;
    /// The appointment summary for the last `days` days, as plain text.
    Q_INVOKABLE QString summaryText(int days);
    /// Writes summaryText(days) to a file in `folder` (default: Documents); returns the path or "".
    Q_INVOKABLE QString saveSummary(int days, const QString& folder = {});
    Q_INVOKABLE void refresh() override;
    /// Reads the next page of older medicines, side effects or questions (by cursor).
    Q_INVOKABLE void showMoreMedicines();
    Q_INVOKABLE void showOlderSideEffects();
    Q_INVOKABLE void showOlderQuestions();

    // --- Things due and reminders (SDK 2.3, issue 24) ---------------------
    /// One scheduled dose on a day: what the Today page and the reminders show.
    struct ScheduledDose {
        QString itemId;      ///< doseItemId(): the due item's and the reminder's id
        QString medicineKey;
        QString title;       ///< medicineTitle(): name and strength
        QString details;     ///< dose and route ("1 tablet · by mouth")
        QDateTime slot;      ///< local date and time
        DoseStatus status = DoseStatus::NotRecorded; ///< the latest record of the slot
    };
    /// The scheduled doses of the medicines read (the newest kMedicinePage)
    /// on `day`, in time order, each with its latest record. Today's window
    /// (the last 30 days) comes from what refresh() read; another day reads
    /// that day's doses (bounded, kDoseCap).
    [[nodiscard]] QList<ScheduledDose> scheduledDoses(const QDate& day) const;
    /// dueItems(day) of the plugin: one per scheduled dose; a dose not yet
    /// recorded offers Done (taken) and Skip.
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const;
    /// Records the dose `itemId` of `day` as taken (Done) or skipped (Skip)
    /// with logDose(), exactly as the Today page does.
    sdk::Status actOnDueItem(const QDate& day, const QString& itemId, sdk::DueItemActions::Action action);
    /// One reminder per medicine and scheduled time (daily from the
    /// medicine's start until its stop), by id; none for as-needed or
    /// stopped medicines. At most 200.
    [[nodiscard]] QList<sdk::Reminder> doseReminders() const;
    /// "dose-<10 hex of the medicine key's hash>-HHMM" (stable, at most 40 characters).
    static QString doseItemId(const QString& medicineKey, const QTime& time);

    /// A medicine's title from its payload: name and strength ("Sertraline 50 mg").
    static QString medicineTitle(const QJsonObject& medicine);

    static sdk::EntryDraft medicineDraft(const QJsonObject& medicine);
    static sdk::EntryDraft doseDraft(const QJsonObject& medicine, const QDateTime& slot, const QString& status, const QString& reason);
    static sdk::EntryDraft sideEffectDraft(const QJsonObject& payload, const QString& medicineName);
    static sdk::EntryDraft effectivenessDraft(const QJsonObject& medicine, int rating, const QString& note);
    static sdk::EntryDraft questionDraft(const QJsonObject& payload);
    /// The label of the status stored as `status`: doseStatusLabel(doseStatus(status)).
    static QString statusLabel(const QString& status);

signals:
    void dataChanged();
    void lastSideEffectSevereChanged();

private:
    /// The newest entries of one kind read so far, and the cursor to older ones.
    struct Loaded {
        QList<sdk::Entry> entries;
        QString cursor;
        int limit = 0;
    };
    /// Every entry of `kind` from `from` (invalid: all), oldest first, at most
    /// `max`: for the appointment summary, over the period it covers.
    QList<sdk::Entry> entries(const QString& kind, const QDate& from, int max = 50000) const;
    /// The newest `loaded.limit` entries of `kind`, page by page.
    void readNewest(const QString& kind, Loaded& loaded) const;
    void readOlder(const QString& kind, Loaded& loaded, int page);
    sdk::Result<sdk::Entry> medicineByKey(const QString& key) const;
    /// Builds the lists the pages show from what was read.
    void build();
    /// Makes the module's reminders doseReminders() (replaceAll: nothing is
    /// written when they are unchanged).
    void syncReminders();

    QStringList moodLines(const QDate& from, const QDate& to) const;
    /// The summary's lines of assessmentTotals(days).
    QStringList assessmentLines(int days) const;

    Loaded m_medicineList{{}, {}, kMedicinePage};
    Loaded m_sideEffectList{{}, {}, kSideEffectPage};
    Loaded m_questionList{{}, {}, kQuestionPage};
    QList<sdk::Entry> m_doses;            ///< the last 30 days, newest first, at most kDoseCap
    QDate m_doseFrom;                     ///< the first day m_doses covers whole
    int m_doseDays = 30;
    QList<sdk::Entry> m_latestRatings;    ///< the newest kRatingRead ratings
    QList<sdk::AggregateRow> m_ratingDays; ///< ratings by day and medicine, last 90 days

    QVariantList m_medicines, m_today, m_sideEffects, m_questions;
    bool m_lastSevere = false;
};

} // namespace tessera::medication
