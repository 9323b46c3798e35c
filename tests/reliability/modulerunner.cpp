// Loads modules through the real plugin manager, then does one thing, for
// the liveness tests (tests/reliability/liveness_test.cpp):
//
//   tessera_module_runner DATA_DIR PLUGIN_DIR IDS ACTION [ID METHOD]
//
// IDS: the modules to enable, comma-separated. ACTION:
//   host-crash   writes through a null pointer in this program's own code
//   host-abort   calls abort() from this program's own code
//   call         calls METHOD of module ID's backend, as a page would
//                (through Qt's meta-call)
// Prints "loaded" once the modules are running.
#include "plugins/pluginmanager.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>

using namespace tessera::core;

namespace {

// Kept out of line, so the crash is in this program's code, not inlined into main().
[[gnu::noinline]] void hostCrash()
{
    volatile int* volatile nowhere = nullptr; // neither the pointer nor the write can be optimised away
    *nowhere = 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: tessera_module_runner DATA_DIR PLUGIN_DIR IDS ACTION [ID METHOD]\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    auto opened = JournalStore::open(QDir(dataDir).filePath(QStringLiteral("journal.sqlite")));
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", opened.error().message.toLocal8Bit().constData());
        return 1;
    }
    auto store = std::move(opened).value();
    PluginManager::Options o;
    o.pluginDirs = {QString::fromLocal8Bit(argv[2])};
    o.stateDir = QDir(dataDir).filePath(QStringLiteral("state"));
    o.dataDir = dataDir;
    o.profile.name = QStringLiteral("Module runner");
    o.profile.enabled = QString::fromLocal8Bit(argv[3]).split(QLatin1Char(','));
    PluginManager pm(o);
    pm.loadAll(*store);
    std::printf("loaded\n");
    std::fflush(stdout);

    const QByteArray action = argv[4];
    if (action == "host-crash")
        hostCrash();
    if (action == "host-abort")
        std::abort();
    if (action == "call" && argc == 7) {
        const PluginRecord* r = pm.find(QString::fromLocal8Bit(argv[5]));
        if (!r || !r->isRunning() || !r->plugin->backend()) {
            std::fprintf(stderr, "module %s is not running\n", argv[5]);
            return 1;
        }
        const bool called = QMetaObject::invokeMethod(r->plugin->backend(), argv[6]);
        std::printf("called %s\n", called ? "yes" : "no");
        return called ? 0 : 1;
    }
    std::fprintf(stderr, "unknown action %s\n", action.constData());
    return 2;
}
