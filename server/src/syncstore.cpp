#include "syncstore.h"

#include "schema_sql.h"

#include <pqxx/pqxx>

#include <stdexcept>

namespace tessera::server {

namespace {

// "xid:seq", the position of the last record returned.
std::pair<std::string, std::string> parseCursor(const std::string& cursor)
{
    if (cursor.empty())
        return {"0", "0"};
    const auto colon = cursor.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= cursor.size()
        || cursor.find_first_not_of("0123456789:") != std::string::npos)
        throw std::invalid_argument("cursor: not one this service handed out");
    return {cursor.substr(0, colon), cursor.substr(colon + 1)};
}

void scope(pqxx::work& tx, const std::string& clinicId)
{
    // set_config(..., true) is SET LOCAL: the clinic ends with the transaction.
    tx.exec_params("SELECT set_config('app.clinic_id', $1, true)", clinicId);
}

} // namespace

SyncStore::SyncStore(const std::string& conninfo) : m_conn(std::make_unique<pqxx::connection>(conninfo)) {}

SyncStore::~SyncStore() = default;

void SyncStore::install(pqxx::connection& owner, const std::string& appRole)
{
    pqxx::work tx(owner);
    tx.exec(kSchemaSql);
    const std::string role = tx.quote_name(appRole);
    tx.exec("GRANT USAGE ON SCHEMA tessera TO " + role);
    tx.exec("GRANT SELECT, INSERT ON tessera.record, tessera.audit_event TO " + role);
    tx.exec("GRANT SELECT ON tessera.clinic TO " + role);
    tx.exec("REVOKE UPDATE, DELETE, TRUNCATE ON tessera.record, tessera.audit_event, tessera.clinic FROM " + role);
    tx.exec("GRANT EXECUTE ON FUNCTION tessera.current_clinic() TO " + role);
    tx.commit();
}

std::vector<ShareResult> SyncStore::push(const std::string& clinicId, const std::vector<ShareOp>& ops)
{
    std::vector<ShareResult> out;
    out.reserve(ops.size());
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    for (const ShareOp& op : ops) {
        const pqxx::result inserted = tx.exec_params(
            "INSERT INTO tessera.record (clinic_id, client_id, entry_uuid, revision, code, effective_at, value_num, resource, content_hash) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) "
            "ON CONFLICT (clinic_id, entry_uuid, revision) DO NOTHING RETURNING seq",
            clinicId, op.clientId, op.entryUuid, op.revision, op.code, op.effectiveAt, op.value, op.resourceJson, op.contentHash);
        if (!inserted.empty()) {
            out.push_back(ShareResult::Stored);
            continue;
        }
        const pqxx::result stored = tx.exec_params(
            "SELECT content_hash FROM tessera.record WHERE clinic_id = $1 AND entry_uuid = $2 AND revision = $3",
            clinicId, op.entryUuid, op.revision);
        out.push_back(!stored.empty() && stored[0][0].as<std::string>() == op.contentHash ? ShareResult::Duplicate : ShareResult::Conflict);
    }
    tx.commit();
    return out;
}

PullPage SyncStore::pull(const std::string& clinicId, const std::string& cursor, int limit)
{
    const auto [xid, seq] = parseCursor(cursor);
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    // Only rows below the oldest transaction still running: one that began
    // earlier may yet commit with a smaller xid, and must not land behind the cursor.
    const pqxx::result rows = tx.exec_params(
        "SELECT client_id::text, entry_uuid::text, revision, code, resource::text, xid::text, seq "
        "FROM tessera.record "
        "WHERE clinic_id = $1 AND (xid, seq) > ($2::xid8, $3::bigint) AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
        "ORDER BY xid, seq LIMIT $4",
        clinicId, xid, seq, limit);
    PullPage page;
    page.cursor = cursor;
    for (const auto& r : rows) {
        page.records.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<int>(), r[3].as<std::string>(), r[4].as<std::string>()});
        page.cursor = r[5].as<std::string>() + ":" + r[6].as<std::string>();
    }
    tx.commit();
    return page;
}

std::vector<SyncStore::CaseloadRow> SyncStore::caseload(const std::string& clinicId, const std::string& code)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    // The newest revision of each entry counts; of those, the two newest values of `code` per client.
    const pqxx::result rows = tx.exec_params(
        "WITH heads AS (SELECT DISTINCT ON (entry_uuid) client_id, code, effective_at, value_num, filed_at "
        "               FROM tessera.record WHERE clinic_id = $1 ORDER BY entry_uuid, revision DESC), "
        "ranked AS (SELECT client_id, value_num, effective_at, "
        "                  row_number() OVER (PARTITION BY client_id ORDER BY effective_at DESC) AS n "
        "           FROM heads WHERE code = $2 AND value_num IS NOT NULL), "
        "activity AS (SELECT client_id, max(filed_at) AS last_shared FROM heads GROUP BY client_id) "
        "SELECT a.client_id::text, r1.value_num, r2.value_num, "
        "       to_char(r1.effective_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "       to_char(a.last_shared AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
        "FROM activity a LEFT JOIN ranked r1 ON r1.client_id = a.client_id AND r1.n = 1 "
        "LEFT JOIN ranked r2 ON r2.client_id = a.client_id AND r2.n = 2 "
        "ORDER BY a.last_shared DESC, a.client_id",
        clinicId, code);
    std::vector<CaseloadRow> out;
    out.reserve(rows.size());
    for (const auto& r : rows) {
        CaseloadRow c;
        c.clientId = r[0].as<std::string>();
        if (!r[1].is_null())
            c.latest = r[1].as<double>();
        if (!r[2].is_null())
            c.previous = r[2].as<double>();
        c.latestAt = r[3].is_null() ? std::string() : r[3].as<std::string>();
        c.lastSharedAt = r[4].as<std::string>();
        out.push_back(std::move(c));
    }
    tx.commit();
    return out;
}

void SyncStore::audit(const std::string& clinicId, const std::string& actor, const std::string& action, const std::string& clientId)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, client_id) VALUES ($1, $2, $3, NULLIF($4, '')::uuid)",
                   clinicId, actor, action, clientId);
    tx.commit();
}

} // namespace tessera::server
