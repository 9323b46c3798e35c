#include "clinicianview.h"

#include "host/languages.h"
#include "plugins/pluginmanager.h"
#include "syncclient.h"
#include "trust/sodiumready.h"

#include <tessera/sdk/report.h>

#include <sodium.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSysInfo>

#include <algorithm>

namespace tessera::core {

namespace {

QString str(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ClinicianView", text, disambiguation, n);
}

QString noCrypto()
{
    return str(QT_TRANSLATE_NOOP("ClinicianView", "This computer cannot sign in to the clinic: its cryptography library (libsodium) could not start."));
}

/// A day as "6 Dec 2026" in the clinician's language (the locale's short form,
/// 6/12/26 in Spanish, left the day and the month to guess).
QString dayText(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString shortDate(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? dayText(t.toLocalTime().date()) : QString();
}

QString blockType(sdk::ReportBlock::Type t)
{
    switch (t) {
    case sdk::ReportBlock::Type::Heading: return QStringLiteral("heading");
    case sdk::ReportBlock::Type::Paragraph: return QStringLiteral("paragraph");
    case sdk::ReportBlock::Type::Table: return QStringLiteral("table");
    case sdk::ReportBlock::Type::Chart: return QStringLiteral("chart");
    }
    return QStringLiteral("paragraph");
}

} // namespace

ClinicianView::ClinicianView(const PluginManager& plugins, QString deviceFile, QObject* parent)
    : QObject(parent), m_plugins(plugins), m_deviceFile(std::move(deviceFile)), m_net(new QNetworkAccessManager(this))
{
    trust::sodiumReady(); // libsodium started before its first use
    if (loadDevice())
        refresh();
    else
        m_loaded = true;
}

ClinicianView::~ClinicianView() = default;

QString ClinicianView::phq9Band(int total)
{
    if (total < 5)
        return str(QT_TRANSLATE_NOOP("ClinicianView", "minimal"));
    if (total < 10)
        return str(QT_TRANSLATE_NOOP("ClinicianView", "mild"));
    if (total < 15)
        return str(QT_TRANSLATE_NOOP("ClinicianView", "moderate"));
    if (total < 20)
        return str(QT_TRANSLATE_NOOP("ClinicianView", "moderately severe"));
    return str(QT_TRANSLATE_NOOP("ClinicianView", "severe"));
}

bool ClinicianView::loadDevice()
{
    QFile f(m_deviceFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QByteArray key = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    if (key.size() != crypto_sign_SECRETKEYBYTES || o.value(QStringLiteral("deviceId")).toString().isEmpty()) {
        say(str(QT_TRANSLATE_NOOP("ClinicianView", "The clinician's key in %1 is damaged: pair this computer again.")).arg(QDir::toNativeSeparators(m_deviceFile)), true);
        return false;
    }
    m_server = QUrl(o.value(QStringLiteral("server")).toString());
    m_clinicId = o.value(QStringLiteral("clinicId")).toString();
    m_clinicName = o.value(QStringLiteral("clinicName")).toString();
    m_deviceId = o.value(QStringLiteral("deviceId")).toString();
    m_clinicianName = o.value(QStringLiteral("clinicianName")).toString();
    m_key = key;
    return true;
}

void ClinicianView::say(const QString& message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    emit changed();
}

void ClinicianView::send(QNetworkReply* reply, const std::function<void(int, const QJsonObject&)>& then)
{
    ++m_busy;
    emit changed();
    connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        --m_busy;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            m_loaded = true;
            say(str(QT_TRANSLATE_NOOP("ClinicianView", "The clinic's service cannot be reached (%1). Nothing is kept on this computer: try again when online."))
                    .arg(reply->errorString()),
                true);
            return;
        }
        then(status, body);
        emit changed();
    });
}

void ClinicianView::postJson(const QString& path, const QJsonObject& body, bool withToken,
                             const std::function<void(int, const QJsonObject&)>& then)
{
    QUrl url = m_server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + path.mid(1) : url.path() + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30'000);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    send(m_net->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), then);
}

void ClinicianView::get(const QString& path, const std::function<void(int, const QJsonObject&)>& then)
{
    withToken([this, path, then] {
        QUrl url = m_server;
        url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + path.mid(1) : url.path() + path);
        QNetworkRequest request(url);
        request.setTransferTimeout(30'000);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        send(m_net->get(request), then);
    });
}

void ClinicianView::withToken(const std::function<void()>& then)
{
    if (!m_token.isEmpty() && QDateTime::currentMSecsSinceEpoch() < m_tokenExpiresMs - 30'000) {
        then();
        return;
    }
    if (!trust::sodiumReady()) {
        m_loaded = true;
        say(noCrypto(), true);
        return;
    }
    postJson(QStringLiteral("/v1/token"), deviceTokenRequest(m_clinicId, m_deviceId, m_key), false,
             [this, then](int status, const QJsonObject& body) {
                 if (status != 200) {
                     m_loaded = true;
                     say(status == 401 ? str(QT_TRANSLATE_NOOP("ClinicianView", "The clinic no longer accepts this computer. Ask the clinic's administrator, then pair again."))
                                       : str(QT_TRANSLATE_NOOP("ClinicianView", "The clinic's service answered %1: %2")).arg(status).arg(body.value(QStringLiteral("error")).toString()),
                         true);
                     return;
                 }
                 m_token = body.value(QStringLiteral("token")).toString();
                 m_tokenExpiresMs = QDateTime::currentMSecsSinceEpoch() + body.value(QStringLiteral("expiresIn")).toInt() * 1000;
                 then();
             });
}

void ClinicianView::pair(const QString& server, const QString& code)
{
    if (server.trimmed().isEmpty() || code.trimmed().isEmpty()) {
        say(str(QT_TRANSLATE_NOOP("ClinicianView", "Both the clinic's address and the code are needed.")), true);
        return;
    }
    const QString address = serverAddress(server).toString();
    if (!addressAllowed(QUrl(address))) {
        say(str(QT_TRANSLATE_NOOP("ClinicianView", "The clinic's address must start with https://")), true);
        return;
    }
    if (!trust::sodiumReady()) {
        say(noCrypto(), true);
        return;
    }
    m_server = QUrl(address);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char*>(sk.data()));
    const QString publicKey = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(pk), sizeof pk).toBase64());
    postJson(QStringLiteral("/v1/pair"),
             QJsonObject{{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("publicKey"), publicKey},
                         {QStringLiteral("label"), QSysInfo::machineHostName().left(40)}},
             false, [this, sk, address](int status, const QJsonObject& body) {
                 if (status != 200) {
                     say(status == 403 ? str(QT_TRANSLATE_NOOP("ClinicianView", "This code is not valid: it may have been used or have expired."))
                                       : str(QT_TRANSLATE_NOOP("ClinicianView", "The clinic's service answered %1: %2")).arg(status).arg(body.value(QStringLiteral("error")).toString()),
                         true);
                     return;
                 }
                 if (body.value(QStringLiteral("role")).toString() != QLatin1String("clinician")) {
                     say(str(QT_TRANSLATE_NOOP("ClinicianView", "This code is for a client's journal, not a clinician's computer.")), true);
                     return;
                 }
                 const QJsonObject device{{QStringLiteral("server"), address},
                                          {QStringLiteral("clinicId"), body.value(QStringLiteral("clinicId"))},
                                          {QStringLiteral("clinicName"), body.value(QStringLiteral("clinicName"))},
                                          {QStringLiteral("deviceId"), body.value(QStringLiteral("deviceId"))},
                                          {QStringLiteral("clinicianName"), body.value(QStringLiteral("subjectLabel"))},
                                          {QStringLiteral("key"), QString::fromLatin1(sk.toBase64())}};
                 QDir().mkpath(QFileInfo(m_deviceFile).absolutePath());
                 QFile::setPermissions(QFileInfo(m_deviceFile).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                 QSaveFile f(m_deviceFile);
                 if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
                     || f.write(QJsonDocument(device).toJson()) < 0 || !f.commit()) {
                     say(str(QT_TRANSLATE_NOOP("ClinicianView", "The key could not be saved in %1.")).arg(QDir::toNativeSeparators(m_deviceFile)), true);
                     return;
                 }
                 loadDevice();
                 say(str(QT_TRANSLATE_NOOP("ClinicianView", "This computer is paired with %1.")).arg(m_clinicName), false);
                 refresh();
             });
}

void ClinicianView::refresh()
{
    if (!paired())
        return;
    get(QStringLiteral("/v1/caseload"), [this](int status, const QJsonObject& body) {
        m_loaded = true;
        if (status != 200) {
            say(str(QT_TRANSLATE_NOOP("ClinicianView", "The caseload could not be read: %1")).arg(body.value(QStringLiteral("error")).toString()), true);
            return;
        }
        m_clients.clear();
        for (const QJsonValue& v : body.value(QStringLiteral("clients")).toArray()) {
            const QJsonObject c = v.toObject();
            QString phq = str(QT_TRANSLATE_NOOP("ClinicianView", "No PHQ-9 results shared"));
            QString trend;
            if (c.value(QStringLiteral("phq9")).isDouble()) {
                const int latest = c.value(QStringLiteral("phq9")).toInt();
                phq = str(QT_TRANSLATE_NOOP("ClinicianView", "PHQ-9 %1 (%2), %3")).arg(latest).arg(phq9Band(latest), shortDate(c.value(QStringLiteral("phq9At")).toString()));
                if (c.value(QStringLiteral("phq9Previous")).isDouble()) {
                    const int previous = c.value(QStringLiteral("phq9Previous")).toInt();
                    const QString when = shortDate(c.value(QStringLiteral("phq9PreviousAt")).toString());
                    trend = latest < previous   ? str(QT_TRANSLATE_NOOP("ClinicianView", "down from %1 on %2")).arg(previous).arg(when)
                            : latest > previous ? str(QT_TRANSLATE_NOOP("ClinicianView", "up from %1 on %2")).arg(previous).arg(when)
                                                : str(QT_TRANSLATE_NOOP("ClinicianView", "the same as on %1")).arg(when);
                }
            }
            const int reviews = c.value(QStringLiteral("reviewCount")).toInt();
            m_clients << QVariantMap{
                {QStringLiteral("clientId"), c.value(QStringLiteral("clientId")).toString()},
                {QStringLiteral("label"), c.value(QStringLiteral("label")).toString()},
                {QStringLiteral("phq9"), phq},
                {QStringLiteral("trend"), trend},
                {QStringLiteral("review"), reviews > 0},
                {QStringLiteral("reviewText"),
                 reviews > 0 ? str(QT_TRANSLATE_NOOP("ClinicianView", "To review: PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above "
                                   "\"Not at all\" in shared results: %1, the latest on %2"))
                                   .arg(reviews)
                                   .arg(shortDate(c.value(QStringLiteral("reviewLatestAt")).toString()))
                             : QString()},
                {QStringLiteral("lastShared"), c.value(QStringLiteral("lastSharedAt")).isString()
                                                   ? str(QT_TRANSLATE_NOOP("ClinicianView", "Last shared %1")).arg(shortDate(c.value(QStringLiteral("lastSharedAt")).toString()))
                                                   : c.value(QStringLiteral("paired")).toBool() ? str(QT_TRANSLATE_NOOP("ClinicianView", "Paired; nothing shared yet"))
                                                                                                : str(QT_TRANSLATE_NOOP("ClinicianView", "Not paired yet"))}};
        }
        // Results to review first, then as the service ordered them (newest activity first).
        std::stable_sort(m_clients.begin(), m_clients.end(), [](const QVariant& a, const QVariant& b) {
            return a.toMap().value(QStringLiteral("review")).toBool() && !b.toMap().value(QStringLiteral("review")).toBool();
        });
    });
}

void ClinicianView::openClient(const QString& clientId)
{
    m_clientId = clientId;
    m_clientLabel.clear();
    for (const QVariant& v : std::as_const(m_clients))
        if (v.toMap().value(QStringLiteral("clientId")).toString() == clientId)
            m_clientLabel = v.toMap().value(QStringLiteral("label")).toString();
    m_records.clear();
    m_sections.clear();
    emit changed();
    get(QStringLiteral("/v1/clients/%1/records").arg(clientId), [this, clientId](int status, const QJsonObject& body) {
        // An answer for a client no longer open (Back, or another opened since) is dropped, not shown.
        if (clientId != m_clientId)
            return;
        if (status != 200) {
            say(str(QT_TRANSLATE_NOOP("ClinicianView", "This client's entries could not be read: %1")).arg(body.value(QStringLiteral("error")).toString()), true);
            return;
        }
        buildClient(body.value(QStringLiteral("records")).toArray());
    });
}

void ClinicianView::closeClient()
{
    // Nothing of the client is kept once the clinician leaves the page.
    m_clientId.clear();
    m_clientLabel.clear();
    m_records.clear();
    m_sections.clear();
    emit changed();
    refresh();
}

void ClinicianView::buildClient(const QJsonArray& records)
{
    QMap<QString, QList<sdk::Entry>> byModule;
    QList<sdk::Entry> all;
    for (const QJsonValue& v : records) {
        auto e = sdk::Entry::fromJson(v.toObject().value(QStringLiteral("content")).toObject());
        if (!e)
            continue;
        byModule[e->pluginId] << *e;
        all << *e;
    }
    std::sort(all.begin(), all.end(), [](const sdk::Entry& a, const sdk::Entry& b) { return a.occurredAt > b.occurredAt; });
    m_records.clear();
    for (const sdk::Entry& e : std::as_const(all)) {
        const auto info = m_plugins.kindInfo(e.kind);
        m_records << QVariantMap{{QStringLiteral("date"), dayText(e.localOccurredAt().date()) + QLatin1Char(' ') + e.localOccurredAt().time().toString(QStringLiteral("HH:mm"))},
                                 {QStringLiteral("kind"), info && !info->title.isEmpty() ? info->title : e.kind},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("summary"), e.summary},
                                 {QStringLiteral("mood"), e.mood ? QVariant(*e.mood) : QVariant()}};
    }
    m_sections.clear();
    for (auto it = byModule.begin(); it != byModule.end(); ++it) {
        QList<sdk::Entry> entries = it.value();
        std::sort(entries.begin(), entries.end(), [](const sdk::Entry& a, const sdk::Entry& b) { return a.occurredAt < b.occurredAt; });
        sdk::ReportRequest request;
        request.from = entries.first().localOccurredAt().date();
        request.to = entries.last().localOccurredAt().date();
        for (const sdk::Entry& e : std::as_const(entries))
            if (!request.kinds.contains(e.kind))
                request.kinds << e.kind;
        request.entries = entries;
        const PluginRecord* record = m_plugins.find(it.key());
        // In the clinician's language, as the client's navigation names it (it stayed English).
        const QString moduleName = record && record->manifest ? Languages::manifestText(record->id, record->manifest->name) : it.key();
        QVariantList blocks;
        QVariantList headlines;
        QString title = moduleName;
        if (const auto section = m_plugins.reportSection(it.key(), request)) {
            if (!section->title.isEmpty())
                title = section->title;
            for (const sdk::ReportFigure& f : section->headlines)
                headlines << QVariantMap{{QStringLiteral("label"), f.label}, {QStringLiteral("value"), f.value}, {QStringLiteral("detail"), f.detail}};
            for (const sdk::ReportBlock& b : section->blocks) {
                QVariantList rows;
                for (const QStringList& r : b.rows)
                    rows << QVariant(r);
                QVariantMap block{{QStringLiteral("type"), blockType(b.type)},
                                  {QStringLiteral("text"), b.text},
                                  {QStringLiteral("columns"), b.columns},
                                  {QStringLiteral("rows"), rows}};
                if (b.type == sdk::ReportBlock::Type::Chart && !b.points.isEmpty()) {
                    // Drawn as a line over the days it covers, with its figures in words for a screen reader.
                    const QDate first = b.points.first().date;
                    QVariantList points;
                    double low = b.points.first().value, high = low;
                    for (const sdk::ReportPoint& p : b.points) {
                        points << QVariantMap{{QStringLiteral("offset"), first.daysTo(p.date)}, {QStringLiteral("value"), p.value}};
                        low = std::min(low, p.value);
                        high = std::max(high, p.value);
                    }
                    block.insert(QStringLiteral("points"), points);
                    block.insert(QStringLiteral("xCount"), int(first.daysTo(b.points.last().date)) + 1);
                    block.insert(QStringLiteral("minimum"), b.minimum);
                    block.insert(QStringLiteral("maximum"), b.maximum);
                    block.insert(QStringLiteral("summary"),
                                 str(QT_TRANSLATE_NOOP("ClinicianView", "%1: %2 points from %3 to %4; lowest %5, highest %6, latest %7."))
                                     .arg(b.valueLabel)
                                     .arg(b.points.size())
                                     .arg(dayText(first), dayText(b.points.last().date), QLocale().toString(low),
                                          QLocale().toString(high), QLocale().toString(b.points.last().value)));
                }
                blocks << block;
            }
        } else {
            // No section of its own (or the module is not installed here): a plain table.
            QVariantList rows;
            for (const sdk::Entry& e : std::as_const(entries)) {
                const auto info = m_plugins.kindInfo(e.kind);
                rows << QVariant(QStringList{dayText(e.localOccurredAt().date()),
                                             info && !info->title.isEmpty() ? info->title : e.kind, e.title});
            }
            blocks << QVariantMap{{QStringLiteral("type"), QStringLiteral("table")},
                                  {QStringLiteral("text"), QString()},
                                  {QStringLiteral("columns"), QStringList{str(QT_TRANSLATE_NOOP("ClinicianView", "Day")), str(QT_TRANSLATE_NOOP("ClinicianView", "Kind")), str(QT_TRANSLATE_NOOP("ClinicianView", "Title"))}},
                                  {QStringLiteral("rows"), rows}};
        }
        m_sections << QVariantMap{{QStringLiteral("title"), title},
                                  {QStringLiteral("headlines"), headlines},
                                  {QStringLiteral("blocks"), blocks}};
    }
    emit changed();
}

void ClinicianView::addClient(const QString& label)
{
    if (label.trimmed().isEmpty()) {
        say(str(QT_TRANSLATE_NOOP("ClinicianView", "A name for the client is needed: initials or a pseudonym the clinic knows them by.")), true);
        return;
    }
    withToken([this, label] {
        postJson(QStringLiteral("/v1/clients"), QJsonObject{{QStringLiteral("label"), label.trimmed()}}, true,
                 [this, label](int status, const QJsonObject& body) {
                     if (status != 200) {
                         say(str(QT_TRANSLATE_NOOP("ClinicianView", "The client could not be added: %1")).arg(body.value(QStringLiteral("error")).toString()), true);
                         return;
                     }
                     m_newCode = body.value(QStringLiteral("code")).toString();
                     say(str(QT_TRANSLATE_NOOP("ClinicianView", "Give %1 this code and the clinic's address, %2. The code works once, for 15 minutes: %3"))
                             .arg(label.trimmed(), m_server.toString(), m_newCode),
                         false);
                     refresh();
                 });
    });
}

} // namespace tessera::core
