#include "pluginchecker.h"

#include "plugins/plugininfo.h"

#include "plugins/manifest.h"
#include "plugins/version.h"

#include <tessera/sdk/plugin.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <algorithm>

namespace tessera::cli {

using namespace tessera::core;

namespace {
QString qrcFile(const QString& url) { return QStringLiteral(":") + QUrl(url).path(); }
} // namespace

QList<CheckFinding> checkPlugin(const QString& path, QStringList* passed)
{
    QList<CheckFinding> problems;
    const QFileInfo info(path);
    const QString manifestPath = info.isDir() ? QDir(path).filePath(QStringLiteral("plugin.json")) : path;
    if (!QFileInfo::exists(manifestPath)) {
        problems << CheckFinding{QStringLiteral("%1: no plugin.json found").arg(QDir::toNativeSeparators(manifestPath)),
                                 QStringLiteral("point at the module's folder, which holds plugin.json and lib<id>.so")};
        return problems;
    }
    auto manifest = readManifest(manifestPath);
    if (!manifest.ok()) {
        problems << CheckFinding{manifest.error().message,
                                 QStringLiteral("see docs/plugin-guide.md, \"The manifest\", for every field")};
        return problems;
    }
    const Manifest& m = manifest.value();
    *passed << QStringLiteral("manifest %1 parses: id \"%2\", version %3").arg(QDir::toNativeSeparators(manifestPath), m.id, m.version.toString());

    const Version sdk = sdkVersion();
    if (m.sdkVersion.major != sdk.major || m.sdkVersion.minor > sdk.minor)
        problems << CheckFinding{QStringLiteral("\"sdkVersion\" %1.%2 does not fit this host's SDK %3.%4")
                                     .arg(m.sdkVersion.major).arg(m.sdkVersion.minor).arg(sdk.major).arg(sdk.minor),
                                 QStringLiteral("build against SDK %1.x with minor %2 or lower").arg(sdk.major).arg(sdk.minor)};
    else
        *passed << QStringLiteral("SDK %1.%2 fits this host's SDK %3.%4").arg(m.sdkVersion.major).arg(m.sdkVersion.minor).arg(sdk.major).arg(sdk.minor);
    if (m.minHostVersion > hostVersion())
        problems << CheckFinding{QStringLiteral("\"minHostVersion\" %1 is newer than this host (%2)").arg(m.minHostVersion.toString(), hostVersion().toString()),
                                 QStringLiteral("lower minHostVersion or update Tessera")};
    if (m.kinds.isEmpty() && m.pages.isEmpty())
        problems << CheckFinding{QStringLiteral("the module owns no kinds and has no pages, so it can do nothing visible"),
                                 QStringLiteral("declare \"kinds\" and \"pages\" in plugin.json")};

    if (!QFileInfo::exists(m.libraryPath)) {
        problems << CheckFinding{QStringLiteral("library %1 is missing").arg(QDir::toNativeSeparators(m.libraryPath)),
                                 QStringLiteral("build with tessera_add_plugin(), which names the library lib<id>.so after the manifest's id")};
        return problems;
    }

    // Exports, read from the file: no code runs.
    std::vector<std::string> symbols;
    try {
        boost::dll::library_info libInfo(m.libraryPath.toStdString());
        symbols = libInfo.symbols();
    } catch (const std::exception& e) {
        problems << CheckFinding{QStringLiteral("%1 is not a loadable library: %2").arg(QDir::toNativeSeparators(m.libraryPath), QString::fromUtf8(e.what())),
                                 QStringLiteral("rebuild the module for this platform")};
        return problems;
    }
    const auto exported = [&symbols](const char* symbol) {
        return std::find(symbols.begin(), symbols.end(), symbol) != symbols.end();
    };
    if (!exported(sdk::kInfoSymbol) && exported(sdk::kSdk1Symbol)) {
        problems << CheckFinding{QStringLiteral("the library was built with SDK 1.x (it exports %1)").arg(QString::fromLatin1(sdk::kSdk1Symbol)),
                                 QStringLiteral("rebuild the module against SDK %1 and set \"sdkVersion\" to \"%2\"")
                                     .arg(TESSERA_SDK_VERSION_MAJOR).arg(QStringLiteral("%1.%2").arg(TESSERA_SDK_VERSION_MAJOR).arg(TESSERA_SDK_VERSION_MINOR))};
        return problems;
    }
    bool exportsOk = true;
    for (const char* symbol : {sdk::kInfoSymbol, sdk::kFactorySymbol}) {
        if (!exported(symbol)) {
            exportsOk = false;
            problems << CheckFinding{QStringLiteral("the library does not export %1").arg(QString::fromLatin1(symbol)),
                                     QStringLiteral("add TESSERA_PLUGIN(YourPluginClass) to one .cpp file of the module")};
        }
    }
    if (!exportsOk)
        return problems;
    *passed << QStringLiteral("library exports %1 and %2").arg(QString::fromLatin1(sdk::kInfoSymbol), QString::fromLatin1(sdk::kFactorySymbol));
    if (!problems.isEmpty())
        return problems;

    // The library's SDK version and QML files need it mapped (static
    // initialisers run; the plugin object is not created).
    boost::dll::shared_library lib;
    try {
        lib.load(m.libraryPath.toStdString(), boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        problems << CheckFinding{QStringLiteral("the library does not load: %1").arg(QString::fromUtf8(e.what())),
                                 QStringLiteral("check that every library it links is installed (ldd %1)").arg(m.libraryPath)};
        return problems;
    }
    const PluginBinaryInfo abi = readPluginInfo(&lib.get<sdk::PluginInfoFunction>(sdk::kInfoSymbol));
    if (!abi.valid) {
        problems << CheckFinding{QStringLiteral("tessera_plugin_info() %1").arg(abi.problem),
                                 QStringLiteral("export the module with TESSERA_PLUGIN() and build it with tessera_add_plugin()")};
        return problems;
    }
    if (int(abi.sdkMajor) != m.sdkVersion.major || int(abi.sdkMinor) != m.sdkVersion.minor)
        problems << CheckFinding{QStringLiteral("the manifest says SDK %1.%2 but the library was built with SDK %3.%4")
                                     .arg(m.sdkVersion.major).arg(m.sdkVersion.minor).arg(abi.sdkMajor).arg(abi.sdkMinor),
                                 QStringLiteral("set \"sdkVersion\" to \"%1.%2\" or rebuild against the SDK the manifest names").arg(abi.sdkMajor).arg(abi.sdkMinor)};
    else
        *passed << QStringLiteral("library built with SDK %1.%2, as the manifest says").arg(abi.sdkMajor).arg(abi.sdkMinor);
    if (abi.pluginId != m.id)
        problems << CheckFinding{QStringLiteral("the library was built for the module \"%1\", but the manifest's id is \"%2\"").arg(abi.pluginId, m.id),
                                 QStringLiteral("build it with tessera_add_plugin() from this plugin.json")};
    else
        *passed << QStringLiteral("library built for \"%1\", the manifest's id").arg(abi.pluginId);
    for (const PageSpec& page : m.pages) {
        if (QFile::exists(qrcFile(page.url)))
            *passed << QStringLiteral("page \"%1\" resolves: %2").arg(page.id, page.url);
        else
            problems << CheckFinding{QStringLiteral("page \"%1\": %2 is not in the library's resources").arg(page.id, page.url),
                                     QStringLiteral("list the file in QML_FILES of tessera_add_plugin(); URLs look like "
                                                    "qrc:/qt/qml/Tessera/Plugins/<Id>/<File>.qml")};
    }
    for (const KindSpec& kind : m.kinds) {
        if (kind.cardUrl.isEmpty())
            continue;
        if (QFile::exists(qrcFile(kind.cardUrl)))
            *passed << QStringLiteral("card for \"%1\" resolves: %2").arg(kind.name, kind.cardUrl);
        else
            problems << CheckFinding{QStringLiteral("kind \"%1\": card %2 is not in the library's resources").arg(kind.name, kind.cardUrl),
                                     QStringLiteral("list the file in QML_FILES of tessera_add_plugin()")};
    }
    return problems;
}

} // namespace tessera::cli
