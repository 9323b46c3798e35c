#include "syncstore.h"

#include "schema_sql.h"

#include <pqxx/pqxx>
#include <sodium.h>

#include <cctype>
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

std::string iso(const pqxx::field& f) { return f.is_null() ? std::string() : f.as<std::string>(); }
constexpr const char* kIsoUtc = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

std::string sha256Hex(const std::string& text)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string newUuid()
{
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, b, sizeof b);
    const std::string h(hex);
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

// The device is still paired: checked in the transaction that acts for it.
void requireActive(pqxx::work& tx, const Caller& caller)
{
    const pqxx::result r = tx.exec_params(
        "SELECT revoked_at IS NULL, role, subject_id::text FROM tessera.device WHERE clinic_id = $1 AND id = $2",
        caller.clinicId, caller.deviceId);
    if (r.empty() || !r[0][0].as<bool>())
        throw Refused(401, "this device is not paired with the clinic any more");
    if (r[0][1].as<std::string>() != caller.role || r[0][2].as<std::string>() != caller.subjectId)
        throw Refused(401, "the token does not match the device");
}

// Whether the client's latest choice about entry r shares it: no withdrawal
// made at or after the latest share (a record's own time of choice, or a
// share of an entry already there), whatever order they arrived in. By the
// client too: one client's withdrawal never touches another's entry.
constexpr const char* kVisible =
    "NOT EXISTS (SELECT 1 FROM tessera.consent_event w WHERE w.clinic_id = r.clinic_id AND w.client_id = r.client_id "
    "    AND w.entry_uuid = r.entry_uuid AND w.action = 'withdraw' AND w.op_at >= GREATEST("
    "        (SELECT max(x.op_at) FROM tessera.record x WHERE x.clinic_id = r.clinic_id AND x.client_id = r.client_id "
    "             AND x.entry_uuid = r.entry_uuid),"
    "        COALESCE((SELECT max(s.op_at) FROM tessera.consent_event s WHERE s.clinic_id = r.clinic_id AND s.client_id = r.client_id "
    "             AND s.entry_uuid = r.entry_uuid AND s.action = 'share'), 0)))";

// PHQ-9 item 9 (LOINC 44260-8) answered other than "Not at all" (LA6568-5).
constexpr const char* kItem9Path =
    "'$.entry[*].resource ? (@.resourceType == \"QuestionnaireResponse\").item[*] ? (@.linkId == \"44260-8\")"
    ".answer[*].valueCoding ? (@.code != \"LA6568-5\")'";

} // namespace

SyncStore::SyncStore(const std::string& conninfo) : m_conn(std::make_unique<pqxx::connection>(conninfo)) {}

SyncStore::~SyncStore() = default;

void SyncStore::install(pqxx::connection& owner, const std::string& appRole)
{
    pqxx::work tx(owner);
    tx.exec(kSchemaSql);
    const std::string role = tx.quote_name(appRole);
    tx.exec("GRANT USAGE ON SCHEMA tessera TO " + role);
    tx.exec("GRANT SELECT, INSERT ON tessera.record, tessera.audit_event, tessera.consent_event, tessera.client, "
            "tessera.token_nonce TO " + role);
    tx.exec("GRANT SELECT ON tessera.clinic TO " + role);
    tx.exec("REVOKE UPDATE, DELETE, TRUNCATE ON tessera.record, tessera.audit_event, tessera.clinic, tessera.consent_event, "
            "tessera.client FROM " + role);
    // Pairing marks a code used; revoking marks a device: those columns only.
    tx.exec("GRANT SELECT, INSERT ON tessera.pairing_code, tessera.device TO " + role);
    tx.exec("GRANT UPDATE (used_at) ON tessera.pairing_code TO " + role);
    tx.exec("GRANT UPDATE (revoked_at) ON tessera.device TO " + role);
    // Nonces older than any token request still accepted may go.
    tx.exec("GRANT DELETE ON tessera.token_nonce TO " + role);
    tx.exec("GRANT EXECUTE ON FUNCTION tessera.current_clinic() TO " + role);
    tx.commit();
}

namespace {

ShareResult pushOne(pqxx::work& tx, const std::string& clinicId, const ShareOp& op)
{
    if (op.withdraw) {
        const pqxx::result added = tx.exec_params(
            "INSERT INTO tessera.consent_event (clinic_id, client_id, entry_uuid, action, op_at) VALUES ($1, $2, $3, 'withdraw', $4) "
            "ON CONFLICT DO NOTHING RETURNING id",
            clinicId, op.clientId, op.entryUuid, op.opAt);
        return added.empty() ? ShareResult::Duplicate : ShareResult::Stored;
    }
    const pqxx::result inserted = tx.exec_params(
        "INSERT INTO tessera.record (clinic_id, client_id, entry_uuid, revision, code, effective_at, value_num, resource, entry, "
        "content_hash, op_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11) "
        "ON CONFLICT (clinic_id, client_id, entry_uuid, revision) DO NOTHING RETURNING seq",
        clinicId, op.clientId, op.entryUuid, op.revision, op.code, op.effectiveAt, op.value, op.resourceJson, op.entryJson,
        op.contentHash, op.opAt);
    if (!inserted.empty())
        return ShareResult::Stored; // its op_at is the time of this choice
    const pqxx::result stored = tx.exec_params(
        "SELECT content_hash FROM tessera.record WHERE clinic_id = $1 AND client_id = $2 AND entry_uuid = $3 AND revision = $4",
        clinicId, op.clientId, op.entryUuid, op.revision);
    const ShareResult result =
        !stored.empty() && stored[0][0].as<std::string>() == op.contentHash ? ShareResult::Duplicate : ShareResult::Conflict;
    // The same revision shared again (after a withdrawal, or resent): its
    // time of choice is recorded, so the later choice decides (only entries
    // ever withdrawn pay for this).
    if (result == ShareResult::Duplicate && op.opAt > 0)
        tx.exec_params(
            "INSERT INTO tessera.consent_event (clinic_id, client_id, entry_uuid, action, op_at) "
            "SELECT $1, $2, $3, 'share', $4 WHERE EXISTS (SELECT 1 FROM tessera.consent_event "
            "    WHERE clinic_id = $1 AND client_id = $2 AND entry_uuid = $3 AND action = 'withdraw') "
            "ON CONFLICT DO NOTHING",
            clinicId, op.clientId, op.entryUuid, op.opAt);
    return result;
}

} // namespace

std::vector<ShareResult> SyncStore::push(const std::string& clinicId, const std::vector<ShareOp>& ops)
{
    std::vector<ShareResult> out;
    out.reserve(ops.size());
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    for (const ShareOp& op : ops)
        out.push_back(pushOne(tx, clinicId, op));
    tx.commit();
    return out;
}

std::vector<ShareResult> SyncStore::pushFrom(const Caller& caller, const std::vector<ShareOp>& ops)
{
    if (caller.role != "client")
        throw Refused(403, "only a client's device shares entries");
    for (const ShareOp& op : ops)
        if (op.clientId != caller.subjectId)
            throw Refused(403, "an op is for another client");
    std::vector<ShareResult> out;
    out.reserve(ops.size());
    pqxx::work tx(*m_conn);
    scope(tx, caller.clinicId);
    requireActive(tx, caller);
    for (const ShareOp& op : ops)
        out.push_back(pushOne(tx, caller.clinicId, op));
    if (failpoint)
        failpoint("before-commit");
    tx.commit();
    if (failpoint)
        failpoint("after-commit");
    return out;
}

namespace {

PullPage pullIn(pqxx::work& tx, const std::string& clinicId, const std::string& cursor, int limit)
{
    const auto [xid, seq] = parseCursor(cursor);
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
    return page;
}

} // namespace

PullPage SyncStore::pull(const std::string& clinicId, const std::string& cursor, int limit)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    PullPage page = pullIn(tx, clinicId, cursor, limit);
    tx.commit();
    return page;
}

PullPage SyncStore::pullFor(const Caller& caller, const std::string& cursor, int limit)
{
    if (caller.role != "clinician")
        throw Refused(403, "only a clinician pulls records");
    pqxx::work tx(*m_conn);
    scope(tx, caller.clinicId);
    requireActive(tx, caller);
    PullPage page = pullIn(tx, caller.clinicId, cursor, limit);
    tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, detail) VALUES ($1, $2, 'pull', "
                   "jsonb_build_object('records', $3::int))",
                   caller.clinicId, caller.subjectId, static_cast<int>(page.records.size()));
    tx.commit();
    return page;
}

namespace {

std::vector<SyncStore::CaseloadRow> caseloadIn(pqxx::work& tx, const std::string& clinicId, const std::string& code)
{
    // The newest revision of each entry the client has not withdrawn counts;
    // of those, the two newest values of `code` per client, and the results
    // with PHQ-9 item 9 above 0. Every client of the clinic has a line.
    const pqxx::result result = tx.exec_params(
        std::string("WITH newest AS (SELECT DISTINCT ON (r.client_id, r.entry_uuid) r.client_id, r.code, r.effective_at, r.value_num, r.filed_at, ")
            + "                 jsonb_path_exists(r.resource, " + kItem9Path + ") AS review, " + kVisible + " AS visible "
            + "               FROM tessera.record r WHERE r.clinic_id = $1 ORDER BY r.client_id, r.entry_uuid, r.revision DESC), "
            + "heads AS (SELECT * FROM newest WHERE visible), "
            + "ranked AS (SELECT client_id, value_num, effective_at, "
            + "                  row_number() OVER (PARTITION BY client_id ORDER BY effective_at DESC) AS n "
            + "           FROM heads WHERE code = $2 AND value_num IS NOT NULL), "
            + "activity AS (SELECT client_id, max(filed_at) AS last_shared, count(*) FILTER (WHERE review) AS reviews, "
            + "                    max(effective_at) FILTER (WHERE review) AS last_review FROM heads GROUP BY client_id) "
            + "SELECT c.id::text, c.label, r1.value_num, r2.value_num, to_char(r1.effective_at AT TIME ZONE 'UTC', " + kIsoUtc + "), "
            + "       to_char(a.last_shared AT TIME ZONE 'UTC', " + kIsoUtc + "), COALESCE(a.reviews, 0), "
            + "       to_char(a.last_review AT TIME ZONE 'UTC', " + kIsoUtc + "), "
            + "       to_char(r2.effective_at AT TIME ZONE 'UTC', " + kIsoUtc + "), "
            + "       EXISTS (SELECT 1 FROM tessera.device d WHERE d.clinic_id = c.clinic_id AND d.subject_id = c.id AND d.role = 'client' "
            + "               AND d.revoked_at IS NULL) "
            + "FROM tessera.client c LEFT JOIN activity a ON a.client_id = c.id "
            + "LEFT JOIN ranked r1 ON r1.client_id = c.id AND r1.n = 1 "
            + "LEFT JOIN ranked r2 ON r2.client_id = c.id AND r2.n = 2 "
            + "WHERE c.clinic_id = $1 "
            + "ORDER BY a.last_shared DESC NULLS LAST, c.label, c.id",
        clinicId, code);
    std::vector<SyncStore::CaseloadRow> out;
    out.reserve(result.size());
    for (const auto& r : result) {
        SyncStore::CaseloadRow c;
        c.clientId = r[0].as<std::string>();
        c.label = r[1].as<std::string>();
        if (!r[2].is_null())
            c.latest = r[2].as<double>();
        if (!r[3].is_null())
            c.previous = r[3].as<double>();
        c.latestAt = iso(r[4]);
        c.lastSharedAt = iso(r[5]);
        c.reviewCount = r[6].as<int>();
        c.reviewLatestAt = iso(r[7]);
        c.previousAt = iso(r[8]);
        c.paired = r[9].as<bool>();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

std::vector<SyncStore::CaseloadRow> SyncStore::caseload(const std::string& clinicId, const std::string& code)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    auto out = caseloadIn(tx, clinicId, code);
    tx.commit();
    return out;
}

std::vector<SyncStore::CaseloadRow> SyncStore::caseloadFor(const Caller& caller, const std::string& code)
{
    if (caller.role != "clinician")
        throw Refused(403, "only a clinician reads the caseload");
    pqxx::work tx(*m_conn);
    scope(tx, caller.clinicId);
    requireActive(tx, caller);
    auto out = caseloadIn(tx, caller.clinicId, code);
    tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, detail) VALUES ($1, $2, 'read caseload', "
                   "jsonb_build_object('clients', $3::int))",
                   caller.clinicId, caller.subjectId, static_cast<int>(out.size()));
    tx.commit();
    return out;
}

std::vector<ClientRecord> SyncStore::clientRecords(const Caller& caller, const std::string& clientId)
{
    if (caller.role != "clinician")
        throw Refused(403, "only a clinician reads a client's records");
    pqxx::work tx(*m_conn);
    scope(tx, caller.clinicId);
    requireActive(tx, caller);
    if (tx.exec_params("SELECT 1 FROM tessera.client WHERE clinic_id = $1 AND id = $2::uuid", caller.clinicId, clientId).empty())
        throw Refused(404, "no such client in this clinic");
    const pqxx::result rows = tx.exec_params(
        std::string("SELECT * FROM (SELECT DISTINCT ON (r.entry_uuid) r.entry_uuid::text, r.revision, r.code, ")
            + "to_char(r.effective_at AT TIME ZONE 'UTC', " + kIsoUtc + "), to_char(r.filed_at AT TIME ZONE 'UTC', " + kIsoUtc + "), "
            + "r.resource::text, r.entry::text, r.effective_at, " + kVisible + " AS visible "
            + "FROM tessera.record r WHERE r.clinic_id = $1 AND r.client_id = $2::uuid "
            + "ORDER BY r.entry_uuid, r.revision DESC) h WHERE visible ORDER BY effective_at, 1",
        caller.clinicId, clientId);
    std::vector<ClientRecord> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back({r[0].as<std::string>(), r[1].as<int>(), r[2].as<std::string>(), iso(r[3]), iso(r[4]),
                       r[5].as<std::string>(), r[6].as<std::string>()});
    tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, client_id, detail) VALUES ($1, $2, 'read records', "
                   "$3::uuid, jsonb_build_object('entries', $4::int))",
                   caller.clinicId, caller.subjectId, clientId, static_cast<int>(out.size()));
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

std::string SyncStore::addClinic(pqxx::connection& owner, const std::string& name)
{
    const std::string id = newUuid();
    pqxx::work tx(owner);
    scope(tx, id);
    tx.exec_params("INSERT INTO tessera.clinic (id, name) VALUES ($1, $2)", id, name);
    tx.commit();
    return id;
}

std::string SyncStore::normaliseCode(const std::string& typed)
{
    std::string out;
    for (const char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string SyncStore::issueCode(const std::string& clinicId, const std::string& role, const std::string& label, int ttlSeconds)
{
    if (role != "client" && role != "clinician")
        throw std::invalid_argument("role: client or clinician");
    if (label.empty() || label.size() > 80)
        throw std::invalid_argument("label: 1 to 80 characters");
    // Crockford's base 32 (no I, L, O, U): ten characters are 50 bits.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string code;
    for (int i = 0; i < 10; ++i)
        code.push_back(kAlphabet[randombytes_uniform(32)]);
    const std::string subject = newUuid();
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    if (role == "client")
        tx.exec_params("INSERT INTO tessera.client (clinic_id, id, label) VALUES ($1, $2, $3)", clinicId, subject, label);
    tx.exec_params("INSERT INTO tessera.pairing_code (code_hash, clinic_id, role, subject_id, label, expires_at) "
                   "VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))",
                   sha256Hex(code), clinicId, role, subject, label, ttlSeconds);
    tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, client_id, detail) VALUES ($1, 'clinic', 'issue code', "
                   "$2::uuid, jsonb_build_object('role', $3::text))",
                   clinicId, role == "client" ? subject : std::optional<std::string>(), role);
    tx.commit();
    return code.substr(0, 5) + "-" + code.substr(5);
}

std::string SyncStore::issueCodeFor(const Caller& caller, const std::string& label)
{
    if (caller.role != "clinician")
        throw Refused(403, "only a clinician adds a client");
    {
        pqxx::work tx(*m_conn);
        scope(tx, caller.clinicId);
        requireActive(tx, caller);
        tx.commit();
    }
    return issueCode(caller.clinicId, "client", label);
}

Pairing SyncStore::redeem(const std::string& code, const std::string& publicKey, const std::string& deviceLabel)
{
    const std::string hash = sha256Hex(normaliseCode(code));
    pqxx::work tx(*m_conn);
    // Before the clinic is known, only the row with this hash is visible.
    tx.exec_params("SELECT set_config('app.code_hash', $1, true)", hash);
    const pqxx::result found = tx.exec_params(
        "SELECT clinic_id::text, role, subject_id::text, label FROM tessera.pairing_code "
        "WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE",
        hash);
    if (found.empty())
        throw Refused(403, "this pairing code is not valid: it may have been used or have expired");
    Pairing p;
    p.clinicId = found[0][0].as<std::string>();
    p.role = found[0][1].as<std::string>();
    p.subjectId = found[0][2].as<std::string>();
    p.subjectLabel = found[0][3].as<std::string>();
    p.deviceId = newUuid();
    scope(tx, p.clinicId);
    tx.exec_params("UPDATE tessera.pairing_code SET used_at = now() WHERE code_hash = $1", hash);
    tx.exec_params("INSERT INTO tessera.device (clinic_id, id, role, subject_id, label, public_key) VALUES ($1, $2, $3, $4, $5, $6)",
                   p.clinicId, p.deviceId, p.role, p.subjectId, deviceLabel.substr(0, 80), publicKey);
    p.clinicName = tx.exec_params1("SELECT name FROM tessera.clinic WHERE id = $1", p.clinicId)[0].as<std::string>();
    tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, client_id, detail) VALUES ($1, $2, 'pair device', "
                   "$3::uuid, jsonb_build_object('device', $4::text, 'role', $5::text))",
                   p.clinicId, p.subjectId, p.role == "client" ? p.subjectId : std::optional<std::string>(), p.deviceId, p.role);
    tx.commit();
    return p;
}

std::optional<DeviceRow> SyncStore::device(const std::string& clinicId, const std::string& deviceId)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    const pqxx::result r = tx.exec_params(
        "SELECT public_key, role, subject_id::text, revoked_at IS NOT NULL FROM tessera.device WHERE clinic_id = $1 AND id = $2",
        clinicId, deviceId);
    tx.commit();
    if (r.empty())
        return std::nullopt;
    return DeviceRow{r[0][0].as<std::string>(), r[0][1].as<std::string>(), r[0][2].as<std::string>(), r[0][3].as<bool>()};
}

bool SyncStore::spendNonce(const std::string& clinicId, const std::string& deviceId, const std::string& nonce)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    tx.exec_params("DELETE FROM tessera.token_nonce WHERE clinic_id = $1 AND device_id = $2 AND at < now() - interval '15 minutes'",
                   clinicId, deviceId);
    const pqxx::result r = tx.exec_params(
        "INSERT INTO tessera.token_nonce (clinic_id, device_id, nonce) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1",
        clinicId, deviceId, nonce);
    tx.commit();
    return !r.empty();
}

void SyncStore::revokeDevice(const std::string& clinicId, const std::string& deviceId)
{
    pqxx::work tx(*m_conn);
    scope(tx, clinicId);
    const pqxx::result r = tx.exec_params(
        "UPDATE tessera.device SET revoked_at = now() WHERE clinic_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING subject_id::text",
        clinicId, deviceId);
    if (!r.empty())
        tx.exec_params("INSERT INTO tessera.audit_event (clinic_id, actor, action, detail) VALUES ($1, $2, 'revoke device', "
                       "jsonb_build_object('device', $3::text))",
                       clinicId, r[0][0].as<std::string>(), deviceId);
    tx.commit();
}

} // namespace tessera::server
