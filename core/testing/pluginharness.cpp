#include <tessera/sdk/testing/pluginharness.h>

#include "plugins/pluginmanager.h"
#include "reminders/reminderspec.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>

namespace tessera::sdk::testing {

using namespace tessera::core;

namespace {

// What QML tests use to look at the journal.
class JournalProbe : public QObject {
    Q_OBJECT
public:
    explicit JournalProbe(JournalStore& store, QObject* parent = nullptr) : QObject(parent), m_store(store) {}
    /// The support the module offered so far: "reason" or "reason (urgent)", oldest first.
    Q_INVOKABLE QStringList supportOffers() const
    {
        QCoreApplication::processEvents(); // the offers are queued
        return offers;
    }
    QStringList offers;
    Q_INVOKABLE int count(const QString& kind) const
    {
        EntryQuery q;
        q.kinds = {kind};
        return static_cast<int>(m_store.count(q).valueOr(-1));
    }
    Q_INVOKABLE QVariantList reminders() const
    {
        QVariantList out;
        for (const StoredReminder& r : m_store.reminders().valueOr({}))
            out.append(reminderToJson(r.reminder).toVariantMap());
        return out;
    }
    Q_INVOKABLE QVariantMap latest(const QString& kind) const
    {
        EntryQuery q;
        q.kinds = {kind};
        q.limit = 1;
        auto page = m_store.query(q);
        if (!page.ok() || page->entries.isEmpty())
            return {};
        return page->entries.first().toJson().toVariantMap();
    }

private:
    JournalStore& m_store;
};

} // namespace

struct PluginHarness::Private {
    QTemporaryDir dir;
    QString folder;
    QJsonObject settings;
    QStringList extraFolders;
    QString id;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<PluginManager> plugins;
    std::unique_ptr<JournalProbe> probe;
    QString error;

    void start()
    {
        if (store)
            store->setPayloadPolicy(nullptr); // before the plugin manager it names goes
        plugins.reset();
        if (!store) {
            auto opened = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
            if (!opened.ok()) {
                error = opened.error().message;
                return;
            }
            store = std::move(opened).value();
            probe = std::make_unique<JournalProbe>(*store);
        }
        auto manifest = readManifest(QDir(folder).filePath(QStringLiteral("plugin.json")));
        if (!manifest.ok()) {
            error = manifest.error().message;
            return;
        }
        id = manifest->id;
        PluginManager::Options o;
        o.pluginDirs = QStringList{folder} + extraFolders;
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.settings.insert(id, settings);
        // The module's own tests: it reads what its manifest asks for, as
        // once the client has allowed it (the consent itself is the host's).
        o.profile.grantDeclaredReads = true;
        o.measureReads = true;
        plugins = std::make_unique<PluginManager>(o);
        // Writes "as the host" are checked by their module when it is loaded;
        // other modules' kinds (fixtures this one reads) are stored unchecked.
        store->setPayloadPolicy(plugins.get(), JournalStore::Unowned::Store);
        QObject::connect(plugins.get(), &PluginManager::supportRequested, probe.get(),
                         [p = probe.get()](const QString&, const QString& reason, bool urgent) {
                             p->offers << (urgent ? reason + QStringLiteral(" (urgent)") : reason);
                         });
        plugins->loadAll(*store);
        const PluginRecord* r = plugins->find(id);
        error = !r ? QStringLiteral("module %1 was not found in %2").arg(id, folder)
                   : (r->isRunning() ? QString()
                                     : QStringLiteral("%1 (%2): %3").arg(pluginStateName(r->state), pluginStageName(r->stage), r->reason));
        // What the app only logs fails the module's own tests: a misspelt manifest key
        // is ignored there, and a kind without a check refuses every save.
        if (r && r->isRunning() && !r->authorWarnings.isEmpty())
            error = QStringLiteral("running, but %1: %2")
                        .arg(r->authorWarnings.size() == 1 ? QStringLiteral("with a problem")
                                                           : QStringLiteral("with %1 problems").arg(r->authorWarnings.size()),
                             r->authorWarnings.join(QStringLiteral("; ")));
    }
};

PluginHarness::PluginHarness(const QString& pluginFolder, const QJsonObject& settings, const QStringList& extraPluginFolders)
    : d(std::make_unique<Private>())
{
    d->folder = QFileInfo(pluginFolder).absoluteFilePath();
    d->settings = settings;
    d->extraFolders = extraPluginFolders;
    d->start();
}

PluginHarness::~PluginHarness()
{
    if (d->plugins)
        d->plugins->shutdownAll();
}

bool PluginHarness::ok() const { return d->error.isEmpty(); }
QString PluginHarness::error() const { return d->error; }
QString PluginHarness::pluginId() const { return d->id; }
Plugin& PluginHarness::plugin() const { return *d->plugins->find(d->id)->plugin; }
QObject* PluginHarness::backend() const { return ok() ? plugin().backend() : nullptr; }
Journal& PluginHarness::journal() const { return *d->plugins->find(d->id)->journal; }
QString PluginHarness::dataDir() const { return d->dir.path(); }
QList<Reminder> PluginHarness::reminders() const
{
    QList<Reminder> out;
    if (!d->store)
        return out;
    for (const StoredReminder& r : d->store->reminders(d->id).valueOr({}))
        out.append(r.reminder);
    return out;
}

QStringList PluginHarness::supportOffers() const { return d->probe ? d->probe->supportOffers() : QStringList(); }

Result<Entry> PluginHarness::addAsHost(const EntryDraft& draft)
{
    return d->store->add(draft);
}

Result<int> PluginHarness::addManyAsHost(const QList<EntryDraft>& drafts)
{
    QList<Entry> entries;
    entries.reserve(drafts.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        EntryDraft draft = drafts[i];
        if (!draft.kind.contains(QLatin1Char('/')))
            draft.kind = d->id + QLatin1Char('/') + draft.kind; // short names mean the harnessed module's own kinds
        entries << entryFromDraft(draft, now);
    }
    auto stored = d->store->importEntries(entries);
    if (!stored.ok()) {
        Error e = stored.error();
        e.field.clear(); // in the message, after the entry's number
        return e;
    }
    return stored;
}

PluginHarness::Reads PluginHarness::reads() const
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const PluginRecord* r = d->plugins ? d->plugins->find(d->id) : nullptr;
    if (!r || !r->journal)
        return {};
    const auto counts = r->journal->reads();
    return Reads{counts.entries, counts.payloadBytes, counts.aggregates};
}

void PluginHarness::resetReads()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    if (const PluginRecord* r = d->plugins ? d->plugins->find(d->id) : nullptr; r && r->journal)
        r->journal->resetReads();
}

void PluginHarness::restart()
{
    if (d->plugins)
        d->plugins->shutdownAll();
    d->start();
}

void PluginHarness::exposeTo(QQmlEngine& engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject* b = backend();
    if (b)
        QQmlEngine::setObjectOwnership(b, QQmlEngine::CppOwnership);
    engine.rootContext()->setContextProperty(QStringLiteral("backend"), b);
    engine.rootContext()->setContextProperty(QStringLiteral("journalProbe"), d->probe.get());
}

} // namespace tessera::sdk::testing

#include "pluginharness.moc"
