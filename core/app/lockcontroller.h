// The app lock (issue 21): unlocking an encrypted journal, locking it on
// demand and after an idle time, choosing a passphrase at first run, and the
// encryption settings. What the lock screen, the first-run step and the
// Encryption section of Settings read and ask for.
#pragma once

#include <QObject>
#include <QSettings>
#include <QTimer>
#include <QVariantList>

#include <memory>

namespace tessera::core {

class Host;

/// Unlocking runs Argon2id (about a second) in a thread of its own, so the
/// window never hangs; `busy` says it runs. A wrong passphrase or recovery
/// key changes nothing on disk and makes the next try wait a little longer
/// (0, 0, 2, 4, 8, 16, then 30 seconds), shown as `retrySeconds`.
class LockController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool encrypted READ encrypted NOTIFY stateChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY stateChanged)
    /// "passphrase" (the first-run step), "recovery" (the recovery key, shown once), or "".
    Q_PROPERTY(QString firstRunStep READ firstRunStep NOTIFY stateChanged)
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY stateChanged)
    Q_PROPERTY(bool requirePassphrase READ requirePassphrase CONSTANT)
    Q_PROPERTY(int maxIdleMinutes READ maxIdleMinutes CONSTANT)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(QVariantList idleChoices READ idleChoices CONSTANT)
    /// The client's theme (settings.ini), for the lock window shown before the shell.
    Q_PROPERTY(bool darkMode READ darkMode CONSTANT)
    /// Issue 29: the text size Settings keeps (100-200 %, times the system's), for the lock and first-run screens.
    Q_PROPERTY(double textScale READ textScale CONSTANT)

public:
    explicit LockController(Host& host, QObject* parent = nullptr);
    ~LockController() override;

    [[nodiscard]] bool encrypted() const;
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int retrySeconds() const { return m_retrySeconds; }
    [[nodiscard]] QString firstRunStep() const { return m_firstRunStep; }
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    [[nodiscard]] bool requirePassphrase() const;
    [[nodiscard]] int maxIdleMinutes() const;
    /// The idle time after which the app locks (0: never), within the profile's maximum.
    [[nodiscard]] int idleMinutes() const;
    void setIdleMinutes(int minutes);
    /// [{minutes, label}]: 1, 5, 15, 30, 60 and never, those the profile allows.
    [[nodiscard]] QVariantList idleChoices() const;
    [[nodiscard]] bool darkMode() const { return m_settings->value(QStringLiteral("darkMode"), false).toBool(); }
    [[nodiscard]] double textScale() const;

    /// Whether the app starts at the first-run step: no journal and no key file yet.
    [[nodiscard]] bool firstRunNeeded() const;
    /// Starts locked (an encrypted journal the host has no key for) or at the first-run step.
    void startLocked();
    void startFirstRun();
    /// The journal was opened (after this object was made): the idle timer starts.
    void journalOpened();

    Q_INVOKABLE void unlock(const QString& passphrase);
    Q_INVOKABLE void unlockWithRecoveryKey(const QString& recoveryKey);
    /// Locks now (Ctrl+Shift+L, "Lock now", the idle time): views let go first, then the store.
    Q_INVOKABLE void lockNow();
    /// First run: encrypts the new journal with `passphrase` (typed twice).
    Q_INVOKABLE void choosePassphrase(const QString& passphrase, const QString& repeated);
    /// First run: no passphrase for now (refused when the profile requires one).
    Q_INVOKABLE void skipPassphrase();
    /// First run: the recovery key was written down; the journal opens.
    Q_INVOKABLE void finishFirstRun();
    /// Writes the recovery key as a one-page PDF in `folder`; a sentence saying where, or what failed.
    Q_INVOKABLE QVariantMap saveRecoveryKeyPdf(const QString& folder);
    /// Settings: a new passphrase (the key is re-wrapped; nothing else changes).
    Q_INVOKABLE QVariantMap changePassphrase(const QString& current, const QString& next, const QString& repeated);
    /// Settings: converts the open journal (JournalStore::encrypt()/decrypt()).
    Q_INVOKABLE QVariantMap turnOnEncryption(const QString& passphrase, const QString& repeated);
    Q_INVOKABLE QVariantMap turnOffEncryption();
    /// Forgets the recovery key shown once.
    Q_INVOKABLE void forgetRecoveryKey();

    /// For tests: the idle time in milliseconds, whatever the setting (0: the setting again).
    Q_INVOKABLE void setIdleIntervalForTests(int ms);

signals:
    void stateChanged();
    void idleMinutesChanged();
    /// The journal's key is in the host: the app may open the journal (at start), or shows it again.
    void unlocked();
    /// The first-run step is over (a passphrase chosen, or skipped).
    void firstRunFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runUnlock(const QString& secret, bool recovery);
    void failedAttempt(const QString& message);
    void restartIdleTimer();
    void setMessage(const QString& message);
    static QString checkNewPassphrase(const QString& passphrase, const QString& repeated);

    Host& m_host;
    std::unique_ptr<QSettings> m_settings;
    bool m_locked = false;
    bool m_busy = false;
    QString m_message;
    int m_failures = 0;
    int m_retrySeconds = 0;
    QTimer m_retryTimer;
    QTimer m_idleTimer;
    int m_idleOverrideMs = 0;
    QString m_firstRunStep;
    QString m_recoveryKey;
};

} // namespace tessera::core
