// What the shell's QML reads and asks for: modules, profile, settings, versions.
#pragma once

#include <QObject>
#include <QSettings>

#include <optional>
#include <QVariantList>

#include <memory>

namespace tessera::core {

class Host;
class NavigationModel;

/// The shell's single entry point into the host. Owns no state the host
/// already has; keeps the app's own preferences (dark mode, export folder)
/// in <data-dir>/settings.ini.
class AppController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool journalOpen READ journalOpen CONSTANT)
    /// Issue 30: false until the window's first frame is on screen. What a page
    /// needs only later (rows beyond the screen) waits for it.
    Q_PROPERTY(bool firstFrameShown READ firstFrameShown NOTIFY firstFrameShownChanged)
    Q_PROPERTY(QString journalError READ journalError CONSTANT)
    Q_PROPERTY(bool journalInUse READ journalInUse CONSTANT)
    Q_PROPERTY(QString journalPath READ journalPath CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString profileName READ profileName CONSTANT)
    Q_PROPERTY(QString profileSource READ profileSource CONSTANT)
    Q_PROPERTY(bool profileLocked READ profileLocked CONSTANT)
    Q_PROPERTY(QString profileSetBy READ profileSetBy CONSTANT)
    Q_PROPERTY(QString profileSummary READ profileSummary NOTIFY languageChanged)
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticesChanged)
    Q_PROPERTY(QVariantList modules READ modules CONSTANT)
    Q_PROPERTY(QVariantList navigation READ navigation NOTIFY languageChanged)
    // ---- issue 24: navigation that scales to many modules ----
    /// The navigation's rows, groups and "Go to" search (NavigationModel), made from navigation().
    Q_PROPERTY(QObject* navigationModel READ navigationModel CONSTANT)
    // ---- end issue 24 (navigation) ----
    Q_PROPERTY(QString hostVersion READ hostVersion CONSTANT)
    Q_PROPERTY(QString sdkVersion READ sdkVersion CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    Q_PROPERTY(QString sqliteVersion READ sqliteVersion CONSTANT)
    Q_PROPERTY(QString logLevel READ logLevel WRITE setLogLevel NOTIFY logLevelChanged)
    Q_PROPERTY(QString logFile READ logFile CONSTANT)
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY darkModeChanged)
    /// Issue 29: the language ("" follows the system, else a code from `languages`),
    /// kept in settings.ini and applied at once (the pages are translated again).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// [{code, name}]: "" (the system's) first, then every language with a catalogue.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)
    /// Issue 29: text size, 100 to 200 (per cent of the designed size), times
    /// what the system's font size asks for (systemTextScale).
    Q_PROPERTY(int textSize READ textSize WRITE setTextSize NOTIFY textSizeChanged)
    Q_PROPERTY(double textScale READ textScale NOTIFY textSizeChanged)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportFolderChanged)
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged)
    /// Issue 23: whether exportJournal() takes entries marked private too.
    /// Off at every start (the client's own full copy asks each time).
    Q_PROPERTY(bool exportIncludesPrivate READ exportIncludesPrivate WRITE setExportIncludesPrivate NOTIFY exportIncludesPrivateChanged)

public:
    /// `journalError`: why the journal did not open ("" when it did);
    /// `journalInUse`: because another program has it open (a backup would not help).
    AppController(Host& host, QString journalError, bool journalInUse = false, QObject* parent = nullptr);
    ~AppController() override;

    [[nodiscard]] bool journalOpen() const;
    [[nodiscard]] QString journalError() const { return m_journalError; }
    [[nodiscard]] bool journalInUse() const { return m_journalInUse; }
    [[nodiscard]] QString journalPath() const;
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] bool demo() const;
    [[nodiscard]] QString profileName() const;
    [[nodiscard]] QString profileSource() const;
    [[nodiscard]] bool profileLocked() const;
    [[nodiscard]] QString profileSetBy() const;
    /// The profile in plain words, e.g. "No clinic profile: every module that came with Tessera".
    [[nodiscard]] QString profileSummary() const;
    [[nodiscard]] QStringList notices() const { return m_notices; }
    [[nodiscard]] QVariantList modules() const { return m_modules; }
    /// The navigation, in order: Today, Timeline, My safety plan, Need help now?, each
    /// running module's pages, Modules, Settings. Each item: {key, title,
    /// section, color, url, moduleId}; key is "today", "timeline", "safety-plan",
    /// "crisis", "catalog", "settings" or "<module>/<page>". Issue 24: `place`
    /// is "top" for what is pinned above the list ("Need help now?"),
    /// "bottom" for what is pinned below it (Modules, Settings), "" otherwise.
    [[nodiscard]] QVariantList navigation() const;
    /// The navigation's item with this key, as navigation() gives it, or undefined
    /// when there is none (the shell's open(): one item, not the whole list turned
    /// into script objects on each page opened; issue 30).
    Q_INVOKABLE QVariant navigationItem(const QString& key) const;
    // ---- issue 24 (navigation) ----
    [[nodiscard]] QObject* navigationModel();
    /// "Go to" (Ctrl+K): navigationModel's findPages().
    Q_INVOKABLE QVariantList findPages(const QString& text);
    /// A stage of the start for --benchmark (issue 30): see startupmarks.h.
    Q_INVOKABLE void markStartup(const QString& stage) const;
    [[nodiscard]] bool firstFrameShown() const { return m_firstFrameShown; }
    /// Called once the first frame is on screen (or the window started hidden).
    void setFirstFrameShown();
    // ---- end issue 24 (navigation) ----
    [[nodiscard]] QString hostVersion() const;
    [[nodiscard]] QString sdkVersion() const;
    [[nodiscard]] QString qtVersion() const;
    [[nodiscard]] QString sqliteVersion() const;
    [[nodiscard]] QString logLevel() const { return m_logLevel; }
    void setLogLevel(const QString& level);
    [[nodiscard]] QString logFile() const;
    [[nodiscard]] bool darkMode() const;
    void setDarkMode(bool dark);
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] int textSize() const;
    void setTextSize(int percent);
    [[nodiscard]] double textScale() const;
    /// The language saved in the data folder's settings.ini ("": the system's).
    static QString startLanguage(const QString& dataDir);
    /// The text size kept in settings.ini, 100 to 200 (per cent).
    static int savedTextSize(const QSettings& settings);
    /// How much larger than 10 pt the system's font is (at least 1).
    static double systemTextScale();
    /// Overrides for this run (--language, --text-size, --theme): shown, not
    /// saved; a choice made in Settings replaces its override.
    void setStartOverrides(const std::optional<QString>& language, int textSize, std::optional<bool> dark = std::nullopt);
    [[nodiscard]] QString exportFolder() const;
    void setExportFolder(const QString& folder);
    [[nodiscard]] QVariantList backups() const;
    [[nodiscard]] bool exportIncludesPrivate() const { return m_exportIncludesPrivate; }
    void setExportIncludesPrivate(bool include);

    /// Where an entry opens: {moduleId, pageId, url, entryId}; empty when its module is not running.
    Q_INVOKABLE QVariantMap pageForEntry(const QString& entryId) const;
    /// "Today", "Yesterday", or the date written out, for a day heading.
    Q_INVOKABLE QString dayLabel(const QString& isoDate) const;
    /// Daily mood averages over the last `days` days: [{day, value, count}], oldest first.
    Q_INVOKABLE QVariantList moodSeries(int days) const;
    /// The dates under that chart: its first day, its middle and "Today", each
    /// as {offset, text} with offset as in moodSeries() ("7 Nov"; with the
    /// year where the chart starts in an earlier one).
    Q_INVOKABLE QVariantList moodAxis(int days) const;
    /// Writes every entry to the export folder (entries marked private only
    /// with exportIncludesPrivate); returns a sentence saying where, whether
    /// private entries are in it, or what failed.
    Q_INVOKABLE QString exportJournal(const QString& format);
    /// Writes a backup now; returns a sentence for the person.
    Q_INVOKABLE QString backupNow();
    /// Replaces the journal with a backup (the current one is kept aside).
    Q_INVOKABLE QString restoreBackup(const QString& path);
    /// When the journal did not open: puts the newest automatic backup in its
    /// place; the journal that failed is moved aside, never overwritten.
    /// Returns {ok, message}: where the failed journal was kept, or what went wrong.
    Q_INVOKABLE QVariantMap restoreLatestBackup();
    /// Starts Tessera again with the same arguments and quits this one.
    Q_INVOKABLE void restart();
    /// Dismisses a start-up notice.
    Q_INVOKABLE void dismissNotice(int index);

    /// Daily automatic backup; called once the first frame is shown.
    void backupIfDue();

signals:
    void firstFrameShownChanged();
    void noticesChanged();
    void logLevelChanged();
    void darkModeChanged();
    void languageChanged();
    void textSizeChanged();
    void exportFolderChanged();
    void exportIncludesPrivateChanged();
    void backupsChanged();
    /// The daily backup begun by backupIfDue() was written and checked.
    void automaticBackupFinished();

private:
    Host& m_host;
    QString m_journalError;
    bool m_journalInUse = false;
    bool m_firstFrameShown = false;
    QStringList m_notices;
    QString m_privacyNotice; ///< the statement as shown among m_notices, until dismissed
    QVariantList m_modules;
    QString m_logLevel;
    std::unique_ptr<QSettings> m_settings;
    std::optional<QString> m_languageOverride;
    int m_textSizeOverride = 0;
    std::optional<bool> m_darkOverride;
    bool m_exportIncludesPrivate = false;
    std::unique_ptr<NavigationModel> m_navigationModel; // issue 24
    /// navigation(), made once per language (issue 30: it was made five times on
    /// the way to the first frame, 0.5 M instructions each).
    mutable QVariantList m_navigation;
};

} // namespace tessera::core
