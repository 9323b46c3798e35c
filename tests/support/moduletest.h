// Fixture shared by the bundled modules' tests: a real journal file in a
// temporary folder and the real plugin manager loading the built modules.
#pragma once

#include "host/host.h"
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>
#include <QMetaType>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tessera::test {

// Qt 6.4 has no qReturnArg(): arguments are named by their meta-types.
template <typename T>
QGenericArgument metaArg(const T& value) { return QGenericArgument(QMetaType::fromType<T>().name(), &value); }

/// Calls an invokable of a module's backend, as its pages do (a call that
/// cannot be made fails the test).
template <typename R, typename... Args>
R invokeBackend(QObject* backend, const char* method, const Args&... args)
{
    R result{};
    EXPECT_TRUE(QMetaObject::invokeMethod(backend, method, QGenericReturnArgument(QMetaType::fromType<R>().name(), &result),
                                          metaArg(args)...)) << method;
    return result;
}

class ModuleTest : public ::testing::Test {
protected:
    /// Opens the journal (once) and (re)starts the plugin manager with
    /// `enabled` as the profile; `module` must end up running. `settings`
    /// plays the clinic profile's settings for `module`.
    void start(const QStringList& enabled, const QString& module, const QJsonObject& settings = {})
    {
        if (!store) {
            auto s = core::JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
            ASSERT_OK(s);
            store = std::move(s).value();
        }
        plugins.reset();
        core::PluginManager::Options o;
        o.pluginDirs = {tessera::test::bundledPluginDir()};
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.enabled = enabled;
        o.profile.settings.insert(module, settings);
        // A module's own tests: it reads what its manifest asks for, as once
        // the client has allowed it (the consent is the host's, tested there).
        o.profile.grantDeclaredReads = true;
        plugins = std::make_unique<core::PluginManager>(o);
        plugins->loadAll(*store);
        record = plugins->find(module);
        ASSERT_TRUE(record && record->isRunning()) << (record ? record->reason.toStdString() : "not found");
        backend = record->plugin->backend();
        ASSERT_NE(backend, nullptr);
    }

    template <typename T>
    static QGenericArgument arg(const T& value) { return metaArg(value); }

    /// Calls an invokable of the backend, as its pages do.
    template <typename R, typename... Args>
    R call(const char* method, const Args&... args) { return invokeBackend<R>(backend, method, args...); }

    [[nodiscard]] QString lastError() const { return backend->property("lastError").toString(); }

    QTemporaryDir dir;
    std::unique_ptr<core::JournalStore> store;
    std::unique_ptr<core::PluginManager> plugins;
    const core::PluginRecord* record = nullptr;
    QObject* backend = nullptr;
};

/// A real host (the bundled modules from the build, the real plugin manager,
/// a journal file in a temporary folder) with one module under test: its
/// backend, and the support its modules offered ("module:reason"), as the
/// app's safety controller hears them.
class HostModuleTest : public ::testing::Test {
protected:
    explicit HostModuleTest(QString module) : m_module(std::move(module)) {}

    void SetUp() override
    {
        core::HostOptions o;
        o.dataDir = dir.path();
        o.logLevel = QStringLiteral("warn");
        host = std::make_unique<core::Host>(o);
        ASSERT_OK(host->start());
        const core::PluginRecord* r = host->plugins().find(m_module);
        ASSERT_NE(r, nullptr) << m_module.toStdString();
        ASSERT_TRUE(r->isRunning()) << r->reason.toStdString();
        backend = r->plugin->backend();
        ASSERT_NE(backend, nullptr);
        QObject::connect(&host->plugins(), &core::PluginManager::supportRequested, &host->plugins(),
                         [this](const QString& module, const QString& reason, bool) { offers << module + QLatin1Char(':') + reason; });
    }
    [[nodiscard]] const core::PluginRecord& record() const { return *host->plugins().find(m_module); }
    /// Lets queued work run (a journal's changed() and the refresh after it).
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    /// Calls an invokable of the backend as its pages do, then settles.
    template <typename R, typename... Args>
    R call(const char* method, const Args&... args)
    {
        R result = invokeBackend<R>(backend, method, args...);
        settle();
        return result;
    }
    [[nodiscard]] QString lastError() const { return backend->property("lastError").toString(); }

    QTemporaryDir dir;
    std::unique_ptr<core::Host> host;
    QObject* backend = nullptr;
    QStringList offers;

private:
    QString m_module;
};

} // namespace tessera::test
