// Deleting forever: emptying the bin (issue 21). Declared in journalstore.h
// ("Deleting forever"). A deleted entry stays in the journal (the bin) until
// it is deleted forever here: its row, its revisions, its links and its
// search-index rows go, with PRAGMA secure_delete on, and then the whole file
// is rewritten (VACUUM) and the write-ahead log emptied, so that its text is
// left neither in the journal's free pages nor in the -wal file.
#include "journalstore.h"

#include "journalstore_p.h"
#include "searchterms.h"

#include <QDir>

#include <sqlite3.h>

namespace tessera::core {

using sdk::Entry;
using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

using namespace detail;

namespace {

const QString kBinEmptiedKey = QStringLiteral("bin-emptied-at");

struct Target {
    qint64 seq = 0;
    QString id;
};

// One statement, run once, with the seq bound to every parameter; *changes gets the rows it changed.
Status runForSeq(Database& db, const QString& sql, qint64 seq, qint64* changes, const QString& what)
{
    sdk::Error err;
    auto s = db.cached(sql, &err);
    if (!s)
        return err;
    const int params = sqlite3_bind_parameter_count(s->handle());
    for (int i = 1; i <= params; ++i)
        s->bind(i, seq);
    if (s->run() != SQLITE_DONE)
        return db.error(what, s->rc());
    if (changes)
        *changes += db.changes();
    return {};
}

// Sets a pragma for the life of the object and puts the old value back after.
class ScopedPragma {
public:
    ScopedPragma(Database& db, const QString& name, const QString& value) : m_db(db), m_name(name)
    {
        if (auto old = db.scalar(QStringLiteral("PRAGMA %1").arg(name)); old.ok())
            m_old = QString::number(old.value());
        m_status = db.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
    }
    ~ScopedPragma()
    {
        if (!m_old.isEmpty())
            (void)m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, m_old));
    }
    ScopedPragma(const ScopedPragma&) = delete;
    ScopedPragma& operator=(const ScopedPragma&) = delete;
    [[nodiscard]] const Status& status() const { return m_status; }

private:
    Database& m_db;
    QString m_name;
    QString m_old;
    Status m_status;
};

// Deletes the targets forever and rewrites the file; see JournalStore::purgeEntries().
Result<JournalStore::PurgeReport> purge(Database& db, const QString& path, const QList<Target>& targets)
{
    JournalStore::PurgeReport report;
    if (targets.isEmpty())
        return report;
    // Freed space is overwritten with zeros, and the rewrite below keeps its
    // temporary copy of the journal in memory, never in a temporary file.
    ScopedPragma secure(db, QStringLiteral("secure_delete"), QStringLiteral("1"));
    if (!secure.status().ok())
        return secure.status().error();
    ScopedPragma memory(db, QStringLiteral("temp_store"), QStringLiteral("2"));
    if (!memory.status().ok())
        return memory.status().error();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    {
        Transaction tx(db);
        if (!tx.active())
            return tx.status().error();
        const QString what = QStringLiteral("deleting entries forever");
        for (const Target& t : targets) {
            if (Status s = runForSeq(db, QStringLiteral("DELETE FROM entries_fts WHERE rowid = ?"), t.seq, nullptr, what); !s.ok())
                return s.error();
            if (Status s = runForSeq(db, QStringLiteral("DELETE FROM revisions WHERE entry_seq = ?"), t.seq,
                                     &report.revisions, what); !s.ok())
                return s.error();
            if (Status s = runForSeq(db, QStringLiteral("DELETE FROM links WHERE from_seq = ? OR to_seq = ?"), t.seq,
                                     &report.links, what); !s.ok())
                return s.error();
            if (Status s = runForSeq(db, QStringLiteral("DELETE FROM marks WHERE entry_seq = ?"), t.seq, nullptr, what); !s.ok())
                return s.error(); // issue 26
            qint64 removed = 0;
            if (Status s = runForSeq(db, QStringLiteral("DELETE FROM entries WHERE seq = ?"), t.seq, &removed, what); !s.ok())
                return s.error();
            if (removed == 1)
                report.ids << t.id;
        }
        // The search index keeps a deleted row's words in its segments until they
        // are merged: rebuilt from the remaining entries, none of them is left.
        if (Status s = db.exec(QStringLiteral("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")); !s.ok())
            return s.error();
        // And the words of the journal (issue 30) from it: theirs go too.
        if (Status s = SearchTerms::rebuild(db); !s.ok())
            return s.error();
        auto meta = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
        if (!meta.ok())
            return meta.error();
        meta.value().bind(1, kBinEmptiedKey).bind(2, at.toString(Qt::ISODateWithMs));
        if (meta.value().run() != SQLITE_DONE)
            return db.error(what, meta.value().rc());
        if (Status s = tx.commit(); !s.ok())
            return s.error();
    }
    report.at = at;
    // The whole file rewritten: no page keeps a trace of the old rows (an
    // encrypted journal's copy keeps its reserved bytes: VACUUM copies them).
    if (Status s = db.exec(QStringLiteral("VACUUM")); !s.ok())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("%1: %2 entries were deleted forever, but rewriting the file afterwards failed (%3); "
                                        "their text may stay in its free space until the bin is next emptied")
                             .arg(QDir::toNativeSeparators(path)).arg(report.ids.size()).arg(s.error().message));
    // The log held the old pages, then the rewritten ones: copied into the
    // journal and cut to nothing. Busy while another connection reads.
    auto checkpoint = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (checkpoint.ok() && checkpoint.value().next())
        report.logCleared = checkpoint.value().int64(0) == 0;
    return report;
}

} // namespace

Result<QList<Entry>> JournalStore::binEntries() const
{
    if (!m_db)
        return makeError(ErrorCode::Unavailable, QStringLiteral("the journal is locked"));
    auto s = m_db->prepare(QStringLiteral("SELECT %1 FROM entries e WHERE e.deleted_at IS NOT NULL "
                                          "ORDER BY e.deleted_at DESC, e.seq DESC").arg(kColumns));
    if (!s.ok())
        return s.error();
    QList<Entry> out;
    while (s.value().next())
        out << readEntry(s.value(), nullptr, false);
    if (s.value().failed())
        return m_db->error(QStringLiteral("reading the bin"), s.value().rc());
    return out;
}

Result<JournalStore::PurgeReport> JournalStore::purgeDeletedBefore(const QDateTime& before)
{
    if (!m_db)
        return makeError(ErrorCode::Unavailable, QStringLiteral("the journal is locked"));
    if (!before.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("is not a valid time"), QStringLiteral("before"));
    if (Status s = writable(); !s.ok())
        return s.error();
    QList<Target> targets;
    {
        auto s = m_db->prepare(QStringLiteral("SELECT seq, uuid FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?"));
        if (!s.ok())
            return s.error();
        s.value().bind(1, before.toMSecsSinceEpoch());
        while (s.value().next())
            targets << Target{s.value().int64(0), s.value().text(1)};
        if (s.value().failed())
            return m_db->error(QStringLiteral("reading the bin"), s.value().rc());
    }
    stopBackgroundBackup(); // its copy would hold a reader open and the old text with it
    auto report = purge(*m_db, m_path, targets);
    m_searchTerms.reset(); // what it knew of the words may be gone
    if (report.ok() && !report->ids.isEmpty())
        emit reset();
    return report;
}

Result<JournalStore::PurgeReport> JournalStore::purgeEntries(const QStringList& ids)
{
    if (!m_db)
        return makeError(ErrorCode::Unavailable, QStringLiteral("the journal is locked"));
    if (Status s = writable(); !s.ok())
        return s.error();
    QList<Target> targets;
    QStringList seen;
    for (const QString& id : ids) {
        if (seen.contains(id))
            continue;
        seen << id;
        auto e = get(id);
        if (!e.ok())
            return e.error();
        if (!e->isDeleted())
            return makeError(ErrorCode::Conflict, QStringLiteral("entry %1 is not in the bin; only deleted entries can be "
                                                                 "deleted forever (nothing was deleted)").arg(id));
        auto seq = seqOf(id);
        if (!seq.ok())
            return seq.error();
        targets << Target{seq.value(), id};
    }
    stopBackgroundBackup();
    auto report = purge(*m_db, m_path, targets);
    m_searchTerms.reset(); // what it knew of the words may be gone
    if (report.ok() && !report->ids.isEmpty())
        emit reset();
    return report;
}

QDateTime JournalStore::binEmptiedAt() const
{
    if (!m_db)
        return {};
    auto s = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!s.ok())
        return {};
    s.value().bind(1, kBinEmptiedKey);
    if (!s.value().next())
        return {};
    QDateTime t = QDateTime::fromString(s.value().text(0), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace tessera::core
