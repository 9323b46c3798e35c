// Patterns in the stress log: what sets stress off, what helps, and when it runs high.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace tessera::resilience {

/// One stress log entry as the figures need it.
struct StressPoint {
    QDateTime at;             ///< when it happened, local time
    int level = 0;            ///< how stressed, 0-10
    std::optional<int> after; ///< how stressed afterwards, 0-10, when the client noted it
    QStringList triggers;     ///< what set it off, the client's words
    QStringList helped;       ///< what helped, the client's words
};

/// A trigger or a thing that helped, over the entries that name it. Tags
/// that differ only in case or spaces are one tag, shown as first written.
struct TagFigure {
    QString tag;
    int count = 0;         ///< entries naming it
    double meanLevel = 0;  ///< their mean stress level
    int withAfter = 0;     ///< of them, entries with a level afterwards
    double meanDrop = 0;   ///< mean of (level - after) over those; 0 when none
};

/// Entries and their mean level in one slot (a weekday, a time of day, a week).
struct Slot {
    int count = 0;
    double meanLevel = 0;
};

struct StressPatterns {
    int entries = 0;
    double meanLevel = 0;
    /// Most frequent first; ties: higher mean level, then the tag's name.
    QList<TagFigure> triggers;
    /// Largest mean drop first among tags with a level afterwards (ties:
    /// more entries, then the name); then those without one, by count.
    QList<TagFigure> helped;
    std::array<Slot, 7> weekdays{}; ///< Monday first
    /// Night (00-06), morning (06-12), afternoon (12-18), evening (18-24).
    std::array<Slot, 4> timesOfDay{};
    QList<Slot> weeks;              ///< one per week from `firstMonday`, oldest first
};

/// The patterns of the entries in `weeks` weeks from the Monday `firstMonday`
/// (entries outside those weeks are left out).
[[nodiscard]] StressPatterns stressPatterns(const QList<StressPoint>& points, const QDate& firstMonday, int weeks);

/// 0 night, 1 morning, 2 afternoon, 3 evening.
[[nodiscard]] int timeOfDay(const QTime& time);

} // namespace tessera::resilience
