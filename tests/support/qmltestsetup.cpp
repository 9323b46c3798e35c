#include "qmltestsetup.h"

#include "app/appcontroller.h"
#include "app/catalogmodel.h"
#include "app/timelinemodel.h"
#include "host/host.h"

#include <tessera/sdk/entry.h>

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

QmlTestSetup::QmlTestSetup() = default;
// Torn down here, after quick_test_main has destroyed the QML engine: pages
// hold the modules' backend objects until then.
QmlTestSetup::~QmlTestSetup()
{
    m_probe.reset();
    m_catalog.reset();
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
    m_host = std::make_unique<core::Host>(options);
    if (sdk::Status s = m_host->start(); !s.ok())
        qFatal("test journal could not be opened: %s", qPrintable(s.error().message));
    (void)m_host->seedDemo(QDateTime::currentDateTimeUtc(), 120);
    m_app = std::make_unique<core::AppController>(*m_host, QString());
    m_timeline = std::make_unique<core::TimelineModel>(*m_host->store(), m_host->plugins());
    m_catalog = std::make_unique<core::CatalogModel>(*m_host);
    m_probe = std::make_unique<JournalProbe>(*m_host);
}

void QmlTestSetup::qmlEngineAvailable(QQmlEngine* engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->rootContext()->setContextProperty(QStringLiteral("app"), m_app.get());
    engine->rootContext()->setContextProperty(QStringLiteral("timeline"), m_timeline.get());
    engine->rootContext()->setContextProperty(QStringLiteral("catalog"), m_catalog.get());
    engine->rootContext()->setContextProperty(QStringLiteral("journalProbe"), m_probe.get());
}

void QmlTestSetup::cleanupTestCase() {}

} // namespace tessera::test
