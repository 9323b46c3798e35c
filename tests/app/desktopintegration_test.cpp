// Desktop integration (issue 24), through real parts: `cmake --install` of
// the desktop entry and icon (checked by desktop-file-validate), the
// autostart entry written and removed by the Settings controller, the clinic
// profile's default, and real `tessera` processes: a second launch on the
// same data folder brings the first one's window forward and exits 0, also
// after the first was killed with -9 (its socket left behind).
#include "app/desktopintegration.h"
#include "app/desktopshell.h"
#include "host/host.h"
#include "profile/profile.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::core;

namespace {

test::ProcessResult validate(const QString& desktopFile)
{
    return test::runProcess(QStringLiteral("desktop-file-validate"), {desktopFile}, 30000);
}

QString textOf(const QString& path) { return QString::fromUtf8(test::bytesOf(path)); }

int modeOf(const QString& path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// ---- cmake --install: the .desktop file and the icon ----

TEST(DesktopInstall, InstallPutsAValidDesktopFileAndIconInPlace)
{
    QTemporaryDir prefix;
    ASSERT_TRUE(prefix.isValid());
    const auto r = test::runProcess(QStringLiteral(TESSERA_CMAKE_COMMAND),
                                    {QStringLiteral("--install"), QStringLiteral(TESSERA_BUILD_DIR), QStringLiteral("--prefix"),
                                     prefix.path(), QStringLiteral("--component"), QStringLiteral("desktop")},
                                    120000);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QString desktop = prefix.filePath(QStringLiteral("share/applications/org.tessera.Tessera.desktop"));
    const QString svg = prefix.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/org.tessera.Tessera.svg"));
    const QString png = prefix.filePath(QStringLiteral("share/icons/hicolor/256x256/apps/org.tessera.Tessera.png"));
    ASSERT_TRUE(QFileInfo::exists(desktop)) << r.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(svg));
    EXPECT_TRUE(QFileInfo::exists(png));
    EXPECT_TRUE(test::bytesOf(svg).contains("<svg"));
    EXPECT_TRUE(test::bytesOf(png).startsWith("\x89PNG"));

    const auto v = validate(desktop);
    EXPECT_EQ(v.exitCode, 0) << v.out.toStdString() << v.err.toStdString();
    const QString text = textOf(desktop);
    for (const char* line : {"Name=Tessera", "Exec=tessera", "Icon=org.tessera.Tessera", "Terminal=false", "StartupWMClass=tessera"})
        EXPECT_TRUE(text.contains(QLatin1String(line) + QLatin1Char('\n'))) << line;
    EXPECT_TRUE(text.contains(QStringLiteral("GenericName=")));
    EXPECT_TRUE(text.contains(QStringLiteral("Comment=")));
    EXPECT_TRUE(text.contains(QStringLiteral("Categories=")));
}

// ---- Settings: start at login, keep running ----

class DesktopSettingsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        // A data folder with characters the Exec key must quote.
        data = dir.filePath(QStringLiteral("my data $folder \"x\""));
        ASSERT_TRUE(QDir().mkpath(data));
        config = dir.filePath(QStringLiteral("config"));
    }
    std::unique_ptr<Host> host(const QString& profile = {})
    {
        HostOptions o;
        o.dataDir = data;
        o.profilePath = profile;
        o.bundledPlugins = false;
        auto h = std::make_unique<Host>(o);
        h->prepare();
        return h;
    }
    QTemporaryDir dir;
    QString data;
    QString config;
};

TEST_F(DesktopSettingsTest, AutostartEntryIsWrittenValidAndRemoved)
{
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    auto h = host();
    DesktopIntegration desktop(*h); // $XDG_CONFIG_HOME/autostart
    qputenv("XDG_CONFIG_HOME", oldConfig);
    const QString entry = QDir(config).filePath(QStringLiteral("autostart/org.tessera.Tessera.desktop"));
    EXPECT_EQ(desktop.autostartPath(), entry);
    EXPECT_FALSE(desktop.startAtLogin());

    desktop.setStartAtLogin(true);
    EXPECT_TRUE(desktop.problem().isEmpty()) << desktop.problem().toStdString();
    ASSERT_TRUE(QFileInfo::exists(entry));
    EXPECT_TRUE(desktop.startAtLogin());
    EXPECT_EQ(modeOf(entry), 0600);
    const QString text = textOf(entry);
    EXPECT_TRUE(text.contains(QStringLiteral("X-GNOME-Autostart-enabled=true\n")));
    EXPECT_TRUE(text.contains(QStringLiteral(" --background --data-dir ")));
    // The quoted folder, as the Desktop Entry Specification wants it: "...\\$folder \\"x\\""
    EXPECT_TRUE(text.contains(QStringLiteral("\"") + dir.path() + QStringLiteral("/my data \\\\$folder \\\\\"x\\\\\"\"\n")))
        << text.toStdString();
    const auto v = validate(entry);
    EXPECT_EQ(v.exitCode, 0) << v.out.toStdString() << v.err.toStdString() << text.toStdString();

    // The desktop's own switch turns it off without removing it.
    test::writeFile(entry, test::bytesOf(entry).replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"));
    EXPECT_FALSE(desktop.startAtLogin());
    desktop.setStartAtLogin(true);
    EXPECT_TRUE(desktop.startAtLogin());

    desktop.setStartAtLogin(false);
    EXPECT_FALSE(QFileInfo::exists(entry));
    EXPECT_FALSE(desktop.startAtLogin());
    EXPECT_TRUE(desktop.problem().isEmpty());
}

TEST_F(DesktopSettingsTest, AnAutostartFolderThatCannotBeMadeIsSaidAndNothingClaimsItWorked)
{
    test::writeFile(config, "a file where the folder should be");
    auto h = host();
    DesktopIntegration desktop(*h, QDir(config).filePath(QStringLiteral("autostart")));
    desktop.setStartAtLogin(true);
    EXPECT_FALSE(desktop.startAtLogin());
    EXPECT_TRUE(desktop.problem().contains(QDir(config).filePath(QStringLiteral("autostart")))) << desktop.problem().toStdString();
}

TEST_F(DesktopSettingsTest, KeepRunningIsOffByDefaultKeptInSettingsAndAClinicMaySetTheDefault)
{
    {
        auto h = host();
        DesktopIntegration desktop(*h, config);
        EXPECT_FALSE(desktop.keepRunning());
        EXPECT_FALSE(desktop.keepRunningFromClinic());
    }
    const QString profile = dir.filePath(QStringLiteral("clinic.json"));
    test::writeFile(profile, R"({"name": "Clinic", "desktop": {"keepRunning": true}})");
    {
        auto h = host(profile);
        DesktopIntegration desktop(*h, config);
        EXPECT_TRUE(desktop.keepRunning());
        EXPECT_TRUE(desktop.keepRunningFromClinic());
        desktop.setKeepRunning(false); // the client's choice wins, and is kept
    }
    {
        auto h = host(profile);
        DesktopIntegration desktop(*h, config);
        EXPECT_FALSE(desktop.keepRunning());
        EXPECT_FALSE(desktop.keepRunningFromClinic());
    }
}

// Closing the window: with "keep running" on it is hidden (the close never
// reaches the window, so the app does not quit) and a second launch or the
// tray shows it again; with it off, the close goes through as before.
TEST_F(DesktopSettingsTest, CloseHidesTheWindowOnlyWhenKeepRunningIsOn)
{
    auto h = host();
    DesktopIntegration desktop(*h, config);
    DesktopShell shell(desktop);
    QQuickWindow window;
    window.resize(200, 100);
    window.show();
    shell.setWindow(&window);
    QSignalSpy closing(&window, &QQuickWindow::closing);

    desktop.setKeepRunning(true);
    EXPECT_FALSE(QGuiApplication::quitOnLastWindowClosed());
    window.close();
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(closing.count(), 0) << "the close was not let through";
    shell.bringForward();
    EXPECT_TRUE(window.isVisible());

    desktop.setKeepRunning(false);
    EXPECT_TRUE(QGuiApplication::quitOnLastWindowClosed());
    window.close();
    EXPECT_EQ(closing.count(), 1);
    EXPECT_FALSE(window.isVisible());
}

TEST(DesktopProfile, ABadDesktopSectionIsRefusedNamingTheField)
{
    auto bad = parseProfile(R"({"name": "C",
 "desktop": {"keepRunning": "yes"}})", QStringLiteral("/etc/tessera/profile.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("profile.json: line 2: desktop.keepRunning: must be true or false")))
        << bad.error().message.toStdString();
    auto unknown = parseProfile(R"({"name": "C", "desktop": {"trayIcon": true}})", QStringLiteral("p.json"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("desktop.trayIcon"))) << unknown.error().message.toStdString();
}

TEST(DesktopExec, ArgumentsAreQuotedAsTheSpecificationSays)
{
    EXPECT_EQ(desktopExecArgument(QStringLiteral("/usr/bin/tessera")), QStringLiteral("/usr/bin/tessera"));
    EXPECT_EQ(desktopExecArgument(QStringLiteral("/home/a b")), QStringLiteral("\"/home/a b\""));
    EXPECT_EQ(desktopExecArgument(QStringLiteral("/x/50%")), QStringLiteral("/x/50%%"));
    EXPECT_EQ(desktopExecArgument(QStringLiteral("/x/$y")), QStringLiteral("\"/x/\\\\$y\""));
}

// ---- One Tessera per data folder: real processes ----

class SecondLaunchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        data = dir.filePath(QStringLiteral("data"));
        runtime = dir.filePath(QStringLiteral("runtime"));
        ASSERT_TRUE(QDir().mkpath(data));
        ASSERT_TRUE(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        oldRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8()); // for every process started here
        log = QDir(data).filePath(QStringLiteral("logs/tessera.log"));
    }
    void TearDown() override
    {
        for (QProcess* p : {&first, &third}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(10000))
                    p->kill();
                p->waitForFinished(5000);
            }
        }
        qputenv("XDG_RUNTIME_DIR", oldRuntime);
    }
    QStringList args() const { return {QStringLiteral("--data-dir"), data, QStringLiteral("--log-level"), QStringLiteral("info")}; }
    QString socketFile() const
    {
        const QStringList sockets = QDir(runtime).entryList({QStringLiteral("tessera-*.socket")}, QDir::System | QDir::Files);
        return sockets.isEmpty() ? QString() : QDir(runtime).filePath(sockets.first());
    }
    // Started, and listening for a second launch (its socket is there and it answers).
    void startAndWait(QProcess& p)
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(test::appProgram(), args());
        ASSERT_TRUE(p.waitForStarted(10000));
        const int before = listeningCount();
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && p.state() == QProcess::Running && listeningCount() == before)
            QThread::msleep(50);
        ASSERT_EQ(p.state(), QProcess::Running) << p.readAll().toStdString();
        ASSERT_EQ(listeningCount(), before + 1) << textOf(log).toStdString();
    }
    int listeningCount() const { return int(textOf(log).count(QStringLiteral("[desktop] listening for a second launch"))); }
    int forwardedCount() const { return int(textOf(log).count(QStringLiteral("brought the window forward (second launch)"))); }

    QTemporaryDir dir;
    QString data, runtime, log;
    QByteArray oldRuntime;
    QProcess first, third;
};

TEST_F(SecondLaunchTest, ASecondLaunchBringsTheFirstForwardAndExitsAlsoAfterAKill9)
{
    startAndWait(first);
    ASSERT_FALSE(socketFile().isEmpty());
    EXPECT_EQ(modeOf(socketFile()) & 077, 0) << "the socket is the user's own";
    EXPECT_EQ(forwardedCount(), 0);

    QElapsedTimer took;
    took.start();
    auto second = test::runProcess(test::appProgram(), args() << QStringLiteral("--page") << QStringLiteral("settings"), 30000);
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_LT(took.elapsed(), 10000);
    EXPECT_TRUE(second.out.contains(QStringLiteral("already running"))) << second.out.toStdString() << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("brought forward")));
    EXPECT_FALSE(second.err.contains(QStringLiteral("already open")));
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && forwardedCount() < 1)
        QThread::msleep(50);
    EXPECT_EQ(forwardedCount(), 1) << textOf(log).toStdString();
    EXPECT_EQ(first.state(), QProcess::Running);

    // Options that only count when Tessera starts are not silently dropped (the review
    // found a --profile given to a second launch ignored without a word).
    auto withProfile = test::runProcess(test::appProgram(), args() << QStringLiteral("--profile")
                                                                   << dir.filePath(QStringLiteral("clinic.json")), 30000);
    EXPECT_EQ(withProfile.exitCode, 0) << withProfile.err.toStdString();
    EXPECT_TRUE(withProfile.err.contains(QStringLiteral("--profile was not used"))) << withProfile.err.toStdString();
    EXPECT_FALSE(second.err.contains(QStringLiteral("not used"))) << "--page is passed on: " << second.err.toStdString();
    QThread::msleep(300);

    // A --background launch (at login) only checks: nothing is brought forward.
    auto quiet = test::runProcess(test::appProgram(), args() << QStringLiteral("--background"), 30000);
    EXPECT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_TRUE(quiet.out.contains(QStringLiteral("already running"))) << quiet.out.toStdString();
    // A screenshot run never talks to it (it only renders, then exits).
    auto shot = test::runProcess(test::appProgram(),
                                 args() << QStringLiteral("--screenshot") << dir.filePath(QStringLiteral("x.png")), 60000);
    EXPECT_FALSE(shot.out.contains(QStringLiteral("already running"))) << shot.out.toStdString();
    QThread::msleep(300);
    EXPECT_EQ(forwardedCount(), 2) << textOf(log).toStdString(); // the second launch and the one with --profile

    // kill -9: the socket stays behind; the next launch still starts, and answers.
    const QString socket = socketFile();
    first.kill();
    ASSERT_TRUE(first.waitForFinished(10000));
    EXPECT_TRUE(QFileInfo::exists(socket)) << "a killed Tessera leaves its socket";
    startAndWait(third);
    EXPECT_EQ(third.state(), QProcess::Running);
    auto fourth = test::runProcess(test::appProgram(), args(), 30000);
    EXPECT_EQ(fourth.exitCode, 0) << fourth.err.toStdString();
    EXPECT_TRUE(fourth.out.contains(QStringLiteral("brought forward"))) << fourth.out.toStdString();
    const QDeadlineTimer again(10000);
    while (!again.hasExpired() && forwardedCount() < 3)
        QThread::msleep(50);
    EXPECT_EQ(forwardedCount(), 3);
}

} // namespace
