#include "manifest.h"

#include "host/displaytext.h"
#include "store/journalstore.h" // isFullKindName()

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace k = manifestkeys;

namespace {

// A path in a message: folder names are chosen by whoever made the folder.
QString shownPath(const QString& path) { return escapeForDisplay(QDir::toNativeSeparators(path)); }

class Reader {
public:
    explicit Reader(QString path) : m_path(std::move(path)) {}

    sdk::Error error(const QString& field, const QString& reason) const
    {
        return makeError(ErrorCode::Validation, QStringLiteral("%1: \"%2\": %3").arg(shownPath(m_path), field, reason), field);
    }

private:
    QString m_path;
};

bool isKindName(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]*\\z"));
    return re.match(s).hasMatch();
}

bool isQrcUrl(const QString& s) { return s.startsWith(QLatin1String("qrc:/")) && s.endsWith(QLatin1String(".qml")); }

// Where tessera_add_plugin() puts a module's QML: qrc:/qt/qml/Tessera/Plugins/<Id>/,
// <Id> the id in CamelCase ("sleep-diary" -> "SleepDiary", "org.x.y" -> "OrgXY").
QString ownQmlPrefix(const QString& id)
{
    static const QRegularExpression separators(QStringLiteral("[.-]")); // compiled once (issue 30: a start-up cost)
    QString camel;
    for (const QString& part : id.split(separators, Qt::SkipEmptyParts))
        camel += part.left(1).toUpper() + part.mid(1);
    return QStringLiteral("qrc:/qt/qml/Tessera/Plugins/") + camel + QLatin1Char('/');
}

// A page or card must be one of the module's own files: pointing at another
// module's QML would show that module's form under this module's name, wired
// to this module's backend. No "..", which would climb out of the folder.
bool isOwnQml(const QString& url, const QString& id)
{
    return url.startsWith(ownQmlPrefix(id)) && !url.contains(QLatin1String("/../")) && !url.contains(QLatin1String("/./"));
}

// Why a text the app shows (a name, a title) is refused, or empty. Control
// characters and the bidirectional overrides could forge a log line, move a
// terminal's cursor or show the text in another order than it is written.
// A description may have line breaks; nothing else may.
QString textProblem(const QString& text, bool lineBreaksAllowed)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (lineBreaksAllowed && c == QLatin1Char('\n'))
            continue;
        if (hasControlCharacters(QString(c)))
            return QStringLiteral("contains a control character (%1 at position %2); write it on one line, without "
                                  "control or text-direction characters")
                .arg(escapeForDisplay(QString(c))).arg(i + 1);
    }
    return {};
}

// Keys of `o` that are not in `known`, as warnings ("<where>.<key>: ..."):
// ignored, so that a module with a key of its own keeps loading, but said.
// Keys starting with "$" ("$schema", "$comment") are for editors and tools.
void warnUnknownKeys(const QJsonObject& o, const QStringList& known, const QString& where, QStringList* warnings)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()) || it.key().startsWith(QLatin1Char('$')))
            continue;
        const QString field = where.isEmpty() ? it.key() : where + QLatin1Char('.') + it.key();
        const QString nearest = nearestName(it.key(), known);
        warnings->append(nearest.isEmpty()
                             ? QStringLiteral("\"%1\": not a manifest key, so it is ignored (known here: %2)")
                                   .arg(escapeForDisplay(field), known.join(QStringLiteral(", ")))
                             : QStringLiteral("\"%1\": not a manifest key, so it is ignored; did you mean \"%2\"?")
                                   .arg(escapeForDisplay(field), nearest));
    }
}

const QStringList& topLevelKeys()
{
    static const QStringList keys{QLatin1String(k::id), QLatin1String(k::name), QLatin1String(k::description),
                                  QLatin1String(k::version), QLatin1String(k::sdkVersion), QLatin1String(k::minHostVersion),
                                  QLatin1String(k::icon), QLatin1String(k::color), QLatin1String(k::kinds),
                                  QLatin1String(k::reads), QLatin1String(k::pages), QLatin1String(k::dependencies),
                                  QLatin1String(k::articles), QLatin1String(k::mark), QLatin1String(k::settings)};
    return keys;
}

} // namespace

QString SettingSpec::problem(const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (type) {
    case Type::Any:
        return {};
    case Type::Boolean:
        return value.isBool() ? QString() : QStringLiteral("must be true or false");
    case Type::Integer: {
        const double d = value.toDouble();
        const bool whole = value.isDouble() && d == std::floor(d) && std::abs(d) < 9.0e15;
        if (whole && (!min || (d >= double(*min) && d <= double(*max))))
            return {};
        return min ? QStringLiteral("must be a whole number from %1 to %2").arg(*min).arg(*max)
                   : QStringLiteral("must be a whole number");
    }
    case Type::Time:
        return value.isString() && (value.toString().isEmpty() || QTime::fromString(value.toString(), QStringLiteral("HH:mm")).isValid())
            ? QString()
            : QStringLiteral("must be a 24-hour time of day like \"18:00\"");
    case Type::TimeZone:
        return value.isString() && QTimeZone(value.toString().toUtf8()).isValid()
            ? QString()
            : QStringLiteral("must be a time zone like \"Europe/London\"");
    case Type::Text:
        return value.isString() ? QString() : QStringLiteral("must be text in quotes");
    case Type::List:
        return value.isArray() ? QString() : QStringLiteral("must be a list [ ... ]");
    case Type::Object:
        return value.isObject() ? QString() : QStringLiteral("must be an object { ... }");
    }
    return {};
}

// The optimal string alignment distance (edits, a swap of two neighbours one
// edit), case-insensitive: "crad" and "card" are 1 apart, "colour" and "color" 1.
static int editDistance(const QString& a, const QString& b)
{
    const QString x = a.toLower(), y = b.toLower();
    const qsizetype n = x.size(), m = y.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString nearestName(const QString& unknown, const QStringList& known)
{
    QString best;
    int bestDistance = 3;
    for (const QString& k : known) {
        const int d = editDistance(unknown, k);
        if (d < bestDistance && d * 2 < std::max(unknown.size(), k.size())) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}

bool isValidPluginId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]*\\z"));
    return id.size() <= 64 && re.match(id).hasMatch();
}

const KindSpec* Manifest::kind(const QString& shortName) const
{
    for (const KindSpec& k : kinds) {
        if (k.name == shortName)
            return &k;
    }
    return nullptr;
}

QString lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

sdk::Result<Manifest> parseManifest(const QByteArray& json, const QString& path)
{
    const Reader r(path);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2: %3 (not valid JSON)")
                                                    .arg(shownPath(path),
                                                         lineAndColumn(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Validation, QStringLiteral("%1: the manifest must be a JSON object").arg(shownPath(path)));
    const QJsonObject o = doc.object();

    Manifest m;
    m.manifestPath = QFileInfo(path).absoluteFilePath();
    warnUnknownKeys(o, topLevelKeys(), QString(), &m.warnings);
    // A required key that is missing, and a key of the file that looks like it: "(plugin.json has
    // "sdkVerison": misspelt?)", so the message points at the line to correct.
    auto missing = [&](const char* key) -> QString {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!topLevelKeys().contains(it.key()) && nearestName(it.key(), topLevelKeys()) == QLatin1String(key))
                return QStringLiteral(" (the file has \"%1\": misspelt?)").arg(escapeForDisplay(it.key()));
        }
        return {};
    };
    auto str = [&](const char* key, bool required, QString* out, int maxLength) -> std::optional<sdk::Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return std::nullopt;
        if (v.isUndefined())
            return r.error(QLatin1String(key), QStringLiteral("is missing; it is required and must be text") + missing(key));
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return r.error(QLatin1String(key), required ? QStringLiteral("is required and must be text")
                                                        : QStringLiteral("must be text"));
        if (v.toString().size() > maxLength)
            return r.error(QLatin1String(key), QStringLiteral("is longer than %1 characters").arg(maxLength));
        // (An id has its own rule, and its refusal shows it escaped.)
        if (QString why = textProblem(v.toString(), QLatin1String(key) == QLatin1String(k::description));
            !why.isEmpty() && QLatin1String(key) != QLatin1String(k::id))
            return r.error(QLatin1String(key), why);
        *out = v.toString();
        return std::nullopt;
    };
    auto version = [&](const char* key, bool required, Version* out) -> std::optional<sdk::Error> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return std::nullopt;
        if (v.isUndefined())
            return r.error(QLatin1String(key), QStringLiteral("is missing; it is required: a version like \"1.0\"") + missing(key));
        const auto parsed = Version::parse(v.toString());
        if (!v.isString() || !parsed)
            return r.error(QLatin1String(key), QStringLiteral("must be a version like \"1.0\" or \"1.2.3\""));
        *out = *parsed;
        return std::nullopt;
    };

    if (auto e = str(k::id, true, &m.id, 64))
        return *e;
    if (!isValidPluginId(m.id))
        return r.error(QLatin1String(k::id), QStringLiteral("\"%1\" must match ^[a-z0-9][a-z0-9.-]*$ "
                                                             "(lowercase letters, digits, '.' and '-')")
                                                 .arg(escapeForDisplay(m.id)));
    // The host's own entries (the safety plan, support offered) use "tessera/...".
    if (m.id == QLatin1String("tessera"))
        return r.error(QLatin1String(k::id), QStringLiteral("\"tessera\" is reserved for the host; choose another id"));
    if (auto e = str(k::name, true, &m.name, 80))
        return *e;
    if (auto e = str(k::description, false, &m.description, 1000))
        return *e;
    if (auto e = version(k::version, true, &m.version))
        return *e;
    if (auto e = version(k::sdkVersion, true, &m.sdkVersion))
        return *e;
    if (auto e = version(k::minHostVersion, false, &m.minHostVersion))
        return *e;
    if (auto e = str(k::icon, false, &m.icon, 200))
        return *e;
    if (auto e = str(k::color, false, &m.color, 9))
        return *e;
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!m.color.isEmpty() && !colour.match(m.color).hasMatch())
        return r.error(QLatin1String(k::color), QStringLiteral("must be a colour like \"#4f7cac\""));

    const QJsonValue kinds = o.value(QLatin1String(k::kinds));
    if (!kinds.isUndefined() && !kinds.isArray())
        return r.error(QLatin1String(k::kinds), QStringLiteral("must be a list of kinds"));
    QSet<QString> seenKinds;
    const QJsonArray kindArray = kinds.toArray();
    for (qsizetype i = 0; i < kindArray.size(); ++i) {
        const QString field = QStringLiteral("kinds[%1]").arg(i);
        const QJsonObject ko = kindArray.at(i).toObject();
        static const QStringList kindKeys{QLatin1String(k::name), QLatin1String(k::schemaVersion), QLatin1String(k::title),
                                          QLatin1String(k::card), QLatin1String(k::page)};
        warnUnknownKeys(ko, kindKeys, field, &m.warnings);
        KindSpec spec;
        spec.name = ko.value(QLatin1String(k::name)).toString();
        if (!isKindName(spec.name))
            return r.error(field + QStringLiteral(".name"), QStringLiteral("must be lowercase letters, digits and '-'"));
        if (seenKinds.contains(spec.name))
            return r.error(field + QStringLiteral(".name"), QStringLiteral("\"%1\" is listed twice").arg(spec.name));
        seenKinds.insert(spec.name);
        spec.fullName = m.id + QLatin1Char('/') + spec.name;
        const QJsonValue sv = ko.value(QLatin1String(k::schemaVersion));
        if (!sv.isDouble() || sv.toDouble() < 1 || sv.toDouble() != sv.toInt())
            return r.error(field + QStringLiteral(".schemaVersion"), QStringLiteral("must be a whole number, 1 or more"));
        spec.schemaVersion = sv.toInt();
        spec.title = ko.value(QLatin1String(k::title)).toString(spec.name);
        if (QString why = textProblem(spec.title, false); !why.isEmpty())
            return r.error(field + QStringLiteral(".title"), why);
        spec.cardUrl = ko.value(QLatin1String(k::card)).toString();
        if (!spec.cardUrl.isEmpty() && !isQrcUrl(spec.cardUrl))
            return r.error(field + QStringLiteral(".card"), QStringLiteral("must be a qrc:/ URL of a .qml file"));
        if (!spec.cardUrl.isEmpty() && !isOwnQml(spec.cardUrl, m.id))
            return r.error(field + QStringLiteral(".card"),
                           QStringLiteral("must be one of this module's own QML files, under %1 (it points elsewhere)")
                               .arg(ownQmlPrefix(m.id)));
        spec.pageId = ko.value(QLatin1String(k::page)).toString();
        m.kinds << spec;
    }

    const QJsonValue reads = o.value(QLatin1String(k::reads));
    if (!reads.isUndefined() && !reads.isArray())
        return r.error(QLatin1String(k::reads), QStringLiteral("must be a list of kind names"));
    const QJsonArray readArray = reads.toArray();
    for (qsizetype i = 0; i < readArray.size(); ++i) {
        const QString kind = readArray.at(i).toString();
        if (!isFullKindName(kind)) // the store's rule for a written kind
            return r.error(QStringLiteral("reads[%1]").arg(i),
                           QStringLiteral("must be a full kind name like \"behavioral-activation/activity\""));
        m.reads << kind;
    }

    const QJsonValue pages = o.value(QLatin1String(k::pages));
    if (!pages.isUndefined() && !pages.isArray())
        return r.error(QLatin1String(k::pages), QStringLiteral("must be a list of pages"));
    const QJsonArray pageArray = pages.toArray();
    QSet<QString> seenPages;
    for (qsizetype i = 0; i < pageArray.size(); ++i) {
        const QString field = QStringLiteral("pages[%1]").arg(i);
        const QJsonObject po = pageArray.at(i).toObject();
        static const QStringList pageKeys{QLatin1String(k::id), QLatin1String(k::title), QLatin1String(k::icon),
                                          QLatin1String(k::url)};
        warnUnknownKeys(po, pageKeys, field, &m.warnings);
        PageSpec page;
        page.id = po.value(QLatin1String(k::id)).toString();
        page.title = po.value(QLatin1String(k::title)).toString();
        page.icon = po.value(QLatin1String(k::icon)).toString();
        page.url = po.value(QLatin1String(k::url)).toString();
        if (!isKindName(page.id) || seenPages.contains(page.id))
            return r.error(field + QStringLiteral(".id"), QStringLiteral("must be a unique lowercase name"));
        seenPages.insert(page.id);
        if (page.title.trimmed().isEmpty())
            return r.error(field + QStringLiteral(".title"), QStringLiteral("is required"));
        if (QString why = textProblem(page.title, false); !why.isEmpty())
            return r.error(field + QStringLiteral(".title"), why);
        if (!isQrcUrl(page.url))
            return r.error(field + QStringLiteral(".url"), QStringLiteral("must be a qrc:/ URL of a .qml file"));
        if (!isOwnQml(page.url, m.id))
            return r.error(field + QStringLiteral(".url"),
                           QStringLiteral("must be one of this module's own QML files, under %1 (it points elsewhere)")
                               .arg(ownQmlPrefix(m.id)));
        m.pages << page;
    }

    for (qsizetype i = 0; i < m.kinds.size(); ++i) {
        if (!m.kinds[i].pageId.isEmpty() && !seenPages.contains(m.kinds[i].pageId))
            return r.error(QStringLiteral("kinds[%1].page").arg(i),
                           QStringLiteral("names no page in \"pages\" (\"%1\")").arg(escapeForDisplay(m.kinds[i].pageId)));
    }

    // ---- Learn (issue 25): articles in the module's resources ----
    const QJsonValue articles = o.value(QLatin1String(k::articles));
    if (!articles.isUndefined() && !articles.isArray())
        return r.error(QLatin1String(k::articles), QStringLiteral("must be a list of articles"));
    const QJsonArray articleArray = articles.toArray();
    if (articleArray.size() > 20)
        return r.error(QLatin1String(k::articles), QStringLiteral("lists %1 articles; a module may ship at most 20").arg(articleArray.size()));
    QStringList pageIds;
    for (const PageSpec& page : std::as_const(m.pages))
        pageIds << page.id;
    QSet<QString> seenArticles;
    for (qsizetype i = 0; i < articleArray.size(); ++i) {
        const QString field = QStringLiteral("articles[%1]").arg(i);
        ArticleSpec article;
        if (const auto problem = parseArticleSpec(articleArray.at(i), ArticleSource::Module, pageIds, &article))
            return r.error(problem->field.isEmpty() ? field : field + QLatin1Char('.') + problem->field, problem->reason);
        if (seenArticles.contains(article.id))
            return r.error(field + QStringLiteral(".id"), QStringLiteral("\"%1\" is listed twice").arg(article.id));
        seenArticles.insert(article.id);
        if (!article.file.startsWith(ownQmlPrefix(m.id)) || article.file.contains(QLatin1String("/../")) ||
            article.file.contains(QLatin1String("/./")))
            return r.error(field + QStringLiteral(".file"),
                           QStringLiteral("must be one of this module's own files, under %1 (it points elsewhere)").arg(ownQmlPrefix(m.id)));
        m.articles << article;
    }
    // ---- end issue 25 ----

    // ---- issue 26: "mark", an action on every entry's card for this module ----
    if (const QJsonValue mark = o.value(QLatin1String(k::mark)); !mark.isUndefined()) {
        if (!mark.isObject())
            return r.error(QLatin1String(k::mark), QStringLiteral("must be an object with add, remove and shown, e.g. "
                                                                  "{\"add\": \"Bring to my next session\", ...}"));
        const QJsonObject mo = mark.toObject();
        MarkSpec spec;
        const std::pair<const char*, QString*> fields[] = {{"add", &spec.add}, {"remove", &spec.remove}, {"shown", &spec.shown}};
        for (const auto& [name, out] : fields) {
            const QString field = QStringLiteral("mark.") + QLatin1String(name);
            const QJsonValue v = mo.value(QLatin1String(name));
            if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 60)
                return r.error(field, QStringLiteral("is required: 1-60 characters on one line"));
            if (QString why = textProblem(v.toString(), false); !why.isEmpty())
                return r.error(field, why);
            *out = v.toString().trimmed();
        }
        for (auto it = mo.begin(); it != mo.end(); ++it) {
            if (it.key() != QLatin1String("add") && it.key() != QLatin1String("remove") && it.key() != QLatin1String("shown"))
                return r.error(QStringLiteral("mark.") + escapeForDisplay(it.key()), QStringLiteral("is not a mark field (known: add, remove, shown)"));
        }
        m.mark = spec;
    }
    // ---- end issue 26 ----

    // "settings": what the module reads from the profile's settings for it.
    if (const QJsonValue settings = o.value(QLatin1String(k::settings)); !settings.isUndefined()) {
        if (!settings.isObject())
            return r.error(QLatin1String(k::settings), QStringLiteral("must be an object of the setting names the module reads, each "
                                                                      "with the kind of value, e.g. {\"reminderTime\": \"time\"} "
                                                                      "({} for none)"));
        static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
        static const QRegularExpression range(QStringLiteral("^integer (-?[0-9]{1,15})-(-?[0-9]{1,15})$"));
        static const QList<std::pair<const char*, SettingSpec::Type>> types{
            {"any", SettingSpec::Type::Any},       {"boolean", SettingSpec::Type::Boolean}, {"integer", SettingSpec::Type::Integer},
            {"time", SettingSpec::Type::Time},     {"timeZone", SettingSpec::Type::TimeZone}, {"text", SettingSpec::Type::Text},
            {"list", SettingSpec::Type::List},     {"object", SettingSpec::Type::Object}};
        QList<SettingSpec> specs;
        const QJsonObject so = settings.toObject();
        for (auto it = so.begin(); it != so.end(); ++it) {
            const QString field = QStringLiteral("settings.") + escapeForDisplay(it.key());
            if (!name.match(it.key()).hasMatch())
                return r.error(field, QStringLiteral("is not a setting name: a letter, then up to 63 letters, digits, _ or -"));
            SettingSpec spec;
            spec.name = it.key();
            const QString kind = it.value().toString();
            bool known = false;
            for (const auto& [word, type] : types) {
                if (kind == QLatin1String(word)) {
                    spec.type = type;
                    known = true;
                }
            }
            if (const auto m = range.match(kind); !known && m.hasMatch()) {
                spec.type = SettingSpec::Type::Integer;
                spec.min = m.captured(1).toLongLong();
                spec.max = m.captured(2).toLongLong();
                known = *spec.min <= *spec.max;
            }
            if (!it.value().isString() || !known)
                return r.error(field, QStringLiteral("must be the kind of value it takes: any, boolean, integer, \"integer 1-365\", "
                                                     "time, timeZone, text, list or object"));
            specs << spec;
        }
        m.settings = specs;
    }

    const QJsonValue deps = o.value(QLatin1String(k::dependencies));
    if (!deps.isUndefined() && !deps.isArray())
        return r.error(QLatin1String(k::dependencies), QStringLiteral("must be a list"));
    const QJsonArray depArray = deps.toArray();
    for (qsizetype i = 0; i < depArray.size(); ++i) {
        const QString field = QStringLiteral("dependencies[%1]").arg(i);
        const QJsonObject dep = depArray.at(i).toObject();
        static const QStringList dependencyKeys{QLatin1String(k::id), QLatin1String(k::version)};
        warnUnknownKeys(dep, dependencyKeys, field, &m.warnings);
        DependencySpec spec;
        spec.id = dep.value(QLatin1String(k::id)).toString();
        if (!isValidPluginId(spec.id))
            return r.error(field + QStringLiteral(".id"), QStringLiteral("must be a module id"));
        if (spec.id == m.id)
            return r.error(field + QStringLiteral(".id"), QStringLiteral("a module cannot depend on itself"));
        const auto v = Version::parse(dep.value(QLatin1String(k::version)).toString(QStringLiteral("0.0")));
        if (!v)
            return r.error(field + QStringLiteral(".version"), QStringLiteral("must be a version like \"1.0\""));
        spec.minVersion = *v;
        m.dependencies << spec;
    }

    const QString dir = QFileInfo(path).absolutePath();
    m.libraryPath = dir + QStringLiteral("/lib") + m.id + QStringLiteral(".so");
    return m;
}

sdk::Result<Manifest> readManifest(const QString& path)
{
    constexpr qint64 kMaxBytes = 1024 * 1024;
    const QString shown = shownPath(path);
    const QString notAFile = QStringLiteral("%1: the manifest is not a regular file (a device, a pipe or a folder); "
                                            "plugin.json must be a JSON file").arg(shown);
    // Never block on or read without end what is not a regular file (after
    // links): a FIFO blocks open() for ever, /dev/zero never ends. The file
    // is opened without blocking and checked on the descriptor (a check by
    // name first could be raced by a swap), then read up to the cap, however
    // large the file says it is (files in /proc say 0).
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        struct stat st {};
        if (::stat(name.constData(), &st) == 0 && !S_ISREG(st.st_mode))
            return makeError(ErrorCode::Validation, notAFile);
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot read the manifest: %2")
                                                 .arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::Validation, notAFile);
    }
    QByteArray bytes;
    char buffer[64 * 1024];
    while (bytes.size() <= kMaxBytes) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot read the manifest: %2")
                                                     .arg(shown, QString::fromLocal8Bit(std::strerror(error))));
        }
        if (n == 0)
            break;
        bytes.append(buffer, n);
    }
    ::close(fd);
    if (bytes.size() > kMaxBytes)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: the manifest is larger than 1 MiB").arg(shown));
    return parseManifest(bytes, path);
}

} // namespace tessera::core
