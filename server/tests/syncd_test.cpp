// Clinic sync end to end (issue 31): the real tessera-syncd as a process in
// front of a real PostgreSQL 15 (pg_virtualenv starts it for the run), real
// journals, and tessera-cli pairing and pushing as a person would. Faults:
// the service killed before and after its commit, PostgreSQL stopped
// abruptly in the middle of a batch, connections cut in the middle of a
// request or of its answer, or answering nothing, every request replayed and
// reordered, eight clients pushing one batch at once. After each: every
// acknowledged share is stored exactly once, none is lost, the outbox drains.
#include "freshstore.h"
#include "syncstore.h"
#include "testsupport.h"

#include <pqxx/pqxx>
#include <sodium.h>

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace tessera;
using tessera::server::SyncStore;

namespace {

using tessera::server::test::kAppRole;
const std::string kAppPassword = "test-only-password";
std::string appConninfo() { return "user=" + kAppRole + " password=" + kAppPassword; }

// ---- a minimal HTTP client: one request per connection ----
struct Reply {
    int status = 0; ///< 0: no answer (refused, cut, timed out)
    QJsonObject body;
};

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    timeval tv{30, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body, const QString& token)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

Reply sendRaw(int port, const QByteArray& request)
{
    Reply reply;
    const int fd = connectTo(port);
    if (fd < 0)
        return reply;
    for (qsizetype sent = 0; sent < request.size();) {
        const auto n = ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0) {
            ::close(fd);
            return reply;
        }
        sent += n;
    }
    QByteArray in;
    char buf[65536];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;)
        in.append(buf, n);
    ::close(fd);
    const auto end = in.indexOf("\r\n\r\n");
    if (!in.startsWith("HTTP/1.1 ") || end < 0)
        return reply;
    reply.status = in.mid(9, 3).toInt();
    reply.body = QJsonDocument::fromJson(in.mid(end + 4)).object();
    return reply;
}

Reply http(int port, const QByteArray& method, const QByteArray& path, const QJsonObject& body = {}, const QString& token = {})
{
    return sendRaw(port, rawRequest(method, path, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), token));
}

QString b64(const unsigned char* d, size_t n) { return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(d), qsizetype(n)).toBase64()); }

// A device the test pairs itself (a clinician's, or a client's for raw batches).
struct Device {
    QString clinicId, deviceId, subjectId, role;
    QByteArray secretKey;
};

Device pairDevice(int port, const QString& code, int* status = nullptr)
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char*>(sk.data()));
    const Reply r = http(port, "POST", "/v1/pair", QJsonObject{{"code", code}, {"publicKey", b64(pk, sizeof pk)}, {"label", "test"}});
    if (status)
        *status = r.status;
    return {r.body.value("clinicId").toString(), r.body.value("deviceId").toString(), r.body.value("subjectId").toString(),
            r.body.value("role").toString(), sk};
}

QJsonObject tokenRequest(const Device& d, qint64 issuedAt)
{
    unsigned char nonceBytes[18];
    randombytes_buf(nonceBytes, sizeof nonceBytes);
    const QString nonce = b64(nonceBytes, sizeof nonceBytes);
    const QByteArray msg = QStringLiteral("tessera-token-v1\n%1\n%2\n%3\n%4").arg(d.clinicId, d.deviceId).arg(issuedAt).arg(nonce).toUtf8();
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(msg.constData()), size_t(msg.size()),
                         reinterpret_cast<const unsigned char*>(d.secretKey.constData()));
    return {{"clinicId", d.clinicId}, {"deviceId", d.deviceId}, {"issuedAt", double(issuedAt)}, {"nonce", nonce},
            {"signature", b64(sig, sizeof sig)}};
}

QString tokenFor(int port, const Device& d)
{
    return http(port, "POST", "/v1/token", tokenRequest(d, QDateTime::currentSecsSinceEpoch())).body.value("token").toString();
}

QString entryUuid(int n) { return QStringLiteral("55555555-5555-4555-8555-%1").arg(n, 12, 10, QLatin1Char('0')); }

QJsonObject shareOp(int n, qint64 opAt)
{
    return {{"op", "share"}, {"entry", entryUuid(n)}, {"revision", 1}, {"code", "urn:tessera:kind|journal/checkin"},
            {"effectiveAt", "2026-11-30T09:00:00+01:00"}, {"value", 5},
            {"resource", QJsonObject{{"resourceType", "Bundle"}, {"type", "collection"}}},
            {"content", QJsonObject{{"title", QStringLiteral("entry %1").arg(n)}}}, {"hash", QStringLiteral("h%1").arg(n)},
            {"opAt", double(opAt)}};
}

// ---- a fault proxy between tessera-cli and the service ----
class FaultProxy {
public:
    enum class Mode { Pass, CutRequest, DropResponse, Blackhole };
    /// Bytes from the client after which CutRequest and DropResponse act: the
    /// token request (a few hundred bytes) goes through, the batch does not.
    static constexpr qint64 kAfter = 2000;

    explicit FaultProxy(int upstream) : m_upstream(upstream)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::listen(m_fd, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_accept = std::thread([this] { acceptLoop(); });
    }
    ~FaultProxy()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_accept.join();
        for (auto& t : m_connections)
            t.join();
    }
    int port() const { return m_port; }
    void setMode(Mode m) { m_mode = m; }
    void setUpstream(int port) { m_upstream = port; }
    int cut() const { return m_cut; }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            m_connections.emplace_back([this, client] { pump(client); });
        }
    }
    void pump(int client)
    {
        const Mode mode = m_mode;
        const int server = mode == Mode::Blackhole ? -1 : connectTo(m_upstream);
        qint64 fromClient = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        char buf[16384];
        while (!m_stop && std::chrono::steady_clock::now() < deadline) {
            pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
            if (::poll(p, server < 0 ? 1 : 2, 100) <= 0)
                continue;
            if (p[0].revents) {
                const auto n = ::recv(client, buf, sizeof buf, 0);
                if (n <= 0)
                    break;
                if (server < 0)
                    continue; // a black hole: read, never answer
                qint64 forward = n;
                if (mode == Mode::CutRequest && fromClient + n > kAfter)
                    forward = std::max<qint64>(0, kAfter - fromClient);
                ::send(server, buf, size_t(forward), MSG_NOSIGNAL);
                fromClient += n;
                if (forward < n) {
                    ++m_cut; // the request stops half-way: both sides closed
                    break;
                }
            }
            if (server >= 0 && p[1].revents) {
                const auto n = ::recv(server, buf, sizeof buf, 0);
                if (n <= 0)
                    break;
                if (mode == Mode::DropResponse && fromClient > kAfter) {
                    ++m_cut; // the service answered (it committed); the client never hears
                    break;
                }
                ::send(client, buf, size_t(n), MSG_NOSIGNAL);
            }
        }
        if (server >= 0)
            ::close(server);
        ::close(client);
    }

    std::atomic<int> m_upstream;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<Mode> m_mode{Mode::Pass};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_cut{0};
    std::thread m_accept;
    std::vector<std::thread> m_connections;
};

class SyncdTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("PGHOST"))
            GTEST_SKIP() << "run under pg_virtualenv (ctest does)";
        ASSERT_GE(sodium_init(), 0);
        owner = std::make_unique<pqxx::connection>("");
        server::test::freshStore(*owner, kAppPassword);
        clinicA = SyncStore::addClinic(*owner, "Riverside Clinic");
        clinicB = SyncStore::addClinic(*owner, "Hillview Practice");
        startService();
    }
    void TearDown() override
    {
        if (service.state() != QProcess::NotRunning) {
            service.terminate();
            if (!service.waitForFinished(5000))
                service.kill();
            service.waitForFinished();
        }
    }

    void startService(const QByteArray& failpoint = {})
    {
        if (service.state() != QProcess::NotRunning) {
            service.kill();
            service.waitForFinished();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TESSERA_SYNCD_FAILPOINT"));
        if (!failpoint.isEmpty())
            env.insert(QStringLiteral("TESSERA_SYNCD_FAILPOINT"), QString::fromLatin1(failpoint));
        service.setProcessEnvironment(env);
        service.setStandardErrorFile(dir.filePath(QStringLiteral("syncd.log")), QIODevice::Append);
        service.start(QStringLiteral(TESSERA_SYNCD),
                      {QStringLiteral("serve"), QStringLiteral("--token-key"), dir.filePath(QStringLiteral("token.key")),
                       // A restart keeps the port, as a service behind its front would.
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"),
                       QString::fromStdString(appConninfo())});
        ASSERT_TRUE(service.waitForReadyRead(10000)) << "tessera-syncd did not start";
        const QString line = QString::fromUtf8(service.readLine());
        const auto m = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(line);
        ASSERT_TRUE(m.hasMatch()) << line.toStdString();
        port = m.captured(1).toInt();
    }

    std::string code(const std::string& clinic, const std::string& role, const std::string& label)
    {
        SyncStore s(appConninfo());
        return s.issueCode(clinic, role, label);
    }

    QString journalDir() const { return dir.filePath(QStringLiteral("client")); }

    // `count` check-ins in the client's journal; returns their ids.
    QStringList seed(int count, int privateOnes = 0)
    {
        QDir().mkpath(journalDir());
        auto store = test::openJournal(journalDir() + QStringLiteral("/journal.sqlite"));
        EXPECT_TRUE(store.ok());
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            sdk::EntryDraft d;
            d.kind = QStringLiteral("journal/checkin");
            d.title = QStringLiteral("Check-in %1").arg(i + 1);
            d.mood = i % 11;
            d.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * (count - i));
            auto e = (*store)->add(d);
            EXPECT_TRUE(e.ok());
            ids << e->id;
            if (i < privateOnes) {
                EXPECT_TRUE((*store)->setPrivate(e->id, true).ok());
            }
        }
        return ids;
    }

    test::ProcessResult cli(QStringList args, int timeoutMs = 60000)
    {
        args.prepend(journalDir());
        args.prepend(QStringLiteral("--data-dir"));
        return test::runCli(args, timeoutMs);
    }

    // Pairs the client's journal through `viaPort` and shares every check-in.
    void pairAndShare(int viaPort)
    {
        const std::string c = code(clinicA, "client", "J. M.");
        auto r = cli({"sync", "pair", "--server", QStringLiteral("http://127.0.0.1:%1").arg(viaPort), "--code", QString::fromStdString(c)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = cli({"sync", "share", "--module", "journal", "--kind", "checkin", "--from", "2000-01-01"});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    qint64 pending()
    {
        const auto r = cli({"sync", "status", "--json"});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value("pending").toInteger(-1);
    }

    // Rows for the clinic, and distinct (entry, revision) keys among them.
    std::pair<int, int> stored(const std::string& clinic)
    {
        pqxx::work tx(*owner);
        tx.exec_params("SELECT set_config('app.clinic_id', $1, true)", clinic);
        const auto r = tx.exec1("SELECT count(*), count(DISTINCT (entry_uuid, revision)) FROM tessera.record");
        return {r[0].as<int>(), r[1].as<int>()};
    }

    QTemporaryDir dir;
    std::unique_ptr<pqxx::connection> owner;
    std::string clinicA, clinicB;
    QProcess service;
    int port = 0;
};

} // namespace

// Share, withdraw, pull, tenancy and auth through the real service.
TEST_F(SyncdTest, ChosenEntriesReachTheClinicAndOnlyItsClinicians)
{
    const QStringList ids = seed(6, 1); // the first is private
    pairAndShare(port);
    auto r = cli({"sync", "push"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("5 stored")) << r.out.toStdString(); // the private one stayed
    EXPECT_EQ(stored(clinicA).first, 5);
    // Picked, a private entry goes.
    ASSERT_EQ(cli({"sync", "pick", ids.first()}).exitCode, 0);
    ASSERT_EQ(cli({"sync", "push"}).exitCode, 0);
    EXPECT_EQ(stored(clinicA).first, 6);

    // A clinician of the clinic sees the client and every shared entry.
    Device clinician = pairDevice(port, QString::fromStdString(code(clinicA, "clinician", "Dr. Rivera")));
    ASSERT_EQ(clinician.role, "clinician");
    QString token = tokenFor(port, clinician);
    ASSERT_FALSE(token.isEmpty());
    Reply caseload = http(port, "GET", "/v1/caseload", {}, token);
    ASSERT_EQ(caseload.status, 200);
    const QJsonArray clients = caseload.body.value("clients").toArray();
    ASSERT_EQ(clients.size(), 1);
    EXPECT_EQ(clients[0].toObject().value("label").toString(), "J. M.");
    EXPECT_FALSE(clients[0].toObject().value("lastSharedAt").toString().isEmpty());
    const QByteArray recordsPath = "/v1/clients/" + clients[0].toObject().value("clientId").toString().toLatin1() + "/records";
    Reply records = http(port, "GET", recordsPath, {}, token);
    ASSERT_EQ(records.status, 200);
    EXPECT_EQ(records.body.value("records").toArray().size(), 6);
    EXPECT_EQ(records.body.value("records").toArray()[0].toObject().value("content").toObject().value("title").toString(), "Check-in 1");

    // The pull: every record in commit-safe order, page by page behind a cursor; the
    // same cursor again gives nothing new; a client's token may not pull.
    Reply page1 = http(port, "GET", "/v1/pull?limit=4", {}, token);
    ASSERT_EQ(page1.status, 200);
    EXPECT_EQ(page1.body.value("records").toArray().size(), 4);
    const QByteArray cursor = page1.body.value("cursor").toString().toLatin1();
    Reply page2 = http(port, "GET", "/v1/pull?limit=100&cursor=" + cursor, {}, token);
    EXPECT_EQ(page2.body.value("records").toArray().size(), 2);
    Reply page3 = http(port, "GET", "/v1/pull?cursor=" + page2.body.value("cursor").toString().toLatin1(), {}, token);
    EXPECT_EQ(page3.body.value("records").toArray().size(), 0);
    EXPECT_EQ(http(port, "GET", "/v1/pull?cursor=not-ours", {}, token).status, 400);

    // Unpicked: withdrawn, and hidden from the clinician (the clinic keeps the row, marked).
    ASSERT_EQ(cli({"sync", "unpick", ids.first()}).exitCode, 0);
    r = cli({"sync", "push"});
    EXPECT_TRUE(r.out.contains("1 withdrawn")) << r.out.toStdString();
    EXPECT_EQ(http(port, "GET", recordsPath, {}, token).body.value("records").toArray().size(), 5);
    EXPECT_EQ(stored(clinicA).first, 6);
    // Stopping the grant with --withdraw takes the rest back; a new check-in stays home.
    ASSERT_EQ(cli({"sync", "stop", "1", "--withdraw"}).exitCode, 0);
    seed(1);
    r = cli({"sync", "push"});
    EXPECT_TRUE(r.out.contains("5 withdrawn")) << r.out.toStdString();
    EXPECT_EQ(http(port, "GET", recordsPath, {}, token).body.value("records").toArray().size(), 0);
    EXPECT_EQ(stored(clinicA).first, 6);

    // Another clinic's clinician sees no one, and not this client even by id.
    Device other = pairDevice(port, QString::fromStdString(code(clinicB, "clinician", "Dr. Okafor")));
    const QString otherToken = tokenFor(port, other);
    EXPECT_EQ(http(port, "GET", "/v1/caseload", {}, otherToken).body.value("clients").toArray().size(), 0);
    EXPECT_EQ(http(port, "GET", recordsPath, {}, otherToken).status, 404);
    EXPECT_EQ(http(port, "GET", "/v1/pull", {}, otherToken).body.value("records").toArray().size(), 0);

    // Auth refusals.
    EXPECT_EQ(http(port, "GET", "/v1/caseload").status, 401);                          // no token
    QString tampered = token;
    tampered[5] = tampered[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_EQ(http(port, "GET", "/v1/caseload", {}, tampered).status, 401);             // changed
    const QJsonObject request = tokenRequest(clinician, QDateTime::currentSecsSinceEpoch());
    EXPECT_EQ(http(port, "POST", "/v1/token", request).status, 200);
    EXPECT_EQ(http(port, "POST", "/v1/token", request).status, 401);                    // replayed
    EXPECT_EQ(http(port, "POST", "/v1/token", tokenRequest(clinician, QDateTime::currentSecsSinceEpoch() - 600)).status, 401); // old
    Device stranger = clinician;
    stranger.clinicId = QString::fromStdString(clinicB); // right key, wrong clinic
    EXPECT_EQ(http(port, "POST", "/v1/token", tokenRequest(stranger, QDateTime::currentSecsSinceEpoch())).status, 401);
    EXPECT_EQ(http(port, "POST", "/v1/batch", QJsonObject{{"ops", QJsonArray{shareOp(1, 1)}}}, token).status, 403); // a clinician shares nothing
    int status = 0;
    const std::string once = code(clinicA, "client", "K. L.");
    pairDevice(port, QString::fromStdString(once), &status);
    EXPECT_EQ(status, 200);
    pairDevice(port, QString::fromStdString(once), &status);
    EXPECT_EQ(status, 403); // a code works once

    // The clinic revokes the client's device: its next push is refused, nothing is lost.
    {
        pqxx::work tx(*owner);
        tx.exec_params("SELECT set_config('app.clinic_id', $1, true)", clinicA);
        const std::string device = tx.exec1("SELECT id::text FROM tessera.device WHERE role = 'client' AND label = 'tessera-cli'")[0].as<std::string>();
        tx.commit();
        SyncStore(appConninfo()).revokeDevice(clinicA, device);
    }
    ASSERT_EQ(cli({"sync", "pick", ids.last()}).exitCode, 0);
    r = cli({"sync", "push"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no longer accepts this device")) << r.err.toStdString();
    EXPECT_EQ(pending(), 1);
    // Every read above is in the clinic's audit.
    pqxx::work tx(*owner);
    tx.exec_params("SELECT set_config('app.clinic_id', $1, true)", clinicA);
    EXPECT_GE(tx.exec1("SELECT count(*) FROM tessera.audit_event WHERE action = 'read records'")[0].as<int>(), 3);
}

// The service killed after its commit, before its answer: the client hears
// nothing, sends again, and each share is stored once.
TEST_F(SyncdTest, KilledAfterCommitTheResendIsStoredOnce)
{
    seed(50);
    pairAndShare(port);
    startService("exit-after-commit");
    const int before = port;
    auto r = cli({"sync", "push", "--batch", "50"});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    ASSERT_TRUE(service.waitForFinished(5000));
    EXPECT_EQ(service.exitStatus(), QProcess::CrashExit);
    EXPECT_EQ(stored(clinicA).first, 50); // committed
    EXPECT_EQ(pending(), 50);             // but not acknowledged
    startService(); // a new process: the service keeps nothing between requests
    ASSERT_EQ(port, before);
    r = cli({"sync", "push"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("0 stored, 50 already there")) << r.out.toStdString();
    EXPECT_EQ(stored(clinicA), std::make_pair(50, 50));
    EXPECT_EQ(pending(), 0);
}

// Killed before its commit: nothing stored; the resend stores everything once.
TEST_F(SyncdTest, KilledBeforeCommitNothingIsStoredUntilTheResend)
{
    seed(50);
    pairAndShare(port);
    startService("exit-before-commit");
    EXPECT_EQ(cli({"sync", "push"}).exitCode, 2);
    EXPECT_EQ(stored(clinicA).first, 0);
    EXPECT_EQ(pending(), 50);
    startService();
    const auto r = cli({"sync", "push"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("50 stored")) << r.out.toStdString();
    EXPECT_EQ(stored(clinicA), std::make_pair(50, 50));
    EXPECT_EQ(pending(), 0);
}

// PostgreSQL stopped abruptly (immediate shutdown) while a batch is open:
// the client is told to try again, the same service reconnects once the
// database is back, and everything arrives once.
TEST_F(SyncdTest, PostgresStoppedMidBatchTheSameServiceRecovers)
{
    const QString cluster = qEnvironmentVariable("PGCLUSTER", QStringLiteral("regress"));
    seed(50);
    pairAndShare(port);
    startService("pause-before-commit=3000");
    QProcess push;
    push.start(test::cliProgram(), {"--data-dir", journalDir(), "sync", "push"});
    ASSERT_TRUE(push.waitForStarted());
    QThread::msleep(1500); // the batch is written, not committed
    auto stop = test::runProcess(QStringLiteral("pg_ctlcluster"), {"15", cluster, "stop", "-m", "immediate"});
    ASSERT_EQ(stop.exitCode, 0) << stop.err.toStdString();
    ASSERT_TRUE(push.waitForFinished(30000));
    EXPECT_EQ(push.exitCode(), 2);
    const QString said = QString::fromUtf8(push.readAllStandardError());
    EXPECT_TRUE(said.contains(QLatin1String("503")) || said.contains(QLatin1String("cannot be reached"))) << said.toStdString();
    EXPECT_EQ(pending(), 50);
    auto start = test::runProcess(QStringLiteral("pg_ctlcluster"), {"15", cluster, "start"});
    ASSERT_EQ(start.exitCode, 0) << start.err.toStdString();
    owner = std::make_unique<pqxx::connection>("");
    EXPECT_EQ(stored(clinicA).first, 0); // the open transaction died with the server
    ASSERT_EQ(service.state(), QProcess::Running); // the service itself lived on
    const auto r = cli({"sync", "push"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(stored(clinicA), std::make_pair(50, 50));
    EXPECT_EQ(pending(), 0);
}

// Connections cut half-way through the request, or after the service
// answered but before the client heard, or answering nothing at all.
TEST_F(SyncdTest, CutConnectionsLoseNothingAndStoreNothingTwice)
{
    seed(60);
    FaultProxy proxy(port);
    pairAndShare(proxy.port());
    proxy.setMode(FaultProxy::Mode::CutRequest);
    auto r = cli({"sync", "push", "--batch", "30"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_GE(proxy.cut(), 1);
    EXPECT_EQ(stored(clinicA).first, 0); // half a request is no request
    proxy.setMode(FaultProxy::Mode::DropResponse);
    r = cli({"sync", "push", "--batch", "30"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(stored(clinicA).first, 30); // the first batch committed; its answer was lost
    EXPECT_EQ(pending(), 60);
    proxy.setMode(FaultProxy::Mode::Blackhole);
    r = cli({"sync", "push", "--batch", "30", "--timeout", "2"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("cannot be reached")) << r.err.toStdString();
    proxy.setMode(FaultProxy::Mode::Pass);
    r = cli({"sync", "push", "--batch", "30"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("30 stored, 30 already there")) << r.out.toStdString();
    EXPECT_EQ(stored(clinicA), std::make_pair(60, 60));
    EXPECT_EQ(pending(), 0);
    // The service kept serving through all of it.
    EXPECT_EQ(http(port, "GET", "/v1/health").status, 200);
}

// Every request replayed twice and out of order, a withdrawal among them;
// then eight clients push one batch at the same moment.
TEST_F(SyncdTest, ReplayedReorderedAndConcurrentBatchesStoreEachShareOnce)
{
    Device client = pairDevice(port, QString::fromStdString(code(clinicA, "client", "R. T.")));
    const QString token = tokenFor(port, client);
    EXPECT_EQ(http(port, "GET", "/v1/pull", {}, token).status, 403);      // a client pulls nothing
    EXPECT_EQ(http(port, "GET", "/v1/caseload", {}, token).status, 403);  // nor reads the caseload
    auto batch = [&](int from, int to, qint64 opAt) {
        QJsonArray ops;
        for (int n = from; n <= to; ++n)
            ops.append(shareOp(n, opAt));
        return rawRequest("POST", "/v1/batch", QJsonDocument(QJsonObject{{"ops", ops}}).toJson(QJsonDocument::Compact), token);
    };
    const QByteArray b1 = batch(1, 20, 1000);
    const QByteArray b2 = batch(21, 40, 1000);
    const QJsonObject withdraw{{"op", "withdraw"}, {"entry", entryUuid(1)}, {"opAt", 2000.0}};
    const QByteArray b3 = rawRequest("POST", "/v1/batch",
                                     QJsonDocument(QJsonObject{{"ops", QJsonArray{withdraw}}}).toJson(QJsonDocument::Compact), token);
    for (const QByteArray& req : {b1, b2, b3, b3, b2, b1, b1, b3, b2})
        ASSERT_EQ(sendRaw(port, req).status, 200);
    EXPECT_EQ(stored(clinicA), std::make_pair(40, 40));
    Device clinician = pairDevice(port, QString::fromStdString(code(clinicA, "clinician", "Dr. Rivera")));
    const QString ct = tokenFor(port, clinician);
    const QByteArray path = "/v1/clients/" + client.subjectId.toLatin1() + "/records";
    EXPECT_EQ(http(port, "GET", path, {}, ct).body.value("records").toArray().size(), 39); // the withdrawal held

    // Eight clients, one batch of 50, at once.
    const QByteArray b4 = batch(101, 150, 3000);
    std::atomic<int> storedNow{0}, duplicates{0}, failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&] {
            const Reply reply = sendRaw(port, b4);
            if (reply.status != 200) {
                ++failures;
                return;
            }
            for (const QJsonValue& v : reply.body.value("results").toArray()) {
                const QString s = v.toObject().value("status").toString();
                (s == "stored" ? storedNow : duplicates)++;
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(storedNow, 50);
    EXPECT_EQ(duplicates, 350);
    EXPECT_EQ(stored(clinicA), std::make_pair(90, 90));
    // A malformed op is refused whole, naming it; nothing of the batch is stored.
    QJsonObject bad = shareOp(200, 4000);
    bad.insert("revision", 0);
    const Reply refused = http(port, "POST", "/v1/batch", QJsonObject{{"ops", QJsonArray{shareOp(199, 4000), bad}}}, token);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.body.value("error").toString(), "ops[1].revision: must be a whole number of at least 1");
    EXPECT_EQ(stored(clinicA).first, 90);
}

// tessera-cli killed at any moment of a push (reading the outbox, waiting
// for the token, the batch on its way, noting the answers): the journal stays
// sound, the next push sends what is left, and nothing is stored twice.
TEST_F(SyncdTest, AClientKilledMidPushLosesNothing)
{
    seed(40);
    pairAndShare(port);
    const int rounds = test::repeats(12);
    for (int i = 0; i < rounds; ++i) {
        seed(10);
        QProcess push;
        push.start(test::cliProgram(), {"--data-dir", journalDir(), "sync", "push", "--batch", "7"});
        ASSERT_TRUE(push.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(30 + (i * 37) % 250));
        push.kill();
        push.waitForFinished();
    }
    const auto r = cli({"sync", "push"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int total = 40 + 10 * rounds;
    EXPECT_EQ(stored(clinicA), std::make_pair(total, total));
    EXPECT_EQ(pending(), 0);
    const auto check = cli({"db", "check"});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}
