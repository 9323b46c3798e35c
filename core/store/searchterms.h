// The words of the journal, for search (issue 30).
//
// A person's last word is searched as a prefix ("walk" finds "walking").
// FTS5 answers a prefix by merging the lists of every word that starts with
// it before it returns the first match: 134,451 entries, 13-20 ms, for
// "walk" in 1,000,000. The exact words, joined by OR, are read lazily, newest
// match first: 0.2 ms. So the store keeps the table `search_terms`: every
// word FTS5 has made of an entry's text, written with the entry (FTS5's own
// tokenizer, the same arguments as the table), never removed (a word no
// entry has any more matches nothing) except when entries are deleted
// forever: then it is made anew from the index, so none of their words stays. A search turns the last word into its
// words (at most kMaxWords; more, and FTS5's prefix answers).
#pragma once

#include "tessera/sdk/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

struct sqlite3;
struct fts5_tokenizer;
struct Fts5Tokenizer;

namespace tessera::core {

class Database;

class SearchTerms {
public:
    static constexpr int kMaxWords = 64;

    explicit SearchTerms(Database& db);
    ~SearchTerms();
    SearchTerms(const SearchTerms&) = delete;
    SearchTerms& operator=(const SearchTerms&) = delete;

    /// Makes the table anew from the full-text index: at the upgrade to
    /// version 7, and after entries are deleted forever (their words go).
    static sdk::Status rebuild(Database& db);

    /// The connection this was made for (a store that reopens makes another).
    [[nodiscard]] sqlite3* handle() const { return m_handle; }

    /// The words FTS5 makes of `text`: lower case, without diacritics. False
    /// (and *ok false) when the tokenizer failed part way.
    [[nodiscard]] QList<QByteArray> words(const QString& text, bool query, bool* ok = nullptr) const;

    /// Records the words of an entry's text, in the caller's transaction.
    sdk::Status remember(const QString& title, const QString& summary, const QString& body);

    /// The FTS5 expression for what a person typed: every word must appear,
    /// the last one as a prefix, spelled out as its words where it can be.
    /// Empty when nothing searchable was typed.
    [[nodiscard]] QString match(const QString& text) const;

private:
    /// Hands each word FTS5 makes of `text` to `take`, as a view of FTS5's
    /// buffer (copy it to keep it). False when the tokenizer failed part way.
    bool eachWord(const QString& text, bool query, const std::function<void(const QByteArray&)>& take) const;
    static int onCommit(void* self);
    static void onRollback(void* self);

    Database& m_db;
    sqlite3* m_handle = nullptr;
    fts5_tokenizer* m_api = nullptr; ///< FTS5's unicode61 tokenizer
    Fts5Tokenizer* m_tokenizer = nullptr;
    // Words known to be in the table, committed or written in the open
    // transaction: a rollback forgets them all, so a word written in it needs
    // no list of its own. Looked up once per word of every entry saved (a bulk
    // import's hottest loop): the standard library's hash of a view of
    // FTS5's buffer, without a copy (Qt's QSet hashed each word up to three
    // times, 12 % of an import; issue 30).
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view word) const noexcept { return std::hash<std::string_view>{}(word); }
    };
    std::unordered_set<std::string, WordHash, std::equal_to<>> m_known;
    // Another connection's commit (the CLI emptying the bin, say) may have
    // removed words: what is known is forgotten when the file's data version moves.
    qint64 m_dataVersion = -1;
    // Asked already in the open transaction (forgotten at its commit or rollback).
    bool m_versionChecked = false;
};

} // namespace tessera::core
