#include "api.h"

#include <pqxx/pqxx>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <cstdio>

namespace tessera::server {

namespace {

/// A request the API refuses before the store sees it (400, 413, 422).
struct BadRequest {
    int status;
    std::string why;
};

HttpResponse json(int status, const QJsonObject& body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), 0};
}

HttpResponse error(int status, const std::string& why, int retryAfter = 0)
{
    HttpResponse r = json(status, QJsonObject{{QStringLiteral("error"), QString::fromStdString(why)}});
    r.retryAfterSeconds = retryAfter;
    return r;
}

QJsonObject parseObject(const std::string& body)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        throw BadRequest{400, "the body is not a JSON object"};
    return doc.object();
}

std::string text(const QJsonObject& o, const char* field, const std::string& where, bool required = true)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString() || (required && v.toString().isEmpty()))
        throw BadRequest{422, where + field + ": must be a text"};
    return v.toString().toStdString();
}

std::string uuid(const QJsonObject& o, const char* field, const std::string& where)
{
    const std::string t = text(o, field, where);
    const QUuid u = QUuid::fromString(QString::fromStdString(t));
    if (u.isNull())
        throw BadRequest{422, where + field + ": must be a UUID"};
    return u.toString(QUuid::WithoutBraces).toStdString();
}

long long nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

ShareOp parseOp(const QJsonObject& o, const std::string& where, const Caller& caller)
{
    ShareOp op;
    op.clientId = caller.subjectId;
    op.entryUuid = uuid(o, "entry", where);
    const QJsonValue at = o.value(QLatin1String("opAt"));
    if (!at.isDouble() || at.toDouble() < 0 || at.toDouble() > 1e15)
        throw BadRequest{422, where + "opAt: must be a time in milliseconds"};
    op.opAt = static_cast<long long>(at.toDouble());
    const std::string kind = text(o, "op", where);
    if (kind == "withdraw") {
        op.withdraw = true;
        return op;
    }
    if (kind != "share")
        throw BadRequest{422, where + "op: must be share or withdraw"};
    const QJsonValue rev = o.value(QLatin1String("revision"));
    if (!rev.isDouble() || rev.toDouble() < 1 || rev.toDouble() != static_cast<int>(rev.toDouble()))
        throw BadRequest{422, where + "revision: must be a whole number of at least 1"};
    op.revision = rev.toInt();
    op.code = text(o, "code", where);
    op.effectiveAt = text(o, "effectiveAt", where);
    const QDateTime when = QDateTime::fromString(QString::fromStdString(op.effectiveAt), Qt::ISODate);
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime)
        throw BadRequest{422, where + "effectiveAt: must be an ISO 8601 time with its offset"};
    const QJsonValue value = o.value(QLatin1String("value"));
    if (value.isDouble())
        op.value = value.toDouble();
    else if (!value.isUndefined() && !value.isNull())
        throw BadRequest{422, where + "value: must be a number"};
    const QJsonValue resource = o.value(QLatin1String("resource"));
    if (!resource.isObject() || resource.toObject().value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
        throw BadRequest{422, where + "resource: must be a FHIR Bundle"};
    op.resourceJson = QJsonDocument(resource.toObject()).toJson(QJsonDocument::Compact).toStdString();
    // PostgreSQL's jsonb holds no NUL character: say which op, rather than fail the batch.
    if (op.resourceJson.find("\\u0000") != std::string::npos)
        throw BadRequest{422, where + "resource: contains a NUL character"};
    const QJsonValue content = o.value(QLatin1String("content"));
    if (!content.isObject())
        throw BadRequest{422, where + "content: must be the entry as an object"};
    op.entryJson = QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact).toStdString();
    if (op.entryJson.find("\\u0000") != std::string::npos)
        throw BadRequest{422, where + "content: contains a NUL character"};
    op.contentHash = text(o, "hash", where);
    return op;
}

const char* resultName(ShareResult r)
{
    switch (r) {
    case ShareResult::Stored: return "stored";
    case ShareResult::Duplicate: return "duplicate";
    case ShareResult::Conflict: return "conflict";
    }
    return "?";
}

QJsonValue optionalNumber(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue optionalText(const std::string& s) { return s.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(s)); }

} // namespace

StorePool::StorePool(std::string conninfo, std::function<void(const char*)> failpoint)
    : m_conninfo(std::move(conninfo)), m_failpoint(std::move(failpoint))
{
}

StorePool::~StorePool() = default;

void StorePool::with(const std::function<void(SyncStore&)>& work)
{
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<SyncStore> store;
        {
            std::lock_guard lock(m_mutex);
            if (!m_idle.empty()) {
                store = std::move(m_idle.back());
                m_idle.pop_back();
            }
        }
        const bool reused = store != nullptr;
        if (!store) {
            store = std::make_unique<SyncStore>(m_conninfo);
            store->failpoint = m_failpoint;
        }
        try {
            work(*store);
        } catch (const pqxx::broken_connection&) {
            // The store goes with its connection. One kept from before that
            // broke while idle (the database restarted) broke before any work
            // was committed: once, the request runs again on a new connection.
            if (reused && attempt == 0)
                continue;
            throw;
        } catch (const pqxx::in_doubt_error&) {
            throw; // the connection broke during COMMIT: the client sends again, the keys make it safe
        } catch (...) {
            if (store->connected()) {
                std::lock_guard lock(m_mutex);
                m_idle.push_back(std::move(store));
            }
            throw;
        }
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(store));
        return;
    }
}

Api::Api(StorePool& pool, TokenKey key) : m_pool(pool), m_key(key) {}

HttpResponse Api::handle(const HttpRequest& request)
{
    try {
        std::string path = request.target;
        std::string query;
        if (const auto q = path.find('?'); q != std::string::npos) {
            query = path.substr(q + 1);
            path.resize(q);
        }
        if (request.body.size() > kMaxBody)
            return error(413, "the body is larger than the service takes");
        if (path == "/v1/health" && request.method == "GET")
            return json(200, QJsonObject{{QStringLiteral("ok"), true}});
        if (path == "/v1/pair" && request.method == "POST")
            return pair(request);
        if (path == "/v1/token" && request.method == "POST")
            return token(request);

        // Everything else needs a token.
        const std::string bearer = "Bearer ";
        if (request.authorization.rfind(bearer, 0) != 0)
            return error(401, "a token is needed (POST /v1/token)");
        const auto caller = verifyToken(request.authorization.substr(bearer.size()), m_key, nowSeconds());
        if (!caller)
            return error(401, "the token is not valid or has expired");
        if (path == "/v1/batch" && request.method == "POST")
            return batch(*caller, request);
        if (path == "/v1/caseload" && request.method == "GET")
            return caseload(*caller);
        if (path == "/v1/clients" && request.method == "POST")
            return addClient(*caller, request);
        if (path == "/v1/pull" && request.method == "GET")
            return pull(*caller, query);
        if (path == "/v1/unpair" && request.method == "POST")
            return unpair(*caller);
        const std::string prefix = "/v1/clients/";
        const std::string suffix = "/records";
        if (request.method == "GET" && path.rfind(prefix, 0) == 0 && path.size() > prefix.size() + suffix.size()
            && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0) {
            const std::string id = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
            const QUuid u = QUuid::fromString(QString::fromStdString(id));
            if (u.isNull())
                return error(404, "no such client");
            return records(*caller, u.toString(QUuid::WithoutBraces).toStdString());
        }
        return error(404, "no such route");
    } catch (const BadRequest& e) {
        return error(e.status, e.why);
    } catch (const Refused& e) {
        return error(e.status(), e.what());
    } catch (const pqxx::broken_connection&) {
        return error(503, "the clinic's database cannot be reached: try again shortly", 2);
    } catch (const pqxx::in_doubt_error&) {
        return error(503, "the clinic's database stopped while saving: send again (what was stored is recognised)", 2);
    } catch (const pqxx::sql_error& e) {
        const std::string state = e.sqlstate();
        if (state.rfind("57", 0) == 0 || state.rfind("08", 0) == 0 || state.rfind("40", 0) == 0 || state == "53300")
            return error(503, "the clinic's database is busy or restarting: try again shortly", 2);
        if (state.rfind("22", 0) == 0) // the data itself: sending it again changes nothing
            return error(422, "ops: one of them cannot be stored (" + state + "); nothing was stored");
        std::fprintf(stderr, "tessera-syncd: database error %s on %s\n", state.c_str(), request.target.c_str());
        return error(500, "the service failed; nothing was stored");
    } catch (const std::invalid_argument& e) {
        return error(400, e.what());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tessera-syncd: %s on %s\n", e.what(), request.target.c_str());
        return error(500, "the service failed; nothing was stored");
    }
}

HttpResponse Api::pair(const HttpRequest& request)
{
    const QJsonObject o = parseObject(request.body);
    const std::string code = text(o, "code", "");
    const std::string publicKey = text(o, "publicKey", "");
    const auto key = fromBase64(publicKey);
    if (!key || key->size() != 32)
        throw BadRequest{422, "publicKey: must be an Ed25519 public key in base64"};
    const std::string label = text(o, "label", "", false);
    Pairing p;
    m_pool.with([&](SyncStore& s) { p = s.redeem(code, publicKey, label.empty() ? "device" : label); });
    return json(200, QJsonObject{{QStringLiteral("clinicId"), QString::fromStdString(p.clinicId)},
                                 {QStringLiteral("clinicName"), QString::fromStdString(p.clinicName)},
                                 {QStringLiteral("role"), QString::fromStdString(p.role)},
                                 {QStringLiteral("subjectId"), QString::fromStdString(p.subjectId)},
                                 {QStringLiteral("subjectLabel"), QString::fromStdString(p.subjectLabel)},
                                 {QStringLiteral("deviceId"), QString::fromStdString(p.deviceId)}});
}

HttpResponse Api::token(const HttpRequest& request)
{
    const QJsonObject o = parseObject(request.body);
    const std::string clinic = uuid(o, "clinicId", "");
    const std::string device = uuid(o, "deviceId", "");
    const std::string nonce = text(o, "nonce", "");
    const std::string signature = text(o, "signature", "");
    const QJsonValue iat = o.value(QLatin1String("issuedAt"));
    if (!iat.isDouble() || iat.toDouble() < 0 || iat.toDouble() > 1e12)
        throw BadRequest{422, "issuedAt: must be a time in seconds"};
    const auto issuedAt = static_cast<long long>(iat.toDouble());
    const long long now = nowSeconds();
    if (issuedAt < now - kTokenSeconds || issuedAt > now + kTokenSeconds)
        return error(401, "issuedAt: the device's clock is more than five minutes from the service's");
    if (nonce.size() < 16 || nonce.size() > 64)
        throw BadRequest{422, "nonce: must be 16 to 64 characters"};
    std::optional<DeviceRow> row;
    bool fresh = false;
    m_pool.with([&](SyncStore& s) {
        row = s.device(clinic, device);
        if (row && !row->revoked && verifySignature(row->publicKey, tokenMessage(clinic, device, issuedAt, nonce), signature))
            fresh = s.spendNonce(clinic, device, nonce);
    });
    if (!row || row->revoked)
        return error(401, "this device is not paired with the clinic");
    if (!fresh)
        return error(401, "the request is not signed by the device, or was sent before");
    const Caller caller{clinic, device, row->subjectId, row->role};
    return json(200, QJsonObject{{QStringLiteral("token"), QString::fromStdString(makeToken(caller, now + kTokenSeconds, m_key))},
                                 {QStringLiteral("expiresIn"), kTokenSeconds},
                                 {QStringLiteral("role"), QString::fromStdString(row->role)}});
}

HttpResponse Api::batch(const Caller& caller, const HttpRequest& request)
{
    if (caller.role != "client")
        return error(403, "only a client's device shares entries");
    const QJsonObject o = parseObject(request.body);
    const QJsonArray list = o.value(QLatin1String("ops")).toArray();
    if (list.isEmpty())
        throw BadRequest{422, "ops: must be a list of one or more ops"};
    if (list.size() > kMaxBatch)
        throw BadRequest{413, "ops: at most 500 in one batch"};
    std::vector<ShareOp> ops;
    ops.reserve(static_cast<size_t>(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const std::string where = "ops[" + std::to_string(i) + "].";
        if (!list.at(i).isObject())
            throw BadRequest{422, where + ": must be an object"};
        ops.push_back(parseOp(list.at(i).toObject(), where, caller));
    }
    std::vector<ShareResult> results;
    m_pool.with([&](SyncStore& s) { results = s.pushFrom(caller, ops); });
    QJsonArray out;
    for (size_t i = 0; i < ops.size(); ++i)
        out.append(QJsonObject{{QStringLiteral("entry"), QString::fromStdString(ops[i].entryUuid)},
                               {QStringLiteral("op"), ops[i].withdraw ? QStringLiteral("withdraw") : QStringLiteral("share")},
                               {QStringLiteral("revision"), ops[i].revision},
                               {QStringLiteral("status"), QString::fromLatin1(resultName(results[i]))}});
    return json(200, QJsonObject{{QStringLiteral("results"), out}});
}

HttpResponse Api::caseload(const Caller& caller)
{
    std::vector<SyncStore::CaseloadRow> rows;
    m_pool.with([&](SyncStore& s) { rows = s.caseloadFor(caller, kPhq9Total); });
    QJsonArray out;
    for (const auto& r : rows)
        out.append(QJsonObject{{QStringLiteral("clientId"), QString::fromStdString(r.clientId)},
                               {QStringLiteral("label"), QString::fromStdString(r.label)},
                               {QStringLiteral("phq9"), optionalNumber(r.latest)},
                               {QStringLiteral("phq9Previous"), optionalNumber(r.previous)},
                               {QStringLiteral("phq9PreviousAt"), optionalText(r.previousAt)},
                               {QStringLiteral("paired"), r.paired},
                               {QStringLiteral("phq9At"), optionalText(r.latestAt)},
                               {QStringLiteral("lastSharedAt"), optionalText(r.lastSharedAt)},
                               {QStringLiteral("reviewCount"), r.reviewCount},
                               {QStringLiteral("reviewLatestAt"), optionalText(r.reviewLatestAt)}});
    return json(200, QJsonObject{{QStringLiteral("clients"), out}});
}

HttpResponse Api::records(const Caller& caller, const std::string& clientId)
{
    std::vector<ClientRecord> rows;
    m_pool.with([&](SyncStore& s) { rows = s.clientRecords(caller, clientId); });
    QJsonArray out;
    for (const auto& r : rows)
        out.append(QJsonObject{
            {QStringLiteral("entry"), QString::fromStdString(r.entryUuid)},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("code"), QString::fromStdString(r.code)},
            {QStringLiteral("effectiveAt"), QString::fromStdString(r.effectiveAt)},
            {QStringLiteral("filedAt"), QString::fromStdString(r.filedAt)},
            {QStringLiteral("resource"), QJsonDocument::fromJson(QByteArray::fromStdString(r.resourceJson)).object()},
            {QStringLiteral("content"), QJsonDocument::fromJson(QByteArray::fromStdString(r.entryJson)).object()}});
    return json(200, QJsonObject{{QStringLiteral("records"), out}});
}

HttpResponse Api::addClient(const Caller& caller, const HttpRequest& request)
{
    const QJsonObject o = parseObject(request.body);
    const std::string label = text(o, "label", "");
    if (label.size() > 80)
        throw BadRequest{422, "label: at most 80 characters"};
    std::string code;
    m_pool.with([&](SyncStore& s) { code = s.issueCodeFor(caller, label); });
    return json(200, QJsonObject{{QStringLiteral("code"), QString::fromStdString(code)}, {QStringLiteral("expiresIn"), 900}});
}

HttpResponse Api::pull(const Caller& caller, const std::string& query)
{
    if (caller.role != "clinician")
        return error(403, "only a clinician pulls records");
    const QUrlQuery q(QString::fromStdString(query));
    const std::string cursor = q.queryItemValue(QStringLiteral("cursor")).toStdString();
    bool ok = true;
    int limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 500;
    if (!ok || limit < 1 || limit > 1000)
        throw BadRequest{422, "limit: 1 to 1000"};
    PullPage page;
    m_pool.with([&](SyncStore& s) { page = s.pullFor(caller, cursor, limit); });
    QJsonArray out;
    for (const auto& r : page.records)
        out.append(QJsonObject{{QStringLiteral("clientId"), QString::fromStdString(r.clientId)},
                               {QStringLiteral("entry"), QString::fromStdString(r.entryUuid)},
                               {QStringLiteral("revision"), r.revision},
                               {QStringLiteral("code"), QString::fromStdString(r.code)},
                               {QStringLiteral("resource"), QJsonDocument::fromJson(QByteArray::fromStdString(r.resourceJson)).object()}});
    return json(200, QJsonObject{{QStringLiteral("records"), out}, {QStringLiteral("cursor"), QString::fromStdString(page.cursor)}});
}

HttpResponse Api::unpair(const Caller& caller)
{
    m_pool.with([&](SyncStore& s) { s.revokeDevice(caller.clinicId, caller.deviceId); });
    return json(200, QJsonObject{{QStringLiteral("unpaired"), true}});
}

} // namespace tessera::server
