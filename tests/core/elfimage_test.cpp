// Reading module libraries as files (tessera-cli plugins check): the facts
// tessera_plugin_info() returns, read without loading the library, must be
// what loading it says; and a damaged or hostile file is refused with a
// reason, never read out of bounds (run it under scripts/test --sanitize).
#include "plugins/elfimage.h"
#include "plugins/plugininfo.h"

#include "testsupport.h"

#include <boost/dll/shared_library.hpp>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kMain = tessera::test::fixturePluginDir() + QStringLiteral("/main");

QString library(const QString& id) { return kMain + QStringLiteral("/%1/lib%1.so").arg(id); }

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

TEST(ElfImageTest, ReadsTheSameFactsAsLoadingTheLibrary)
{
    for (const QString& id : {QStringLiteral("good"), QStringLiteral("abi-mismatch"), QStringLiteral("wrong-library-id")}) {
        const ElfImage image = ElfImage::read(library(id));
        ASSERT_TRUE(image.valid()) << image.error().toStdString();
        EXPECT_TRUE(image.exports(sdk::kInfoSymbol));
        EXPECT_TRUE(image.exports(sdk::kFactorySymbol));
        EXPECT_FALSE(image.exports("tessera_no_such_symbol"));
        const PluginBinaryInfo fromFile = readPluginInfo(image);
        ASSERT_TRUE(fromFile.valid) << id.toStdString() << ": " << fromFile.problem.toStdString();

        boost::dll::shared_library lib(library(id).toStdString(), boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
        const PluginBinaryInfo loaded = readPluginInfo(&lib.get<sdk::PluginInfoFunction>(sdk::kInfoSymbol));
        ASSERT_TRUE(loaded.valid);
        EXPECT_EQ(fromFile.sdkMajor, loaded.sdkMajor) << id.toStdString();
        EXPECT_EQ(fromFile.sdkMinor, loaded.sdkMinor) << id.toStdString();
        EXPECT_EQ(fromFile.pluginId, loaded.pluginId) << id.toStdString();
    }
    EXPECT_EQ(readPluginInfo(ElfImage::read(library(QStringLiteral("abi-mismatch")))).sdkMinor, 9u);
    EXPECT_EQ(readPluginInfo(ElfImage::read(library(QStringLiteral("wrong-library-id")))).pluginId, QStringLiteral("good"));
    // Hidden symbols are not exports; a library without the entry points says so.
    const ElfImage missing = ElfImage::read(library(QStringLiteral("missing-export")));
    ASSERT_TRUE(missing.valid());
    EXPECT_FALSE(missing.exports(sdk::kInfoSymbol));
    EXPECT_TRUE(missing.exports("missing_export_fixture_marker"));
}

TEST(ElfImageTest, AStrippedLibraryIsReadThroughItsCode)
{
#if !defined(__OPTIMIZE__)
    // The reader decodes the one address load an optimising compiler makes of
    // tessera_plugin_info(); an unoptimised build (the Debug sanitizer build)
    // keeps a stack frame there, and a stripped copy of it is refused, with a
    // reason (see docs/plugin-guide.md: ship release builds).
    GTEST_SKIP() << "the fixtures were built without optimisation";
#endif
    const QString strip = QStandardPaths::findExecutable(QStringLiteral("strip"));
    if (strip.isEmpty())
        GTEST_SKIP() << "strip (binutils) is not installed";
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("libgood.so"));
    ASSERT_TRUE(QFile::copy(library(QStringLiteral("good")), copy));
    ASSERT_EQ(QProcess::execute(strip, {QStringLiteral("--strip-all"), copy}), 0);
    const ElfImage image = ElfImage::read(copy);
    ASSERT_TRUE(image.valid()) << image.error().toStdString();
    EXPECT_FALSE(image.symbol("_ZZ19tessera_plugin_infoE4info").has_value()); // really stripped
    const PluginBinaryInfo info = readPluginInfo(image);
    ASSERT_TRUE(info.valid) << info.problem.toStdString();
    EXPECT_EQ(info.pluginId, QStringLiteral("good"));
    EXPECT_EQ(info.sdkMajor, 2u);
}

TEST(ElfImageTest, NotALibraryIsRefusedNamingTheFile)
{
    const ElfImage text = ElfImage::parse(QByteArray("{ \"id\": \"good\" }"), QStringLiteral("folder/libgood.so"));
    EXPECT_FALSE(text.valid());
    EXPECT_EQ(text.error(), QStringLiteral("folder/libgood.so is not a library for this computer (it is not an ELF file)"));
    EXPECT_FALSE(ElfImage::parse({}, QStringLiteral("empty.so")).valid());
    EXPECT_FALSE(text.exports(sdk::kInfoSymbol));
    EXPECT_FALSE(readPluginInfo(text).valid);
}

// Every way of reading a damaged file must end in a refusal or an answer,
// never a crash or a read outside the file (the sanitizer build checks the latter).
void readEverything(const QByteArray& bytes)
{
    const ElfImage image = ElfImage::parse(bytes, QStringLiteral("damaged.so"));
    if (!image.valid()) {
        EXPECT_TRUE(image.error().startsWith(QStringLiteral("damaged.so "))) << image.error().toStdString();
        return;
    }
    (void)image.exports(sdk::kInfoSymbol);
    (void)image.exports(sdk::kFactorySymbol);
    const PluginBinaryInfo info = readPluginInfo(image);
    EXPECT_TRUE(info.valid || !info.problem.isEmpty());
}

TEST(ElfImageTest, TruncatedAndDamagedLibrariesAreRefusedNeverReadOutOfBounds)
{
    const QByteArray good = bytesOf(library(QStringLiteral("good")));
    ASSERT_GT(good.size(), 4096);
    // Cut short at every length of the headers, then at lengths across the file.
    for (qsizetype n = 0; n < 600; ++n)
        readEverything(good.left(n));
    for (qsizetype n = 600; n < good.size(); n += good.size() / 150 + 1)
        readEverything(good.left(n));
    const ElfImage cut = ElfImage::parse(good.left(good.size() - 1), QStringLiteral("cut.so"));
    EXPECT_FALSE(cut.valid()); // the section headers are at the end
    EXPECT_TRUE(cut.error().contains(QStringLiteral("cut.so is damaged"))) << cut.error().toStdString();

    // Random bytes changed: in the ELF header and in the headers' tables, where a
    // wrong offset or count would send a careless reader astray, and anywhere.
    QRandomGenerator random(20);
    for (int i = 0; i < 1500; ++i) {
        QByteArray damaged = good;
        const int changes = 1 + int(random.bounded(4));
        for (int c = 0; c < changes; ++c) {
            qsizetype at = 0;
            switch (random.bounded(3)) {
            case 0: at = qsizetype(random.bounded(64)); break;
            case 1: at = damaged.size() - 1 - qsizetype(random.bounded(qMin<qsizetype>(4096, damaged.size()))); break;
            default: at = qsizetype(random.bounded(quint32(damaged.size()))); break;
            }
            damaged[at] = char(random.bounded(256));
        }
        readEverything(damaged);
    }
}

} // namespace
