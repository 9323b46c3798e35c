// main() for every GoogleTest binary: the Qt application object first.
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TESSERA_LOG_LEVEL", qgetenv("TESSERA_TEST_LOG_LEVEL").isEmpty() ? "warn" : qgetenv("TESSERA_TEST_LOG_LEVEL"));
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
