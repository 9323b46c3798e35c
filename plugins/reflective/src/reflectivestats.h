// What the reflective journal counts: the client's own words, how often and
// with whom they come back. It counts and lists; it never interprets.
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tessera::reflective {

/// One relationship episode as the figures need it.
struct EpisodePoint {
    QString id;
    QDate day;
    QString person;      ///< with whom, the client's words
    QStringList wishes;  ///< what I wanted from them
    QStringList others;  ///< how they responded (or how I expected them to)
    QStringList selves;  ///< how I responded and felt
};

/// A word the client used, over the episodes that have it. Words that differ
/// only in case or spaces are one word, shown as most recently written.
struct TagCount {
    QString tag;
    int count = 0;   ///< episodes that have it (once per episode)
    QDate last;      ///< the newest of them
    /// With whom, most often first (ties: the name): person and episodes.
    QList<QPair<QString, int>> people;
};

/// A wish, a response of the other and a response of the self found together
/// in two or more episodes (the shape of the Core Conflictual Relationship
/// Theme method, in the client's words).
struct Recurring {
    QString wish;
    QString other;
    QString self;
    int count = 0;
    QDate last;
    QStringList people; ///< with whom, most often first
};

struct RelationshipPatterns {
    int episodes = 0;
    /// Most often first; ties: the most recent, then the word.
    QList<TagCount> wishes;
    QList<TagCount> others;
    QList<TagCount> selves;
    QList<TagCount> people; ///< who the episodes were with (people empty)
    /// Most often first; ties: the most recent, then the words.
    QList<Recurring> recurring;
};

/// The patterns of `episodes` (any order).
[[nodiscard]] RelationshipPatterns relationshipPatterns(const QList<EpisodePoint>& episodes);

/// One reflective entry's themes, for themes over time.
struct ThemePoint {
    QString entryId;
    QDate day;
    QStringList themes;
};

struct ThemeFigure {
    QString theme;
    int count = 0;
    QDate first;
    QDate last;
    QList<QPair<QDate, int>> months; ///< first day of each month with the theme, oldest first, and its entries
    QStringList entryIds;            ///< newest first
};

/// Every theme across `points`: most often first; ties: the most recent, then the name.
[[nodiscard]] QList<ThemeFigure> themesOverTime(const QList<ThemePoint>& points);

/// Suggestions for a word list from earlier entries (`earlier`, newest first,
/// one word list per entry): the words used most often first (ties: the most
/// recently used), each once, as most recently written; only those that
/// contain `typed` (case aside) when it is not empty, without `exclude`; at most `max`.
[[nodiscard]] QStringList suggestWords(const QList<QStringList>& earlier, const QString& typed, const QStringList& exclude, int max);

/// The key two words are compared by: spaces simplified, case folded.
[[nodiscard]] QString wordKey(const QString& word);

} // namespace tessera::reflective
