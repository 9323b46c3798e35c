// Tessera SDK: journal entries and queries.
#pragma once

#include <tessera/sdk/export.h>
#include <tessera/sdk/extension.h>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::sdk {

/// One record in the journal. Every module's data is an Entry; the module's
/// own fields live in `payload`, validated by the module (Plugin::validatePayload).
/// The mood belongs here (`mood`), never in the payload: the timeline, charts
/// and Journal::aggregate() read this one.
/// @since 1.0
struct TESSERA_SDK_EXPORT Entry {
    QString id;              ///< UUID, without braces. Stable for the life of the entry.
    QString pluginId;        ///< The module that owns the entry.
    QString kind;            ///< Full kind name, "plugin-id/kind" (e.g. "cbt/thought-record").
    QDateTime occurredAt;    ///< When it happened, in UTC.
    int utcOffsetSeconds = 0; ///< The client's offset from UTC at that time (for showing local time).
    QString title;           ///< Short heading shown on the timeline card.
    QString summary;         ///< One or two lines shown under the title.
    std::optional<int> mood; ///< Optional mood 0 (lowest) to 10 (best).
    QStringList tags;        ///< Free tags.
    QJsonObject payload;     ///< The module's own data.
    int schemaVersion = 1;   ///< Version of the payload's schema, per kind.
    QDateTime createdAt;     ///< When first saved (UTC).
    QDateTime updatedAt;     ///< When last saved (UTC).
    std::optional<QDateTime> deletedAt; ///< Set when soft-deleted; the entry can be restored.
    int revision = 1;        ///< 1 for a new entry, +1 on every update.
    Extension ext{};           ///< Fields added after 2.0 (see Extension). @since 2.0

    /// The local time the entry happened at, using utcOffsetSeconds. @since 1.0
    [[nodiscard]] QDateTime localOccurredAt() const;
    /// The short kind name, after the "plugin-id/" prefix. @since 1.0
    [[nodiscard]] QString shortKind() const;
    /// Whether the entry is soft-deleted (restorable). @since 1.0
    [[nodiscard]] bool isDeleted() const { return deletedAt.has_value(); }
    /// Whether the client marked the entry private: it then leaves Tessera
    /// (a report, an export, a share) only when the client includes private
    /// entries on purpose for that one. The host sets it; a module's change
    /// to it is never stored. toJson() writes "private": true when set.
    /// @since 2.2
    [[nodiscard]] bool isPrivate() const;
    /// Host use: marks the entry private or not (see isPrivate()). @since 2.2
    void setPrivate(bool isPrivate);

    /// Serialises every field (ISO 8601 dates) for export and tools. @since 1.0
    [[nodiscard]] QJsonObject toJson() const;
    /// The inverse of toJson(); std::nullopt when a required field is missing,
    /// a field has the wrong type, or a value could not be kept exactly as
    /// written (a mood that is not a whole number from 0 to 10, an offset
    /// beyond ±18 hours, a date that does not parse, a revision below 1).
    /// `*error` is then "field: what is wrong", for the first such field.
    /// @since 1.0
    static std::optional<Entry> fromJson(const QJsonObject& json, QString* error = nullptr);
};

/// What a module asks to write. The journal fills in id, timestamps and revision.
/// @since 1.0
struct TESSERA_SDK_EXPORT EntryDraft {
    QString kind;            ///< Short ("thought-record") or full ("cbt/thought-record") kind name.
    /// When it happened. Invalid means "now" for Journal::add(); for
    /// Journal::update() it means "keep the entry's time" (with its offset),
    /// so an edit never moves an entry to the moment it was edited. @since 1.0
    QDateTime occurredAt;
    /// Offset at that time; unset means the system's current offset for
    /// add() and the entry's own offset for update(). @since 1.0
    std::optional<int> utcOffsetSeconds;
    QString title;           ///< Required, at most 200 characters.
    QString summary;         ///< Optional, at most 2000 characters.
    std::optional<int> mood; ///< Optional, 0-10. The one mood of the entry: never repeat it in the payload.
    QStringList tags;        ///< Free tags, 1-60 characters each, at most 50.
    QJsonObject payload;     ///< The module's data; checked by Plugin::validatePayload().
    int schemaVersion = 1;   ///< Version of the payload's schema; at most the manifest's.
    Extension ext{};           ///< Fields added after 2.0 (see Extension). @since 2.0

    /// A draft that rewrites `entry` unchanged, its time included; edit the
    /// fields you change. @since 1.0
    static EntryDraft fromEntry(const Entry& entry);
};

/// Filters for Journal::query(). Empty fields do not filter.
/// @since 1.0
struct TESSERA_SDK_EXPORT EntryQuery {
    QStringList kinds;        ///< Short or full kind names; empty = every kind the caller may read.
    QStringList pluginIds;    ///< Owning modules; empty = any.
    QDateTime from;           ///< occurredAt >= from (invalid = unbounded).
    QDateTime to;             ///< occurredAt < to (invalid = unbounded).
    QString text;             ///< Full-text search over title, summary and the payload's text.
    std::optional<int> moodMin; ///< mood >= moodMin (entries without a mood are excluded).
    std::optional<int> moodMax; ///< mood <= moodMax.
    QStringList tags;         ///< Entries carrying every one of these tags.
    bool includeDeleted = false; ///< Also return soft-deleted entries.
    bool onlyDeleted = false;    ///< Only soft-deleted entries (a "recently deleted" list).
    bool oldestFirst = false;    ///< Ascending order instead of newest first.
    QString cursor;           ///< Opaque: EntryPage::nextCursor of the previous page.
    int limit = 100;          ///< Page size, 1-1000.
    bool withPayload = true;  ///< Fill Entry::payload; lists that show only titles can skip it (faster).
    Extension ext{};            ///< Fields added after 2.0 (see Extension). @since 2.0
};

/// What Journal::aggregate() computes: counts, sums, averages, minimums and
/// maximums worked out by the store in SQL, without reading the entries into
/// the module (the store still visits every matching entry: bound it with
/// `from` on a large journal). Deleted entries are never counted. It works
/// on payloads as stored: entries of an older schema are not upgraded first
/// (Plugin::upgradePayload), so a renamed field is missing in them.
///
/// Only periods and groups that have entries give a row (a chart's empty
/// weeks are yours to fill); nothing matching gives an empty list.
/// A period is the entry's local day, by its own utcOffsetSeconds; `from`
/// and `to` cut by instant, so the first and last periods may be partial.
///
/// Fields are "mood", "kind" (groupBy only) or "payload." followed by names
/// of letters, digits, '_' and '-' joined by dots (no array indexes).
///
/// @code
/// AggregateQuery q;
/// q.kinds = {QStringLiteral("checkin")};
/// q.period = AggregateQuery::Period::Week;   // one row per local week (Monday)
/// q.value = QStringLiteral("mood");
/// for (const AggregateRow& week : journal.aggregate(q).valueOr({}))
///     chart.append(week.period, week.average);  // week.valued check-ins had a mood
/// @endcode
/// @since 1.2
struct TESSERA_SDK_EXPORT AggregateQuery {
    /// How rows are split in time: by the entry's local day, week (starting
    /// Monday) or month, or not at all. @since 1.2
    enum class Period { All, Day, Week, Month };

    QStringList kinds;     ///< Short or full kind names; empty = every kind the caller may read.
    QDateTime from;        ///< occurredAt >= from (invalid = unbounded).
    QDateTime to;          ///< occurredAt < to (invalid = unbounded).
    Period period = Period::All; ///< One row per period (AggregateRow::period).
    /// Optional: a second split, by "kind", "mood" or a payload field
    /// ("payload.activity", "payload.plan.status"): one row per distinct value,
    /// as text (AggregateRow::group): a full kind name, a number's digits,
    /// true and false as "1" and "0", an array or object as its JSON text.
    /// Entries without the field, or with null, form the group "". Groups
    /// sort as text ("10" before "2"): order rows yourself for a ranking. @since 1.0
    QString groupBy;
    /// Optional: the number summed, averaged and ranged: "mood" or a payload
    /// field ("payload.beliefAfter"). Entries where it is missing or not a
    /// JSON number (true and false count as 1 and 0; a string of digits such
    /// as "7" is not a number) count in AggregateRow::count but not in
    /// AggregateRow::valued. @since 1.0
    QString value;
    /// Optional: a second number subtracted from `value` for each entry (a
    /// change: value "payload.moodAfter", minus "payload.moodBefore"). Entries
    /// missing either are not valued. @since 1.0
    QString minus;
    /// At most this many rows (1-10000), oldest period first, then by group:
    /// when the limit cuts, the most recent periods are the ones left out, so
    /// bound a long series with `from` instead. @since 1.0
    int limit = 1000;
    Extension ext{};         ///< Fields added after 2.0 (see Extension). @since 2.0
};

/// One row of Journal::aggregate(). @since 1.2
struct TESSERA_SDK_EXPORT AggregateRow {
    QDate period;        ///< First local day of the period; invalid with Period::All.
    QString group;       ///< The groupBy value as text; "" without groupBy or when missing.
    qint64 count = 0;    ///< Entries in this row.
    qint64 valued = 0;   ///< Of those, entries whose value (and minus) is a number.
    double sum = 0;      ///< Over valued entries; 0 when none.
    double average = 0;  ///< Over valued entries; 0 when none.
    double minimum = 0;  ///< Over valued entries; 0 when none.
    double maximum = 0;  ///< Over valued entries; 0 when none.
    Extension ext{};       ///< Fields added after 2.0 (see Extension). @since 2.0
};

/// One page of results, newest first (or oldest first when asked).
/// @since 1.0
struct TESSERA_SDK_EXPORT EntryPage {
    QList<Entry> entries; ///< The entries on this page, in the order asked for.
    QString nextCursor;   ///< Pass as EntryQuery::cursor for the next page; empty on the last page.
    Extension ext{};        ///< Fields added after 2.0 (see Extension). @since 2.0
};

/// A previous state of an entry, kept whenever it is updated.
/// @since 1.0
struct TESSERA_SDK_EXPORT Revision {
    int revision = 0;    ///< The revision number this snapshot had.
    QDateTime savedAt;   ///< When this snapshot was replaced.
    Entry entry;         ///< The entry as it was.
    Extension ext{};       ///< Fields added after 2.0 (see Extension). @since 2.0
};

/// A directed link between two entries, e.g. a goal check-in pointing at an activity.
/// @since 1.0
struct TESSERA_SDK_EXPORT Link {
    QString fromId;       ///< The entry the link starts from (owned by the module that made it).
    QString toId;         ///< The entry it points at.
    QString relation;     ///< A short verb chosen by the module, e.g. "evidence-for".
    QDateTime createdAt;  ///< When the link was made (UTC).
    Extension ext{};        ///< Fields added after 2.0 (see Extension). @since 2.0
};

/// A kind as its module's manifest describes it (Journal::kindInfo()), so a
/// module can name another module's kind the way that module does instead
/// of hard-coding it.
/// @since 2.0
struct TESSERA_SDK_EXPORT KindInfo {
    QString kind;          ///< Full name, "plugin-id/kind".
    QString pluginId;      ///< The module that owns the kind.
    QString title;         ///< The kind's title in its manifest ("Thought record").
    QString moduleTitle;   ///< The owning module's name in its manifest ("Thinking differently").
    int schemaVersion = 1; ///< The payload schema version the owner writes now.
    bool loaded = false;   ///< Whether the owning module is running (its entries can be written).
    Extension ext{};         ///< Fields added after 2.0 (see Extension).
};

/// What happened to an entry, in Journal::entryChanged. @since 1.0
enum class ChangeType { Added, Updated, Removed, Restored };

} // namespace tessera::sdk

Q_DECLARE_METATYPE(tessera::sdk::Entry)
