#include "httpserver.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string_view>
#include <cstdio>
#include <stdexcept>
#include <thread>

namespace tessera::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

namespace {

} // namespace

// Connections and when each must have finished what it is doing (reading a
// request, writing an answer). Blocking socket calls have no time limit of
// their own (asio waits in poll() without one), so the reaper shuts down a
// connection past its deadline: its read or write then fails, and the
// thread ends. A client that stops half-way through a request (a cut or
// slow connection) frees its thread after kReadTimeoutSeconds.
struct HttpServer::Deadlines {
    std::mutex mutex;
    std::condition_variable wake;
    std::map<int, std::chrono::steady_clock::time_point> byFd;
    void set(int fd, std::chrono::steady_clock::time_point at)
    {
        std::lock_guard lock(mutex);
        byFd[fd] = at;
    }
    void clear(int fd)
    {
        std::lock_guard lock(mutex);
        byFd.erase(fd);
    }
    // Shuts down every connection whose deadline is at or before `until`.
    void reap(std::chrono::steady_clock::time_point until)
    {
        std::lock_guard lock(mutex);
        for (const auto& [fd, at] : byFd)
            if (at <= until)
                ::shutdown(fd, SHUT_RDWR);
    }
};

namespace {

using Deadlines = HttpServer::Deadlines;

std::chrono::steady_clock::time_point inSeconds(int s) { return std::chrono::steady_clock::now() + std::chrono::seconds(s); }

// A request's body limit, by route: the routes anyone may call take small ones.
size_t bodyLimitFor(std::string_view target)
{
    return target.rfind("/v1/batch", 0) == 0 ? Api::kMaxBody : 64 * 1024;
}

void serve(Api& api, int fd, Deadlines& deadlines)
{
    asio::io_context io;
    asio::ip::tcp::socket socket(io);
    beast::error_code ec;
    socket.assign(asio::ip::tcp::v4(), fd, ec);
    // Answers go out whole at once: without this, Nagle's algorithm and the
    // client's delayed ACK hold a multi-part answer back 40 ms.
    socket.set_option(asio::ip::tcp::no_delay(true), ec);
    if (ec) {
        ::close(fd);
        return;
    }
    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(16 * 1024);
        deadlines.set(fd, inSeconds(HttpServer::kReadTimeoutSeconds));
        http::read_header(socket, buffer, parser, ec);
        if (!ec) {
            parser.body_limit(bodyLimitFor(std::string_view(parser.get().target().data(), parser.get().target().size())));
            http::read(socket, buffer, parser, ec);
        }
        deadlines.set(fd, inSeconds(3600)); // the request is handled: the database's own limits apply
        if (ec == http::error::body_limit) {
            http::response<http::string_body> res{http::status::payload_too_large, 11};
            res.set(http::field::content_type, "application/json");
            res.set(http::field::connection, "close");
            res.body() = R"({"error":"the body is larger than the service takes"})";
            res.prepare_payload();
            http::write(socket, res, ec);
            break;
        }
        if (ec)
            break; // closed, cut or timed out: nothing half-read is acted on
        const auto& req = parser.get();
        const auto started = std::chrono::steady_clock::now();
        HttpRequest in{std::string(req.method_string()), std::string(req.target()),
                       std::string(req[http::field::authorization]), req.body()};
        const HttpResponse out = api.handle(in);
        http::response<http::string_body> res{static_cast<http::status>(out.status), req.version()};
        res.set(http::field::server, "tessera-syncd");
        res.set(http::field::content_type, "application/json");
        res.set(http::field::cache_control, "no-store");
        if (out.retryAfterSeconds > 0)
            res.set(http::field::retry_after, std::to_string(out.retryAfterSeconds));
        res.keep_alive(req.keep_alive());
        res.body() = out.body;
        res.prepare_payload();
        // One line per request: never a body, a token or a code.
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        std::fprintf(stderr, "%s %s %d %.1f ms\n", in.method.c_str(), in.target.substr(0, in.target.find('?')).c_str(), out.status, ms);
        deadlines.set(fd, inSeconds(HttpServer::kReadTimeoutSeconds));
        http::write(socket, res, ec);
        if (ec || !res.keep_alive())
            break;
    }
    deadlines.clear(fd);
    socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
    socket.close(ec);
}

} // namespace

HttpServer::HttpServer(Api& api) : m_api(api), m_deadlines(std::make_unique<Deadlines>()) {}

HttpServer::~HttpServer() = default;

int HttpServer::listen(const std::string& address, int port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        throw std::runtime_error("cannot open a socket");
    const int yes = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    if (::inet_pton(AF_INET, address.c_str(), &addr.sin_addr) != 1)
        throw std::runtime_error("--listen: " + address + " is not an IPv4 address");
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
        throw std::runtime_error("cannot listen on " + address + ":" + std::to_string(port));
    if (::listen(m_fd, 128) != 0)
        throw std::runtime_error("cannot listen");
    socklen_t len = sizeof addr;
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len);
    return ntohs(addr.sin_port);
}

void HttpServer::run()
{
    std::thread reaper([this] {
        std::unique_lock lock(m_deadlines->mutex);
        while (!m_stopping) {
            m_deadlines->wake.wait_for(lock, std::chrono::seconds(1));
            lock.unlock();
            m_deadlines->reap(std::chrono::steady_clock::now());
            lock.lock();
        }
    });
    while (!m_stopping) {
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (m_stopping)
                break;
            continue;
        }
        if (m_connections >= kMaxConnections) {
            static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            [[maybe_unused]] const auto n = ::write(fd, busy, sizeof busy - 1);
            ::close(fd);
            continue;
        }
        ++m_connections;
        std::thread([this, fd] {
            serve(m_api, fd, *m_deadlines);
            --m_connections;
        }).detach();
    }
    // Stopping: connections waiting for a request close now; requests being
    // handled (their deadline is an hour on) get 10 s to finish.
    for (int i = 0; i < 100 && m_connections > 0; ++i) {
        m_deadlines->reap(inSeconds(HttpServer::kReadTimeoutSeconds + 1));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    m_deadlines->reap(std::chrono::steady_clock::time_point::max());
    while (m_connections > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    m_deadlines->wake.notify_all();
    reaper.join();
}

void HttpServer::stop()
{
    m_stopping = true;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

} // namespace tessera::server
