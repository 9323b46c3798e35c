#include "safemode.h"

#include "host/logging.h"

#include "host/qstringformatter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;
using sdk::Status;

namespace {

std::shared_ptr<spdlog::logger> log() { return logger("plugins"); }

const QString kQuarantine = QStringLiteral("quarantine.json");
const QString kLock = QStringLiteral("safemode.lock");
const QString kLegacyMarker = QStringLiteral("loading.marker"); // one shared marker, written before markers had owners

// The lock is held for a few milliseconds (a directory listing, a few small
// files, at most one quarantine.json written); wait at most ~2 s for it.
constexpr int kLockAttempts = 200;
constexpr int kLockPauseMs = 10;

QString errnoText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }

// --- The crash handler -------------------------------------------------------
//
// Armed between begin() and end(). It only uses async-signal-safe calls:
// an atomic exchange, write(), fsync(), getpid(), sigaction(), raise().

constexpr int kCrashSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS, SIGTRAP};
constexpr int kMaxSignal = 65;

std::atomic<int> g_markerFd{-1};
std::atomic<pid_t> g_markerOwner{0}; // a child forked while loading inherits the handler; it records nothing
static_assert(std::atomic<int>::is_always_lock_free, "the crash handler needs a lock-free atomic");
struct sigaction g_previous[kMaxSignal];

const char* crashLine(int sig)
{
    switch (sig) {
    case SIGSEGV: return "crashed SIGSEGV\n";
    case SIGBUS: return "crashed SIGBUS\n";
    case SIGILL: return "crashed SIGILL\n";
    case SIGFPE: return "crashed SIGFPE\n";
    case SIGABRT: return "crashed SIGABRT\n";
    case SIGSYS: return "crashed SIGSYS\n";
    case SIGTRAP: return "crashed SIGTRAP\n";
    default: return "crashed SIGNAL\n";
    }
}

// A fault the kernel raised (si_code > 0), or a signal this process sent
// itself (abort(), raise()). A signal another process sent is a kill from
// outside, not the module's doing.
bool raisedByThisProcess(const siginfo_t* info)
{
    if (!info)
        return true;
    if (info->si_code > 0)
        return true;
    return info->si_pid == ::getpid();
}

void writeAll(int fd, const char* text)
{
    size_t left = 0;
    while (text[left] != '\0')
        ++left;
    while (left > 0) {
        const ssize_t n = ::write(fd, text, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        text += n;
        left -= static_cast<size_t>(n);
    }
}

extern "C" void tesseraSafeModeOnCrash(int sig, siginfo_t* info, void* /*context*/)
{
    const int savedErrno = errno;
    const int fd = ::getpid() == g_markerOwner.load() ? g_markerFd.exchange(-1) : -1;
    if (fd >= 0 && raisedByThisProcess(info)) {
        writeAll(fd, crashLine(sig));
        ::fsync(fd);
    }
    // Hand the signal to whoever had it before (the default action, or a
    // sanitizer's handler). A fault the kernel raised happens again when the
    // faulting instruction is retried on return, with its real address and
    // context; anything else is raised again, and delivered on return.
    if (sig > 0 && sig < kMaxSignal)
        ::sigaction(sig, &g_previous[sig], nullptr);
    const bool retried = info && info->si_code > 0
        && (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE);
    if (!retried)
        ::raise(sig);
    errno = savedErrno;
}

bool isOurs(const struct sigaction& a)
{
    return (a.sa_flags & SA_SIGINFO) && a.sa_sigaction == tesseraSafeModeOnCrash;
}

// The handler runs on an alternate stack, so a stack overflow in a module's
// code is caught too. A sanitizer may have given the thread one already.
void ensureAlternateStack()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
    stack_t current{};
    if (::sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE))
        return;
    const size_t size = std::max<size_t>(64 * 1024, static_cast<size_t>(SIGSTKSZ));
    stack_t s{};
    s.ss_sp = new char[size]; // kept for the thread's life
    s.ss_size = size;
    s.ss_flags = 0;
    if (::sigaltstack(&s, nullptr) != 0)
        log()->warn("safe mode: no alternate signal stack ({}); a stack overflow while loading a module is not "
                    "recorded as a crash", errnoText(errno));
}

void arm(int fd)
{
    ensureAlternateStack();
    struct sigaction ours{};
    ours.sa_sigaction = tesseraSafeModeOnCrash;
    ours.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&ours.sa_mask);
    for (int sig : kCrashSignals) {
        struct sigaction current{};
        if (::sigaction(sig, nullptr, &current) != 0 || isOurs(current))
            continue;
        g_previous[sig] = current;
        ::sigaction(sig, &ours, nullptr);
    }
    g_markerOwner.store(::getpid());
    g_markerFd.store(fd);
}

void disarm()
{
    g_markerFd.store(-1);
    for (int sig : kCrashSignals) {
        struct sigaction current{};
        // A module may have installed its own handler meanwhile: leave that one.
        if (::sigaction(sig, nullptr, &current) == 0 && isOurs(current))
            ::sigaction(sig, &g_previous[sig], nullptr);
    }
}

// --- Processes -----------------------------------------------------------------

struct ProcStat {
    bool exists = false;
    char state = '?';
    quint64 start = 0;
};

ProcStat readProcStat(qint64 pid)
{
    ProcStat out;
#ifdef __linux__
    const QByteArray path = QByteArrayLiteral("/proc/") + QByteArray::number(pid) + QByteArrayLiteral("/stat");
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return out;
    char buf[1024];
    ssize_t n = 0;
    do {
        n = ::read(fd, buf, sizeof buf - 1);
    } while (n < 0 && errno == EINTR);
    ::close(fd);
    if (n <= 0)
        return out;
    const QByteArray s(buf, static_cast<qsizetype>(n));
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
    const qsizetype close = s.lastIndexOf(')');
    if (close < 0)
        return out;
    const QList<QByteArray> fields = s.mid(close + 2).split(' ');
    out.exists = true;
    if (!fields.isEmpty() && !fields.first().isEmpty())
        out.state = fields.first().at(0);
    if (fields.size() > 19)
        out.start = fields.at(19).toULongLong(); // field 22, counting from pid as 1
#else
    out.exists = ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
    return out;
}

quint64 ownStartTime()
{
    static const quint64 start = SafeMode::processStartTime(::getpid());
    return start;
}

// Is the process that wrote a marker still running? Same pid and, when both
// are known, the same start time: a recycled pid is someone else.
bool ownerAlive(qint64 pid, quint64 start)
{
    if (pid <= 0)
        return false;
    if (pid == ::getpid())
        return start == 0 || ownStartTime() == 0 || start == ownStartTime();
#ifdef __linux__
    if (!QFileInfo::exists(QStringLiteral("/proc/self/stat"))) // no /proc: all we can ask is whether the pid exists
        return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
    const ProcStat p = readProcStat(pid);
    if (!p.exists || p.state == 'Z' || p.state == 'X') // a zombie has stopped running; its parent has not reaped it yet
        return false;
    return start == 0 || p.start == 0 || p.start == start;
}

struct MarkerName {
    bool valid = false;
    bool legacy = false;
    qint64 pid = 0;
    quint64 start = 0;
};

MarkerName parseMarkerName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^loading-(\\d+)-(\\d+)\\.marker$"));
    MarkerName m;
    if (name == kLegacyMarker) {
        m.valid = m.legacy = true;
        return m;
    }
    const auto match = re.match(name);
    if (!match.hasMatch())
        return m;
    m.valid = true;
    m.pid = match.captured(1).toLongLong();
    m.start = match.captured(2).toULongLong();
    return m;
}

struct MarkerContent {
    QString module;
    QString signal; // empty: no crash recorded
};

MarkerContent readMarker(const QString& path, bool legacy)
{
    MarkerContent c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    const QString text = QString::fromUtf8(f.read(64 * 1024));
    if (legacy) {
        c.module = text.trimmed();
        return c;
    }
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        const QStringView key = QStringView(line).left(space);
        const QString value = line.mid(space + 1).trimmed();
        if (key == QLatin1String("module") && c.module.isEmpty())
            c.module = value;
        else if (key == QLatin1String("crashed") && c.signal.isEmpty())
            c.signal = value;
    }
    return c;
}

// An exclusive flock on <state>/safemode.lock, tried without blocking for a
// bounded time. Closing the descriptor (or the process dying) drops it.
class StateLock {
public:
    explicit StateLock(const QString& path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0) {
            m_problem = QStringLiteral("cannot open %1 (%2)").arg(QDir::toNativeSeparators(path), errnoText(errno));
            return;
        }
        for (int attempt = 0; attempt < kLockAttempts; ++attempt) {
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                m_held = true;
                return;
            }
            if (errno != EWOULDBLOCK && errno != EINTR) {
                m_problem = QStringLiteral("cannot lock %1 (%2)").arg(QDir::toNativeSeparators(path), errnoText(errno));
                return;
            }
            QThread::msleep(kLockPauseMs);
        }
        m_problem = QStringLiteral("%1 was held by another Tessera process for over %2 s")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(kLockAttempts * kLockPauseMs / 1000.0);
    }
    ~StateLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    StateLock(const StateLock&) = delete;
    StateLock& operator=(const StateLock&) = delete;

    [[nodiscard]] bool held() const { return m_held; }
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    int m_fd = -1;
    bool m_held = false;
    QString m_problem;
};

} // namespace

SafeMode::SafeMode(QString stateDir) : m_dir(std::move(stateDir)) {}

SafeMode::~SafeMode() { end(); }

QString SafeMode::markerFileName(qint64 pid, quint64 startTime)
{
    return QStringLiteral("loading-%1-%2.marker").arg(pid).arg(startTime);
}

quint64 SafeMode::processStartTime(qint64 pid) { return readProcStat(pid).start; }

QSet<QString> SafeMode::quarantined() const
{
    QSet<QString> ids;
    for (auto it = m_quarantined.cbegin(); it != m_quarantined.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

std::optional<SafeMode::Quarantine> SafeMode::quarantine(const QString& id) const
{
    const auto it = m_quarantined.constFind(id);
    if (it == m_quarantined.cend())
        return std::nullopt;
    return it.value();
}

QString SafeMode::reason(const QString& id) const
{
    const auto q = quarantine(id);
    if (!q)
        return {};
    if (q->signal.isEmpty()) // recorded by an older Tessera, which could not tell a crash from a kill
        return QStringLiteral("Tessera stopped unexpectedly while loading this module, so it is skipped (safe mode); "
                              "re-enable it with: tessera-cli plugins reenable %1").arg(id);
    const QString when = q->crashedAt.isValid()
        ? QStringLiteral(" on %1").arg(q->crashedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        : QString();
    return QStringLiteral("Tessera crashed (%1) inside this module while loading it%2, so it is skipped (safe mode) "
                          "until you re-enable it: tessera-cli plugins reenable %3").arg(q->signal, when, id);
}

QStringList SafeMode::recover()
{
    readQuarantine();
    const QDir dir(m_dir);
    if (!dir.exists())
        return {};
    const QStringList patterns{QStringLiteral("loading-*.marker"), kLegacyMarker};

    // Most starts find no marker, or only those of processes loading right
    // now: nothing to do, and no lock taken.
    auto deadMarkers = [&] {
        QStringList out;
        for (const QString& name : dir.entryList(patterns, QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
            const MarkerName m = parseMarkerName(name);
            if (m.valid && (m.legacy || !ownerAlive(m.pid, m.start)))
                out << name;
        }
        return out;
    };
    if (deadMarkers().isEmpty())
        return {};

    StateLock lock(dir.filePath(kLock));
    if (!lock.held()) {
        log()->warn("safe mode: {}; the loading markers of stopped processes are looked at next time", lock.problem());
        return {};
    }
    readQuarantine(); // another process may have changed it before we had the lock

    QStringList added, remove;
    bool changed = false;
    for (const QString& name : deadMarkers()) {
        const MarkerName m = parseMarkerName(name);
        const QString path = dir.filePath(name);
        const MarkerContent c = readMarker(path, m.legacy);
        remove << path;
        if (m.legacy) {
            log()->info("safe mode: removed a loading marker for {} left by an older Tessera; it cannot say whether "
                        "the module crashed, so nothing is quarantined", c.module.isEmpty() ? QStringLiteral("?") : c.module);
            continue;
        }
        if (c.module.isEmpty()) {
            log()->info("safe mode: process {} was stopped as it began loading a module; not a crash of the module", m.pid);
            continue;
        }
        if (c.signal.isEmpty()) {
            log()->info("safe mode: process {} was stopped while loading {}; not a crash of the module", m.pid, c.module);
            continue;
        }
        Quarantine q;
        q.signal = c.signal;
        q.crashedAt = QFileInfo(path).lastModified().toUTC(); // the crash record was the last write
        if (!q.crashedAt.isValid())
            q.crashedAt = QDateTime::currentDateTimeUtc();
        if (!m_quarantined.contains(c.module))
            added << c.module;
        m_quarantined.insert(c.module, q);
        changed = true;
        log()->warn("safe mode: Tessera (process {}) crashed ({}) inside module {} while loading it; it is skipped "
                    "until re-enabled (tessera-cli plugins reenable {})", m.pid, c.signal, c.module, c.module);
    }
    if (changed) {
        if (Status s = saveQuarantine(); !s.ok()) {
            // Keep the markers: the next start tries again.
            log()->error("safe mode: cannot save the quarantine: {}", s.error().message);
            added.sort();
            return added;
        }
    }
    for (const QString& path : remove) {
        if (!QFile::remove(path) && QFile::exists(path))
            log()->warn("safe mode: cannot remove {}", QDir::toNativeSeparators(path));
    }
    added.sort();
    added.removeDuplicates();
    return added;
}

void SafeMode::begin(const QString& id)
{
    end();
    QDir().mkpath(m_dir);
    const qint64 pid = ::getpid();
    const quint64 start = ownStartTime();
    const QString path = QDir(m_dir).filePath(markerFileName(pid, start));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        static std::atomic<bool> warned{false}; // once per process, not once per module (a read-only data folder)
        if (!warned.exchange(true))
            log()->warn("safe mode: cannot write {} ({}); a module that crashes while loading would not be noticed",
                        QDir::toNativeSeparators(path), errnoText(errno));
        return;
    }
    // Not synced: the marker only has to outlive this process, not the
    // machine; a crash record is synced by the handler when it is written.
    const QByteArray text = QByteArrayLiteral("module ") + id.toUtf8() + QByteArrayLiteral("\npid ") + QByteArray::number(pid)
        + QByteArrayLiteral("\nstart ") + QByteArray::number(start) + QByteArrayLiteral("\nsince ")
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    writeAll(fd, text.constData());
    m_markerFd = fd;
    m_markerPath = path;
    arm(fd);
}

void SafeMode::end()
{
    if (m_markerFd < 0)
        return;
    disarm();
    ::unlink(QFile::encodeName(m_markerPath).constData());
    ::close(m_markerFd);
    m_markerFd = -1;
    m_markerPath.clear();
}

Status SafeMode::reenable(const QString& id)
{
    const bool stateExists = QDir(m_dir).exists();
    std::optional<StateLock> lock;
    if (stateExists)
        lock.emplace(QDir(m_dir).filePath(kLock));
    readQuarantine();
    if (!m_quarantined.contains(id))
        return makeError(ErrorCode::NotFound, QStringLiteral("module \"%1\" is not in safe mode").arg(id));
    if (!lock || !lock->held())
        return makeError(ErrorCode::Conflict, QStringLiteral("safe mode: %1; try again").arg(lock ? lock->problem() : QString()));
    m_quarantined.remove(id);
    return saveQuarantine();
}

bool SafeMode::readQuarantine()
{
    m_quarantined.clear();
    QFile q(QDir(m_dir).filePath(kQuarantine));
    if (!q.open(QIODevice::ReadOnly))
        return !q.exists();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.readAll()).array()) {
        if (v.isString() && !v.toString().isEmpty()) { // written by an older Tessera
            m_quarantined.insert(v.toString(), Quarantine{});
            continue;
        }
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        Quarantine entry;
        entry.signal = o.value(QStringLiteral("signal")).toString();
        entry.crashedAt = QDateTime::fromString(o.value(QStringLiteral("crashedAt")).toString(), Qt::ISODate);
        m_quarantined.insert(id, entry);
    }
    return true;
}

Status SafeMode::saveQuarantine() const
{
    QDir().mkpath(m_dir);
    QStringList ids = m_quarantined.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray arr;
    for (const QString& id : ids) {
        const Quarantine& q = m_quarantined[id];
        QJsonObject o{{QStringLiteral("id"), id}};
        if (!q.signal.isEmpty())
            o.insert(QStringLiteral("signal"), q.signal);
        if (q.crashedAt.isValid())
            o.insert(QStringLiteral("crashedAt"), q.crashedAt.toUTC().toString(Qt::ISODate));
        arr << o;
    }
    QSaveFile f(QDir(m_dir).filePath(kQuarantine));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    f.write(QJsonDocument(arr).toJson());
    if (!f.commit())
        return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

} // namespace tessera::core
