#include "syncclient.h"
#include "trust/sodiumready.h"

#include "interchange/fhirexport.h"
#include "plugins/pluginmanager.h"

#include <sodium.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

const QString kNoCrypto = QStringLiteral(
    "libsodium, the cryptography library, could not start on this computer, so it cannot make or use a device key");

QString base64(const unsigned char* data, size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).toBase64());
}

// What went wrong with a reply, in the client's words (never a body).
QString problemOf(QNetworkReply* reply, const QJsonObject& body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString said = body.value(QStringLiteral("error")).toString();
    if (status == 0)
        return QStringLiteral("the clinic's service cannot be reached (%1)").arg(reply->errorString());
    if (!said.isEmpty())
        return QStringLiteral("the clinic's service answered %1: %2").arg(status).arg(said);
    return QStringLiteral("the clinic's service answered %1").arg(status);
}

QJsonObject bodyOf(QNetworkReply* reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

QJsonObject deviceTokenRequest(const QString& clinicId, const QString& deviceId, const QByteArray& secretKey)
{
    if (!trust::sodiumReady())
        return {}; // the callers ask first; unsigned, the clinic refuses it
    const qint64 issuedAt = QDateTime::currentSecsSinceEpoch();
    unsigned char nonceBytes[18];
    randombytes_buf(nonceBytes, sizeof nonceBytes);
    const QString nonce = base64(nonceBytes, sizeof nonceBytes);
    const QByteArray message = QStringLiteral("tessera-token-v1\n%1\n%2\n%3\n%4").arg(clinicId, deviceId).arg(issuedAt).arg(nonce).toUtf8();
    unsigned char sig[crypto_sign_BYTES] = {};
    if (secretKey.size() == crypto_sign_SECRETKEYBYTES)
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                             reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return {{QStringLiteral("clinicId"), clinicId},
            {QStringLiteral("deviceId"), deviceId},
            {QStringLiteral("issuedAt"), double(issuedAt)},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("signature"), base64(sig, sizeof sig)}};
}

QUrl serverAddress(const QString& typed)
{
    QString address = typed.trimmed();
    if (!address.contains(QLatin1String("://")))
        address.prepend(QStringLiteral("https://"));
    return QUrl(address);
}

bool addressAllowed(const QUrl& server)
{
    if (!server.isValid() || server.host().isEmpty())
        return false;
    if (server.scheme() == QLatin1String("https"))
        return true;
    // Plain HTTP only to this computer itself (a service for testing, or behind a local tunnel).
    const QString host = server.host();
    return server.scheme() == QLatin1String("http")
        && (host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127.")));
}

std::pair<QString, std::optional<double>> syncCode(const QJsonArray& bundleEntries, const QString& kind)
{
    for (const QJsonValue& v : bundleEntries) {
        const QJsonObject r = v.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() != QLatin1String("Observation"))
            continue;
        const QJsonObject coding = r.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray().first().toObject();
        if (coding.value(QStringLiteral("code")).toString().isEmpty())
            continue;
        std::optional<double> value;
        if (r.value(QStringLiteral("valueInteger")).isDouble())
            value = r.value(QStringLiteral("valueInteger")).toDouble();
        else if (r.value(QStringLiteral("valueDecimal")).isDouble())
            value = r.value(QStringLiteral("valueDecimal")).toDouble();
        else if (r.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).isDouble())
            value = r.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).toDouble();
        return {coding.value(QStringLiteral("system")).toString() + QLatin1Char('|') + coding.value(QStringLiteral("code")).toString(),
                value};
    }
    return {QLatin1String(kTesseraKindTagSystem) + QLatin1Char('|') + kind, std::nullopt};
}

SyncClient::SyncClient(JournalStore& store, const PluginManager& plugins, QObject* parent)
    : QObject(parent), m_store(store), m_plugins(plugins), m_net(new QNetworkAccessManager(this))
{
    trust::sodiumReady(); // libsodium started before its first use (the fingerprints of shared entries)
}

SyncClient::~SyncClient() = default;

void SyncClient::setBatchSize(int size) { m_batchSize = m_effectiveBatch = std::clamp(size, 1, 500); }
void SyncClient::setTimeoutSeconds(int seconds) { m_timeoutSeconds = std::max(1, seconds); }

QNetworkReply* SyncClient::post(const QString& path, const QJsonObject& body, const QString& token)
{
    QUrl url = m_server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + path.mid(1) : url.path() + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return m_net->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject SyncClient::shareOp(const sdk::Entry& entry, qint64 opAtMs) const
{
    const auto info = m_plugins.kindInfo(entry.kind);
    QJsonArray entries;
    for (const auto& [url, resource] : entryFhirResources(entry, m_plugins, info && !info->title.isEmpty() ? info->title : entry.kind))
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), url}, {QStringLiteral("resource"), resource}});
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("collection")},
                             {QStringLiteral("entry"), entries}};
    const QJsonObject content = entry.toJson();
    // The hash of what is sent, keys sorted (QJsonObject's order): a resend is recognised as one.
    const QByteArray canonical = QJsonDocument(QJsonObject{{QStringLiteral("content"), content}, {QStringLiteral("resource"), bundle}})
                                     .toJson(QJsonDocument::Compact);
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(canonical.constData()), size_t(canonical.size()),
                       nullptr, 0);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    const auto [code, value] = syncCode(entries, entry.kind);
    QJsonObject op{{QStringLiteral("op"), QStringLiteral("share")},
                   {QStringLiteral("entry"), entry.id},
                   {QStringLiteral("revision"), entry.revision},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("effectiveAt"), entry.occurredAt.toOffsetFromUtc(entry.utcOffsetSeconds).toString(Qt::ISODate)},
                   {QStringLiteral("resource"), bundle},
                   {QStringLiteral("content"), content},
                   {QStringLiteral("hash"), QString::fromLatin1(hex)},
                   {QStringLiteral("opAt"), double(opAtMs)}};
    if (value)
        op.insert(QStringLiteral("value"), *value);
    return op;
}

void SyncClient::pair(const QUrl& server, const QString& code, const QString& deviceLabel)
{
    if (m_busy) {
        emit pairFinished(makeError(ErrorCode::Conflict, QStringLiteral("sharing is busy: try again in a moment")));
        return;
    }
    if (!addressAllowed(server)) {
        emit pairFinished(makeError(ErrorCode::InvalidArgument, QStringLiteral("the clinic's address must start with https://"),
                                    QStringLiteral("server")));
        return;
    }
    auto current = m_store.clinicPairing();
    if (!current.ok()) {
        emit pairFinished(current.error());
        return;
    }
    if (current->has_value()) {
        emit pairFinished(makeError(ErrorCode::Conflict, QStringLiteral("this journal is already paired with %1: stop sharing with it first")
                                                              .arg((*current)->clinicName)));
        return;
    }
    if (!trust::sodiumReady()) {
        emit pairFinished(makeError(ErrorCode::Unavailable, kNoCrypto));
        return;
    }
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char*>(sk.data()));
    m_busy = true;
    m_server = server;
    QNetworkReply* reply = post(QStringLiteral("/v1/pair"), QJsonObject{{QStringLiteral("code"), code.trimmed()},
                                                                        {QStringLiteral("publicKey"), base64(pk, sizeof pk)},
                                                                        {QStringLiteral("label"), deviceLabel.left(80)}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, sk, server] {
        reply->deleteLater();
        m_busy = false;
        const QJsonObject body = bodyOf(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 403) {
            emit pairFinished(makeError(ErrorCode::PermissionDenied,
                                        QStringLiteral("this pairing code is not valid: it may have been used or have expired. "
                                                       "Ask your clinic for a new one."),
                                        QStringLiteral("code")));
            return;
        }
        if (status != 200) {
            emit pairFinished(makeError(ErrorCode::Unavailable, problemOf(reply, body)));
            return;
        }
        JournalStore::ClinicPairing p;
        p.serverUrl = server.toString();
        p.clinicId = body.value(QStringLiteral("clinicId")).toString();
        p.clinicName = body.value(QStringLiteral("clinicName")).toString();
        p.clientId = body.value(QStringLiteral("subjectId")).toString();
        p.clientLabel = body.value(QStringLiteral("subjectLabel")).toString();
        p.deviceId = body.value(QStringLiteral("deviceId")).toString();
        p.deviceKey = sk;
        if (body.value(QStringLiteral("role")).toString() != QLatin1String("client")) {
            emit pairFinished(makeError(ErrorCode::InvalidArgument,
                                        QStringLiteral("this code is for a clinician's computer (tessera --clinician), not a client's journal"),
                                        QStringLiteral("code")));
            return;
        }
        emit pairFinished(m_store.setClinicPairing(p));
    });
}

void SyncClient::withToken(const std::function<void(const QString&)>& then,
                           const std::function<void(const QString&, bool)>& failed)
{
    if (!m_token.isEmpty() && QDateTime::currentMSecsSinceEpoch() < m_tokenExpiresMs - 30'000) {
        then(m_token);
        return;
    }
    auto pairing = m_store.clinicPairing();
    if (!pairing.ok() || !pairing->has_value()) {
        failed(QStringLiteral("this journal is not paired with a clinic"), false);
        return;
    }
    const auto& p = **pairing;
    m_server = QUrl(p.serverUrl);
    if (p.deviceKey.size() != crypto_sign_SECRETKEYBYTES) {
        failed(QStringLiteral("the device key in this journal is damaged: stop sharing and pair again"), false);
        return;
    }
    if (!trust::sodiumReady()) {
        failed(kNoCrypto, false);
        return;
    }
    QNetworkReply* reply = post(QStringLiteral("/v1/token"), deviceTokenRequest(p.clinicId, p.deviceId, p.deviceKey));
    connect(reply, &QNetworkReply::finished, this, [this, reply, then, failed] {
        reply->deleteLater();
        const QJsonObject body = bodyOf(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            m_token = body.value(QStringLiteral("token")).toString();
            m_tokenExpiresMs = QDateTime::currentMSecsSinceEpoch() + body.value(QStringLiteral("expiresIn")).toInt() * 1000;
            then(m_token);
            return;
        }
        const bool unpaired = status == 401 && body.value(QStringLiteral("error")).toString().contains(QLatin1String("not paired"));
        failed(unpaired ? QStringLiteral("the clinic no longer accepts this device: ask them, or stop sharing and pair again")
                        : problemOf(reply, body),
               unpaired);
    });
}

void SyncClient::push()
{
    if (m_busy)
        return;
    m_busy = true;
    m_report = {};
    m_effectiveBatch = m_batchSize;
    sendNextBatch();
}

void SyncClient::sendNextBatch()
{
    auto pending = m_store.pendingOutbox(m_effectiveBatch);
    if (!pending.ok()) {
        finishPush(pending.error().message);
        return;
    }
    if (pending->isEmpty()) {
        finishPush(QString());
        return;
    }
    auto sent = std::make_shared<QList<SentOp>>();
    QJsonArray ops;
    for (const JournalStore::OutboxOp& o : *pending) {
        if (o.withdraw) {
            ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("withdraw")},
                                   {QStringLiteral("entry"), o.entryId},
                                   {QStringLiteral("opAt"), double(o.opAtMs)}});
            sent->push_back({o.id, 0, o.opAtMs});
            continue;
        }
        auto entry = m_store.get(o.entryId);
        if (!entry.ok()) {
            if (sdk::Status s = m_store.outboxFailed(o.id, o.opAtMs, QStringLiteral("the entry was deleted forever before it could go"));
                !s.ok()) {
                finishPush(s.error().message);
                return;
            }
            ++m_report.refused;
            continue;
        }
        ops.append(shareOp(*entry, o.opAtMs));
        sent->push_back({o.id, entry->revision, o.opAtMs});
    }
    if (ops.isEmpty()) {
        sendNextBatch();
        return;
    }
    sendOps(ops, sent, false);
}

void SyncClient::sendOps(const QJsonArray& ops, const std::shared_ptr<QList<SentOp>>& sent, bool retried)
{
    auto idsOf = [sent] {
        QList<qint64> ids;
        for (const SentOp& s : *sent)
            ids << s.id;
        return ids;
    };
    withToken(
        [this, ops, sent, idsOf, retried](const QString& token) {
            // Counted before it leaves: from now on the clinic may have it.
            if (sdk::Status s = m_store.outboxSending(idsOf()); !s.ok()) {
                finishPush(s.error().message);
                return;
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            QNetworkReply* reply = post(QStringLiteral("/v1/batch"), QJsonObject{{QStringLiteral("ops"), ops}}, token);
            connect(reply, &QNetworkReply::finished, this, [this, reply, ops, sent, idsOf, retried, timer] {
                reply->deleteLater();
                emit batchDone(int(sent->size()), double(timer->nsecsElapsed()) / 1e6);
                const QJsonObject body = bodyOf(reply);
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200) {
                    const QJsonArray results = body.value(QStringLiteral("results")).toArray();
                    if (results.size() != sent->size()) {
                        const QString problem = QStringLiteral("the clinic's answer did not match what was sent");
                        (void)m_store.outboxRetry(idsOf(), problem);
                        finishPush(problem);
                        return;
                    }
                    for (qsizetype i = 0; i < results.size(); ++i) {
                        const QJsonObject r = results.at(i).toObject();
                        const QString result = r.value(QStringLiteral("status")).toString();
                        const SentOp& s = sent->at(i);
                        // The journal notes each answer; when it cannot, sending stops (it would only send the same again).
                        const sdk::Status noted = result == QLatin1String("conflict")
                            ? m_store.outboxFailed(s.id, s.opAt,
                                                   QStringLiteral("the clinic has a different version of this entry under the same number "
                                                                  "(was the journal restored from an older backup?)"))
                            : m_store.outboxDone(s.id, s.revision, s.opAt);
                        if (!noted.ok()) {
                            finishPush(noted.error().message);
                            return;
                        }
                        if (result == QLatin1String("conflict")) {
                            ++m_report.refused;
                            continue;
                        }
                        if (r.value(QStringLiteral("op")).toString() == QLatin1String("withdraw"))
                            ++m_report.withdrawn;
                        else if (result == QLatin1String("duplicate"))
                            ++m_report.duplicates;
                        else
                            ++m_report.stored;
                    }
                    sendNextBatch();
                    return;
                }
                if (status == 401 && !retried) {
                    m_token.clear(); // expired, or the service's key changed: a new one, once
                    sendOps(ops, sent, true);
                    return;
                }
                const QString problem = problemOf(reply, body);
                if (status == 422 || status == 413) {
                    // The clinic names the op it will not take: that one fails, the rest go again.
                    static const QRegularExpression index(QStringLiteral("^ops\\[(\\d+)\\]\\."));
                    const auto m = index.match(body.value(QStringLiteral("error")).toString());
                    if (m.hasMatch() && m.captured(1).toInt() < sent->size()) {
                        const SentOp& bad = sent->at(m.captured(1).toInt());
                        if (sdk::Status s = m_store.outboxFailed(bad.id, bad.opAt, problem); !s.ok()) {
                            finishPush(s.error().message);
                            return;
                        }
                        ++m_report.refused;
                        sendNextBatch();
                        return;
                    }
                    // Too large, or one op the clinic cannot store without saying which: halve the
                    // batch until the op is alone, then that op fails and the rest go on.
                    if (sent->size() > 1) {
                        m_effectiveBatch = std::max(1, int(sent->size()) / 2);
                        sendNextBatch();
                        return;
                    }
                    if (sdk::Status s = m_store.outboxFailed(sent->first().id, sent->first().opAt, problem); !s.ok()) {
                        finishPush(s.error().message);
                        return;
                    }
                    ++m_report.refused;
                    m_effectiveBatch = m_batchSize;
                    sendNextBatch();
                    return;
                }
                (void)m_store.outboxRetry(idsOf(), problem);
                finishPush(problem);
            });
        },
        [this, idsOf](const QString& error, bool unpaired) {
            (void)m_store.outboxRetry(idsOf(), error);
            finishPush(error, unpaired);
        });
}

void SyncClient::finishPush(const QString& error, bool unpaired)
{
    m_busy = false;
    m_report.error = error;
    m_report.unpairedByClinic = unpaired;
    if (auto st = m_store.sharingState(); st.ok())
        m_report.pending = st->pending;
    emit pushFinished(m_report);
}

void SyncClient::unpair(bool evenIfWithdrawalsWait)
{
    if (m_busy) {
        emit unpairFinished(makeError(ErrorCode::Conflict, QStringLiteral("sharing is busy: try again in a moment")));
        return;
    }
    // What waits goes first: above all the withdrawals, so that clinicians
    // stop seeing what the client took back before the clinic is left.
    connect(this, &SyncClient::pushFinished, this, [this, evenIfWithdrawalsWait](const PushReport&) {
        qint64 withdrawals = 0;
        if (auto pending = m_store.pendingOutbox(500); pending.ok())
            for (const auto& op : *pending)
                withdrawals += op.withdraw ? 1 : 0;
        if (withdrawals > 0 && !evenIfWithdrawalsWait) {
            emit unpairFinished(makeError(ErrorCode::Conflict,
                                          QStringLiteral("%1 withdrawal(s) have not reached the clinic yet (it cannot be reached now). "
                                                         "Stop sharing once they have gone, so that your clinicians stop seeing those "
                                                         "entries; or stop now, and they stay with the clinic.")
                                              .arg(withdrawals)));
            return;
        }
        finishUnpair();
    }, Qt::SingleShotConnection);
    push();
}

void SyncClient::finishUnpair()
{
    m_busy = true;
    auto forget = [this](const QString& clinicProblem) {
        m_busy = false;
        m_token.clear();
        sdk::Status s = m_store.forgetClinic();
        if (s.ok() && !clinicProblem.isEmpty())
            s = makeError(ErrorCode::Unavailable,
                          QStringLiteral("Nothing more will go from this computer, but the clinic could not be told (%1). "
                                         "You may want to tell them yourself.").arg(clinicProblem));
        emit unpairFinished(s);
    };
    withToken(
        [this, forget](const QString& token) {
            QNetworkReply* reply = post(QStringLiteral("/v1/unpair"), QJsonObject{}, token);
            connect(reply, &QNetworkReply::finished, this, [reply, forget] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                forget(status == 200 ? QString() : problemOf(reply, bodyOf(reply)));
            });
        },
        [forget](const QString& error, bool unpaired) { forget(unpaired ? QString() : error); });
}

// Starts an operation and waits (an event loop) for its finished signal,
// which may also come before `start` returns.
template <typename Result, typename Signal, typename Start>
Result waitFor(SyncClient* client, Signal finished, Start start)
{
    QEventLoop loop;
    Result result{};
    bool done = false;
    QObject::connect(client, finished, &loop, [&](const Result& r) {
        result = r;
        done = true;
        loop.quit();
    }, Qt::SingleShotConnection);
    start();
    if (!done)
        loop.exec();
    return result;
}

sdk::Status SyncClient::pairAndWait(const QUrl& server, const QString& code, const QString& deviceLabel)
{
    return waitFor<sdk::Status>(this, &SyncClient::pairFinished, [&] { pair(server, code, deviceLabel); });
}

PushReport SyncClient::pushAndWait()
{
    if (m_busy) { // push() would return without a signal
        PushReport busy;
        busy.error = QStringLiteral("sharing is busy: try again in a moment");
        return busy;
    }
    return waitFor<PushReport>(this, &SyncClient::pushFinished, [&] { push(); });
}

sdk::Status SyncClient::unpairAndWait(bool evenIfWithdrawalsWait)
{
    return waitFor<sdk::Status>(this, &SyncClient::unpairFinished, [&] { unpair(evenIfWithdrawalsWait); });
}

} // namespace tessera::core
