// Clinic sync, the client's side (issue 31): pairs the journal with a clinic
// and sends what the outbox holds (JournalStore's sharing part) to the
// clinic's service, tessera-syncd. Asynchronous (QNetworkAccessManager): the
// app keeps drawing while it sends; tessera-cli waits with an event loop.
//
// An op leaves the outbox only on the clinic's final answer for it: stored or
// already there (a resend after a lost reply) -> sent; refused for good (a
// different version under the same revision, a field it will not take) ->
// failed, with the reason shown. Anything else (no network, a timeout, the
// service or its database down, 5xx, 429) keeps it pending and counts a
// try: the next push sends the same ops again, and the service stores each
// once whatever is resent.
#pragma once

#include "store/journalstore.h"

#include <tessera/sdk/result.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tessera::core {

class PluginManager;

/// What one push did.
struct PushReport {
    int stored = 0;      ///< shares the clinic stored now
    int duplicates = 0;  ///< shares it had already (resent after a lost reply)
    int withdrawn = 0;   ///< withdrawals it took
    int refused = 0;     ///< ops it refused for good (now "failed")
    qint64 pending = 0;  ///< still waiting when the push ended
    QString error;       ///< why it stopped early ("" when the outbox drained)
    bool unpairedByClinic = false; ///< the clinic no longer knows this device
};

class SyncClient : public QObject {
    Q_OBJECT
public:
    SyncClient(JournalStore& store, const PluginManager& plugins, QObject* parent = nullptr);
    ~SyncClient() override;

    /// Ops per request (1-500; the service takes at most 500).
    void setBatchSize(int size);
    /// Seconds a request may take before it counts as failed (default 30).
    void setTimeoutSeconds(int seconds);

    /// Pairs with the clinic at `server` using the single-use `code`: makes a
    /// device key, sends its public half, keeps the pairing in the journal.
    /// Emits pairFinished().
    void pair(const QUrl& server, const QString& code, const QString& deviceLabel);
    /// Sends what is pending, batch after batch, until the outbox is empty or
    /// a try fails. Emits pushFinished(). Does nothing while busy.
    void push();
    /// Stops sharing with the clinic: sends what waits first (above all the
    /// withdrawals), tells the service to forget this device (when it can be
    /// reached), then forgets the pairing, grants, picks and outbox. Refused
    /// (Conflict) while withdrawals have not reached the clinic, unless
    /// `evenIfWithdrawalsWait`. Emits unpairFinished().
    void unpair(bool evenIfWithdrawalsWait = false);
    [[nodiscard]] bool busy() const { return m_busy; }

    /// The body of one op for `entry` (exposed for tests and the benchmark).
    [[nodiscard]] QJsonObject shareOp(const sdk::Entry& entry, qint64 opAtMs) const;

    /// Runs `start` and waits (an event loop) for its finished signal: for tessera-cli and tests.
    sdk::Status pairAndWait(const QUrl& server, const QString& code, const QString& deviceLabel);
    PushReport pushAndWait();
    sdk::Status unpairAndWait(bool evenIfWithdrawalsWait = false);

signals:
    /// After each batch the clinic answered: how many ops, how long the request took (the benchmark's latency).
    void batchDone(int ops, double milliseconds);
    void pairFinished(const tessera::sdk::Status& status);
    void pushFinished(const tessera::core::PushReport& report);
    void unpairFinished(const tessera::sdk::Status& status);

private:
    void withToken(const std::function<void(const QString& token)>& then, const std::function<void(const QString& error, bool unpaired)>& failed);
    void sendNextBatch();
    struct SentOp {
        qint64 id;
        int revision;
        qint64 opAt;
    };
    void sendOps(const QJsonArray& ops, const std::shared_ptr<QList<SentOp>>& sent, bool retried);
    void finishPush(const QString& error, bool unpaired = false);
    void finishUnpair();
    QNetworkReply* post(const QString& path, const QJsonObject& body, const QString& token = {});

    JournalStore& m_store;
    const PluginManager& m_plugins;
    QNetworkAccessManager* m_net;
    int m_batchSize = 100;
    int m_effectiveBatch = 100; ///< halved while the clinic refuses a batch without naming the op
    int m_timeoutSeconds = 30;
    bool m_busy = false;
    QUrl m_server;
    QString m_token;
    qint64 m_tokenExpiresMs = 0;
    PushReport m_report;
};

/// The body of POST /v1/token: the device's signature over
/// "tessera-token-v1\n<clinic>\n<device>\n<issued at>\n<nonce>" with its
/// Ed25519 secret key (64 bytes), a fresh nonce, issued now.
QJsonObject deviceTokenRequest(const QString& clinicId, const QString& deviceId, const QByteArray& secretKey);

/// The clinic's address as typed, https:// added when no scheme was given.
QUrl serverAddress(const QString& typed);

/// Whether `server` may be paired with: https://, or http:// to this computer only.
bool addressAllowed(const QUrl& server);

/// The code the caseload queries for an entry's resources: the first
/// Observation's first coding as "system|code", else "urn:tessera:kind|KIND";
/// and that Observation's number (valueInteger, valueDecimal, valueQuantity).
std::pair<QString, std::optional<double>> syncCode(const QJsonArray& bundleEntries, const QString& kind);

} // namespace tessera::core
