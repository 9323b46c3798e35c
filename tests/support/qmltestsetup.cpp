#include "qmltestsetup.h"

#include "app/appcontroller.h"
#include "app/lockcontroller.h"
#include "store/journalkey.h"
#include "store/journalstore.h"
#include "app/bincontroller.h"
#include "app/catalogmodel.h"
#include "app/desktopintegration.h"
#include "app/duemodel.h"
#include "app/comingupmodel.h" // issue 24
#include "app/todaymodel.h"    // issue 24
#include "app/safetycontroller.h"
#include "app/sharecontroller.h"
#include "sync/clinicsharingcontroller.h"
#include "reminders/remindersettings.h"
#include "learn/learncontroller.h" // issue 25
#include "app/sharepreviewprovider.h"
#include "app/modulepages.h"
#include "app/taborder.h"
#include "app/timelinemodel.h"
#include "host/host.h"
#include "host/languages.h"
#include "plugins/pluginmanager.h"

#include <tessera/sdk/entry.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>
#include <QWindow>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>

namespace tessera::test {

int JournalProbe::count(const QString& kind) const
{
    sdk::EntryQuery q;
    q.kinds = {kind};
    return static_cast<int>(m_host.store()->count(q).valueOr(-1));
}

QVariantMap JournalProbe::latest(const QString& kind) const
{
    sdk::EntryQuery q;
    q.kinds = {kind};
    q.limit = 1;
    auto page = m_host.store()->query(q);
    if (!page.ok() || page->entries.isEmpty())
        return {};
    const sdk::Entry& e = page->entries.first();
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title}, {QStringLiteral("summary"), e.summary},
            {QStringLiteral("mood"), e.mood ? QVariant(*e.mood) : QVariant()},
            {QStringLiteral("payload"), e.payload.toVariantMap()}, {QStringLiteral("revision"), e.revision}};
}

bool JournalProbe::isDeleted(const QString& id) const
{
    auto e = m_host.store()->get(id);
    return e.ok() && e->isDeleted();
}

QString JournalProbe::addDeleted(const QString& title) const
{
    sdk::EntryDraft d;
    d.kind = QStringLiteral("tessera/support-offered");
    d.title = title;
    auto e = m_host.store()->add(d);
    if (!e.ok() || !m_host.store()->remove(e->id).ok())
        return QString();
    return e->id;
}

bool JournalProbe::exists(const QString& id) const { return m_host.store()->get(id).ok(); }

// ---- issue 22 (goals and medication read assessment totals) ----
QString JournalProbe::addEntry(const QString& kind, const QString& title, const QVariantMap& payload, int daysAgo) const
{
    sdk::EntryDraft d;
    d.kind = kind;
    d.title = title;
    d.payload = QJsonObject::fromVariantMap(payload);
    d.occurredAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    // Checked by its module when that runs; stored as a fixture (the store's
    // own checks only) when it does not, as the SDK's PluginHarness does.
    // The app's policy (Host: refuse) is put back straight after.
    core::JournalStore* store = m_host.store();
    const core::PayloadPolicy* policy = store->payloadPolicy();
    store->setPayloadPolicy(policy, core::JournalStore::Unowned::Store);
    auto e = store->add(d);
    store->setPayloadPolicy(policy, core::JournalStore::Unowned::Refuse);
    if (!e.ok()) {
        qWarning("journalProbe.addEntry: %s", qPrintable(e.error().toString()));
        return {};
    }
    return e->id;
}
// ---- end issue 22 ----

// ---- issue 23 (the Share page's files) ----
qint64 JournalProbe::fileSize(const QString& path) const
{
    const QFileInfo info(path);
    return info.isFile() ? info.size() : -1;
}

QString JournalProbe::fileHead(const QString& path, int bytes) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.read(qMax(0, bytes)));
}

int JournalProbe::fileMode(const QString& path) const
{
    if (!QFileInfo::exists(path))
        return -1;
    const QFileDevice::Permissions p = QFile::permissions(path);
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040}, {QFileDevice::WriteGroup, 020}, {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04}, {QFileDevice::WriteOther, 02}, {QFileDevice::ExeOther, 01}};
    for (const auto& [flag, bit] : bits)
        mode |= p.testFlag(flag) ? bit : 0;
    return mode;
}
// ---- end issue 23 ----

QObject* JournalProbe::backend(const QString& moduleId) const
{
    const core::PluginRecord* r = m_host.plugins().find(moduleId);
    if (!r || !r->isRunning())
        return nullptr;
    QObject* object = m_host.plugins().backendOf(moduleId);
    if (object)
        QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
    return object;
}

void KeySender::click(QObject* window, int key, int modifiers) const
{
    if (auto* w = qobject_cast<QWindow*>(window)) {
        w->requestActivate();
        QTest::keyClick(w, static_cast<Qt::Key>(key), static_cast<Qt::KeyboardModifiers>(modifiers));
    }
}

QmlTestSetup::QmlTestSetup() = default;
// Torn down here, after quick_test_main has destroyed the QML engine: pages
// hold the modules' backend objects until then.
QmlTestSetup::~QmlTestSetup()
{
    m_share.reset();
    m_lock.reset();
    m_pages.reset();
    m_probe.reset();
    m_bin.reset();
    m_safety.reset();
    m_catalog.reset();
    m_comingUp.reset();
    m_today.reset();
    m_due.reset();
    m_timeline.reset();
    m_app.reset();
    m_host.reset();
}

void QmlTestSetup::applicationAvailable()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    core::HostOptions options;
    options.dataDir = m_dir.path();
    options.logLevel = QStringLiteral("warn");
    options.profilePath = qEnvironmentVariable("TESSERA_QML_PROFILE");
    if (const QString extra = qEnvironmentVariable("TESSERA_QML_PLUGIN_DIR"); !extra.isEmpty())
        options.pluginDirs << extra;
    const bool broken = qEnvironmentVariable("TESSERA_QML_BROKEN_JOURNAL") == QLatin1String("1");
    m_config = QVariantMap{{QStringLiteral("profile"), options.profilePath}, {QStringLiteral("brokenJournal"), broken}};
    if (broken) {
        QFile f(m_dir.filePath(QStringLiteral("journal.sqlite")));
        if (f.open(QIODevice::WriteOnly))
            f.write("This is not a journal: the app must still offer help.\n");
    }
    // The client's language as the app sets it before anything starts: the system's, with
    // the host's and the modules' catalogues (English's plural forms under the C locale too).
    core::Languages::use(QString());
    m_host = std::make_unique<core::Host>(options);
    // An encrypted journal (the app lock's tests): its key made before it opens, as at first run.
    const bool encrypted = qEnvironmentVariable("TESSERA_QML_ENCRYPTED") == QLatin1String("1");
    const QString passphrase = QStringLiteral("a quiet lake at dawn");
    m_config.insert(QStringLiteral("passphrase"), encrypted ? passphrase : QString());
    if (encrypted) {
        qputenv("TESSERA_TEST_FAST_KDF", "1");
        m_host->prepare();
        auto created = core::JournalKey::create(core::JournalKey::pathFor(m_host->journalPath()), passphrase.toUtf8());
        if (!created.ok() || !m_host->useKey(created->key).ok())
            qFatal("test journal key could not be made");
    }
    const sdk::Status opened = m_host->start();
    if (!opened.ok() && !broken)
        qFatal("test journal could not be opened: %s", qPrintable(opened.error().message));
    if (opened.ok())
        (void)m_host->seedDemo(QDateTime::currentDateTimeUtc(), 120);
    m_app = std::make_unique<core::AppController>(*m_host, opened.ok() ? QString() : opened.error().message);
    if (m_host->store())
        m_timeline = std::make_unique<core::TimelineModel>(*m_host->store(), m_host->plugins());
    if (m_host->store())
        m_due = std::make_unique<core::DueModel>(*m_host->store(), m_host->plugins());
    if (m_host->store()) { // issue 24
        m_today = std::make_unique<core::TodayModel>(*m_host->store(), m_host->plugins());
        m_comingUp = std::make_unique<core::ComingUpModel>(*m_host->store(), m_host->plugins());
    }
    m_catalog = std::make_unique<core::CatalogModel>(*m_host);
    m_safety = std::make_unique<core::SafetyController>(*m_host);
    m_bin = std::make_unique<core::BinController>(*m_host);
    m_probe = std::make_unique<JournalProbe>(*m_host);
    m_probe->m_firstFrameShown = [app = m_app.get()] { app->setFirstFrameShown(); }; // issue 30
    m_pages = std::make_unique<core::ModulePages>(m_host->plugins(), m_timeline.get());
    m_lock = std::make_unique<core::LockController>(*m_host);
    m_share = std::make_unique<core::ShareController>(*m_host); // issue 23
    m_clinicSharing = std::make_unique<core::ClinicSharingController>(*m_host); // issue 31
    m_desktop = std::make_unique<core::DesktopIntegration>(*m_host, m_dir.filePath(QStringLiteral("autostart"))); // issue 24

    m_reminderSettings = std::make_unique<core::ReminderSettings>(QString(), m_host->profile()); // issue 24
    // issue 25: Learn, as the app makes it; web addresses are never handed to a browser here.
    m_learn = std::make_unique<core::LearnController>(
        core::gatherArticles(core::articleSourcesFor(m_host->plugins(), m_host->profile())),
        m_dir.filePath(QStringLiteral("settings.ini")), m_app->navigation());
    m_learn->setExternalOpener([](const QUrl&) { return true; });
}

void QmlTestSetup::qmlEngineAvailable(QQmlEngine* engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->rootContext()->setContextProperty(QStringLiteral("app"), m_app.get());
    engine->rootContext()->setContextProperty(QStringLiteral("timeline"), m_timeline.get());
    engine->rootContext()->setContextProperty(QStringLiteral("due"), m_due.get());
    engine->rootContext()->setContextProperty(QStringLiteral("today"), m_today.get());       // issue 24
    engine->rootContext()->setContextProperty(QStringLiteral("comingUp"), m_comingUp.get()); // issue 24
    engine->rootContext()->setContextProperty(QStringLiteral("catalog"), m_catalog.get());
    engine->rootContext()->setContextProperty(QStringLiteral("journalProbe"), m_probe.get());
    engine->rootContext()->setContextProperty(QStringLiteral("safety"), m_safety.get());
    engine->rootContext()->setContextProperty(QStringLiteral("bin"), m_bin.get());
    engine->rootContext()->setContextProperty(QStringLiteral("modulePages"), m_pages.get());
    engine->rootContext()->setContextProperty(QStringLiteral("testConfig"), m_config);
    engine->rootContext()->setContextProperty(QStringLiteral("keys"), &m_keys);
    if (!m_tabOrder)
        m_tabOrder = std::make_unique<core::TabOrder>();
    engine->rootContext()->setContextProperty(QStringLiteral("tabOrder"), m_tabOrder.get());
    engine->rootContext()->setContextProperty(QStringLiteral("appLock"), m_lock.get());
    // ---- issue 23: the Share page ----
    engine->rootContext()->setContextProperty(QStringLiteral("share"), m_share.get());
    engine->addImageProvider(QStringLiteral("share-preview"), new core::SharePreviewProvider(*m_share));
    // ---- issue 24: reminders ----
    engine->rootContext()->setContextProperty(QStringLiteral("reminderSettings"), m_reminderSettings.get());
    engine->rootContext()->setContextProperty(QStringLiteral("reminders"), QVariant::fromValue<QObject*>(nullptr));
    // ---- end issue 23 ----
    engine->rootContext()->setContextProperty(QStringLiteral("desktop"), m_desktop.get()); // issue 24
    engine->rootContext()->setContextProperty(QStringLiteral("learn"), m_learn.get());     // issue 25
    engine->rootContext()->setContextProperty(QStringLiteral("clinicSharing"), m_clinicSharing.get()); // issue 31
}

void QmlTestSetup::cleanupTestCase() {}

} // namespace tessera::test
