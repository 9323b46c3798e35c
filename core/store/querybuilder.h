// Turning an EntryQuery or an AggregateQuery into SQL over the entries table
// (alias `e`). Values are always bound, never spliced: payload paths are
// checked against [A-Za-z0-9_-] names and quoted into a JSON path.
#pragma once

#include "database.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QList>
#include <QString>

#include <variant>

namespace tessera::core::detail {

using Bind = std::variant<qint64, QString>;

struct Filter {
    QString where;
    QList<Bind> binds;
    bool empty = false; // the query can match nothing (e.g. search text with no words)
};

/// The words a person typed (split at anything not a letter, digit or '_').
QStringList typedWords(const QString& text);

/// Turns what a person types into an FTS5 query: every word must appear, the
/// last one as a prefix ("walk" finds "walking"). No FTS syntax gets through.
QString ftsQuery(const QString& text);

/// The WHERE clause (with its leading " WHERE ", or empty) and its values.
/// `withCursor`: continue after q.cursor (an invalid one sets `*error`).
/// `denseText`: the words match many entries, so walking the time index and
/// checking each entry against the matches finds a page sooner than sorting
/// every match (the unary + stops SQLite from driving the query by seq).
/// `match`: the FTS5 expression for q.text when the caller has one
/// (SearchTerms::match); otherwise ftsQuery(q.text).
Filter buildFilter(const sdk::EntryQuery& q, bool withCursor, sdk::Error* error, bool denseText = false,
                   const QString* match = nullptr);

/// Binds `binds` in order from parameter `first`.
void bindAll(Statement& s, const QList<Bind>& binds, int first = 1);

/// An AggregateQuery as one statement; its columns are period, group,
/// count(*), count(v), total(v), avg(v), min(v), max(v).
struct AggregateSql {
    QString sql;
    QList<Bind> binds; ///< the limit last
};
/// InvalidArgument naming the field (limit, value, minus, groupBy) when the
/// query cannot be turned into SQL.
sdk::Result<AggregateSql> aggregateSql(const sdk::AggregateQuery& q);

} // namespace tessera::core::detail
