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
/// fields, id and versions against this host, then, read from the library's
/// file (ElfImage), its exports, the SDK version and module id it was built
/// with (tessera_plugin_info()'s static data) and that its QML page and card
/// files are in its resources. The library is never loaded: none of the
/// module's code runs, not even its static initialisers.
/// `warnings` (optional) gets what is not refused but is most likely a
/// mistake: plugin.json's keys the host ignores, with the nearest known one.
QList<CheckFinding> checkPlugin(const QString& path, QStringList* passed, QStringList* warnings = nullptr);

} // namespace tessera::cli
