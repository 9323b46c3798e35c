// The SDK 2 compatibility promise, tried through the real parts: a module
// compiled against the SDK 2.0 headers (sdk/abi/include-2, see
// tests/abi/CMakeLists.txt) is loaded by today's plugin manager into a real
// journal file and does what a module does: saves, edits, reads, queries,
// aggregates, validates with PayloadCheck, logs, is refused another module's
// kind, and refreshes on changes.
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugin.h>

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

QString call(QObject* backend, const char* method, QGenericArgument a = {}, QGenericArgument b = {},
             QGenericArgument c = {})
{
    QString out;
    EXPECT_TRUE(QMetaObject::invokeMethod(backend, method, Qt::DirectConnection, Q_RETURN_ARG(QString, out), a, b, c))
        << method;
    return out;
}

class BaselineModuleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto s = JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_OK(s);
        store = std::move(s).value();
        PluginManager::Options o;
        o.pluginDirs = {QStringLiteral(TESSERA_BASELINE_PLUGIN_DIR), tessera::test::fixturePluginDir() + QStringLiteral("/main")};
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.dataDir = dir.path();
        o.profile.enabled = QStringList{QStringLiteral("baseline-module"), QStringLiteral("good")};
        pm = std::make_unique<PluginManager>(o);
        pm->loadAll(*store);
    }
    void TearDown() override
    {
        if (pm)
            pm->shutdownAll();
    }

    QTemporaryDir dir;
    std::unique_ptr<JournalStore> store;
    std::unique_ptr<PluginManager> pm;
};

} // namespace

TEST_F(BaselineModuleTest, AModuleBuiltAgainstTheBaselineHeadersWorksInThisHost)
{
    const PluginRecord* r = pm->find(QStringLiteral("baseline-module"));
    ASSERT_NE(r, nullptr);
    ASSERT_EQ(r->state, PluginState::Initialized) << r->reason.toStdString();
    QObject* backend = r->plugin->backend();
    ASSERT_NE(backend, nullptr);
    const int refreshesAtStart = backend->property("refreshes").toInt();
    EXPECT_EQ(refreshesAtStart, 1); // watchJournal() refreshed once

    const QString id = call(backend, "saveNote", Q_ARG(QString, QString()), Q_ARG(QString, QStringLiteral("first")), Q_ARG(int, 4));
    ASSERT_FALSE(id.isEmpty()) << backend->property("lastError").toString().toStdString();
    EXPECT_EQ(call(backend, "saveNote", Q_ARG(QString, id), Q_ARG(QString, QStringLiteral("edited")), Q_ARG(int, 6)), id);
    EXPECT_EQ(call(backend, "describe", Q_ARG(QString, id)),
              QStringLiteral("baseline-module/note|edited|baseline|mood 6|rev 2|page 1|avg 6|history 1"));

    // The host validates through the module's PayloadCheck (a list of 1-3 non-empty strings).
    EXPECT_EQ(call(backend, "saveNote", Q_ARG(QString, QString()), Q_ARG(QString, QString()), Q_ARG(int, 5)), QString());
    EXPECT_TRUE(backend->property("lastError").toString().contains(QStringLiteral("text")))
        << backend->property("lastError").toString().toStdString();

    // Another module's kind: named from its manifest, never writable.
    EXPECT_EQ(call(backend, "otherKindTitle"), QStringLiteral("Good fixture: Note"));
    EXPECT_EQ(call(backend, "forbiddenWrite"), QString::number(int(sdk::ErrorCode::PermissionDenied)));

    // remove()/restore() from the base class, and a refresh after the changes.
    bool removed = false;
    ASSERT_TRUE(QMetaObject::invokeMethod(backend, "remove", Qt::DirectConnection, Q_RETURN_ARG(bool, removed), Q_ARG(QString, id)));
    EXPECT_TRUE(removed);
    EXPECT_TRUE(store->get(id).value().isDeleted());
    for (int i = 0; i < 5 && backend->property("refreshes").toInt() == refreshesAtStart; ++i)
        QCoreApplication::processEvents();
    EXPECT_GT(backend->property("refreshes").toInt(), refreshesAtStart);
}

// SDK 2.1 added DueItemSource: a module built against the 2.0 headers does not
// implement it (it did not exist), so it has nothing due, and asking is safe.
TEST_F(BaselineModuleTest, AModuleBuiltForSdk20HasNothingDue)
{
    const PluginRecord* r = pm->find(QStringLiteral("baseline-module"));
    ASSERT_NE(r, nullptr);
    ASSERT_EQ(r->state, PluginState::Initialized) << r->reason.toStdString();
    EXPECT_FALSE(pm->hasDueItems(QStringLiteral("baseline-module")));
    EXPECT_TRUE(pm->dueItems(QDate(2026, 3, 10)).isEmpty());
    EXPECT_TRUE(pm->dueItems(QDate::currentDate()).isEmpty());
}
