#include "safemode.h"

#include <vector>

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

#include <mutex>

#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
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

// --- Crash attribution (after loading) -----------------------------------------
//
// The code ranges of every module library, and each module's id, in plain
// arrays the handler can read without locks: entries are written first and
// published by a release store of the count; nothing is ever removed
// (libraries are never unloaded).
struct CodeRange {
    uintptr_t begin = 0;
    uintptr_t end = 0;
    int module = -1;
};
constexpr int kMaxRanges = 1024;
constexpr int kMaxModules = 512;
constexpr int kIdBytes = 128;
CodeRange g_ranges[kMaxRanges];
std::atomic<int> g_rangeCount{0};
char g_moduleIds[kMaxModules][kIdBytes];
std::atomic<int> g_moduleCount{0};
std::mutex g_registerMutex;
std::atomic<bool> g_attributing{false};
std::atomic<const char*> g_crashPath{nullptr}; // crashed-<pid>-<start>.marker; strings are never freed
std::atomic<bool> g_crashRecorded{false};

int moduleAt(uintptr_t pc)
{
    const int n = g_rangeCount.load(std::memory_order_acquire);
    for (int i = 0; i < n; ++i) {
        if (pc >= g_ranges[i].begin && pc < g_ranges[i].end)
            return g_ranges[i].module;
    }
    return -1;
}

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

// Walks the stack of the crashing thread; when a frame is inside a module
// library, writes the innermost such module and the signal to this
// process's crash marker. backtrace() was called once in advance, so it
// does not load libgcc_s (and allocate) here.
void recordCrashInModule(int sig)
{
    void* frames[128];
    const int n = ::backtrace(frames, 128);
    int module = -1;
    for (int i = 0; i < n && module < 0; ++i) {
        const auto pc = reinterpret_cast<uintptr_t>(frames[i]);
        module = moduleAt(pc); // a faulting instruction (the frame the signal interrupted)
        if (module < 0 && pc > 0)
            module = moduleAt(pc - 1); // a return address just past a call at the end of a function
    }
    const char* path = g_crashPath.load();
    if (module < 0 || module >= g_moduleCount.load(std::memory_order_acquire) || !path || g_crashRecorded.exchange(true))
        return;
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    writeAll(fd, "module ");
    writeAll(fd, g_moduleIds[module]);
    writeAll(fd, "\n");
    writeAll(fd, crashLine(sig));
    ::fsync(fd);
    ::close(fd);
}

extern "C" void tesseraSafeModeOnCrash(int sig, siginfo_t* info, void* /*context*/)
{
    const int savedErrno = errno;
    const bool owner = ::getpid() == g_markerOwner.load();
    const int fd = owner ? g_markerFd.exchange(-1) : -1;
    if (fd >= 0 && raisedByThisProcess(info)) {
        writeAll(fd, crashLine(sig));
        ::fsync(fd);
    } else if (fd < 0 && owner && g_attributing.load() && raisedByThisProcess(info)) {
        recordCrashInModule(sig);
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

void installHandlers()
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
}

void arm(int fd)
{
    installHandlers();
    g_markerFd.store(fd);
}

void disarm()
{
    g_markerFd.store(-1);
    if (g_attributing.load()) // armed for the life of the process
        return;
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

quint64 ownStartTime() { return SafeMode::ownStartTime(); }

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
    QString kind; // "loading", "crashed" or "hung"
    qint64 pid = 0;
    quint64 start = 0;
};

MarkerName parseMarkerName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^(loading|crashed|hung)-(\\d+)-(\\d+)\\.marker$"));
    MarkerName m;
    if (name == kLegacyMarker) {
        m.valid = m.legacy = true;
        m.kind = QStringLiteral("loading");
        return m;
    }
    const auto match = re.match(name);
    if (!match.hasMatch())
        return m;
    m.valid = true;
    m.kind = match.captured(1);
    m.pid = match.captured(2).toLongLong();
    m.start = match.captured(3).toULongLong();
    return m;
}

struct MarkerContent {
    QString module;
    QString signal; // empty: no crash recorded
    QString hook;   // hung-*.marker: the call that did not return
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
        else if (key == QLatin1String("hook") && c.hook.isEmpty())
            c.hook = value;
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

QString SafeMode::crashMarkerFileName(qint64 pid, quint64 startTime)
{
    return QStringLiteral("crashed-%1-%2.marker").arg(pid).arg(startTime);
}

QString SafeMode::hangMarkerFileName(qint64 pid, quint64 startTime)
{
    return QStringLiteral("hung-%1-%2.marker").arg(pid).arg(startTime);
}

quint64 SafeMode::ownStartTime()
{
    static const quint64 start = processStartTime(::getpid());
    return start;
}

void SafeMode::registerModuleLibrary(const QString& id, const void* addressInside)
{
    std::lock_guard lock(g_registerMutex);
    const int module = g_moduleCount.load();
    if (module >= kMaxModules)
        return;
    // The library holding that address, and its executable segments.
    struct Search {
        uintptr_t address;
        int module;
        int added = 0;
    } search{reinterpret_cast<uintptr_t>(addressInside), module};
    const QByteArray utf8 = id.toUtf8().left(kIdBytes - 1);
    std::memcpy(g_moduleIds[module], utf8.constData(), static_cast<size_t>(utf8.size()));
    g_moduleIds[module][utf8.size()] = '\0';
    ::dl_iterate_phdr([](struct dl_phdr_info* info, size_t, void* data) -> int {
        auto* s = static_cast<Search*>(data);
        bool mine = false;
        for (int i = 0; i < info->dlpi_phnum && !mine; ++i) {
            const ElfW(Phdr)& ph = info->dlpi_phdr[i];
            const uintptr_t begin = info->dlpi_addr + ph.p_vaddr;
            mine = ph.p_type == PT_LOAD && s->address >= begin && s->address < begin + ph.p_memsz;
        }
        if (!mine)
            return 0;
        for (int i = 0; i < info->dlpi_phnum; ++i) {
            const ElfW(Phdr)& ph = info->dlpi_phdr[i];
            const int at = g_rangeCount.load();
            if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X) || at >= kMaxRanges)
                continue;
            g_ranges[at].begin = info->dlpi_addr + ph.p_vaddr;
            g_ranges[at].end = g_ranges[at].begin + ph.p_memsz;
            g_ranges[at].module = s->module;
            g_rangeCount.store(at + 1, std::memory_order_release);
            ++s->added;
        }
        return 1;
    }, &search);
    if (search.added > 0)
        g_moduleCount.store(module + 1, std::memory_order_release);
    else
        log()->warn("safe mode: the code of module {} was not found in memory; a crash in it would not be told "
                    "from a crash elsewhere", id);
}

void SafeMode::watchModuleCrashes(const QString& stateDir)
{
    QDir().mkpath(stateDir);
    const QByteArray path = QFile::encodeName(
        QDir(stateDir).filePath(crashMarkerFileName(::getpid(), ownStartTime())));
    const char* current = g_crashPath.load();
    if (!current || path != current) {
        // Never freed (the handler may still read the old one), and kept
        // reachable so a leak checker sees a deliberate leak, not a lost one.
        static auto* everyPath = new std::vector<const char*>;
        const char* copy = qstrdup(path.constData());
        everyPath->push_back(copy);
        g_crashPath.store(copy);
    }
    if (g_attributing.load())
        return;
    void* warmUp[2];
    ::backtrace(warmUp, 2); // loads the unwinder now, not inside the handler
    installHandlers();
    g_attributing.store(true);
}

SafeMode::AlternateStack::AlternateStack()
{
    stack_t current{};
    if (::sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE))
        return; // one already (a sanitizer's, or the thread's own)
    const size_t size = std::max<size_t>(64 * 1024, static_cast<size_t>(SIGSTKSZ));
    m_stack = new char[size];
    stack_t s{};
    s.ss_sp = m_stack;
    s.ss_size = size;
    if (::sigaltstack(&s, nullptr) != 0) {
        delete[] m_stack;
        m_stack = nullptr;
    }
}

SafeMode::AlternateStack::~AlternateStack()
{
    if (!m_stack)
        return;
    stack_t off{};
    off.ss_flags = SS_DISABLE;
    ::sigaltstack(&off, nullptr);
    delete[] m_stack;
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
    const QString on = q->crashedAt.isValid()
        ? QStringLiteral(" on %1").arg(q->crashedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        : QString();
    if (q->during == During::Hang)
        return QStringLiteral("This module stopped responding in %1%2, so it is skipped (safe mode) until you re-enable "
                              "it: tessera-cli plugins reenable %3").arg(q->hook.isEmpty() ? QStringLiteral("a call") : q->hook, on, id);
    if (q->during == During::Use)
        return QStringLiteral("Tessera stopped because of an error (%1) inside this module while it was in use%2, so it is "
                              "skipped (safe mode) until you re-enable it: tessera-cli plugins reenable %3").arg(q->signal, on, id);
    if (q->signal.isEmpty()) // recorded by an older Tessera, which could not tell a crash from a kill
        return QStringLiteral("Tessera stopped unexpectedly while loading this module, so it is skipped (safe mode); "
                              "re-enable it with: tessera-cli plugins reenable %1").arg(id);
    const QString when = q->crashedAt.isValid()
        ? QStringLiteral(" on %1").arg(q->crashedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        : QString();
    return QStringLiteral("Tessera crashed (%1) inside this module while loading it%2, so it is skipped (safe mode) "
                          "until you re-enable it: tessera-cli plugins reenable %3").arg(q->signal, when, id);
}

QString SafeMode::notice(const QString& id) const
{
    const auto q = quarantine(id);
    if (!q)
        return {};
    const QString after = QStringLiteral("it is turned off (safe mode) until you re-enable it: tessera-cli plugins reenable %1").arg(id);
    switch (q->during) {
    case During::Hang:
        return QStringLiteral("The module \"%1\" stopped responding in %2 last time; %3").arg(id, q->hook, after);
    case During::Use:
        return QStringLiteral("Tessera stopped because of an error (%1) inside the module \"%2\" last time; %3").arg(q->signal, id, after);
    case During::Loading:
        break;
    }
    return QStringLiteral("Tessera crashed (%1) inside the module \"%2\" while loading it last time; %3").arg(q->signal, id, after);
}

Status SafeMode::quarantineNow(const QString& id, const Quarantine& q)
{
    QDir().mkpath(m_dir);
    StateLock lock(QDir(m_dir).filePath(kLock));
    if (!lock.held())
        return makeError(ErrorCode::Conflict, QStringLiteral("safe mode: %1").arg(lock.problem()));
    readQuarantine();
    m_quarantined.insert(id, q);
    return saveQuarantine();
}

QStringList SafeMode::recover()
{
    readQuarantine();
    const QDir dir(m_dir);
    if (!dir.exists())
        return {};
    const QStringList patterns{QStringLiteral("loading-*.marker"), QStringLiteral("crashed-*.marker"),
                               QStringLiteral("hung-*.marker"), kLegacyMarker};

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
        const bool hung = m.kind == QLatin1String("hung");
        const bool used = m.kind == QLatin1String("crashed");
        if (c.module.isEmpty()) {
            if (!hung && !used)
                log()->info("safe mode: process {} was stopped as it began loading a module; not a crash of the module", m.pid);
            continue;
        }
        if (c.signal.isEmpty() && !hung) {
            log()->info("safe mode: process {} was stopped while loading {}; not a crash of the module", m.pid, c.module);
            continue;
        }
        Quarantine q;
        q.signal = c.signal;
        q.during = hung ? During::Hang : used ? During::Use : During::Loading;
        q.hook = c.hook;
        q.crashedAt = QFileInfo(path).lastModified().toUTC(); // the crash record was the last write
        if (!q.crashedAt.isValid())
            q.crashedAt = QDateTime::currentDateTimeUtc();
        if (!m_quarantined.contains(c.module))
            added << c.module;
        m_quarantined.insert(c.module, q);
        changed = true;
        if (hung)
            log()->warn("safe mode: module {} had stopped responding in {} when Tessera (process {}) ended; it is "
                        "skipped until re-enabled (tessera-cli plugins reenable {})", c.module, c.hook, m.pid, c.module);
        else if (used)
            log()->warn("safe mode: Tessera (process {}) stopped because of an error ({}) inside module {}; it is "
                        "skipped until re-enabled (tessera-cli plugins reenable {})", m.pid, c.signal, c.module, c.module);
        else
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
        const QString during = o.value(QStringLiteral("during")).toString();
        entry.during = during == QLatin1String("hang") ? During::Hang : during == QLatin1String("use") ? During::Use : During::Loading;
        entry.hook = o.value(QStringLiteral("hook")).toString();
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
        if (q.during != During::Loading)
            o.insert(QStringLiteral("during"), q.during == During::Hang ? QStringLiteral("hang") : QStringLiteral("use"));
        if (!q.hook.isEmpty())
            o.insert(QStringLiteral("hook"), q.hook);
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
