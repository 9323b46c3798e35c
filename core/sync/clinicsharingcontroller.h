// The "Sharing with my clinic" page's backend (issue 31): pairing with the
// clinic's code, the standing grants (a module's entries, or one kind of
// them, from now or a day on), what is shared, waiting and refused, sending
// (by itself a few seconds after a covered entry is saved, and every five
// minutes while something waits, backing off while the clinic cannot be
// reached), stopping a grant (keeping or withdrawing what went) and stopping
// sharing altogether. The journal does the choosing (JournalStore's sharing
// part), SyncClient the sending.
#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantList>

#include <memory>

namespace tessera::core {

class Host;
class SyncClient;
struct PushReport;

class ClinicSharingController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    Q_PROPERTY(QString clinicName READ clinicName NOTIFY changed)
    Q_PROPERTY(QString clientLabel READ clientLabel NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(int shared READ shared NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int failed READ failed NOTIFY changed)
    Q_PROPERTY(int picked READ picked NOTIFY changed)
    Q_PROPERTY(int withdrawalsWaiting READ withdrawalsWaiting NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QVariantList grants READ grants NOTIFY changed)
    Q_PROPERTY(QVariantList failures READ failures NOTIFY changed)
    // Read when the page is made: a list that changed under an open ComboBox would reset the choice.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    explicit ClinicSharingController(Host& host, QObject* parent = nullptr);
    ~ClinicSharingController() override;

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool paired() const { return m_paired; }
    [[nodiscard]] QString clinicName() const { return m_clinicName; }
    [[nodiscard]] QString clientLabel() const { return m_clientLabel; }
    [[nodiscard]] bool busy() const;
    [[nodiscard]] int shared() const { return m_shared; }
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] int failed() const { return m_failed; }
    [[nodiscard]] int picked() const { return m_picked; }
    [[nodiscard]] int withdrawalsWaiting() const { return m_withdrawalsWaiting; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QVariantList grants() const { return m_grants; }
    [[nodiscard]] QVariantList failures() const { return m_failures; }
    /// What a grant can cover: {value: "journal" or "journal/checkin", text}.
    [[nodiscard]] QVariantList choices() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE void pair(const QString& server, const QString& code);
    /// Shares `choice` (a value of choices()) from now on, or from `daysBack` days ago (> 0).
    Q_INVOKABLE void share(const QString& choice, int daysBack);
    Q_INVOKABLE void stopGrant(qint64 id, bool withdrawSent);
    Q_INVOKABLE void sendNow();
    /// Sends what waits, then stops sharing; while withdrawals cannot reach
    /// the clinic, only with `evenIfWithdrawalsWait` (the page asks first).
    Q_INVOKABLE void unpair(bool evenIfWithdrawalsWait);
    Q_INVOKABLE void refresh();
    /// Timeline (entry by entry): whether the entry is picked, and picking it.
    Q_INVOKABLE bool isPicked(const QString& entryId) const;
    Q_INVOKABLE void setPicked(const QString& entryId, bool picked);

signals:
    void changed();
    void messageChanged();

private:
    void say(const QString& message, bool isError);
    void pushed(const PushReport& report);
    void scheduleSend(int ms);

    Host& m_host;
    std::unique_ptr<SyncClient> m_client;
    QTimer m_sendTimer;
    int m_backoffMs = 0;
    bool m_paired = false;
    QString m_clinicName;
    QString m_clientLabel;
    int m_shared = 0;
    int m_pending = 0;
    int m_failed = 0;
    int m_picked = 0;
    int m_withdrawalsWaiting = 0;
    QString m_status;
    QVariantList m_grants;
    QVariantList m_failures;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace tessera::core
