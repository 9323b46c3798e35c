// Clinic sync from end to end (issue 31), for scripts/bench: shares per
// second from a journal's outbox to the clinic's commit, through the real
// tessera-syncd over HTTP on loopback, at batch sizes 1, 50 and 500; the
// latency of one batch request (p50, p99); and the clinician's caseload of
// 200 clients through the service. Run under `pg_virtualenv -v 15 -o
// fsync=on` (pg_virtualenv turns fsync off by default). Figures only.
#include "host/host.h"
#include "store/journalstore.h"
#include "sync/syncclient.h"
#include "freshstore.h"
#include "syncstore.h"

#include <pqxx/pqxx>
#include <sodium.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tessera;
using namespace tessera::core;
using tessera::server::SyncStore;

namespace {

const std::string kApp = "user=tessera_app password=bench-only-password";

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * double(v.size() - 1) + 0.5))];
}

QJsonObject call(QNetworkAccessManager& net, const QString& url, const QJsonObject& body, const QString& token, bool post,
                 double* ms = nullptr)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QElapsedTimer t;
    t.start();
    QNetworkReply* reply = post ? net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)) : net.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (ms)
        *ms = double(t.nsecsElapsed()) / 1e6;
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("PGHOST")) {
        std::fprintf(stderr, "run under pg_virtualenv -v 15 -o fsync=on\n");
        return 2;
    }
    pqxx::connection owner("");
    server::test::freshStore(owner, "bench-only-password");
    {
        pqxx::work tx(owner);
        std::printf("PostgreSQL fsync: %s\n", tx.exec1("SHOW fsync")[0].as<std::string>().c_str());
    }

    QTemporaryDir dir;
    QProcess service;
    service.setStandardErrorFile(qEnvironmentVariable("TESSERA_SYNCD_LOG", QProcess::nullDevice()));
    service.start(QStringLiteral(TESSERA_SYNCD), {QStringLiteral("serve"), QStringLiteral("--token-key"), dir.filePath(QStringLiteral("key")),
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                                 QString::fromStdString(kApp)});
    if (!service.waitForReadyRead(10000))
        return 1;
    const auto m = QRegularExpression(QStringLiteral(":(\\d+)\\s*$")).match(QString::fromUtf8(service.readLine()));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1));

    // A journal of check-ins, mapped to FHIR by the journal module itself.
    HostOptions o;
    o.dataDir = dir.filePath(QStringLiteral("client"));
    o.logLevel = QStringLiteral("error");
    Host host(o);
    host.prepare();
    if (!host.openJournal().ok())
        return 1;
    host.startPlugins();
    JournalStore& store = *host.store();
    const int entries = 5000;
    for (int i = 0; i < entries; ++i) {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/checkin");
        d.title = QStringLiteral("Check-in");
        d.summary = QStringLiteral("A short note the client wrote, about a line long.");
        d.mood = i % 11;
        d.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-60LL * (entries - i));
        if (!store.add(d).ok())
            return 1;
    }
    std::printf("journal: %d check-ins; service: tessera-syncd on loopback (HTTP, no TLS)\n", entries);
    std::printf("%-40s %10s %10s %12s %10s %10s\n", "outbox to commit (batch size)", "shares", "seconds", "shares/s", "p50 ms", "p99 ms");
    for (const int size : {1, 50, 500}) {
        const int count = size == 1 ? 300 : size == 50 ? 2000 : entries;
        // A clinic of its own for each size: every share is new to it.
        const std::string clinic = SyncStore::addClinic(owner, "Bench " + std::to_string(size));
        const std::string code = SyncStore(kApp).issueCode(clinic, "client", "Bench");
        SyncClient client(store, host.plugins());
        client.setBatchSize(size);
        if (!client.pairAndWait(QUrl(url), QString::fromStdString(code), QStringLiteral("bench")).ok())
            return 1;
        if (!store.addShareGrant(QStringLiteral("journal"), {}, QDateTime::currentDateTimeUtc().addSecs(-60LL * count - 30)).ok())
            return 1;
        std::vector<double> latencies;
        QObject::connect(&client, &SyncClient::batchDone, [&](int, double ms) { latencies.push_back(ms); });
        QElapsedTimer t;
        t.start();
        const PushReport r = client.pushAndWait();
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "push failed: %s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("%-40s %10d %10.2f %12.0f %10.2f %10.2f\n", ("batch of " + std::to_string(size)).c_str(), r.stored, seconds,
                    r.stored / seconds, percentile(latencies, 0.5), percentile(latencies, 0.99));
        if (!store.forgetClinic().ok())
            return 1;
    }

    // The caseload of 200 clients (47 records each), through the service.
    const std::string clinic = SyncStore::addClinic(owner, "Caseload");
    {
        SyncStore s(kApp);
        std::vector<server::ShareOp> ops;
        for (int c = 0; c < 200; ++c) {
            char id[40];
            std::snprintf(id, sizeof id, "%08d-0000-4000-8000-000000000000", c);
            pqxx::work tx(owner);
            tx.exec_params("SELECT set_config('app.clinic_id', $1, true)", clinic);
            tx.exec_params("INSERT INTO tessera.client (clinic_id, id, label) VALUES ($1, $2, $3)", clinic, std::string(id),
                           "Client " + std::to_string(c + 1));
            tx.commit();
            for (int n = 0; n < 47; ++n) {
                server::ShareOp op;
                op.clientId = id;
                char e[40];
                std::snprintf(e, sizeof e, "%08d-0000-4000-8000-%012d", c, n);
                op.entryUuid = e;
                op.code = n % 5 == 0 ? "http://loinc.org|44261-6" : "urn:tessera:fhir:code|mood-0-10";
                op.effectiveAt = QDateTime::currentDateTimeUtc().addDays(-n).toString(Qt::ISODate).toStdString();
                op.value = n % 27;
                op.resourceJson = R"({"resourceType":"Bundle","type":"collection","entry":[]})";
                op.contentHash = "h";
                op.opAt = n;
                ops.push_back(op);
            }
        }
        s.push(clinic, ops);
    }
    QNetworkAccessManager net;
    const std::string clinicianCode = SyncStore(kApp).issueCode(clinic, "clinician", "Bench");
    unsigned char pk[32];
    QByteArray sk(64, '\0');
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char*>(sk.data()));
    const QJsonObject paired = call(net, url + QStringLiteral("/v1/pair"),
                                    {{QStringLiteral("code"), QString::fromStdString(clinicianCode)},
                                     {QStringLiteral("publicKey"), QString::fromLatin1(QByteArray(reinterpret_cast<char*>(pk), 32).toBase64())}},
                                    {}, true);
    const QString token = call(net, url + QStringLiteral("/v1/token"),
                               deviceTokenRequest(paired.value(QStringLiteral("clinicId")).toString(),
                                                  paired.value(QStringLiteral("deviceId")).toString(), sk),
                               {}, true)
                              .value(QStringLiteral("token"))
                              .toString();
    std::vector<double> caseload;
    int clients = 0;
    for (int i = 0; i < 50; ++i) {
        double ms = 0;
        clients = int(call(net, url + QStringLiteral("/v1/caseload"), {}, token, false, &ms).value(QStringLiteral("clients")).toArray().size());
        caseload.push_back(ms);
    }
    std::printf("caseload through the service, %d clients, 9,400 records: p50 %.2f ms, p99 %.2f ms\n", clients,
                percentile(caseload, 0.5), percentile(caseload, 0.99));
    service.terminate();
    service.waitForFinished();
    return 0;
}
