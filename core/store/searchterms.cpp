#include "searchterms.h"

#include "database.h"
#include "querybuilder.h"

#include <sqlite3.h>

#include <memory>

namespace tessera::core {

namespace {

fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(s, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(s);
    }
    sqlite3_finalize(s);
    return api;
}

QString quoted(const QByteArray& word)
{
    return QLatin1Char('"') + QString::fromUtf8(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

SearchTerms::SearchTerms(Database& db)
    : m_db(db), m_handle(db.handle())
{
    if (!m_handle)
        return;
    // The arguments of `tokenize = 'unicode61 remove_diacritics 2'` in schema.cpp.
    if (fts5_api* api = fts5Of(m_handle)) {
        void* userData = nullptr;
        auto* tokenizer = new fts5_tokenizer{};
        if (api->xFindTokenizer(api, "unicode61", &userData, tokenizer) == SQLITE_OK) {
            const char* args[] = {"remove_diacritics", "2"};
            if (tokenizer->xCreate(userData, args, 2, &m_tokenizer) == SQLITE_OK)
                m_api = tokenizer;
        }
        if (!m_api)
            delete tokenizer;
    }
    sqlite3_commit_hook(m_handle, &SearchTerms::onCommit, this);
    sqlite3_rollback_hook(m_handle, &SearchTerms::onRollback, this);
}

SearchTerms::~SearchTerms()
{
    if (m_handle) {
        sqlite3_commit_hook(m_handle, nullptr, nullptr);
        sqlite3_rollback_hook(m_handle, nullptr, nullptr);
    }
    if (m_api) {
        m_api->xDelete(m_tokenizer);
        delete m_api;
    }
}

sdk::Status SearchTerms::rebuild(Database& db)
{
    return db.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE temp.rebuild_vocabulary USING fts5vocab(main, entries_fts, 'row');"
        "DELETE FROM search_terms;"
        "INSERT OR IGNORE INTO search_terms(term) SELECT term FROM temp.rebuild_vocabulary;"
        "DROP TABLE temp.rebuild_vocabulary;"));
}

int SearchTerms::onCommit(void* self)
{
    auto* t = static_cast<SearchTerms*>(self);
    t->m_versionChecked = false;
    return 0; // the commit goes on
}

void SearchTerms::onRollback(void* self)
{
    // Also after a commit that failed once its hook had run: forget it all.
    auto* t = static_cast<SearchTerms*>(self);
    t->m_known.clear();
    t->m_versionChecked = false;
}

bool SearchTerms::eachWord(const QString& text, bool query, const std::function<void(const QByteArray&)>& take) const
{
    if (!m_api)
        return false;
    if (text.isEmpty())
        return true;
    const QByteArray utf8 = text.toUtf8();
    const int rc = m_api->xTokenize(m_tokenizer, const_cast<std::function<void(const QByteArray&)>*>(&take),
                                    query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT, utf8.constData(), int(utf8.size()),
                                    [](void* context, int, const char* token, int size, int, int) {
                                        // The word in FTS5's buffer, not copied: whoever keeps it copies it.
                                        (*static_cast<std::function<void(const QByteArray&)>*>(context))(
                                            QByteArray::fromRawData(token, size));
                                        return SQLITE_OK;
                                    });
    return rc == SQLITE_OK;
}

QList<QByteArray> SearchTerms::words(const QString& text, bool query, bool* ok) const
{
    QList<QByteArray> out;
    const bool whole = eachWord(text, query, [&out](const QByteArray& word) { out.append(QByteArray(word.constData(), word.size())); });
    if (ok)
        *ok = whole;
    return out;
}

sdk::Status SearchTerms::remember(const QString& title, const QString& summary, const QString& body)
{
    if (!m_api)
        return m_db.error(QStringLiteral("reading the words of the entry for search (FTS5 has no unicode61 tokenizer)"));
    sdk::Error err;
    // Asked once per transaction (issue 30: it was asked per entry, a bulk
    // import's 10,000 times): the transaction is BEGIN IMMEDIATE, so no other
    // connection can commit until it ends, and the version cannot move inside it.
    const bool inTransaction = !sqlite3_get_autocommit(m_handle);
    if (!inTransaction || !m_versionChecked) {
        auto version = m_db.cached(QStringLiteral("PRAGMA data_version"), &err);
        if (!version)
            return err;
        if (!version->next())
            return m_db.error(QStringLiteral("reading the journal's data version"), version->rc());
        if (const qint64 v = version->int64(0); v != m_dataVersion) {
            m_known.clear();
            m_dataVersion = v;
        }
        m_versionChecked = inTransaction;
    }
    // The words not known yet, each once: a word already known is looked up
    // in place, without a copy (most of an entry's words are known). A new one
    // counts as known at once, so it is written once; should writing it fail,
    // everything is forgotten (a word forgotten is only written again, while a
    // word wrongly known would be one search never finds).
    std::vector<std::string_view> fresh;
    const auto take = [this, &fresh](const QByteArray& word) {
        const std::string_view view(word.constData(), std::size_t(word.size()));
        if (const auto [it, added] = m_known.emplace(view); added)
            fresh.push_back(*it);
    };
    const auto forget = [this](sdk::Error e) {
        m_known.clear();
        return e;
    };
    for (const QString* text : {&title, &summary, &body}) {
        if (!eachWord(*text, false, take)) // a word not written would be a word search never finds: the save fails instead
            return forget(m_db.error(QStringLiteral("reading the words of the entry for search"), SQLITE_NOMEM));
    }
    for (const std::string_view word : fresh) {
        auto s = m_db.cached(QStringLiteral("INSERT OR IGNORE INTO search_terms(term) VALUES (?)"), &err);
        if (!s)
            return forget(err);
        s->bind(1, QByteArray::fromRawData(word.data(), qsizetype(word.size())));
        if (s->run() != SQLITE_DONE)
            return forget(m_db.error(QStringLiteral("recording the words of the entry for search"), s->rc()));
    }
    return {};
}

QString SearchTerms::match(const QString& text) const
{
    const QString plain = detail::ftsQuery(text);
    const QStringList typed = detail::typedWords(text);
    if (typed.isEmpty() || !m_api)
        return plain;
    const QList<QByteArray> prefix = words(typed.constLast(), true);
    if (prefix.size() != 1 || prefix.constFirst().isEmpty())
        return plain; // FTS5 reads it as more than one word: its own prefix search
    // Every word from the prefix up to (not including) the prefix with its
    // last byte raised: the words that start with it, in byte order.
    QByteArray end = prefix.constFirst();
    end[end.size() - 1] = char(uchar(end.back()) + 1);
    sdk::Error err;
    auto s = m_db.cached(
        QStringLiteral("SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3"), &err);
    if (!s)
        return plain;
    s->bind(1, prefix.constFirst()).bind(2, end).bind(3, kMaxWords + 1);
    QStringList alternatives;
    while (s->next())
        alternatives << quoted(s->blob(0));
    if (s->failed() || alternatives.size() > kMaxWords)
        return plain;
    if (alternatives.isEmpty())
        alternatives << quoted(prefix.constFirst()); // no word starts so: nothing matches, as with the prefix
    QStringList terms;
    for (qsizetype i = 0; i + 1 < typed.size(); ++i)
        terms << QLatin1Char('"') + typed[i] + QLatin1Char('"');
    terms << (alternatives.size() == 1 ? alternatives.constFirst()
                                       : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    return terms.join(QStringLiteral(" AND ")); // FTS5 takes no implicit AND before a parenthesis
}

} // namespace tessera::core
