#include "modulepages.h"

#include "timelinemodel.h"

#include "host/logging.h"
#include "host/qstringformatter.h"
#include "plugins/pluginmanager.h"

#include <tessera/sdk/plugin.h>

#include <spdlog/spdlog.h>

#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>

namespace tessera::core {

namespace {

QString componentErrors(const QQmlComponent& component)
{
    QStringList lines;
    for (const QQmlError& e : component.errors())
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ModulePages::ModulePages(const PluginManager& plugins, const TimelineModel* timeline, QObject* parent)
    : QObject(parent), m_plugins(plugins), m_timeline(timeline)
{
}

ModulePages::~ModulePages() = default;

QStringList ModulePages::shellNames()
{
    return {QStringLiteral("app"), QStringLiteral("timeline"), QStringLiteral("catalog"), QStringLiteral("safety"),
            QStringLiteral("modulePages")};
}

QQmlContext* ModulePages::contextFor(QQmlEngine* engine, const QString& moduleId)
{
    QPointer<QQmlContext>& context = m_contexts[moduleId];
    if (!context || context->engine() != engine) {
        // A child of the root context, owned by the engine so it goes with it.
        context = new QQmlContext(engine->rootContext(), engine);
        for (const QString& name : shellNames())
            context->setContextProperty(name, QVariant::fromValue<QObject*>(nullptr));
    }
    return context;
}

QVariantMap ModulePages::create(QQuickItem* container, const QString& moduleId, const QString& url,
                                const QVariantMap& properties, const char* resultKey)
{
    QQmlEngine* engine = container ? qmlEngine(container) : nullptr;
    if (!engine)
        return {{QStringLiteral("error"), tr("There is no place to show this page.")}};
    QPointer<QQmlComponent>& component = m_components[url];
    if (!component || component->engine() != engine) {
        // Module QML comes from the module's own resources (checked with the
        // manifest), which Qt reads synchronously.
        component = new QQmlComponent(engine, QUrl(url), QQmlComponent::PreferSynchronous, engine);
    }
    if (component->status() != QQmlComponent::Ready) {
        const QString errors = component->isLoading() ? tr("It is still loading.") : componentErrors(*component);
        logger("plugins")->warn("module {}: {} could not be loaded: {}", moduleId, url, errors);
        delete component;
        return {{QStringLiteral("error"), errors}};
    }
    QObject* object = component->beginCreate(contextFor(engine, moduleId));
    if (!object) {
        const QString errors = componentErrors(*component);
        logger("plugins")->warn("module {}: {} could not be created: {}", moduleId, url, errors);
        return {{QStringLiteral("error"), errors.isEmpty() ? tr("The page could not be created.") : errors}};
    }
    // A root that cannot take what the page is given (not a ModulePage, and no
    // `backend` of its own) saw `backend` undefined, and its buttons did nothing
    // but print a ReferenceError: said where the page would be, instead.
    if (properties.contains(QStringLiteral("backend")) && object->metaObject()->indexOfProperty("backend") < 0) {
        const QString why = tr("The page %1 cannot be given its module's backend: its root is not a ModulePage and "
                               "declares no property \"backend\". Make the root a ModulePage (import Tessera.Ui), or "
                               "declare \"property QtObject backend\" and \"property string entryId\".").arg(url);
        logger("plugins")->warn("module {}: {}", moduleId, why);
        component->completeCreate();
        delete object;
        return {{QStringLiteral("error"), why}};
    }
    component->setInitialProperties(object, properties);
    QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
    object->setParent(container); // goes with the shell item that holds it
    if (auto* item = qobject_cast<QQuickItem*>(object))
        item->setParentItem(container);
    component->completeCreate();
    return {{QString::fromLatin1(resultKey), QVariant::fromValue(object)}};
}

QVariantMap ModulePages::createPage(QQuickItem* container, const QString& moduleId, const QString& url,
                                    const QString& entryId, const QString& dueItemId)
{
    const PluginRecord* r = m_plugins.find(moduleId);
    if (!r || !r->isRunning())
        return {{QStringLiteral("error"), tr("This module is not running.")}};
    const bool ownPage = std::any_of(r->manifest->pages.cbegin(), r->manifest->pages.cend(),
                                     [&url](const PageSpec& p) { return p.url == url; });
    if (!ownPage)
        return {{QStringLiteral("error"), tr("The module “%1” has no page %2.").arg(moduleId, url)}};
    // Watched and guarded like every call into a module (it may throw or hang).
    QObject* backend = m_plugins.backendOf(moduleId);
    // The module owns its backend: QML must never take it over and delete it.
    if (backend)
        QQmlEngine::setObjectOwnership(backend, QQmlEngine::CppOwnership);
    QVariantMap properties{{QStringLiteral("backend"), QVariant::fromValue(backend)}, {QStringLiteral("entryId"), entryId}};
    // Only when opened from the Due strip: a page made without the SDK's
    // ModulePage (which declares it) is then still made without a warning.
    if (!dueItemId.isEmpty())
        properties.insert(QStringLiteral("dueItemId"), dueItemId);
    if (!m_pagesMade.contains(moduleId))
        m_pagesMade << moduleId;
    return create(container, moduleId, url, properties, "page");
}

QVariantMap ModulePages::keptWritingFound(const QString& except, const QString& exceptEntry) const
{
    for (const QString& id : m_pagesMade) {
        const PluginManager::KeptWriting kept = m_plugins.keptWriting(id);
        const QString key = id + QLatin1Char('/') + kept.page;
        if (!kept.page.isEmpty() && !(key == except && kept.entry == exceptEntry))
            return {{QStringLiteral("key"), key}, {QStringLiteral("entryId"), kept.entry}};
    }
    return {};
}

QVariantMap ModulePages::createCard(QQuickItem* container, int rowHint, const QString& entryId)
{
    const auto row = m_timeline ? m_timeline->cardRow(rowHint, entryId) : std::nullopt;
    if (!row)
        return {{QStringLiteral("error"), tr("This entry has no card of its own.")}};
    const PluginRecord* r = m_plugins.find(row->pluginId);
    if (!r || !r->isRunning())
        return {{QStringLiteral("error"), tr("This module is not running.")}};
    return create(container, row->pluginId, row->cardUrl, {{QStringLiteral("entry"), row->entry}}, "card");
}

} // namespace tessera::core
