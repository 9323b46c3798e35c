#include "lockcontroller.h"
#include "appcontroller.h"

#include "host/host.h"
#include "host/logging.h"
#include "store/journalkey.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QStandardPaths>
#include <QThread>

#include <sodium.h>

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {


QVariantMap result(bool ok, const QString& message)
{
    return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
}

// Wipes a passphrase's bytes once they are no longer needed.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// How long the next try waits after `failures` wrong ones in a row.
int delayAfter(int failures)
{
    static const int kDelays[] = {0, 0, 0, 2, 4, 8, 16};
    return failures < int(std::size(kDelays)) ? kDelays[failures] : 30;
}

constexpr int kMinPassphraseLength = 8;
const QString kIdleKey = QStringLiteral("appLock/idleMinutes");
constexpr int kDefaultIdleMinutes = 15;

} // namespace

LockController::LockController(Host& host, QObject* parent)
    : QObject(parent),
      m_host(host),
      m_settings(std::make_unique<QSettings>(QDir(host.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
{
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (--m_retrySeconds <= 0) {
            m_retrySeconds = 0;
            m_retryTimer.stop();
        }
        emit stateChanged();
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        logger("host")->info("the app locked after the idle time");
        lockNow();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    restartIdleTimer();
}

LockController::~LockController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    // An unlock still running finishes first (it holds nothing of this object's but its result).
    for (QThread* t : findChildren<QThread*>())
        t->wait();
}

bool LockController::encrypted() const
{
    if (JournalStore* store = m_host.store())
        return store->isEncrypted();
    return m_host.journalEncrypted();
}

bool LockController::requirePassphrase() const { return m_host.profile().appLockRequirePassphrase; }
int LockController::maxIdleMinutes() const { return m_host.profile().appLockMaxIdleMinutes; }

int LockController::idleMinutes() const
{
    const int chosen = m_settings->value(kIdleKey, kDefaultIdleMinutes).toInt();
    const int max = maxIdleMinutes();
    if (max > 0 && (chosen <= 0 || chosen > max))
        return max;
    return std::max(chosen, 0);
}

void LockController::setIdleMinutes(int minutes)
{
    if (minutes == idleMinutes())
        return;
    m_settings->setValue(kIdleKey, std::max(minutes, 0));
    restartIdleTimer();
    emit idleMinutesChanged();
}

QVariantList LockController::idleChoices() const
{
    QVariantList out;
    const int max = maxIdleMinutes();
    for (int m : {1, 5, 15, 30, 60}) {
        if (max > 0 && m > max)
            continue;
        out << QVariantMap{{QStringLiteral("minutes"), m},
                           {QStringLiteral("label"), m == 1 ? QCoreApplication::translate("AppLock", "After 1 minute") : QCoreApplication::translate("AppLock", "After %1 minutes").arg(m)}};
    }
    if (max > 0 && !out.isEmpty() && out.last().toMap().value(QStringLiteral("minutes")).toInt() != max)
        out << QVariantMap{{QStringLiteral("minutes"), max}, {QStringLiteral("label"), QCoreApplication::translate("AppLock", "After %1 minutes").arg(max)}};
    if (max <= 0)
        out << QVariantMap{{QStringLiteral("minutes"), 0}, {QStringLiteral("label"), QCoreApplication::translate("AppLock", "Never")}};
    return out;
}

bool LockController::firstRunNeeded() const
{
    const QString journal = m_host.journalPath();
    if (m_host.options().demo || m_host.options().readOnly || journal == QLatin1String(":memory:"))
        return false;
    if (QFileInfo::exists(journal) || QFileInfo::exists(JournalKey::pathFor(journal)))
        return false;
    // Not a first run when a journal was here before (backups, a copy kept aside by
    // a restore): the host says so and offers them instead (Host::openJournal()).
    const QFileInfo info(journal);
    if (!info.dir().entryList({info.fileName() + QStringLiteral("*")}, QDir::Files | QDir::Hidden).isEmpty())
        return false;
    return QDir(m_host.backupDir()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty();
}

void LockController::startLocked()
{
    m_locked = true;
    m_idleTimer.stop();
    emit stateChanged();
}

void LockController::journalOpened()
{
    restartIdleTimer();
    emit stateChanged();
}

void LockController::startFirstRun()
{
    m_firstRunStep = QStringLiteral("passphrase");
    emit stateChanged();
}

void LockController::setMessage(const QString& message)
{
    m_message = message;
    emit stateChanged();
}

void LockController::unlock(const QString& passphrase) { runUnlock(passphrase, false); }
void LockController::unlockWithRecoveryKey(const QString& recoveryKey) { runUnlock(recoveryKey, true); }

void LockController::runUnlock(const QString& secret, bool recovery)
{
    if (m_busy || m_retrySeconds > 0 || !m_locked)
        return;
    if (secret.trimmed().isEmpty()) {
        setMessage(recovery ? QCoreApplication::translate("AppLock", "Type your recovery key first.") : QCoreApplication::translate("AppLock", "Type your passphrase first."));
        return;
    }
    m_busy = true;
    m_message.clear();
    emit stateChanged();
    // Argon2id takes about a second: in a thread of its own, so the window keeps drawing.
    struct Outcome {
        sdk::Result<std::shared_ptr<const DataKey>> key = sdk::makeError(sdk::ErrorCode::Internal, QString());
    };
    auto outcome = std::make_shared<Outcome>();
    const QString keyFile = JournalKey::pathFor(m_host.journalPath());
    QThread* thread = QThread::create([outcome, keyFile, secret, recovery] {
        if (recovery) {
            outcome->key = JournalKey::unlockWithRecoveryKey(keyFile, secret);
        } else {
            QByteArray bytes = secret.toUtf8();
            outcome->key = JournalKey::unlock(keyFile, bytes);
            wipe(bytes);
        }
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_busy = false;
        if (!outcome->key.ok()) {
            const sdk::Error& e = outcome->key.error();
            logger("host")->info("unlocking the journal failed ({})", e.code == sdk::ErrorCode::PermissionDenied ? "wrong passphrase or recovery key" : "error");
            failedAttempt(e.code == sdk::ErrorCode::PermissionDenied
                              ? QCoreApplication::translate("AppLock", "That did not open your journal. Nothing was changed. Check the keyboard layout and "
                                    "Caps Lock, and try again.")
                              : e.message);
            return;
        }
        if (sdk::Status s = m_host.useKey(std::move(outcome->key).value()); !s.ok()) {
            failedAttempt(s.error().message);
            return;
        }
        m_failures = 0;
        m_locked = false;
        m_message.clear();
        restartIdleTimer();
        emit stateChanged();
        emit unlocked();
    });
    thread->start();
}

void LockController::failedAttempt(const QString& message)
{
    ++m_failures;
    m_retrySeconds = delayAfter(m_failures);
    if (m_retrySeconds > 0)
        m_retryTimer.start();
    m_message = message;
    emit stateChanged();
}

void LockController::lockNow()
{
    if (m_locked || !m_host.store() || !m_host.store()->isEncrypted())
        return;
    // Views let go of what they show first (the shell unloads its pages), then the store
    // locks: on the next turn of the event loop, queued behind the pages' deletion (Qt
    // deletes a Loader's page then), so that a page keeps what was being written as it
    // closes (the Write page's draft, a thought record as a draft). Locked at once, a
    // draft written in the page's last moment was refused, and lost.
    m_locked = true;
    m_idleTimer.stop();
    m_message.clear();
    emit stateChanged();
    QMetaObject::invokeMethod(
        this, [this] {
            if (m_locked)
                m_host.lock();
        },
        Qt::QueuedConnection);
}

void LockController::restartIdleTimer()
{
    const int minutes = idleMinutes();
    if (m_locked || !m_host.store() || !m_host.store()->isEncrypted() || (minutes <= 0 && m_idleOverrideMs <= 0)) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(m_idleOverrideMs > 0 ? m_idleOverrideMs : minutes * 60 * 1000);
}

void LockController::setIdleIntervalForTests(int ms)
{
    m_idleOverrideMs = ms;
    restartIdleTimer();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (m_idleTimer.isActive())
            m_idleTimer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

QString LockController::checkNewPassphrase(const QString& passphrase, const QString& repeated)
{
    if (passphrase.size() < kMinPassphraseLength)
        return QCoreApplication::translate("AppLock", "Choose a passphrase of at least %1 characters. A few unrelated words are easy to remember "
                   "and hard to guess.").arg(kMinPassphraseLength);
    if (passphrase != repeated)
        return QCoreApplication::translate("AppLock", "The two passphrases are not the same. Type it again in both fields.");
    return {};
}

void LockController::choosePassphrase(const QString& passphrase, const QString& repeated)
{
    if (m_busy)
        return;
    if (const QString problem = checkNewPassphrase(passphrase, repeated); !problem.isEmpty()) {
        setMessage(problem);
        return;
    }
    m_busy = true;
    m_message.clear();
    emit stateChanged();
    auto created = std::make_shared<sdk::Result<JournalKey::Created>>(sdk::makeError(sdk::ErrorCode::Internal, QString()));
    const QString keyFile = JournalKey::pathFor(m_host.journalPath());
    QThread* thread = QThread::create([created, keyFile, passphrase] {
        QByteArray bytes = passphrase.toUtf8();
        *created = JournalKey::create(keyFile, bytes);
        wipe(bytes);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, created] {
        thread->deleteLater();
        m_busy = false;
        if (!created->ok()) {
            setMessage(created->error().message);
            return;
        }
        if (sdk::Status s = m_host.useKey(created->value().key); !s.ok()) {
            setMessage(s.error().message);
            return;
        }
        m_recoveryKey = created->value().recoveryKey;
        m_firstRunStep = QStringLiteral("recovery");
        emit stateChanged();
    });
    thread->start();
}

void LockController::skipPassphrase()
{
    if (requirePassphrase()) {
        setMessage(QCoreApplication::translate("AppLock", "Your clinic's settings ask for a passphrase on this computer."));
        return;
    }
    m_firstRunStep.clear();
    m_message.clear();
    emit stateChanged();
    emit firstRunFinished();
}

void LockController::finishFirstRun()
{
    m_firstRunStep.clear();
    forgetRecoveryKey();
    emit firstRunFinished();
}

void LockController::forgetRecoveryKey()
{
    if (!m_recoveryKey.isEmpty())
        m_recoveryKey.fill(QLatin1Char('0'));
    m_recoveryKey.clear();
    m_message.clear();
    restartIdleTimer();
    emit stateChanged();
}

QVariantMap LockController::saveRecoveryKeyPdf(const QString& folder)
{
    if (m_recoveryKey.isEmpty())
        return result(false, QCoreApplication::translate("AppLock", "There is no recovery key to save."));
    // Not beside the journal: a recovery key kept with what it opens protects nothing.
    const QString dir = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("tessera-recovery-key.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("AppLock", "Tessera recovery key"));
        writer.setCreator(QStringLiteral("Tessera"));
        QPainter painter;
        if (!painter.begin(&writer))
            return result(false, QCoreApplication::translate("AppLock", "The PDF could not be written at %1.").arg(QDir::toNativeSeparators(path)));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
        doc.setHtml(QStringLiteral("<h1>%1</h1><p>%2</p><p style=\"font-family: 'DejaVu Sans Mono'; font-size: 16pt\"><b>%3</b></p>"
                                   "<p>%4</p><p>%5</p>")
                        .arg(esc(QCoreApplication::translate("AppLock", "Tessera recovery key")),
                             esc(QCoreApplication::translate("AppLock", "This key opens your journal if you forget your passphrase.")),
                             esc(m_recoveryKey),
                             esc(QCoreApplication::translate("AppLock", "Keep it somewhere safe and private, away from this computer, like a spare house key. "
                                     "Anyone who has it can open your journal.")),
                             esc(QCoreApplication::translate("AppLock", "To use it, choose \"Use recovery key instead\" on the lock screen, or run "
                                     "tessera-cli with --recovery-key-file."))));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(12);
        doc.setDefaultFont(font);
        doc.setTextWidth(page.width());
        doc.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
        painter.end();
    }
    if (QFileInfo(path).size() <= 0)
        return result(false, QCoreApplication::translate("AppLock", "The PDF could not be written at %1.").arg(QDir::toNativeSeparators(path)));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return result(true, QCoreApplication::translate("AppLock", "Saved at %1. Print it or copy it somewhere safe, then delete the file from this computer.")
                            .arg(QDir::toNativeSeparators(path)));
}

QVariantMap LockController::changePassphrase(const QString& current, const QString& next, const QString& repeated)
{
    if (const QString problem = checkNewPassphrase(next, repeated); !problem.isEmpty())
        return result(false, problem);
    QByteArray oldBytes = current.toUtf8();
    QByteArray newBytes = next.toUtf8();
    const sdk::Status s = JournalKey::changePassphrase(JournalKey::pathFor(m_host.journalPath()), oldBytes, newBytes);
    wipe(oldBytes);
    wipe(newBytes);
    if (!s.ok())
        return result(false, s.error().code == sdk::ErrorCode::PermissionDenied
                                 ? QCoreApplication::translate("AppLock", "The current passphrase is not right, so nothing was changed.")
                                 : s.error().message);
    return result(true, QCoreApplication::translate("AppLock", "Your passphrase is changed. Your recovery key stays the same."));
}

QVariantMap LockController::turnOnEncryption(const QString& passphrase, const QString& repeated)
{
    JournalStore* store = m_host.store();
    if (!store)
        return result(false, QCoreApplication::translate("AppLock", "The journal is not open."));
    if (const QString problem = checkNewPassphrase(passphrase, repeated); !problem.isEmpty())
        return result(false, problem);
    QByteArray bytes = passphrase.toUtf8();
    // The automatic backups follow the journal (encrypted with it).
    auto created = store->encrypt(bytes, m_host.backupDir());
    wipe(bytes);
    if (!created.ok())
        return result(false, QCoreApplication::translate("AppLock", "Encryption was not turned on: %1").arg(created.error().message));
    (void)m_host.useKey(created->key);
    m_recoveryKey = created->recoveryKey;
    restartIdleTimer();
    emit stateChanged();
    return result(true, QCoreApplication::translate("AppLock", "Your journal is encrypted. Write down your recovery key now: it is shown only once."));
}

QVariantMap LockController::turnOffEncryption()
{
    JournalStore* store = m_host.store();
    if (!store)
        return result(false, QCoreApplication::translate("AppLock", "The journal is not open."));
    if (requirePassphrase())
        return result(false, QCoreApplication::translate("AppLock", "Your clinic's settings ask for encryption on this computer."));
    if (sdk::Status s = store->decrypt(m_host.backupDir()); !s.ok())
        return result(false, QCoreApplication::translate("AppLock", "Encryption was not turned off: %1").arg(s.error().message));
    m_host.lock(); // lets go of the key; the journal is plain now
    restartIdleTimer();
    emit stateChanged();
    return result(true, QCoreApplication::translate("AppLock", "Your journal is no longer encrypted."));
}

double LockController::textScale() const
{
    return AppController::systemTextScale() * AppController::savedTextSize(*m_settings) / 100.0;
}

} // namespace tessera::core
