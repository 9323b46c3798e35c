// Scoring, bands, change and the schedule: plain C++, no Qt Quick, no journal.
#pragma once

#include "instruments.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tessera::sdk { class PayloadCheck; }

namespace tessera::assessments {

/// Answers to an instrument's scored items, in item order; -1 = not answered.
using Answers = QList<int>;

/// 1-based numbers of the scored items not answered (or out of range).
QList<int> missingItems(const Instrument& inst, const Answers& answers);
/// The sum of the answers; -1 when an item is missing.
int totalScore(const Instrument& inst, const Answers& answers);

/// The band ids of an instrument, lowest first:
/// PHQ-9 "minimal" 0-4, "mild" 5-9, "moderate" 10-14, "moderately-severe" 15-19, "severe" 20-27;
/// GAD-7 "minimal" 0-4, "mild" 5-9, "moderate" 10-14, "severe" 15-21;
/// AUDIT-C "lower" 0-2, "above-women" 3 (at the usual cut-off for women, under
/// the one for men), "above-men" 4-12 (at or above the usual cut-off for men, and so for women too).
QStringList bandIds(const QString& instrumentId);
/// The band of a total ("" for an unknown instrument or a total out of range).
QString band(const QString& instrumentId, int total);
/// The lowest and highest total of a band; {-1, -1} when unknown.
std::pair<int, int> bandRange(const QString& instrumentId, const QString& bandId);
/// The band's name, short ("Moderate"), in the client's language.
QString bandTitle(const QString& instrumentId, const QString& bandId);
/// What the band means, in plain and kind words, in the client's language.
QString bandMeaning(const QString& instrumentId, const QString& bandId);

/// How a total compares with the previous and the first one.
struct Change {
    std::optional<int> sinceLast;  ///< current - previous
    std::optional<int> sinceFirst; ///< current - first
    bool meaningful = false; ///< PHQ-9: 5 or more points since the previous one
    bool meaningfulSinceFirst = false; ///< PHQ-9: 5 or more points since the first one
    bool response = false;   ///< PHQ-9: half or less of a first total of 10 or more
    bool remission = false;  ///< PHQ-9: under 5, after a first total of 10 or more
};
Change change(const QString& instrumentId, int current, std::optional<int> previous, std::optional<int> first);
/// The change said kindly, one or more sentences ("" when there is nothing to compare with).
QString changeText(const QString& instrumentId, int current, std::optional<int> previous, std::optional<int> first);

/// The payload of a completed questionnaire, as the data contract says.
/// Call only with every item answered.
QJsonObject makePayload(const Instrument& inst, const Answers& answers, std::optional<int> difficulty);
/// Answers from a stored payload (by item number; -1 where missing).
Answers answersOf(const Instrument& inst, const QJsonObject& payload);

/// The checks of a completed questionnaire's payload: every item present, in
/// order, in range, with its LOINC code; total and band agree with the
/// answers; the LOINC panel and total codes; PHQ-9's optional "difficulty".
void checkResult(const Instrument& inst, sdk::PayloadCheck& c);
/// The checks of an unfinished questionnaire ("draft"): the measure, and any
/// answers so far (item numbers in range, no repeats, values in range).
void checkDraft(sdk::PayloadCheck& c);

/// What the clinic profile asks for (settings of the module), see parseSchedule().
struct ScheduledMeasure {
    QString id;
    int everyDays = 14;
};
struct Schedule {
    QList<ScheduledMeasure> measures;
    QStringList warnings; ///< one line per bad value (logged; the default is used)
    bool reminders = true;           ///< "reminders": remind on the day one is due (SDK 2.3)
    QTime reminderTime = QTime(10, 0); ///< "reminderTime": "HH:mm", default 10:00
    [[nodiscard]] int everyDays(const QString& id) const; ///< 0 when not scheduled
};
/// Reads {"measures": ["phq9", {"id": "audit-c", "everyDays": 90}], "everyDays": 14,
/// "reminders": true, "reminderTime": "10:00"}.
/// Without settings: PHQ-9 and GAD-7 every 14 days. "everyDays" is 1-365;
/// a bad value, an unknown or repeated measure is left out with a warning.
Schedule parseSchedule(const QJsonObject& settings);

enum class DueState { NotYet, Due, Overdue, Done };
struct DueCalc {
    DueState state = DueState::NotYet;
    QDate dueDate; ///< the day it is (or was first) due
};
/// Where a measure done last on `lastDone` (invalid: never) stands on `day`:
/// done that day; else due on lastDone + everyDays (never done: due on `day`).
DueCalc dueOn(int everyDays, const QDate& lastDone, const QDate& day);

} // namespace tessera::assessments
