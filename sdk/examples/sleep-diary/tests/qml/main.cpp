// Qt Quick Test for the sleep diary's page, with the SDK's PluginHarness.
#include <tessera/sdk/testing/pluginharness.h>

#include <QQmlEngine>
#include <QtQuickTest>

#include <memory>

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        m_harness = std::make_unique<tessera::sdk::testing::PluginHarness>(QStringLiteral(SLEEP_DIARY_PLUGIN_DIR));
        if (!m_harness->ok())
            qFatal("sleep diary did not start: %s", qPrintable(m_harness->error()));
        m_harness->exposeTo(*engine);
    }

private:
    std::unique_ptr<tessera::sdk::testing::PluginHarness> m_harness;
};

QUICK_TEST_MAIN_WITH_SETUP(sleep_diary_page, Setup)

#include "main.moc"
