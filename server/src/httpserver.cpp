#include "httpserver.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>

namespace tessera::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

namespace {

void serve(Api& api, int fd)
{
    // Blocking reads with a time limit: a client that stops half-way through
    // a request (a cut connection) frees its thread after the timeout.
    timeval tv{HttpServer::kReadTimeoutSeconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    asio::io_context io;
    asio::ip::tcp::socket socket(io);
    beast::error_code ec;
    socket.assign(asio::ip::tcp::v4(), fd, ec);
    if (ec) {
        ::close(fd);
        return;
    }
    beast::flat_buffer buffer;
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(Api::kMaxBody);
        http::read(socket, buffer, parser, ec);
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
        http::write(socket, res, ec);
        if (ec || !res.keep_alive())
            break;
    }
    socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
    socket.close(ec);
}

} // namespace

HttpServer::HttpServer(Api& api) : m_api(api) {}

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
            serve(m_api, fd);
            --m_connections;
        }).detach();
    }
}

void HttpServer::stop()
{
    m_stopping = true;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

} // namespace tessera::server
