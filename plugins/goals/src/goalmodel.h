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

/// Milestones done and total.
QPair<int, int> milestoneCount(const QJsonObject& goal);

} // namespace tessera::goals
