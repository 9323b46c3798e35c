// Reading many entries: pages, counts, sums (the SQL comes from querybuilder.cpp).
#include "journalstore.h"

#include "journalstore_p.h"
#include "querybuilder.h"
#include "searchterms.h"

#include <QSet>

#include <functional>
#include <limits>

namespace tessera::core {

using sdk::Entry;
using sdk::EntryQuery;
using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;

using namespace detail;

namespace {
// The cursor after `last` (its seq), for the next page.
QString cursorAfter(const Entry& last, qint64 seq)
{
    return QStringLiteral("%1:%2").arg(last.occurredAt.toMSecsSinceEpoch()).arg(seq);
}

// What a walk of the time index does with the row it reached.
enum class Walk { Keep, Skip, GiveUp };

// A page of `q` read by walking the time index in page order, at most `bound`
// rows, keeping the rows `step` keeps. `q`'s filter (without what `step`
// decides) is applied in SQL. Empty optional when `step` gives up or the
// bound was reached first: the caller's plain route answers then. The LIMIT
// also keeps the time index the plan (SQLite prefers the index that needs no
// sort).
Result<std::optional<sdk::EntryPage>> walkTimeIndex(Database& db, const EntryQuery& q, qint64 bound,
                                                    const std::function<Result<Walk>(const Statement&)>& step)
{
    Error err;
    const Filter f = buildFilter(q, true, &err);
    if (!err.message.isEmpty())
        return err;
    if (f.empty)
        return std::optional<sdk::EntryPage>(sdk::EntryPage{});
    const QString order = q.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
    auto s = db.cached(QStringLiteral("SELECT %1 FROM entries e%2 ORDER BY e.occurred_at %3, e.seq %3 LIMIT ?")
                           .arg(kColumns, f.where, order), &err);
    if (!s)
        return err;
    bindAll(*s, f.binds);
    s->bind(static_cast<int>(f.binds.size()) + 1, bound);
    sdk::EntryPage page;
    qint64 walked = 0;
    qint64 lastSeq = 0;
    while (s->next()) {
        ++walked;
        const Result<Walk> w = step(*s);
        if (!w.ok())
            return w.error();
        if (w.value() == Walk::GiveUp)
            return std::optional<sdk::EntryPage>();
        if (w.value() == Walk::Skip)
            continue;
        if (page.entries.size() == q.limit) {
            page.nextCursor = cursorAfter(page.entries.constLast(), lastSeq);
            return std::optional<sdk::EntryPage>(std::move(page));
        }
        page.entries << readEntry(*s, &lastSeq, q.withPayload);
    }
    if (s->failed())
        return db.error(QStringLiteral("searching the journal"), s->rc());
    if (walked >= bound)
        return std::optional<sdk::EntryPage>(); // went too far
    return std::optional<sdk::EntryPage>(std::move(page)); // the journal's end
}

// A page from several modules (the timeline: every running module). With
// `plugin_id IN (...)` SQLite reads each module's newest entries from the
// module index and sorts them: up to (limit + 1) per module, every page
// (1,111 rows for a page of 100 with 11 modules; all of them in a small
// journal). Usually nearly every entry is from one of those modules, so this
// walks the time index instead and keeps the entries of the modules asked
// for. It reads at most as many rows as the module route would; past that
// (entries of other modules in between) it gives up and the module route
// answers, so the result is always the same.
Result<std::optional<sdk::EntryPage>> walkModulesInTimeOrder(Database& db, const EntryQuery& q)
{
    EntryQuery rest = q;
    rest.pluginIds.clear();
    const QSet<QString> modules(q.pluginIds.cbegin(), q.pluginIds.cend());
    return walkTimeIndex(db, rest, qint64(q.pluginIds.size()) * (q.limit + 1), [&](const Statement& row) -> Result<Walk> {
        return modules.contains(row.text(2)) ? Walk::Keep : Walk::Skip; // plugin_id
    });
}
} // namespace

SearchTerms& JournalStore::searchTerms() const
{
    // Every place that replaces or closes m_db resets m_searchTerms first (its
    // hooks are on that connection): made here for the connection now open.
    if (!m_searchTerms)
        m_searchTerms = std::make_unique<SearchTerms>(*m_db);
    Q_ASSERT(m_searchTerms->handle() == m_db->handle());
    return *m_searchTerms;
}

Result<sdk::EntryPage> JournalStore::query(const EntryQuery& q) const
{
    if (q.limit < 1 || q.limit > 1000)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be between 1 and 1000"), QStringLiteral("limit"));
    Error err;
    bool dense = false;
    QString match;
    if (!q.text.trimmed().isEmpty()) {
        // Few matches: start from them and sort. Many: walk the time index.
        match = searchTerms().match(q.text);
        auto probe = m_db->cached(QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? LIMIT 2001)"), &err);
        if (!probe)
            return err;
        probe->bind(1, match);
        if (!match.isEmpty() && probe->next())
            dense = probe->int64(0) > 2000;
    }
    if (dense) {
        auto walked = queryManyMatches(q, match);
        if (!walked.ok())
            return walked.error();
        if (walked.value())
            return std::move(*walked.value());
    }
    if (q.text.trimmed().isEmpty() && q.pluginIds.size() > 1) {
        auto walked = walkModulesInTimeOrder(*m_db, q);
        if (!walked.ok())
            return walked.error();
        if (walked.value())
            return std::move(*walked.value());
    }
    const Filter f = buildFilter(q, true, &err, dense, match.isEmpty() ? nullptr : &match);
    if (!err.message.isEmpty())
        return err;
    sdk::EntryPage page;
    if (f.empty)
        return page;
    const QString order = q.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral("SELECT %1 FROM entries e%2 ORDER BY e.occurred_at %3, e.seq %3 LIMIT ?")
                            .arg(kColumns, f.where, order);
    auto s = m_db->cached(sql, &err);
    if (!s)
        return err;
    bindAll(*s, f.binds);
    s->bind(static_cast<int>(f.binds.size()) + 1, q.limit + 1);
    qint64 lastSeq = 0;
    while (s->next()) {
        if (page.entries.size() == q.limit) {
            page.nextCursor = cursorAfter(page.entries.constLast(), lastSeq);
            break;
        }
        page.entries << readEntry(*s, &lastSeq, q.withPayload);
    }
    if (s->failed())
        return m_db->error(QStringLiteral("searching the journal"), s->rc());
    return page;
}

// A word found in many entries ("walk": 93,643 of 1,000,000). SQLite's own
// plan gathers every match before it checks the first entry (25-34 ms at
// 1,000,000). Here two walks go down together instead: the entries in page
// order (the time index, as for a page without words) and the matches in
// the search index by entry number, in the same direction, read only as far
// as the entry being checked. Entries are numbered as they are saved, so
// the newest entries nearly always have the highest numbers and a page of
// 50 is full after a few hundred entries. A back-dated or imported entry
// only makes the match walk read further; past a bound the plain route
// answers, so the result is always the same as SQLite's.
Result<std::optional<sdk::EntryPage>> JournalStore::queryManyMatches(const EntryQuery& q, const QString& match) const
{
    Error err;
    EntryQuery rest = q;
    rest.text.clear();
    const QString order = q.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The bound keeps the walk short.
    const qint64 bound = qint64(q.limit) * 200 + 10000;
    constexpr qsizetype kMatchesAtMost = 20000;
    auto matches = m_db->cached(
        QStringLiteral("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid %1").arg(order), &err);
    if (!matches)
        return err;
    matches->bind(1, match);

    QSet<qint64> passed;     // matches read so far
    bool matchesLeft = true; // the match walk has not ended
    // The last match read (before any, the far end): every match before it in the walk is in `passed`.
    qint64 frontier = q.oldestFirst ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    const auto reached = [&](qint64 seq) { return q.oldestFirst ? frontier >= seq : frontier <= seq; };
    return walkTimeIndex(*m_db, rest, bound, [&](const Statement& row) -> Result<Walk> {
        const qint64 seq = row.int64(0);
        // Read matches as far as this entry's number.
        while (matchesLeft && !reached(seq)) {
            if (!matches->next()) {
                matchesLeft = false;
                if (matches->failed())
                    return m_db->error(QStringLiteral("searching the journal"), matches->rc());
                break;
            }
            frontier = matches->int64(0);
            passed.insert(frontier);
            if (passed.size() > kMatchesAtMost)
                return Walk::GiveUp; // entries saved far out of time order: the plain route
        }
        return passed.contains(seq) ? Walk::Keep : Walk::Skip;
    });
}

Result<qint64> JournalStore::count(const EntryQuery& q, qint64 atMost) const
{
    Error err;
    const QString match = q.text.trimmed().isEmpty() ? QString() : searchTerms().match(q.text);
    const Filter f = buildFilter(q, false, &err, false, match.isEmpty() ? nullptr : &match);
    if (f.empty)
        return qint64(0);
    auto s = m_db->cached(atMost > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entries e%1 LIMIT ?)").arg(f.where)
                                     : QStringLiteral("SELECT count(*) FROM entries e%1").arg(f.where), &err);
    if (!s)
        return err;
    bindAll(*s, f.binds);
    if (atMost > 0)
        s->bind(static_cast<int>(f.binds.size()) + 1, atMost);
    if (!s->next())
        return m_db->error(QStringLiteral("counting entries"), s->rc());
    return s->int64(0);
}

Result<QList<sdk::AggregateRow>> JournalStore::aggregate(const sdk::AggregateQuery& q) const
{
    using Period = sdk::AggregateQuery::Period;
    auto built = aggregateSql(q);
    if (!built.ok())
        return built.error();
    Error err;
    auto s = m_db->cached(built->sql, &err);
    if (!s)
        return err;
    bindAll(*s, built->binds);
    QList<sdk::AggregateRow> rows;
    while (s->next()) {
        sdk::AggregateRow r;
        if (q.period != Period::All)
            r.period = QDate::fromString(s->text(0), Qt::ISODate);
        r.group = s->text(1);
        r.count = s->int64(2);
        r.valued = s->int64(3);
        if (r.valued > 0) {
            r.sum = s->real(4);
            r.average = s->real(5);
            r.minimum = s->real(6);
            r.maximum = s->real(7);
        }
        rows << r;
    }
    if (s->failed())
        return m_db->error(QStringLiteral("adding up entries"), s->rc());
    return rows;
}

Result<QList<JournalStore::MoodPoint>> JournalStore::moodByDay(const QDateTime& from, const QDateTime& to,
                                                               const QStringList& pluginIds) const
{
    QString pluginFilter;
    if (!pluginIds.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < pluginIds.size(); ++i)
            marks << QStringLiteral("?%1").arg(i + 3);
        pluginFilter = QStringLiteral(" AND plugin_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    Error err;
    auto s = m_db->cached(QStringLiteral(
        "SELECT date((occurred_at / 1000) + utc_offset, 'unixepoch') AS day, avg(mood), count(*) FROM entries "
        "WHERE occurred_at >= ?1 AND occurred_at < ?2 AND mood IS NOT NULL AND deleted_at IS NULL%1 "
        "GROUP BY day ORDER BY day").arg(pluginFilter), &err);
    if (!s)
        return err;
    s->bind(1, from.toMSecsSinceEpoch()).bind(2, to.toMSecsSinceEpoch());
    for (int i = 0; i < pluginIds.size(); ++i)
        s->bind(i + 3, pluginIds[i]);
    QList<MoodPoint> out;
    while (s->next())
        out << MoodPoint{QDate::fromString(s->text(0), Qt::ISODate), s->real(1), static_cast<int>(s->int64(2))};
    if (s->failed())
        return m_db->error(QStringLiteral("reading moods"), s->rc());
    return out;
}

} // namespace tessera::core
