#include "desktopintegration.h"

#include "host/host.h"
#include "host/logging.h"
#include "host/qstringformatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace tessera::core {

namespace {

const QString kKeepRunning = QStringLiteral("desktop/keepRunning");

QString autostartFileName() { return QString::fromLatin1(kDesktopId) + QStringLiteral(".desktop"); }

// The program to start: plain "tessera" when that is what the PATH finds
// (an installed Tessera), else this program's full path (a build tree).
QString programForExec()
{
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("tessera"));
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == self)
        return QStringLiteral("tessera");
    return self.isEmpty() ? QStringLiteral("tessera") : self;
}

// The data folder a plain `tessera` uses (Host::defaultDataDir() without $TESSERA_DATA_DIR,
// which a login session does not have).
QString usualDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(QDir(base).filePath(QStringLiteral("tessera"))).absolutePath();
}

} // namespace

QString desktopExecArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = argument.isEmpty();
    for (const QChar c : argument)
        quote = quote || reserved.contains(c);
    QString arg = argument;
    if (quote) {
        QString inner;
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
                inner += QLatin1Char('\\');
            inner += c;
        }
        arg = QLatin1Char('"') + inner + QLatin1Char('"');
    }
    // The value is a string: a backslash is written \\ (so \" in the command becomes \\" in the file).
    arg.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    arg.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return arg;
}

DesktopIntegration::DesktopIntegration(Host& host, QString autostartDir, QObject* parent)
    : QObject(parent),
      m_host(host),
      m_autostartDir(autostartDir.isEmpty() ? defaultAutostartDir() : std::move(autostartDir)),
      m_settings(std::make_unique<QSettings>(QDir(host.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
{
}

DesktopIntegration::~DesktopIntegration() = default;

QString DesktopIntegration::defaultAutostartDir()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::home().filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("autostart"));
}

bool DesktopIntegration::keepRunning() const
{
    const QVariant chosen = m_settings->value(kKeepRunning);
    if (chosen.isValid())
        return chosen.toBool();
    return m_host.profile().desktopKeepRunning.value_or(false);
}

bool DesktopIntegration::keepRunningFromClinic() const
{
    return !m_settings->value(kKeepRunning).isValid() && m_host.profile().desktopKeepRunning.has_value();
}

void DesktopIntegration::setKeepRunning(bool keep)
{
    if (keep == keepRunning() && !keepRunningFromClinic())
        return;
    m_settings->setValue(kKeepRunning, keep);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        setProblem(tr("%1: the setting could not be saved.").arg(QDir::toNativeSeparators(m_settings->fileName())));
    else
        setProblem({});
    logger("desktop")->info("keep running when the window is closed: {}", keep ? "on" : "off");
    emit keepRunningChanged();
}

void DesktopIntegration::setTrayAvailable(bool available)
{
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    emit trayAvailableChanged();
}

QString DesktopIntegration::autostartPath() const { return QDir(m_autostartDir).filePath(autostartFileName()); }

bool DesktopIntegration::startAtLogin() const
{
    QFile f(autostartPath());
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // The desktop's own switch writes Hidden=true or X-GNOME-Autostart-enabled=false.
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

QByteArray DesktopIntegration::autostartEntry() const
{
    QStringList exec{desktopExecArgument(programForExec()), QStringLiteral("--background")};
    const QString dataDir = QDir(m_host.dataDir()).absolutePath();
    if (dataDir != usualDataDir())
        exec << QStringLiteral("--data-dir") << desktopExecArgument(dataDir);
    QByteArray text;
    text += "[Desktop Entry]\n";
    text += "Type=Application\n";
    text += "Name=Tessera\n";
    text += "Comment=Starts Tessera in the background when you log in, so reminders can appear\n";
    text += "Exec=" + exec.join(QLatin1Char(' ')).toUtf8() + '\n';
    text += "Icon=" + QByteArray(kDesktopId) + '\n';
    text += "Terminal=false\n";
    text += "X-GNOME-Autostart-enabled=true\n";
    return text;
}

void DesktopIntegration::setStartAtLogin(bool start)
{
    const QString path = autostartPath();
    const QString shown = QDir::toNativeSeparators(path);
    if (start) {
        if (!QDir().mkpath(m_autostartDir)) {
            setProblem(tr("%1: the folder could not be made, so Tessera will not start when you log in.")
                           .arg(QDir::toNativeSeparators(m_autostartDir)));
            emit startAtLoginChanged();
            return;
        }
        QSaveFile file(path);
        const QByteArray entry = autostartEntry();
        if (!file.open(QIODevice::WriteOnly) || file.write(entry) != entry.size() || !file.commit()) {
            setProblem(tr("%1: could not be written (%2), so Tessera will not start when you log in.")
                           .arg(shown, file.errorString()));
            emit startAtLoginChanged();
            return;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        logger("desktop")->info("start at login: on ({})", shown);
    } else {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            setProblem(tr("%1: could not be removed, so Tessera may still start when you log in.").arg(shown));
            emit startAtLoginChanged();
            return;
        }
        logger("desktop")->info("start at login: off");
    }
    setProblem({});
    emit startAtLoginChanged();
}

void DesktopIntegration::quitNow()
{
    logger("desktop")->info("quit (Settings or Ctrl+Q)");
    QCoreApplication::quit();
}

void DesktopIntegration::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty())
        logger("desktop")->warn("{}", problem);
    emit problemChanged();
}

} // namespace tessera::core
