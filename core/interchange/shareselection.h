// What the client chose to share (issue 23): one selection for the report,
// the FHIR and CSV exports, in the app and in tessera-cli.
#pragma once

#include "store/journalstore.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace tessera::core {

/// The widest offset from UTC an entry may have (sdk::Entry::fromJson's rule):
/// a local day is searched by instant widened this much either side.
inline constexpr qint64 kMaxEntryOffsetSeconds = 18 * 3600;

struct ShareSelection {
    /// First and last local day of the period, both included; an invalid
    /// date leaves that end open. An entry's day is its own local day (by
    /// its utcOffsetSeconds), as the timeline shows it.
    QDate from;
    QDate to;
    /// Full kind names ("goals/checkin") the client picked; empty = every
    /// kind of `modules` (every kind at all when both are empty).
    QStringList kinds;
    /// Modules the client picked; empty = every module (within `kinds`).
    QStringList modules;
    /// Entries marked private go only when this is set, for this one share.
    bool includePrivate = false;
    /// More filters (tags, mood, text, deleted entries) for tessera-cli
    /// export; its kinds, modules, cursor and limit are ignored, and so are
    /// its from and to when `from` / `to` (days) are set (else they cut by
    /// instant, as tessera-cli's --from/--to with a time do).
    sdk::EntryQuery extra;

    /// The store query that finds every candidate (oldest first, paged);
    /// admits() has the last word on each.
    [[nodiscard]] sdk::EntryQuery query() const;
    /// Whether `entry` is in the selection: its kind and module picked, its
    /// local day inside the period, not private unless includePrivate.
    [[nodiscard]] bool admits(const sdk::Entry& entry) const;
};

/// Calls `each` for every entry of `store` in `selection`, oldest first,
/// page by page (memory stays flat); stops at the first error `each` returns
/// and passes it on. Returns how many entries `each` was given.
sdk::Result<qint64> forEachSelected(const JournalStore& store, const ShareSelection& selection,
                                    const std::function<sdk::Status(const sdk::Entry&)>& each,
                                    bool withPayload = true);

} // namespace tessera::core
