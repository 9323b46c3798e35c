// One Tessera per data folder (issue 24): a second launch on the same data
// folder asks the running one to bring its window forward, and exits.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace tessera::core {

/// The first Tessera on a data folder holds a lock file (flock: the kernel
/// lets go of it when the process ends, a kill -9 included) and listens on a
/// local socket beside it, both private (mode 0600, in $XDG_RUNTIME_DIR, which
/// is the user's own, else in the data folder's state/ folder, made 0700). A
/// later one finds the lock held, connects, sends "raise <page>" and waits for
/// "ok" - every wait bounded (about 3 s in all) - then exits. A socket left by
/// a killed Tessera is removed by the next one that gets the lock.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Primary,    ///< This is the one: it listens for later launches.
        Forwarded,  ///< Another Tessera has the folder and answered: exit.
        Unavailable ///< Could not tell (no place for the socket, no answer): start as usual.
    };

    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the one Tessera for the data folder, or hands `page` (may be
    /// empty: just bring the window forward) to the one there is; with
    /// `raise` false (a --background start) only checks that it answers.
    /// `why` says what went wrong for Unavailable.
    Outcome claim(const QString& page, bool raise = true, QString* why = nullptr);

    [[nodiscard]] QString socketPath() const { return m_socketPath; }
    /// Whether claim() made this the one Tessera on the folder.
    [[nodiscard]] bool isPrimary() const { return m_server != nullptr; }

signals:
    /// A second launch asked for the window (and `page`, when not empty).
    void bringForwardRequested(const QString& page);

private:
    void serve();
    QString m_socketPath;
    QString m_lockPath;
    QString m_problem;
    int m_lockFd = -1;
    QLocalServer* m_server = nullptr;
};

} // namespace tessera::core
