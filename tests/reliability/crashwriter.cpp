// A writer for the crash-safety test: adds and edits entries through the real
// store as fast as it can and reports each write only after the store has
// acknowledged it. The test kills it with SIGKILL at a random moment.
//
//   tessera_crash_writer JOURNAL FIRST_N SEED
//
// Output (stdout, one line per acknowledged write, flushed at once):
//   ready
//   add <id> <n>
//   edit <id> <n>
// n grows by one per write and starts at FIRST_N, so no two writes, in any
// run, carry the same n.
#include "cli/passphraseinput.h"
#include "store/journalkey.h"
#include "store/journalstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <random>
#include <string>

#include <QFileInfo>

using namespace tessera;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: tessera_crash_writer JOURNAL FIRST_N SEED\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    qint64 n = std::stoll(argv[2]);
    std::mt19937 rng(static_cast<unsigned>(std::stoul(argv[3])));

    // An encrypted journal (the suite's encrypted run): unlocked with the
    // passphrase in $TESSERA_PASSPHRASE_FILE, as tessera-cli does.
    std::shared_ptr<const core::DataKey> key;
    if (QFileInfo::exists(core::JournalKey::pathFor(path))) {
        auto passphrase = cli::readPassphraseFile(qEnvironmentVariable("TESSERA_PASSPHRASE_FILE"));
        if (!passphrase.ok()) {
            std::fprintf(stderr, "the journal is encrypted: %s\n", passphrase.error().message.toLocal8Bit().constData());
            return 1;
        }
        auto unlocked = core::JournalKey::unlock(core::JournalKey::pathFor(path), passphrase.value());
        if (!unlocked.ok()) {
            std::fprintf(stderr, "unlock failed: %s\n", unlocked.error().message.toLocal8Bit().constData());
            return 1;
        }
        key = unlocked.value();
    }
    auto opened = core::JournalStore::open(path, core::JournalStore::Mode::ReadWrite, key);
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", opened.error().message.toLocal8Bit().constData());
        return 1;
    }
    auto store = std::move(opened).value();
    std::printf("ready\n");
    std::fflush(stdout);

    QStringList mine;
    const QString filler(1500, QLatin1Char('x')); // some writes span pages, so checkpoints happen
    for (;;) {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("journal/entry");
        d.title = QStringLiteral("write %1").arg(n);
        d.summary = QStringLiteral("crash test");
        d.mood = static_cast<int>(n % 11);
        d.payload = QJsonObject{{QStringLiteral("n"), n},
                                {QStringLiteral("text"), (rng() % 4 == 0) ? filler : QStringLiteral("short")}};
        const bool edit = !mine.isEmpty() && rng() % 2 == 0;
        if (edit) {
            const QString id = mine.at(static_cast<int>(rng() % static_cast<unsigned>(mine.size())));
            auto r = store->update(id, d);
            if (!r.ok()) {
                std::fprintf(stderr, "update failed: %s\n", r.error().message.toLocal8Bit().constData());
                return 1;
            }
            std::printf("edit %s %lld\n", id.toLatin1().constData(), static_cast<long long>(n));
        } else {
            auto r = store->add(d);
            if (!r.ok()) {
                std::fprintf(stderr, "add failed: %s\n", r.error().message.toLocal8Bit().constData());
                return 1;
            }
            mine << r.value().id;
            std::printf("add %s %lld\n", r.value().id.toLatin1().constData(), static_cast<long long>(n));
        }
        std::fflush(stdout);
        ++n;
    }
}
