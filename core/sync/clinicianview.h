// `tessera --clinician` (issue 31): the clinician's view of the caseload,
// online only. The clinician's computer pairs once with a clinician's code
// (its Ed25519 key is the one thing kept on disk, in a private file); every
// look at the caseload or at a client asks the clinic's service again, and
// what comes back stays in memory. One client's shared entries are shown in a
// timeline and, module by module, in the module's own report section
// (sdk::ReportSource, so third-party modules show too), from the modules
// installed on this computer running on an empty, in-memory journal.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tessera::core {

class PluginManager;

class ClinicianView : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    Q_PROPERTY(QString clinicName READ clinicName NOTIFY changed)
    Q_PROPERTY(QString clinicianName READ clinicianName NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)
    Q_PROPERTY(QVariantList clients READ clients NOTIFY changed)
    Q_PROPERTY(QString clientId READ clientId NOTIFY changed)
    Q_PROPERTY(QString clientLabel READ clientLabel NOTIFY changed)
    Q_PROPERTY(QVariantList records READ records NOTIFY changed)
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(QString newCode READ newCode NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)

public:
    /// `deviceFile`: where the clinician's device key is kept (0600).
    ClinicianView(const PluginManager& plugins, QString deviceFile, QObject* parent = nullptr);
    ~ClinicianView() override;

    [[nodiscard]] bool paired() const { return !m_deviceId.isEmpty(); }
    [[nodiscard]] QString clinicName() const { return m_clinicName; }
    [[nodiscard]] QString clinicianName() const { return m_clinicianName; }
    [[nodiscard]] bool busy() const { return m_busy > 0; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] QVariantList clients() const { return m_clients; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    [[nodiscard]] QString clientLabel() const { return m_clientLabel; }
    [[nodiscard]] QVariantList records() const { return m_records; }
    [[nodiscard]] QVariantList sections() const { return m_sections; }
    [[nodiscard]] QString newCode() const { return m_newCode; }
    /// Whether the first caseload answer (or failure) came: for --screenshot.
    [[nodiscard]] bool loaded() const { return m_loaded; }

    Q_INVOKABLE void pair(const QString& server, const QString& code);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void openClient(const QString& clientId);
    Q_INVOKABLE void closeClient();
    Q_INVOKABLE void addClient(const QString& label);

    /// The PHQ-9 severity band of a total (Kroenke et al. 2001).
    static QString phq9Band(int total);

signals:
    void changed();

private:
    void say(const QString& message, bool isError);
    void get(const QString& path, const std::function<void(int status, const QJsonObject& body)>& then);
    void postJson(const QString& path, const QJsonObject& body, bool withToken,
                  const std::function<void(int status, const QJsonObject& body)>& then);
    void withToken(const std::function<void()>& then);
    void send(QNetworkReply* reply, const std::function<void(int, const QJsonObject&)>& then);
    void buildClient(const QJsonArray& records);
    bool loadDevice();

    const PluginManager& m_plugins;
    QString m_deviceFile;
    QNetworkAccessManager* m_net;
    QUrl m_server;
    QString m_clinicId;
    QString m_deviceId;
    QByteArray m_key;
    QString m_clinicName;
    QString m_clinicianName;
    QString m_token;
    qint64 m_tokenExpiresMs = 0;
    int m_busy = 0;
    bool m_loaded = false;
    QString m_message;
    bool m_messageIsError = false;
    QVariantList m_clients;
    QString m_clientId;
    QString m_clientLabel;
    QVariantList m_records;
    QVariantList m_sections;
    QString m_newCode;
};

} // namespace tessera::core
