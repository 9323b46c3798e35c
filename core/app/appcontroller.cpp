#include "appcontroller.h"

#include "host/startupmarks.h"
#include "host/languages.h"
#include "navigationmodel.h"
#include "safetycontroller.h"

#include "host/host.h"
#include "host/logging.h"
#include "interchange/csvexport.h"
#include "interchange/exporter.h"
#include "store/backups.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QFont>
#include <QGuiApplication>
#include <QProcess>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSaveFile>
#include <QStandardPaths>

#include "host/qstringformatter.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <sqlite3.h>

namespace tessera::core {

namespace {
} // namespace

AppController::AppController(Host& host, QString journalError, bool journalInUse, QObject* parent)
    : QObject(parent), m_host(host), m_journalError(std::move(journalError)), m_journalInUse(journalInUse),
      m_settings(std::make_unique<QSettings>(QDir(host.dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
{
    m_notices = host.notices();
    // Said from the first run until the client dismisses it: what Tessera is and is
    // not (Settings says it again). It was marked told when first shown, so a client
    // who closed the window at once never read it (a fresh-eyes trial, 2026-12-06).
    if (!host.options().demo && !m_settings->value(QStringLiteral("privacyToldOn")).isValid()) {
        m_privacyNotice = SafetyController::privacyStatement();
        m_notices.prepend(m_privacyNotice);
    }
    if (JournalStore* store = host.store()) {
        connect(store, &JournalStore::damaged, this, [this](const QString& message) {
            logger("store")->error("{}", message);
            // What SQLite found, without the store's own advice (which names
            // tessera-cli): the notice says what to do in the app.
            static const QRegularExpression found(QStringLiteral("SQLite found: (.*)\\);"));
            const QRegularExpressionMatch m = found.match(message);
            m_notices << QCoreApplication::translate("App", "Your journal is damaged, so nothing more is saved to it; everything "
                                                            "in it stays as it is. Restore the latest backup in Settings. (SQLite "
                                                            "found: %1)")
                             .arg(m.hasMatch() ? m.captured(1) : message);
            emit noticesChanged();
        });
    }
    m_logLevel = host.options().logLevel.isEmpty() ? qEnvironmentVariable("TESSERA_LOG_LEVEL", QStringLiteral("info"))
                                                   : host.options().logLevel;
    for (const PluginRecord* r : host.plugins().running()) {
        QVariantList kinds;
        for (const KindSpec& k : r->manifest->kinds)
            kinds << QVariantMap{{QStringLiteral("kind"), k.fullName}, {QStringLiteral("title"), Languages::manifestText(r->id, k.title)}};
        QVariantList pages;
        for (const PageSpec& p : r->manifest->pages)
            pages << QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), Languages::manifestText(r->id, p.title)},
                                 {QStringLiteral("icon"), p.icon}, {QStringLiteral("url"), p.url}};
        m_modules << QVariantMap{{QStringLiteral("id"), r->id},
                                 {QStringLiteral("name"), Languages::manifestText(r->id, r->manifest->name)},
                                 {QStringLiteral("color"), r->manifest->color.isEmpty() ? QStringLiteral("#6b7f99") : r->manifest->color},
                                 {QStringLiteral("icon"), r->manifest->icon},
                                 {QStringLiteral("description"), Languages::manifestText(r->id, r->manifest->description)},
                                 {QStringLiteral("kinds"), kinds},
                                 {QStringLiteral("pages"), pages}};
    }
}

AppController::~AppController() = default;

bool AppController::journalOpen() const { return m_host.store() != nullptr; }
QString AppController::journalPath() const { return QDir::toNativeSeparators(m_host.journalPath()); }
QString AppController::dataDir() const { return QDir::toNativeSeparators(m_host.dataDir()); }
bool AppController::demo() const { return m_host.options().demo; }
QString AppController::profileName() const { return m_host.profile().name; }
QString AppController::profileSource() const { return profileSourceName(m_host.profile().source); }
bool AppController::profileLocked() const { return m_host.profile().locked; }
QString AppController::profileSetBy() const { return m_host.profile().setBy; }

QString AppController::profileSummary() const
{
    const Profile& p = m_host.profile();
    // Modules turned on or off by the client, with no clinic profile, said "Default (every bundled module) (from ); ...".
    if (p.source == ProfileSource::BuiltIn || (p.source == ProfileSource::User && p.path.isEmpty()))
        return QCoreApplication::translate("App", "No clinic profile: every module that came with Tessera, which you can turn on or off");
    if (p.locked)
        return QCoreApplication::translate("App", "%1, set by %2; the modules are chosen for you").arg(p.name, p.setBy.isEmpty() ? QCoreApplication::translate("App", "your clinic") : p.setBy);
    return QCoreApplication::translate("App", "%1 (from %2); you can turn modules on or off").arg(p.name, QDir::toNativeSeparators(p.path));
}
QString AppController::hostVersion() const { return core::hostVersion().toString(); }
QString AppController::sdkVersion() const { return core::sdkVersion().toString(); }
QString AppController::qtVersion() const { return QString::fromLatin1(qVersion()); }
QString AppController::sqliteVersion() const { return QString::fromLatin1(sqlite3_libversion()); }
QString AppController::logFile() const { return QDir::toNativeSeparators(logFilePath()); }

void AppController::setLogLevel(const QString& level)
{
    auto parsed = parseLogLevel(level);
    if (!parsed || level == m_logLevel)
        return;
    m_logLevel = level;
    core::setLogLevel(*parsed);
    logger("host")->info("log level set to {}", level);
    emit logLevelChanged();
}

bool AppController::darkMode() const
{
    return m_darkOverride ? *m_darkOverride : m_settings->value(QStringLiteral("darkMode"), false).toBool();
}

void AppController::setDarkMode(bool dark)
{
    const bool shown = darkMode();
    if (!m_darkOverride && dark == shown)
        return;
    m_darkOverride.reset();
    m_settings->setValue(QStringLiteral("darkMode"), dark);
    if (dark != shown)
        emit darkModeChanged();
}

// --- Language and text size (issue 29) ---

QString AppController::language() const
{
    return m_languageOverride ? *m_languageOverride : m_settings->value(QStringLiteral("language"), QString()).toString();
}

void AppController::setLanguage(const QString& code)
{
    if (!m_languageOverride && code == language())
        return; // (with --language, a choice in Settings is saved even when it is this run's)
    bool known = code.isEmpty();
    for (const Languages::Language& l : Languages::available())
        known = known || l.code == code;
    if (!known)
        return;
    m_languageOverride.reset();
    m_settings->setValue(QStringLiteral("language"), code);
    const QLocale locale = Languages::use(code);
    logger("host")->info("language set to {}", locale.name().toStdString());
    m_navigation.clear(); // its titles are in the language
    if (m_navigationModel)
        m_navigationModel->retitle(navigation());
    // The privacy statement, shown until dismissed, in the new language too.
    if (!m_privacyNotice.isEmpty()) {
        const QString statement = SafetyController::privacyStatement();
        const qsizetype at = m_notices.indexOf(m_privacyNotice);
        m_privacyNotice = statement;
        if (at >= 0) {
            m_notices[at] = statement;
            emit noticesChanged();
        }
    }
    emit languageChanged();
}

QVariantList AppController::languages() const
{
    // A system without a language (the C or POSIX locale: a container, a bare
    // account) gets Tessera's text as written, in English: say that, not "()".
    QString systemLanguage = QLocale::system().nativeLanguageName();
    if (systemLanguage.isEmpty())
        systemLanguage = Languages::available().constFirst().name; // "English", as the list below names it
    QVariantList out{QVariantMap{{QStringLiteral("code"), QString()},
                                 {QStringLiteral("name"), tr("The system's (%1)").arg(systemLanguage)}}};
    for (const Languages::Language& l : Languages::available())
        out << QVariantMap{{QStringLiteral("code"), l.code}, {QStringLiteral("name"), l.name}};
    return out;
}

int AppController::textSize() const
{
    return m_textSizeOverride > 0 ? m_textSizeOverride : savedTextSize(*m_settings);
}

int AppController::savedTextSize(const QSettings& settings)
{
    return std::clamp(settings.value(QStringLiteral("textSize"), 100).toInt(), 100, 200);
}

void AppController::setTextSize(int percent)
{
    percent = std::clamp(percent, 100, 200);
    if (m_textSizeOverride == 0 && percent == textSize())
        return;
    m_textSizeOverride = 0;
    m_settings->setValue(QStringLiteral("textSize"), percent);
    emit textSizeChanged();
}

double AppController::textScale() const { return systemTextScale() * textSize() / 100.0; }

double AppController::systemTextScale()
{
    const QFont font = QGuiApplication::font();
    const double points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96.0;
    return std::clamp(points / 10.0, 1.0, 2.0);
}

QString AppController::startLanguage(const QString& dataDir) { return Languages::savedChoice(dataDir); }

void AppController::setStartOverrides(const std::optional<QString>& language, int textSize, std::optional<bool> dark)
{
    m_darkOverride = dark;
    m_languageOverride = language;
    m_textSizeOverride = textSize > 0 ? std::clamp(textSize, 100, 200) : 0;
}

QString AppController::exportFolder() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return m_settings->value(QStringLiteral("exportFolder"), fallback.isEmpty() ? QDir::homePath() : fallback).toString();
}

void AppController::setExportFolder(const QString& folder)
{
    if (folder == exportFolder())
        return;
    m_settings->setValue(QStringLiteral("exportFolder"), folder);
    emit exportFolderChanged();
}

QVariantList AppController::backups() const
{
    QVariantList out;
    const QLocale locale;
    const BackupRotation rotation(m_host.backupDir());
    for (const QString& path : rotation.list()) {
        QString label = locale.toString(BackupRotation::timeOf(path).toLocalTime(), QLocale::LongFormat);
        // Issue 21: a backup made before the bin was emptied still holds what was deleted forever.
        if (rotation.madeBeforeBinEmptied(path))
            label = QCoreApplication::translate("App", "%1 (made before the bin was emptied on %2: it still holds the entries deleted forever then)")
                        .arg(label, locale.toString(rotation.binEmptiedAt().toLocalTime(), QLocale::ShortFormat));
        out << QVariantMap{{QStringLiteral("path"), path}, {QStringLiteral("label"), label}};
    }
    // When the journal is missing, the one an interrupted restore kept aside is a backup too
    // (the newest of them, after the automatic backups).
    if (!m_host.store() && QFileInfo(m_host.journalPath()).size() == 0) {
        for (const QString& path : JournalStore::keptAside(m_host.journalPath()).mid(0, 1)) {
            out << QVariantMap{{QStringLiteral("path"), path},
                               {QStringLiteral("label"), QCoreApplication::translate("App", "your journal as it was before a restore (%1)")
                                                             .arg(locale.toString(QFileInfo(path).lastModified(), QLocale::LongFormat))}};
        }
    }
    return out;
}

QVariantList AppController::navigation() const
{
    if (!m_navigation.isEmpty())
        return m_navigation;
    auto item = [](const QString& key, const QString& title, const QString& section, const QString& color,
                   const QString& url, const QString& moduleId) {
        return QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("title"), title}, {QStringLiteral("section"), section},
                           {QStringLiteral("color"), color}, {QStringLiteral("url"), url}, {QStringLiteral("moduleId"), moduleId}};
    };
    QVariantList out;
    // Issue 24: Today is the home page (TodayPage.qml).
    out << item(QStringLiteral("today"), QCoreApplication::translate("App", "Today"), QCoreApplication::translate("App", "Home"), QString(), QString(), QString());
    out << item(QStringLiteral("timeline"), QCoreApplication::translate("App", "Timeline"), QCoreApplication::translate("App", "Home"), QString(), QString(), QString());
    out << item(QStringLiteral("learn"), QCoreApplication::translate("App", "Learn"), QCoreApplication::translate("App", "Home"), QString(), QString(), QString()); // issue 25
    // The host's own pages, whatever the profile enables (docs/architecture.md, "Crisis help").
    out << item(QStringLiteral("safety-plan"), QCoreApplication::translate("App", "My safety plan"), QCoreApplication::translate("App", "Home"), QString(), QString(), QString());
    out << item(QStringLiteral("crisis"), QCoreApplication::translate("App", "Need help now?"), QCoreApplication::translate("App", "Home"), QString(), QString(), QString());
    for (const QVariant& m : m_modules) {
        const QVariantMap module = m.toMap();
        for (const QVariant& p : module.value(QStringLiteral("pages")).toList()) {
            const QVariantMap page = p.toMap();
            out << item(module.value(QStringLiteral("id")).toString() + QLatin1Char('/') + page.value(QStringLiteral("id")).toString(),
                        page.value(QStringLiteral("title")).toString(), module.value(QStringLiteral("name")).toString(),
                        module.value(QStringLiteral("color")).toString(), page.value(QStringLiteral("url")).toString(),
                        module.value(QStringLiteral("id")).toString());
        }
    }
    out << item(QStringLiteral("share"), QCoreApplication::translate("App", "Share with my clinician"), QCoreApplication::translate("App", "Tessera"), QString(), QString(), QString());
    out << item(QStringLiteral("clinic-sharing"), QCoreApplication::translate("App", "Sharing with my clinic"), QCoreApplication::translate("App", "Tessera"), QString(), QString(), QString()); // issue 31
    out << item(QStringLiteral("catalog"), QCoreApplication::translate("App", "Modules"), QCoreApplication::translate("App", "Tessera"), QString(), QString(), QString());
    out << item(QStringLiteral("bin"), QCoreApplication::translate("App", "Bin"), QCoreApplication::translate("App", "Tessera"), QString(), QString(), QString());
    out << item(QStringLiteral("settings"), QCoreApplication::translate("App", "Settings"), QCoreApplication::translate("App", "Tessera"), QString(), QString(), QString());
    // ---- issue 24: help pinned above the list, Modules and Settings below it ----
    for (QVariant& v : out) {
        QVariantMap m = v.toMap();
        const QString key = m.value(QStringLiteral("key")).toString();
        m.insert(QStringLiteral("place"), key == QLatin1String("crisis")                                            ? QStringLiteral("top")
                                          : key == QLatin1String("catalog") || key == QLatin1String("settings") ? QStringLiteral("bottom")
                                                                                                                 : QString());
        v = m;
    }
    // ---- end issue 24 ----
    m_navigation = out;
    return out;
}

QVariant AppController::navigationItem(const QString& key) const
{
    for (const QVariant& v : navigation()) {
        if (v.toMap().value(QStringLiteral("key")).toString() == key)
            return v;
    }
    return {};
}

// ---- issue 24 (navigation) ----
QObject* AppController::navigationModel()
{
    if (!m_navigationModel) {
        m_navigationModel = std::make_unique<NavigationModel>(navigation());
        QQmlEngine::setObjectOwnership(m_navigationModel.get(), QQmlEngine::CppOwnership);
    }
    return m_navigationModel.get();
}

QVariantList AppController::findPages(const QString& text)
{
    return static_cast<NavigationModel*>(navigationModel())->findPages(text);
}
// ---- end issue 24 (navigation) ----

QVariantMap AppController::pageForEntry(const QString& entryId) const
{
    if (!m_host.store())
        return {};
    auto entry = m_host.store()->get(entryId);
    if (!entry.ok())
        return {};
    const PluginRecord* r = m_host.plugins().find(entry->pluginId);
    if (!r || !r->isRunning() || r->manifest->pages.isEmpty())
        return {};
    const KindSpec* kind = r->manifest->kind(entry->shortKind());
    const PageSpec* page = &r->manifest->pages.first();
    if (kind && !kind->pageId.isEmpty()) {
        for (const PageSpec& p : r->manifest->pages) {
            if (p.id == kind->pageId)
                page = &p;
        }
    }
    return {{QStringLiteral("moduleId"), r->id}, {QStringLiteral("pageId"), page->id},
            {QStringLiteral("url"), page->url}, {QStringLiteral("entryId"), entryId}};
}

QString AppController::dayLabel(const QString& isoDate) const
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    const QDate today = QDate::currentDate();
    if (day == today)
        return QCoreApplication::translate("App", "Today");
    if (day == today.addDays(-1))
        return QCoreApplication::translate("App", "Yesterday");
    const QLocale locale;
    // The patterns are the translator's ("dddd, d 'de' MMMM" in Spanish).
    return day.year() == today.year()
        ? locale.toString(day, QCoreApplication::translate("Dates", "dddd d MMMM", "a day of this year (a QLocale date pattern)"))
        : locale.toString(day, QCoreApplication::translate("Dates", "dddd d MMMM yyyy", "a day of another year (a QLocale date pattern)"));
}

QVariantList AppController::moodSeries(int days) const
{
    QVariantList out;
    if (!m_host.store() || days < 1)
        return out;
    QStringList running;
    for (const PluginRecord* r : m_host.plugins().running())
        running << r->id;
    const QDateTime to = QDate::currentDate().addDays(1).startOfDay();
    const QDateTime from = QDate::currentDate().addDays(1 - days).startOfDay();
    auto points = m_host.store()->moodByDay(from, to, running);
    if (!points.ok())
        return out;
    for (const auto& p : points.value())
        out << QVariantMap{{QStringLiteral("day"), p.day.toString(Qt::ISODate)},
                           {QStringLiteral("offset"), from.date().daysTo(p.day)},
                           {QStringLiteral("value"), p.average}, {QStringLiteral("count"), p.count}};
    return out;
}

QVariantList AppController::moodAxis(int days) const
{
    QVariantList out;
    if (days < 2)
        return out;
    const QDate today = QDate::currentDate();
    const QDate first = today.addDays(1 - days);
    const QLocale locale;
    const auto label = [&](const QDate& d) {
        return locale.toString(d, d.year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    };
    const int middle = (days - 1) / 2;
    out << QVariantMap{{QStringLiteral("offset"), 0}, {QStringLiteral("text"), label(first)}};
    if (middle > 0 && middle < days - 1)
        out << QVariantMap{{QStringLiteral("offset"), middle}, {QStringLiteral("text"), label(first.addDays(middle))}};
    out << QVariantMap{{QStringLiteral("offset"), days - 1}, {QStringLiteral("text"), QCoreApplication::translate("App", "Today")}};
    return out;
}

QString AppController::exportJournal(const QString& format)
{
    if (!m_host.store())
        return QCoreApplication::translate("App", "No journal is open.");
    const bool csv = format.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    QDir().mkpath(exportFolder());
    const QString stem = QStringLiteral("tessera-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    // Private entries stay out unless the client asks for them (issue 23;
    // the Share page asks for its own share).
    ShareSelection everything;
    everything.includePrivate = m_exportIncludesPrivate;
    qint64 leftOut = 0;
    qint64 written = 0;
    QString path;
    if (csv) {
        // One file per kind, in a new folder (an export never mixes with an earlier one's files).
        path = QDir(exportFolder()).filePath(stem + QStringLiteral("-csv"));
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = QDir(exportFolder()).filePath(stem + QStringLiteral("-csv-%1").arg(n));
        auto files = exportCsvFolder(*m_host.store(), everything, CsvOptions{}, path, &leftOut);
        if (!files.ok())
            return files.error().message;
        for (const CsvFile& f : files.value())
            written += f.rows;
    } else {
        path = QDir(exportFolder()).filePath(stem + QStringLiteral(".json"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("App", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        auto n = exportEntries(*m_host.store(), everything, file, &leftOut);
        if (!n.ok())
            return n.error().message;
        if (!file.commit())
            return QCoreApplication::translate("App", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        written = n.value();
    }
    logger("host")->info("exported {} entries as {}", written, csv ? "CSV" : "JSON");
    QString said = QCoreApplication::translate("App", "Saved %n entries to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(path));
    if (leftOut > 0)
        said += QLatin1Char(' ')
            + QCoreApplication::translate("App", "%n entries you marked private were left out.", nullptr, int(leftOut));
    else if (m_exportIncludesPrivate)
        said += QLatin1Char(' ') + QCoreApplication::translate("App", "Entries you marked private are included.");
    return said;
}

void AppController::setExportIncludesPrivate(bool include)
{
    if (include == m_exportIncludesPrivate)
        return;
    m_exportIncludesPrivate = include;
    emit exportIncludesPrivateChanged();
}

QString AppController::backupNow()
{
    if (!m_host.store())
        return QCoreApplication::translate("App", "No journal is open.");
    auto path = BackupRotation(m_host.backupDir()).backupNow(*m_host.store());
    emit backupsChanged();
    if (!path.ok())
        return path.error().message;
    return QCoreApplication::translate("App", "Backup saved to %1.").arg(QDir::toNativeSeparators(path.value()));
}

QString AppController::restoreBackup(const QString& path)
{
    if (!m_host.store())
        return QCoreApplication::translate("App", "No journal is open.");
    QString aside;
    if (sdk::Status s = m_host.store()->replaceWith(path, &aside); !s.ok())
        return s.error().message;
    logger("host")->info("journal restored from a backup");
    return QCoreApplication::translate("App", "Restored. The journal as it was is kept at %1.").arg(QDir::toNativeSeparators(aside));
}

QVariantMap AppController::restoreLatestBackup()
{
    const auto result = [](bool ok, const QString& message) {
        return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    };
    if (m_host.store())
        return result(false, QCoreApplication::translate("App", "The journal is open; restore a backup from Settings."));
    const QVariantList available = backups();
    if (available.isEmpty())
        return result(false, QCoreApplication::translate("App", "There is no automatic backup to restore."));
    QString aside;
    const QString latest = available.first().toMap().value(QStringLiteral("path")).toString();
    // An encrypted journal's backups are encrypted with its key (the host has it once unlocked).
    if (sdk::Status s = JournalStore::restoreBackup(latest, m_host.journalPath(), &aside, m_host.key()); !s.ok())
        return result(false, s.error().message);
    logger("host")->info("the journal that did not open was moved aside; the latest backup was restored");
    return result(true, aside.isEmpty() ? QCoreApplication::translate("App", "Restored.")
                                        : QCoreApplication::translate("App", "Restored. The journal that did not open is kept, unchanged, at %1.")
                                              .arg(QDir::toNativeSeparators(aside)));
}

void AppController::restart()
{
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

void AppController::dismissNotice(int index)
{
    if (index < 0 || index >= m_notices.size())
        return;
    if (!m_privacyNotice.isEmpty() && m_notices.at(index) == m_privacyNotice)
        m_settings->setValue(QStringLiteral("privacyToldOn"), QDate::currentDate().toString(Qt::ISODate));
    m_notices.removeAt(index);
    emit noticesChanged();
}

void AppController::backupIfDue()
{
    if (!m_host.store() || m_host.options().demo || m_host.store()->isReadOnly() || m_host.store()->backupRunning())
        return;
    BackupRotation rotation(m_host.backupDir());
    const QString due = rotation.dueBackupPath();
    for (const QString& future : rotation.futureDated()) {
        logger("store")->warn("backup {} is dated in the future; it is kept but not counted", QDir::toNativeSeparators(future));
        m_notices << QCoreApplication::translate("App", "The backup %1 is dated in the future, so it was left as it is and not counted; automatic backups "
                         "carry on. Is this computer's clock right?").arg(QDir::toNativeSeparators(future));
        emit noticesChanged();
    }
    if (due.isEmpty())
        return;
    // Copied and checked in the background: on a large journal that takes seconds,
    // and the client may be writing meanwhile.
    m_host.store()->backupInBackground(due, [this, rotation](const sdk::Status& made) {
        if (!made.ok()) {
            logger("store")->warn("automatic backup failed: {}", made.error().message);
            // A damaged journal is never copied (the copy's check, or the journal's
            // verdict, says "is damaged"): its own notice says so already.
            if (made.error().message.contains(QLatin1String("is damaged")))
                return;
            m_notices << QCoreApplication::translate("App", "The automatic backup failed. %1").arg(made.error().message);
            emit noticesChanged();
            return;
        }
        rotation.prune();
        logger("store")->info("automatic backup written");
        emit backupsChanged();
        emit automaticBackupFinished();
    });
}



void AppController::markStartup(const QString& stage) const
{
    startup::mark(stage.toUtf8().constData());
}

void AppController::setFirstFrameShown()
{
    if (m_firstFrameShown)
        return;
    m_firstFrameShown = true;
    emit firstFrameShownChanged();
}

} // namespace tessera::core
