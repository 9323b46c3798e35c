// tessera-syncd: the clinic service (issue 31). `serve` answers the API on
// loopback (nginx in front does TLS); the other commands are the clinic
// administrator's, run as the database owner. docs/clinic.md says more.
#include "api.h"
#include "auth.h"
#include "httpserver.h"
#include "syncstore.h"

#include <pqxx/pqxx>
#include <sodium.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace tessera::server;

namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  tessera-syncd serve --token-key FILE [--listen 127.0.0.1:8470] [--db CONNINFO]\n"
    "      answer the API; CONNINFO is the service role's (libpq's PG* variables apply)\n"
    "  tessera-syncd install --app-role ROLE [--db CONNINFO]      create or update the schema (as its owner)\n"
    "  tessera-syncd add-clinic NAME [--db CONNINFO]              add a clinic; prints its id\n"
    "  tessera-syncd pairing-code --clinic ID (--clinician NAME | --client LABEL) [--db CONNINFO]\n"
    "      a single-use code, valid 15 minutes, for a clinician's or a client's device\n"
    "  tessera-syncd revoke-device --clinic ID DEVICE [--db CONNINFO]\n";

int usage(const std::string& why)
{
    if (!why.empty())
        std::fprintf(stderr, "tessera-syncd: %s\n", why.c_str());
    std::fputs(kUsage, stderr);
    return 2;
}

// A fault test's stop: TESSERA_SYNCD_FAILPOINT=exit-before-commit,
// exit-after-commit or pause-before-commit=MS (nothing else is read).
std::function<void(const char*)> failpointFromEnvironment()
{
    const char* spec = std::getenv("TESSERA_SYNCD_FAILPOINT");
    if (!spec || !*spec)
        return {};
    const std::string s(spec);
    return [s](const char* point) {
        const std::string p(point);
        if (s == "exit-" + p) {
            std::fprintf(stderr, "tessera-syncd: failpoint %s: stopping\n", point);
            std::raise(SIGKILL);
        }
        const std::string pause = "pause-" + p + "=";
        if (s.rfind(pause, 0) == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(s.c_str() + pause.size())));
    };
}

} // namespace

int main(int argc, char** argv)
{
    if (sodium_init() < 0)
        return 1;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h")
        return usage("");
    const std::string command = args[0];
    std::map<std::string, std::string> opt;
    std::vector<std::string> positional;
    for (size_t i = 1; i < args.size(); ++i) {
        if (args[i].rfind("--", 0) == 0) {
            if (i + 1 >= args.size())
                return usage(args[i] + " needs a value");
            opt[args[i]] = args[i + 1];
            ++i;
        } else {
            positional.push_back(args[i]);
        }
    }
    const std::string db = opt.count("--db") ? opt["--db"] : std::string();
    try {
        if (command == "serve") {
            if (!opt.count("--token-key"))
                return usage("serve needs --token-key FILE (32 bytes; made when missing)");
            const std::string listen = opt.count("--listen") ? opt["--listen"] : "127.0.0.1:8470";
            const auto colon = listen.rfind(':');
            if (colon == std::string::npos)
                return usage("--listen: ADDRESS:PORT");
            // Signals go to one thread, which stops the listener.
            sigset_t set;
            sigemptyset(&set);
            sigaddset(&set, SIGTERM);
            sigaddset(&set, SIGINT);
            pthread_sigmask(SIG_BLOCK, &set, nullptr);
            std::signal(SIGPIPE, SIG_IGN);
            StorePool pool(db, failpointFromEnvironment());
            Api api(pool, readTokenKey(opt["--token-key"], true));
            HttpServer server(api);
            const int port = server.listen(listen.substr(0, colon), std::atoi(listen.c_str() + colon + 1));
            std::printf("tessera-syncd listening on %s:%d\n", listen.substr(0, colon).c_str(), port);
            std::fflush(stdout);
            std::thread([&server, set] {
                int sig = 0;
                sigwait(&set, &sig);
                server.stop();
            }).detach();
            server.run();
            return 0;
        }
        pqxx::connection owner(db);
        if (command == "install") {
            if (!opt.count("--app-role"))
                return usage("install needs --app-role ROLE");
            SyncStore::install(owner, opt["--app-role"]);
            std::printf("installed\n");
            return 0;
        }
        if (command == "add-clinic") {
            if (positional.size() != 1)
                return usage("add-clinic NAME");
            std::printf("%s\n", SyncStore::addClinic(owner, positional[0]).c_str());
            return 0;
        }
        if (command == "pairing-code") {
            if (!opt.count("--clinic") || (opt.count("--clinician") == opt.count("--client")))
                return usage("pairing-code --clinic ID and one of --clinician NAME, --client LABEL");
            SyncStore store(db);
            const bool clinician = opt.count("--clinician") != 0;
            std::printf("%s\n", store.issueCode(opt["--clinic"], clinician ? "clinician" : "client",
                                                clinician ? opt["--clinician"] : opt["--client"])
                                    .c_str());
            return 0;
        }
        if (command == "revoke-device") {
            if (!opt.count("--clinic") || positional.size() != 1)
                return usage("revoke-device --clinic ID DEVICE");
            SyncStore store(db);
            store.revokeDevice(opt["--clinic"], positional[0]);
            std::printf("revoked\n");
            return 0;
        }
        return usage("unknown command: " + command);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tessera-syncd: %s\n", e.what());
        return 1;
    }
}
