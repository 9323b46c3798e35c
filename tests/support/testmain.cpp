// main() for every GoogleTest binary: the Qt application object first.
#include "testsupport.h"

#include <QGuiApplication>
#include <QSaveFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TESSERA_LOG_LEVEL", qgetenv("TESSERA_TEST_LOG_LEVEL").isEmpty() ? "warn" : qgetenv("TESSERA_TEST_LOG_LEVEL"));
    QGuiApplication app(argc, argv);
    // An encrypted run (testsupport.h): every process a test starts finds the passphrase here.
    QTemporaryDir passphraseDir;
    if (tessera::test::encryptedRun()) {
        qputenv("TESSERA_TEST_FAST_KDF", "1");
        QSaveFile f(passphraseDir.filePath(QStringLiteral("passphrase")));
        if (!f.open(QIODevice::WriteOnly) || f.write(tessera::test::testPassphrase() + '\n') < 0 || !f.commit())
            return 2;
        qputenv("TESSERA_PASSPHRASE_FILE", QFile::encodeName(f.fileName()));
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
