// Clinic profiles: which modules a client gets, and who decided.
#pragma once

#include <tessera/sdk/result.h>

#include <QHash>
#include <QJsonObject>
#include <QTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "learn/articlespec.h"

#include <optional>

namespace tessera::core {

/// Where the profile in force came from, in order of precedence.
enum class ProfileSource { CommandLine, User, Clinic, BuiltIn };

/// Someone to contact in a crisis, from the profile's "crisis" section (or
/// from defaultCrisisContacts()). Every field but name is optional, but a
/// contact has at least one of phone, text or web.
struct CrisisContact {
    QString name;  ///< e.g. "Samaritans"; required.
    QString phone; ///< A number to call: digits, spaces and + ( ) - only.
    QString text;  ///< A number to text (SMS): digits, spaces and + ( ) - only.
    QString web;   ///< An http or https address.
    QString hours; ///< When it answers, e.g. "24 hours a day, every day".
    QString note;  ///< One or two sentences, e.g. "Free from any phone."
};

// ---- Module trust: which modules may run at all ("moduleTrust") ----

/// A key the clinic trusts to sign modules ("moduleTrust.trustedKeys[i]").
struct TrustedModuleKey {
    QString name;         ///< Who holds the key, e.g. "Riverside clinic IT"; shown in `plugins list`.
    QByteArray publicKey; ///< Ed25519, 32 bytes ("publicKey": base64).
};

/// A module allowed by the SHA-256 of its two files ("moduleTrust.allowedHashes[i]").
struct AllowedModuleHashes {
    QString id;             ///< The module's id.
    QString librarySha256;  ///< lib<id>.so, 64 lowercase hex digits.
    QString manifestSha256; ///< plugin.json (it says what the module may read), the same.
};

/// "moduleTrust": {"requireSignature": true, "trustBundled": true,
/// "trustedKeys": [...], "allowedHashes": [...]}. When required, a module
/// is loaded only if it is signed by a trusted key (the bundled modules'
/// key too, with trustBundled) or its files match an allowedHashes entry;
/// the check is made before its library is opened.
struct ModuleTrustPolicy {
    bool requireSignature = false;
    bool trustBundled = false;
    QList<TrustedModuleKey> trustedKeys;
    QList<AllowedModuleHashes> allowedHashes;
    [[nodiscard]] bool active() const { return requireSignature; }
};

/// "writeQuota" in a profile: how many writes a module may make (its
/// journal's add, update, remove, restore, link, unlink); 0 = no limit.
struct WriteQuotaSetting {
    int perMinute = 600;
    int perDay = 20000;
};

/// "reminders" (issue 24): the clinic's defaults for reminders; a locked
/// profile fixes the ones it sets. Unset fields keep the app's defaults.
struct ReminderProfileDefaults {
    std::optional<bool> showDetails;  ///< "showDetails": the notification says what it is about.
    std::optional<bool> quietHours;   ///< "quietHours": {from, to} (true) or false (none).
    QTime quietFrom;                  ///< "quietHours.from", "HH:mm".
    QTime quietTo;                    ///< "quietHours.to", "HH:mm".
    std::optional<int> snoozeMinutes; ///< "snoozeMinutes": 1-240.
    QHash<QString, bool> modules;     ///< "modules": {"<module id>": false} turns a module's reminders off.
};

/// A parsed profile. JSON keys: "name", "setBy", "locked", "enabled",
/// "settings", "pluginDirs", "crisis", "moduleTrust", "grants", "writeQuota", "appLock",
/// "desktop", "reminders", "learn" (see docs/clinic-admin-guide.md).
struct Profile {
    QString name = QStringLiteral("Default");
    QString setBy;                  ///< Who set the profile (shown when locked).
    bool locked = false;            ///< The client may not enable or disable modules.
    std::optional<QStringList> enabled; ///< Module ids; unset = every discovered module.
    QStringList disabled;           ///< Module ids turned off (by the client's own choice).
    QHash<QString, QJsonObject> settings; ///< Per-module settings, by module id.
    QStringList pluginDirs;         ///< Extra plugin folders, absolute.
    /// "crisis": {"contacts": [...]}; empty = none in the profile (the page
    /// then shows defaultCrisisContacts() for the system locale).
    QList<CrisisContact> crisisContacts;
    QString crisisEmergencyNumber;  ///< "crisis": {"emergencyNumber": "112"}; empty = not set.
    ModuleTrustPolicy moduleTrust;  ///< "moduleTrust"; off unless the profile requires it.
    QString path;                   ///< The file it came from; empty for the built-in default.
    ProfileSource source = ProfileSource::BuiltIn;

    // ---- Module trust (issue 20): reads of other modules' kinds, write limits ----
    /// "grants": {"goals": ["journal/checkin"], "medication": "declared"}: the
    /// reads of other modules' kinds the clinic allows, by module id; "*" in a
    /// list (written "declared") is every kind that module lists under "reads".
    QHash<QString, QStringList> readGrants;
    /// "grants": "declared": every module may read what its manifest lists.
    bool grantDeclaredReads = false;
    /// The client's answers, by module id (copied from UserChoices, except
    /// under a locked profile, which decides alone).
    QHash<QString, QStringList> readsAllowed;
    QHash<QString, QStringList> readsRefused;
    /// "writeQuota": {"perMinute": N, "perDay": N, "modules": {"<id>": {...}}}.
    WriteQuotaSetting writeQuota;
    QHash<QString, WriteQuotaSetting> moduleWriteQuotas;
    [[nodiscard]] WriteQuotaSetting writeQuotaFor(const QString& pluginId) const
    {
        return moduleWriteQuotas.value(pluginId, writeQuota);
    }

    // ---- The app lock (issue 21) ----
    /// "appLock": {"requirePassphrase": true, "maxIdleMinutes": 15}: the
    /// journal must be encrypted (first run asks for a passphrase without
    /// "Not now", Settings hides "Turn off"), and the app locks after at most
    /// that many idle minutes (0: no maximum; the client chooses).
    bool appLockRequirePassphrase = false;
    int appLockMaxIdleMinutes = 0;

    // ---- Desktop integration (issue 24) ----
    /// "desktop": {"keepRunning": true}: the default of Settings > "Keep
    /// Tessera running when the window is closed" (the client may change it).
    std::optional<bool> desktopKeepRunning;

    // ---- Reminders (issue 24) ----
    ReminderProfileDefaults reminders; ///< "reminders"

    // ---- Learn (issue 25) ----
    /// "learn": {"articles": [...]}: the clinic's own articles; "file" is
    /// resolved against the profile's folder (absolute here).
    QList<ArticleSpec> learnArticles;
    /// "learn": {"hide": ["cbt/thinking-traps", "tessera/alcohol-and-mood"]}:
    /// articles not shown, as "<module id>/<article id>" ("tessera/" for Tessera's own).
    QStringList learnHidden;

    [[nodiscard]] bool isEnabled(const QString& pluginId) const;
    [[nodiscard]] QJsonObject settingsFor(const QString& pluginId) const { return settings.value(pluginId); }
};

/// The built-in default: every bundled module on, nothing locked.
Profile defaultProfile();

/// Parses profile JSON. Errors name the file, the line and the reason.
/// Relative pluginDirs are resolved against the file's folder. Errors in the
/// crisis section name the field path, e.g. "p.json: line 9:
/// crisis.contacts[2].name: is required", with Error::field set to the path.
sdk::Result<Profile> parseProfile(const QByteArray& json, const QString& path);
/// Reads and parses a profile file.
sdk::Result<Profile> readProfile(const QString& path);

/// The client's own choices (enable/disable per module, and their answers
/// about modules reading other modules' kinds), kept in the data folder
/// (modules.json, readable by the owner only); ignored while a locked clinic
/// profile is in force.
class UserChoices {
public:
    explicit UserChoices(QString path) : m_path(std::move(path)) {}
    /// Loads the file; a missing file is no choices. A bad file is ignored
    /// with a warning in *warning.
    void load(QString* warning = nullptr);
    /// Records a choice and saves atomically.
    sdk::Status set(const QString& pluginId, bool enabled);
    /// Forgets a choice and saves.
    sdk::Status clear(const QString& pluginId);
    [[nodiscard]] std::optional<bool> choice(const QString& pluginId) const;
    [[nodiscard]] const QHash<QString, bool>& all() const { return m_choices; }
    [[nodiscard]] QString path() const { return m_path; }

    /// The client's answers about one module's reads of other modules' kinds
    /// (full kind names), asked per kind: a kind is in at most one list.
    struct ReadAnswers {
        QStringList allowed;
        QStringList refused;
    };
    /// Records yes (`allowed`) or no for these kinds of the module, keeps its
    /// other answers, and saves atomically.
    sdk::Status answerReads(const QString& pluginId, const QStringList& kinds, bool allowed);
    [[nodiscard]] ReadAnswers readAnswers(const QString& pluginId) const { return m_reads.value(pluginId); }
    [[nodiscard]] const QHash<QString, ReadAnswers>& allReadAnswers() const { return m_reads; }

private:
    sdk::Status save() const;
    QString m_path;
    QHash<QString, bool> m_choices;
    QHash<QString, ReadAnswers> m_reads;
};

/// Inputs to resolveProfile().
struct ProfileSources {
    QString commandLine;  ///< --profile FILE, or empty.
    QString clinic;       ///< The system-wide clinic profile path (may not exist).
    const UserChoices* user = nullptr;
    /// Where the last profile read whole is kept (the data folder's state,
    /// 0600), or empty for none. A profile that cannot be read (a comma
    /// missing) is replaced by the copy last read from the same file: a
    /// locked clinic profile stays locked and its crisis contacts stay, where
    /// the built-in defaults opened every module and dropped the contacts.
    QString lastGood;
};

/// The profile in force and what the client should be told about it.
struct ResolvedProfile {
    Profile profile;
    QStringList notices; ///< e.g. "the clinic profile ... was refused (line 4: ...); started with safe defaults".
};

/// Applies precedence: command line, then the user's choices on top of the
/// clinic profile (unless it is locked), then the built-in default. A bad
/// profile is refused whole: the app starts on the built-in default and a
/// notice says why. The client's answers about reads apply under every
/// profile that is not locked, the command line's included.
ResolvedProfile resolveProfile(const ProfileSources& sources);

/// "command line", "your choice", "clinic", "built-in".
QString profileSourceName(ProfileSource source);

} // namespace tessera::core
