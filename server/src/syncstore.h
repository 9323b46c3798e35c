// The clinic service's store on PostgreSQL (issue 31, part 1): idempotent
// writes of shared entries, a pull that cannot skip a late commit, and
// clinics kept apart by row-level security.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/connection>

namespace tessera::server {

/// One shared revision of a journal entry, as a client sends it.
struct ShareOp {
    std::string clientId;      ///< the client (a UUID)
    std::string entryUuid;     ///< the journal entry's id (a UUID)
    int revision = 1;          ///< the entry's revision (1, 2, ...)
    std::string code;          ///< "module/kind", e.g. "assessments/phq9"
    std::string effectiveAt;   ///< when it happened, ISO 8601 with offset
    std::optional<double> value; ///< the figure the caseload shows (a PHQ-9 total), if any
    std::string resourceJson;  ///< the FHIR resource
    std::string contentHash;   ///< a hash of the canonical resource, hex
};

/// What became of one op: stored now, stored before with the same content
/// (a resend: harmless), or stored before with other content (the client must
/// number its revisions above the server's).
enum class ShareResult { Stored, Duplicate, Conflict };

/// One row of a pull.
struct PulledRecord {
    std::string clientId;
    std::string entryUuid;
    int revision = 0;
    std::string code;
    std::string resourceJson;
};

struct PullPage {
    std::vector<PulledRecord> records;
    std::string cursor; ///< opaque: pass to the next pull; unchanged when nothing came
};

/// Connects as the service's role (not an owner, so the row-level security
/// policies bind it). Every call runs in its own transaction scoped to one
/// clinic (SET LOCAL app.clinic_id). Not thread-safe: one per thread.
class SyncStore {
public:
    explicit SyncStore(const std::string& conninfo);
    ~SyncStore();
    SyncStore(const SyncStore&) = delete;
    SyncStore& operator=(const SyncStore&) = delete;

    /// Creates or updates the schema (sql/schema.sql) as `owner`, and lets
    /// `appRole` read and add rows, never change or remove them.
    static void install(pqxx::connection& owner, const std::string& appRole);

    /// Stores `ops` for `clinicId` in one transaction, all or nothing; one
    /// result per op, in order. A clinic that does not exist, or rows of
    /// another clinic, are refused (an exception) and nothing is stored.
    std::vector<ShareResult> push(const std::string& clinicId, const std::vector<ShareOp>& ops);

    /// The clinic's records after `cursor` ("" for the start), at most
    /// `limit`, in commit-safe order: a record is returned only once every
    /// transaction that began before it has ended, so a transaction that
    /// commits late can never land behind a cursor already handed out.
    PullPage pull(const std::string& clinicId, const std::string& cursor, int limit);

    /// One client's line in the clinician's caseload.
    struct CaseloadRow {
        std::string clientId;
        std::optional<double> latest;   ///< the newest value of `code` (a PHQ-9 total)
        std::optional<double> previous; ///< the one before it, for the trend
        std::string latestAt;           ///< when the newest was effective (ISO 8601), or ""
        std::string lastSharedAt;       ///< the last time anything of theirs arrived
    };
    /// Every client of the clinic with shared records, the latest and the
    /// previous value of `code` for each, newest activity first; one query.
    std::vector<CaseloadRow> caseload(const std::string& clinicId, const std::string& code);

    /// Appends an audit event (who, what, about which client) for the clinic.
    void audit(const std::string& clinicId, const std::string& actor, const std::string& action, const std::string& clientId);

private:
    std::unique_ptr<pqxx::connection> m_conn;
};

} // namespace tessera::server
