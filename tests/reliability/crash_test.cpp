// Crash safety: a writer process adding and editing entries through the real
// store is killed with SIGKILL at random moments, again and again, on one
// journal. After every kill the journal must open, pass PRAGMA
// integrity_check, and hold every write the writer had reported as saved,
// with at least that content (a write that committed just before the kill,
// unreported, may be newer).
//
// TESSERA_CRASH_KILLS sets the number of kills (default 200; the `long`
// test runs 2,000).
#include "store/journalstore.h"

#include "testsupport.h"

#include <QHash>
#include <tessera/sdk/entry.h>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <random>

#include <signal.h>

using namespace tessera;
using namespace tessera::core;

namespace {

struct Acked {
    qint64 n = 0;
};

int killsWanted()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("TESSERA_CRASH_KILLS", &ok);
    return ok && n > 0 ? n : 200;
}

} // namespace

TEST(CrashSafety, AcknowledgedWritesSurviveSigkill)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    const int kills = killsWanted();
    std::mt19937 rng(20261126);
    QHash<QString, qint64> expected; // id -> last acknowledged n
    qint64 nextN = 1, acks = 0, killedDuringOpen = 0, newerThanAcked = 0;

    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(TESSERA_CRASH_WRITER),
                     {journal, QString::number(nextN), QString::number(rng())});
        ASSERT_TRUE(writer.waitForStarted(10000)) << "round " << round;
        if (rng() % 10 == 0) {
            // Now and then while it opens the journal (and recovers the last crash).
            QThread::usleep(rng() % 20000);
        } else {
            ASSERT_TRUE(writer.waitForReadyRead(10000)) << "round " << round << ": the writer never got ready: "
                                                        << writer.readAllStandardError().toStdString();
            QThread::usleep(1000 + rng() % 40000);
        }
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10000));
        const QByteArray err = writer.readAllStandardError();
        ASSERT_TRUE(writer.exitStatus() == QProcess::CrashExit) << "round " << round << ": the writer stopped by itself: "
                                                                << err.toStdString();

        bool ready = false;
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
            // A line cut short by the kill has no newline and is the empty last piece or a partial one;
            // every complete line has exactly three fields.
            const QList<QByteArray> f = line.split(' ');
            if (line == "ready") {
                ready = true;
            } else if (f.size() == 3 && (f[0] == "add" || f[0] == "edit")) {
                const qint64 n = f[2].toLongLong();
                expected[QString::fromLatin1(f[1])] = n;
                nextN = std::max(nextN, n + 1);
                ++acks;
            }
        }
        killedDuringOpen += ready ? 0 : 1;
        nextN += 1000; // an unreported write may have used the next few numbers

        auto opened = test::openJournal(journal);
        ASSERT_OK(opened);
        auto& store = *opened.value();
        auto problems = store.integrityCheck();
        ASSERT_OK(problems);
        ASSERT_TRUE(problems->isEmpty()) << "round " << round << ": " << problems->join(u'\n').toStdString();
        // Every entry, read page by page (one get() per entry costs too much at 2,000 kills).
        QHash<QString, sdk::Entry> stored;
        sdk::EntryQuery q;
        q.limit = 1000;
        q.includeDeleted = true;
        for (;;) {
            auto page = store.query(q);
            ASSERT_OK(page);
            for (const sdk::Entry& e : page->entries)
                stored.insert(e.id, e);
            if (page->nextCursor.isEmpty())
                break;
            q.cursor = page->nextCursor;
        }
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            auto e = stored.constFind(it.key());
            ASSERT_NE(e, stored.constEnd()) << "round " << round << ": acknowledged entry " << it.key().toStdString() << " is gone";
            ASSERT_FALSE(e->isDeleted());
            const qint64 n = e->payload.value(QStringLiteral("n")).toInteger();
            ASSERT_GE(n, it.value()) << "round " << round << ": entry " << it.key().toStdString()
                                     << " lost its acknowledged edit";
            ASSERT_EQ(e->title, QStringLiteral("write %1").arg(n)) << "an entry's fields come from different writes";
            if (n > it.value()) {
                ++newerThanAcked;
                it.value() = n; // the newer write is now the one to keep
            }
        }
    }
    test::report(QStringLiteral("crash"),
                 QStringLiteral("crash safety: %1 SIGKILLs (%2 while opening), %3 acknowledged writes, %4 entries checked "
                                "after every kill, integrity_check ok every time, 0 acknowledged writes lost "
                                "(%5 unreported writes had also committed)")
                     .arg(kills).arg(killedDuringOpen).arg(acks).arg(expected.size()).arg(newerThanAcked));
}
