#include "querybuilder.h"

#include <QRegularExpression>

#include <optional>

namespace tessera::core::detail {

using sdk::EntryQuery;
using sdk::Error;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;

// Turns what a person types into an FTS5 query: every word must appear, the
// last one as a prefix ("walk" finds "walking"). No FTS syntax gets through.
QStringList typedWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString ftsQuery(const QString& text)
{
    const QStringList words = typedWords(text);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString term = QLatin1Char('"') + words[i] + QLatin1Char('"');
        if (i == words.size() - 1)
            term += QLatin1Char('*');
        terms << term;
    }
    return terms.join(QLatin1Char(' '));
}

namespace {

bool parseCursor(const QString& cursor, qint64* occurred, qint64* seq)
{
    const QStringList parts = cursor.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    *occurred = parts[0].toLongLong(&ok1);
    *seq = parts[1].toLongLong(&ok2);
    return ok1 && ok2;
}

} // namespace

// `denseText`: the words match many entries, so walking the time index and
// checking each entry against the matches finds a page sooner than sorting
// every match (the unary + stops SQLite from driving the query by seq).
Filter buildFilter(const EntryQuery& q, bool withCursor, Error* error, bool denseText, const QString* given)
{
    Filter f;
    QStringList clauses;
    if (q.onlyDeleted)
        clauses << QStringLiteral("e.deleted_at IS NOT NULL");
    else if (!q.includeDeleted)
        clauses << QStringLiteral("e.deleted_at IS NULL");
    auto inList = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            f.binds << v;
        }
        clauses << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    if (!q.kinds.isEmpty())
        inList(QStringLiteral("e.kind"), q.kinds);
    if (!q.pluginIds.isEmpty())
        inList(QStringLiteral("e.plugin_id"), q.pluginIds);
    if (q.from.isValid()) {
        clauses << QStringLiteral("e.occurred_at >= ?");
        f.binds << q.from.toMSecsSinceEpoch();
    }
    if (q.to.isValid()) {
        clauses << QStringLiteral("e.occurred_at < ?");
        f.binds << q.to.toMSecsSinceEpoch();
    }
    if (q.moodMin) {
        clauses << QStringLiteral("e.mood >= ?");
        f.binds << qint64(*q.moodMin);
    }
    if (q.moodMax) {
        clauses << QStringLiteral("e.mood <= ?");
        f.binds << qint64(*q.moodMax);
    }
    for (const QString& tag : q.tags) {
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE json_each.value = ?)");
        f.binds << tag;
    }
    if (!q.text.trimmed().isEmpty()) {
        const QString match = given ? *given : ftsQuery(q.text);
        if (match.isEmpty()) {
            f.empty = true;
        } else {
            clauses << (denseText ? QStringLiteral("+e.seq IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
                                  : QStringLiteral("e.seq IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"));
            f.binds << match;
        }
    }
    if (withCursor && !q.cursor.isEmpty()) {
        qint64 occurred = 0, seq = 0;
        if (!parseCursor(q.cursor, &occurred, &seq)) {
            *error = makeError(ErrorCode::InvalidArgument, QStringLiteral("the page cursor is not valid"), QStringLiteral("cursor"));
            return f;
        }
        clauses << (q.oldestFirst ? QStringLiteral("(e.occurred_at, e.seq) > (?, ?)")
                                  : QStringLiteral("(e.occurred_at, e.seq) < (?, ?)"));
        f.binds << occurred << seq;
    }
    if (!clauses.isEmpty())
        f.where = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return f;
}

void bindAll(Statement& s, const QList<Bind>& binds, int first)
{
    int i = first;
    for (const Bind& b : binds) {
        if (const auto* n = std::get_if<qint64>(&b))
            s.bind(i++, *n);
        else
            s.bind(i++, std::get<QString>(b));
    }
}

namespace {

// "mood", "kind" or "payload.a.b" as an SQL expression over `e`; payload
// names are letters, digits, '_' and '-', quoted into a JSON path.
std::optional<QString> fieldExpression(const QString& field, bool allowKind)
{
    if (field == QLatin1String("mood"))
        return QStringLiteral("e.mood");
    if (allowKind && field == QLatin1String("kind"))
        return QStringLiteral("e.kind");
    if (!field.startsWith(QLatin1String("payload.")))
        return std::nullopt;
    const QStringList names = field.mid(8).split(QLatin1Char('.'));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    QString path = QStringLiteral("$");
    for (const QString& n : names) {
        if (!name.match(n).hasMatch())
            return std::nullopt;
        path += QStringLiteral(".\"%1\"").arg(n);
    }
    return QStringLiteral("json_extract(e.payload, '%1')").arg(path);
}

QString numeric(const QString& expr)
{
    return QStringLiteral("(CASE WHEN typeof(%1) IN ('integer', 'real') THEN %1 END)").arg(expr);
}

} // namespace

Result<AggregateSql> aggregateSql(const sdk::AggregateQuery& q)
{
    using Period = sdk::AggregateQuery::Period;
    if (q.limit < 1 || q.limit > 10000)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("must be between 1 and 10000"), QStringLiteral("limit"));
    QString value = QStringLiteral("NULL");
    if (!q.value.isEmpty()) {
        const auto v = fieldExpression(q.value, false);
        if (!v)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is not \"mood\" or \"payload.<name>\"").arg(q.value), QStringLiteral("value"));
        value = numeric(*v);
    }
    if (!q.minus.isEmpty()) {
        const auto m = fieldExpression(q.minus, false);
        if (!m || q.value.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             q.value.isEmpty() ? QStringLiteral("needs a value to subtract from")
                                               : QStringLiteral("\"%1\" is not \"mood\" or \"payload.<name>\"").arg(q.minus),
                             QStringLiteral("minus"));
        value = QStringLiteral("(%1 - %2)").arg(value, numeric(*m));
    }
    QString group = QStringLiteral("''");
    if (!q.groupBy.isEmpty()) {
        const auto g = fieldExpression(q.groupBy, true);
        if (!g)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is not \"kind\", \"mood\" or \"payload.<name>\"").arg(q.groupBy),
                             QStringLiteral("groupBy"));
        group = QStringLiteral("coalesce(CAST(%1 AS TEXT), '')").arg(*g);
    }
    const QString day = QStringLiteral("date((e.occurred_at / 1000) + e.utc_offset, 'unixepoch')");
    QString period = QStringLiteral("''");
    switch (q.period) {
    case Period::All: break;
    case Period::Day: period = day; break;
    case Period::Week: period = QStringLiteral("date(%1, '-6 days', 'weekday 1')").arg(day); break;
    case Period::Month: period = QStringLiteral("date(%1, 'start of month')").arg(day); break;
    }
    EntryQuery filter;
    filter.kinds = q.kinds;
    filter.from = q.from;
    filter.to = q.to;
    Error err;
    const Filter f = buildFilter(filter, false, &err);
    if (!err.message.isEmpty())
        return err;
    const QString sql = QStringLiteral(
        "SELECT p, g, count(*), count(v), total(v), avg(v), min(v), max(v) FROM "
        "(SELECT %1 AS p, %2 AS g, %3 AS v FROM entries e%4) GROUP BY p, g ORDER BY p, g LIMIT ?")
                            .arg(period, group, value, f.where);
    QList<Bind> binds = f.binds;
    binds << qint64(q.limit);
    return AggregateSql{sql, binds};
}

} // namespace tessera::core::detail
