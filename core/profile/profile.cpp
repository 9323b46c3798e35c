#include "profile.h"

#include "plugins/manifest.h"
#include "trust/modulesignature.h"
#include "store/journalstore.h"

#include <algorithm>
#include <optional>
#include <QDateTime>
#include <QLocale>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <tuple>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys{QStringLiteral("name"), QStringLiteral("setBy"), QStringLiteral("locked"),
                                    QStringLiteral("enabled"), QStringLiteral("settings"),
                                    QStringLiteral("pluginDirs"), QStringLiteral("formatVersion"),
                                    QStringLiteral("crisis"), QStringLiteral("moduleTrust"), QStringLiteral("grants"),
                                    QStringLiteral("writeQuota"), QStringLiteral("appLock"),
                                    QStringLiteral("desktop"), QStringLiteral("reminders"), // issue 24
                                    QStringLiteral("learn")}; // issue 25
    return keys;
}

// ---- Where a value is in the text, for errors about nested fields ----
//
// QJsonDocument keeps no positions, and searching for `"name"` would find the
// profile's own name, so this walks the (already parsed, so valid) text along
// a path of keys and indexes. Best effort: -1 when the path cannot be
// followed (for example a key written with escapes); never reads out of
// bounds, never recurses.

struct PathStep {
    QString key;         ///< An object key, or
    qsizetype index = -1; ///< an array index (when >= 0).
};
using JsonPath = QList<PathStep>;

// "crisis.contacts[2].name". An unknown key is shown as written, but cut
// short and without control characters, so a message stays one short line.
QString pathText(const JsonPath& path)
{
    QString out;
    for (const PathStep& s : path) {
        if (s.index >= 0) {
            out += QStringLiteral("[%1]").arg(s.index);
            continue;
        }
        QString key = s.key.size() > 60 ? s.key.left(60) + QChar(0x2026) : s.key;
        for (QChar& c : key) {
            if (c.category() == QChar::Other_Control)
                c = QLatin1Char('?');
        }
        out += (out.isEmpty() ? QString() : QStringLiteral(".")) + key;
    }
    return out;
}

class JsonLocator {
public:
    explicit JsonLocator(const QByteArray& text) : t(text), n(text.size()) {}

    // The offset at which the value at `path` starts, or -1.
    qsizetype find(const JsonPath& path)
    {
        i = 0;
        for (const PathStep& step : path) {
            ws();
            if (step.index >= 0 ? !intoArray(step.index) : !intoObject(step.key.toUtf8()))
                return -1;
        }
        ws();
        return i < n ? i : -1;
    }

private:
    bool at(char c) const { return i < n && t[i] == c; }
    void ws()
    {
        while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
            ++i;
    }
    bool skipString()
    {
        if (!at('"'))
            return false;
        for (++i; i < n; ++i) {
            if (t[i] == '\\')
                ++i;
            else if (t[i] == '"') {
                ++i;
                return true;
            }
        }
        return false;
    }
    bool skipValue()
    {
        ws();
        if (i >= n)
            return false;
        if (t[i] == '"')
            return skipString();
        if (t[i] != '{' && t[i] != '[') {
            while (i < n && !QByteArrayView(",}] \t\r\n").contains(t[i]))
                ++i;
            return true;
        }
        qsizetype depth = 0;
        while (i < n) {
            const char c = t[i];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                return true;
            }
            ++i;
        }
        return false;
    }
    // Moves to the value of `key` (the last one, as QJsonDocument keeps the last).
    bool intoObject(const QByteArray& key)
    {
        if (!at('{'))
            return false;
        ++i;
        qsizetype found = -1;
        for (;;) {
            ws();
            if (!at('"'))
                break;
            const qsizetype start = i;
            if (!skipString())
                return false;
            const QByteArrayView raw(t.constData() + start + 1, i - start - 2);
            ws();
            if (!at(':'))
                return false;
            ++i;
            ws();
            if (raw == key)
                found = i;
            if (!skipValue())
                return false;
            ws();
            if (!at(','))
                break;
            ++i;
        }
        if (found < 0)
            return false;
        i = found;
        return true;
    }
    bool intoArray(qsizetype index)
    {
        if (!at('['))
            return false;
        ++i;
        for (qsizetype k = 0;; ++k) {
            ws();
            if (i >= n || t[i] == ']')
                return false;
            if (k == index)
                return true;
            if (!skipValue())
                return false;
            ws();
            if (!at(','))
                return false;
            ++i;
        }
    }

    const QByteArray& t;
    const qsizetype n;
    qsizetype i = 0;
};

// ---- The crisis section ----

constexpr qsizetype kMaxCrisisContacts = 50;
constexpr qsizetype kMaxCrisisText = 200;
constexpr qsizetype kMaxCrisisNote = 500;

const QStringList& contactKeys()
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("text"),
                                  QStringLiteral("web"),  QStringLiteral("hours"), QStringLiteral("note")};
    return keys;
}

// A character named in an error: itself when it can be seen, else its code.
QString describeChar(char32_t c)
{
    const QString s = QString::fromUcs4(&c, 1);
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return QStringLiteral("\"%1\"").arg(s);
    return QStringLiteral("U+") + QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// Why a piece of text is refused, or empty. Right-to-left marks and emoji
// are fine; control characters (tabs, line breaks), line and paragraph
// separators and broken UTF-16 are not.
QString checkCrisisText(const QString& s, qsizetype maxChars)
{
    if (s.trimmed().isEmpty())
        return QStringLiteral("is empty (leave it out if there is none)");
    qsizetype chars = 0;
    for (qsizetype k = 0; k < s.size(); ++k) {
        const QChar c = s.at(k);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && k + 1 < s.size() && s.at(k + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, s.at(k + 1));
            ++k;
        } else if (c.isSurrogate()) {
            return QStringLiteral("is not valid text (a broken character at position %1)").arg(chars + 1);
        }
        ++chars;
        const QChar::Category cat = QChar::category(code);
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            return QStringLiteral("contains a control character (%1 at position %2; tabs and line breaks are not allowed)")
                .arg(describeChar(code), QString::number(chars));
    }
    if (chars > maxChars)
        return QStringLiteral("is too long (%1 characters; at most %2)").arg(chars).arg(maxChars);
    return {};
}

// Why a phone or text number is refused, or empty.
QString checkCrisisNumber(const QString& s)
{
    if (QString why = checkCrisisText(s, kMaxCrisisText); !why.isEmpty())
        return why;
    bool digit = false;
    for (const char32_t c : s.toUcs4()) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != ' ' && c != '+' && c != '(' && c != ')' && c != '-')
            return QStringLiteral("must hold only digits, spaces and + ( ) - (found %1)").arg(describeChar(c));
    }
    if (!digit)
        return QStringLiteral("must hold a number (no digits found)");
    return {};
}

// Why a web address is refused, or empty.
QString checkCrisisWeb(const QString& s)
{
    if (QString why = checkCrisisText(s, kMaxCrisisText); !why.isEmpty())
        return why;
    const QUrl url(s, QUrl::StrictMode);
    const QString hint = QStringLiteral(" (for example https://www.samaritans.org)");
    if (!url.isValid() || url.isRelative())
        return QStringLiteral("must be a web address starting with https:// or http://") + hint;
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QStringLiteral("must be a web address starting with https:// or http:// (found \"%1:\")").arg(url.scheme());
    if (url.host().isEmpty())
        return QStringLiteral("must name a web site after https://") + hint;
    if (!url.userInfo().isEmpty())
        return QStringLiteral("must not hold a user name or password");
    return {};
}

// A refusal of a field of a profile section: "file: line N: crisis.contacts[2].name:
// <reason>", the line being that of `at` (the value itself by default, or the
// object it is missing from).
sdk::Error fieldError(const QByteArray& json, const QString& file, const JsonPath& path, const QString& reason,
                      const JsonPath& at = {})
{
    const qsizetype offset = JsonLocator(json).find(at.isEmpty() ? path : at);
    const QString where = offset < 0 ? QString() : QStringLiteral("line %1: ").arg(json.left(offset).count('\n') + 1);
    const QString field = pathText(path);
    return makeError(ErrorCode::Validation, QStringLiteral("%1: %2%3: %4").arg(file, where, field, reason), field);
}

} // namespace

bool Profile::isEnabled(const QString& pluginId) const
{
    return !disabled.contains(pluginId) && (!enabled || enabled->contains(pluginId));
}

Profile defaultProfile()
{
    Profile p;
    p.name = QStringLiteral("Default (every bundled module)");
    return p;
}

QString profileSourceName(ProfileSource source)
{
    switch (source) {
    case ProfileSource::CommandLine: return QStringLiteral("command line");
    case ProfileSource::User: return QStringLiteral("your choice");
    case ProfileSource::Clinic: return QStringLiteral("clinic");
    case ProfileSource::BuiltIn: return QStringLiteral("built-in");
    }
    return {};
}

namespace {

// The optional "crisis" section: {"contacts": [...], "emergencyNumber": "112"}.
sdk::Status parseCrisis(const QJsonValue& crisis, const QByteArray& json, const QString& file, Profile* p)
{
    if (crisis.isUndefined())
        return {};
    // "file: line N: crisis.contacts[2].name: is required"; the line is that of
    // `at` (the value itself, or the contact when the value is missing).
    auto fail = [&](const JsonPath& path, const QString& reason, const JsonPath& at = {}) -> sdk::Status {
        return fieldError(json, file, path, reason, at);
    };
    const QString kCrisis = QStringLiteral("crisis");
    const QString kContacts = QStringLiteral("contacts");
    const QString kEmergency = QStringLiteral("emergencyNumber");

    if (!crisis.isObject())
        return fail({{kCrisis}}, QStringLiteral("must be an object with \"contacts\" (a list) and, if wanted, "
                                                "\"emergencyNumber\""));
    const QJsonObject co = crisis.toObject();
    for (auto it = co.begin(); it != co.end(); ++it) {
        if (it.key() != kContacts && it.key() != kEmergency)
            return fail({{kCrisis}, {it.key()}}, QStringLiteral("is not a crisis setting (known: contacts, emergencyNumber)"));
    }

    const QJsonValue emergency = co.value(kEmergency);
    if (!emergency.isUndefined()) {
        if (!emergency.isString())
            return fail({{kCrisis}, {kEmergency}}, QStringLiteral("must be text, e.g. \"112\" (in quotes)"));
        if (QString why = checkCrisisNumber(emergency.toString()); !why.isEmpty())
            return fail({{kCrisis}, {kEmergency}}, why);
        p->crisisEmergencyNumber = emergency.toString();
    }

    const QJsonValue contacts = co.value(kContacts);
    if (contacts.isUndefined())
        return {};
    if (!contacts.isArray())
        return fail({{kCrisis}, {kContacts}}, QStringLiteral("must be a list of contacts"));
    const QJsonArray list = contacts.toArray();
    if (list.size() > kMaxCrisisContacts)
        return fail({{kCrisis}, {kContacts}}, QStringLiteral("at most %1 contacts (found %2)").arg(kMaxCrisisContacts).arg(list.size()));

    QList<CrisisContact> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath at{{kCrisis}, {kContacts}, {{}, i}};
        const QJsonValue v = list.at(i);
        if (!v.isObject())
            return fail(at, QStringLiteral("must be an object with a name and a phone, text or web"));
        const QJsonObject c = v.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!contactKeys().contains(it.key()))
                return fail(at + JsonPath{{it.key()}}, QStringLiteral("is not a contact field (known: %1)")
                                                          .arg(contactKeys().join(QStringLiteral(", "))));
        }
        CrisisContact contact;
        QString* fields[] = {&contact.name, &contact.phone, &contact.text, &contact.web, &contact.hours, &contact.note};
        for (qsizetype k = 0; k < contactKeys().size(); ++k) {
            const QString& key = contactKeys().at(k);
            const QJsonValue fv = c.value(key);
            const JsonPath fieldPath = at + JsonPath{{key}};
            if (fv.isUndefined()) {
                if (key == QLatin1String("name"))
                    return fail(fieldPath, QStringLiteral("is required"), at);
                continue;
            }
            if (!fv.isString())
                return fail(fieldPath, QStringLiteral("must be text (in quotes)"));
            const QString s = fv.toString();
            QString why;
            if (key == QLatin1String("phone") || key == QLatin1String("text"))
                why = checkCrisisNumber(s);
            else if (key == QLatin1String("web"))
                why = checkCrisisWeb(s);
            else
                why = checkCrisisText(s, key == QLatin1String("note") ? kMaxCrisisNote : kMaxCrisisText);
            if (!why.isEmpty())
                return fail(fieldPath, why);
            *fields[k] = s;
        }
        if (contact.phone.isEmpty() && contact.text.isEmpty() && contact.web.isEmpty())
            return fail(at, QStringLiteral("needs at least one of phone, text or web"));
        out.append(contact);
    }
    p->crisisContacts = out;
    return {};
}

// ---- The module trust section ----

constexpr qsizetype kMaxTrustedKeys = 50;
constexpr qsizetype kMaxAllowedHashes = 500;

// The optional "moduleTrust" section (see ModuleTrustPolicy).
sdk::Status parseModuleTrust(const QJsonValue& section, const QByteArray& json, const QString& file, Profile* p)
{
    if (section.isUndefined())
        return {};
    // "file: line N: moduleTrust.trustedKeys[1].publicKey: <reason>", as for the crisis section.
    auto fail = [&](const JsonPath& path, const QString& reason, const JsonPath& at = {}) -> sdk::Status {
        return fieldError(json, file, path, reason, at);
    };
    const QString kSection = QStringLiteral("moduleTrust");
    const QString kRequire = QStringLiteral("requireSignature");
    const QString kBundled = QStringLiteral("trustBundled");
    const QString kKeys = QStringLiteral("trustedKeys");
    const QString kHashes = QStringLiteral("allowedHashes");
    if (!section.isObject())
        return fail({{kSection}}, QStringLiteral("must be an object, e.g. {\"requireSignature\": true, \"trustBundled\": true}"));
    const QJsonObject o = section.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kRequire && it.key() != kBundled && it.key() != kKeys && it.key() != kHashes)
            return fail({{kSection}, {it.key()}}, QStringLiteral("is not a module trust setting (known: requireSignature, "
                                                                  "trustBundled, trustedKeys, allowedHashes)"));
    }
    ModuleTrustPolicy policy;
    const QJsonValue require = o.value(kRequire);
    if (!require.isBool())
        return fail({{kSection}, {kRequire}}, require.isUndefined()
                        ? QStringLiteral("is required: true to load only the modules this section trusts")
                        : QStringLiteral("must be true or false"), require.isUndefined() ? JsonPath{{kSection}} : JsonPath{});
    policy.requireSignature = require.toBool();
    const QJsonValue bundled = o.value(kBundled);
    if (!bundled.isUndefined() && !bundled.isBool())
        return fail({{kSection}, {kBundled}}, QStringLiteral("must be true or false"));
    policy.trustBundled = bundled.toBool(false);

    const QJsonValue keys = o.value(kKeys);
    if (!keys.isUndefined()) {
        if (!keys.isArray())
            return fail({{kSection}, {kKeys}}, QStringLiteral("must be a list of keys, each {\"name\": ..., \"publicKey\": ...}"));
        const QJsonArray list = keys.toArray();
        if (list.size() > kMaxTrustedKeys)
            return fail({{kSection}, {kKeys}}, QStringLiteral("at most %1 keys (found %2)").arg(kMaxTrustedKeys).arg(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonPath at{{kSection}, {kKeys}, {{}, i}};
            if (!list.at(i).isObject())
                return fail(at, QStringLiteral("must be an object with \"name\" and \"publicKey\""));
            const QJsonObject k = list.at(i).toObject();
            for (auto it = k.begin(); it != k.end(); ++it) {
                if (it.key() != QLatin1String("name") && it.key() != QLatin1String("publicKey"))
                    return fail(at + JsonPath{{it.key()}}, QStringLiteral("is not a key field (known: name, publicKey)"));
            }
            TrustedModuleKey key;
            const QJsonValue name = k.value(QStringLiteral("name"));
            if (name.isUndefined())
                return fail(at + JsonPath{{QStringLiteral("name")}}, QStringLiteral("is required (who holds the key)"), at);
            if (!name.isString())
                return fail(at + JsonPath{{QStringLiteral("name")}}, QStringLiteral("must be text (in quotes)"));
            if (QString why = checkCrisisText(name.toString(), kMaxCrisisText); !why.isEmpty())
                return fail(at + JsonPath{{QStringLiteral("name")}}, why);
            key.name = name.toString();
            const QJsonValue publicKey = k.value(QStringLiteral("publicKey"));
            if (publicKey.isUndefined())
                return fail(at + JsonPath{{QStringLiteral("publicKey")}}, QStringLiteral("is required (as tessera-cli plugins keygen prints it)"), at);
            auto bytes = publicKey.isString() ? trust::parsePublicKey(publicKey.toString())
                                              : sdk::Result<QByteArray>(makeError(ErrorCode::Validation, QStringLiteral("must be text (in quotes)")));
            if (!bytes.ok())
                return fail(at + JsonPath{{QStringLiteral("publicKey")}}, bytes.error().message);
            key.publicKey = bytes.value();
            policy.trustedKeys.append(key);
        }
    }

    const QJsonValue hashes = o.value(kHashes);
    if (!hashes.isUndefined()) {
        if (!hashes.isArray())
            return fail({{kSection}, {kHashes}}, QStringLiteral("must be a list, each {\"id\": ..., \"library\": ..., \"manifest\": ...}"));
        const QJsonArray list = hashes.toArray();
        if (list.size() > kMaxAllowedHashes)
            return fail({{kSection}, {kHashes}}, QStringLiteral("at most %1 modules (found %2)").arg(kMaxAllowedHashes).arg(list.size()));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}\\z"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonPath at{{kSection}, {kHashes}, {{}, i}};
            if (!list.at(i).isObject())
                return fail(at, QStringLiteral("must be an object with \"id\", \"library\" and \"manifest\""));
            const QJsonObject h = list.at(i).toObject();
            for (auto it = h.begin(); it != h.end(); ++it) {
                if (it.key() != QLatin1String("id") && it.key() != QLatin1String("library") && it.key() != QLatin1String("manifest"))
                    return fail(at + JsonPath{{it.key()}}, QStringLiteral("is not an allowed-hash field (known: id, library, manifest)"));
            }
            AllowedModuleHashes allowed;
            const QJsonValue id = h.value(QStringLiteral("id"));
            if (id.isUndefined())
                return fail(at + JsonPath{{QStringLiteral("id")}}, QStringLiteral("is required (the module's id)"), at);
            if (!id.isString() || !isValidPluginId(id.toString()))
                return fail(at + JsonPath{{QStringLiteral("id")}}, QStringLiteral("must be a module id like \"sleep-diary\""));
            allowed.id = id.toString();
            for (const QString& which : {QStringLiteral("library"), QStringLiteral("manifest")}) {
                const QJsonValue v = h.value(which);
                if (v.isUndefined())
                    return fail(at + JsonPath{{which}}, QStringLiteral("is required: the SHA-256 of the module's %1, as tessera-cli "
                                                                      "plugins verify prints it").arg(which == QLatin1String("library") ? QStringLiteral("library") : QStringLiteral("plugin.json")), at);
                if (!v.isString() || !hex.match(v.toString()).hasMatch())
                    return fail(at + JsonPath{{which}}, QStringLiteral("must be a SHA-256 hash: 64 hex digits, as sha256sum or "
                                                                      "tessera-cli plugins verify prints it"));
                (which == QLatin1String("library") ? allowed.librarySha256 : allowed.manifestSha256) = v.toString().toLower();
            }
            policy.allowedHashes.append(allowed);
        }
    }
    if (policy.requireSignature && !policy.trustBundled && policy.trustedKeys.isEmpty() && policy.allowedHashes.isEmpty())
        return fail({{kSection}, {kRequire}}, QStringLiteral("is true, but nothing is trusted, so no module would load; add "
                                                             "trustedKeys, set trustBundled to true, or list allowedHashes"));
    p->moduleTrust = policy;
    return {};
}

// ---- Module trust (issue 20): "grants" and "writeQuota" ----

constexpr int kMaxWritesPerMinute = 1000000;
constexpr int kMaxWritesPerDay = 100000000;

// "grants": "declared", or {"<module id>": ["<module>/<kind>", ...] | "declared"};
// "writeQuota": {"perMinute": N, "perDay": N, "modules": {"<module id>": {"perMinute": N, "perDay": N}}}.
sdk::Status parseTrust(const QJsonObject& o, const QByteArray& json, const QString& file, Profile* p)
{
    auto fail = [&](const JsonPath& path, const QString& reason) -> sdk::Status {
        return fieldError(json, file, path, reason);
    };
    const QString kGrants = QStringLiteral("grants");
    const QString kDeclared = QStringLiteral("declared");
    const QJsonValue grants = o.value(kGrants);
    if (grants.isString() && grants.toString() == kDeclared) {
        p->grantDeclaredReads = true;
    } else if (grants.isObject()) {
        const QJsonObject go = grants.toObject();
        for (auto it = go.begin(); it != go.end(); ++it) {
            const JsonPath at{{kGrants}, {it.key()}};
            if (!isValidPluginId(it.key()))
                return fail(at, QStringLiteral("is not a module id (lowercase letters, digits, '.' and '-')"));
            if (it.value().isString() && it.value().toString() == kDeclared) {
                p->readGrants.insert(it.key(), {QStringLiteral("*")});
                continue;
            }
            if (!it.value().isArray())
                return fail(at, QStringLiteral("must be a list of kinds, e.g. [\"journal/checkin\"], or \"declared\" "
                                               "(every kind the module lists under \"reads\")"));
            QStringList kinds;
            const QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString() || !isFullKindName(list.at(i).toString()))
                    return fail(at + JsonPath{{{}, i}}, QStringLiteral("must be a kind with its module, e.g. \"journal/checkin\""));
                kinds << list.at(i).toString();
            }
            p->readGrants.insert(it.key(), kinds);
        }
    } else if (!grants.isUndefined()) {
        return fail({{kGrants}}, QStringLiteral("must be \"declared\" or an object of module id to kinds, e.g. "
                                                "{\"goals\": [\"journal/checkin\"]}"));
    }

    const QString kQuota = QStringLiteral("writeQuota");
    const QString kMinute = QStringLiteral("perMinute");
    const QString kDay = QStringLiteral("perDay");
    const QString kModules = QStringLiteral("modules");
    // One {"perMinute", "perDay"} object at `at` (plus "modules" at the top), over `base`.
    auto limits = [&](const QJsonValue& v, const JsonPath& at, bool top, WriteQuotaSetting base,
                      WriteQuotaSetting* out) -> sdk::Status {
        if (!v.isObject())
            return fail(at, QStringLiteral("must be an object with \"perMinute\" and \"perDay\""));
        const QJsonObject q = v.toObject();
        for (auto it = q.begin(); it != q.end(); ++it) {
            if (it.key() != kMinute && it.key() != kDay && !(top && it.key() == kModules))
                return fail(at + JsonPath{{it.key()}}, top ? QStringLiteral("is not a write limit (known: perMinute, perDay, modules)")
                                                           : QStringLiteral("is not a write limit (known: perMinute, perDay)"));
        }
        for (const auto& [key, max, field] : {std::tuple{kMinute, kMaxWritesPerMinute, &base.perMinute},
                                              std::tuple{kDay, kMaxWritesPerDay, &base.perDay}}) {
            const QJsonValue n = q.value(key);
            if (n.isUndefined())
                continue;
            const double d = n.toDouble(-1);
            if (!n.isDouble() || d < 0 || d > max || d != double(qint64(d)))
                return fail(at + JsonPath{{key}}, QStringLiteral("must be a whole number from 0 (no limit) to %1").arg(max));
            *field = int(d);
        }
        *out = base;
        return {};
    };
    const QJsonValue quota = o.value(kQuota);
    if (quota.isUndefined())
        return {};
    if (sdk::Status s = limits(quota, {{kQuota}}, true, p->writeQuota, &p->writeQuota); !s.ok())
        return s;
    const QJsonValue modules = quota.toObject().value(kModules);
    if (modules.isUndefined())
        return {};
    if (!modules.isObject())
        return fail({{kQuota}, {kModules}}, QStringLiteral("must be an object of module id to limits"));
    const QJsonObject mo = modules.toObject();
    for (auto it = mo.begin(); it != mo.end(); ++it) {
        const JsonPath at{{kQuota}, {kModules}, {it.key()}};
        if (!isValidPluginId(it.key()))
            return fail(at, QStringLiteral("is not a module id (lowercase letters, digits, '.' and '-')"));
        WriteQuotaSetting module;
        if (sdk::Status s = limits(it.value(), at, false, p->writeQuota, &module); !s.ok())
            return s;
        p->moduleWriteQuotas.insert(it.key(), module);
    }
    return {};
}

// ---- The app lock (issue 21) ----
// "appLock": {"requirePassphrase": true, "maxIdleMinutes": 15}.
constexpr int kMaxIdleMinutesLimit = 24 * 60;

sdk::Status parseAppLock(const QJsonValue& section, const QByteArray& json, const QString& file, Profile* p)
{
    if (section.isUndefined())
        return {};
    auto fail = [&](const JsonPath& path, const QString& reason) -> sdk::Status {
        return fieldError(json, file, path, reason);
    };
    const QString kAppLock = QStringLiteral("appLock");
    const QString kRequire = QStringLiteral("requirePassphrase");
    const QString kIdle = QStringLiteral("maxIdleMinutes");
    if (!section.isObject())
        return fail({{kAppLock}}, QStringLiteral("must be an object, e.g. {\"requirePassphrase\": true, \"maxIdleMinutes\": 15}"));
    const QJsonObject o = section.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kRequire && it.key() != kIdle)
            return fail({{kAppLock}, {it.key()}}, QStringLiteral("is not an app lock setting (known: requirePassphrase, maxIdleMinutes)"));
    }
    if (const QJsonValue v = o.value(kRequire); !v.isUndefined()) {
        if (!v.isBool())
            return fail({{kAppLock}, {kRequire}}, QStringLiteral("must be true or false"));
        p->appLockRequirePassphrase = v.toBool();
    }
    if (const QJsonValue v = o.value(kIdle); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > kMaxIdleMinutesLimit || d != double(qint64(d)))
            return fail({{kAppLock}, {kIdle}},
                        QStringLiteral("must be a whole number of minutes from 1 to %1, or 0 for no maximum").arg(kMaxIdleMinutesLimit));
        p->appLockMaxIdleMinutes = int(d);
    }
    return {};
}

// ---- Desktop integration (issue 24) ----
// "desktop": {"keepRunning": true}: a default the client may change.
sdk::Status parseDesktop(const QJsonValue& section, const QByteArray& json, const QString& file, Profile* p)
{
    if (section.isUndefined())
        return {};
    const QString kDesktop = QStringLiteral("desktop");
    const QString kKeep = QStringLiteral("keepRunning");
    if (!section.isObject())
        return fieldError(json, file, {{kDesktop}}, QStringLiteral("must be an object, e.g. {\"keepRunning\": true}"));
    const QJsonObject o = section.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kKeep)
            return fieldError(json, file, {{kDesktop}, {it.key()}}, QStringLiteral("is not a desktop setting (known: keepRunning)"));
    }
    if (const QJsonValue v = o.value(kKeep); !v.isUndefined()) {
        if (!v.isBool())
            return fieldError(json, file, {{kDesktop}, {kKeep}}, QStringLiteral("must be true or false"));
        p->desktopKeepRunning = v.toBool();
    }
    return {};
}

// ---- Reminders (issue 24) ----
// "reminders": {"showDetails": false, "quietHours": {"from": "22:00", "to": "07:00"},
//               "snoozeMinutes": 10, "modules": {"<module id>": true}}.
sdk::Status parseReminders(const QJsonValue& section, const QByteArray& json, const QString& file, Profile* p)
{
    if (section.isUndefined())
        return {};
    auto fail = [&](const JsonPath& path, const QString& reason) -> sdk::Status {
        return fieldError(json, file, path, reason);
    };
    const QString kSection = QStringLiteral("reminders");
    const QString kDetails = QStringLiteral("showDetails");
    const QString kQuiet = QStringLiteral("quietHours");
    const QString kSnooze = QStringLiteral("snoozeMinutes");
    const QString kModules = QStringLiteral("modules");
    if (!section.isObject())
        return fail({{kSection}}, QStringLiteral("must be an object, e.g. {\"showDetails\": false, \"snoozeMinutes\": 10}"));
    const QJsonObject o = section.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kDetails && it.key() != kQuiet && it.key() != kSnooze && it.key() != kModules)
            return fail({{kSection}, {it.key()}},
                        QStringLiteral("is not a reminder setting (known: showDetails, quietHours, snoozeMinutes, modules)"));
    }
    ReminderProfileDefaults& d = p->reminders;
    if (const QJsonValue v = o.value(kDetails); !v.isUndefined()) {
        if (!v.isBool())
            return fail({{kSection}, {kDetails}}, QStringLiteral("must be true or false"));
        d.showDetails = v.toBool();
    }
    if (const QJsonValue v = o.value(kQuiet); !v.isUndefined()) {
        if (v.isBool() && !v.toBool()) {
            d.quietHours = false;
        } else if (!v.isObject()) {
            return fail({{kSection}, {kQuiet}},
                        QStringLiteral("must be {\"from\": \"22:00\", \"to\": \"07:00\"}, or false for none"));
        } else {
            const QJsonObject q = v.toObject();
            for (auto it = q.begin(); it != q.end(); ++it) {
                if (it.key() != QLatin1String("from") && it.key() != QLatin1String("to"))
                    return fail({{kSection}, {kQuiet}, {it.key()}}, QStringLiteral("is not known (known: from, to)"));
            }
            for (const QString& key : {QStringLiteral("from"), QStringLiteral("to")}) {
                const QTime t = QTime::fromString(q.value(key).toString(), QStringLiteral("HH:mm"));
                if (!q.value(key).isString() || !t.isValid())
                    return fail({{kSection}, {kQuiet}, {key}}, QStringLiteral("must be a time of day written HH:mm, e.g. \"22:00\""));
                (key == QLatin1String("from") ? d.quietFrom : d.quietTo) = t;
            }
            d.quietHours = true;
        }
    }
    if (const QJsonValue v = o.value(kSnooze); !v.isUndefined()) {
        const double m = v.toDouble(-1);
        if (!v.isDouble() || m < 1 || m > 240 || m != double(qint64(m)))
            return fail({{kSection}, {kSnooze}}, QStringLiteral("must be a whole number of minutes from 1 to 240"));
        d.snoozeMinutes = int(m);
    }
    if (const QJsonValue v = o.value(kModules); !v.isUndefined()) {
        if (!v.isObject())
            return fail({{kSection}, {kModules}}, QStringLiteral("must be an object of module ids, e.g. {\"medication\": true}"));
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isBool())
                return fail({{kSection}, {kModules}, {it.key()}}, QStringLiteral("must be true or false"));
            d.modules.insert(it.key(), it.value().toBool());
        }
    }
    return {};
}

} // namespace

// ---- Learn (issue 25) ----
// "learn": {"articles": [{"id", "title", "audience", "minutes", "topic", "file", ...}],
//           "hide": ["<module id>/<article id>", "tessera/<article id>"]}.
static sdk::Status parseLearn(const QJsonValue& section, const QByteArray& json, const QString& file, const QString& path, Profile* p)
{
    if (section.isUndefined())
        return {};
    const QString kLearn = QStringLiteral("learn");
    const QString kArticles = QStringLiteral("articles");
    const QString kHide = QStringLiteral("hide");
    if (!section.isObject())
        return fieldError(json, file, {{kLearn}}, QStringLiteral("must be an object, e.g. {\"articles\": [...], \"hide\": [...]}"));
    const QJsonObject o = section.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kArticles && it.key() != kHide)
            return fieldError(json, file, {{kLearn}, {it.key()}}, QStringLiteral("is not a Learn setting (known: articles, hide)"));
    }
    const QJsonValue articles = o.value(kArticles);
    if (!articles.isUndefined() && !articles.isArray())
        return fieldError(json, file, {{kLearn}, {kArticles}}, QStringLiteral("must be a list of articles"));
    const QJsonArray list = articles.toArray();
    if (list.size() > 100)
        return fieldError(json, file, {{kLearn}, {kArticles}}, QStringLiteral("lists %1 articles; at most 100").arg(list.size()));
    const QDir base = QFileInfo(path).absoluteDir();
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        ArticleSpec a;
        if (const auto problem = parseArticleSpec(list.at(i), ArticleSource::Profile, {}, &a)) {
            JsonPath at{{kLearn}, {kArticles}, {QString(), i}};
            if (!problem->field.isEmpty() && list.at(i).toObject().contains(problem->field))
                at << PathStep{problem->field};
            JsonPath shown{{kLearn}, {kArticles}, {QString(), i}};
            if (!problem->field.isEmpty())
                shown << PathStep{problem->field};
            return fieldError(json, file, shown, problem->reason, at);
        }
        if (seen.contains(a.id))
            return fieldError(json, file, {{kLearn}, {kArticles}, {QString(), i}, {QStringLiteral("id")}},
                              QStringLiteral("\"%1\" is listed twice").arg(a.id));
        seen.insert(a.id);
        a.file = QDir::cleanPath(base.absoluteFilePath(a.file));
        p->learnArticles << a;
    }
    const QJsonValue hide = o.value(kHide);
    if (!hide.isUndefined() && !hide.isArray())
        return fieldError(json, file, {{kLearn}, {kHide}}, QStringLiteral("must be a list like [\"cbt/thinking-traps\"]"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*/[a-z0-9][a-z0-9-]*\\z"));
    const QJsonArray hidden = hide.toArray();
    for (qsizetype i = 0; i < hidden.size(); ++i) {
        if (!hidden.at(i).isString() || !keyPattern.match(hidden.at(i).toString()).hasMatch())
            return fieldError(json, file, {{kLearn}, {kHide}, {QString(), i}},
                              QStringLiteral("must be \"<module id>/<article id>\", or \"tessera/<article id>\" for one of Tessera's own"));
        p->learnHidden << hidden.at(i).toString();
    }
    return {};
}

sdk::Result<Profile> parseProfile(const QByteArray& json, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    // A top-level key: its line where it is written (found along the path, not the
    // first "name" anywhere, which was a crisis contact's); none when it is missing.
    auto fail = [&](const QString& key, const QString& reason) {
        const qsizetype offset = JsonLocator(json).find(JsonPath{{key}});
        const QString where = offset < 0 ? QString() : QStringLiteral("line %1: ").arg(json.left(offset).count('\n') + 1);
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2\"%3\" %4").arg(file, where, key, reason), key);
    };
    if (json.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("%1: the file is empty; a profile is a JSON object with at least "
                                                               "\"name\" (the clinic admin guide has examples)").arg(file));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt names the place it gave up, which for a comma left out is the line after it.
        const bool commaLikely = parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray || parseError.error == QJsonParseError::MissingValueSeparator;
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2: %3 (not valid JSON)%4")
                                                    .arg(file, lineAndColumn(json, parseError.offset), parseError.errorString(),
                                                         commaLikely ? QStringLiteral("; is a comma missing at the end of the line "
                                                                                      "before?")
                                                                     : QString()));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::Validation, QStringLiteral("%1: line 1: a profile must be a JSON object").arg(file));
    const QJsonObject o = doc.object();

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (knownKeys().contains(it.key()))
            continue;
        // The key most likely meant ("lokced": "locked"), and every key, from the one list the parser uses.
        QStringList known(knownKeys().cbegin(), knownKeys().cend());
        std::sort(known.begin(), known.end());
        const QString meant = nearestName(it.key(), known);
        return fail(it.key(), meant.isEmpty() ? QStringLiteral("is not a profile setting (known: %1)").arg(known.join(QStringLiteral(", ")))
                                              : QStringLiteral("is not a profile setting; did you mean \"%1\"? (known: %2)")
                                                    .arg(meant, known.join(QStringLiteral(", "))));
    }

    Profile p;
    p.path = QFileInfo(path).absoluteFilePath();
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (name.isUndefined())
        return fail(QStringLiteral("name"), QStringLiteral("is required and must be text"));
    if (!name.isString())
        return fail(QStringLiteral("name"), QStringLiteral("must be text, in quotes"));
    if (name.toString().trimmed().isEmpty())
        return fail(QStringLiteral("name"), QStringLiteral("is empty; it is shown to clients, so give the clinic's name"));
    p.name = name.toString();
    const QJsonValue setBy = o.value(QStringLiteral("setBy"));
    if (!setBy.isUndefined() && !setBy.isString())
        return fail(QStringLiteral("setBy"), QStringLiteral("must be text"));
    p.setBy = setBy.toString();
    const QJsonValue locked = o.value(QStringLiteral("locked"));
    if (!locked.isUndefined() && !locked.isBool())
        return fail(QStringLiteral("locked"), QStringLiteral("must be true or false"));
    p.locked = locked.toBool(false);

    const QJsonValue enabled = o.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined()) {
        if (!enabled.isArray())
            return fail(QStringLiteral("enabled"), QStringLiteral("must be a list of module ids"));
        QStringList ids;
        for (const QJsonValue& v : enabled.toArray()) {
            if (!v.isString() || !isValidPluginId(v.toString()))
                return fail(QStringLiteral("enabled"), QStringLiteral("must hold module ids like \"cbt\" (found %1)")
                                                           .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
            ids << v.toString();
        }
        p.enabled = ids;
    }

    const QJsonValue settings = o.value(QStringLiteral("settings"));
    if (!settings.isUndefined()) {
        if (!settings.isObject())
            return fail(QStringLiteral("settings"), QStringLiteral("must be an object of module id to settings"));
        const QJsonObject so = settings.toObject();
        for (auto it = so.begin(); it != so.end(); ++it) {
            if (!it.value().isObject())
                return fail(it.key(), QStringLiteral("settings must be an object"));
            p.settings.insert(it.key(), it.value().toObject());
        }
    }

    const QJsonValue dirs = o.value(QStringLiteral("pluginDirs"));
    if (!dirs.isUndefined()) {
        if (!dirs.isArray())
            return fail(QStringLiteral("pluginDirs"), QStringLiteral("must be a list of folders"));
        const QDir base = QFileInfo(path).absoluteDir();
        for (const QJsonValue& v : dirs.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return fail(QStringLiteral("pluginDirs"), QStringLiteral("must hold folder paths"));
            p.pluginDirs << QDir::cleanPath(base.absoluteFilePath(v.toString()));
        }
    }

    if (auto status = parseCrisis(o.value(QStringLiteral("crisis")), json, file, &p); !status.ok())
        return status.error();
    if (auto status = parseModuleTrust(o.value(QStringLiteral("moduleTrust")), json, file, &p); !status.ok())
        return status.error();
    if (auto status = parseTrust(o, json, file, &p); !status.ok())
        return status.error();
    if (auto status = parseAppLock(o.value(QStringLiteral("appLock")), json, file, &p); !status.ok())
        return status.error();
    if (auto status = parseDesktop(o.value(QStringLiteral("desktop")), json, file, &p); !status.ok()) // issue 24
        return status.error();
    if (auto status = parseReminders(o.value(QStringLiteral("reminders")), json, file, &p); !status.ok())
        return status.error();
    if (auto status = parseLearn(o.value(QStringLiteral("learn")), json, file, path, &p); !status.ok()) // issue 25
        return status.error();
    return p;
}

sdk::Result<Profile> readProfile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: cannot read the profile: %2")
                                                  .arg(QDir::toNativeSeparators(path), f.errorString()));
    return parseProfile(f.readAll(), path);
}

void UserChoices::load(QString* warning)
{
    m_choices.clear();
    m_reads.clear();
    QFile f(m_path);
    if (!f.exists())
        return;
    QJsonParseError err{};
    const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &err) : QJsonDocument();
    const QJsonObject modules = doc.object().value(QStringLiteral("modules")).toObject();
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        if (warning)
            *warning = QStringLiteral("%1: your module choices could not be read and were ignored").arg(m_path);
        return;
    }
    for (auto it = modules.begin(); it != modules.end(); ++it) {
        if (it.value().isBool() && isValidPluginId(it.key()))
            m_choices.insert(it.key(), it.value().toBool());
    }
    // Answers about reads: a kind in both lists (a hand-edited file) counts as refused.
    const QJsonObject reads = doc.object().value(QStringLiteral("reads")).toObject();
    for (auto it = reads.begin(); it != reads.end(); ++it) {
        if (!isValidPluginId(it.key()) || !it.value().isObject())
            continue;
        ReadAnswers answers;
        for (const QJsonValue& v : it.value().toObject().value(QStringLiteral("refused")).toArray()) {
            if (isFullKindName(v.toString()) && !answers.refused.contains(v.toString()))
                answers.refused << v.toString();
        }
        for (const QJsonValue& v : it.value().toObject().value(QStringLiteral("allowed")).toArray()) {
            if (isFullKindName(v.toString()) && !answers.refused.contains(v.toString()) && !answers.allowed.contains(v.toString()))
                answers.allowed << v.toString();
        }
        m_reads.insert(it.key(), answers);
    }
}

sdk::Status UserChoices::answerReads(const QString& pluginId, const QStringList& kinds, bool allowed)
{
    ReadAnswers& answers = m_reads[pluginId];
    for (const QString& kind : kinds) {
        answers.allowed.removeAll(kind);
        answers.refused.removeAll(kind);
        (allowed ? answers.allowed : answers.refused) << kind;
    }
    return save();
}

sdk::Status UserChoices::set(const QString& pluginId, bool enabled)
{
    m_choices.insert(pluginId, enabled);
    return save();
}

sdk::Status UserChoices::clear(const QString& pluginId)
{
    m_choices.remove(pluginId);
    return save();
}

std::optional<bool> UserChoices::choice(const QString& pluginId) const
{
    auto it = m_choices.constFind(pluginId);
    if (it == m_choices.constEnd())
        return std::nullopt;
    return *it;
}

sdk::Status UserChoices::save() const
{
    QJsonObject modules;
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it)
        modules.insert(it.key(), it.value());
    QJsonObject reads;
    for (auto it = m_reads.begin(); it != m_reads.end(); ++it) {
        if (it->allowed.isEmpty() && it->refused.isEmpty())
            continue;
        reads.insert(it.key(), QJsonObject{{QStringLiteral("allowed"), QJsonArray::fromStringList(it->allowed)},
                                           {QStringLiteral("refused"), QJsonArray::fromStringList(it->refused)}});
    }
    QJsonObject root{{QStringLiteral("modules"), modules}};
    if (!reads.isEmpty())
        root.insert(QStringLiteral("reads"), reads);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot save module choices: %2").arg(m_path, f.errorString()));
    // The owner's only: which modules a client uses, and what they allowed, is theirs.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(root).toJson());
    if (!f.commit())
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot save module choices: %2").arg(m_path, f.errorString()));
    return {};
}

namespace {
void applyReadAnswers(const UserChoices* user, Profile* p)
{
    if (!user || p->locked)
        return;
    const auto& answers = user->allReadAnswers();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        p->readsAllowed.insert(it.key(), it->allowed);
        p->readsRefused.insert(it.key(), it->refused);
    }
}
} // namespace

namespace {
// The last profile read whole, with the file it came from and when: {"path", "savedAt", "profile"}.
void keepLastGood(const QString& lastGood, const QString& path)
{
    if (lastGood.isEmpty())
        return;
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return;
    const QJsonObject profile = QJsonDocument::fromJson(source.readAll()).object();
    QFile old(lastGood);
    if (old.open(QIODevice::ReadOnly)) {
        const QJsonObject kept = QJsonDocument::fromJson(old.readAll()).object();
        if (kept.value(QStringLiteral("path")).toString() == QFileInfo(path).absoluteFilePath()
            && kept.value(QStringLiteral("profile")).toObject() == profile)
            return; // the same: not written at every start
    }
    QDir().mkpath(QFileInfo(lastGood).absolutePath());
    QSaveFile f(lastGood);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                      {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                      {QStringLiteral("profile"), profile}})
                .toJson());
    f.commit();
}

// The copy last read whole from `path`, when there is one.
std::optional<std::pair<Profile, QDateTime>> lastGoodFor(const QString& lastGood, const QString& path)
{
    QFile f(lastGood);
    if (lastGood.isEmpty() || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject kept = QJsonDocument::fromJson(f.readAll()).object();
    if (kept.value(QStringLiteral("path")).toString() != QFileInfo(path).absoluteFilePath())
        return std::nullopt;
    auto p = parseProfile(QJsonDocument(kept.value(QStringLiteral("profile")).toObject()).toJson(), path);
    if (!p.ok())
        return std::nullopt;
    return std::make_pair(p.value(), QDateTime::fromString(kept.value(QStringLiteral("savedAt")).toString(), Qt::ISODate));
}
} // namespace

ResolvedProfile resolveProfile(const ProfileSources& sources)
{
    ResolvedProfile out;
    // A profile that cannot be read: the copy last read whole from the same file, else the defaults.
    auto refuse = [&](const QString& what, const QString& path, const sdk::Error& error, ProfileSource source) {
        if (auto kept = lastGoodFor(sources.lastGood, path)) {
            out.profile = kept->first;
            out.profile.source = source;
            out.notices << QStringLiteral("The %1 profile could not be read, so Tessera uses the copy it last read from it "
                                          "(%2), with the same modules, lock and crisis contacts. Ask whoever set it up to "
                                          "correct the file. %3")
                               .arg(what, QLocale().toString(kept->second.toLocalTime(), QLocale::ShortFormat), error.message);
            return;
        }
        out.notices << QStringLiteral("The %1 profile was refused, so Tessera started with its safe defaults "
                                      "(every bundled module). %2").arg(what, error.message);
        out.profile = defaultProfile();
    };

    // The client's answers about reads, under any profile that is not locked.
    auto withReadAnswers = [&sources](ResolvedProfile& resolved) -> ResolvedProfile& {
        applyReadAnswers(sources.user, &resolved.profile);
        return resolved;
    };
    if (!sources.commandLine.isEmpty()) {
        auto p = readProfile(sources.commandLine);
        if (p.ok()) {
            out.profile = p.value();
            out.profile.source = ProfileSource::CommandLine;
            keepLastGood(sources.lastGood, sources.commandLine);
            return withReadAnswers(out);
        }
        refuse(QStringLiteral("command-line"), sources.commandLine, p.error(), ProfileSource::CommandLine);
        return withReadAnswers(out);
    }

    out.profile = defaultProfile();
    if (!sources.clinic.isEmpty() && QFileInfo::exists(sources.clinic)) {
        auto p = readProfile(sources.clinic);
        if (p.ok()) {
            out.profile = p.value();
            out.profile.source = ProfileSource::Clinic;
            keepLastGood(sources.lastGood, sources.clinic);
        } else {
            refuse(QStringLiteral("clinic"), sources.clinic, p.error(), ProfileSource::Clinic);
        }
    }

    if (sources.user && !sources.user->all().isEmpty() && !out.profile.locked) {
        // The user's choices refine the clinic (or default) profile.
        Profile& p = out.profile;
        const QHash<QString, bool>& choices = sources.user->all();
        for (auto it = choices.begin(); it != choices.end(); ++it) {
            if (it.value()) {
                p.disabled.removeAll(it.key());
                if (p.enabled && !p.enabled->contains(it.key()))
                    p.enabled->append(it.key());
            } else if (!p.disabled.contains(it.key())) {
                p.disabled.append(it.key());
            }
        }
        if (p.source == ProfileSource::BuiltIn)
            p.source = ProfileSource::User;
    }
    return withReadAnswers(out);
}

} // namespace tessera::core
