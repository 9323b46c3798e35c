#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace tessera::core {

namespace {

constexpr int kMaxRequest = 4096;
constexpr int kClientBudgetMs = 3000;  // a second launch gives up after this and starts as usual
constexpr int kServerReadMs = 2000;    // the first drops a connection that says nothing

// A folder only this user can use: $XDG_RUNTIME_DIR when it is ours and
// private, else the data folder's state/ folder (made 0700).
QString privateRuntimeDir(const QString& dataDir)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime)) {
        struct stat st{};
        if (::stat(QFile::encodeName(runtime).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid()
            && (st.st_mode & 077) == 0)
            return runtime;
    }
    const QString state = QDir(dataDir).filePath(QStringLiteral("state"));
    QDir().mkpath(state);
    ::chmod(QFile::encodeName(state).constData(), 0700);
    struct stat st{};
    if (::lstat(QFile::encodeName(state).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid())
        return state;
    return {};
}

} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent) : QObject(parent)
{
    const QString folder = QFileInfo(dataDir).absoluteFilePath();
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash((canonical.isEmpty() ? folder : canonical).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(16);
    const QString dir = privateRuntimeDir(folder);
    if (dir.isEmpty()) {
        m_problem = QStringLiteral("no private folder for the instance socket");
        return;
    }
    const QString base = QDir(dir).filePath(QStringLiteral("tessera-") + QString::fromLatin1(key));
    m_socketPath = base + QStringLiteral(".socket");
    m_lockPath = base + QStringLiteral(".lock");
    if (QFile::encodeName(m_socketPath).size() >= qsizetype(sizeof(sockaddr_un::sun_path))) {
        m_problem = QStringLiteral("%1: the path is too long for a local socket").arg(m_socketPath);
        m_socketPath.clear();
    }
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close(); // removes the socket file
        delete m_server;
    }
    if (m_lockFd >= 0)
        ::close(m_lockFd); // the lock file stays: removing it could race with the next launch
}

SingleInstance::Outcome SingleInstance::claim(const QString& page, bool raise, QString* why)
{
    const auto unavailable = [&](const QString& reason) {
        if (why)
            *why = reason;
        return Outcome::Unavailable;
    };
    if (m_socketPath.isEmpty())
        return unavailable(m_problem);

    const int fd = ::open(QFile::encodeName(m_lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return unavailable(QStringLiteral("%1: %2").arg(m_lockPath, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        m_lockFd = fd;
        // Whatever socket is there was left by a Tessera that ended without
        // closing it (a crash, kill -9): nobody listens on it.
        QLocalServer::removeServer(m_socketPath);
        m_server = new QLocalServer;
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server->listen(m_socketPath)) {
            const QString reason = QStringLiteral("%1: %2").arg(m_socketPath, m_server->errorString());
            delete m_server;
            m_server = nullptr;
            return unavailable(reason);
        }
        ::chmod(QFile::encodeName(m_socketPath).constData(), 0600);
        serve();
        return Outcome::Primary;
    }
    ::close(fd);

    // Another Tessera holds the folder. It listens right after taking the
    // lock, so a refused connection is retried for a moment.
    const QDeadlineTimer deadline(kClientBudgetMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_socketPath);
        if (!socket.waitForConnected(int(qMin<qint64>(500, deadline.remainingTime())))) {
            lastError = socket.errorString();
            QThread::msleep(100);
            continue;
        }
        const QByteArray request = raise ? "raise " + page.simplified().toUtf8().left(kMaxRequest - 16) + '\n' : QByteArray("ping\n");
        socket.write(request);
        if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            return unavailable(QStringLiteral("the running Tessera did not take the request (%1)").arg(socket.errorString()));
        QByteArray reply;
        while (!reply.contains('\n') && !deadline.hasExpired()) {
            if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            reply += socket.readAll();
        }
        if (reply.startsWith("ok"))
            return Outcome::Forwarded;
        return unavailable(QStringLiteral("the running Tessera did not answer in time"));
    }
    return unavailable(QStringLiteral("the running Tessera could not be reached (%1)").arg(lastError));
}

void SingleInstance::serve()
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            // A connection that says nothing in time is dropped: the app never waits on it.
            auto* timer = new QTimer(socket);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, socket, &QLocalSocket::abort);
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            timer->start(kServerReadMs);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxRequest)
                        socket->abort();
                    return;
                }
                const QByteArray line = socket->readLine(kMaxRequest).trimmed();
                const bool raise = line == "raise" || line.startsWith("raise ");
                if (!raise && line != "ping") {
                    socket->abort();
                    return;
                }
                socket->write("ok\n");
                socket->flush();
                socket->disconnectFromServer();
                if (raise)
                    emit bringForwardRequested(QString::fromUtf8(line.mid(5)).trimmed());
            });
        }
    });
}

} // namespace tessera::core
