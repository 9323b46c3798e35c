// `tessera --clinician` (issue 31): the clinician's window instead of the
// client's. Modules run on an empty journal in memory, for their report
// sections; nothing about a client is written to disk.
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::core {

struct ClinicianOptions {
    QString deviceFile;      ///< the clinician's key (default: the app's config folder)
    QStringList pluginDirs;
    QString logLevel;
    QString screenshot;      ///< a PNG to write once shown, then quit
    QString startClient;     ///< open this client (the clinic's name for them) once the caseload is in
    QString pairServer;      ///< with pairCode: pair this computer at start (deployment scripts)
    QString pairCode;
    int width = 1280;
    int height = 800;
    bool dark = false;       ///< --theme dark (the clinician's window keeps no settings of its own)
    double textScale = 1.0;  ///< --text-size, as a factor
};

/// Runs the clinician's window until it closes; returns the exit code.
int runClinicianView(const ClinicianOptions& options);

} // namespace tessera::core
