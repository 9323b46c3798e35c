// Fixture shared by the bundled modules' tests: a real journal file in a
// temporary folder and the real plugin manager loading the built modules.
#pragma once

#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

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
        o.pluginDirs = {QStringLiteral(TESSERA_BUNDLED_PLUGIN_DIR)};
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

} // namespace tessera::test
