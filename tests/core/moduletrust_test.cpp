// Clinic allow-lists (issue 20): the real plugin manager, real module
// libraries copied into temporary folders, signed with real keys, under
// profiles that require signatures. A refused module's library is never
// opened, so none of its code runs.
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"
#include "trust/bundledkey.h"
#include "trust/modulesignature.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kFixtures = tessera::test::fixturePluginDir();
const QString kBundled = tessera::test::bundledPluginDir();

class ModuleTrustTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
        auto a = trust::generateKey(QStringLiteral("Riverside clinic IT"));
        auto b = trust::generateKey(QStringLiteral("Someone else"));
        ASSERT_OK(a);
        ASSERT_OK(b);
        clinicKey = a.value();
        otherKey = b.value();
        qunsetenv("TESSERA_TEST_STATIC_INIT_TRACE");
    }

    // Copies a fixture module (plugin.json and its library) into <tmp>/plugins/<id>.
    QString install(const QString& fixtureFolder)
    {
        const QString id = QFileInfo(fixtureFolder).fileName();
        const QString target = dir.filePath(QStringLiteral("plugins/") + id);
        EXPECT_TRUE(QDir().mkpath(target));
        for (const QString& file : {QStringLiteral("plugin.json"), QStringLiteral("lib%1.so").arg(id)})
            EXPECT_TRUE(QFile::copy(QDir(fixtureFolder).filePath(file), QDir(target).filePath(file))) << file.toStdString();
        return target;
    }

    static void sign(const QString& folder, const trust::SecretKey& key)
    {
        auto files = trust::ModuleFiles::inFolder(folder);
        ASSERT_OK(files);
        ASSERT_OK(trust::signModule(files.value(), key));
    }

    // A profile that requires signatures by the clinic's key.
    Profile signingProfile() const
    {
        Profile p;
        p.name = QStringLiteral("Riverside");
        p.setBy = QStringLiteral("Riverside clinic IT");
        p.moduleTrust.requireSignature = true;
        p.moduleTrust.trustedKeys = {TrustedModuleKey{QStringLiteral("Riverside clinic IT"), clinicKey.publicKey().bytes}};
        return p;
    }

    std::unique_ptr<PluginManager> load(const Profile& profile, QStringList dirs = {})
    {
        PluginManager::Options o;
        o.pluginDirs = dirs.isEmpty() ? QStringList{dir.filePath(QStringLiteral("plugins"))} : dirs;
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile = profile;
        auto pm = std::make_unique<PluginManager>(o);
        pm->loadAll(*store);
        return pm;
    }

    static ::testing::AssertionResult refused(const PluginManager& pm, const QString& id, const QString& why)
    {
        const PluginRecord* r = pm.find(id);
        if (!r)
            return ::testing::AssertionFailure() << id.toStdString() << " not found";
        if (r->state != PluginState::Rejected || r->stage != PluginStage::Signature || !r->reason.contains(why)
            || !r->reason.contains(QStringLiteral("the profile \"Riverside\"")) || r->library)
            return ::testing::AssertionFailure() << id.toStdString() << ": " << pluginStateName(r->state).toStdString() << " at "
                                                 << pluginStageName(r->stage).toStdString() << ": " << r->reason.toStdString();
        return ::testing::AssertionSuccess();
    }

    static ::testing::AssertionResult running(const PluginManager& pm, const QString& id)
    {
        const PluginRecord* r = pm.find(id);
        if (!r)
            return ::testing::AssertionFailure() << id.toStdString() << " not found";
        if (!r->isRunning())
            return ::testing::AssertionFailure() << id.toStdString() << ": " << pluginStateName(r->state).toStdString() << " at "
                                                 << pluginStageName(r->stage).toStdString() << ": " << r->reason.toStdString();
        return ::testing::AssertionSuccess();
    }

    static void flipLastByte(const QString& path)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(f.size() - 1));
        char c = 0;
        ASSERT_TRUE(f.getChar(&c));
        ASSERT_TRUE(f.seek(f.size() - 1));
        ASSERT_TRUE(f.putChar(char(c ^ 0x01)));
    }

    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
    trust::SecretKey clinicKey;
    trust::SecretKey otherKey;
};

TEST_F(ModuleTrustTest, AModuleSignedByTheClinicsKeyRuns)
{
    sign(install(kFixtures + QStringLiteral("/main/good")), clinicKey);
    auto pm = load(signingProfile());
    EXPECT_TRUE(running(*pm, QStringLiteral("good")));
    EXPECT_EQ(pm->find(QStringLiteral("good"))->trust,
              QStringLiteral("it is signed by \"Riverside clinic IT\" (key %1)").arg(clinicKey.publicKey().keyId()));
}

TEST_F(ModuleTrustTest, WithoutASigningRequirementNothingChanges)
{
    install(kFixtures + QStringLiteral("/main/good"));
    Profile open;
    open.name = QStringLiteral("Open");
    auto pm = load(open);
    EXPECT_TRUE(running(*pm, QStringLiteral("good")));
    EXPECT_TRUE(pm->find(QStringLiteral("good"))->trust.isEmpty());
}

TEST_F(ModuleTrustTest, AnUnsignedModuleIsRefusedBeforeItsLibraryIsOpened)
{
    const QString trace = dir.filePath(QStringLiteral("static-init-ran"));
    qputenv("TESSERA_TEST_STATIC_INIT_TRACE", QFile::encodeName(trace));
    install(kFixtures + QStringLiteral("/trace/static-init-trace"));
    install(kFixtures + QStringLiteral("/main/good"));
    install(kFixtures + QStringLiteral("/main/needs-good"));
    sign(dir.filePath(QStringLiteral("plugins/needs-good")), clinicKey);
    auto pm = load(signingProfile());
    EXPECT_TRUE(refused(*pm, QStringLiteral("static-init-trace"), QStringLiteral("it is not signed (there is no plugin.sig")));
    EXPECT_TRUE(refused(*pm, QStringLiteral("good"), QStringLiteral("it is not signed")));
    // Not one line of the refused module ran, not even its static initialisers.
    EXPECT_FALSE(QFileInfo::exists(trace));
    // A signed module that needs a refused one says which and why.
    const PluginRecord* dependent = pm->find(QStringLiteral("needs-good"));
    ASSERT_NE(dependent, nullptr);
    EXPECT_EQ(dependent->stage, PluginStage::Dependency);
    EXPECT_TRUE(dependent->reason.contains(QStringLiteral("\"good\""))) << dependent->reason.toStdString();
    EXPECT_TRUE(dependent->reason.contains(QStringLiteral("not signed"))) << dependent->reason.toStdString();

    // Signed, the same module loads, and its initialiser runs then (the trace proves the fixture works).
    sign(dir.filePath(QStringLiteral("plugins/static-init-trace")), clinicKey);
    auto again = load(signingProfile());
    EXPECT_TRUE(running(*again, QStringLiteral("static-init-trace")));
    EXPECT_TRUE(QFileInfo::exists(trace));
    qunsetenv("TESSERA_TEST_STATIC_INIT_TRACE");
}

TEST_F(ModuleTrustTest, AModuleSignedByAnotherKeyIsRefused)
{
    sign(install(kFixtures + QStringLiteral("/main/good")), otherKey);
    auto pm = load(signingProfile());
    EXPECT_TRUE(refused(*pm, QStringLiteral("good"),
                        QStringLiteral("it is signed by a key that is not trusted here (key %1)").arg(otherKey.publicKey().keyId())));
}

TEST_F(ModuleTrustTest, ALibraryChangedAfterSigningIsRefused)
{
    const QString folder = install(kFixtures + QStringLiteral("/main/good"));
    sign(folder, clinicKey);
    flipLastByte(QDir(folder).filePath(QStringLiteral("libgood.so")));
    auto pm = load(signingProfile());
    EXPECT_TRUE(refused(*pm, QStringLiteral("good"), QStringLiteral("its library libgood.so changed after it was signed")));
}

TEST_F(ModuleTrustTest, AManifestChangedAfterSigningIsRefused)
{
    const QString folder = install(kFixtures + QStringLiteral("/main/good"));
    sign(folder, clinicKey);
    // A manifest that grants itself more (here: reading another module's kind) is a changed manifest.
    QFile f(QDir(folder).filePath(QStringLiteral("plugin.json")));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray json = f.readAll();
    json.replace("\"kinds\"", "\"reads\": [\"journal/checkin\"], \"kinds\"");
    ASSERT_TRUE(f.resize(0));
    ASSERT_EQ(f.write(json), json.size());
    f.close();
    auto pm = load(signingProfile());
    EXPECT_TRUE(refused(*pm, QStringLiteral("good"), QStringLiteral("its plugin.json changed after it was signed")));
}

TEST_F(ModuleTrustTest, AnAlteredOrDamagedSignatureIsRefused)
{
    const QString folder = install(kFixtures + QStringLiteral("/main/good"));
    sign(folder, clinicKey);
    const QString sigPath = QDir(folder).filePath(QStringLiteral("plugin.sig"));
    QFile f(sigPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    // The version in plugin.sig changed by hand: the signature no longer matches.
    QByteArray altered = original;
    altered.replace("\"1.2.0\"", "\"1.2.1\"");
    ASSERT_NE(altered, original);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(altered);
    f.close();
    auto pm = load(signingProfile());
    EXPECT_TRUE(refused(*pm, QStringLiteral("good"), QStringLiteral("plugin.sig was altered after signing")));

    // Cut short: refused, naming the file.
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(original.left(original.size() / 2));
    f.close();
    auto cut = load(signingProfile());
    EXPECT_TRUE(refused(*cut, QStringLiteral("good"), QStringLiteral("its signature cannot be read")));
    EXPECT_TRUE(refused(*cut, QStringLiteral("good"), QStringLiteral("plugin.sig")));
}

TEST_F(ModuleTrustTest, AllowedHashesLetAnUnsignedModuleRunUntilItChanges)
{
    const QString folder = install(kFixtures + QStringLiteral("/main/good"));
    Profile p = signingProfile();
    auto library = trust::fileSha256(QDir(folder).filePath(QStringLiteral("libgood.so")));
    auto manifest = trust::fileSha256(QDir(folder).filePath(QStringLiteral("plugin.json")));
    ASSERT_OK(library);
    ASSERT_OK(manifest);
    p.moduleTrust.allowedHashes = {AllowedModuleHashes{QStringLiteral("good"), library.value(), manifest.value()}};
    auto pm = load(p);
    EXPECT_TRUE(running(*pm, QStringLiteral("good")));
    EXPECT_EQ(pm->find(QStringLiteral("good"))->trust, QStringLiteral("allowed by its hashes in the profile"));

    // The same hashes under another id allow nothing.
    Profile other = p;
    other.moduleTrust.allowedHashes.first().id = QStringLiteral("not-good");
    EXPECT_TRUE(refused(*load(other), QStringLiteral("good"), QStringLiteral("it is not signed")));

    flipLastByte(QDir(folder).filePath(QStringLiteral("libgood.so")));
    auto changed = load(p);
    EXPECT_TRUE(refused(*changed, QStringLiteral("good"),
                        QStringLiteral("its library libgood.so does not match the hash the profile allows for \"good\"")));
}

TEST_F(ModuleTrustTest, TheBundledModulesRunUnderTrustBundled)
{
    ASSERT_FALSE(trust::bundledModulesKey().bytes.isEmpty());
    Profile p = signingProfile();
    p.moduleTrust.trustBundled = true;
    auto pm = load(p, {kBundled});
    int count = 0;
    for (const auto& r : pm->records()) {
        ++count;
        EXPECT_TRUE(running(*pm, r->id));
        EXPECT_TRUE(r->trust.contains(QStringLiteral("the modules that came with Tessera"))) << r->trust.toStdString();
    }
    EXPECT_GE(count, 7);

    // What the check costs at start: discovery of the bundled modules with and
    // without it (it hashes every library and manifest; best of 5).
    auto discoverMs = [&](const Profile& profile) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 5; ++i) {
            PluginManager::Options o;
            o.pluginDirs = {kBundled};
            o.stateDir = dir.filePath(QStringLiteral("state-bench"));
            o.profile = profile;
            PluginManager m(o);
            QElapsedTimer t;
            t.start();
            m.discover();
            best = std::min(best, t.nsecsElapsed() / 1000);
        }
        return best / 1000.0;
    };
    Profile open;
    const double without = discoverMs(open);
    const double with = discoverMs(p);
    qint64 bytes = 0;
    for (const auto& r : pm->records())
        bytes += QFileInfo(r->manifest->libraryPath).size();
    test::report(QStringLiteral("moduletrust"),
                 QStringLiteral("module signatures: discovering the %1 bundled modules (%2 MB of libraries) takes %3 ms with "
                                "trustBundled, %4 ms without")
                     .arg(count).arg(bytes / 1e6, 0, 'f', 1).arg(with, 0, 'f', 1).arg(without, 0, 'f', 1));

    // Without trustBundled, the clinic's key alone does not cover them.
    auto refusedAll = load(signingProfile(), {kBundled});
    for (const auto& r : refusedAll->records())
        EXPECT_TRUE(refused(*refusedAll, r->id, QStringLiteral("it is signed by a key that is not trusted here")));
}

} // namespace
