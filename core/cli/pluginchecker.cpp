#include "pluginchecker.h"

#include "plugins/elfimage.h"
#include "plugins/plugininfo.h"

#include "plugins/manifest.h"
#include "plugins/version.h"
#include "trust/modulesignature.h"

#include <tessera/sdk/plugin.h>

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace tessera::cli {

using namespace tessera::core;

namespace {

// Qt's resource compiler (rcc) stores each file and folder name once as a
// record: its length (16 bits), qt_hash() of it (32 bits) and the name in
// UTF-16, all big-endian. Every part of a qrc: URL's path having such a
// record in the library is how the check knows the page was compiled in,
// without loading the library to ask Qt.
quint32 rccHash(const QString& name)
{
    quint32 h = 0;
    for (const QChar c : name) {
        h = (h << 4) + c.unicode();
        h ^= (h & 0xf0000000) >> 23;
        h &= 0x0fffffff;
    }
    return h;
}

bool hasResourceName(const ElfImage& library, const QString& name)
{
    QByteArray record;
    const quint32 hash = rccHash(name);
    record.append(char(name.size() >> 8)).append(char(name.size() & 0xff));
    for (int shift = 24; shift >= 0; shift -= 8)
        record.append(char((hash >> shift) & 0xff));
    for (const QChar c : name)
        record.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return library.bytes().contains(record);
}

bool inResources(const ElfImage& library, const QString& url)
{
    const QStringList parts = QUrl(url).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    return std::all_of(parts.cbegin(), parts.cend(), [&](const QString& part) { return hasResourceName(library, part); });
}

} // namespace

QList<CheckFinding> checkPlugin(const QString& path, QStringList* passed, QStringList* warnings)
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
                                 QStringLiteral("see \"The manifest\" in the plugin guide (plugin-guide.md, installed with "
                                                "the SDK in share/doc/tessera-sdk) for every field")};
        return problems;
    }
    const Manifest& m = manifest.value();
    if (warnings)
        *warnings << m.warnings;
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

    // Everything below is read from the library's file: it is never loaded,
    // so none of its code (not even its static initialisers) runs.
    const ElfImage library = ElfImage::read(m.libraryPath);
    if (!library.valid()) {
        problems << CheckFinding{library.error(), QStringLiteral("rebuild the module for this computer with tessera_add_plugin()")};
        return problems;
    }
    if (!library.exports(sdk::kInfoSymbol) && library.exports(sdk::kSdk1Symbol)) {
        problems << CheckFinding{QStringLiteral("the library was built with SDK 1.x (it exports %1)").arg(QString::fromLatin1(sdk::kSdk1Symbol)),
                                 QStringLiteral("rebuild the module against SDK %1 and set \"sdkVersion\" to \"%2\"")
                                     .arg(TESSERA_SDK_VERSION_MAJOR).arg(QStringLiteral("%1.%2").arg(TESSERA_SDK_VERSION_MAJOR).arg(TESSERA_SDK_VERSION_MINOR))};
        return problems;
    }
    bool exportsOk = true;
    for (const char* symbol : {sdk::kInfoSymbol, sdk::kFactorySymbol}) {
        if (!library.exports(symbol)) {
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

    const PluginBinaryInfo abi = readPluginInfo(library);
    if (!abi.valid) {
        problems << CheckFinding{QStringLiteral("tessera_plugin_info() %1").arg(abi.problem),
                                 QStringLiteral("export the module with TESSERA_PLUGIN() and build it with tessera_add_plugin()")};
        return problems;
    }
    if (const QString why = builtSdkProblem(abi, m.sdkVersion.major, m.sdkVersion.minor, sdkVersion().major, sdkVersion().minor);
        !why.isEmpty()) {
        const int semicolon = int(why.indexOf(QStringLiteral("; ")));
        problems << CheckFinding{why.left(semicolon), why.mid(semicolon + 2)};
    } else {
        *passed << QStringLiteral("library built with SDK %1.%2, which the manifest (SDK %3.%4) and this Tessera accept")
                       .arg(abi.sdkMajor).arg(abi.sdkMinor).arg(m.sdkVersion.major).arg(m.sdkVersion.minor);
    }
    if (abi.pluginId != m.id)
        problems << CheckFinding{QStringLiteral("the library was built for the module \"%1\", but the manifest's id is \"%2\"").arg(abi.pluginId, m.id),
                                 QStringLiteral("build it with tessera_add_plugin() from this plugin.json")};
    else
        *passed << QStringLiteral("library built for \"%1\", the manifest's id").arg(abi.pluginId);
    for (const PageSpec& page : m.pages) {
        if (inResources(library, page.url))
            *passed << QStringLiteral("page \"%1\" is in the library's resources: %2").arg(page.id, page.url);
        else
            problems << CheckFinding{QStringLiteral("page \"%1\": %2 is not in the library's resources").arg(page.id, page.url),
                                     QStringLiteral("list the file in QML_FILES of tessera_add_plugin(); URLs look like "
                                                    "qrc:/qt/qml/Tessera/Plugins/<Id>/<File>.qml")};
    }
    for (const KindSpec& kind : m.kinds) {
        if (kind.cardUrl.isEmpty())
            continue;
        if (inResources(library, kind.cardUrl))
            *passed << QStringLiteral("card for \"%1\" is in the library's resources: %2").arg(kind.name, kind.cardUrl);
        else
            problems << CheckFinding{QStringLiteral("kind \"%1\": card %2 is not in the library's resources").arg(kind.name, kind.cardUrl),
                                     QStringLiteral("list the file in QML_FILES of tessera_add_plugin()")};
    }
    // ---- Learn (issue 25): the module's articles ----
    for (const ArticleSpec& article : m.articles) {
        const QString name = QStringLiteral("article \"%1\" (\"%2\")").arg(article.id, article.title);
        if (inResources(library, article.file))
            *passed << QStringLiteral("%1 is in the library's resources: %2").arg(name, article.file);
        else
            problems << CheckFinding{QStringLiteral("%1: %2 is not in the library's resources").arg(name, article.file),
                                     QStringLiteral("list the Markdown file in RESOURCES of tessera_add_plugin() (which also "
                                                    "checks its size, at most %1 KB, when it builds)").arg(kMaxArticleBytes / 1024)};
        if (!isKnownArticleTopic(article.topic))
            problems << CheckFinding{QStringLiteral("%1: topic \"%2\" is not one this Tessera knows; it would be listed under "
                                                    "\"More to read\"").arg(name, article.topic),
                                     QStringLiteral("use one of: %1").arg(articleTopics().join(QStringLiteral(", ")))};
        if (article.title.size() > 60)
            problems << CheckFinding{QStringLiteral("%1: the title is %2 characters; the Learn page shows about 60 on one line")
                                         .arg(name).arg(article.title.size()),
                                     QStringLiteral("shorten it, and say more in \"summary\"")};
    }
    if (!m.articles.isEmpty())
        *passed << QStringLiteral("%1 article(s) listed with id, title, audience, minutes and topic").arg(m.articles.size());
    // ---- end issue 25 ----
    // A plugin.sig left from before the last build: a clinic that requires
    // signatures refuses the module, and this said "passed every check".
    if (auto files = trust::ModuleFiles::inFolder(QFileInfo(manifestPath).absolutePath()); files.ok()) {
        const trust::Verification v = trust::compareWithSignature(files.value());
        if (v.verdict == trust::Verdict::Valid)
            *passed << QStringLiteral("plugin.sig names this library and plugin.json (key %1; which keys are trusted: "
                                      "tessera-cli plugins verify)").arg(v.keyId);
        else if (v.verdict != trust::Verdict::Unsigned)
            problems << CheckFinding{QStringLiteral("plugin.sig: %1").arg(v.describe(files.value())),
                                     QStringLiteral("sign it again after every build (tessera-cli plugins sign FOLDER --key KEY), "
                                                    "or remove plugin.sig: a clinic that requires signatures refuses it as it is")};
    }
    return problems;
}

} // namespace tessera::cli
