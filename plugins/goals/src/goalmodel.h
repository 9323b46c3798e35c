// Goal arithmetic and checks, free of the journal and of QML.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tessera::goals {

/// FHIR Goal.lifecycleStatus codes used here.
QStringList lifecycleCodes();
/// FHIR Goal.achievementStatus codes used here.
QStringList achievementCodes();
/// How often to check in.
QStringList frequencyCodes();

/// One letter of SMART and whether the goal payload covers it.
struct SmartPart {
    QString letter;  ///< "S", "M", "A", "R", "T".
    QString name;    ///< "Specific", ...
    bool ok = false;
    QString hint;    ///< What would make it so, in plain words.
};
/// The gentle SMART check: every part, covered or not.
QList<SmartPart> smartCheck(const QJsonObject& goal);

/// How far `value` has moved from `baseline` towards `target`, 0-1 (works
/// for goals that go down, too); nullopt when baseline equals target.
std::optional<double> progress(double baseline, double target, double value);

/// Whether a goal with this due date is due within `days` days of `today`
/// (overdue counts) and still open (proposed, active, on hold).
bool dueSoon(const QJsonObject& goal, const QDate& today, int days = 14);

/// The other modules' totals a goal may follow as its measure instead of its
/// own check-ins ("measure": {"source": ...}): the PHQ-9 total of the
/// assessments module (issue 22). Lower is better; the target is "below N".
QStringList measureSources();
/// The PHQ-9 total's kind (the assessments module's data contract).
inline QString phq9Kind() { return QStringLiteral("assessments/phq9"); }

/// How far a total that should go down has come from `baseline` towards
/// being below `below`, 0-1: 1 once value < below (a total is a whole number,
/// so "below 10" is reached at 9). A goal that started below already counts
/// as reached while it stays there, and not while it is above. nullopt when
/// `below` is under 1 (nothing can be below it).
std::optional<double> belowProgress(double baseline, double below, double value);

/// A PHQ-9 band in plain words ("moderately severe"), from the band id the
/// assessments module stores, or from the total (bands 0-4, 5-9, 10-14,
/// 15-19, 20-27) when the id is missing or unknown; "" for a total out of range.
QString phq9BandLabel(const QString& band, int total);

/// Milestones done and total.
QPair<int, int> milestoneCount(const QJsonObject& goal);

} // namespace tessera::goals
