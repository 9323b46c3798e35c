#include "cli.h"
#include "learn/articlelibrary.h" // issue 25: profile check reads the clinic's articles

#include "host/displaytext.h"
#include "host/host.h"
#include "host/languages.h" // report: the client's language
#include "host/logging.h"
#include "store/backups.h"
#include "store/journalkey.h"
#include "store/journallock.h"
#include "store/journalstore.h"
#include "interchange/csvexport.h"
#include "interchange/encryptedexport.h"
#include "interchange/exporter.h"
#include "interchange/clinicianreport.h" // report (issue 23)
#include "interchange/fhirexport.h" // FHIR export (issue 23)
#include "sync/syncclient.h" // clinic sync (issue 31)
#include "safety/safetyplan.h"
#include "safety/supportservice.h"
#include "passphraseinput.h"
#include "pluginchecker.h"
#include "plugintemplate.h"
#include "plugins/dueitemcheck.h"
#include "reminders/reminderschedule.h" // reminders (issue 24)
#include "reminders/remindersettings.h"
#include "plugins/moduletrust.h"
#include "plugins/version.h"
#include "trust/modulesignature.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication> // report (issue 23)
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include <unistd.h>

namespace tessera::cli {

using namespace tessera::core;
using sdk::ErrorCode;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

// A day in this program's own lines, which are English: English with the
// system's territory ("6 December 2026" in Britain or Spain), not the system's
// language (Spanish month names inside English sentences before).
QString cliDate(const QDate& date) { return reportDate(date, QLocale(QLocale::English, QLocale::system().territory())); }

// Written as a day alone, YYYY-MM-DD, whether or not the calendar has that day.
bool writtenAsDay(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch();
}

// What refuses a file name that is taken: nothing this program writes replaces a
// file (the journal itself, a backup, an earlier export).
QString takenName(const QString& path)
{
    return QStringLiteral("%1 already exists: choose another name, or move the old file first").arg(QDir::toNativeSeparators(path));
}

int exitCodeFor(const sdk::Error& e)
{
    switch (e.code) {
    case ErrorCode::Storage:
    case ErrorCode::Internal:
        return DataError;
    default:
        return UserError;
    }
}

// Every message and every text a module or a manifest chose goes through
// escapeForDisplay() on its way to the terminal (shown()): no id, name or
// reason can start a line of its own or send escape codes to the terminal.
QString shown(const QString& text) { return escapeForDisplay(text); }

int fail(const sdk::Error& e)
{
    err() << "tessera-cli: " << shown(e.toString()) << Qt::endl;
    return exitCodeFor(e);
}

int usage(const QString& message)
{
    err() << "tessera-cli: " << shown(message) << "\n(see tessera-cli --help)" << Qt::endl;
    return UserError;
}

// An encrypted journal's key, from --recovery-key-file, --passphrase-file,
// $TESSERA_PASSPHRASE_FILE or the terminal (passphraseinput.h).
sdk::Status unlockHost(const QCommandLineParser& p, Host& host)
{
    if (p.isSet(QStringLiteral("recovery-key-file"))) {
        auto text = readPassphraseFile(p.value(QStringLiteral("recovery-key-file")));
        if (!text.ok())
            return text.error();
        return host.unlockWithRecoveryKey(QString::fromUtf8(text.value()));
    }
    auto passphrase = obtainPassphrase(p.value(QStringLiteral("passphrase-file")),
                                       QStringLiteral("Passphrase for %1").arg(QDir::toNativeSeparators(host.journalPath())));
    if (!passphrase.ok())
        return passphrase.error();
    return host.unlock(passphrase.value());
}

// One command: its words, what it takes, what it says about itself, and what
// it needs to run. The help (the overview, each group's, each command's) is
// printed from these, and the parser is given the same options, so nothing a
// command accepts can be missing from its help.
struct Command {
    QString name;                      // "entries add"
    QStringList arguments;             // positional, "[FILE]" when optional
    QString summary;                   // one line: the overview and the group's list
    QString description;               // the command's own help (empty: the summary)
    QList<QCommandLineOption> options; // besides the global ones
    std::function<int(QCommandLineParser&, Host&)> run;
    enum Journal { None, InMemory, ReadOnly, ReadWrite } journal = ReadWrite;
    bool plugins = true;
};

// The first word of commands that have two ("plugins" in "plugins list").
struct Group {
    QString name;
    QString summary;
};

const QList<Group>& groups()
{
    static const QList<Group> all{
        {QStringLiteral("plugins"), QStringLiteral("Modules: which are installed and why each is or is not running, what each may "
                                                   "read and write, checking a new one, signing and verifying them, turning them "
                                                   "on and off.")},
        {QStringLiteral("profile"), QStringLiteral("Clinic profiles: checking one, and the one in force.")},
        {QStringLiteral("entries"), QStringLiteral("Entries in the journal: adding, listing, searching, showing, marking private, deleting, restoring and deleting forever.")},
        {QStringLiteral("db"), QStringLiteral("The journal file: checking it, backing it up, restoring a backup, encrypting it.")},
        {QStringLiteral("sync"), QStringLiteral("Sharing with a clinic: pairing with its code, choosing what to share (by module and "
                                                "kind from a day on, or entry by entry), sending, what is shared and waiting, "
                                                "stopping.")},
    };
    return all;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringList{QStringLiteral("data-dir")}, QStringLiteral("Data folder (default: $TESSERA_DATA_DIR, else ~/.local/share/tessera)."), QStringLiteral("DIR")},
        {QStringList{QStringLiteral("journal")}, QStringLiteral("Journal file (default: <data-dir>/journal.sqlite)."), QStringLiteral("FILE")},
        {QStringList{QStringLiteral("profile")}, QStringLiteral("Clinic profile to use."), QStringLiteral("FILE")},
        {QStringList{QStringLiteral("plugin-dir")}, QStringLiteral("Extra plugin folder (repeatable)."), QStringLiteral("DIR")},
        {QStringList{QStringLiteral("no-bundled")}, QStringLiteral("Do not load the bundled modules.")},
        {QStringList{QStringLiteral("passphrase-file")},
         QStringLiteral("An encrypted journal's passphrase: the first line of FILE (default: $TESSERA_PASSPHRASE_FILE, else asked "
                        "on the terminal, not shown). Never give a passphrase as an argument."), QStringLiteral("FILE")},
        {QStringList{QStringLiteral("recovery-key-file")},
         QStringLiteral("Unlock an encrypted journal with its recovery key, read from FILE, instead of the passphrase."),
         QStringLiteral("FILE")},
        {QStringList{QStringLiteral("log-level")}, QStringLiteral("trace, debug, info, warn, error, critical or off (default: $TESSERA_LOG_LEVEL, else info)."),
         QStringLiteral("LEVEL")},
        {QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help; after a command, that command's.")},
    };
}

// An encrypted export's passphrase (export --encrypt, import).
QCommandLineOption exportPassphraseOption()
{
    return {QStringList{QStringLiteral("export-passphrase-file")},
            QStringLiteral("An encrypted export's passphrase: the first line of FILE (default: asked on the terminal)."),
            QStringLiteral("FILE")};
}

// For the commands that can print JSON.
QCommandLineOption jsonOption()
{
    return {QStringList{QStringLiteral("json")}, QStringLiteral("Print JSON instead of text.")};
}

QString oneLine(QString s, int max)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

void printEntryLine(const sdk::Entry& e)
{
    out() << e.localOccurredAt().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
          << e.kind.leftJustified(28) << "  " << (e.mood ? QStringLiteral("mood %1").arg(*e.mood, 2) : QStringLiteral("       "))
          << "  " << shown(oneLine(e.title, 48)).leftJustified(48) << "  " << e.id << (e.isDeleted() ? "  (deleted)" : "")
          << (e.isPrivate() ? "  (private)" : "") << "\n";
}

void printEntry(const sdk::Entry& e)
{
    out() << "id:        " << e.id << "\n"
          << "kind:      " << e.kind << "\n"
          << "when:      " << e.localOccurredAt().toString(Qt::ISODate) << "\n"
          << "title:     " << shown(e.title) << "\n";
    if (!e.summary.isEmpty())
        out() << "summary:   " << shown(e.summary) << "\n";
    if (e.mood)
        out() << "mood:      " << *e.mood << "/10\n";
    if (!e.tags.isEmpty())
        out() << "tags:      " << shown(e.tags.join(QStringLiteral(", "))) << "\n";
    out() << "revision:  " << e.revision << " (schema " << e.schemaVersion << ")\n"
          << "created:   " << e.createdAt.toLocalTime().toString(Qt::ISODate) << "\n"
          << "updated:   " << e.updatedAt.toLocalTime().toString(Qt::ISODate) << "\n";
    if (e.deletedAt)
        out() << "deleted:   " << e.deletedAt->toLocalTime().toString(Qt::ISODate) << "\n";
    if (e.isPrivate())
        out() << "private:   yes (left out of reports and exports unless you include private entries)\n";
    out() << "payload:   " << QJsonDocument(e.payload).toJson(QJsonDocument::Indented);
}

std::optional<QDateTime> parseWhen(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    if (!t.isValid())
        return std::nullopt;
    return t;
}

int printPage(QCommandLineParser& p, const sdk::EntryPage& page, Host* host = nullptr)
{
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const sdk::Entry& e : page.entries)
            arr << e.toJson();
        QJsonObject o{{QStringLiteral("entries"), arr}, {QStringLiteral("nextCursor"), page.nextCursor}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const sdk::Entry& e : page.entries)
        printEntryLine(e);
    if (page.entries.isEmpty())
        out() << "No entries.\n";
    // A module or kind the journal has nothing of at all: perhaps mistyped (this
    // command does not start the modules, so it cannot tell which are installed).
    if (page.entries.isEmpty() && host) {
        for (const char* name : {"module", "kind"}) {
            for (const QString& value : p.values(QLatin1String(name))) {
                sdk::EntryQuery any;
                (QLatin1String(name) == QLatin1String("module") ? any.pluginIds : any.kinds) = {value};
                any.includeDeleted = true;
                if (host->store()->count(any).valueOr(1) == 0)
                    out() << "The journal has no entries of --" << name << " \"" << value << "\" at all"
                          << (QLatin1String(name) == QLatin1String("module") ? " (tessera-cli plugins list shows the modules' ids).\n"
                                                                              : " (kinds are written module/kind, e.g. journal/checkin).\n");
            }
        }
    }
    if (!page.nextCursor.isEmpty())
        out() << "More: --cursor " << page.nextCursor << "\n";
    return Ok;
}

// ---- commands ----

// ---- module permissions (issue 20) ----

QStringList ownKinds(const PluginRecord& r)
{
    QStringList kinds;
    if (r.manifest) {
        for (const KindSpec& k : r.manifest->kinds)
            kinds << k.fullName;
    }
    return kinds;
}

// "journal/checkin: allowed (by you)"
QString describeRead(const ReadPermission& p)
{
    switch (p.state) {
    case ReadPermission::State::Allowed:
        return QStringLiteral("%1: allowed (by %2)").arg(p.kind, p.by == ReadPermission::By::Client ? QStringLiteral("you")
                                                                 : p.by == ReadPermission::By::Demo ? QStringLiteral("the demo")
                                                                                                     : QStringLiteral("the clinic's profile"));
    case ReadPermission::State::Refused:
        return QStringLiteral("%1: not allowed (%2)").arg(p.kind, p.by == ReadPermission::By::Client ? QStringLiteral("your answer")
                                                                                                      : QStringLiteral("the clinic's profile"));
    case ReadPermission::State::Unanswered:
        return QStringLiteral("%1: not read until you allow it").arg(p.kind);
    }
    return p.kind;
}

QJsonObject pluginJson(const PluginRecord& r, const Host& host)
{
    QJsonArray reads;
    for (const ReadPermission& p : host.plugins().readPermissions(r.id))
        reads << QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("state"), readStateName(p.state)},
                             {QStringLiteral("by"), decidedByName(p.by)}};
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.manifest ? r.manifest->name : QString()},
                       {QStringLiteral("version"), r.manifest ? r.manifest->version.toString() : QStringLiteral("?")},
                       {QStringLiteral("state"), pluginStateName(r.state)},
                       {QStringLiteral("stage"), pluginStageName(r.stage)},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("trust"), r.trust},
                       {QStringLiteral("folder"), r.folder},
                       {QStringLiteral("writes"), QJsonArray::fromStringList(ownKinds(r))},
                       {QStringLiteral("reads"), reads},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.authorWarnings)}};
}

const QString kTrust = QStringLiteral("Like any program, a module runs with your account's rights once it is on: turn on only "
                                      "modules you trust, such as those that come with Tessera or from your clinic.");

int pluginsList(QCommandLineParser& p, Host& host)
{
    QJsonArray arr;
    bool unanswered = false;
    for (const auto& r : host.plugins().records()) {
        const QString version = r->manifest ? r->manifest->version.toString() : QStringLiteral("?");
        if (p.isSet(QStringLiteral("json"))) {
            arr << pluginJson(*r, host);
            continue;
        }
        out() << shown(r->id).leftJustified(24) << " " << version.leftJustified(8) << " " << pluginStateName(r->state).leftJustified(9);
        if (!r->reason.isEmpty())
            out() << " " << pluginStageName(r->stage) << ": " << shown(r->reason);
        out() << "\n";
        if (const QStringList writes = ownKinds(*r); !writes.isEmpty())
            out() << "    writes: " << writes.join(QStringLiteral(", ")) << "\n";
        QStringList reads;
        for (const ReadPermission& rp : host.plugins().readPermissions(r->id)) {
            reads << describeRead(rp);
            unanswered = unanswered || rp.state == ReadPermission::State::Unanswered;
        }
        if (!reads.isEmpty())
            out() << "    reads:  " << reads.join(QStringLiteral("; ")) << "\n";
    }
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else if (host.plugins().records().empty())
        out() << "No modules found.\n";
    else if (unanswered)
        out() << "\nTo let a module read what it asks for: tessera-cli plugins grant ID (or answer in the app).\n";
    for (const QString& n : host.notices())
        err() << "note: " << shown(n) << "\n";
    return Ok;
}

int pluginsShow(QCommandLineParser& p, Host& host)
{
    const QString id = p.positionalArguments().value(0);
    const PluginRecord* r = host.plugins().find(id);
    if (!r)
        return fail(sdk::makeError(ErrorCode::NotFound, QStringLiteral("no module with the id \"%1\" was found (see: tessera-cli plugins list)").arg(id)));
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(pluginJson(*r, host)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "id:       " << shown(r->id) << "\n";
    if (r->manifest)
        out() << "name:     " << shown(r->manifest->name) << "\nversion:  " << r->manifest->version.toString() << "\n";
    out() << "folder:   " << shown(QDir::toNativeSeparators(r->folder)) << "\n"
          << "state:    " << pluginStateName(r->state);
    if (!r->reason.isEmpty())
        out() << " (" << pluginStageName(r->stage) << ": " << shown(r->reason) << ")";
    out() << "\n";
    const QStringList writes = ownKinds(*r);
    out() << "writes:   " << (writes.isEmpty() ? QStringLiteral("nothing") : writes.join(QStringLiteral(", ")) + QStringLiteral(" (its own kinds)")) << "\n";
    const QList<ReadPermission> reads = host.plugins().readPermissions(r->id);
    if (reads.isEmpty())
        out() << "reads:    only its own kinds\n";
    for (qsizetype i = 0; i < reads.size(); ++i)
        out() << (i == 0 ? "reads:    " : "          ") << describeRead(reads[i]) << "\n";
    if (r->manifest) {
        const WriteQuotaSetting q = host.profile().writeQuotaFor(r->id);
        auto limit = [](int n, const char* per) { return n > 0 ? QStringLiteral("%1 %2").arg(n).arg(QLatin1String(per)) : QStringLiteral("no limit %1").arg(QLatin1String(per)); };
        out() << "limit:    " << limit(q.perMinute, "a minute") << ", " << limit(q.perDay, "a day") << " (writes)\n";
    }
    out() << "trust:    " << kTrust << "\n";
    for (qsizetype i = 0; i < r->authorWarnings.size(); ++i) // for the module's author
        out() << (i == 0 ? "warning:  " : "          ") << shown(r->authorWarnings.at(i)) << "\n";
    bool unanswered = false;
    for (const ReadPermission& rp : reads)
        unanswered = unanswered || rp.state != ReadPermission::State::Allowed;
    if (unanswered && !host.profile().locked)
        out() << "To let it read them: tessera-cli plugins grant " << shown(r->id) << "\n";
    return Ok;
}

// plugins grant|revoke ID [KIND...]
int pluginsAnswerReads(QCommandLineParser& p, Host& host, bool allowed)
{
    const QStringList args = p.positionalArguments();
    const QString id = args.value(0);
    if (!isValidPluginId(id))
        return usage(QStringLiteral("\"%1\" is not a module id").arg(id));
    auto answered = host.answerReads(id, args.mid(1), allowed);
    if (!answered.ok())
        return fail(answered.error());
    const PluginRecord* r = host.plugins().find(id);
    const QString name = r && r->manifest ? shown(r->manifest->name) : id;
    out() << (allowed ? QStringLiteral("%1 may read: %2.\n") : QStringLiteral("%1 will not read: %2.\n"))
                 .arg(name, answered.value().join(QStringLiteral(", ")))
          << "This holds from the next time Tessera starts; "
          << (allowed ? "undo it with: tessera-cli plugins revoke " : "allow it again with: tessera-cli plugins grant ") << id << "\n";
    return Ok;
}

int pluginsCheck(QCommandLineParser& p, Host&)
{
    QStringList passed, warnings;
    const auto problems = checkPlugin(p.positionalArguments().value(0), &passed, &warnings);
    for (const QString& ok : passed)
        out() << "ok       " << shown(ok) << "\n";
    for (const QString& w : warnings)
        out() << "WARNING  " << shown(w) << "\n";
    for (const CheckFinding& f : problems)
        out() << "PROBLEM  " << shown(f.problem) << "\n         fix: " << shown(f.hint) << "\n";
    const QString warned = warnings.isEmpty() ? QString()
        : QStringLiteral(", with %1 warning(s): the module's tests (PluginHarness) fail on them").arg(warnings.size());
    out() << (problems.isEmpty() ? QStringLiteral("The module passed every check%1.\n").arg(warned)
                                 : QStringLiteral("%1 problem(s) found%2.\n").arg(problems.size()).arg(warned));
    return problems.isEmpty() ? Ok : UserError;
}

// ---- signatures: keygen, sign, verify (they read files; no module code runs) ----

int pluginsKeygen(QCommandLineParser& p, Host&)
{
    const QString file = p.positionalArguments().value(0);
    const QString name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")).trimmed() : QStringLiteral("Our clinic");
    if (name.isEmpty())
        return usage(QStringLiteral("--name must not be empty (it says whose key this is)"));
    auto key = trust::generateKey(name);
    if (!key.ok())
        return fail(key.error());
    if (sdk::Status s = trust::writeSecretKeyFile(key.value(), file); !s.ok())
        return fail(s.error());
    const trust::PublicKey pk = key->publicKey();
    out() << "Made the signing key \"" << name << "\" in " << QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())
          << " (only you can read it).\nKeep that file private: whoever has it can sign modules in your name.\n\n"
          << "key id:     " << pk.keyId() << "\npublic key: " << pk.base64() << "\n\n"
          << "To run only modules signed with it, put this in the clinic profile:\n"
          << "  \"moduleTrust\": {\"requireSignature\": true, \"trustBundled\": true,\n"
          << "                  \"trustedKeys\": [{\"name\": \"" << name << "\", \"publicKey\": \"" << pk.base64() << "\"}]}\n"
          << "Sign a module with: tessera-cli plugins sign FOLDER --key " << file << "\n";
    return Ok;
}

// The module folder named on the command line (or its plugin.json), checked as the host would.
sdk::Result<Manifest> moduleAt(const QString& path)
{
    const QString manifestPath = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("plugin.json")) : path;
    auto manifest = readManifest(manifestPath);
    if (!manifest.ok())
        return manifest.error();
    if (!QFileInfo::exists(manifest->libraryPath))
        return sdk::makeError(ErrorCode::NotFound, QStringLiteral("%1: the library is missing; build the module first")
                                                       .arg(QDir::toNativeSeparators(manifest->libraryPath)));
    return manifest;
}

int pluginsSign(QCommandLineParser& p, Host&)
{
    if (!p.isSet(QStringLiteral("key")))
        return usage(QStringLiteral("--key is required: the secret key file (make one with tessera-cli plugins keygen FILE)"));
    auto manifest = moduleAt(p.positionalArguments().value(0));
    if (!manifest.ok())
        return fail(manifest.error());
    auto key = trust::readSecretKeyFile(p.value(QStringLiteral("key")));
    if (!key.ok())
        return fail(key.error());
    const trust::ModuleFiles files = moduleFiles(manifest.value());
    if (sdk::Status s = trust::signModule(files, key.value()); !s.ok())
        return fail(s.error());
    // Read back, so what is printed is what a host will find.
    const trust::Verification v = trust::verifyModule(files, {key->publicKey()});
    if (!v.valid())
        return fail(sdk::makeError(ErrorCode::Internal, QStringLiteral("the new signature does not verify: %1").arg(v.describe(files))));
    out() << "Signed \"" << manifest->id << "\" " << manifest->version.toString() << " with the key \"" << key->name << "\" (key "
          << v.keyId << "):\n  " << QDir::toNativeSeparators(trust::signaturePath(files)) << "\n"
          << "Copy plugin.sig with the module; changing either file after this undoes the signature.\n";
    return Ok;
}

int pluginsVerify(QCommandLineParser& p, Host& host)
{
    auto manifest = moduleAt(p.positionalArguments().value(0));
    if (!manifest.ok())
        return fail(manifest.error());
    const trust::ModuleFiles files = moduleFiles(manifest.value());
    const Profile& profile = host.profile();
    if (p.isSet(QStringLiteral("profile")) && profile.source != ProfileSource::CommandLine) {
        for (const QString& n : host.notices())
            err() << "tessera-cli: " << n << "\n";
        return UserError;
    }
    // Whose signatures count: the keys given, else the profile's (and the
    // bundled modules' key, unless the profile requires signatures without trusting it).
    QList<trust::PublicKey> keys;
    QString against;
    if (p.isSet(QStringLiteral("public-key"))) {
        for (const QString& text : p.values(QStringLiteral("public-key"))) {
            auto bytes = trust::parsePublicKey(text);
            if (!bytes.ok())
                return usage(QStringLiteral("--public-key: %1").arg(bytes.error().message));
            keys << trust::PublicKey{QStringLiteral("the key given with --public-key"), bytes.value()};
        }
        against = QStringLiteral("the key(s) given with --public-key");
    } else {
        ModuleTrustPolicy policy = profile.moduleTrust;
        if (!policy.active())
            policy.trustBundled = true;
        keys = trustedKeys(policy);
        against = QStringLiteral("the keys of the profile \"%1\"%2").arg(profile.name, policy.trustBundled ? QStringLiteral(" and of the bundled modules") : QString());
    }
    const trust::Verification v = trust::verifyModule(files, keys);
    // SHA-256, as moduleTrust.allowedHashes and sha256sum have them.
    auto librarySha = trust::fileSha256(files.libraryPath);
    auto manifestSha = trust::fileSha256(files.manifestPath);
    out() << "module:    " << manifest->id << " " << manifest->version.toString() << " ("
          << QDir::toNativeSeparators(QFileInfo(files.manifestPath).absolutePath()) << ")\n"
          << "library:   " << QFileInfo(files.libraryPath).fileName() << " sha256 "
          << (librarySha.ok() ? librarySha.value() : librarySha.error().message) << "\n"
          << "manifest:  plugin.json sha256 " << (manifestSha.ok() ? manifestSha.value() : manifestSha.error().message) << "\n"
          << "trusted:   " << against << "\n"
          // A good signature by a key not trusted here is untrusted, not invalid (a clinic admin's try).
          << "signature: " << (v.valid() ? "valid: " : v.verdict == trust::Verdict::UnknownKey ? "NOT TRUSTED: " : "NOT VALID: ")
          << v.describe(files) << "\n";
    bool ok = v.valid();
    if (!p.isSet(QStringLiteral("public-key")) && profile.moduleTrust.active()) {
        const TrustDecision d = decideTrust(manifest.value(), profile.moduleTrust);
        out() << "profile:   \"" << profile.name << "\" " << (d.allowed ? "lets it run: " : "does NOT let it run: ") << d.why << "\n";
        ok = d.allowed;
    }
    return ok ? Ok : UserError;
}

int pluginsChoice(Host& host, const QString& id, std::optional<bool> enable)
{
    if (host.profile().locked)
        return fail(sdk::makeError(ErrorCode::PermissionDenied,
                                   QStringLiteral("the profile \"%1\" is locked%2; modules cannot be changed here")
                                       .arg(host.profile().name, host.profile().setBy.isEmpty() ? QString() : QStringLiteral(" by %1").arg(host.profile().setBy))));
    if (!isValidPluginId(id))
        return usage(QStringLiteral("\"%1\" is not a module id").arg(id));
    sdk::Status s = enable ? host.userChoices().set(id, *enable) : host.userChoices().clear(id);
    if (!s.ok())
        return fail(s.error());
    out() << "Module \"" << id << "\" will be " << (enable.value_or(true) ? "on" : "off") << " the next time Tessera starts.\n";
    return Ok;
}

int pluginsNew(QCommandLineParser& p, Host&)
{
    const QString id = p.positionalArguments().value(0);
    const QString folder = p.positionalArguments().value(1, id);
    auto written = writePluginTemplate(id, folder);
    if (!written.ok())
        return fail(written.error());
    out() << "Created the module \"" << id << "\" in " << QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()) << ":\n";
    for (const QString& f : written.value())
        out() << "  " << f << "\n";
    out() << "Build it against the installed SDK:\n"
          << "  cmake -S " << folder << " -B " << folder << "/build -DCMAKE_PREFIX_PATH=<SDK prefix>\n"
          << "  cmake --build " << folder << "/build\n"
          << "  tessera --demo --plugin-dir " << folder << "/build/plugins   (--demo: a throw-away journal, not yours)\n";
    return Ok;
}

int pluginsReenable(QCommandLineParser& p, Host& host)
{
    const QString id = p.positionalArguments().value(0);
    SafeMode safe(host.stateDir());
    safe.recover();
    if (sdk::Status s = safe.reenable(id); !s.ok())
        return fail(s.error());
    out() << "Module \"" << id << "\" is out of safe mode and will be loaded the next time Tessera starts.\n";
    return Ok;
}

int profileCheck(QCommandLineParser& p, Host&)
{
    const QString file = p.positionalArguments().value(0);
    auto profile = readProfile(file);
    if (!profile.ok()) {
        // The message already names the file, line and field; do not repeat the field in front.
        sdk::Error e = profile.error();
        e.field.clear();
        return fail(e);
    }
    const Profile& pr = profile.value();
    // Written out at the end, under "ok:" or, with --strict and a warning, "refused (--strict):".
    QString report;
    QTextStream lines(&report);
    int warnings = 0;
    const auto warning = [&warnings, &lines](const QString& text) {
        lines << "warning:  " << text << "\n";
        ++warnings;
    };
    // Learn (issue 25): the clinic's articles, each file read as the app will;
    // a file it would not show fails the check, naming the entry and field.
    int articleProblems = 0;
    for (qsizetype i = 0; i < pr.learnArticles.size(); ++i) {
        const ArticleSpec& a = pr.learnArticles.at(i);
        if (const QString why = readArticleFile(a.file).problem; !why.isEmpty()) {
            err() << "tessera-cli: " << shown(QStringLiteral("%1: learn.articles[%2].file (\"%3\"): %4")
                                                   .arg(QDir::toNativeSeparators(file)).arg(i).arg(a.id, why))
                  << Qt::endl;
            ++articleProblems;
        }
    }
    if (articleProblems > 0)
        return UserError;
    lines << "name:     " << pr.name << "\n"
          << "locked:   " << (pr.locked ? "yes" : "no") << (pr.setBy.isEmpty() ? QString() : QStringLiteral(" (set by %1)").arg(pr.setBy)) << "\n"
          << "modules:  " << (pr.enabled ? pr.enabled->join(QStringLiteral(", ")) : QStringLiteral("every installed module")) << "\n";
    if (!pr.pluginDirs.isEmpty())
        lines << "folders:  " << pr.pluginDirs.join(QStringLiteral(", ")) << "\n";
    QStringList missingFolders; // said with the warnings below
    QStringList foldersHere;    // searched for modules below
    for (qsizetype i = 0; i < pr.pluginDirs.size(); ++i) {
        if (QFileInfo(pr.pluginDirs.at(i)).isDir())
            foldersHere << pr.pluginDirs.at(i);
        else
            missingFolders << shown(QStringLiteral("pluginDirs[%1]: \"%2\" is not a folder on this computer, so no module is "
                                                   "loaded from it").arg(i).arg(QDir::toNativeSeparators(pr.pluginDirs.at(i))));
    }
    if (!pr.settings.isEmpty()) {
        QStringList ids = pr.settings.keys();
        ids.sort();
        lines << "settings: " << ids.join(QStringLiteral(", ")) << "\n";
    }
    // The crisis contacts, so a clinic sees what its clients will be shown.
    const QString emergency = pr.crisisEmergencyNumber.isEmpty()
        ? QString()
        : QStringLiteral("; emergency number %1").arg(pr.crisisEmergencyNumber);
    if (pr.crisisContacts.isEmpty()) {
        lines << "crisis:   none in the profile; the defaults for the computer's region are shown" << emergency << "\n";
    } else {
        QStringList names;
        for (const CrisisContact& c : pr.crisisContacts)
            names << c.name;
        lines << "crisis:   " << pr.crisisContacts.size() << (pr.crisisContacts.size() == 1 ? " contact (" : " contacts (")
              << names.join(QStringLiteral(", ")) << ")"
              << (emergency.isEmpty() ? QStringLiteral("; no emergency number (the page says \"your local emergency number\")") : emergency)
              << "\n";
    }
    // Which modules may run at all (moduleTrust).
    const ModuleTrustPolicy& trust = pr.moduleTrust;
    if (!trust.active()) {
        lines << "signing:  not required (any module found may run)\n";
    } else {
        QStringList who;
        if (trust.trustBundled)
            who << QStringLiteral("the modules that came with Tessera");
        for (const TrustedModuleKey& k : trust.trustedKeys)
            who << QStringLiteral("\"%1\" (key %2)").arg(k.name, trust::PublicKey{k.name, k.publicKey}.keyId());
        if (!trust.allowedHashes.isEmpty())
            who << QStringLiteral("%1 module(s) by their hashes").arg(trust.allowedHashes.size());
        lines << "signing:  required; trusted: " << who.join(QStringLiteral(", ")) << "\n";
    }
    // Modules the profile names that are not installed here (a warning, not an error).
    PluginManager::Options o;
    o.pluginDirs << Host::bundledPluginDir();
    o.pluginDirs += foldersHere; // one that is not there is a warning, not a log line too
    o.profile = pr;
    o.logProfileWarnings = false; // printed below, once
    PluginManager pm(o);
    pm.discover();
    for (const QString& w : missingFolders)
        warning(w);
    for (const QString& w : pm.profileWarnings())
        warning(w);
    // What each module may read of the others' entries: under a locked profile
    // only what it grants (clients are not asked), which a clinic found only in
    // the log ("goals reads ... refused by clinic"). And "grants" that match
    // nothing (a misspelt module or kind), which passed without a word.
    QHash<QString, const PluginRecord*> installed;
    for (const auto& r : pm.records()) {
        if (r->manifest)
            installed.insert(r->id, r.get());
    }
    QStringList grantedModules = pr.readGrants.keys();
    grantedModules.sort();
    for (const QString& id : grantedModules) {
        const PluginRecord* r = installed.value(id);
        if (!r) {
            QStringList ids = installed.keys();
            ids.sort();
            const QString meant = nearestName(id, ids);
            warning(shown(QStringLiteral("grants.%1: no module \"%1\" is installed, so this grant does nothing%2")
                              .arg(id, meant.isEmpty() ? QString() : QStringLiteral("; did you mean \"%1\"?").arg(meant))));
            continue;
        }
        if (!pr.isEnabled(id))
            warning(QStringLiteral("grants.%1: the module is not enabled by this profile, so this grant does nothing").arg(id));
        const QStringList& asks = r->manifest->reads;
        const QStringList grant = pr.readGrants.value(id);
        for (qsizetype i = 0; i < grant.size(); ++i) {
            if (grant.at(i) == QLatin1String("*") || asks.contains(grant.at(i)))
                continue;
            const QString meant = nearestName(grant.at(i), asks);
            warning(shown(QStringLiteral("grants.%1[%2]: \"%3\" is not a kind %1 asks to read, so it grants nothing (%4)%5")
                              .arg(id).arg(i).arg(grant.at(i),
                                                  asks.isEmpty() ? QStringLiteral("it asks for none")
                                                                 : QStringLiteral("it asks for: %1").arg(asks.join(QStringLiteral(", "))),
                                                  meant.isEmpty() ? QString() : QStringLiteral("; did you mean \"%1\"?").arg(meant))));
        }
    }
    for (const auto& r : pm.records()) {
        if (!r->manifest || r->manifest->reads.isEmpty() || !pr.isEnabled(r->id))
            continue;
        // Only the kinds of modules this profile enables: the others have nothing to read.
        QStringList granted, notGranted;
        const QStringList grant = pr.readGrants.value(r->id);
        for (const QString& kind : r->manifest->reads) {
            if (!pr.isEnabled(kind.section(QLatin1Char('/'), 0, 0)))
                continue;
            if (pr.grantDeclaredReads || grant.contains(QStringLiteral("*")) || grant.contains(kind))
                granted << kind;
            else
                notGranted << kind;
        }
        if (granted.isEmpty() && notGranted.isEmpty())
            continue;
        lines << "reads:    " << r->id << ": "
              << (granted.isEmpty() ? QStringLiteral("granted none")
                                    : QStringLiteral("granted %1").arg(granted.join(QStringLiteral(", "))) +
                                          (pr.locked ? QString() : QStringLiteral(" (a client can still stop it)")));
        if (!notGranted.isEmpty())
            lines << "; " << (pr.locked ? QStringLiteral("not read (the profile is locked, so clients are not asked): ")
                                        : QStringLiteral("each client is asked about: "))
                  << notGranted.join(QStringLiteral(", "));
        lines << "\n";
    }
    // Learn: what the Learn page will list, and what in "learn" matches nothing here.
    if (!pr.learnArticles.isEmpty() || !pr.learnHidden.isEmpty()) {
        QSet<QString> pages{QStringLiteral("today"), QStringLiteral("timeline"), QStringLiteral("learn"),
                            QStringLiteral("safety-plan"), QStringLiteral("crisis"), QStringLiteral("share"),
                            QStringLiteral("catalog"), QStringLiteral("bin"), QStringLiteral("settings")};
        QList<const PluginRecord*> enabled;
        for (const auto& r : pm.records()) {
            if (!r->manifest || !pr.isEnabled(r->id))
                continue;
            enabled << r.get();
            for (const PageSpec& page : r->manifest->pages)
                pages.insert(r->id + QLatin1Char('/') + page.id);
        }
        ArticleSources sources = articleSourcesFor(enabled, pr);
        sources.hidden.clear(); // what each hide entry matches is the question here
        QSet<QString> known;
        for (const Article& a : gatherArticles(sources))
            known.insert(a.key);
        lines << "learn:    " << pr.learnArticles.size() << " article(s) of the clinic's"
              << (pr.learnHidden.isEmpty() ? QString() : QStringLiteral("; hidden: %1").arg(pr.learnHidden.join(QStringLiteral(", "))))
              << "\n";
        for (qsizetype i = 0; i < pr.learnHidden.size(); ++i) {
            const QString& key = pr.learnHidden.at(i);
            if (!known.contains(key))
                warning(shown(QStringLiteral("learn.hide[%1]: \"%2\" is no article of Tessera's or of a module "
                                                             "enabled here, so it hides nothing (tessera-cli learn lists them)")
                                                  .arg(i).arg(key)));
            else if (key.startsWith(QLatin1String("tessera/in-a-crisis")) || key.startsWith(QLatin1String("tessera/family-worried")))
                warning(shown(QStringLiteral("learn.hide[%1]: \"%2\" is about what to do in a crisis; clients still "
                                                             "have \"Need help now?\" on every page").arg(i).arg(key)));
        }
        for (qsizetype i = 0; i < pr.learnArticles.size(); ++i) {
            const ArticleSpec& a = pr.learnArticles.at(i);
            if (!isKnownArticleTopic(a.topic))
                warning(shown(QStringLiteral("learn.articles[%1].topic: \"%2\" is not one Tessera knows (%3); "
                                                             "it is listed under \"More to read\"")
                                                  .arg(i).arg(a.topic, articleTopics().join(QStringLiteral(", ")))));
            if (!a.page.isEmpty() && !pages.contains(a.page))
                warning(shown(QStringLiteral("learn.articles[%1].page: \"%2\" is no page here (a module off or "
                                                             "not installed?); the article shows no \"Try it\"").arg(i).arg(a.page)));
        }
    }
    // --strict: for a deployment script, a warning stops it as a mistake would
    // (and the first line does not say ok).
    lines.flush();
    const bool refused = warnings > 0 && p.isSet(QStringLiteral("strict"));
    out() << (refused ? "refused (--strict): " : "ok: ") << QDir::toNativeSeparators(file) << "\n" << report;
    if (refused) {
        out().flush();
        err() << "tessera-cli: " << QDir::toNativeSeparators(file) << ": " << warnings
              << (warnings == 1 ? " warning, which --strict counts as a mistake" : " warnings, which --strict counts as mistakes") << Qt::endl;
        return UserError;
    }
    return Ok;
}

int profileShow(QCommandLineParser&, Host& host)
{
    const Profile& pr = host.profile();
    out() << "name:     " << pr.name << "\nsource:   " << profileSourceName(pr.source)
          << (pr.path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(pr.path)) << "\nlocked:   " << (pr.locked ? "yes" : "no") << "\n";
    for (const QString& n : host.notices())
        out() << "note:     " << n << "\n";
    return Ok;
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless); // stateless: a cut-off sequence at the end is an error too
    (void)QString(utf8(bytes));
    return !utf8.hasError();
}

// The payload of `entries add`, from --payload or --payload-file: absent
// (nullopt, no problem), a JSON object, or a problem naming the option.
std::optional<QJsonObject> payloadFrom(QCommandLineParser& p, QString* problem)
{
    const bool inline_ = p.isSet(QStringLiteral("payload"));
    const bool fromFile = p.isSet(QStringLiteral("payload-file"));
    if (inline_ && fromFile) {
        *problem = QStringLiteral("give --payload or --payload-file, not both");
        return std::nullopt;
    }
    if (!inline_ && !fromFile)
        return std::nullopt;
    QString source = QStringLiteral("--payload");
    QByteArray bytes = p.value(QStringLiteral("payload")).toUtf8(); // main() refused arguments that are not UTF-8
    if (fromFile) {
        QFile f(p.value(QStringLiteral("payload-file")));
        source = QStringLiteral("--payload-file %1").arg(QDir::toNativeSeparators(f.fileName()));
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("%1: %2").arg(source, f.errorString());
            return std::nullopt;
        }
        bytes = f.readAll();
        if (!isUtf8(bytes)) {
            *problem = QStringLiteral("%1: is not valid UTF-8").arg(source);
            return std::nullopt;
        }
    }
    if (bytes.trimmed().isEmpty()) {
        *problem = QStringLiteral("%1 is empty (leave it out for no data, or give {})").arg(source);
        return std::nullopt;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        *problem = QStringLiteral("%1 is not valid JSON: %2: %3").arg(source, lineAndColumn(bytes, pe.offset), pe.errorString());
    else if (doc.isArray())
        *problem = QStringLiteral("%1 must be a JSON object, not an array").arg(source);
    else if (!doc.isObject())
        *problem = QStringLiteral("%1 must be a JSON object").arg(source);
    else
        return doc.object();
    return std::nullopt;
}

int entriesAdd(QCommandLineParser& p, Host& host)
{
    if (!p.isSet(QStringLiteral("kind")))
        return usage(QStringLiteral("--kind is required (e.g. --kind journal/checkin)"));
    if (!p.isSet(QStringLiteral("title")))
        return usage(QStringLiteral("--title is required (e.g. --title \"Morning check-in\")"));
    sdk::EntryDraft d;
    d.kind = p.value(QStringLiteral("kind"));
    d.title = p.value(QStringLiteral("title"));
    d.summary = p.value(QStringLiteral("summary"));
    d.tags = p.values(QStringLiteral("tag"));
    if (p.isSet(QStringLiteral("mood"))) {
        bool ok = false;
        d.mood = p.value(QStringLiteral("mood")).toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("--mood must be a whole number 0-10"));
    }
    if (p.isSet(QStringLiteral("at"))) {
        auto when = parseWhen(p.value(QStringLiteral("at")));
        if (!when)
            return usage(QStringLiteral("--at must be an ISO 8601 date or date-time, e.g. 2026-03-01T09:30"));
        d.occurredAt = *when;
        d.utcOffsetSeconds = when->offsetFromUtc();
    }
    QString problem;
    if (auto payload = payloadFrom(p, &problem))
        d.payload = *payload;
    else if (!problem.isEmpty())
        return usage(problem);
    if (p.isSet(QStringLiteral("schema"))) {
        d.schemaVersion = p.value(QStringLiteral("schema")).toInt();
    } else if (const PluginRecord* r = host.plugins().find(d.kind.section(QLatin1Char('/'), 0, 0)); r && r->manifest) {
        if (const KindSpec* k = r->manifest->kind(d.kind.section(QLatin1Char('/'), 1)))
            d.schemaVersion = k->schemaVersion;
    }
    auto added = host.addEntry(d);
    if (!added.ok())
        return fail(added.error());
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(added->toJson()).toJson(QJsonDocument::Indented);
    else
        out() << added->id << "\n";
    return Ok;
}

// `paged`: the command has --limit and --cursor (entries list and search; not export).
std::optional<sdk::EntryQuery> queryFrom(QCommandLineParser& p, QString* problem, bool paged = true)
{
    sdk::EntryQuery q;
    q.kinds = p.values(QStringLiteral("kind"));
    q.pluginIds = p.values(QStringLiteral("module"));
    q.tags = p.values(QStringLiteral("tag"));
    for (const char* name : {"from", "to"}) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        auto t = parseWhen(p.value(QLatin1String(name)));
        if (!t) {
            *problem = QStringLiteral("--%1: \"%2\" is not an ISO 8601 date (YYYY-MM-DD) or date-time")
                           .arg(QLatin1String(name), p.value(QLatin1String(name)));
            return std::nullopt;
        }
        // A day alone is included whole: --to 2026-03-01 takes in that day.
        const QDate dayOnly = QDate::fromString(p.value(QLatin1String(name)), Qt::ISODate);
        if (QLatin1String(name) == QLatin1String("to") && dayOnly.isValid())
            t = dayOnly.addDays(1).startOfDay();
        (QLatin1String(name) == QLatin1String("from") ? q.from : q.to) = *t;
    }
    for (const char* name : {"mood-min", "mood-max"}) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        const int v = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok) {
            *problem = QStringLiteral("--%1 must be a whole number").arg(QLatin1String(name));
            return std::nullopt;
        }
        if (v < 0 || v > 10) {
            *problem = QStringLiteral("--%1 %2: a mood is 0 to 10").arg(QLatin1String(name)).arg(v);
            return std::nullopt;
        }
        (QLatin1String(name) == QLatin1String("mood-min") ? q.moodMin : q.moodMax) = v;
    }
    // Filters that can match nothing are refused, not answered "No entries." (a helper
    // took that for an empty journal).
    if (q.moodMin && q.moodMax && *q.moodMin > *q.moodMax) {
        *problem = QStringLiteral("--mood-min %1 is above --mood-max %2: no entry could match").arg(*q.moodMin).arg(*q.moodMax);
        return std::nullopt;
    }
    if (q.from.isValid() && q.to.isValid() && q.to <= q.from) {
        *problem = QStringLiteral("--to (%1) is before --from (%2): no entry could match")
                       .arg(p.value(QStringLiteral("to")), p.value(QStringLiteral("from")));
        return std::nullopt;
    }
    if (paged && p.isSet(QStringLiteral("limit")))
        q.limit = p.value(QStringLiteral("limit")).toInt();
    if (paged)
        q.cursor = p.value(QStringLiteral("cursor"));
    q.includeDeleted = p.isSet(QStringLiteral("include-deleted"));
    q.onlyDeleted = p.isSet(QStringLiteral("deleted"));
    return q;
}

int entriesList(QCommandLineParser& p, Host& host)
{
    QString problem;
    auto q = queryFrom(p, &problem);
    if (!q)
        return usage(problem);
    auto page = host.store()->query(*q);
    if (!page.ok())
        return fail(page.error());
    return printPage(p, page.value(), &host);
}

int entriesSearch(QCommandLineParser& p, Host& host)
{
    QString problem;
    auto q = queryFrom(p, &problem);
    if (!q)
        return usage(problem);
    q->text = p.positionalArguments().join(QLatin1Char(' '));
    if (q->text.trimmed().isEmpty())
        return usage(QStringLiteral("entries search needs the words to look for"));
    auto page = host.store()->query(*q);
    if (!page.ok())
        return fail(page.error());
    return printPage(p, page.value(), &host);
}

int entriesShow(QCommandLineParser& p, Host& host)
{
    const auto resolved = host.store()->resolveIdPrefix(p.positionalArguments().value(0));
    if (!resolved.ok())
        return fail(resolved.error());
    const QString id = resolved.value();
    auto e = host.store()->get(id);
    if (!e.ok())
        return fail(e.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = e->toJson();
        if (p.isSet(QStringLiteral("history"))) {
            QJsonArray revisions;
            if (auto h = host.store()->history(id); h.ok()) {
                for (const sdk::Revision& r : h.value())
                    revisions << QJsonObject{{QStringLiteral("revision"), r.revision},
                                             {QStringLiteral("savedAt"), r.savedAt.toString(Qt::ISODate)},
                                             {QStringLiteral("entry"), r.entry.toJson()}};
            }
            o[QStringLiteral("history")] = revisions;
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    printEntry(e.value());
    if (p.isSet(QStringLiteral("links"))) {
        auto links = host.store()->links(id);
        if (!links.ok())
            return fail(links.error());
        for (const sdk::Link& l : links.value())
            out() << "link:      " << l.fromId << " -" << l.relation << "-> " << l.toId << "\n";
    }
    if (p.isSet(QStringLiteral("history"))) {
        auto h = host.store()->history(id);
        if (!h.ok())
            return fail(h.error());
        for (const sdk::Revision& r : h.value()) {
            out() << "\n--- revision " << r.revision << ", replaced " << r.savedAt.toLocalTime().toString(Qt::ISODate) << "\n";
            printEntry(r.entry);
        }
    }
    return Ok;
}

int entriesDelete(QCommandLineParser& p, Host& host)
{
    const auto resolved = host.store()->resolveIdPrefix(p.positionalArguments().value(0));
    if (!resolved.ok())
        return fail(resolved.error());
    const QString id = resolved.value();
    if (sdk::Status s = host.store()->remove(id); !s.ok())
        return fail(s.error());
    out() << "Deleted " << id << ". Undo with: tessera-cli entries restore " << id << "\n";
    return Ok;
}

// Marks entries private, or not with --off (issue 23). Every id is looked up
// first: one that is not found is refused and nothing is changed.
// Every id (or prefix) looked up before anything changes: one not found is
// refused, naming it, and nothing is changed (entries private, entries mark).
sdk::Result<QStringList> resolveAllIds(const QStringList& args, Host& host)
{
    QStringList ids;
    for (const QString& arg : args) {
        auto id = host.store()->resolveIdPrefix(arg);
        if (!id.ok()) {
            sdk::Error e = id.error();
            e.message += QStringLiteral("; nothing was changed");
            return e;
        }
        ids << id.value();
    }
    return ids;
}

int entriesPrivate(QCommandLineParser& p, Host& host)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usage(QStringLiteral("entries private needs the ids of the entries to mark"));
    const bool mark = !p.isSet(QStringLiteral("off"));
    const auto resolved = resolveAllIds(args, host);
    if (!resolved.ok())
        return fail(resolved.error());
    const QStringList ids = resolved.value();
    for (const QString& id : std::as_const(ids)) {
        if (sdk::Status s = host.store()->setPrivate(id, mark); !s.ok())
            return fail(s.error());
        out() << (mark ? "Marked private: " : "No longer private: ") << id << "\n";
    }
    if (mark)
        out() << "Private entries are left out of reports and exports unless you include them "
                 "(--include-private). Undo with: tessera-cli entries private --off ID\n";
    return Ok;
}

// ---- issue 26: marks for a module ----
// `tessera-cli entries mark ID... --for MODULE [--off]`: what the timeline's
// "Bring to my next session" (a module's "mark") does. The module must be
// installed here and have a "mark" in its manifest (read, not run).
int entriesMark(QCommandLineParser& p, Host& host)
{
    const QStringList args = p.positionalArguments();
    const QString module = p.value(QStringLiteral("for"));
    if (args.isEmpty() || module.isEmpty())
        return usage(QStringLiteral("entries mark needs the ids of the entries and --for MODULE"));
    const PluginRecord* r = host.plugins().find(module);
    if (!r || !r->manifest || !r->manifest->mark) {
        QStringList takers;
        for (const auto& rec : host.plugins().records()) {
            if (rec->manifest && rec->manifest->mark)
                takers << rec->id;
        }
        return fail(sdk::makeError(sdk::ErrorCode::Validation,
                                   QStringLiteral("--for %1: no module installed here takes marks by that id (%2)")
                                       .arg(shown(module), takers.isEmpty() ? QStringLiteral("none does")
                                                                           : QStringLiteral("these do: ") + takers.join(QStringLiteral(", ")))));
    }
    const bool mark = !p.isSet(QStringLiteral("off"));
    const auto resolved = resolveAllIds(args, host);
    if (!resolved.ok())
        return fail(resolved.error());
    const QStringList ids = resolved.value();
    for (const QString& id : std::as_const(ids)) {
        if (sdk::Status s = host.store()->setMarked(module, id, mark); !s.ok())
            return fail(s.error());
        out() << shown(mark ? r->manifest->mark->shown : r->manifest->mark->remove) << ": " << id << "\n";
    }
    return Ok;
}

int entriesRestore(QCommandLineParser& p, Host& host)
{
    const auto resolved = host.store()->resolveIdPrefix(p.positionalArguments().value(0));
    if (!resolved.ok())
        return fail(resolved.error());
    const QString id = resolved.value();
    if (sdk::Status s = host.store()->restore(id); !s.ok())
        return fail(s.error());
    out() << "Restored " << id << ".\n";
    return Ok;
}

// ---- deleting forever and encrypted exports (issue 21) ----

// The passphrase an export is sealed with: empty for a plain export. A plain
// export is said to be plain, on stderr (a warning for an encrypted journal).
sdk::Result<QByteArray> exportSealing(const QCommandLineParser& p, const Host& host)
{
    if (!p.isSet(QStringLiteral("encrypt"))) {
        if (p.isSet(QStringLiteral("export-passphrase-file")))
            return sdk::makeError(ErrorCode::InvalidArgument, QStringLiteral("--export-passphrase-file is for --encrypt"));
        if (host.journalEncrypted())
            err() << "tessera-cli: warning: the journal is encrypted, but this export is not: anyone with the file can "
                     "read every entry in it. Use --encrypt to seal it with a passphrase."
                  << Qt::endl;
        else
            err() << "tessera-cli: note: this export is not encrypted: anyone with the file can read every entry in it. "
                     "Use --encrypt to seal it with a passphrase."
                  << Qt::endl;
        return QByteArray();
    }
    // Not $TESSERA_PASSPHRASE_FILE: that is the journal's passphrase, and an export's should be chosen for it.
    return obtainPassphrase(p.value(QStringLiteral("export-passphrase-file")),
                            QStringLiteral("Passphrase for the encrypted export"), true, false);
}

// Writes the export to `device`, sealed with `passphrase` unless it is empty.
sdk::Result<qint64> writeExport(const JournalStore& store, const ShareSelection& selection, const QByteArray& passphrase,
                                QIODevice& device, qint64* privateLeftOut)
{
    if (passphrase.isEmpty())
        return exportEntries(store, selection, device, privateLeftOut);
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    auto n = exportEntries(store, selection, plain, privateLeftOut);
    if (!n.ok())
        return n;
    auto sealed = encryptExport(plain.data(), passphrase);
    plain.buffer().fill('\0');
    if (!sealed.ok())
        return sealed.error();
    if (device.write(sealed.value()) != sealed->size())
        return sdk::makeError(ErrorCode::Storage, QStringLiteral("writing the export: %1").arg(device.errorString()));
    return n;
}

// The content of an export file: as it is, or opened with its passphrase
// (--export-passphrase-file FILE, else asked on the terminal) when it is encrypted.
sdk::Result<QByteArray> readExportFile(const QCommandLineParser& p, QFile& f, const QString& path)
{
    QByteArray bytes = f.readAll();
    if (!isEncryptedExport(bytes))
        return bytes;
    auto passphrase = obtainPassphrase(p.value(QStringLiteral("export-passphrase-file")),
                                       QStringLiteral("Passphrase for the encrypted export %1").arg(QDir::toNativeSeparators(path)),
                                       false, false);
    if (!passphrase.ok())
        return passphrase.error();
    return decryptExport(bytes, passphrase.value(), path);
}

// Days as the command line gives them: a whole number, 0 or more.
std::optional<int> parseDays(const QString& text)
{
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 0 || days > 100000)
        return std::nullopt;
    return days;
}

int entriesBin(QCommandLineParser& p, Host& host)
{
    auto bin = host.store()->binEntries();
    if (!bin.ok())
        return fail(bin.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const sdk::Entry& e : bin.value())
            arr << QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("kind"), e.kind},
                               {QStringLiteral("title"), e.title},
                               {QStringLiteral("occurredAt"), e.occurredAt.toString(Qt::ISODate)},
                               {QStringLiteral("deletedAt"), e.deletedAt->toString(Qt::ISODate)}};
        out() << QJsonDocument(QJsonObject{{QStringLiteral("entries"), arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (bin->isEmpty()) {
        out() << "The bin is empty.\n";
        return Ok;
    }
    for (const sdk::Entry& e : bin.value())
        out() << "deleted " << e.deletedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << e.kind.leftJustified(28) << "  " << shown(oneLine(e.title, 48)).leftJustified(48) << "  " << e.id << "\n";
    out() << bin->size() << (bin->size() == 1 ? " entry" : " entries")
          << " in the bin. Restore one with: tessera-cli entries restore ID\n";
    return Ok;
}

int entriesPurge(QCommandLineParser& p, Host& host)
{
    JournalStore& store = *host.store();
    const QStringList args = p.positionalArguments();
    const bool byAge = p.isSet(QStringLiteral("deleted-before"));
    if (byAge == !args.isEmpty())
        return usage(QStringLiteral("entries purge takes IDs or --deleted-before DAYS (one of the two)"));
    sdk::Result<JournalStore::PurgeReport> report = JournalStore::PurgeReport{};
    if (byAge) {
        const auto days = parseDays(p.value(QStringLiteral("deleted-before")));
        if (!days)
            return usage(QStringLiteral("--deleted-before: must be a whole number of days, 0 or more (0: everything in the bin)"));
        report = store.purgeDeletedBefore(QDateTime::currentDateTimeUtc().addDays(-*days));
    } else {
        QStringList ids;
        for (const QString& arg : args) {
            auto id = store.resolveIdPrefix(arg);
            if (!id.ok())
                return fail(id.error());
            ids << id.value();
        }
        report = store.purgeEntries(ids);
    }
    if (!report.ok())
        return fail(report.error());
    if (report->ids.isEmpty()) {
        out() << "Nothing was deleted: no entry in the bin was deleted that long ago.\n";
        return Ok;
    }
    for (const QString& id : report->ids)
        out() << "Deleted forever: " << id << "\n";
    out() << report->ids.size() << (report->ids.size() == 1 ? " entry" : " entries") << " deleted forever, with "
          << report->revisions << " earlier versions. This cannot be undone.\n";
    if (!report->logCleared)
        out() << "Another program is reading the journal, so its write-ahead log (" << QFileInfo(store.path()).fileName()
              << "-wal) may still hold their text until it closes.\n";
    BackupRotation rotation(host.backupDir());
    if (!rotation.list().isEmpty() && !rotation.recordBinEmptied(report->at))
        err() << "tessera-cli: could not note the time in " << QDir::toNativeSeparators(host.backupDir())
              << "; older backups are not marked" << Qt::endl;
    if (p.isSet(QStringLiteral("also-old-backups"))) {
        const QStringList removed = rotation.removeMadeBeforeBinEmptied();
        out() << "Removed " << removed.size() << " older automatic backups (the files are deleted; the disk space they "
                 "used is not overwritten).\n";
        if (!removed.isEmpty()) {
            auto fresh = rotation.backupNow(store);
            if (fresh.ok())
                out() << "A new backup was made: " << QDir::toNativeSeparators(fresh.value()) << "\n";
            else
                err() << "tessera-cli: " << shown(fresh.error().toString()) << Qt::endl;
        }
    } else {
        const QStringList older = rotation.list();
        qsizetype before = 0;
        for (const QString& b : older)
            before += rotation.madeBeforeBinEmptied(b) ? 1 : 0;
        if (before > 0)
            out() << before << " automatic backups made before still hold these entries; they are replaced by new ones "
                     "over the next days (--also-old-backups removes them now).\n";
    }
    if (const QStringList aside = JournalStore::keptAside(store.path()); !aside.isEmpty())
        out() << "Copies kept aside by earlier restores may still hold them: "
              << QDir::toNativeSeparators(aside.join(QStringLiteral(", "))) << "\n";
    // The copy made before each upgrade of the journal's format is the whole
    // journal of that day, and no rotation replaces it.
    if (const QStringList upgrades = JournalStore::upgradeBackups(store.path()); !upgrades.isEmpty()) {
        if (p.isSet(QStringLiteral("also-old-backups"))) {
            QStringList left;
            for (const QString& copy : upgrades) {
                if (!QFile::remove(copy))
                    left << copy;
            }
            out() << "Removed " << (upgrades.size() - left.size()) << " of the copies made before an upgrade of the journal's "
                     "format (the files are deleted; the disk space they used is not overwritten).\n";
            if (!left.isEmpty())
                err() << "tessera-cli: could not remove " << QDir::toNativeSeparators(left.join(QStringLiteral(", ")))
                      << Qt::endl;
        } else {
            out() << "The copies made before an upgrade of the journal's format may still hold them until removed "
                     "(--also-old-backups removes them now): "
                  << QDir::toNativeSeparators(upgrades.join(QStringLiteral(", "))) << "\n";
        }
    }
    return Ok;
}

// ---- export: JSON, CSV (a folder, one file per kind), FHIR (issue 23) ----

// "" when every --module and --kind names a module or kind that is installed
// (or the host's own), or that the journal holds entries of; else the
// refusal naming the first that does not: a typo never becomes an empty file.
QString unknownModuleOrKind(const QCommandLineParser& p, Host& host)
{
    const auto hasEntries = [&host](const sdk::EntryQuery& q) { return host.store()->count(q).valueOr(0) > 0; };
    for (const QString& id : p.values(QStringLiteral("module"))) {
        sdk::EntryQuery q;
        q.pluginIds = {id};
        if (id != QLatin1String("tessera") && !host.plugins().find(id) && !hasEntries(q))
            return QStringLiteral("--module \"%1\": no module with this id is installed, and the journal has no entries "
                                  "of one (tessera-cli plugins list shows the modules)").arg(id);
    }
    for (const QString& kind : p.values(QStringLiteral("kind"))) {
        const PluginRecord* r = host.plugins().find(kind.section(QLatin1Char('/'), 0, 0));
        const bool known = (r && r->manifest && kind.count(QLatin1Char('/')) == 1 && r->manifest->kind(kind.section(QLatin1Char('/'), 1)))
            || kind == QLatin1String(SafetyPlanStore::kKind) || kind == QLatin1String(SupportService::kRecordKind);
        sdk::EntryQuery q;
        q.kinds = {kind};
        if (!known && !hasEntries(q))
            return QStringLiteral("--kind \"%1\": no module has this kind, and the journal has no entries of it (kinds are "
                                  "written module/kind, e.g. journal/checkin)").arg(kind);
    }
    return {};
}

// What `export` says on stderr when the selection left private entries out.
void sayPrivateLeftOut(qint64 leftOut)
{
    if (leftOut <= 0)
        return;
    err() << (leftOut == 1 ? QStringLiteral("1 private entry was left out")
                           : QStringLiteral("%1 private entries were left out").arg(leftOut))
          << "; --include-private includes them." << Qt::endl;
}



// `tessera-cli demo`: the app's --demo sample entries, in a real data folder
// (for trying Tessera with tessera-cli, clinic sync and screenshots).
int demoCommand(QCommandLineParser& p, Host& host)
{
    auto count = host.store()->count({}, 1);
    if (!count.ok())
        return fail(count.error());
    if (count.value() > 0)
        return fail(sdk::makeError(sdk::ErrorCode::Conflict,
                                   QStringLiteral("this journal already has entries: the sample entries go only into an empty one")));
    bool ok = true;
    const int days = p.isSet(QStringLiteral("days")) ? p.value(QStringLiteral("days")).toInt(&ok) : 120;
    if (!ok || days < 1 || days > 730)
        return usage(QStringLiteral("--days must be 1 to 730"));
    auto seeded = host.seedDemo(QDateTime::currentDateTimeUtc(), days);
    if (!seeded.ok())
        return fail(seeded.error());
    out() << "Added " << seeded.value() << " sample entries over " << days << " days.\n";
    return Ok;
}

// ---- issue 31: sharing with a clinic ----
QString shareWhat(Host& host, const QString& pluginId, const QString& kind)
{
    if (kind.isEmpty()) {
        const PluginRecord* r = host.plugins().find(pluginId);
        return QStringLiteral("everything from %1").arg(r && r->manifest ? shown(r->manifest->name) : pluginId);
    }
    const auto info = host.plugins().kindInfo(kind);
    return info && !info->title.isEmpty() ? shown(info->title) : kind;
}

int syncPair(QCommandLineParser& p, Host& host)
{
    const QString server = p.value(QStringLiteral("server"));
    const QString code = p.value(QStringLiteral("code"));
    if (server.isEmpty() || code.isEmpty())
        return usage(QStringLiteral("sync pair needs --server URL and --code CODE (both from your clinic)"));
    SyncClient client(*host.store(), host.plugins());
    const QString label = p.isSet(QStringLiteral("device-label")) ? p.value(QStringLiteral("device-label")) : QStringLiteral("tessera-cli");
    if (sdk::Status s = client.pairAndWait(QUrl(server), code, label); !s.ok())
        return fail(s.error());
    const auto pairing = host.store()->clinicPairing();
    out() << "Paired with " << (*pairing)->clinicName << " (the clinic knows you as: " << (*pairing)->clientLabel << ").\n"
          << "Nothing is shared yet: choose what with `tessera-cli sync share` or `sync pick`.\n";
    return Ok;
}

int syncShare(QCommandLineParser& p, Host& host)
{
    const QString module = p.value(QStringLiteral("module"));
    const QString kind = p.value(QStringLiteral("kind"));
    if (module.isEmpty())
        return usage(QStringLiteral("sync share needs --module MODULE (and --kind KIND for one kind of its entries)"));
    if (!host.plugins().find(module))
        return fail(sdk::makeError(sdk::ErrorCode::NotFound, QStringLiteral("--module %1: no such module installed here").arg(shown(module))));
    const QString fullKind = kind.isEmpty() || kind.contains(QLatin1Char('/')) ? kind : module + QLatin1Char('/') + kind;
    if (!fullKind.isEmpty() && !host.plugins().kindInfo(fullKind))
        return fail(sdk::makeError(sdk::ErrorCode::NotFound, QStringLiteral("--kind %1: module %2 has no such kind").arg(shown(kind), module)));
    QDateTime from = QDateTime::currentDateTimeUtc();
    const QString fromText = p.value(QStringLiteral("from"));
    if (!fromText.isEmpty() && fromText != QLatin1String("now")) {
        const QDate day = QDate::fromString(fromText, Qt::ISODate);
        if (!day.isValid())
            return usage(QStringLiteral("--from must be a day (2026-11-01) or now"));
        from = day.startOfDay().toUTC(); // the start of that day here
    }
    auto id = host.store()->addShareGrant(module, fullKind, from);
    if (!id.ok())
        return fail(id.error());
    const auto st = host.store()->sharingState();
    out() << "Sharing " << shareWhat(host, module, fullKind) << " from " << cliDate(from.toLocalTime().date())
          << (fromText.isEmpty() || fromText == QLatin1String("now") ? QStringLiteral(" (now)") : QString()) << " on (grant " << id.value() << "). Private entries stay here unless you pick them.\n"
          << (st.ok() ? st->pending : 0) << " waiting to go: `tessera-cli sync push` sends them.\n";
    return Ok;
}

int syncStop(QCommandLineParser& p, Host& host)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok)
        return usage(QStringLiteral("sync stop needs the number of the grant (sync status lists them)"));
    const bool withdraw = p.isSet(QStringLiteral("withdraw"));
    if (sdk::Status s = host.store()->stopShareGrant(id, withdraw); !s.ok())
        return fail(s.error());
    out() << "Stopped: nothing more goes under grant " << id << ".\n"
          << (withdraw ? "What was sent is withdrawn on the next push: the clinic's clinicians stop seeing it. The clinic's "
                         "service keeps a copy marked as withdrawn, as a record of care.\n"
                       : "What was already sent stays with the clinic. To withdraw it too: sync stop ID --withdraw on a "
                         "standing grant, or sync unpick for single entries.\n");
    return Ok;
}

int syncPick(QCommandLineParser& p, Host& host, bool picked)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usage(picked ? QStringLiteral("sync pick needs the ids of the entries to share")
                            : QStringLiteral("sync unpick needs the ids of the entries to stop sharing"));
    const auto resolved = resolveAllIds(args, host);
    if (!resolved.ok())
        return fail(resolved.error());
    for (const QString& id : resolved.value()) {
        if (sdk::Status s = host.store()->setPickedForSharing(id, picked); !s.ok())
            return fail(s.error());
        out() << (picked ? "Picked to share: " : "No longer shared (withdrawn on the next push if it was sent): ") << id << "\n";
    }
    return Ok;
}

int syncPickCommand(QCommandLineParser& p, Host& host) { return syncPick(p, host, true); }
int syncUnpickCommand(QCommandLineParser& p, Host& host) { return syncPick(p, host, false); }

int syncStatus(QCommandLineParser& p, Host& host)
{
    const auto pairing = host.store()->clinicPairing();
    if (!pairing.ok())
        return fail(pairing.error());
    const auto st = host.store()->sharingState();
    if (!st.ok())
        return fail(st.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray grants;
        for (const auto& g : st->grants)
            grants.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("module"), g.pluginId},
                                      {QStringLiteral("kind"), g.kind}, {QStringLiteral("from"), g.from.toString(Qt::ISODate)}});
        QJsonArray failures;
        for (const auto& [entry, why] : st->failures)
            failures.append(QJsonObject{{QStringLiteral("entry"), entry}, {QStringLiteral("error"), why}});
        QJsonObject o{{QStringLiteral("paired"), pairing->has_value()},
                      {QStringLiteral("shared"), st->shared},
                      {QStringLiteral("pending"), st->pending},
                      {QStringLiteral("failed"), st->failed},
                      {QStringLiteral("grants"), grants},
                      {QStringLiteral("picked"), QJsonArray::fromStringList(st->picked)},
                      {QStringLiteral("failures"), failures},
                      {QStringLiteral("lastError"), st->lastError}};
        if (pairing->has_value())
            o.insert(QStringLiteral("clinic"), (*pairing)->clinicName);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        return Ok;
    }
    if (!pairing->has_value()) {
        out() << "Not paired with a clinic. Your clinic gives you a code: tessera-cli sync pair --server URL --code CODE\n";
        return Ok;
    }
    out() << "Paired with " << (*pairing)->clinicName << " (as " << (*pairing)->clientLabel << ")\n"
          << "Shared: " << st->shared << "   waiting: " << st->pending << "   could not be sent: " << st->failed << "\n";
    if (!st->lastError.isEmpty() && st->pending > 0)
        out() << "Last try: " << st->lastError << "\n";
    for (const auto& g : st->grants)
        out() << "  grant " << g.id << ": " << shareWhat(host, g.pluginId, g.kind) << " from " << cliDate(g.from.toLocalTime().date())
              << " on\n";
    if (!st->picked.isEmpty())
        out() << "  picked one by one: " << st->picked.size() << "\n";
    for (const auto& [entry, why] : st->failures)
        out() << "  could not be sent: " << entry << ": " << why << "\n";
    return Ok;
}

// Pushing or unpairing a journal that was never paired says so (it printed "Sent: 0
// stored" and "Stopped sharing", with exit 0).
bool notPaired(Host& host)
{
    const auto pairing = host.store()->clinicPairing();
    if (!pairing.ok() || pairing->has_value())
        return false;
    err() << "tessera-cli: this journal is not paired with a clinic, so nothing is shared "
             "(tessera-cli sync pair, with the code the clinic gives you)" << Qt::endl;
    return true;
}

int syncPush(QCommandLineParser& p, Host& host)
{
    if (notPaired(host))
        return UserError;
    SyncClient client(*host.store(), host.plugins());
    if (p.isSet(QStringLiteral("batch")))
        client.setBatchSize(p.value(QStringLiteral("batch")).toInt());
    if (p.isSet(QStringLiteral("timeout")))
        client.setTimeoutSeconds(p.value(QStringLiteral("timeout")).toInt());
    const PushReport r = client.pushAndWait();
    out() << "Sent: " << r.stored << " stored, " << r.duplicates << " already there, " << r.withdrawn << " withdrawn, "
          << r.refused << " could not be sent; " << r.pending << " waiting.\n";
    if (!r.error.isEmpty()) {
        err() << "tessera-cli: sending stopped: " << r.error << "; what is waiting goes on the next push\n";
        return r.unpairedByClinic ? UserError : DataError;
    }
    return Ok;
}

int syncUnpair(QCommandLineParser& p, Host& host)
{
    if (notPaired(host))
        return UserError;
    SyncClient client(*host.store(), host.plugins());
    const sdk::Status s = client.unpairAndWait(p.isSet(QStringLiteral("anyway")));
    if (!s.ok() && s.error().code != sdk::ErrorCode::Unavailable)
        return fail(s.error());
    out() << "Stopped sharing: this journal is no longer paired, and nothing more goes to the clinic.\n"
          << "What was already sent stays in the clinic's records of your care.\n";
    if (!s.ok())
        err() << "tessera-cli: " << s.error().message << "\n";
    return Ok;
}
// ---- end of sharing with a clinic ----

// ---- FHIR R4 export (issue 23): export --format fhir [--patient PSEUDONYM] ----

// The FHIR branch of `export`: the entries the filters pick (`selection`:
// --kind, --module, --from/--to, --include-private) as a FHIR R4 Bundle, to
// --output FILE (private, written whole) or standard output.
int exportFhirCommand(QCommandLineParser& p, Host& host, const ShareSelection& selection)
{
    if (p.isSet(QStringLiteral("encrypt")))
        return usage(QStringLiteral("--encrypt is for --format json; a FHIR export is for a clinic's system"));
    FhirOptions options;
    options.patientPseudonym = p.value(QStringLiteral("patient"));
    if (p.isSet(QStringLiteral("patient")) && options.patientPseudonym.trimmed().isEmpty())
        return usage(QStringLiteral("--patient needs the pseudonym the clinic knows you by"));
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return usage(QStringLiteral("cannot write to standard output"));
        auto n = exportFhir(*host.store(), host.plugins(), selection, options, stdoutFile);
        return n.ok() ? Ok : fail(n.error());
    }
    if (QFileInfo::exists(output))
        return usage(QStringLiteral("--output ") + takenName(output));
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(sdk::makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(output, file.errorString())));
    auto n = exportFhir(*host.store(), host.plugins(), selection, options, file);
    if (!n.ok())
        return fail(n.error());
    if (!file.commit())
        return fail(sdk::makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(output, file.errorString())));
    err() << "Exported " << n.value() << " FHIR resources to " << QDir::toNativeSeparators(output)
          << (options.patientPseudonym.isEmpty() ? "" : " (with a pseudonymous patient)") << Qt::endl;
    return Ok;
}

// ---- end of the FHIR export ----

int exportCsvCommand(QCommandLineParser& p, Host& host, const ShareSelection& selection)
{
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-"))
        return usage(QStringLiteral("--format csv writes one file per kind into a folder: give it with --output FOLDER "
                                    "(a new or empty folder)"));
    if (p.isSet(QStringLiteral("encrypt")) || p.isSet(QStringLiteral("export-passphrase-file")))
        return usage(QStringLiteral("--encrypt is for --format json; a CSV folder is for a spreadsheet and is written "
                                    "readable by you only"));
    CsvOptions options;
    options.byteOrderMark = p.isSet(QStringLiteral("bom"));
    qint64 leftOut = 0;
    auto files = exportCsvFolder(*host.store(), selection, options, output, &leftOut);
    if (!files.ok())
        return fail(files.error());
    qint64 rows = 0;
    for (const CsvFile& f : files.value())
        rows += f.rows;
    err() << "Exported " << rows << (rows == 1 ? " entry" : " entries") << " into " << files->size()
          << (files->size() == 1 ? " file" : " files") << " (one per kind, listed in index.csv) in "
          << QDir::toNativeSeparators(output) << Qt::endl;
    sayPrivateLeftOut(leftOut);
    return Ok;
}

int exportCommand(QCommandLineParser& p, Host& host)
{
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("fhir"))
        return usage(QStringLiteral("--format must be json, csv or fhir"));
    if (p.isSet(QStringLiteral("bom")) && format != QLatin1String("csv"))
        return usage(QStringLiteral("--bom is for --format csv"));
    QString problem;
    auto q = queryFrom(p, &problem, false);
    if (!q)
        return usage(problem);
    // The filters as a share selection: kinds and modules picked, the rest
    // (times, tags, mood, deleted) as further filters; private entries only on request.
    if (const QString unknown = unknownModuleOrKind(p, host); !unknown.isEmpty())
        return usage(unknown);
    ShareSelection selection;
    selection.kinds = q->kinds;
    selection.modules = q->pluginIds;
    selection.includePrivate = p.isSet(QStringLiteral("include-private"));
    selection.extra = *q;
    // A day alone (YYYY-MM-DD) is the client's local day, both ends included,
    // as in `report`; a date-time is an instant (--to: before it).
    if (writtenAsDay(p.value(QStringLiteral("from")))) {
        selection.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
        selection.extra.from = QDateTime();
    }
    if (writtenAsDay(p.value(QStringLiteral("to")))) {
        selection.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        selection.extra.to = QDateTime();
    }
    const QDateTime firstInstant = selection.from.isValid() ? selection.from.startOfDay() : selection.extra.from;
    const QDateTime lastInstant = selection.to.isValid() ? selection.to.addDays(1).startOfDay() : selection.extra.to;
    if (firstInstant.isValid() && lastInstant.isValid() && lastInstant <= firstInstant)
        return usage(QStringLiteral("--to (%1) is before --from (%2): nothing would be exported")
                         .arg(p.value(QStringLiteral("to")), p.value(QStringLiteral("from"))));
    if (format == QLatin1String("csv"))
        return exportCsvCommand(p, host, selection);
    if (format == QLatin1String("fhir"))
        return exportFhirCommand(p, host, selection);

    const QString output = p.value(QStringLiteral("output"));
    // Never over a file that is there: it may be the journal itself, a backup or an
    // earlier export (the journal was lost that way), as for the report and FHIR.
    if (!output.isEmpty() && output != QLatin1String("-") && QFileInfo::exists(output))
        return usage(QStringLiteral("--output ") + takenName(output));
    // Encrypted on request (--encrypt); a plain export of an encrypted journal is said to be plain.
    auto seal = exportSealing(p, host);
    if (!seal.ok())
        return fail(seal.error());
    qint64 leftOut = 0;
    const auto write = [&](QIODevice& device) { return writeExport(*host.store(), selection, seal.value(), device, &leftOut); };
    if (output.isEmpty() || output == QLatin1String("-")) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return usage(QStringLiteral("cannot write to standard output"));
        auto n = write(stdoutFile);
        if (!n.ok())
            return fail(n.error());
        stdoutFile.flush();
        sayPrivateLeftOut(leftOut);
        return Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(sdk::makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(output, file.errorString())));
    auto n = write(file);
    if (!n.ok())
        return fail(n.error());
    if (!file.commit())
        return fail(sdk::makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(output, file.errorString())));
    err() << "Exported " << n.value() << " entries to " << QDir::toNativeSeparators(output)
          << (seal->isEmpty() ? "" : " (encrypted)") << Qt::endl;
    sayPrivateLeftOut(leftOut);
    return Ok;
}

int importCommand(QCommandLineParser& p, Host& host)
{
    const QString path = p.positionalArguments().value(0);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(sdk::makeError(ErrorCode::NotFound, QStringLiteral("%1: %2").arg(path, f.errorString())));
    // An encrypted export is opened with its passphrase first (nothing is imported when it does not open).
    auto data = readExportFile(p, f, path);
    if (!data.ok())
        return fail(data.error());
    // Every entry is checked by its module (the store's payload policy) before any is stored.
    JournalStore::ImportReport report;
    auto total = importJsonExport(*host.store(), data.value(), path, &report);
    if (!total.ok())
        return fail(total.error());
    const qsizetype stored = report.stored.size();
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                           {QStringLiteral("entries"), total.value()},
                                           {QStringLiteral("imported"), QJsonArray::fromStringList(report.stored)},
                                           {QStringLiteral("identical"), QJsonArray::fromStringList(report.identical)},
                                           {QStringLiteral("conflicting"), QJsonArray::fromStringList(report.conflicting)}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    // Every entry is accounted for: stored, or skipped with the reason.
    out() << "Imported " << stored << " of " << total.value() << " entries";
    if (!report.identical.isEmpty())
        out() << "; skipped " << report.identical.size() << ": already there, identical";
    if (!report.conflicting.isEmpty()) {
        constexpr qsizetype kShown = 10;
        out() << "; skipped " << report.conflicting.size() << ": same id, different content (ids: "
              << report.conflicting.mid(0, kShown).join(QStringLiteral(", "));
        if (report.conflicting.size() > kShown)
            out() << ", and " << report.conflicting.size() - kShown << " more (--json lists them all)";
        out() << ").\nThe journal's version of each was kept; compare with: tessera-cli entries show ID";
    }
    out() << ".\n";
    return Ok;
}

int dbCheck(QCommandLineParser&, Host& host)
{
    auto problems = host.store()->integrityCheck();
    if (!problems.ok())
        return fail(problems.error());
    if (!problems->isEmpty()) {
        out() << QDir::toNativeSeparators(host.journalPath()) << ": damaged:\n";
        for (const QString& line : problems.value())
            out() << "  " << line << "\n";
        out() << "Restore a backup with: tessera-cli db restore FILE\n";
        return DataError;
    }
    out() << QDir::toNativeSeparators(host.journalPath()) << ": ok\n";
    return Ok;
}

int dbInfo(QCommandLineParser& p, Host& host)
{
    auto stats = host.store()->stats();
    if (!stats.ok())
        return fail(stats.error());
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("path"), host.journalPath()},
                                           {QStringLiteral("formatVersion"), stats->schemaVersion},
                                           {QStringLiteral("entries"), stats->entries},
                                           {QStringLiteral("deleted"), stats->deleted},
                                           {QStringLiteral("encrypted"), host.store()->isEncrypted()}}).toJson();
        return Ok;
    }
    out() << "journal:   " << QDir::toNativeSeparators(host.journalPath()) << "\nformat:    " << stats->schemaVersion
          << "\nentries:   " << stats->entries << "\ndeleted:   " << stats->deleted
          << "\nencrypted: " << (host.store()->isEncrypted() ? "yes" : "no") << "\n";
    return Ok;
}

int dbBackup(QCommandLineParser& p, Host& host)
{
    const QString target = p.positionalArguments().value(0);
    // A backup never replaces a file: the journal, an older backup, anything else.
    if (QFileInfo::exists(target))
        return usage(takenName(target));
    if (sdk::Status s = host.store()->backupTo(target); !s.ok())
        return fail(s.error());
    out() << "Backup written to " << QDir::toNativeSeparators(target) << "\n";
    return Ok;
}

int dbRestore(QCommandLineParser& p, Host& host)
{
    QString backup = p.positionalArguments().value(0);
    if (backup.isEmpty()) {
        const QStringList available = BackupRotation(host.backupDir()).list();
        if (available.isEmpty())
            return fail(sdk::makeError(sdk::ErrorCode::NotFound, QStringLiteral("%1: no automatic backups there; name a backup file")
                                                                     .arg(QDir::toNativeSeparators(host.backupDir()))));
        backup = available.first();
    }
    if (host.journalEncrypted()) { // its backups are encrypted with its key
        if (sdk::Status s = unlockHost(p, host); !s.ok())
            return fail(s.error());
    }
    if (const QString note = BackupRotation(host.backupDir()).binNote(QFileInfo(backup).absoluteFilePath()); !note.isEmpty())
        out() << "Note: " << QDir::toNativeSeparators(backup) << " was " << note << ".\n";
    QString aside;
    if (sdk::Status s = JournalStore::restoreBackup(backup, host.journalPath(), &aside, host.key()); !s.ok())
        return fail(s.error());
    out() << "Restored " << QDir::toNativeSeparators(backup) << " into " << QDir::toNativeSeparators(host.journalPath())
          << ".\nThe journal as it was before is kept at " << QDir::toNativeSeparators(aside) << "\n";
    // Every restore keeps one; Tessera never deletes them (each is a whole journal), so say
    // when earlier ones are there too, and how much room they take.
    const QFileInfo journal(host.journalPath());
    qint64 bytes = 0;
    int earlier = 0;
    for (const QFileInfo& f : journal.dir().entryInfoList({journal.fileName() + QStringLiteral(".before-restore-*")}, QDir::Files)) {
        if (f.absoluteFilePath() == QFileInfo(aside).absoluteFilePath() || f.fileName().endsWith(QLatin1String("-wal"))
            || f.fileName().endsWith(QLatin1String("-shm")))
            continue;
        ++earlier;
        bytes += f.size();
    }
    if (earlier > 0)
        out() << (earlier == 1 ? QStringLiteral("1 journal from an earlier restore is kept there too")
                               : QStringLiteral("%1 journals from earlier restores are kept there too").arg(earlier))
              << " (" << QString::number(double(bytes) / (1024 * 1024), 'f', 1)
              << " MB); delete those you no longer need.\n";
    return Ok;
}

int dbAccept(QCommandLineParser& p, Host& host)
{
    if (host.journalEncrypted()) {
        if (sdk::Status s = unlockHost(p, host); !s.ok())
            return fail(s.error());
    }
    if (sdk::Status s = JournalStore::acceptAsItIs(host.journalPath(), host.key()); !s.ok())
        return fail(s.error());
    out() << QDir::toNativeSeparators(host.journalPath())
          << ": kept as it is; it opens again (changes in the missing write-ahead log are not in it)\n";
    return Ok;
}

// ---- db encrypt, db decrypt, db passphrase (issue 21) ----

QCommandLineOption newPassphraseOption()
{
    return {QStringList{QStringLiteral("new-passphrase-file")},
            QStringLiteral("The new passphrase: the first line of FILE (default: asked twice on the terminal, not shown)."),
            QStringLiteral("FILE")};
}

// The new passphrase: from --new-passphrase-file, else asked twice on the terminal.
// Never from $TESSERA_PASSPHRASE_FILE, which holds the current one.
sdk::Result<QByteArray> newPassphrase(const QCommandLineParser& p, const Host& host)
{
    return obtainPassphrase(p.value(QStringLiteral("new-passphrase-file")),
                            QStringLiteral("New passphrase for %1").arg(QDir::toNativeSeparators(host.journalPath())),
                            /*confirm=*/true, /*useEnvironment=*/false);
}

void reportCopiesLeft(const QStringList& left)
{
    if (left.isEmpty())
        return;
    out() << "\nThese copies could not be read as sound journals, so they were left as they were:\n";
    for (const QString& copy : left)
        out() << "  " << shown(QDir::toNativeSeparators(copy)) << "\n";
}

int dbEncrypt(QCommandLineParser& p, Host& host)
{
    if (host.journalEncrypted())
        return fail(sdk::makeError(ErrorCode::InvalidArgument,
                                   QStringLiteral("%1: the journal is encrypted already; to change its passphrase: tessera-cli "
                                                  "db passphrase").arg(QDir::toNativeSeparators(host.journalPath()))));
    auto passphrase = newPassphrase(p, host);
    if (!passphrase.ok())
        return fail(passphrase.error());
    QStringList left;
    auto created = JournalStore::encryptFile(host.journalPath(), passphrase.value(), host.backupDir(), &left);
    if (!created.ok())
        return fail(created.error());
    // The recovery key goes to the terminal once and nowhere else (never to the log).
    out() << "The journal is encrypted: " << QDir::toNativeSeparators(host.journalPath())
          << "\nIts automatic backups are encrypted too, and the plain file was removed.\n\n"
          << "Your recovery key (shown only this once):\n\n    " << created.value().recoveryKey << "\n\n"
          << "Please write it down, or print it, and keep it somewhere safe, away from this computer. If the passphrase\n"
          << "is ever forgotten, this key opens the journal (tessera-cli --recovery-key-file FILE ...), and\n"
          << "sets a new passphrase (tessera-cli db passphrase --recovery-key-file FILE). Without the passphrase\n"
          << "or this key the journal cannot be opened by anyone, Tessera and your clinic included.\n";
    reportCopiesLeft(left);
    return Ok;
}

int dbDecrypt(QCommandLineParser& p, Host& host)
{
    if (!host.journalEncrypted())
        return fail(sdk::makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the journal is not encrypted")
                                                                   .arg(QDir::toNativeSeparators(host.journalPath()))));
    if (sdk::Status s = unlockHost(p, host); !s.ok())
        return fail(s.error());
    QStringList left;
    if (sdk::Status s = JournalStore::decryptFile(host.journalPath(), host.key(), host.backupDir(), &left); !s.ok())
        return fail(s.error());
    out() << "The journal is no longer encrypted: " << QDir::toNativeSeparators(host.journalPath())
          << "\nIt and its automatic backups are plain files now: anyone who can read them, on this computer or from a\n"
          << "copy, can read every entry. The passphrase and recovery key are no longer needed. To encrypt it\n"
          << "again: tessera-cli db encrypt\n";
    reportCopiesLeft(left);
    return Ok;
}

int dbPassphrase(QCommandLineParser& p, Host& host)
{
    if (!host.journalEncrypted())
        return fail(sdk::makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the journal is not encrypted (to encrypt "
                                                                              "it: tessera-cli db encrypt)")
                                                                   .arg(QDir::toNativeSeparators(host.journalPath()))));
    // Not while the app has the journal open: it would go on with the key it holds,
    // and the next start would ask for a passphrase the client has not seen change.
    JournalLock lock(host.journalPath() + QStringLiteral(".lock"));
    if (sdk::Status s = lock.acquire(); !s.ok())
        return fail(s.error());
    const QString keyFile = JournalKey::pathFor(host.journalPath());
    sdk::Status changed;
    if (p.isSet(QStringLiteral("recovery-key-file"))) {
        auto recovery = readPassphraseFile(p.value(QStringLiteral("recovery-key-file")));
        if (!recovery.ok())
            return fail(recovery.error());
        const QString recoveryKey = QString::fromUtf8(recovery.value());
        // Checked first, so a wrong key is said before a new passphrase is asked for.
        if (auto key = JournalKey::unlockWithRecoveryKey(keyFile, recoveryKey); !key.ok())
            return fail(key.error());
        auto fresh = newPassphrase(p, host);
        if (!fresh.ok())
            return fail(fresh.error());
        changed = JournalKey::resetPassphrase(keyFile, recoveryKey, fresh.value());
    } else {
        auto current = obtainPassphrase(p.value(QStringLiteral("passphrase-file")),
                                        QStringLiteral("Current passphrase for %1").arg(QDir::toNativeSeparators(host.journalPath())));
        if (!current.ok())
            return fail(current.error());
        if (auto key = JournalKey::unlock(keyFile, current.value()); !key.ok())
            return fail(key.error());
        auto fresh = newPassphrase(p, host);
        if (!fresh.ok())
            return fail(fresh.error());
        changed = JournalKey::changePassphrase(keyFile, current.value(), fresh.value());
    }
    if (!changed.ok())
        return fail(changed.error());
    out() << "The passphrase is changed; the old one no longer opens the journal. The recovery key stays the same.\n";
    return Ok;
}

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringList{QStringLiteral("kind")}, QStringLiteral("Only this kind, e.g. journal/checkin (repeatable)."), QStringLiteral("KIND")},
        {QStringList{QStringLiteral("module")}, QStringLiteral("Only this module (repeatable)."), QStringLiteral("ID")},
        {QStringList{QStringLiteral("tag")}, QStringLiteral("Only entries with this tag (repeatable)."), QStringLiteral("TAG")},
        {QStringList{QStringLiteral("from")}, QStringLiteral("From this day (YYYY-MM-DD, included) or time (ISO 8601)."), QStringLiteral("WHEN")},
        {QStringList{QStringLiteral("to")}, QStringLiteral("To this day (YYYY-MM-DD, included), or before this time (ISO 8601)."), QStringLiteral("WHEN")},
        {QStringList{QStringLiteral("mood-min")}, QStringLiteral("Mood at least N."), QStringLiteral("N")},
        {QStringList{QStringLiteral("mood-max")}, QStringLiteral("Mood at most N."), QStringLiteral("N")},
        {QStringList{QStringLiteral("limit")}, QStringLiteral("Page size, 1-1000 (default 100)."), QStringLiteral("N")},
        {QStringList{QStringLiteral("cursor")}, QStringLiteral("Continue after a previous page."), QStringLiteral("CURSOR")},
        {QStringList{QStringLiteral("deleted")}, QStringLiteral("Only deleted entries.")},
        {QStringList{QStringLiteral("include-deleted")}, QStringLiteral("Deleted entries too.")},
    };
}

// ---- reminders (issue 24): what the modules scheduled, read-only ----

struct NextReminder {
    QDateTime at;
    const StoredReminder* reminder;
    bool held = false; ///< moved to the end of quiet hours
};

// "daily", "every 14 days", "weekly on Mon, Wed", "once".
QString repeatInWords(const sdk::Reminder& r)
{
    switch (r.repeat) {
    case sdk::Reminder::Repeat::Once: return QStringLiteral("once");
    case sdk::Reminder::Repeat::Daily: return QStringLiteral("daily");
    case sdk::Reminder::Repeat::EveryNDays:
        return r.interval == 1 ? QStringLiteral("daily") : QStringLiteral("every %1 days").arg(r.interval);
    case sdk::Reminder::Repeat::Weekly: {
        QStringList days;
        for (int d : r.weekdays)
            days << QLocale::c().dayName(d, QLocale::ShortFormat);
        return QStringLiteral("weekly on %1").arg(days.join(QStringLiteral(", ")));
    }
    }
    return reminderRepeatName(r.repeat);
}

int remindersCommand(QCommandLineParser& p, Host& host, bool next)
{
    const QStringList rest = p.positionalArguments();
    if (!next && !rest.isEmpty() && rest.first() != QLatin1String("list"))
        return usage(QStringLiteral("unknown reminders command \"%1\" (known: list, next)").arg(shown(rest.first())));
    int count = 5;
    if (next && p.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = p.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 1000)
            return usage(QStringLiteral("--count must be a whole number from 1 to 1000"));
    }
    auto all = host.store()->reminders();
    if (!all.ok())
        return fail(all.error());
    const bool titles = p.isSet(QStringLiteral("show-titles"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone local = QTimeZone::systemTimeZone();
    // The app's reminder settings (Settings > Reminders, the clinic's
    // defaults): modules turned off never fire, quiet hours hold a reminder
    // until they end. The same rules as the app's ReminderService.
    const ReminderSettings settings(QDir(host.dataDir()).filePath(QStringLiteral("settings.ini")), host.profile());
    const auto firing = [&](const StoredReminder& r, const QDateTime& at) {
        NextReminder n{at, &r};
        if (at.isValid() && settings.isQuiet(at.toTimeZone(local).time())) {
            for (int i = 0; i < 2; ++i) {
                const QDateTime end = wallTimeInstant(at.toTimeZone(local).date().addDays(i), settings.quietTo(), local);
                if (end > at) {
                    n.at = end;
                    n.held = true;
                    break;
                }
            }
        }
        return n;
    };
    QList<NextReminder> rows;
    for (const StoredReminder& r : std::as_const(all.value())) {
        const bool off = !settings.moduleEnabled(r.pluginId);
        if (next) {
            if (off)
                continue;
            QDateTime at = now;
            for (int i = 0; i < count; ++i) {
                at = nextReminderOccurrence(r.reminder, at, local);
                if (!at.isValid())
                    break;
                rows.append(firing(r, at));
            }
        } else {
            rows.append(off ? NextReminder{QDateTime(), &r} : firing(r, nextReminderOccurrence(r.reminder, now, local)));
        }
    }
    if (next) {
        std::stable_sort(rows.begin(), rows.end(), [](const NextReminder& a, const NextReminder& b) { return a.at < b.at; });
        rows = rows.mid(0, count);
    }
    auto when = [&](const NextReminder& n) {
        return n.at.isValid() ? n.at.toTimeZone(reminderZone(n.reminder->reminder, local)).toString(Qt::ISODate) : QString();
    };
    const auto offInSettings = [&](const NextReminder& n) { return !settings.moduleEnabled(n.reminder->pluginId); };
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const NextReminder& n : std::as_const(rows)) {
            const sdk::Reminder& r = n.reminder->reminder;
            QJsonObject o{{QStringLiteral("module"), n.reminder->pluginId},
                          {QStringLiteral("id"), r.id},
                          {QStringLiteral("next"), n.at.isValid() ? QJsonValue(when(n)) : QJsonValue()},
                          {QStringLiteral("repeat"), reminderRepeatName(r.repeat)},
                          {QStringLiteral("repeatInWords"), repeatInWords(r)},
                          {QStringLiteral("start"), r.startDate.toString(Qt::ISODate)},
                          {QStringLiteral("time"), r.time.toString(QStringLiteral("HH:mm"))},
                          // "" means the client's own zone, whatever it is when it fires.
                          {QStringLiteral("timeZone"), r.timeZone},
                          {QStringLiteral("heldByQuietHours"), n.held},
                          {QStringLiteral("offInSettings"), offInSettings(n)},
                          {QStringLiteral("page"), n.reminder->pluginId + QLatin1Char('/') + r.pageId},
                          {QStringLiteral("dueItem"), r.dueItemId}};
            if (r.repeat == sdk::Reminder::Repeat::EveryNDays)
                o.insert(QStringLiteral("interval"), r.interval);
            if (r.repeat == sdk::Reminder::Repeat::Weekly) {
                QJsonArray days;
                for (int d : r.weekdays)
                    days << d;
                o.insert(QStringLiteral("weekdays"), days);
            }
            if (r.endDate.isValid())
                o.insert(QStringLiteral("end"), r.endDate.toString(Qt::ISODate));
            if (titles)
                o.insert(QStringLiteral("title"), r.title);
            arr << o;
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("reminders"), arr}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (rows.isEmpty()) {
        out() << (next ? "No reminder is coming up.\n" : "No module has scheduled a reminder.\n");
        return Ok;
    }
    out() << QStringLiteral("next").leftJustified(25) << "  " << QStringLiteral("repeat").leftJustified(20) << "  module/id"
          << (titles ? ": what it is about" : "") << "\n";
    for (const NextReminder& n : std::as_const(rows)) {
        const sdk::Reminder& r = n.reminder->reminder;
        const QString at = offInSettings(n) ? QStringLiteral("(off in Settings)")
                           : n.at.isValid() ? when(n)
                                            : QStringLiteral("(no more)");
        out() << at.leftJustified(25) << "  " << repeatInWords(r).leftJustified(20) << "  " << n.reminder->pluginId << "/" << r.id;
        if (titles)
            out() << ": " << shown(r.title);
        if (n.held)
            out() << " (held by quiet hours)";
        out() << "\n";
    }
    if (!titles)
        out() << "(Titles are private: add --show-titles to see them.)\n";
    return Ok;
}

// ---- due (SDK 2.1: what the modules have due) ----

// ---- Learn (issue 25) ----
// `tessera-cli learn`: the articles the Learn page lists with this profile
// and these modules, by key (what a clinic's "learn.hide" names). Reads the
// manifests only: no module code runs.
int learnCommand(QCommandLineParser& p, Host& host)
{
    QList<const PluginRecord*> wouldRun; // no module runs here: the manifests of those that would
    for (const auto& r : host.plugins().records()) {
        if (r->state == PluginState::Discovered)
            wouldRun << r.get();
    }
    const ArticleSources sources = articleSourcesFor(wouldRun, host.profile());
    const QList<Article> articles = gatherArticles(sources);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Article& a : articles)
            list << QJsonObject{{QStringLiteral("key"), a.key},           {QStringLiteral("title"), a.spec.title},
                                {QStringLiteral("audience"), audienceName(a.spec.audience)},
                                {QStringLiteral("topic"), a.spec.topic},  {QStringLiteral("minutes"), a.spec.minutes},
                                {QStringLiteral("from"), a.sourceName},   {QStringLiteral("page"), a.pageKey}};
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (articles.isEmpty()) {
        out() << "No articles: the modules here have none, and the profile hides Tessera's own.\n";
        return Ok;
    }
    out() << articles.size() << " articles (key, minutes, title, from)"
          << (sources.hidden.isEmpty() ? QString() : QStringLiteral("; the profile hides %1").arg(sources.hidden.size())) << "\n";
    QString part;
    for (const Article& a : articles) {
        const QString heading = a.spec.audience == ArticleAudience::Family ? QStringLiteral("For family and friends")
                                                                           : QStringLiteral("Topic: %1").arg(a.spec.topic);
        if (heading != part) {
            part = heading;
            out() << "\n" << part << "\n";
        }
        out() << "  " << shown(a.key).leftJustified(44) << " " << QString::number(a.spec.minutes).rightJustified(2) << " min  "
              << shown(a.spec.title) << "  (" << shown(a.sourceName) << ")\n";
    }
    return Ok;
}

int dueCommand(QCommandLineParser& p, Host& host)
{
    QDate day = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        const QString text = p.value(QStringLiteral("date"));
        day = writtenAsDay(text) ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!day.isValid())
            return usage(QStringLiteral("--date must be a date written YYYY-MM-DD, e.g. 2026-03-01"));
    }
    const QList<ModuleDueItem> items = host.plugins().dueItems(day);
    auto moduleName = [&host](const QString& id) {
        const PluginRecord* r = host.plugins().find(id);
        return r && r->manifest ? r->manifest->name : id;
    };
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ModuleDueItem& i : std::as_const(items)) {
            arr << QJsonObject{{QStringLiteral("module"), i.pluginId},
                               {QStringLiteral("moduleName"), moduleName(i.pluginId)},
                               {QStringLiteral("id"), i.item.id},
                               {QStringLiteral("title"), i.item.title},
                               {QStringLiteral("detail"), i.item.detail},
                               {QStringLiteral("dueDate"), i.item.dueDate.toString(Qt::ISODate)},
                               {QStringLiteral("time"), i.item.time.isValid() ? QJsonValue(i.item.time.toString(QStringLiteral("HH:mm")))
                                                                                : QJsonValue()},
                               {QStringLiteral("state"), dueStateName(i.item.state)},
                               {QStringLiteral("page"), i.pluginId + QLatin1Char('/') + i.item.pageId}};
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("items"), arr}})
                     .toJson(QJsonDocument::Indented);
    } else if (items.isEmpty()) {
        out() << "Nothing is due on " << day.toString(Qt::ISODate) << ".\n";
    } else {
        out() << "Due on " << day.toString(Qt::ISODate) << ":\n";
        for (const ModuleDueItem& i : std::as_const(items)) {
            // Said gently on the terminal as in the app ("Ready since"): an item from an
            // earlier day is waiting, not "overdue" (the --json state keeps its name).
            const QString state = i.item.state == sdk::DueItem::State::Overdue ? QStringLiteral("waiting")
                                                                                : dueStateName(i.item.state);
            out() << "  " << state.leftJustified(8) << " "
                  << (i.item.time.isValid() ? i.item.time.toString(QStringLiteral("HH:mm")) : QString()).leftJustified(5) << "  "
                  << shown(moduleName(i.pluginId)) << ": " << shown(i.item.title);
            if (!i.item.detail.isEmpty())
                out() << " (" << shown(i.item.detail) << ")";
            out() << "  [" << i.pluginId << "/" << i.item.pageId << "]\n";
        }
    }
    for (const QString& n : host.notices())
        err() << "note: " << shown(n) << "\n";
    return Ok;
}

// ---- report (issue 23): the PDF report for the client's clinician ----

QList<QCommandLineOption> reportOptions()
{
    return {
        {QStringList{QStringLiteral("from")}, QStringLiteral("First day of the period, YYYY-MM-DD."), QStringLiteral("DATE")},
        {QStringList{QStringLiteral("to")}, QStringLiteral("Last day of the period, YYYY-MM-DD (included)."), QStringLiteral("DATE")},
        {QStringList{QStringLiteral("days")}, QStringLiteral("Instead of --from and --to: the last N days, today included."),
         QStringLiteral("N")},
        {QStringList{QStringLiteral("module")}, QStringLiteral("Only this module's entries (repeatable)."), QStringLiteral("ID")},
        {QStringList{QStringLiteral("kind")}, QStringLiteral("Only this kind, e.g. journal/checkin (repeatable)."), QStringLiteral("KIND")},
        {QStringList{QStringLiteral("include-private")}, QStringLiteral("Include the entries marked private, for this report.")},
        {QStringList{QStringLiteral("paper")}, QStringLiteral("a4 or letter (default: the one used where you live)."),
         QStringLiteral("SIZE")},
        {QStringList{QStringLiteral("output")}, QStringLiteral("The PDF file to write."), QStringLiteral("FILE.pdf")},
    };
}

// A day written YYYY-MM-DD, nothing else.
std::optional<QDate> reportDay(const QString& text)
{
    if (!writtenAsDay(text))
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

int reportCommand(QCommandLineParser& p, Host& host)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(sdk::makeError(ErrorCode::Internal, QStringLiteral("report: this program was started without its drawing support")));
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(QStringLiteral("--output is required: the PDF file to write (e.g. --output report.pdf)"));
    ReportOptions options;
    ShareSelection& selection = options.selection;
    const bool fromTo = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
    if (p.isSet(QStringLiteral("days"))) {
        if (fromTo)
            return usage(QStringLiteral("give either --days or --from and --to, not both"));
        bool ok = false;
        const int days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return usage(QStringLiteral("--days must be a whole number of days from 1 to 3660"));
        selection.to = QDate::currentDate();
        selection.from = selection.to.addDays(1 - days);
    } else {
        if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
            return usage(QStringLiteral("the report needs a period: --from YYYY-MM-DD --to YYYY-MM-DD, or --days N"));
        for (const char* name : {"from", "to"}) {
            const auto day = reportDay(p.value(QLatin1String(name)));
            if (!day) {
                // "2026-13-01" is written the right way; it is the day that does not exist.
                return usage(QStringLiteral("--%1: \"%2\" %3, e.g. 2026-09-01")
                                 .arg(QLatin1String(name), p.value(QLatin1String(name)),
                                      writtenAsDay(p.value(QLatin1String(name))) ? QStringLiteral("is not a day of the calendar (YYYY-MM-DD)")
                                                                                 : QStringLiteral("is not a date written YYYY-MM-DD")));
            }
            (QLatin1String(name) == QLatin1String("from") ? selection.from : selection.to) = *day;
        }
        if (selection.to < selection.from)
            return usage(QStringLiteral("--to (%1) is before --from (%2)")
                             .arg(selection.to.toString(Qt::ISODate), selection.from.toString(Qt::ISODate)));
        // A mistyped year wrote an empty report ("drawn on 0 entries") without a word.
        if (selection.from > QDate::currentDate())
            return usage(QStringLiteral("--from (%1) is after today (%2): nothing can be in that period yet")
                             .arg(selection.from.toString(Qt::ISODate), QDate::currentDate().toString(Qt::ISODate)));
    }
    if (const QString problem = unknownModuleOrKind(p, host); !problem.isEmpty())
        return usage(problem);
    selection.modules = p.values(QStringLiteral("module"));
    selection.kinds = p.values(QStringLiteral("kind"));
    if (QFileInfo::exists(output))
        return usage(QStringLiteral("--output ") + takenName(output));
    selection.includePrivate = p.isSet(QStringLiteral("include-private"));
    if (p.isSet(QStringLiteral("paper"))) {
        const QString paper = p.value(QStringLiteral("paper")).toLower();
        if (paper == QLatin1String("a4"))
            options.paper = QPageSize::A4;
        else if (paper == QLatin1String("letter"))
            options.paper = QPageSize::Letter;
        else
            return usage(QStringLiteral("--paper must be a4 or letter"));
    } else {
        options.paper = paperForLocale(QLocale());
    }
    auto report = ClinicianReport::build(*host.store(), host.plugins(), options);
    if (!report.ok())
        return fail(report.error());
    if (sdk::Status s = report.value()->writePdf(output); !s.ok())
        return fail(s.error());
    const int pages = report.value()->pageCount();
    const qint64 entries = report.value()->entryCount();
    out() << "Wrote the report for " << cliDate(selection.from) << " to " << cliDate(selection.to) << " to "
          << QDir::toNativeSeparators(output) << ": " << pages << (pages == 1 ? " page" : " pages") << ", drawn on " << entries
          << (entries == 1 ? " entry" : " entries") << (selection.includePrivate ? " (private entries included)" : "") << ".\n";
    return Ok;
}

// ---- end of report ----

std::vector<Command> commands()
{
    using J = Command::Journal;
    const QString prefixId = QStringLiteral(" ID may be the first characters of the id (at least 4) when no other id begins so.");
    QList<QCommandLineOption> listOptions = filterOptions();
    listOptions << jsonOption();
    QList<QCommandLineOption> exportOptions = filterOptions();
    // An export writes every entry that matches: no pages (--limit was listed, and ignored).
    exportOptions.removeIf([](const QCommandLineOption& o) {
        return o.names().contains(QStringLiteral("limit")) || o.names().contains(QStringLiteral("cursor"));
    });
    exportOptions << QCommandLineOption(QStringList{QStringLiteral("format")}, QStringLiteral("json, csv or fhir."), QStringLiteral("FORMAT"), QStringLiteral("json"))
                  << QCommandLineOption(QStringList{QStringLiteral("output")},
                                        QStringLiteral("File to write (default: standard output); for csv a new or empty folder."),
                                        QStringLiteral("FILE|FOLDER"))
                  << QCommandLineOption(QStringList{QStringLiteral("include-private")},
                                        QStringLiteral("Include the entries marked private (left out otherwise)."))
                  << QCommandLineOption(QStringList{QStringLiteral("bom")},
                                        QStringLiteral("csv: start each file with a UTF-8 byte-order mark (for Excel)."))
                  << QCommandLineOption(QStringList{QStringLiteral("encrypt")},
                                        QStringLiteral("Encrypt the file with a passphrase (asked twice, or --export-passphrase-file)."))
                  << exportPassphraseOption();
    // FHIR export (issue 23): --patient.
    exportOptions << QCommandLineOption(QStringList{QStringLiteral("patient")},
                                        QStringLiteral("With --format fhir: a pseudonym the clinic knows you by, as the export's only Patient."),
                                        QStringLiteral("PSEUDONYM"));
    std::vector<Command> c;
    c.push_back({QStringLiteral("plugins list"), {}, QStringLiteral("Every module found, its state and why."),
                 QStringLiteral("Every module found (bundled, in the profile's folders, in --plugin-dir), its version and state, and "
                                "the reason when it is not running."),
                 {jsonOption()}, pluginsList, J::InMemory, true});
    c.push_back({QStringLiteral("plugins show"), {QStringLiteral("ID")}, QStringLiteral("One module: its state, what it writes and reads, its limits."),
                 QStringLiteral("One module: its state and why, the kinds it writes (its own), the other modules' kinds it asks to "
                                "read and whether each is allowed and by whom, and its write limits."),
                 {jsonOption()}, pluginsShow, J::InMemory, true});
    c.push_back({QStringLiteral("plugins check"), {QStringLiteral("PATH")}, QStringLiteral("Checks a module folder before enabling it."),
                 QStringLiteral("Checks a module folder without enabling it: its manifest, its library's exports and SDK version, and "
                                "its pages; says how to fix each problem. Reads the files only; no module code runs."),
                 {}, pluginsCheck, J::None, false});
    c.push_back({QStringLiteral("plugins keygen"), {QStringLiteral("FILE")}, QStringLiteral("Makes a key for signing modules."),
                 QStringLiteral("Makes an Ed25519 key for signing modules: the secret key goes into FILE (readable by you only; "
                                "never overwritten), the public key is printed for the clinic profile's moduleTrust.trustedKeys."),
                 {{QStringList{QStringLiteral("name")}, QStringLiteral("Whose key it is, e.g. \"Riverside clinic IT\"."), QStringLiteral("NAME")}},
                 pluginsKeygen, J::None, false});
    c.push_back({QStringLiteral("plugins sign"), {QStringLiteral("PATH")}, QStringLiteral("Signs a module folder with your key (--key)."),
                 QStringLiteral("Signs the module in PATH: writes plugin.sig beside its plugin.json, an Ed25519 signature of its "
                                "library and manifest. Reads the files only; no module code runs."),
                 {{QStringList{QStringLiteral("key")}, QStringLiteral("The secret key file (from plugins keygen)."), QStringLiteral("FILE")}},
                 pluginsSign, J::None, false});
    c.push_back({QStringLiteral("plugins verify"), {QStringLiteral("PATH")}, QStringLiteral("Checks a module's signature (--profile or --public-key)."),
                 QStringLiteral("Checks the signature of the module in PATH against the keys given with --public-key, or those of "
                                "the profile in force (--profile FILE), and says whether that profile lets it run; prints both "
                                "files' SHA-256 for moduleTrust.allowedHashes. Reads the files only; no module code runs."),
                 {{QStringList{QStringLiteral("public-key")}, QStringLiteral("A public key to trust (repeatable)."), QStringLiteral("KEY")}},
                 pluginsVerify, J::None, false});
    c.push_back({QStringLiteral("plugins new"), {QStringLiteral("ID"), QStringLiteral("[DIR]")},
                 QStringLiteral("Starts a new module from the SDK template."),
                 QStringLiteral("Starts a new module from the SDK template in DIR (default: a folder named ID)."),
                 {}, pluginsNew, J::None, false});
    c.push_back({QStringLiteral("plugins enable"), {QStringLiteral("ID")}, QStringLiteral("Turns a module on (your choice; not when the profile is locked)."),
                 {}, {}, [](QCommandLineParser& p, Host& h) { return pluginsChoice(h, p.positionalArguments().value(0), true); }, J::None, false});
    c.push_back({QStringLiteral("plugins disable"), {QStringLiteral("ID")}, QStringLiteral("Turns a module off (your choice; not when the profile is locked)."),
                 {}, {}, [](QCommandLineParser& p, Host& h) { return pluginsChoice(h, p.positionalArguments().value(0), false); }, J::None, false});
    c.push_back({QStringLiteral("plugins grant"), {QStringLiteral("ID"), QStringLiteral("[KIND...]")},
                 QStringLiteral("Lets a module read the other modules' entries it asks for."),
                 QStringLiteral("Lets a module read the other modules' kinds it lists under \"reads\" (all of them, or the KINDs "
                                "given, e.g. journal/checkin). Your answer is kept in the data folder; not when the profile is locked."),
                 {}, [](QCommandLineParser& p, Host& h) { return pluginsAnswerReads(p, h, true); }, J::None, false});
    c.push_back({QStringLiteral("plugins revoke"), {QStringLiteral("ID"), QStringLiteral("[KIND...]")},
                 QStringLiteral("Stops a module reading other modules' entries."),
                 QStringLiteral("Stops a module reading the other modules' kinds it lists under \"reads\" (all of them, or the "
                                "KINDs given); to the module they look empty. Not when the profile is locked."),
                 {}, [](QCommandLineParser& p, Host& h) { return pluginsAnswerReads(p, h, false); }, J::None, false});
    c.push_back({QStringLiteral("plugins reenable"), {QStringLiteral("ID")}, QStringLiteral("Takes a module out of safe mode after a crash while loading."),
                 {}, {}, pluginsReenable, J::None, false});
    c.push_back({QStringLiteral("profile check"), {QStringLiteral("FILE")}, QStringLiteral("Checks a clinic profile."),
                 QStringLiteral("Checks a clinic profile: a mistake is named with its line and field; prints what it sets (modules, "
                                "settings, crisis contacts) and the modules it names that are not installed. Exits 1 on a "
                                "mistake; a warning (a module not installed, a setting it ignores) exits 0, unless --strict."),
                 {{QStringList{QStringLiteral("strict")},
                   QStringLiteral("Warnings count as mistakes: exit 1 when there is any (for deployment scripts).")}},
                 profileCheck, J::None, false});
    c.push_back({QStringLiteral("profile show"), {}, QStringLiteral("The profile in force and where it came from."), {}, {}, profileShow, J::None, false});
    c.push_back({QStringLiteral("entries add"), {}, QStringLiteral("Adds an entry (--kind, --title, --payload, ...)."),
                 QStringLiteral("Adds an entry; prints its id. --kind and --title are required. Its module checks it first (the module "
                                "must be running), then the journal's own checks."),
                 {{QStringList{QStringLiteral("kind")}, QStringLiteral("Full kind, e.g. journal/checkin."), QStringLiteral("KIND")},
                  {QStringList{QStringLiteral("title")}, QStringLiteral("Title."), QStringLiteral("TEXT")},
                  {QStringList{QStringLiteral("summary")}, QStringLiteral("Summary."), QStringLiteral("TEXT")},
                  {QStringList{QStringLiteral("mood")}, QStringLiteral("Mood 0-10."), QStringLiteral("N")},
                  {QStringList{QStringLiteral("tag")}, QStringLiteral("Tag (repeatable)."), QStringLiteral("TAG")},
                  {QStringList{QStringLiteral("at")}, QStringLiteral("When it happened (ISO 8601; default: now)."), QStringLiteral("WHEN")},
                  {QStringList{QStringLiteral("payload")}, QStringLiteral("The module's data as a JSON object."), QStringLiteral("JSON")},
                  {QStringList{QStringLiteral("payload-file")}, QStringLiteral("Read the payload from a file."), QStringLiteral("FILE")},
                  {QStringList{QStringLiteral("schema")}, QStringLiteral("Payload schema version (default: the module's)."), QStringLiteral("N")},
                  jsonOption()},
                 entriesAdd, J::ReadWrite, true});
    c.push_back({QStringLiteral("entries list"), {}, QStringLiteral("Lists entries, newest first (--kind, --module, --from, --to, ...)."),
                 QStringLiteral("Lists entries, newest first, a page at a time: --limit entries, then --cursor for the next page."),
                 listOptions, entriesList, J::ReadOnly, false});
    c.push_back({QStringLiteral("entries search"), {QStringLiteral("TEXT...")}, QStringLiteral("Full-text search, newest first."),
                 QStringLiteral("Finds the entries whose title, summary or payload has every word of TEXT (the last one may be the "
                                "start of a word), newest first; the filters of entries list apply."),
                 listOptions, entriesSearch, J::ReadOnly, false});
    c.push_back({QStringLiteral("entries show"), {QStringLiteral("ID")}, QStringLiteral("One entry (--history for earlier versions, --links)."),
                 QStringLiteral("Shows one entry.") + prefixId,
                 {{QStringList{QStringLiteral("history")}, QStringLiteral("Earlier versions too.")},
                  {QStringList{QStringLiteral("links")}, QStringLiteral("Links from and to it.")},
                  jsonOption()},
                 entriesShow, J::ReadOnly, false});
    c.push_back({QStringLiteral("entries delete"), {QStringLiteral("ID")}, QStringLiteral("Deletes an entry (it can be restored)."),
                 QStringLiteral("Deletes an entry; entries restore brings it back.") + prefixId, {}, entriesDelete, J::ReadWrite, false});
    c.push_back({QStringLiteral("entries restore"), {QStringLiteral("ID")}, QStringLiteral("Restores a deleted entry."),
                 QStringLiteral("Restores a deleted entry.") + prefixId, {}, entriesRestore, J::ReadWrite, false});
    c.push_back({QStringLiteral("entries private"), {QStringLiteral("ID...")},
                 QStringLiteral("Marks entries private (--off: not private)."),
                 QStringLiteral("Marks entries private: they are left out of reports and exports unless you include private "
                                "entries for that one (--include-private). --off takes the mark away. Every ID is looked up "
                                "first; one that is not found is refused and nothing is changed.") + prefixId,
                 {{QStringList{QStringLiteral("off")}, QStringLiteral("Take the private mark away.")}},
                 entriesPrivate, J::ReadWrite, false});
    c.push_back({QStringLiteral("entries mark"), {QStringLiteral("ID...")},
                 QStringLiteral("Marks entries for a module (--for MODULE; --off takes the mark away)."),
                 QStringLiteral("Marks entries for a module that takes marks (its manifest's \"mark\", e.g. \"Bring to my next "
                                "session\"): the module then reads those entries, whatever their kind, and no others. --off "
                                "takes the mark away. Every ID is looked up first; one that is not found is refused and "
                                "nothing is changed.") + prefixId,
                 {{QStringList{QStringLiteral("for")}, QStringLiteral("The module the entries are marked for."), QStringLiteral("MODULE")},
                  {QStringList{QStringLiteral("off")}, QStringLiteral("Take the mark away.")}},
                 entriesMark, J::ReadWrite, false});
    c.push_back({QStringLiteral("entries bin"), {}, QStringLiteral("Lists the deleted entries (the bin)."),
                 QStringLiteral("Lists the deleted entries, most recently deleted first: when each was deleted, its kind, title "
                                "and id. entries restore brings one back; entries purge deletes them forever."),
                 {jsonOption()}, entriesBin, J::ReadOnly, false});
    c.push_back({QStringLiteral("entries purge"), {QStringLiteral("[ID...]")},
                 QStringLiteral("Deletes entries in the bin forever (IDs, or --deleted-before DAYS)."),
                 QStringLiteral("Deletes forever the entries in the bin given by ID, or all those deleted more than DAYS days ago "
                                "(--deleted-before 0: the whole bin). Their text, earlier versions and links are removed and the "
                                "journal file is rewritten, so the text is not left in it. Only deleted entries: any other ID "
                                "is refused and nothing is deleted. Asks nothing; this cannot be undone. Backups made before "
                                "still hold the entries until new ones replace them, and the copies made before an upgrade "
                                "of the journal's format until removed (--also-old-backups removes both now).")
                     + prefixId,
                 {{QStringList{QStringLiteral("deleted-before")}, QStringLiteral("Entries deleted more than DAYS days ago."),
                   QStringLiteral("DAYS")},
                  {QStringList{QStringLiteral("also-old-backups")},
                   QStringLiteral("Also remove the automatic backups made before (a new one is made) and the copies made "
                                  "before an upgrade of the journal's format; their disk space is not overwritten.")}},
                 entriesPurge, J::ReadWrite, false});
    c.push_back({QStringLiteral("demo"), {}, QStringLiteral("Fills an empty journal with sample entries (--days, default 120)."),
                 QStringLiteral("Adds the sample entries of the app's --demo (every module's, over --days days up to today) to an "
                                "empty journal: for trying Tessera, clinic sync and screenshots. Refused when the journal has entries."),
                 {{QStringList{QStringLiteral("days")}, QStringLiteral("How many days back (1-730)."), QStringLiteral("DAYS")}},
                 demoCommand, J::ReadWrite, true});
    // sharing with a clinic (issue 31)
    c.push_back({QStringLiteral("sync pair"), {}, QStringLiteral("Pairs this journal with a clinic (--server URL --code CODE)."),
                 QStringLiteral("Pairs this journal with a clinic, using the single-use code the clinic gave you (valid 15 "
                                "minutes). A key for this device is made and kept in the journal. Nothing is shared until you "
                                "choose (sync share, sync pick)."),
                 {{QStringList{QStringLiteral("server")}, QStringLiteral("The clinic's address (https://...)."), QStringLiteral("URL")},
                  {QStringList{QStringLiteral("code")}, QStringLiteral("The pairing code from the clinic."), QStringLiteral("CODE")},
                  {QStringList{QStringLiteral("device-label")}, QStringLiteral("A name for this device, shown to the clinic."),
                   QStringLiteral("LABEL")}},
                 syncPair, J::ReadWrite, false});
    c.push_back({QStringLiteral("sync share"), {}, QStringLiteral("Shares a module's entries from a day on (--module, --kind, --from)."),
                 QStringLiteral("Shares a module's entries (of one --kind, or all) that happened from --from (a day, or now: the "
                                "default) on, until you stop it: those already in the journal are queued now, new ones when they "
                                "are saved. Entries marked private stay here unless you pick them."),
                 {{QStringList{QStringLiteral("module")}, QStringLiteral("The module."), QStringLiteral("MODULE")},
                  {QStringList{QStringLiteral("kind")}, QStringLiteral("One kind of its entries."), QStringLiteral("KIND")},
                  {QStringList{QStringLiteral("from")}, QStringLiteral("A day (2026-11-01) or now."), QStringLiteral("DAY")}},
                 syncShare, J::ReadWrite, false});
    c.push_back({QStringLiteral("sync stop"), {QStringLiteral("GRANT")}, QStringLiteral("Stops a grant (--withdraw: and what it sent)."),
                 QStringLiteral("Stops a standing grant: nothing more goes under it, and what waited is dropped. What was sent "
                                "stays with the clinic, unless --withdraw: then it is withdrawn (clinicians stop seeing it)."),
                 {{QStringList{QStringLiteral("withdraw")}, QStringLiteral("Also withdraw what was sent under it.")}},
                 syncStop, J::ReadWrite, false});
    c.push_back({QStringLiteral("sync pick"), {QStringLiteral("ID...")}, QStringLiteral("Shares single entries (private ones too)."),
                 QStringLiteral("Shares the entries given, one by one; a private entry goes when you pick it.") + prefixId, {},
                 syncPickCommand, J::ReadWrite, false});
    c.push_back({QStringLiteral("sync unpick"), {QStringLiteral("ID...")}, QStringLiteral("Stops sharing single entries (withdraws them)."),
                 QStringLiteral("Stops sharing the entries given: unless a grant covers them, what waited is dropped and what was "
                                "sent is withdrawn.") + prefixId, {},
                 syncUnpickCommand, J::ReadWrite, false});
    c.push_back({QStringLiteral("sync status"), {}, QStringLiteral("What is shared, waiting, and could not be sent."),
                 QStringLiteral("The clinic, how many entries are shared, waiting, and could not be sent (and why), and the standing grants."),
                 {jsonOption()}, syncStatus, J::ReadOnly, false});
    c.push_back({QStringLiteral("sync push"), {}, QStringLiteral("Sends what is waiting to the clinic."),
                 QStringLiteral("Sends what waits in the outbox, batch after batch, until none is left or a try fails (then what "
                                "is left goes on the next push; the clinic stores each entry once, however often it is sent). "
                                "Exit code 2 when it stopped early."),
                 {{QStringList{QStringLiteral("batch")}, QStringLiteral("Entries per request (1-500, default 100)."), QStringLiteral("N")},
                  {QStringList{QStringLiteral("timeout")}, QStringLiteral("Seconds a request may take (default 30)."), QStringLiteral("S")}},
                 syncPush, J::ReadWrite, true});
    c.push_back({QStringLiteral("sync unpair"), {}, QStringLiteral("Stops sharing with the clinic altogether."),
                 QStringLiteral("Sends what waits (above all withdrawals), tells the clinic to forget this device and forgets the "
                                "clinic here: grants, picks and what was waiting. What was already sent stays in the clinic's records "
                                "of your care. Refused while withdrawals cannot reach the clinic, unless --anyway."),
                 {{QStringList{QStringLiteral("anyway")}, QStringLiteral("Stop even if withdrawals have not reached the clinic.")}},
                 syncUnpair, J::ReadWrite, true});
    c.push_back({QStringLiteral("export"), {}, QStringLiteral("Writes entries as JSON, CSV or FHIR (--format, --output)."),
                 QStringLiteral("Writes the entries that match the filters, oldest first, as JSON (which import reads back), as "
                                "CSV (a folder with one file per kind, the module's fields in named columns, and index.csv) "
                                "or as FHIR R4. Entries marked private are left out unless --include-private."),
                 exportOptions, exportCommand, J::ReadOnly, false});
    c.push_back({QStringLiteral("import"), {QStringLiteral("FILE")}, QStringLiteral("Adds the entries of a JSON export, all or nothing."),
                 QStringLiteral("Adds the entries of a JSON export, all or nothing: each is checked by its module first. An entry whose "
                                "id is already in the journal is skipped and reported: identical, or with different content (the "
                                "journal's version is kept)."),
                 {jsonOption(), exportPassphraseOption()}, importCommand, J::ReadWrite, true});
    // reminders (issue 24)
    const QCommandLineOption showTitles(QStringList{QStringLiteral("show-titles")},
                                        QStringLiteral("Show what each reminder is about (private: off by default)."));
    c.push_back({QStringLiteral("reminders next"), {}, QStringLiteral("The next times reminders will fire (--count N, default 5)."),
                 QStringLiteral("Lists the next times the modules' reminders fire, soonest first, across every module, in each "
                                "reminder's zone (the local one unless the module fixed one), as the app fires them: modules turned off "
                                "in Settings are left out, and quiet hours hold a reminder until they end. Read-only: reads the "
                                "journal only."),
                 {{QStringList{QStringLiteral("count")}, QStringLiteral("How many, 1-1000 (default 5)."), QStringLiteral("N")},
                  showTitles, jsonOption()},
                 [](QCommandLineParser& p, Host& host) { return remindersCommand(p, host, true); }, J::ReadOnly, false});
    c.push_back({QStringLiteral("reminders"), {QStringLiteral("[list]")},
                 QStringLiteral("Every module's reminders: next time, repeat, module/id."),
                 QStringLiteral("Lists every reminder the modules scheduled: when it fires next (after quiet hours; \"off in "
                                "Settings\" for a module whose reminders are turned off), how it repeats, the module and its "
                                "id. What a reminder is about is private and shown only with --show-titles. Read-only: "
                                "reads the journal only, so it works while Tessera is open."),
                 {showTitles, jsonOption()},
                 [](QCommandLineParser& p, Host& host) { return remindersCommand(p, host, false); }, J::ReadOnly, false});
    c.push_back({QStringLiteral("learn"), {}, QStringLiteral("The articles on the Learn page, by key."),
                 QStringLiteral("Lists the articles the Learn page shows with this profile and these modules: Tessera's own, "
                                "each module's and the clinic profile's, less the ones the profile hides, by topic, each with "
                                "the key a profile's \"learn.hide\" names. Reads the manifests only; no module runs."),
                 {jsonOption()}, learnCommand, J::None, false});
    c.push_back({QStringLiteral("due"), {}, QStringLiteral("What the modules have due today (or on --date)."),
                 QStringLiteral("Lists what the running modules have due on a day (today, or --date): items due that day, "
                                "items still waiting from an earlier day (shown first, as \"waiting\"; \"overdue\" in --json), "
                                "and those done or skipped that day, each with its module and the page that handles it. "
                                "Starts the modules on the journal, read-only, so it works while Tessera is open. Modules "
                                "built before SDK 2.1 have nothing due."),
                 {{QStringList{QStringLiteral("date")}, QStringLiteral("The day to ask about, YYYY-MM-DD (default: today)."),
                   QStringLiteral("DATE")},
                  jsonOption()},
                 dueCommand, J::ReadOnly, true});
    // report (issue 23)
    c.push_back({QStringLiteral("report"), {}, QStringLiteral("Writes a PDF report for your clinician (--from, --to, --output)."),
                 QStringLiteral("Writes a PDF report of a period for your clinician: a first page of headline figures (mood over "
                                "the period, each module's figures, when the safety plan was last reviewed, how often support "
                                "was offered), then a section for each module. Every module's entries of the period go in, or "
                                "only those of the modules and kinds you name (--module, --kind); entries marked private "
                                "are left out unless --include-private. Starts the modules on "
                                "the journal, read-only. The file is private to you (0600)."),
                 reportOptions(), reportCommand, J::ReadOnly, true});
    c.push_back({QStringLiteral("db check"), {}, QStringLiteral("Checks the journal file for damage."), {}, {}, dbCheck, J::ReadOnly, false});
    c.push_back({QStringLiteral("db info"), {}, QStringLiteral("Journal path, format version and counts."), {}, {jsonOption()}, dbInfo, J::ReadOnly, false});
    c.push_back({QStringLiteral("db backup"), {QStringLiteral("FILE")}, QStringLiteral("Writes a consistent copy of the journal."), {}, {}, dbBackup, J::ReadOnly, false});
    c.push_back({QStringLiteral("db restore"), {QStringLiteral("[FILE]")}, QStringLiteral("Replaces the journal with a backup (by default the latest)."),
                 QStringLiteral("Replaces the journal with a backup, by default the latest automatic one. The current file is kept "
                                "aside, even if it is damaged."),
                 {}, dbRestore, J::None, false});
    c.push_back({QStringLiteral("db accept"), {}, QStringLiteral("Keeps a journal whose write-ahead log went missing as it is."), {}, {}, dbAccept, J::None, false});
    c.push_back({QStringLiteral("db encrypt"), {}, QStringLiteral("Encrypts the journal and its backups with a new passphrase."),
                 QStringLiteral("Encrypts the journal with a new passphrase (asked twice, or --new-passphrase-file): an encrypted "
                                "copy is written beside it, checked, and swapped in; the automatic backups are encrypted the "
                                "same way, and the plain files are removed. A recovery key is shown once: write it down. A "
                                "kill at any moment loses nothing. Not while Tessera has the journal open."),
                 {newPassphraseOption()}, dbEncrypt, J::None, false});
    c.push_back({QStringLiteral("db decrypt"), {}, QStringLiteral("Turns an encrypted journal and its backups back into plain files."),
                 QStringLiteral("Turns an encrypted journal back into a plain file, after unlocking it (--passphrase-file, "
                                "--recovery-key-file, or asked). Its automatic backups become plain too. Anyone who can read "
                                "the files can then read every entry. Not while Tessera has the journal open."),
                 {}, dbDecrypt, J::None, false});
    c.push_back({QStringLiteral("db passphrase"), {}, QStringLiteral("Changes an encrypted journal's passphrase."),
                 QStringLiteral("Changes an encrypted journal's passphrase: the current one (--passphrase-file, or asked), or "
                                "its recovery key (--recovery-key-file) when the passphrase is forgotten; then the new one "
                                "(--new-passphrase-file, or asked twice). Only the key file changes; the recovery key stays "
                                "the same. Not while Tessera has the journal open."),
                 {newPassphraseOption()}, dbPassphrase, J::None, false});
    return c;
}

// ---- help, printed from the table ----

// `text` in lines of at most `width` characters, broken between words.
QStringList wrapped(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

constexpr int kHelpWidth = 100;

// "  left      text", the text wrapped in its column; a left part too wide for
// the column puts the text on the next line.
void printRow(const QString& left, const QString& text, int column)
{
    QString row = QStringLiteral("  ") + left;
    if (row.size() + 1 > column) {
        out() << row << "\n";
        row.clear();
    }
    const QStringList lines = wrapped(text, kHelpWidth - column);
    for (qsizetype i = 0; i < lines.size(); ++i)
        out() << (i == 0 ? row.leftJustified(column) : QString(column, QLatin1Char(' '))) << lines[i] << "\n";
    if (lines.isEmpty())
        out() << row << "\n";
}

void printParagraph(const QString& text)
{
    for (const QString& line : wrapped(text, kHelpWidth))
        out() << line << "\n";
}

QString commandLine(const Command& c)
{
    return c.arguments.isEmpty() ? c.name : c.name + QLatin1Char(' ') + c.arguments.join(QLatin1Char(' '));
}

void printOptions(const QList<QCommandLineOption>& options)
{
    for (const QCommandLineOption& o : options) {
        QStringList names;
        for (const QString& n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString flags = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            flags += QLatin1Char(' ') + o.valueName();
        QString text = o.description();
        if (!o.defaultValues().isEmpty())
            text += QStringLiteral(" Default: %1.").arg(o.defaultValues().join(QStringLiteral(", ")));
        printRow(flags, text, 26);
    }
}

void printCommands(const std::vector<Command>& all, const QString& group)
{
    for (const Command& c : all) {
        if (group.isEmpty() || c.name.section(QLatin1Char(' '), 0, 0) == group)
            printRow(commandLine(c), c.summary, 31);
    }
}

void printOverview(const std::vector<Command>& all)
{
    out() << "Usage: tessera-cli [global options] <command> [options]\n\nCommands:\n";
    printCommands(all, {});
    out() << "\nGlobal options:\n";
    printOptions(globalOptions());
    printRow(QStringLiteral("-v, --version"), QStringLiteral("Versions of Tessera and its SDK."), 26);
    QStringList json;
    for (const Command& c : all) {
        if (std::any_of(c.options.cbegin(), c.options.cend(), [](const QCommandLineOption& o) { return o.names().contains(QStringLiteral("json")); }))
            json << c.name;
    }
    out() << "\n";
    printParagraph(QStringLiteral("--json prints JSON instead of text: %1.").arg(json.join(QStringLiteral(", "))));
    out() << "\nHelp on a command or group: tessera-cli <command> --help, or tessera-cli help <command>.\n"
          << "Exit codes: 0 ok, 1 user error, 2 data error (journal unreadable, damaged, disk full).\n";
}

void printGroupHelp(const std::vector<Command>& all, const Group& group)
{
    out() << "Usage: tessera-cli " << group.name << " <command> [options]\n\n";
    printParagraph(group.summary);
    out() << "\nCommands:\n";
    printCommands(all, group.name);
    out() << "\nHelp on one: tessera-cli " << group.name << " <command> --help\n";
}

void printCommandHelp(const Command& c)
{
    out() << "Usage: tessera-cli " << c.name << " [options]";
    for (const QString& argument : c.arguments)
        out() << " " << argument;
    out() << "\n\n";
    printParagraph(c.description.isEmpty() ? c.summary : c.description);
    if (!c.options.isEmpty()) {
        out() << "\nOptions:\n";
        printOptions(c.options);
    }
    out() << "\nGlobal options:\n";
    printOptions(globalOptions());
}

// Whether `arg` is an option whose value is the next argument ("--kind" of
// "--kind journal/checkin"), so that next argument is not a command word.
bool takesNextArgument(const QString& arg, const std::vector<Command>& all)
{
    if (!arg.startsWith(QLatin1Char('-')) || arg.contains(QLatin1Char('=')))
        return false;
    const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
    QList<QCommandLineOption> options = globalOptions();
    for (const Command& c : all)
        options += c.options;
    return std::any_of(options.cbegin(), options.cend(), [&name](const QCommandLineOption& o) {
        return !o.valueName().isEmpty() && o.names().contains(name);
    });
}

// The words of `args` that are neither options nor their values, with their indexes.
QList<std::pair<qsizetype, QString>> words(const QStringList& args, const std::vector<Command>& all)
{
    QList<std::pair<qsizetype, QString>> found;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1Char('-')))
            continue;
        if (i > 0 && takesNextArgument(args[i - 1], all))
            continue;
        found.append({i, args[i]});
    }
    return found;
}

// How to name argument `index` of argv in a message: the option it is the
// value of ("--title"), or its position.
QString argumentName(const QStringList& arguments, qsizetype index)
{
    const QString arg = arguments.value(index);
    if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('=')))
        return arg.section(QLatin1Char('='), 0, 0);
    const QString previous = index > 1 ? arguments.value(index - 1) : QString();
    if (previous.startsWith(QLatin1Char('-')) && !previous.contains(QLatin1Char('='))) {
        const QString name = previous.mid(previous.startsWith(QLatin1String("--")) ? 2 : 1);
        QList<QCommandLineOption> options = globalOptions();
        for (const Command& c : commands())
            options += c.options;
        for (const QCommandLineOption& o : options) {
            if (!o.valueName().isEmpty() && o.names().contains(name))
                return QStringLiteral("--") + name;
        }
    }
    return QStringLiteral("argument %1").arg(index);
}

} // namespace

// report (issue 23): its fonts and drawing need a QGuiApplication.
bool needsGuiApplication(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    const auto given = words(args, commands());
    return !given.isEmpty() && given.first().second == QLatin1String("report");
}

int run(const QStringList& arguments, const QList<qsizetype>& notUtf8)
{
    // Qt has already turned such bytes into U+FFFD; storing that would
    // change what the person typed without a word.
    if (!notUtf8.isEmpty())
        return usage(QStringLiteral("%1: is not valid UTF-8").arg(argumentName(arguments, notUtf8.first())));
    const std::vector<Command> all = commands();
    QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printOverview(all);
        return UserError;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out() << "tessera-cli " << hostVersion().toString() << " (SDK " << sdkVersion().toString() << ")\n";
        return Ok;
    }
    // "help entries add" and "--help entries add" are "entries add --help".
    if (args.first() == QLatin1String("help") || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        args.removeFirst();
        if (words(args, all).isEmpty()) {
            printOverview(all);
            return Ok;
        }
        args << QStringLiteral("--help");
    }
    // The same after global options ("--data-dir D help profile"): "help" as the first word.
    if (const auto first = words(args, all); !first.isEmpty() && first.first().second == QLatin1String("help")) {
        args.removeAt(first.first().first);
        args << QStringLiteral("--help");
    }
    const bool helpAsked = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));

    // The command is its words standing together ("entries add"), first among
    // the words that are not options or their values; global options may come
    // before or after it.
    const auto given = words(args, all);
    if (given.isEmpty()) {
        // Only options: --help, --version or nothing to do, wherever they stand
        // ("--data-dir D --help" said: unknown command "").
        if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
            out() << "tessera-cli " << hostVersion().toString() << " (SDK " << sdkVersion().toString() << ")\n";
            return Ok;
        }
        printOverview(all);
        return helpAsked ? Ok : UserError;
    }
    const Command* command = nullptr;
    qsizetype at = -1;
    if (!given.isEmpty()) {
        for (const Command& c : all) {
            const QStringList name = c.name.split(QLatin1Char(' '));
            const qsizetype first = given.first().first;
            if (args.mid(first, name.size()) == name) {
                command = &c;
                at = first;
                break;
            }
        }
    }
    if (!command) {
        QStringList typed;
        for (const auto& [index, word] : given)
            typed << word;
        const auto group = std::find_if(groups().cbegin(), groups().cend(),
                                        [&typed](const Group& g) { return !typed.isEmpty() && typed.first() == g.name; });
        if (group != groups().cend() && typed.size() == 1) {
            // A group on its own: its commands (asked for, or a reminder).
            printGroupHelp(all, *group);
            return helpAsked ? Ok : UserError;
        }
        return usage(QStringLiteral("unknown command \"%1\"").arg(typed.mid(0, 2).join(QLatin1Char(' '))));
    }
    const QStringList nameWords = command->name.split(QLatin1Char(' '));
    QStringList rest = QStringList{arguments.value(0)} + args;
    rest.remove(at + 1, nameWords.size());

    QCommandLineParser inner;
    inner.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    inner.addOptions(globalOptions());
    inner.addOptions(command->options);
    for (const QString& argument : command->arguments)
        inner.addPositionalArgument(argument, QString());
    if (!inner.parse(rest))
        return usage(inner.errorText());
    if (inner.isSet(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return Ok;
    }
    const auto required = std::count_if(command->arguments.cbegin(), command->arguments.cend(),
                                        [](const QString& argument) { return !argument.startsWith(QLatin1Char('[')); });
    if (inner.positionalArguments().size() < required)
        return usage(QStringLiteral("\"%1\" needs %2").arg(command->name, command->arguments.join(QLatin1Char(' '))));
    // More than it takes: refused, not dropped without a word (a script's
    // "profile check *.json" checked the first file only, and said ok).
    const bool takesMore = std::any_of(command->arguments.cbegin(), command->arguments.cend(),
                                       [](const QString& argument) { return argument.contains(QLatin1String("...")); });
    if (!takesMore && inner.positionalArguments().size() > command->arguments.size()) {
        const QString extra = inner.positionalArguments().value(command->arguments.size());
        return usage(command->arguments.isEmpty()
                         ? QStringLiteral("\"%1\" takes no argument, so \"%2\" is not used; nothing was done").arg(command->name, extra)
                         : QStringLiteral("\"%1\" takes %2, so \"%3\" is one too many; nothing was done (one at a time)")
                               .arg(command->name, command->arguments.join(QLatin1Char(' ')), extra));
    }

    HostOptions options;
    options.dataDir = inner.value(QStringLiteral("data-dir"));
    options.journalPath = inner.value(QStringLiteral("journal"));
    options.profilePath = inner.value(QStringLiteral("profile"));
    options.pluginDirs = inner.values(QStringLiteral("plugin-dir"));
    options.bundledPlugins = !inner.isSet(QStringLiteral("no-bundled"));
    options.logLevel = inner.value(QStringLiteral("log-level"));
    options.consoleFloor = spdlog::level::warn;
    // A module that stops responding: no one is there to wait, so say so and
    // stop (on the watchdog's thread; the command's own thread is stuck in
    // the module). The next start skips the module (SafeMode::recover()).
    options.onModuleHang = [](const HookWatchdog::Hang& h) {
        const QByteArray text = QStringLiteral(
            "tessera-cli: the module \"%1\" stopped responding in %2 (no answer within %3), so this command was "
            "stopped. The module is skipped (safe mode) from now on until you re-enable it: tessera-cli plugins "
            "reenable %1\n").arg(h.moduleId, h.hook, limitInWords(h.limitMs)).toUtf8();
        flushLogs();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
        ::_exit(DataError);
    };
    if (command->journal == Command::InMemory)
        options.journalPath = QStringLiteral(":memory:");
    options.readOnly = command->journal == Command::ReadOnly;
    // A reading command on a data folder that is not there (a mistyped
    // --data-dir): said before anything is made, where it left the folder
    // with a logs/ folder in it.
    if (options.readOnly && options.journalPath.isEmpty()) {
        const QString folder = !options.dataDir.isEmpty() ? options.dataDir : qEnvironmentVariable("TESSERA_DATA_DIR");
        if (!folder.isEmpty() && !QFileInfo::exists(folder))
            return fail(sdk::makeError(ErrorCode::NotFound,
                                       QStringLiteral("%1: no such folder, so there is no journal to read (nothing was made there)")
                                           .arg(QDir::toNativeSeparators(folder))));
    }

    Host host(options);
    host.prepare();
    if (command->journal != Command::None && command->journal != Command::InMemory && host.journalEncrypted()) {
        if (sdk::Status s = unlockHost(inner, host); !s.ok())
            return fail(s.error());
    }
    if (command->journal != Command::None) {
        if (sdk::Status s = host.openJournal(); !s.ok()) {
            const int code = fail(s.error());
            // Damage: the way out, not only the finding (a helper met a dead end).
            if (s.error().message.contains(QLatin1String("is damaged")) || s.error().message.contains(QLatin1String("not a Tessera journal"))) {
                const QStringList backups = BackupRotation(host.backupDir()).list();
                if (!backups.isEmpty())
                    err() << "tessera-cli db restore puts back the latest automatic backup (" << QFileInfo(backups.first()).fileName()
                          << "); the damaged journal is kept beside it. Or name a backup of your own: tessera-cli db restore FILE"
                          << Qt::endl;
                else
                    err() << "There is no automatic backup in " << QDir::toNativeSeparators(host.backupDir())
                          << " (the app makes one a day). With a backup of your own: tessera-cli db restore FILE" << Qt::endl;
            }
            return code;
        }
        // FHIR export (issue 23): the modules map their own entries (sdk::FhirSource), so they run for it.
        const bool fhirExport = command->name == QLatin1String("export")
            && inner.value(QStringLiteral("format")).toLower() == QLatin1String("fhir");
        // The report is the client's document: in the language the app shows (chosen in
        // Settings, else the system's), as the app writes it; set before the modules
        // start, since some build their text (course weeks, areas) once. Before,
        // tessera-cli wrote the words in English and the dates in the system's language.
        if (command->name == QLatin1String("report"))
            Languages::use(Languages::savedChoice(host.dataDir()));
        if (command->plugins || fhirExport)
            host.startPlugins();
    }
    return command->run(inner, host);
}

} // namespace tessera::cli
