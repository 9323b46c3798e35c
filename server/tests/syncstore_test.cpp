// The clinic service's store (issue 31, part 1) against a real PostgreSQL 15
// that pg_virtualenv starts on loopback for this run (PGHOST, PGPORT, PGUSER,
// PGPASSWORD and PGDATABASE come from it): idempotent shares, conflicts,
// clinics kept apart by row-level security, a pull that never skips a late
// commit, and rows the service can add but never change.
#include "freshstore.h"
#include "syncstore.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <cstdlib>
#include <thread>

using namespace tessera::server;

namespace {

const std::string kClinicA = "11111111-1111-4111-8111-111111111111";
const std::string kClinicB = "22222222-2222-4222-8222-222222222222";
const std::string kClient = "33333333-3333-4333-8333-333333333333";
using tessera::server::test::kAppRole;
const std::string kAppPassword = "test-only-password";

// One number from a query (libpqxx 6 has no query_value()).
int scalar(pqxx::work& tx, const std::string& sql) { return tx.exec1(sql)[0].as<int>(); }

std::string appConninfo() { return "user=" + kAppRole + " password=" + kAppPassword; }

std::string entry(int n)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "44444444-4444-4444-8444-%012d", n);
    return buf;
}

ShareOp op(int n, int revision = 1, const std::string& hash = "h1")
{
    ShareOp o;
    o.clientId = kClient;
    o.entryUuid = entry(n);
    o.revision = revision;
    o.code = "assessments/phq9";
    o.effectiveAt = "2026-11-30T09:00:00+00:00";
    o.value = 12;
    o.resourceJson = R"({"resourceType":"Observation","valueInteger":12})";
    o.contentHash = hash;
    return o;
}

class SyncStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!std::getenv("PGHOST"))
            GTEST_SKIP() << "run under pg_virtualenv (ctest does)";
        owner = std::make_unique<pqxx::connection>("");
        test::freshStore(*owner, kAppPassword);
        pqxx::work add(*owner);
        add.exec("INSERT INTO tessera.clinic (id, name) VALUES ('" + kClinicA + "', 'A'), ('" + kClinicB + "', 'B')");
        add.commit();
    }
    // A client of `clinic`, as issuing a pairing code adds one.
    void addClient(const std::string& clinic, const std::string& id, const std::string& label)
    {
        pqxx::work tx(*owner);
        tx.exec_params("SELECT set_config('app.clinic_id', $1, true)", clinic);
        tx.exec_params("INSERT INTO tessera.client (clinic_id, id, label) VALUES ($1, $2, $3)", clinic, id, label);
        tx.commit();
    }
    std::unique_ptr<pqxx::connection> owner;
};

} // namespace

TEST_F(SyncStoreTest, ASharedEntryIsStoredOnceWhateverIsResent)
{
    SyncStore store(appConninfo());
    EXPECT_EQ(store.push(kClinicA, {op(1), op(2)}), (std::vector<ShareResult>{ShareResult::Stored, ShareResult::Stored}));
    // A resend after a lost reply: the same key and content.
    EXPECT_EQ(store.push(kClinicA, {op(1), op(2)}), (std::vector<ShareResult>{ShareResult::Duplicate, ShareResult::Duplicate}));
    // The same key with other content (a journal restored from an older backup).
    EXPECT_EQ(store.push(kClinicA, {op(1, 1, "h2")}), std::vector<ShareResult>{ShareResult::Conflict});
    // A new revision is a new record; both are kept.
    EXPECT_EQ(store.push(kClinicA, {op(1, 2, "h2")}), std::vector<ShareResult>{ShareResult::Stored});
    pqxx::work tx(*owner);
    EXPECT_EQ(scalar(tx, "SELECT count(*) FROM tessera.record"), 3);
}

TEST_F(SyncStoreTest, AClinicSeesAndWritesOnlyItsOwnRows)
{
    SyncStore store(appConninfo());
    store.push(kClinicA, {op(1), op(2)});
    EXPECT_EQ(store.pull(kClinicA, "", 100).records.size(), 2u);
    EXPECT_TRUE(store.pull(kClinicB, "", 100).records.empty());

    pqxx::connection app(appConninfo());
    {
        // With clinic B in force, clinic A's rows do not exist, even when asked for by id.
        pqxx::work tx(app);
        tx.exec("SELECT set_config('app.clinic_id', '" + kClinicB + "', true)");
        EXPECT_EQ(scalar(tx, "SELECT count(*) FROM tessera.record"), 0);
        EXPECT_EQ(scalar(tx, "SELECT count(*) FROM tessera.record WHERE clinic_id = '" + kClinicA + "'"), 0);
        EXPECT_EQ(scalar(tx, "SELECT count(*) FROM tessera.clinic"), 1);
    }
    {
        // No clinic in force: nothing at all.
        pqxx::work tx(app);
        EXPECT_EQ(scalar(tx, "SELECT count(*) FROM tessera.record"), 0);
    }
    // Writing a row of clinic A while clinic B is in force is refused, and nothing is stored.
    ShareOp foreign = op(9);
    EXPECT_THROW(
        {
            pqxx::work tx(app);
            tx.exec("SELECT set_config('app.clinic_id', '" + kClinicB + "', true)");
            tx.exec_params("INSERT INTO tessera.record (clinic_id, client_id, entry_uuid, revision, code, effective_at, resource, content_hash) "
                           "VALUES ($1, $2, $3, 1, 'x/y', now(), '{}', 'h')",
                           kClinicA, kClient, foreign.entryUuid);
            tx.commit();
        },
        pqxx::sql_error);
    // push() scopes itself: a batch for a clinic that does not exist fails whole.
    EXPECT_THROW(store.push("55555555-5555-4555-8555-555555555555", {op(10)}), pqxx::sql_error);
    pqxx::work check(*owner);
    EXPECT_EQ(scalar(check, "SELECT count(*) FROM tessera.record"), 2);
}

TEST_F(SyncStoreTest, APullNeverSkipsARecordThatCommitsLate)
{
    SyncStore store(appConninfo());
    // A transaction that started first (the smaller xid) is still open...
    pqxx::connection slow(appConninfo());
    pqxx::work late(slow);
    late.exec("SELECT set_config('app.clinic_id', '" + kClinicA + "', true)");
    late.exec_params("INSERT INTO tessera.record (clinic_id, client_id, entry_uuid, revision, code, effective_at, resource, content_hash) "
                     "VALUES ($1, $2, $3, 1, 'journal/checkin', now(), '{}', 'h')",
                     kClinicA, kClient, entry(1));
    // ...while a later one commits.
    store.push(kClinicA, {op(2)});
    // Not handed out yet: a cursor past it would skip the late commit.
    PullPage first = store.pull(kClinicA, "", 100);
    EXPECT_TRUE(first.records.empty());
    EXPECT_EQ(first.cursor, "");
    late.commit();
    PullPage second = store.pull(kClinicA, first.cursor, 100);
    ASSERT_EQ(second.records.size(), 2u);
    EXPECT_EQ(second.records[0].entryUuid, entry(1)); // commit order by transaction, not arrival
    EXPECT_EQ(second.records[1].entryUuid, entry(2));
    // Keyset paging goes on from there, one page at a time.
    store.push(kClinicA, {op(3), op(4)});
    PullPage third = store.pull(kClinicA, second.cursor, 1);
    ASSERT_EQ(third.records.size(), 1u);
    EXPECT_EQ(third.records[0].entryUuid, entry(3));
    PullPage fourth = store.pull(kClinicA, third.cursor, 100);
    ASSERT_EQ(fourth.records.size(), 1u);
    EXPECT_EQ(fourth.records[0].entryUuid, entry(4));
    EXPECT_TRUE(store.pull(kClinicA, fourth.cursor, 100).records.empty());
    EXPECT_THROW(store.pull(kClinicA, "x; DROP TABLE", 10), std::invalid_argument);
}

TEST_F(SyncStoreTest, TheServiceAddsRowsButNeverChangesOrRemovesThem)
{
    SyncStore store(appConninfo());
    store.push(kClinicA, {op(1)});
    store.audit(kClinicA, "clinician:1", "read", kClient);
    pqxx::connection app(appConninfo());
    for (const char* sql : {"UPDATE tessera.record SET code = 'x'", "DELETE FROM tessera.record", "DELETE FROM tessera.audit_event",
                            "UPDATE tessera.audit_event SET actor = 'x'"}) {
        pqxx::work tx(app);
        tx.exec("SELECT set_config('app.clinic_id', '" + kClinicA + "', true)");
        EXPECT_THROW(tx.exec(sql), pqxx::insufficient_privilege) << sql;
    }
    pqxx::work check(*owner);
    EXPECT_EQ(scalar(check, "SELECT count(*) FROM tessera.audit_event WHERE action = 'read'"), 1);
}

// Eight clients push the same batch at once: each op is stored exactly once,
// every other push sees it as a duplicate, and nobody fails.
TEST_F(SyncStoreTest, EightPushersOfOneBatchStoreEachShareOnce)
{
    std::vector<ShareOp> batch;
    for (int i = 1; i <= 50; ++i)
        batch.push_back(op(i));
    std::vector<std::vector<ShareResult>> results(8);
    std::vector<std::string> errors(8);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            try {
                SyncStore store(appConninfo());
                results[t] = store.push(kClinicA, batch);
            } catch (const std::exception& e) {
                errors[t] = e.what();
            }
        });
    }
    for (auto& t : threads)
        t.join();
    int stored = 0;
    int duplicates = 0;
    for (int t = 0; t < 8; ++t) {
        EXPECT_EQ(errors[t], "") << t;
        for (ShareResult r : results[t]) {
            stored += r == ShareResult::Stored;
            duplicates += r == ShareResult::Duplicate;
        }
    }
    EXPECT_EQ(stored, 50);
    EXPECT_EQ(duplicates, 7 * 50);
    pqxx::work tx(*owner);
    EXPECT_EQ(scalar(tx, "SELECT count(*) FROM tessera.record"), 50);
}

// The caseload: per client the newest and previous PHQ-9 totals (newest revision
// of each entry), when they were shared last, newest activity first.
TEST_F(SyncStoreTest, TheCaseloadHasEachClientsLatestAndPreviousTotals)
{
    SyncStore store(appConninfo());
    const std::string other = "66666666-6666-4666-8666-666666666666";
    auto phq = [](const std::string& client, int n, int revision, double total, const std::string& when) {
        ShareOp o = op(n, revision, "h" + std::to_string(revision));
        o.clientId = client;
        o.value = total;
        o.effectiveAt = when;
        return o;
    };
    store.push(kClinicA, {phq(kClient, 1, 1, 18, "2026-11-01T09:00:00+00:00"), phq(kClient, 2, 1, 14, "2026-11-15T09:00:00+00:00")});
    // The second questionnaire corrected (revision 2): its new total counts, not the old one.
    store.push(kClinicA, {phq(kClient, 2, 2, 12, "2026-11-15T09:00:00+00:00")});
    ShareOp mood = op(3);
    mood.clientId = other;
    mood.code = "journal/checkin";
    mood.value = 4;
    store.push(kClinicA, {mood});
    addClient(kClinicA, kClient, "J. M.");
    addClient(kClinicA, other, "R. T.");
    const std::string quiet = "77777777-7777-4777-8777-777777777777";
    addClient(kClinicA, quiet, "A. B."); // paired, nothing shared yet
    const auto rows = store.caseload(kClinicA, "assessments/phq9");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].clientId, other); // shared last
    EXPECT_EQ(rows[0].label, "R. T.");
    EXPECT_FALSE(rows[0].latest.has_value());
    EXPECT_EQ(rows[1].clientId, kClient);
    EXPECT_EQ(rows[1].latest, 12.0);
    EXPECT_EQ(rows[1].previous, 18.0);
    EXPECT_EQ(rows[1].latestAt, "2026-11-15T09:00:00Z");
    EXPECT_EQ(rows[2].clientId, quiet);
    EXPECT_TRUE(rows[2].lastSharedAt.empty());
    EXPECT_TRUE(store.caseload(kClinicB, "assessments/phq9").empty());
}

// Every table holding a clinic's rows is under forced row-level security.
TEST_F(SyncStoreTest, EveryClinicTableIsUnderForcedRowLevelSecurity)
{
    pqxx::work tx(*owner);
    const pqxx::result tables = tx.exec(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'tessera' AND c.relkind = 'r'");
    ASSERT_GE(tables.size(), 3u);
    for (const auto& t : tables) {
        EXPECT_TRUE(t[1].as<bool>()) << t[0].as<std::string>();
        EXPECT_TRUE(t[2].as<bool>()) << t[0].as<std::string>();
    }
}

// PHQ-9 item 9 above 0 is counted for review; a withdrawn entry counts for
// nothing, and the later of a withdrawal and a share decides, in whatever
// order they arrive.
TEST_F(SyncStoreTest, ItemNineIsFlaggedAndTheLaterChoiceDecides)
{
    SyncStore store(appConninfo());
    addClient(kClinicA, kClient, "J. M.");
    auto phq = [](int n, const std::string& item9Code, long long at) {
        ShareOp o = op(n);
        o.code = "http://loinc.org|44261-6";
        o.opAt = at;
        o.resourceJson = R"({"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"QuestionnaireResponse",)"
                         R"("item":[{"linkId":"44260-8","answer":[{"valueCoding":{"system":"http://loinc.org","code":")"
            + item9Code + R"("}}]}]}}]})";
        return o;
    };
    store.push(kClinicA, {phq(1, "LA6568-5", 1000), phq(2, "LA6569-3", 1000)}); // "Not at all"; "Several days"
    auto rows = store.caseload(kClinicA, "http://loinc.org|44261-6");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].reviewCount, 1);
    EXPECT_FALSE(rows[0].reviewLatestAt.empty());

    // Withdrawn at 2000: it counts for nothing; the withdrawal resent is a duplicate.
    ShareOp withdraw = op(2);
    withdraw.withdraw = true;
    withdraw.opAt = 2000;
    EXPECT_EQ(store.push(kClinicA, {withdraw}), std::vector<ShareResult>{ShareResult::Stored});
    EXPECT_EQ(store.push(kClinicA, {withdraw}), std::vector<ShareResult>{ShareResult::Duplicate});
    rows = store.caseload(kClinicA, "http://loinc.org|44261-6");
    EXPECT_EQ(rows[0].reviewCount, 0);
    // The share made at 1000, replayed after the withdrawal, changes nothing.
    store.push(kClinicA, {phq(2, "LA6569-3", 1000)});
    EXPECT_EQ(store.caseload(kClinicA, "http://loinc.org|44261-6")[0].reviewCount, 0);
    // Shared again at 3000: visible again.
    store.push(kClinicA, {phq(2, "LA6569-3", 3000)});
    EXPECT_EQ(store.caseload(kClinicA, "http://loinc.org|44261-6")[0].reviewCount, 1);
}

// A pairing code works once, before it expires, and a revoked device can
// neither push nor read.
TEST_F(SyncStoreTest, APairingCodeWorksOnceAndARevokedDeviceIsRefused)
{
    SyncStore store(appConninfo());
    const std::string code = store.issueCode(kClinicA, "client", "J. M.");
    ASSERT_EQ(code.size(), 11u);
    const std::string key(44, 'A');
    const Pairing p = store.redeem(code, key, "phone");
    EXPECT_EQ(p.clinicId, kClinicA);
    EXPECT_EQ(p.clinicName, "A");
    EXPECT_EQ(p.role, "client");
    EXPECT_EQ(p.subjectLabel, "J. M.");
    EXPECT_THROW(store.redeem(code, key, "phone"), Refused);              // used
    EXPECT_THROW(store.redeem("AAAAA-AAAAA", key, "phone"), Refused);     // unknown
    const std::string expired = store.issueCode(kClinicA, "client", "K. L.", -1);
    EXPECT_THROW(store.redeem(expired, key, "phone"), Refused);
    // Typed in lower case with spaces: the same code.
    const std::string lower = store.issueCode(kClinicA, "clinician", "Dr. Rivera");
    std::string typed;
    for (char c : lower)
        typed += c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(store.redeem(typed, key, "desk").role, "clinician");

    const Caller caller{p.clinicId, p.deviceId, p.subjectId, "client"};
    ShareOp mine = op(1);
    mine.clientId = p.subjectId;
    EXPECT_EQ(store.pushFrom(caller, {mine}), std::vector<ShareResult>{ShareResult::Stored});
    ShareOp theirs = op(2); // another client's entry
    EXPECT_THROW(store.pushFrom(caller, {theirs}), Refused);
    // A client device of clinic A cannot act in clinic B.
    EXPECT_THROW(store.pushFrom(Caller{kClinicB, p.deviceId, p.subjectId, "client"}, {mine}), Refused);
    store.revokeDevice(p.clinicId, p.deviceId);
    mine.entryUuid = entry(3);
    try {
        store.pushFrom(caller, {mine});
        FAIL() << "a revoked device pushed";
    } catch (const Refused& e) {
        EXPECT_EQ(e.status(), 401);
    }
    EXPECT_TRUE(store.device(p.clinicId, p.deviceId)->revoked);
    EXPECT_FALSE(store.device(kClinicB, p.deviceId).has_value());
}

// A share made after a withdrawal wins even when the withdrawal arrives last,
// and one client's withdrawal never touches another client's entry.
TEST_F(SyncStoreTest, TheLaterChoiceWinsWhateverArrivesLastAndOnlyForItsClient)
{
    SyncStore store(appConninfo());
    addClient(kClinicA, kClient, "J. M.");
    const std::string other = "88888888-8888-4888-8888-888888888888";
    addClient(kClinicA, other, "K. L.");
    ShareOp share = op(1, 1, "h1");
    share.opAt = 300;
    ASSERT_EQ(store.push(kClinicA, {share}), std::vector<ShareResult>{ShareResult::Stored});
    ShareOp late = op(1);
    late.withdraw = true;
    late.opAt = 200; // chosen before the share, arriving after it
    store.push(kClinicA, {late});
    auto rows = store.caseload(kClinicA, "assessments/phq9");
    auto mine = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.clientId == kClient; });
    ASSERT_NE(mine, rows.end());
    EXPECT_FALSE(mine->lastSharedAt.empty()); // still shared
    // Another client withdrawing the same entry id changes nothing for this one.
    ShareOp stranger = op(1);
    stranger.clientId = other;
    stranger.withdraw = true;
    stranger.opAt = 900;
    store.push(kClinicA, {stranger});
    rows = store.caseload(kClinicA, "assessments/phq9");
    mine = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.clientId == kClient; });
    EXPECT_FALSE(mine->lastSharedAt.empty());
    // The same entry id from another client is that client's own record, not a duplicate of this one's.
    ShareOp theirs = op(1, 1, "h9");
    theirs.clientId = other;
    theirs.opAt = 1000;
    EXPECT_EQ(store.push(kClinicA, {theirs}), std::vector<ShareResult>{ShareResult::Stored});
}
