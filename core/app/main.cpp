// tessera: the desktop app.
#include "appcontroller.h"
#include "benchmarkrun.h"
#include "catalogmodel.h"
#include "bincontroller.h"
#include "modulepages.h"
#include "safetycontroller.h"
#include "quitsignals.h"
#include "screenshot.h"
#include "timelinemodel.h"

#include "host/host.h"
#include "host/logging.h"
#include "host/qstringformatter.h"
#include "store/journalstore.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include <spdlog/spdlog.h>
#include <optional>

using namespace tessera::core;

namespace {

// Decided before the application object exists: with no display (CI, a
// server) or for a screenshot, render offscreen with the software renderer,
// so the app never waits for a window system.
void chooseOffscreenIfNeeded(int argc, char** argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        screenshot = screenshot || std::strcmp(argv[i], "--screenshot") == 0 || std::strcmp(argv[i], "--benchmark") == 0;
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && (screenshot || noDisplay))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    chooseOffscreenIfNeeded(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("tessera"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TESSERA_HOST_VERSION));
    // Basic draws every control without shader effects, so it looks the same
    // with the software renderer (offscreen, virtual machines) as on a GPU.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    quitOnTerminationSignals(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera: therapy tools for depression care."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Clinic profile to use."), QStringLiteral("FILE"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data folder (journal, logs, backups)."), QStringLiteral("DIR"));
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("Journal file."), QStringLiteral("FILE"));
    const QCommandLineOption pluginDir(QStringLiteral("plugin-dir"), QStringLiteral("Extra plugin folder (repeatable)."), QStringLiteral("DIR"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn, error, critical, off."), QStringLiteral("LEVEL"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("A throw-away journal with a few months of sample entries from every module."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render once the first page is shown, write a PNG, and exit."), QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to open: timeline, catalog, settings, bin, or <module>/<page>."), QStringLiteral("ID"), QStringLiteral("timeline"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"), QStringLiteral("Measure start-up, scrolling and memory, print them as JSON, and exit (for scripts/bench)."));
    parser.addOptions({profile, dataDir, journal, pluginDir, logLevel, demo, screenshot, page, size, benchmark});
    parser.process(app);

    HostOptions options;
    options.profilePath = parser.value(profile);
    options.dataDir = parser.value(dataDir);
    options.journalPath = parser.value(journal);
    options.pluginDirs = parser.values(pluginDir);
    options.logLevel = parser.value(logLevel);
    options.demo = parser.isSet(demo);
    std::optional<QTemporaryDir> demoDir;
    if (options.demo) {
        demoDir.emplace();
        options.dataDir = demoDir->path();
        options.journalPath.clear();
    }

    // A large journal is checked in the background once the window is up (at
    // most 3 s later); a write before then starts the check at once.
    JournalStore::setBackgroundCheckDelay(3000);
    Host host(options);
    host.prepare();
    const tessera::sdk::Status opened = host.openJournal();
    if (!opened.ok())
        logger("store")->error("{}", opened.error().message);
    if (opened.ok()) {
        host.startPlugins();
        if (options.demo) {
            auto seeded = host.seedDemo(QDateTime::currentDateTimeUtc(), 120);
            if (seeded.ok())
                logger("host")->info("demo journal seeded with {} sample entries", seeded.value());
            else
                logger("host")->error("demo journal could not be seeded: {}", seeded.error().message);
        }
    }

    AppController controller(host, opened.ok() ? QString() : opened.error().message,
                             !opened.ok() && opened.error().code == tessera::sdk::ErrorCode::Conflict);
    CatalogModel catalog(host);
    SafetyController safety(host);
    BinController bin(host);
    std::unique_ptr<TimelineModel> timeline;
    if (host.store())
        timeline = std::make_unique<TimelineModel>(*host.store(), host.plugins());

    ModulePages pages(host.plugins(), timeline.get());

    auto engine = std::make_unique<QQmlApplicationEngine>();
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    // The shell's objects live in the shell's own context, not the root
    // context: module pages and cards are made in contexts of their own
    // (ModulePages), children of the empty root, and cannot see them.
    auto* shellContext = new QQmlContext(engine->rootContext(), engine.get());
    shellContext->setContextProperty(QStringLiteral("app"), &controller);
    shellContext->setContextProperty(QStringLiteral("catalog"), &catalog);
    shellContext->setContextProperty(QStringLiteral("safety"), &safety);
    shellContext->setContextProperty(QStringLiteral("timeline"), timeline.get());
    shellContext->setContextProperty(QStringLiteral("modulePages"), &pages);
    shellContext->setContextProperty(QStringLiteral("bin"), &bin);
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    QQmlComponent shell(engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Shell/Main.qml")));
    QObject* root = shell.isReady()
        ? shell.createWithInitialProperties({{QStringLiteral("startPage"), parser.value(page)},
                                             {QStringLiteral("width"), wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1280},
                                             {QStringLiteral("height"), wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 800}},
                                            shellContext)
        : nullptr;
    if (!root) {
        std::fprintf(stderr, "tessera: the main window could not be loaded: %s\n", qPrintable(shell.errorString()));
        return 1;
    }
    std::unique_ptr<QObject> rootOwner(root); // before the engine goes
    auto* window = qobject_cast<QQuickWindow*>(root);
    if (!window) {
        std::fprintf(stderr, "tessera: the main QML object is not a window\n");
        return 1;
    }

    // Nothing but the first page happens before the first frame; the check of a
    // large journal and the daily backup wait until it is on screen.
    QObject::connect(window, &QQuickWindow::frameSwapped, &controller, [&host] {
        if (host.store())
            host.store()->beginBackgroundCheck();
    }, Qt::SingleShotConnection);
    if (!parser.isSet(benchmark)) { // a backup would disturb what is measured
        QObject::connect(window, &QQuickWindow::frameSwapped, &controller, [&controller] {
            QTimer::singleShot(0, &controller, &AppController::backupIfDue);
        }, Qt::SingleShotConnection);
    }

    std::unique_ptr<Screenshot> shot;
    if (parser.isSet(screenshot))
        shot = std::make_unique<Screenshot>(window, parser.value(screenshot));
    std::unique_ptr<BenchmarkRun> bench;
    if (parser.isSet(benchmark))
        bench = std::make_unique<BenchmarkRun>(window, startedMs);

    const int code = app.exec();
    // Pages hold the modules' backend objects: the QML goes first, then the modules.
    shot.reset();
    bench.reset();
    rootOwner.reset();
    engine.reset();
    host.plugins().shutdownAll();
    return code;
}
