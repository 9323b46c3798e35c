// Medication arithmetic: scheduled doses, adherence, supply. No journal, no QML.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTime>

namespace tessera::medication {

/// When a medicine is due, from its payload.
struct Schedule {
    bool asNeeded = false;
    QList<QTime> times;   ///< Local times of day.
    QDate start;
    QDate stop;           ///< Invalid: still taking it.
    /// When the medicine was added to Tessera (its entry's createdAt; invalid:
    /// unknown). A dose due before it counts in adherence() only when it was
    /// logged: Tessera does not know about the days before it was told, and a
    /// medicine added at 14:00 with an 08:00 dose showed 0 % at once.
    QDateTime addedAt;
    static Schedule fromPayload(const QJsonObject& medicine, const QDateTime& addedAt = {});
};

/// A logged dose: the scheduled slot it answers (invalid for as-needed) and its status.
struct DoseEvent {
    QDateTime slot;       ///< Local date and time of the scheduled dose.
    QString status;       ///< "taken", "late", "missed", "skipped".
    QDateTime at;         ///< When it was logged as happening.
};

/// Scheduled slots on `day` (local), in time order; none for as-needed
/// medicines or outside start..stop.
QList<QDateTime> slotsOn(const Schedule& schedule, const QDate& day);

struct Adherence {
    int expected = 0;     ///< Scheduled slots in the window that have passed.
    int taken = 0;        ///< Of those, logged as taken or late.
    int asNeeded = 0;     ///< As-needed doses logged in the window (counted, not scored).
    /// Percentage 0-100, or -1 when nothing was expected (or as-needed).
    [[nodiscard]] double percent() const { return expected == 0 ? -1 : 100.0 * taken / expected; }
};

/// A scheduled dose with no log counts as not taken only once it is this late,
/// so that the figure does not drop the minute a dose falls due.
inline constexpr int kUnloggedDoseCountsAfterSecs = 3600;

/// Adherence over the days from..to (inclusive, local), counting only slots
/// at or before `now`. A logged slot counts at once; a slot with no log counts
/// as not taken once it is kUnloggedDoseCountsAfterSecs late.
Adherence adherence(const Schedule& schedule, const QList<DoseEvent>& events, const QDate& from, const QDate& to,
                    const QDateTime& now);

/// Days of supply left: supplyDays minus days since the refill (never below 0);
/// -1 when no refill is recorded.
int daysOfSupplyLeft(const QJsonObject& medicine, const QDate& today);

/// "taken", "late", "missed", "skipped".
QStringList doseStatuses();

/// The slot key stored in dose payloads: "2026-11-25T08:00" (local).
QString slotKey(const QDateTime& slot);
QDateTime slotFromKey(const QString& key);

} // namespace tessera::medication
