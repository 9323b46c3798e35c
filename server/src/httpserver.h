// The clinic service's listener (Boost.Beast, HTTP/1.1 with keep-alive): one
// thread per connection, at most kMaxConnections at once, each request given
// to the Api. Meant for loopback behind a TLS front (nginx).
#pragma once

#include "api.h"

#include <atomic>
#include <memory>
#include <string>

namespace tessera::server {

class HttpServer {
public:
    static constexpr int kMaxConnections = 64;
    /// Seconds a connection may sit in the middle of a request (or idle between two).
    static constexpr int kReadTimeoutSeconds = 30;

    explicit HttpServer(Api& api);
    ~HttpServer();
    /// Binds `address`:`port` (0: any free port); returns the port bound. Throws on failure.
    int listen(const std::string& address, int port);
    /// Accepts and serves until stop() (from a signal handler's thread too);
    /// returns once every connection has ended.
    void run();
    void stop();

    struct Deadlines;

private:
    Api& m_api;
    std::unique_ptr<Deadlines> m_deadlines;
    int m_fd = -1;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_connections{0};
};

} // namespace tessera::server
