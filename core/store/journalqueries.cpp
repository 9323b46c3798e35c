// Reading many entries: pages, counts, sums (the SQL comes from querybuilder.cpp).
#include "journalstore.h"

#include "journalstore_p.h"
#include "querybuilder.h"

namespace tessera::core {

using sdk::Entry;
using sdk::EntryQuery;
using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;

using namespace detail;

Result<sdk::EntryPage> JournalStore::query(const EntryQuery& q) const
{
    if (q.limit < 1 || q.limit > 1000)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be between 1 and 1000"), QStringLiteral("limit"));
    Error err;
    bool dense = false;
    if (!q.text.trimmed().isEmpty()) {
        // Few matches: start from them and sort. Many: walk the time index.
        const QString match = ftsQuery(q.text);
        auto probe = m_db->cached(QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? LIMIT 2001)"), &err);
        if (!probe)
            return err;
        probe->bind(1, match);
        if (!match.isEmpty() && probe->next())
            dense = probe->int64(0) > 2000;
    }
    const Filter f = buildFilter(q, true, &err, dense);
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
            const Entry& last = page.entries.constLast();
            page.nextCursor = QStringLiteral("%1:%2").arg(last.occurredAt.toMSecsSinceEpoch()).arg(lastSeq);
            break;
        }
        page.entries << readEntry(*s, &lastSeq, q.withPayload);
    }
    if (s->failed())
        return m_db->error(QStringLiteral("searching the journal"), s->rc());
    return page;
}

Result<qint64> JournalStore::count(const EntryQuery& q, qint64 atMost) const
{
    Error err;
    const Filter f = buildFilter(q, false, &err);
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
