#include "profile.h"

#include "plugins/manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

// The line on which `"key"` first appears, for errors about a value.
int lineOfKey(const QByteArray& text, const QString& key)
{
    const qsizetype at = text.indexOf(QByteArray("\"") + key.toUtf8() + QByteArray("\""));
    if (at < 0)
        return 0;
    return static_cast<int>(text.left(at).count('\n')) + 1;
}

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys{QStringLiteral("name"), QStringLiteral("setBy"), QStringLiteral("locked"),
                                    QStringLiteral("enabled"), QStringLiteral("settings"),
                                    QStringLiteral("pluginDirs"), QStringLiteral("formatVersion")};
    return keys;
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

sdk::Result<Profile> parseProfile(const QByteArray& json, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& key, const QString& reason) {
        const int line = lineOfKey(json, key);
        const QString where = line > 0 ? QStringLiteral("line %1").arg(line) : QStringLiteral("\"%1\"").arg(key);
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2: \"%3\" %4").arg(file, where, key, reason), key);
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2: %3 (not valid JSON)")
                                                    .arg(file, lineAndColumn(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Validation, QStringLiteral("%1: line 1: a profile must be a JSON object").arg(file));
    const QJsonObject o = doc.object();

    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            return fail(it.key(), QStringLiteral("is not a profile setting (known: name, setBy, locked, enabled, "
                                                 "settings, pluginDirs)"));
    }

    Profile p;
    p.path = QFileInfo(path).absoluteFilePath();
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(QStringLiteral("name"), QStringLiteral("is required and must be text"));
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
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot save module choices: %2").arg(m_path, f.errorString()));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("modules"), modules}}).toJson());
    if (!f.commit())
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot save module choices: %2").arg(m_path, f.errorString()));
    return {};
}

ResolvedProfile resolveProfile(const ProfileSources& sources)
{
    ResolvedProfile out;
    auto refuse = [&](const QString& what, const sdk::Error& error) {
        out.notices << QStringLiteral("The %1 profile was refused, so Tessera started with its safe defaults "
                                      "(every bundled module). %2").arg(what, error.message);
        out.profile = defaultProfile();
    };

    if (!sources.commandLine.isEmpty()) {
        auto p = readProfile(sources.commandLine);
        if (p.ok()) {
            out.profile = p.value();
            out.profile.source = ProfileSource::CommandLine;
            return out;
        }
        refuse(QStringLiteral("command-line"), p.error());
        return out;
    }

    out.profile = defaultProfile();
    if (!sources.clinic.isEmpty() && QFileInfo::exists(sources.clinic)) {
        auto p = readProfile(sources.clinic);
        if (p.ok()) {
            out.profile = p.value();
            out.profile.source = ProfileSource::Clinic;
        } else {
            refuse(QStringLiteral("clinic"), p.error());
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
    return out;
}

} // namespace tessera::core
