// The clinic store's figures (issue 31, part 1), for scripts/bench: shares per
// second from a batch to its commit at batch sizes 1, 50 and 500, the latency
// of one push (p50, p99), and the caseload query for 200 clients. Run under
// `pg_virtualenv -v 15 -o fsync=on` (pg_virtualenv turns fsync off by default).
// Figures only: nothing is asserted.
#include "freshstore.h"
#include "syncstore.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tessera::server;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kClinic = "11111111-1111-4111-8111-111111111111";
const std::string kApp = "user=tessera_app password=bench-only-password";

std::string uuid(unsigned long long n, int group)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08d-0000-4000-8000-%012llu", group, n);
    return buf;
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

} // namespace

int main()
{
    if (!std::getenv("PGHOST")) {
        std::fprintf(stderr, "run under pg_virtualenv -v 15 -o fsync=on\n");
        return 2;
    }
    pqxx::connection owner("");
    test::freshStore(owner, "bench-only-password");
    {
        pqxx::work tx(owner);
        tx.exec("INSERT INTO tessera.clinic (id, name) VALUES ('" + kClinic + "', 'Bench')");
        tx.exec("SELECT set_config('app.clinic_id', '" + kClinic + "', true)");
        for (unsigned long long c = 0; c < 200; ++c)
            tx.exec_params("INSERT INTO tessera.client (clinic_id, id, label) VALUES ($1, $2, $3)", kClinic, uuid(c, 1),
                           "Client " + std::to_string(c + 1));
        const std::string fsync = tx.exec1("SHOW fsync")[0].as<std::string>();
        tx.commit();
        std::printf("PostgreSQL fsync: %s\n", fsync.c_str());
    }
    SyncStore store(kApp);
    const std::string resource =
        R"({"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"44261-6"}]},)"
        R"("valueInteger":12,"note":[{"text":"A short note the client wrote, about a line long."}]})";
    unsigned long long next = 1;
    std::printf("%-42s %12s %10s %10s\n", "push (batch size)", "shares/s", "p50 ms", "p99 ms");
    for (const int size : {1, 50, 500}) {
        const int pushes = size == 1 ? 400 : size == 50 ? 60 : 12;
        std::vector<double> latencies;
        const auto start = Clock::now();
        for (int p = 0; p < pushes; ++p) {
            std::vector<ShareOp> batch;
            for (int i = 0; i < size; ++i) {
                ShareOp o;
                o.clientId = uuid(next % 200, 1);
                o.entryUuid = uuid(next++, 2);
                o.code = "assessments/phq9";
                o.effectiveAt = "2026-11-30T09:00:00+00:00";
                o.value = static_cast<double>(next % 27);
                o.resourceJson = resource;
                o.opAt = static_cast<long long>(next);
                o.contentHash = "bench";
                batch.push_back(std::move(o));
            }
            const auto t0 = Clock::now();
            store.push(kClinic, batch);
            latencies.push_back(ms(Clock::now() - t0));
        }
        const double seconds = ms(Clock::now() - start) / 1000.0;
        std::printf("%-42s %12.0f %10.2f %10.2f\n", ("batch of " + std::to_string(size)).c_str(),
                    pushes * size / seconds, percentile(latencies, 0.5), percentile(latencies, 0.99));
    }
    std::vector<double> caseload;
    size_t clients = 0;
    for (int i = 0; i < 20; ++i) {
        const auto t0 = Clock::now();
        clients = store.caseload(kClinic, "assessments/phq9").size();
        caseload.push_back(ms(Clock::now() - t0));
    }
    std::printf("caseload query, %zu clients, %llu records: p50 %.2f ms, p99 %.2f ms\n", clients, next - 1,
                percentile(caseload, 0.5), percentile(caseload, 0.99));
    return 0;
}
