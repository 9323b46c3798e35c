// A module's plugin.json, read before its library is loaded.
#pragma once

#include "version.h"
#include "learn/articlespec.h"

#include <tessera/sdk/result.h>

#include <QList>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::core {

/// An entry kind a module owns.
struct KindSpec {
    QString name;          ///< Short name, e.g. "thought-record".
    QString fullName;      ///< "<plugin-id>/<name>".
    int schemaVersion = 1; ///< Current payload schema version.
    QString title;         ///< Human name, e.g. "Thought record".
    QString cardUrl;       ///< Optional QML card for the timeline (qrc:/ URL).
    QString pageId;        ///< Optional page (id in "pages") that opens entries of this kind.
    /// A kind named "draft" is the module's unfinished work (plugin-guide.md):
    /// left out of what is shared unless the client chooses it by name (the
    /// Share page here; journalsharing.cpp's SQL holds the same rule).
    [[nodiscard]] bool isDraft() const { return name == QLatin1String("draft"); }
};

/// "mark" (issue 26): the action the app puts on every entry's card for
/// this module ("Bring to my next session"); see sdk::Marks.
struct MarkSpec {
    QString add;    ///< "add": the action, e.g. "Bring to my next session".
    QString remove; ///< "remove": taking it back, e.g. "Do not bring to my next session".
    QString shown;  ///< "shown": the line on a marked card, e.g. "For my next session".
};

/// A page the module adds to the app's navigation.
struct PageSpec {
    QString id;
    QString title;
    QString icon;  ///< Optional icon name or qrc:/ URL.
    QString url;   ///< qrc:/ URL of the QML page.
};

struct DependencySpec {
    QString id;
    Version minVersion;
};

/// One entry of "settings": a name and the kind of value it takes.
struct SettingSpec {
    enum class Type { Any, Boolean, Integer, Time, TimeZone, Text, List, Object };
    QString name;
    Type type = Type::Any;
    std::optional<qint64> min, max; ///< "integer 1-365"
    /// Empty when `value` is of this kind (null, and "" for a time, always
    /// are: "not set"); otherwise what it must be, e.g. "must be true or false".
    [[nodiscard]] QString problem(const QJsonValue& value) const;
};

/// A parsed, checked manifest. Keys are the JSON names in plugin.json.
struct Manifest {
    QString id;
    QString name;
    QString description;
    Version version;
    Version sdkVersion;     ///< "sdkVersion": the SDK version the module needs, "major.minor".
    Version minHostVersion; ///< "minHostVersion": the oldest host it runs in (default 0.0.0).
    QString icon;
    QString color;          ///< "#rrggbb" accent colour of the module, optional.
    QList<KindSpec> kinds;
    QStringList reads;      ///< Full kind names of other modules it may read.
    QList<PageSpec> pages;
    QList<DependencySpec> dependencies;
    /// "articles" (issue 25): Markdown files in the module's resources for the Learn page.
    QList<ArticleSpec> articles;
    /// "mark" (issue 26): entries the client may mark for this module.
    std::optional<MarkSpec> mark;
    /// "settings": the settings the module reads from a clinic profile's
    /// "settings.<id>", each name with the kind of value it takes. With it,
    /// the host warns of any other name there and of a value of the wrong
    /// kind (a misspelt setting, or "reminders": "no", was ignored without a
    /// word); without it, nothing is checked. `{}`: the module has none.
    std::optional<QList<SettingSpec>> settings;

    /// Keys the host does not know, each with the nearest known one, e.g.
    /// "kinds[0].crad": not a manifest key ... did you mean "card"? They are
    /// ignored, not refused: a module that loaded before keeps loading.
    /// `plugins check` prints them; the host logs them when it finds the module.
    QStringList warnings;

    QString manifestPath;   ///< Where it was read from.
    QString libraryPath;    ///< The library beside it: lib<id>.so.

    [[nodiscard]] const KindSpec* kind(const QString& shortName) const;
};

/// Manifest key names, one place.
namespace manifestkeys {
inline constexpr auto id = "id", name = "name", description = "description", version = "version",
                      sdkVersion = "sdkVersion", minHostVersion = "minHostVersion", icon = "icon", color = "color",
                      kinds = "kinds", reads = "reads", pages = "pages", dependencies = "dependencies",
                      schemaVersion = "schemaVersion", title = "title", card = "card", url = "url", page = "page",
                      articles = "articles", mark = "mark", settings = "settings";
}

/// Parses and checks plugin.json text. Errors name the file, the field (or
/// line and column for a syntax error) and the reason.
sdk::Result<Manifest> parseManifest(const QByteArray& json, const QString& path);
/// Reads and parses the manifest file at `path`.
sdk::Result<Manifest> readManifest(const QString& path);

/// "line L, column C" for a byte offset in `text` (JSON parse errors).
QString lineAndColumn(const QByteArray& text, int offset);

/// The name of `known` that `unknown` was most likely meant to be (a misspelt
/// manifest key, a module id), or "" when none is close: at most two edits (a
/// swap of two neighbours one), fewer than half its letters, case-insensitive.
QString nearestName(const QString& unknown, const QStringList& known);

/// Whether `id` is a valid module id: ^[a-z0-9][a-z0-9.-]*$
bool isValidPluginId(const QString& id);

} // namespace tessera::core
