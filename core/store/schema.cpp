#include "schema.h"

#include "database.h"
#include "searchterms.h"
#include "payloadtext.h"

#include <QJsonDocument>

#include <functional>

namespace tessera::core {

namespace {

// Version 1: entries and revisions.
const char* const kSchemaV1 = R"sql(
CREATE TABLE entries (
    seq            INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    plugin_id      TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    occurred_at    INTEGER NOT NULL,
    utc_offset     INTEGER NOT NULL DEFAULT 0,
    title          TEXT    NOT NULL,
    summary        TEXT    NOT NULL DEFAULT '',
    mood           INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 10),
    tags           TEXT    NOT NULL DEFAULT '[]',
    payload        TEXT    NOT NULL DEFAULT '{}',
    schema_version INTEGER NOT NULL DEFAULT 1,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted_at     INTEGER,
    revision       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX entries_time ON entries(occurred_at, seq);
CREATE INDEX entries_kind_time ON entries(kind, occurred_at, seq);
CREATE INDEX entries_plugin_time ON entries(plugin_id, occurred_at, seq);
CREATE TABLE revisions (
    entry_seq INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
    revision  INTEGER NOT NULL,
    saved_at  INTEGER NOT NULL,
    snapshot  TEXT    NOT NULL,
    PRIMARY KEY (entry_seq, revision)
) WITHOUT ROWID;
)sql";

// Version 2: links, full-text search, meta.
const char* const kSchemaV2 = R"sql(
CREATE TABLE links (
    from_seq   INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
    to_seq     INTEGER NOT NULL REFERENCES entries(seq) ON DELETE CASCADE,
    relation   TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (from_seq, to_seq, relation)
) WITHOUT ROWID;
CREATE INDEX links_to ON links(to_seq);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, summary, body,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 3 (issue 23): the client's private mark on an entry. Adding a
// column with a constant default rewrites nothing (SQLite reads the default
// for rows written before), so the upgrade of a large journal is instant.
const char* const kSchemaV3 = R"sql(
ALTER TABLE entries ADD COLUMN private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1));
)sql";

// Version 4 (issue 24): reminders the modules schedule (sdk::Reminders) and
// the host fires. `spec` is the reminder as JSON (reminderspec.h); the
// firing state is the host's: the last occurrence handled (fired, reported
// as missed, or passed over because its due item was done) and a snooze.
// Times are UTC seconds.
const char* const kSchemaV4 = R"sql(
CREATE TABLE reminders (
    plugin_id       TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    spec            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_occurrence INTEGER,
    snoozed_until   INTEGER,
    PRIMARY KEY (plugin_id, id)
) WITHOUT ROWID;
)sql";

// Version 5 (issue 26): entries the client marked for a module ("Bring to my
// next session"; sdk::Marks). By the entry's row, so deleting an entry
// forever removes its marks with it. marked_at: UTC seconds.
const char* const kSchemaV5 = R"sql(
CREATE TABLE marks (
    plugin_id TEXT    NOT NULL,
    entry_seq INTEGER NOT NULL,
    marked_at INTEGER NOT NULL,
    PRIMARY KEY (plugin_id, entry_seq)
); -- with a rowid: the order the marks were made in
CREATE INDEX marks_entry ON marks(entry_seq);
)sql";

// Version 6 (issue 31): sharing with a clinic. The pairing (one clinic;
// the device's secret key stays in the journal, so an encrypted journal keeps
// it encrypted), the client's standing grants and single picks, and the
// outbox: one row per op, written in the transaction of the choice or of the
// entry's save; at most one pending op per entry (a newer choice replaces it).
const char* const kSchemaV6 = R"sql(
CREATE TABLE sync_clinic (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    server_url   TEXT    NOT NULL,
    clinic_id    TEXT    NOT NULL,
    clinic_name  TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    client_label TEXT    NOT NULL,
    device_id    TEXT    NOT NULL,
    device_key   BLOB    NOT NULL,
    paired_at    INTEGER NOT NULL
);
CREATE TABLE share_grants (
    id         INTEGER PRIMARY KEY,
    plugin_id  TEXT    NOT NULL,
    kind       TEXT,
    from_at    INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    stopped_at INTEGER
);
CREATE TABLE share_picks (
    entry_seq INTEGER PRIMARY KEY REFERENCES entries(seq) ON DELETE CASCADE,
    picked_at INTEGER NOT NULL
);
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    entry_uuid TEXT    NOT NULL,
    op         TEXT    NOT NULL CHECK (op IN ('share', 'withdraw')),
    op_at      INTEGER NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    revision   INTEGER,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    done_at    INTEGER
);
CREATE UNIQUE INDEX outbox_pending ON outbox(entry_uuid) WHERE state = 'pending';
CREATE INDEX outbox_entry ON outbox(entry_uuid, id);
CREATE TABLE sync_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 7 (issue 30): the words of the journal, so that a search's last
// word (a prefix) becomes its words (searchterms.h). Filled from the
// full-text index itself when an older journal is upgraded.
const char* const kSchemaV7 = R"sql(
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;
)sql";

// Fills the full-text index from entries written before it existed.
sdk::Status indexExistingEntries(Database& db)
{
    auto select = db.prepare(QStringLiteral("SELECT seq, title, summary, payload FROM entries"));
    if (!select.ok())
        return select.error();
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO entries_fts(rowid, title, summary, body) VALUES (?, ?, ?, ?)"));
    if (!insert.ok())
        return insert.error();
    Statement& s = select.value();
    Statement& i = insert.value();
    while (s.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(s.blob(3)).object();
        i.reset();
        i.bind(1, s.int64(0)).bind(2, s.text(1)).bind(3, s.text(2)).bind(4, payloadText(payload));
        if (i.run() != 101 /* SQLITE_DONE */)
            return db.error(QStringLiteral("indexing existing entries"), i.rc());
    }
    if (s.failed())
        return db.error(QStringLiteral("indexing existing entries"), s.rc());
    return {};
}

struct Step {
    int toVersion;
    std::function<sdk::Status(Database&)> apply;
};

const std::vector<Step>& steps()
{
    static const std::vector<Step> all{
        {2, [](Database& db) {
             sdk::Status s = db.exec(QString::fromUtf8(kSchemaV2));
             return s.ok() ? indexExistingEntries(db) : s;
         }},
        {3, [](Database& db) { return db.exec(QString::fromUtf8(kSchemaV3)); }},
        {4, [](Database& db) { return db.exec(QString::fromUtf8(kSchemaV4)); }},
        {5, [](Database& db) { return db.exec(QString::fromUtf8(kSchemaV5)); }},
        {6, [](Database& db) { return db.exec(QString::fromUtf8(kSchemaV6)); }},
        {7, [](Database& db) {
             sdk::Status s = db.exec(QString::fromUtf8(kSchemaV7));
             return s.ok() ? SearchTerms::rebuild(db) : s;
         }},
    };
    return all;
}

} // namespace

sdk::Status createSchema(Database& db)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.status();
    for (const char* sql : {kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4, kSchemaV5, kSchemaV6, kSchemaV7}) {
        if (sdk::Status s = db.exec(QString::fromUtf8(sql)); !s.ok())
            return s;
    }
    if (sdk::Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kJournalSchemaVersion)); !s.ok())
        return s;
    return tx.commit();
}

sdk::Status migrateSchema(Database& db, int fromVersion)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.status();
    for (const Step& step : steps()) {
        if (step.toVersion <= fromVersion)
            continue;
        if (sdk::Status s = step.apply(db); !s.ok())
            return s;
        if (sdk::Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion)); !s.ok())
            return s;
    }
    return tx.commit();
}

} // namespace tessera::core
