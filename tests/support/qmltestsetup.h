// Set-up for Qt Quick Test binaries: a real host on a temporary journal,
// with the bundled modules running, exposed to QML as the app does.
#pragma once

#include <functional>

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

class QQmlEngine;

namespace tessera::core {
class ModulePages;
class TabOrder;
class AppController;
class CatalogModel;
class DueModel;
class TodayModel;
class ComingUpModel;
class SafetyController;
class ShareController;
class ClinicSharingController;
class DesktopIntegration;

class ReminderSettings;
class LearnController;
class BinController;
class Host;
class LockController;
class TimelineModel;
}

namespace tessera::test {

/// Lets QML tests look at the journal directly, to check what a page saved.
class JournalProbe : public QObject {
    Q_OBJECT
public:
    explicit JournalProbe(core::Host& host, QObject* parent = nullptr) : QObject(parent), m_host(host) {}
    /// Live entries of a kind ("journal/checkin").
    Q_INVOKABLE int count(const QString& kind) const;
    /// The newest live entry of a kind as a map (id, title, summary, mood, payload, revision), or {}.
    Q_INVOKABLE QVariantMap latest(const QString& kind) const;
    /// Whether the entry is soft-deleted.
    Q_INVOKABLE bool isDeleted(const QString& id) const;
    /// A running module's backend object, for tests that build its pages by
    /// hand (the app gives a page its backend itself: ModulePages).
    Q_INVOKABLE QObject* backend(const QString& moduleId) const;
    /// Adds an entry of the host's own kind with `title` and deletes it (it
    /// is then in the bin); returns its id, or "" (the Bin page's tests).
    Q_INVOKABLE QString addDeleted(const QString& title) const;
    /// Whether any entry, deleted or not, has the id.
    Q_INVOKABLE bool exists(const QString& id) const;
    // ---- issue 22 (goals and medication read assessment totals) ----
    /// Writes an entry of any kind straight to the journal, `daysAgo` days
    /// back (another module's entries a page reads, e.g. "assessments/phq9",
    /// whether or not that module is built); validated by the owning module
    /// when one is running. Returns its id, or "" with the reason logged.
    Q_INVOKABLE QString addEntry(const QString& kind, const QString& title, const QVariantMap& payload, int daysAgo = 0) const;
    // ---- end issue 22 ----
    // ---- issue 23 (the Share page's files) ----
    /// The file's size in bytes, or -1 when there is none.
    Q_INVOKABLE qint64 fileSize(const QString& path) const;
    /// The first `bytes` bytes of the file, as Latin-1 ("" when none).
    Q_INVOKABLE QString fileHead(const QString& path, int bytes) const;
    /// The file's permission bits for owner, group and others (0600 = 384), or -1.
    Q_INVOKABLE int fileMode(const QString& path) const;
    // ---- end issue 23 ----
    /// A path for a file named `name` in a folder the probe removes at the end (issue 26: a PDF a page saves).
    Q_INVOKABLE QString scratchPath(const QString& name) const { return m_scratch.filePath(name); }
    /// Issue 30: what main() does once the window's first frame is on screen
    /// (app.firstFrameShown becomes true). Tests start as before it.
    Q_INVOKABLE void showFirstFrame() const
    {
        if (m_firstFrameShown)
            m_firstFrameShown();
    }
    std::function<void()> m_firstFrameShown;

private:
    core::Host& m_host;
    QTemporaryDir m_scratch;
};

/// Types keys into a given window (a TestCase's keyClick() reaches only the test's own window).
class KeySender : public QObject {
    Q_OBJECT
public:
    Q_INVOKABLE void click(QObject* window, int key, int modifiers = 0) const;
};

/// Used with QUICK_TEST_MAIN_WITH_SETUP. Context properties: app, timeline,
/// catalog, safety (as in the app), journalProbe, and testConfig:
/// {profile, brokenJournal, passphrase} from $TESSERA_QML_PROFILE (a clinic profile to
/// start with), $TESSERA_QML_BROKEN_JOURNAL=1 (a journal that cannot open) and
/// $TESSERA_QML_ENCRYPTED=1 (an encrypted journal; its passphrase in testConfig). appLock: the app lock.
/// due: what the modules have due; today, comingUp: the Today page and the timeline's "Coming up" (issue 24); $TESSERA_QML_PLUGIN_DIR adds a plugin folder
/// (and enables every module in it, e.g. the due-items fixtures).
/// share: the Share page's controller, with image://share-preview (issue 23).
class QmlTestSetup : public QObject {
    Q_OBJECT
public:
    QmlTestSetup();
    ~QmlTestSetup() override;

public slots:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine* engine);
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Host> m_host;
    std::unique_ptr<core::AppController> m_app;
    std::unique_ptr<core::TimelineModel> m_timeline;
    std::unique_ptr<core::DueModel> m_due; ///< "due" (SDK 2.1)
    std::unique_ptr<core::TodayModel> m_today;       ///< "today" (issue 24)
    std::unique_ptr<core::ComingUpModel> m_comingUp; ///< "comingUp" (issue 24)
    std::unique_ptr<core::CatalogModel> m_catalog;
    std::unique_ptr<core::SafetyController> m_safety;
    std::unique_ptr<core::BinController> m_bin;
    KeySender m_keys;
    std::unique_ptr<core::TabOrder> m_tabOrder;
    QVariantMap m_config;
    std::unique_ptr<JournalProbe> m_probe;
    std::unique_ptr<core::ModulePages> m_pages;
    std::unique_ptr<core::LockController> m_lock; ///< "appLock" (issue 21)
    std::unique_ptr<core::ShareController> m_share; ///< "share" and its image provider (issue 23)
    std::unique_ptr<core::ClinicSharingController> m_clinicSharing; ///< "clinicSharing" (issue 31)
    std::unique_ptr<core::DesktopIntegration> m_desktop; ///< "desktop" (issue 24); its autostart folder in m_dir

    /// "reminderSettings" (issue 24; in memory); "reminders" is null here (no service: no D-Bus in these tests).
    std::unique_ptr<core::ReminderSettings> m_reminderSettings;
    std::unique_ptr<core::LearnController> m_learn; ///< "learn" (issue 25)
};

} // namespace tessera::test
