// Tessera's programs never load a library from the folder they are started
// in. CMake padded the build tree's library search path (RUNPATH) with empty
// entries, so that installing could rewrite it in place, and the dynamic
// loader reads an empty entry as the current folder: `scripts/run` started
// from a folder holding a file named libQt6Core.so.6 or libsodium.so.23 ran
// that file's code before main(). Real processes, started in a folder that
// holds a probe library under the names of the libraries they need.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tessera;

namespace {

// What the programs need that the probe could stand in for (readelf -d).
const char* const kNeeded[] = {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Qml.so.6", "libsodium.so.23", "libsqlite3.so.0",
                               "libspdlog.so.1.10", "libfmt.so.9", "libTesseraSdk.so.2", "libstdc++.so.6"};

class LibrarySearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        const QString probe = qEnvironmentVariable("TESSERA_CWD_PROBE");
        ASSERT_TRUE(QFile::exists(probe)) << "the probe library ($TESSERA_CWD_PROBE): " << probe.toStdString();
        for (const char* name : kNeeded)
            ASSERT_TRUE(QFile::copy(probe, folder.filePath(QString::fromLatin1(name)))) << name;
        data = QDir(folder.path()).filePath(QStringLiteral("data"));
    }

    // Runs `program` with the probe's folder as its working folder.
    test::ProcessResult runIn(const QString& program, const QStringList& arguments)
    {
        return test::runProcess(program, arguments, 60000, {}, folder.path());
    }

    QTemporaryDir folder;
    QString data;
};

TEST_F(LibrarySearchTest, TheCliLoadsNothingFromTheFolderItStartsIn)
{
    const auto version = runIn(test::builtCli(), {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_FALSE(version.err.contains(QStringLiteral("tessera-test-probe"))) << version.err.toStdString();
    EXPECT_FALSE(version.out.trimmed().isEmpty());

    // The modules too: listing them opens each one's library.
    const auto modules = runIn(test::builtCli(), {QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--data-dir"), data});
    EXPECT_EQ(modules.exitCode, 0) << modules.err.toStdString();
    EXPECT_FALSE(modules.err.contains(QStringLiteral("tessera-test-probe"))) << modules.err.toStdString();
    EXPECT_TRUE(modules.out.contains(QStringLiteral("journal"))) << modules.out.toStdString();
}

TEST_F(LibrarySearchTest, TheAppLoadsNothingFromTheFolderItStartsIn)
{
    const auto version = runIn(test::builtApp(), {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_FALSE(version.err.contains(QStringLiteral("tessera-test-probe"))) << version.err.toStdString();
    EXPECT_TRUE(version.out.contains(QStringLiteral("tessera"), Qt::CaseInsensitive)) << version.out.toStdString();
}

} // namespace
