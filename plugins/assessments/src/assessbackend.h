// What the assessments module's QML pages talk to.
#pragma once

#include "scoring.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/modulebackend.h>
#include <tessera/sdk/reminders.h>

#include <QDate>
#include <QHash>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace tessera::assessments {

/// The assessments backend: the overview (last total, band and what is due
/// for each measure), filling one in (answers kept as a "draft" entry in the
/// journal after every answer, so a questionnaire left halfway survives
/// leaving the page and a restart without a file of its own), saving it, and
/// the results of one measure (list, change, chart).
///
/// PHQ-9 item 9 answered above 0 offers support at once, urgently
/// ("phq9-item9"), and again when the questionnaire is saved.
class AssessBackend : public tessera::sdk::ModuleBackend {
    Q_OBJECT
    /// One map per measure: id, name, fullName, scheduled, everyDays, lastTotal
    /// (-1: never), maxTotal, band, bandTitle, lastDate, dueState ("due",
    /// "overdue", "done", "later", "unscheduled"), dueLabel, draftAnswered (-1: no draft).
    Q_PROPERTY(QVariantList measures READ measures NOTIFY measuresChanged)

    /// The questionnaire being filled in ("" before startFill()).
    Q_PROPERTY(QString fillMeasure READ fillMeasure NOTIFY fillChanged)
    /// The instrument being filled in: id, name, fullName, stem, source, maxTotal,
    /// items [{number, code, text, options [{text, value}]}], difficulty (the same, or null).
    Q_PROPERTY(QVariantMap fillInstrument READ fillInstrument NOTIFY fillChanged)
    /// The answers so far, in item order; -1 where not answered.
    Q_PROPERTY(QVariantList fillAnswers READ fillAnswers NOTIFY fillChanged)
    Q_PROPERTY(int fillDifficulty READ fillDifficulty NOTIFY fillChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY fillChanged)
    /// 1-based numbers of the items not answered yet.
    Q_PROPERTY(QVariantList missingItems READ missingItemsList NOTIFY fillChanged)
    /// PHQ-9 item 9 answered above 0 in the questionnaire being filled in.
    Q_PROPERTY(bool item9Concern READ item9Concern NOTIFY fillChanged)

    /// The measure the results page shows, and its results, newest first:
    /// id, when, total, maxTotal, band, bandTitle, meaning, change, difficulty,
    /// answers [{number, text, answer, value}].
    Q_PROPERTY(QString resultsMeasure READ resultsMeasure NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    /// Totals over time for the chart: points [{offset, value}], xCount, yTo,
    /// bands [{from, to, title}], firstDate, lastDate.
    Q_PROPERTY(QVariantMap chart READ chart NOTIFY resultsChanged)

public:
    explicit AssessBackend(tessera::sdk::PluginContext& context, QObject* parent = nullptr);
    ~AssessBackend() override;

    [[nodiscard]] QVariantList measures() const { return m_measures; }
    [[nodiscard]] QString fillMeasure() const { return m_fillMeasure; }
    [[nodiscard]] QVariantMap fillInstrument() const;
    [[nodiscard]] QVariantList fillAnswers() const;
    [[nodiscard]] int fillDifficulty() const { return m_fillDifficulty; }
    [[nodiscard]] int answeredCount() const;
    [[nodiscard]] QVariantList missingItemsList() const;
    [[nodiscard]] bool item9Concern() const;
    [[nodiscard]] QString resultsMeasure() const { return m_resultsMeasure; }
    [[nodiscard]] QVariantList results() const { return m_results; }
    [[nodiscard]] QVariantMap chart() const { return m_chart; }

    /// Starts (or resumes, from its draft) filling in `measure`; "" picks the
    /// first one due, else PHQ-9. Returns false for an unknown measure.
    Q_INVOKABLE bool startFill(const QString& measure);
    /// Opens the entry `id`: a draft resumes it, a result shows it on the
    /// results page. Returns "fill", "results" or "" (not found).
    Q_INVOKABLE QString openEntry(const QString& id);
    /// Answers item `number` (1-based) with `value`; kept in the draft at once.
    Q_INVOKABLE bool answer(int number, int value);
    /// Answers PHQ-9's unscored "how difficult" question (-1 clears it).
    Q_INVOKABLE bool setDifficulty(int value);
    /// Saves the questionnaire being filled in; returns the entry id, or ""
    /// with lastError naming the first item not answered.
    Q_INVOKABLE QString saveFill();
    /// Throws the unfinished questionnaire away (its draft goes to the bin).
    Q_INVOKABLE bool discardDraft();
    /// Loads the results of `measure` (its newest 100, and the chart).
    Q_INVOKABLE bool showResults(const QString& measure);

    /// What is due, overdue or done on `day` (DueItemSource).
    [[nodiscard]] QList<tessera::sdk::DueItem> dueItems(const QDate& day) const;
    [[nodiscard]] const Schedule& schedule() const { return m_schedule; }
    /// The reminders the module keeps (SDK 2.3), one per scheduled measure:
    /// "questionnaire-<measure>", on the day it is next due at the profile's
    /// reminderTime (10:00), again every interval while it is not done;
    /// dueItemId the measure. A measure never filled in keeps the start it
    /// was first given (`scheduled`: what the host holds now), else `today`.
    [[nodiscard]] QList<tessera::sdk::Reminder> wantedReminders(const QDate& today,
                                                                const QList<tessera::sdk::Reminder>& scheduled) const;

    void refresh() override;

signals:
    void measuresChanged();
    void fillChanged();
    void resultsChanged();
    /// After a questionnaire is saved, with its id.
    void saved(const QString& id);

private:
    struct Known {
        std::optional<int> lastTotal;
        std::optional<int> previousTotal;
        std::optional<int> firstTotal;
        QString lastBand;
        QDate lastDate;
        QString draftId;
        Answers draftAnswers;
        int draftDifficulty = -1;
    };
    void keepDraft();
    /// Before the first refresh: the day each scheduled measure was last filled in.
    void readLastDates();
    /// Makes the host's reminders match wantedReminders() (replaceAll writes
    /// nothing when nothing changed).
    void syncReminders();
    void rebuildMeasures();
    QString titleFor(const Instrument& inst, int total) const;

    Schedule m_schedule;
    QHash<QString, Known> m_known;
    QVariantList m_measures;
    QString m_fillMeasure;
    Answers m_fillAnswers;
    int m_fillDifficulty = -1;
    QString m_resultsMeasure;
    QVariantList m_results;
    QVariantMap m_chart;
};

} // namespace tessera::assessments
