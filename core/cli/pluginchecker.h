// `tessera-cli plugins check`: everything that can be checked about a module
// before enabling it.
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::cli {

struct CheckFinding {
    QString problem;
    QString hint;
};

/// Checks the module folder (or its plugin.json) at `path`: the manifest's
/// fields, id and versions against this host, the library's exports (read
/// from the file, without running it), then, only when those pass, that the
/// library loads and its QML page and card URLs resolve. No module code
/// beyond the library's static initialisers runs; the plugin object is
/// never created.
QList<CheckFinding> checkPlugin(const QString& path, QStringList* passed);

} // namespace tessera::cli
