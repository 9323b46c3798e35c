// The clinic service's HTTP API (issue 31), apart from the socket: one
// request in, one response out. docs/clinic.md lists the routes.
#pragma once

#include "auth.h"
#include "syncstore.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tessera::server {

struct HttpRequest {
    std::string method;        ///< "GET", "POST"
    std::string target;        ///< "/v1/batch", "/v1/pull?cursor=..."
    std::string authorization; ///< the Authorization header, or ""
    std::string body;
};

struct HttpResponse {
    int status = 200;
    std::string body;           ///< JSON
    int retryAfterSeconds = 0;  ///< > 0: a Retry-After header
};

/// Connections to PostgreSQL, made when first needed and dropped when one
/// breaks (the next request makes a new one): the service holds nothing
/// else, so several copies run side by side.
class StorePool {
public:
    StorePool(std::string conninfo, std::function<void(const char*)> failpoint);
    ~StorePool();

    /// Runs `work` with a store; a broken connection is thrown away.
    void with(const std::function<void(SyncStore&)>& work);

private:
    std::string m_conninfo;
    std::function<void(const char*)> m_failpoint;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<SyncStore>> m_idle;
};

class Api {
public:
    Api(StorePool& pool, TokenKey key);
    HttpResponse handle(const HttpRequest& request);

    /// Most ops one batch may carry.
    static constexpr int kMaxBatch = 500;
    /// The largest request body taken (bytes).
    static constexpr size_t kMaxBody = 16 * 1024 * 1024;
    /// The PHQ-9 total's code, as the caseload shows it.
    static constexpr const char* kPhq9Total = "http://loinc.org|44261-6";

private:
    HttpResponse pair(const HttpRequest& request);
    HttpResponse token(const HttpRequest& request);
    HttpResponse batch(const Caller& caller, const HttpRequest& request);
    HttpResponse caseload(const Caller& caller);
    HttpResponse records(const Caller& caller, const std::string& clientId);
    HttpResponse addClient(const Caller& caller, const HttpRequest& request);
    HttpResponse pull(const Caller& caller, const std::string& query);
    HttpResponse unpair(const Caller& caller);

    StorePool& m_pool;
    TokenKey m_key;
};

} // namespace tessera::server
