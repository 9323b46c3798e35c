#include "clinicianmain.h"

#include "host/host.h"
#include "screenshot.h"
#include "sync/clinicianview.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace tessera::core {

int runClinicianView(const ClinicianOptions& options)
{
    // The modules' state and logs go to a folder that is removed at the end;
    // the journal is in memory and stays empty.
    QTemporaryDir scratch;
    HostOptions ho;
    ho.dataDir = scratch.path();
    ho.journalPath = QStringLiteral(":memory:");
    ho.pluginDirs = options.pluginDirs;
    ho.logLevel = options.logLevel;
    Host host(ho);
    host.prepare();
    if (const sdk::Status s = host.openJournal(); !s.ok()) {
        std::fprintf(stderr, "tessera: %s\n", qPrintable(s.error().message));
        return 2;
    }
    host.startPlugins();

    const QString deviceFile = options.deviceFile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/clinician-device.json")
        : options.deviceFile;
    ClinicianView view(host.plugins(), deviceFile);
    if (!options.pairCode.isEmpty())
        view.pair(options.pairServer, options.pairCode);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.rootContext()->setContextProperty(QStringLiteral("clinician"), &view);
    engine.setInitialProperties({{QStringLiteral("width"), options.width},
                                 {QStringLiteral("height"), options.height},
                                 {QStringLiteral("startClient"), options.startClient},
                                 {QStringLiteral("dark"), options.dark},
                                 {QStringLiteral("textScale"), options.textScale}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tessera/Shell/ClinicianWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    std::unique_ptr<Screenshot> shot;
    if (!options.screenshot.isEmpty())
        shot = std::make_unique<Screenshot>(qobject_cast<QQuickWindow*>(engine.rootObjects().first()), options.screenshot);
    return QGuiApplication::exec();
}

} // namespace tessera::core
