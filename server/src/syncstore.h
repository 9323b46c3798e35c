// The clinic service's store on PostgreSQL (issue 31): idempotent writes of
// shared entries, a pull that cannot skip a late commit, clinics kept apart
// by row-level security, pairing, devices and the audit.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <pqxx/connection>

namespace tessera::server {

/// One shared revision of a journal entry, as a client sends it.
struct ShareOp {
    std::string clientId;      ///< the client (a UUID)
    std::string entryUuid;     ///< the journal entry's id (a UUID)
    int revision = 1;          ///< the entry's revision (1, 2, ...)
    std::string code;          ///< what the caseload queries: the first Observation's "system|code", else "urn:tessera:kind|module/kind"
    std::string effectiveAt;   ///< when it happened, ISO 8601 with offset
    std::optional<double> value; ///< the figure the caseload shows (a PHQ-9 total), if any
    std::string resourceJson;  ///< the FHIR resources, as a Bundle of type collection
    std::string entryJson = "{}"; ///< the entry as its module wrote it (sdk::Entry::toJson), for the module's report section
    std::string contentHash;   ///< a hash of the content, hex
    /// When the client made the choice this op carries out (Unix ms): of a
    /// share and a withdrawal of one entry, the later choice decides, in
    /// whatever order the requests arrive.
    long long opAt = 0;
    /// Withdraws the entry (every revision) instead of sharing one: only
    /// clientId, entryUuid and opAt count.
    bool withdraw = false;
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

/// Who is asking: a paired device, from its token.
struct Caller {
    std::string clinicId;
    std::string deviceId;
    std::string subjectId; ///< the client, or the clinician
    std::string role;      ///< "client" or "clinician"
};

/// A request the store will not carry out, with the HTTP status it maps to
/// (401: not a device it knows or revoked; 403: not allowed; 404; 409).
class Refused : public std::runtime_error {
public:
    Refused(int status, const std::string& why) : std::runtime_error(why), m_status(status) {}
    [[nodiscard]] int status() const { return m_status; }

private:
    int m_status;
};

/// What a redeemed pairing code gives the device.
struct Pairing {
    std::string clinicId;
    std::string clinicName;
    std::string role;
    std::string subjectId;
    std::string subjectLabel;
    std::string deviceId;
};

/// A paired device as the token check needs it.
struct DeviceRow {
    std::string publicKey; ///< Ed25519, base64
    std::string role;
    std::string subjectId;
    bool revoked = false;
};

/// The newest revision of one shared entry, as a clinician reads it.
struct ClientRecord {
    std::string entryUuid;
    int revision = 0;
    std::string code;
    std::string effectiveAt;
    std::string filedAt;
    std::string resourceJson;
    std::string entryJson;
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
    /// `appRole` read and add rows, never change or remove shared records or
    /// the audit.
    static void install(pqxx::connection& owner, const std::string& appRole);
    /// Adds a clinic (as the owner); returns its id.
    static std::string addClinic(pqxx::connection& owner, const std::string& name);

    /// Stores `ops` for `clinicId` in one transaction, all or nothing; one
    /// result per op, in order. A clinic that does not exist, or rows of
    /// another clinic, are refused (an exception) and nothing is stored.
    std::vector<ShareResult> push(const std::string& clinicId, const std::vector<ShareOp>& ops);

    /// A client device's batch of shares and withdrawals, in one transaction,
    /// all or nothing; refused (Refused 401) when the device is revoked
    /// (checked in the same transaction), 403 when an op is for another
    /// client. A withdrawal answers Stored, or Duplicate when it was the
    /// entry's latest choice already.
    std::vector<ShareResult> pushFrom(const Caller& caller, const std::vector<ShareOp>& ops);

    /// The clinic's records after `cursor` ("" for the start), at most
    /// `limit`, in commit-safe order: a record is returned only once every
    /// transaction that began before it has ended, so a transaction that
    /// commits late can never land behind a cursor already handed out.
    PullPage pull(const std::string& clinicId, const std::string& cursor, int limit);
    /// The pull for a clinician's device (checked in the same transaction), audited.
    PullPage pullFor(const Caller& caller, const std::string& cursor, int limit);

    /// One client's line in the clinician's caseload.
    struct CaseloadRow {
        std::string clientId;
        std::string label;              ///< the name the clinic knows them by
        std::optional<double> latest;   ///< the newest value of `code` (a PHQ-9 total)
        std::optional<double> previous; ///< the one before it, for the trend
        std::string latestAt;           ///< when the newest was effective (ISO 8601), or ""
        std::string lastSharedAt;       ///< the last time anything of theirs arrived, or "" (paired, nothing yet)
        int reviewCount = 0;            ///< shared results with PHQ-9 item 9 answered above 0
        std::string reviewLatestAt;     ///< the newest of them, or ""
        std::string previousAt;         ///< when the previous value was effective, or ""
        bool paired = false;            ///< a device of theirs is paired (and not revoked)
    };
    /// Every client of the clinic, the latest and the previous value of
    /// `code` for each, newest activity first; one query. Withdrawn entries
    /// count for nothing.
    std::vector<CaseloadRow> caseload(const std::string& clinicId, const std::string& code);

    /// The caseload for a clinician (Refused 403 for another role, 401 for a
    /// revoked device), the read audited in the same transaction.
    std::vector<CaseloadRow> caseloadFor(const Caller& caller, const std::string& code);

    /// The newest revision of each entry one client shared and did not
    /// withdraw, oldest first, for a clinician; the read audited in the same
    /// transaction. Refused 404 for a client of another clinic.
    std::vector<ClientRecord> clientRecords(const Caller& caller, const std::string& clientId);

    /// Appends an audit event (who, what, about which client) for the clinic.
    void audit(const std::string& clinicId, const std::string& actor, const std::string& action, const std::string& clientId);

    /// Issues a single-use pairing code valid for `ttlSeconds`: for a new
    /// client called `label` (role "client"; the client is added), or a
    /// clinician. Returns the code as shown ("ABCDE-FGHJK", 50 bits).
    std::string issueCode(const std::string& clinicId, const std::string& role, const std::string& label, int ttlSeconds = 900);
    /// A clinician's request for a client's code (Refused 403 for a client).
    std::string issueCodeFor(const Caller& caller, const std::string& label);

    /// Redeems `code` for a device with `publicKey`: single use, before it
    /// expires; Refused 403 otherwise (unknown, used or expired alike).
    Pairing redeem(const std::string& code, const std::string& publicKey, const std::string& deviceLabel);

    /// The device, for the token check; std::nullopt when the clinic has no such device.
    std::optional<DeviceRow> device(const std::string& clinicId, const std::string& deviceId);
    /// Records a token request's nonce; false when it was seen before (a replay).
    bool spendNonce(const std::string& clinicId, const std::string& deviceId, const std::string& nonce);
    /// Revokes a device: its tokens stop working at once.
    void revokeDevice(const std::string& clinicId, const std::string& deviceId);

    /// Whether the connection is still open (after an error, a broken one is thrown away).
    [[nodiscard]] bool connected() const { return m_conn && m_conn->is_open(); }

    /// The normalised form of a code as typed (upper case, no spaces or dashes).
    static std::string normaliseCode(const std::string& typed);

    /// Called in pushFrom() at "before-commit" (every op written) and
    /// "after-commit" (before the caller hears): the fault tests stop the
    /// service there. Empty: nothing.
    std::function<void(const char* point)> failpoint;

private:
    std::unique_ptr<pqxx::connection> m_conn;
};

} // namespace tessera::server
