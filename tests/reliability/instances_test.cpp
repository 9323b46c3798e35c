// Two programs on one journal: while a writer process saves entries, a
// second desktop app, the command-line tool and a second store in this
// process are each told plainly that the journal is open elsewhere, and the
// writer carries on without an error or a lost write.
#include "store/journalstore.h"

#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>

using namespace tessera;
using namespace tessera::core;

TEST(TwoInstances, SecondIsToldPlainlyAndTheFirstLosesNothing)
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(TESSERA_CRASH_WRITER), {journal, QStringLiteral("1"), QStringLiteral("7")});
    ASSERT_TRUE(writer.waitForReadyRead(10000));
    const QString pid = QString::number(writer.processId());

    // This process.
    auto second = test::openJournal(journal);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, sdk::ErrorCode::Conflict);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already open in tessera_crash_writer (process %1").arg(pid)))
        << second.error().message.toStdString();

    // The command-line tool.
    auto cli = test::runCli({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("journal/entry"),
                             QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--payload"), QStringLiteral("{\"text\":\"x\"}"),
                             QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("already open"))) << cli.err.toStdString();

    // A second desktop app opens, shows why, and exits after its screenshot.
    auto app = test::runProcess(tessera::test::builtApp(),
                                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("second.png"))});
    EXPECT_EQ(app.exitCode, 0) << app.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("second.png"))));
    QFile log(dir.filePath(QStringLiteral("logs/tessera.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(log.readAll().contains("already open in tessera_crash_writer"));

    // The first writes on for a moment, then stops; everything it reported is there.
    QThread::msleep(200);
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    ASSERT_TRUE(writer.waitForFinished(10000));
    EXPECT_TRUE(writer.readAllStandardError().isEmpty());
    QHash<QString, qint64> acked;
    for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3)
            acked[QString::fromLatin1(f[1])] = f[2].toLongLong();
    }
    auto store = test::openJournal(journal);
    ASSERT_OK(store);
    for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
        auto e = store.value()->get(it.key());
        ASSERT_OK(e);
        EXPECT_GE(e->payload.value(QStringLiteral("n")).toInteger(), it.value());
    }
    EXPECT_GT(acked.size(), 0);
    test::report(QStringLiteral("instances"),
                 QStringLiteral("two instances: a second store, tessera-cli and a second tessera app were each told \"already open\"; "
                                "the first saved %1 entries meanwhile, none lost").arg(acked.size()));
}
