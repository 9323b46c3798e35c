// tessera: the desktop app.
#include "appcontroller.h"
#include "benchmarkrun.h"
#include "fontwarmup.h"
#include "startheap.h"
#include "host/startupmarks.h"
#include "plugins/moduleworker.h"
#include "catalogmodel.h"
#include "desktopintegration.h" // issue 24
#include "desktopshell.h"
#include "singleinstance.h"
#include "duemodel.h"
#include "lockcontroller.h"
#include "bincontroller.h"
#include "sharecontroller.h"
#include "sync/clinicsharingcontroller.h" // issue 31
#include "clinicianmain.h" // issue 31
#include "sharepreviewprovider.h"
#include "modulepages.h"
#include "taborder.h"
#include "safetycontroller.h"
#include "quitsignals.h"
#include "screenshot.h"
#include "pageaudit.h"
#include "host/languages.h"
#include "timelinemodel.h"
#include "todaymodel.h"    // issue 24: Today
#include "comingupmodel.h" // issue 24: the timeline's "Coming up"

#include "cli/passphraseinput.h"
#include "learn/learncontroller.h" // issue 25: Learn
#include "reminders/desktopnotifier.h"   // issue 24: reminders
#include "reminders/reminderservice.h"
#include "reminders/remindersettings.h"
#include "host/host.h"
#include "host/logging.h"
#include "host/qstringformatter.h"
#include "store/journalstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>

#include <QGuiApplication>
#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <future>
#include <memory>
#include <utility>

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

// What the shell is made of once the journal is open (see openShell in main()).
struct ShellParts {
    std::unique_ptr<AppController> controller;
    std::unique_ptr<CatalogModel> catalog;
    std::unique_ptr<SafetyController> safety;
    std::unique_ptr<BinController> bin;
    std::unique_ptr<ShareController> share;
    std::unique_ptr<ClinicSharingController> clinicSharing; // issue 31
    std::unique_ptr<TimelineModel> timeline;
    std::unique_ptr<DueModel> due; ///< what the modules have due (SDK 2.1), above the timeline
    std::unique_ptr<TodayModel> today;       ///< issue 24: the Today page
    std::unique_ptr<ComingUpModel> comingUp; ///< issue 24: planned entries, above the timeline
    std::unique_ptr<ModulePages> pages;
    // Reminders (issue 24): settings, desktop notifications, the service firing them.
    std::unique_ptr<ReminderSettings> reminderSettings;
    std::unique_ptr<DesktopNotifier> notifier;
    std::unique_ptr<ReminderService> reminders;
    std::unique_ptr<LearnController> learn; ///< issue 25: the Learn page
    std::unique_ptr<QObject> root; ///< the main window; goes before the engine
};

// The window icon, decoded on the second core while this one starts the app
// (issue 30: 2.7 M instructions of the main thread's way to the first frame),
// and given to the application before its first window is made.
class WindowIcon {
public:
    WindowIcon()
        : m_image(std::async(std::launch::async, [] {
              // Read as the PNG it is: otherwise Qt loads its image plugins (GIF, ICO,
              // JPEG) to ask each whether it reads the file (issue 30).
              QImageReader icon(QStringLiteral(":/desktop/org.tessera.Tessera.png"), "png");
              icon.setAutoDetectImageFormat(false);
              QImage image = icon.read();
              if (image.isNull())
                  std::fprintf(stderr, "tessera: the window icon could not be read: %s\n", qPrintable(icon.errorString()));
              return image;
          }))
    {
    }
    /// Once, before the first window or tray icon; later calls do nothing.
    void apply()
    {
        if (m_image.valid())
            QGuiApplication::setWindowIcon(QIcon(QPixmap::fromImage(m_image.get())));
    }

private:
    std::future<QImage> m_image;
};

// The window's size: --size WxH, else 1280x800, no larger than the screen's free
// area: 1280x800 on an 800x600 screen ran off its right and bottom edges (a try on
// a small screen). Offscreen, whose screen is a fixed 800x600, screenshots and the
// benchmark keep 1280x800.
QSize windowSize(const QCommandLineParser& parser, const QCommandLineOption& size)
{
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    int width = wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1280;
    int height = wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 800;
    if (!parser.isSet(size) && QGuiApplication::platformName() != QLatin1String("offscreen")) {
        if (const QScreen* screen = QGuiApplication::primaryScreen(); screen && !screen->availableSize().isEmpty()) {
            const QSize room = screen->availableSize();
            width = std::min(width, std::max(320, room.width() * 95 / 100));
            height = std::min(height, std::max(240, room.height() * 95 / 100));
        }
    }
    return {width, height};
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    // Issue 30: before anything else, the heap the start will use, on 2 MB pages (startheap.h).
    reserveStartHeap();
    chooseOffscreenIfNeeded(argc, argv);
    // QApplication (Qt Widgets) for the tray icon only; every window is Qt Quick.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("tessera"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kDesktopId)); // the installed .desktop file (Wayland app id)
    QGuiApplication::setApplicationVersion(QStringLiteral(TESSERA_HOST_VERSION));
    // Basic draws every control without shader effects, so it looks the same
    // with the software renderer (offscreen, virtual machines) as on a GPU.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    quitOnTerminationSignals(app);
    startup::mark("application");

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
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to open: today, timeline, learn, catalog, settings, bin, <module>/<page>, or learn/<article key> (an article, e.g. learn/tessera/sleep-and-mood; first-run: the first-run passphrase step, for screenshots of a new data folder)."), QStringLiteral("ID"), QStringLiteral("today"));
    const QCommandLineOption entry(QStringLiteral("entry"), QStringLiteral("With --page <module>/<page>: open that page with this entry (its id, as tessera-cli entries list shows it), as a timeline card's Open does."), QStringLiteral("ID"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"), QStringLiteral("Measure start-up, scrolling and memory, print them as JSON, and exit (for scripts/bench)."));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            QStringLiteral("For automation (scripts, screenshots, tests): unlock an encrypted journal "
                                                           "with the passphrase on the first line of FILE (also $TESSERA_PASSPHRASE_FILE). "
                                                           "A person types it on the lock screen."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption background(QStringLiteral("background"),
                                        QStringLiteral("Start with the window hidden (to the tray when there is one), as at login. "
                                                       "Without a tray it shows, unless \"keep running\" is on."));
    // Issue 31: the clinician's window (the caseload, online only).
    const QCommandLineOption clinician(QStringLiteral("clinician"),
                                       QStringLiteral("The clinician's view: the clinic's caseload and what clients shared (online only). "
                                                      "With --page NAME, opens that client."));
    const QCommandLineOption clinicianKey(QStringLiteral("clinician-key"),
                                          QStringLiteral("With --clinician: the file that keeps this computer's key (default: in the "
                                                         "config folder)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption clinicianPair(QStringLiteral("clinician-pair"),
                                           QStringLiteral("With --clinician: pair this computer at start with the clinic at URL, using the "
                                                          "code in $TESSERA_CLINICIAN_CODE (for deployment scripts; a person types it)."),
                                           QStringLiteral("URL"));
    // Issue 29: for this run only (Settings keeps the client's choice).
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language for this run: en, es, or \"\" for the system's (Settings keeps "
                                                     "the client's choice); \"marked\" marks every translated text "
                                                     "(invisibly), so that --audit finds text left untranslated."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption textSize(QStringLiteral("text-size"),
                                      QStringLiteral("Text size for this run, 100 to 200 (per cent)."), QStringLiteral("PERCENT"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Colours for this run: light or dark (Settings keeps the client's choice)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption audit(QStringLiteral("audit"),
                                   QStringLiteral("Open every page (or those of --audit-pages) in turn, check names, labels, focus, "
                                                  "cut-off and overlapping text and untranslated text, write the findings as JSON "
                                                  "to FILE, and exit (for tests; see docs/accessibility.md)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption auditPages(QStringLiteral("audit-pages"), QStringLiteral("With --audit: the pages, comma-separated."),
                                        QStringLiteral("KEYS"));
    parser.addOptions({profile, dataDir, journal, pluginDir, logLevel, demo, screenshot, page, entry, size, benchmark, passphraseFile,
                       background, clinician, clinicianKey, clinicianPair, language, textSize, theme, audit, auditPages});
    parser.process(app); // --help and --version end the program here
    std::optional<bool> darkOption;
    if (parser.isSet(theme)) {
        const QString value = parser.value(theme);
        if (value != QLatin1String("light") && value != QLatin1String("dark")) {
            std::fprintf(stderr, "tessera: --theme must be light or dark, not \"%s\"\n", qPrintable(value));
            return 1; // a mistake in the command, as Qt's own option errors
        }
        darkOption = value == QLatin1String("dark");
    }
    const FontWarmUp fonts; // the font list read on the second core meanwhile (issue 30)
    WindowIcon windowIcon;  // and the window icon; set before the first window
    const std::optional<QString> languageOption =
        parser.isSet(language) ? std::optional<QString>(parser.value(language)) : std::nullopt;
    if (parser.isSet(clinician)) {
        Languages::use(languageOption.value_or(QString()));
        ClinicianOptions co;
        co.deviceFile = parser.value(clinicianKey);
        co.pluginDirs = parser.values(pluginDir);
        co.logLevel = parser.value(logLevel);
        co.screenshot = parser.value(screenshot);
        co.startClient = parser.isSet(page) ? parser.value(page) : QString();
        co.pairServer = parser.value(clinicianPair);
        co.pairCode = parser.isSet(clinicianPair) ? qEnvironmentVariable("TESSERA_CLINICIAN_CODE") : QString();
        const QSize clinicianSize = windowSize(parser, size);
        co.width = clinicianSize.width();
        co.height = clinicianSize.height();
        // --theme and --text-size as for the client's window (they were ignored here).
        co.dark = darkOption.value_or(false);
        if (const int percent = parser.value(textSize).toInt(); percent > 0)
            co.textScale = std::clamp(percent, 100, 200) / 100.0;
        windowIcon.apply();
        return runClinicianView(co);
    }

    HostOptions options;
    options.profilePath = parser.value(profile);
    options.dataDir = parser.value(dataDir);
    options.journalPath = parser.value(journal);
    options.pluginDirs = parser.values(pluginDir);
    options.logLevel = parser.value(logLevel);
    options.demo = parser.isSet(demo);
    // Issue 30: a module whose pages are not on the first screen and that has
    // no due items (watchJournalAfterStart()) reads its journal after the first
    // frame, or when the app first asks it for something.
    options.refreshesWaitForFirstFrame = true;
    std::optional<QTemporaryDir> demoDir;
    if (options.demo) {
        // Said, not dropped without a word (a try ran --demo --data-dir and looked for the entries there).
        for (const QCommandLineOption* o : {&dataDir, &journal}) {
            if (parser.isSet(*o))
                std::fprintf(stderr, "tessera: --%s was not used: --demo starts on a throw-away folder (tessera-cli "
                                     "--data-dir DIR demo adds sample entries to a folder of yours)\n",
                             qPrintable(o->names().constFirst()));
        }
        demoDir.emplace();
        options.dataDir = demoDir->path();
        options.journalPath.clear();
    }

    // The journal is checked in the background once the window is up (at most
    // 3 s later); a write before then starts the check at once. Issue 30: every
    // journal, as a large one always was (the check of a 1,000-entry journal was
    // 13.5 M instructions of the start before it); every write waits for the
    // verdict, so a damaged journal is shown and reported but never written.
    // $TESSERA_CHECK_AT_OPEN_BYTES still sets the size (tests).
    JournalStore::setBackgroundCheckDelay(3000);
    if (!qEnvironmentVariableIsSet("TESSERA_CHECK_AT_OPEN_BYTES"))
        JournalStore::setIntegrityCheckAtOpenBytes(0);
    Host host(options);

    // --- One Tessera per data folder (issue 24): a second launch brings the
    // first one's window forward and exits. Not for throw-away folders
    // (--demo) or runs that only render or measure. ---
    std::optional<SingleInstance> instance;
    if (!options.demo && !parser.isSet(screenshot) && !parser.isSet(benchmark)) {
        instance.emplace(host.dataDir());
        QString why;
        const bool raise = !parser.isSet(background);
        const SingleInstance::Outcome outcome = instance->claim(parser.isSet(page) ? parser.value(page) : QString(), raise, &why);
        if (outcome == SingleInstance::Outcome::Forwarded) {
            std::printf("tessera: Tessera is already running on %s; %s\n", qPrintable(QDir::toNativeSeparators(host.dataDir())),
                        raise ? "its window was brought forward" : "nothing more to start");
            // What only counts when Tessera starts is said, not dropped without a word.
            for (const QCommandLineOption* o : {&profile, &journal, &pluginDir, &passphraseFile, &size}) {
                if (parser.isSet(*o))
                    std::fprintf(stderr, "tessera: --%s was not used: it counts only when Tessera starts; quit the "
                                         "running one first\n",
                                 qPrintable(o->names().constFirst()));
            }
            return 0;
        }
        if (outcome == SingleInstance::Outcome::Unavailable)
            std::fprintf(stderr, "tessera: could not check for another Tessera on this data folder (%s); starting as usual\n",
                         qPrintable(why));
    }

    // The language before the profile is read and any module loads (their text follows it),
    // and before the QML engine, which installs Qt's own catalogue for the locale it finds.
    Languages::use(languageOption ? *languageOption : AppController::startLanguage(host.dataDir()));
    // Issue 30: the QML engine is made here, and the shell's QML (its files,
    // imports and Qt's QML plugins) starts loading at once on Qt's QML loader
    // thread, on the second core, while this thread reads the profile, opens
    // the journal and starts the modules; the shell's own QQmlComponent below
    // then finds it loaded, or waits for the rest. Behind the lock or the
    // first-run step it is ready for when they end. (Owned further down, where
    // the engine always was: what the shell's context points to goes first.)
    if (parser.isSet(audit))
        QAccessible::setActive(true); // controls give themselves names only while accessibility is on
    auto earlyEngine = std::make_unique<QQmlApplicationEngine>();
    earlyEngine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    auto earlyShellLoad = std::make_unique<QQmlComponent>(earlyEngine.get());
    earlyShellLoad->loadUrl(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Shell/Main.qml")), QQmlComponent::Asynchronous);
    // The start page's QML too, when it is one of the two home pages (the shell's
    // Loader makes it by URL, and then finds its types loaded): 12 ms less on
    // this thread for the timeline (issue 30, second round).
    auto earlyPageLoad = std::make_unique<QQmlComponent>(earlyEngine.get());
    if (const QString p = parser.value(page); p == QLatin1String("today") || p == QLatin1String("timeline")) {
        const QString file = p == QLatin1String("today") ? QStringLiteral("TodayPage.qml") : QStringLiteral("TimelinePage.qml");
        earlyPageLoad->loadUrl(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Shell/") + file), QQmlComponent::Asynchronous);
    }
    // The loader thread asks this thread for a few steps as it goes (a QML
    // plugin's initializeEngine runs here, asked with a posted QEvent::User)
    // and waits for the answer: answered between the stages below and after
    // each module call, not only once the shell is wanted. Only on the way to
    // the shell at start: after the lock or first-run step the loader has long
    // finished, and that window's own posted work waits for the event loop.
    bool answeringShellLoad = true;
    const auto answerShellLoad = [&answeringShellLoad] {
        if (answeringShellLoad)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::User);
    };
    ModuleWorker::setAfterEachCall(answerShellLoad);

    startup::mark("arguments, settings");
    host.prepare();
    answerShellLoad();
    startup::mark("host prepared");
    windowIcon.apply(); // before any window or the tray
    LockController appLock(host);
    DesktopIntegration desktop(host);
    DesktopShell desktopShell(desktop);
    if (instance && !instance->socketPath().isEmpty() && instance->isPrimary()) {
        logger("desktop")->info("listening for a second launch on {}", QDir::toNativeSeparators(instance->socketPath()));
        flushLogs();
    }
    if (instance) {
        QObject::connect(&*instance, &SingleInstance::bringForwardRequested, &desktopShell, [&desktopShell](const QString& key) {
            logger("desktop")->info("brought the window forward (second launch)");
            flushLogs();
            desktopShell.bringForward(key);
        });
    }
    // --background: hidden only when the window can come back (a tray, or "keep running").
    const bool startHidden = parser.isSet(background) && !parser.isSet(screenshot) && !parser.isSet(benchmark) && [&] {
        desktopShell.updateTray();
        return desktopShell.canStartHidden();
    }();

    // --- The app lock (issue 21): an encrypted journal opens only after unlocking ---
    // --passphrase-file / $TESSERA_PASSPHRASE_FILE are for automation (scripts,
    // screenshots, tests): a person types the passphrase on the lock screen.
    const QString passphraseFileName = parser.isSet(passphraseFile)
        ? parser.value(passphraseFile)
        : qEnvironmentVariable("TESSERA_PASSPHRASE_FILE");
    if (host.journalEncrypted() && !passphraseFileName.isEmpty()) {
        auto passphrase = tessera::cli::readPassphraseFile(passphraseFileName);
        const tessera::sdk::Status unlocked = passphrase.ok() ? host.unlock(passphrase.value()) : passphrase.error();
        if (passphrase.ok())
            passphrase.value().fill('\0');
        if (!unlocked.ok())
            std::fprintf(stderr, "tessera: the journal was not unlocked with %s: %s\n", qPrintable(passphraseFileName),
                         qPrintable(unlocked.error().message));
    }
    enum class Start { Open, Locked, FirstRun };
    // The first-run step is for a person: a screenshot or benchmark run skips it
    // (and starts a plain journal, as before), unless asked with --page first-run.
    const bool automated = parser.isSet(screenshot) || parser.isSet(benchmark) || parser.isSet(audit);
    const bool firstRunAsked = parser.value(page) == QLatin1String("first-run");
    const Start start = host.journalEncrypted() && !host.key()                      ? Start::Locked
                        : appLock.firstRunNeeded() && (!automated || firstRunAsked) ? Start::FirstRun
                                                                                    : Start::Open;
    const QSize startSize = windowSize(parser, size);
    const int width = startSize.width();
    const int height = startSize.height();

    auto engine = std::move(earlyEngine);
    std::unique_ptr<QQmlComponent> shellPrefetch = std::move(earlyShellLoad);
    std::unique_ptr<QQmlComponent> pagePrefetch = std::move(earlyPageLoad);
    std::unique_ptr<ShellParts> shellParts;
    std::unique_ptr<QObject> gateOwner; // the lock or first-run window shown before the journal opens
    std::unique_ptr<SafetyController> gateSafety;
    std::unique_ptr<Screenshot> shot;
    std::unique_ptr<BenchmarkRun> bench;
    std::unique_ptr<PageAudit> pageAudit; // issue 29
    int failed = 0;

    // Opens the journal, starts the modules and shows the shell: once, at start
    // or after the first unlock (or the first-run step).
    const auto openShell = [&]() -> bool {
        if (shellParts)
            return true;
        shellParts = std::make_unique<ShellParts>();
        ShellParts& sp = *shellParts;
        const tessera::sdk::Status opened = host.openJournal();
        if (!opened.ok())
            logger("store")->error("{}", opened.error().message);
        answerShellLoad();
        startup::mark("journal opened");
        if (opened.ok()) {
            host.startPlugins();
            answerShellLoad();
            startup::mark("modules started");
            if (options.demo) {
                auto seeded = host.seedDemo(QDateTime::currentDateTimeUtc(), 120);
                // The modules re-read the journal on the next turn (Journal::changed, a
                // 0 ms timer): let them, before the models below ask what is due.
                QCoreApplication::processEvents();
                if (seeded.ok())
                    logger("host")->info("demo journal seeded with {} sample entries", seeded.value());
                else
                    logger("host")->error("demo journal could not be seeded: {}", seeded.error().message);
            }
        }
        sp.controller = std::make_unique<AppController>(host, opened.ok() ? QString() : opened.error().message,
                                                        !opened.ok() && opened.error().code == tessera::sdk::ErrorCode::Conflict);
        sp.controller->setStartOverrides(languageOption, parser.value(textSize).toInt(), darkOption);
        QObject::connect(sp.controller.get(), &AppController::languageChanged, engine.get(), &QQmlEngine::retranslate);
        sp.catalog = std::make_unique<CatalogModel>(host);
        // Its question to the client ("... would like to read ...") in the new language.
        QObject::connect(sp.controller.get(), &AppController::languageChanged, sp.catalog.get(), &CatalogModel::questionChanged);
        sp.safety = std::make_unique<SafetyController>(host);
        sp.bin = std::make_unique<BinController>(host);
        sp.share = std::make_unique<ShareController>(host);
        engine->addImageProvider(QStringLiteral("share-preview"), new SharePreviewProvider(*sp.share));
        sp.clinicSharing = std::make_unique<ClinicSharingController>(host); // issue 31
        if (host.store()) {
            // Its view would fetch the second page as soon as it is made, and its
            // count read up to 10,001 entries: after the first frame instead (issue
            // 30; 10 M and, at 100,000 entries, 17.7 M instructions of the start).
            // Its first page too when the timeline is not the start page (3 M).
            const bool timelineFirst = parser.value(page) == QLatin1String("timeline");
            sp.timeline = std::make_unique<TimelineModel>(
                *host.store(), host.plugins(), nullptr, TimelineModel::Clock{},
                timelineFirst ? TimelineModel::FirstPage::Now : TimelineModel::FirstPage::WhenReleased);
            sp.timeline->setHeld(true);
            QObject::connect(sp.controller.get(), &AppController::firstFrameShownChanged, sp.timeline.get(),
                             [timeline = sp.timeline.get()] { timeline->setHeld(false); });
            QObject::connect(sp.controller.get(), &AppController::firstFrameShownChanged, &host.plugins(),
                             [plugins = &host.plugins()] { plugins->runWaitingRefreshes(); });
            // Text the modules build in C++ (their lists, plans, figures) in the new language.
            QObject::connect(sp.controller.get(), &AppController::languageChanged, &host.plugins(),
                             [plugins = &host.plugins()] { plugins->refreshForLanguage(); });
        }
        if (host.store())
            sp.due = std::make_unique<DueModel>(*host.store(), host.plugins());
        if (host.store()) { // issue 24
            sp.today = std::make_unique<TodayModel>(*host.store(), host.plugins());
            sp.comingUp = std::make_unique<ComingUpModel>(*host.store(), host.plugins());
            // What is due, from the modules' C++, in the new language (after their refresh above).
            QObject::connect(sp.controller.get(), &AppController::languageChanged, sp.today.get(), [parts = &sp] {
                parts->due->refresh();
                parts->today->refresh();
                parts->comingUp->reload();
            });
        }
        sp.pages = std::make_unique<ModulePages>(host.plugins(), sp.timeline.get());
        // --- Reminders (issue 24) ---
        sp.reminderSettings = std::make_unique<ReminderSettings>(
            QDir(host.dataDir()).filePath(QStringLiteral("settings.ini")), host.profile());
        if (host.store()) {
            // Its session bus after the first frame (issue 30), as the reminders start.
            sp.notifier = std::make_unique<DesktopNotifier>(DesktopNotifier::ConnectLater{});
            ReminderService::Options ro;
            ro.heartbeatFile = QDir(host.stateDir()).filePath(QStringLiteral("reminders-heartbeat"));
            ro.clock = ReminderService::testClockFromEnvironment();
            sp.reminders = std::make_unique<ReminderService>(*host.store(), host.plugins(), *sp.reminderSettings,
                                                             sp.notifier.get(), ro);
        }

        // Learn (issue 25): articles need no journal.
        sp.learn = std::make_unique<LearnController>(gatherArticles(articleSourcesFor(host.plugins(), host.profile())),
                                                     QDir(host.dataDir()).filePath(QStringLiteral("settings.ini")),
                                                     sp.controller->navigation());

        startup::mark("shell's models made");
        // The shell's objects live in the shell's own context, not the root
        // context: module pages and cards are made in contexts of their own
        // (ModulePages), children of the empty root, and cannot see them.
        auto* shellContext = new QQmlContext(engine->rootContext(), engine.get());
        shellContext->setContextProperty(QStringLiteral("app"), sp.controller.get());
        shellContext->setContextProperty(QStringLiteral("catalog"), sp.catalog.get());
        shellContext->setContextProperty(QStringLiteral("safety"), sp.safety.get());
        shellContext->setContextProperty(QStringLiteral("timeline"), sp.timeline.get());
        shellContext->setContextProperty(QStringLiteral("due"), sp.due.get());
        shellContext->setContextProperty(QStringLiteral("today"), sp.today.get());       // issue 24
        shellContext->setContextProperty(QStringLiteral("comingUp"), sp.comingUp.get()); // issue 24
        shellContext->setContextProperty(QStringLiteral("modulePages"), sp.pages.get());
        shellContext->setContextProperty(QStringLiteral("appLock"), &appLock);
        shellContext->setContextProperty(QStringLiteral("bin"), sp.bin.get());
        shellContext->setContextProperty(QStringLiteral("share"), sp.share.get());
        shellContext->setContextProperty(QStringLiteral("clinicSharing"), sp.clinicSharing.get()); // issue 31
        shellContext->setContextProperty(QStringLiteral("desktop"), &desktop); // issue 24
        shellContext->setContextProperty(QStringLiteral("learn"), sp.learn.get()); // issue 25
        shellContext->setContextProperty(QStringLiteral("tabOrder"), new TabOrder(shellContext)); // the timeline's rows

        shellContext->setContextProperty(QStringLiteral("reminders"), sp.reminders.get());
        shellContext->setContextProperty(QStringLiteral("reminderSettings"), sp.reminderSettings.get());
        QQmlComponent shell(engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Shell/Main.qml")));
        startup::mark("shell compiled");
        QObject* root = shell.isReady()
            ? shell.createWithInitialProperties({{QStringLiteral("startPage"), parser.value(page)},
                                                 {QStringLiteral("startEntry"), parser.value(entry)},
                                                 {QStringLiteral("width"), width},
                                                 {QStringLiteral("height"), height},
                                                 {QStringLiteral("visible"), !startHidden || gateOwner}},
                                                shellContext)
            : nullptr;
        if (!root) {
            std::fprintf(stderr, "tessera: the main window could not be loaded: %s\n", qPrintable(shell.errorString()));
            failed = 1;
            return false;
        }
        sp.root.reset(root); // before the engine goes
        shellPrefetch.reset(); // done: the shell is made
        pagePrefetch.reset();  // and its start page
        answeringShellLoad = false;
        ModuleWorker::setAfterEachCall({});
        startup::mark("shell created");
        auto* window = qobject_cast<QQuickWindow*>(root);
        if (!window) {
            std::fprintf(stderr, "tessera: the main QML object is not a window\n");
            failed = 1;
            return false;
        }

        desktopShell.setWindow(window); // issue 24: close to the tray, second launch
        // Nothing but the first page happens before the first frame; the check of a
        // large journal and the daily backup wait until it is on screen (or a
        // few seconds, when it starts hidden).
        const bool hidden = !window->isVisible();
        const auto afterFirstFrame = [window, hidden](QObject* context, auto&& what) {
            if (hidden)
                QTimer::singleShot(3000, context, what);
            else
                QObject::connect(window, &QQuickWindow::frameSwapped, context, what, Qt::SingleShotConnection);
        };
        afterFirstFrame(sp.controller.get(), [&host, controller = sp.controller.get()] {
            // On the next turn: what waits for it (a list's rows beyond the screen) is
            // then made after everything else that waits for the first frame has seen it.
            QTimer::singleShot(0, controller, &AppController::setFirstFrameShown);
            if (host.store())
                host.store()->beginBackgroundCheck();
        });
        if (!parser.isSet(benchmark)) { // a backup would disturb what is measured
            AppController* controller = sp.controller.get();
            afterFirstFrame(controller, [controller] {
                QTimer::singleShot(0, controller, &AppController::backupIfDue);
            });
            // Keep running (issue 24): the tray is looked for once the window is up.
            afterFirstFrame(&desktopShell, [&desktopShell] { desktopShell.updateTray(); });
        }
        appLock.journalOpened(); // the idle lock starts now
        // Reminders (issue 24): what was missed, then what is due, on the turn after
        // the first frame (issue 30): their check reads every reminder and ends by
        // writing the heartbeat file through to the disk (fdatasync), 0.4-18 ms of
        // waiting here, the more the busier the disk.
        // Their desktop notifications' session bus is connected then too: connecting
        // costs this thread 2-6 ms, also where there is no bus.
        // And 3 s after the window is made at the latest: a window the system never
        // has drawn (minimised, on another desktop) must not hold a reminder back.
        // The modules' first refreshes that wait for the first frame run before (at the
        // first frame they have already): some modules bring their reminders up to date
        // there, and the check asks for due items of past days (issue 30).
        if (ReminderService* reminders = sp.reminders.get()) {
            const auto startOnce = [reminders, notifier = sp.notifier.get(), plugins = &host.plugins(),
                                    started = std::make_shared<bool>(false)] {
                if (std::exchange(*started, true))
                    return;
                plugins->runWaitingRefreshes();
                notifier->connectBus();
                reminders->start();
            };
            afterFirstFrame(reminders, [reminders, startOnce] { QTimer::singleShot(0, reminders, startOnce); });
            QTimer::singleShot(3000, reminders, startOnce);
        }
        shot.reset();
        if (parser.isSet(screenshot))
            shot = std::make_unique<Screenshot>(window, parser.value(screenshot));
        if (parser.isSet(benchmark))
            bench = std::make_unique<BenchmarkRun>(window, startedMs);
        if (parser.isSet(audit)) {
            QStringList keys = parser.value(auditPages).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (keys.isEmpty()) {
                for (const QVariant& row : sp.controller->navigation())
                    keys << row.toMap().value(QStringLiteral("key")).toString();
            }
            pageAudit = std::make_unique<PageAudit>(window, parser.value(audit), keys, PageAudit::dataTexts(host));
        }
        return true;
    };

    if (start == Start::Open) {
        if (!openShell())
            return failed;
    } else {
        // Only the lock screen (or the first-run step): the journal is not open,
        // no module runs; "Need help now?" works (the contacts come from the profile).
        if (start == Start::Locked)
            appLock.startLocked();
        else
            appLock.startFirstRun();
        gateSafety = std::make_unique<SafetyController>(host);
        auto* gateContext = new QQmlContext(engine->rootContext(), engine.get());
        gateContext->setContextProperty(QStringLiteral("appLock"), &appLock);
        gateContext->setContextProperty(QStringLiteral("safety"), gateSafety.get());
        QQmlComponent gate(engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Shell/LockWindow.qml")));
        QObject* root = gate.isReady()
            ? gate.createWithInitialProperties({{QStringLiteral("width"), width}, {QStringLiteral("height"), height},
                                                {QStringLiteral("visible"), !startHidden}}, gateContext)
            : nullptr;
        if (!root) {
            std::fprintf(stderr, "tessera: the lock screen could not be loaded: %s\n", qPrintable(gate.errorString()));
            return 1;
        }
        gateOwner.reset(root);
        answeringShellLoad = false;
        desktopShell.setWindow(qobject_cast<QQuickWindow*>(root)); // issue 24
        if (parser.isSet(screenshot))
            shot = std::make_unique<Screenshot>(qobject_cast<QQuickWindow*>(root), parser.value(screenshot));
        const auto leaveGate = [&] {
            if (shellParts)
                return;
            if (!openShell()) {
                QCoreApplication::exit(failed);
                return;
            }
            // The lock window goes once the shell is up (later: it may be what called us).
            if (QObject* old = gateOwner.release())
                old->deleteLater();
        };
        QObject::connect(&appLock, &LockController::unlocked, &app, leaveGate);
        QObject::connect(&appLock, &LockController::firstRunFinished, &app, leaveGate);
    }
    const int code = app.exec();
    // Pages hold the modules' backend objects: the QML goes first, then the modules.
    shot.reset();
    bench.reset();
    if (shellParts)
        shellParts->root.reset();
    gateOwner.reset();
    if (shellParts && shellParts->reminders)
        shellParts->reminders->stop(); // the heartbeat: reminders after now are "missed while closed"
    pagePrefetch.reset();
    shellPrefetch.reset(); // still here when the lock or first-run step never ended
    engine.reset();
    host.plugins().shutdownAll();
    shellParts.reset();
    return code;
}
