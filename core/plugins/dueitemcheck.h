// The host's checks on what a module says it has due (SDK 2.1, DueItemSource).
#pragma once

#include <tessera/sdk/dueitems.h>

#include <QDate>
#include <QList>
#include <QString>

namespace tessera::core {

struct Manifest;

/// One due item a running module gave, checked.
struct ModuleDueItem {
    QString pluginId;
    sdk::DueItem item;
};

/// At most this many of one module's items are shown (the first ones it gave).
inline constexpr int kMaxDueItems = 20;
/// A title is one short line: at most this many characters.
inline constexpr int kMaxDueTitle = 80;
/// The detail line: at most this many characters.
inline constexpr int kMaxDueDetail = 120;

/// An entry id a due item opens its page with (SDK 2.3): at most this many characters.
inline constexpr int kMaxDueEntryId = 64;

/// Why `item`, given by the module of `manifest` when asked about `day`,
/// cannot be shown: the field and the rule it breaks ("pageId: names no page
/// of the module"), never the field's text. Empty when it can be shown.
/// An id must be 1-40 of [a-z0-9-]; the title non-empty and at most
/// kMaxDueTitle characters, the detail at most kMaxDueDetail, neither with
/// control or text-direction characters (hasControlCharacters(), a line
/// break included); the due date valid and not
/// after `day`; the state one of the four; the page one of the manifest's;
/// the entryId (SDK 2.3) at most kMaxDueEntryId characters, without control
/// characters. offersDone()/offersSkip() travel with the item unchecked.
QString dueItemProblem(const sdk::DueItem& item, const Manifest& manifest, const QDate& day);

/// Sorts items into the order they are shown in: overdue, due, done,
/// skipped; then by due date, oldest first; then by time of day (items with
/// a time first, in time order); otherwise as they came (a stable sort: in
/// PluginManager::dueItems(), module load order, each module's own order).
void sortDueItems(QList<ModuleDueItem>& items);

/// "due", "overdue", "done", "skipped" (the CLI's JSON and the model's state role).
QString dueStateName(sdk::DueItem::State state);

} // namespace tessera::core
