// tessera-cli's bin, deleting forever and encrypted exports (issue 21), as a
// subprocess on temporary journals.
#include "store/backups.h"
#include "store/journalkey.h"
#include "store/journalstore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

using namespace tessera;
using namespace tessera::core;
using test::runCli;

namespace {

using test::bytesOf;
using test::writeFile;

class PurgeCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("TESSERA_TEST_FAST_KDF", "1"); // inherited by tessera-cli: test-only Argon2id limits
        ASSERT_TRUE(dir.isValid());
        word = QStringLiteral("echidna") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }
    QStringList data() const { return {QStringLiteral("--data-dir"), dir.path()}; }
    QString journal() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    QString addCheckin(const QString& note)
    {
        auto r = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                    QStringLiteral("journal/checkin"), QStringLiteral("--title"), QStringLiteral("Check-in"),
                                    QStringLiteral("--mood"), QStringLiteral("5"), QStringLiteral("--payload"),
                                    QStringLiteral("{\"feelings\":[\"calm\"],\"note\":\"%1\"}").arg(note)}
                        + data());
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }
    test::ProcessResult cli(const QStringList& args) { return runCli(args + data()); }
    QTemporaryDir dir;
    QString word;
};

TEST_F(PurgeCliTest, BinListsDeletedEntriesAndPurgeDeletesThemForever)
{
    const QString a = addCheckin(word + QStringLiteral(" first"));
    const QString b = addCheckin(word + QStringLiteral(" second"));
    const QString live = addCheckin(QStringLiteral("an ordinary day"));
    EXPECT_TRUE(cli({QStringLiteral("entries"), QStringLiteral("bin")}).out.contains(QStringLiteral("The bin is empty.")));
    ASSERT_EQ(cli({QStringLiteral("entries"), QStringLiteral("delete"), a}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("entries"), QStringLiteral("delete"), b}).exitCode, 0);

    auto bin = cli({QStringLiteral("entries"), QStringLiteral("bin")});
    ASSERT_EQ(bin.exitCode, 0) << bin.err.toStdString();
    EXPECT_TRUE(bin.out.contains(a));
    EXPECT_TRUE(bin.out.contains(b));
    EXPECT_FALSE(bin.out.contains(live));
    EXPECT_TRUE(bin.out.contains(QStringLiteral("2 entries in the bin")));
    EXPECT_TRUE(bin.out.contains(QStringLiteral("journal/checkin")));
    auto json = cli({QStringLiteral("entries"), QStringLiteral("bin"), QStringLiteral("--json")});
    const QJsonArray listed = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("id")).toString(), b); // most recently deleted first
    EXPECT_FALSE(listed[0].toObject().value(QStringLiteral("deletedAt")).toString().isEmpty());

    // A live entry is refused by name and nothing is deleted, not even the one in the bin.
    auto refused = cli({QStringLiteral("entries"), QStringLiteral("purge"), a, live});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(live)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not in the bin")));
    EXPECT_TRUE(cli({QStringLiteral("entries"), QStringLiteral("bin")}).out.contains(a));
    // Neither IDs nor --deleted-before, or both: a usage error.
    EXPECT_EQ(cli({QStringLiteral("entries"), QStringLiteral("purge")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("entries"), QStringLiteral("purge"), a, QStringLiteral("--deleted-before"), QStringLiteral("0")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("entries"), QStringLiteral("purge"), QStringLiteral("--deleted-before"), QStringLiteral("soon")}).exitCode, 1);

    // By id (a prefix will do), then the rest by age.
    auto one = cli({QStringLiteral("entries"), QStringLiteral("purge"), a.left(8)});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.contains(QStringLiteral("Deleted forever: ") + a));
    EXPECT_TRUE(one.out.contains(QStringLiteral("cannot be undone")));
    EXPECT_EQ(cli({QStringLiteral("entries"), QStringLiteral("show"), a}).exitCode, 1);
    auto later = cli({QStringLiteral("entries"), QStringLiteral("purge"), QStringLiteral("--deleted-before"), QStringLiteral("30")});
    ASSERT_EQ(later.exitCode, 0);
    EXPECT_TRUE(later.out.contains(QStringLiteral("Nothing was deleted"))); // b was deleted just now
    auto rest = cli({QStringLiteral("entries"), QStringLiteral("purge"), QStringLiteral("--deleted-before"), QStringLiteral("0")});
    ASSERT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    EXPECT_TRUE(rest.out.contains(QStringLiteral("Deleted forever: ") + b));
    EXPECT_TRUE(cli({QStringLiteral("entries"), QStringLiteral("bin")}).out.contains(QStringLiteral("The bin is empty.")));
    EXPECT_EQ(cli({QStringLiteral("entries"), QStringLiteral("show"), live}).exitCode, 0);

    // The notes' word is in neither file of the journal.
    EXPECT_FALSE(bytesOf(journal()).contains(word.toUtf8()));
    EXPECT_FALSE(bytesOf(journal() + QStringLiteral("-wal")).contains(word.toUtf8()));
    EXPECT_TRUE(bytesOf(journal()).contains("an ordinary day"));
}

// Automatic backups made before say so, in the purge's output and at `db
// restore`; --also-old-backups removes them and makes a new one.
TEST_F(PurgeCliTest, BackupsMadeBeforeTheBinWasEmptiedSaySo)
{
    const QString a = addCheckin(word);
    ASSERT_EQ(cli({QStringLiteral("entries"), QStringLiteral("delete"), a}).exitCode, 0);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString old = folder + QStringLiteral("/journal-")
        + QDateTime::currentDateTimeUtc().addDays(-1).toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
    ASSERT_EQ(cli({QStringLiteral("db"), QStringLiteral("backup"), old}).exitCode, 0);

    auto purge = cli({QStringLiteral("entries"), QStringLiteral("purge"), a});
    ASSERT_EQ(purge.exitCode, 0) << purge.err.toStdString();
    EXPECT_TRUE(purge.out.contains(QStringLiteral("1 automatic backups made before still hold these entries"))) << purge.out.toStdString();
    EXPECT_TRUE(BackupRotation(folder).madeBeforeBinEmptied(old));
    auto restore = cli({QStringLiteral("db"), QStringLiteral("restore")});
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.contains(QStringLiteral("made before the bin was emptied on"))) << restore.out.toStdString();

    // The restore brought the entry back (in the bin); deleted forever again, with the old backups.
    auto again = cli({QStringLiteral("entries"), QStringLiteral("purge"), QStringLiteral("--deleted-before"), QStringLiteral("0"),
                      QStringLiteral("--also-old-backups")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Removed 1 older automatic backups"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("not overwritten")));
    EXPECT_FALSE(QFileInfo::exists(old));
    const QStringList now = BackupRotation(folder).list();
    ASSERT_EQ(now.size(), 1);
    EXPECT_FALSE(bytesOf(now.first()).contains(word.toUtf8()));
}

// The copy made before an upgrade of the journal's format is the whole
// journal of that day and no rotation replaces it: a purge names it, and
// --also-old-backups removes it. A half-written one, left by an upgrade that
// was killed, goes at the next read-write open (and not at a read-only one).
TEST_F(PurgeCliTest, CopiesMadeBeforeAFormatUpgradeAreNamedAndCanBeRemoved)
{
    QFile sql(tessera::test::fixtureSourceDir() + QStringLiteral("/journals/v2.sql"));
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    test::execSql(journal(), QString::fromUtf8(sql.readAll()));
    const QString binned = QStringLiteral("0b0e8a52-3c55-4b8e-9b8e-0c1f2a000003"); // in the fixture's bin
    const QString abandoned = journal() + QStringLiteral(".v6-20261130-101010.backup.partial");
    writeFile(abandoned, "a copy an upgrade was writing when it was killed " + binned.toUtf8());
    writeFile(abandoned + QStringLiteral("-journal"), "its rollback journal");
    // Another journal's, whose name starts the same way: not this journal's to remove.
    const QString others = dir.filePath(QStringLiteral("journal.sqlite.vacation.sqlite.v6-20261130-101010.backup.partial"));
    writeFile(others, "another journal's copy");

    auto purge = cli({QStringLiteral("entries"), QStringLiteral("purge"), binned});
    ASSERT_EQ(purge.exitCode, 0) << purge.err.toStdString();
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("journal.sqlite.v2-*.backup")}, QDir::Files);
    ASSERT_EQ(copies.size(), 1) << purge.out.toStdString();
    const QString copy = dir.filePath(copies.first());
    EXPECT_TRUE(purge.out.contains(QStringLiteral("copies made before an upgrade of the journal's format may still hold them")))
        << purge.out.toStdString();
    EXPECT_TRUE(purge.out.contains(QDir::toNativeSeparators(copy))) << purge.out.toStdString();
    EXPECT_TRUE(bytesOf(copy).contains(binned.toUtf8())); // the whole journal as it was
    EXPECT_FALSE(bytesOf(journal()).contains(binned.toUtf8()));
    EXPECT_FALSE(QFile::exists(abandoned)) << "the read-write open kept a half-written upgrade copy";
    EXPECT_FALSE(QFile::exists(abandoned + QStringLiteral("-journal")));

    // A read-only command leaves such a copy alone (a writer may hold the journal).
    writeFile(abandoned, "again");
    ASSERT_EQ(cli({QStringLiteral("entries"), QStringLiteral("list")}).exitCode, 0);
    EXPECT_TRUE(QFile::exists(abandoned));

    // The next purge with --also-old-backups removes the upgrade copy (and the abandoned one went at its open).
    const QString other = QStringLiteral("0b0e8a52-3c55-4b8e-9b8e-0c1f2a000002");
    ASSERT_EQ(cli({QStringLiteral("entries"), QStringLiteral("delete"), other}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(abandoned));
    auto all = cli({QStringLiteral("entries"), QStringLiteral("purge"), other, QStringLiteral("--also-old-backups")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_TRUE(all.out.contains(QStringLiteral("Removed 1 of the copies made before an upgrade"))) << all.out.toStdString();
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_TRUE(JournalStore::upgradeBackups(journal()).isEmpty());
    EXPECT_TRUE(QFile::exists(others)) << "another journal's upgrade copy was removed";
}

TEST_F(PurgeCliTest, EncryptedExportRoundTripAndAWrongPassphraseIsRefused)
{
    addCheckin(word + QStringLiteral(" one"));
    addCheckin(word + QStringLiteral(" two"));
    const QString pass = dir.filePath(QStringLiteral("export-pass"));
    writeFile(pass, "blue lantern harbour\n");
    const QString sealed = dir.filePath(QStringLiteral("export.enc"));
    auto ex = cli({QStringLiteral("export"), QStringLiteral("--encrypt"), QStringLiteral("--export-passphrase-file"), pass,
                   QStringLiteral("--output"), sealed});
    ASSERT_EQ(ex.exitCode, 0) << ex.err.toStdString();
    EXPECT_TRUE(ex.err.contains(QStringLiteral("(encrypted)")));
    const QByteArray bytes = bytesOf(sealed);
    EXPECT_TRUE(bytes.startsWith("TESSERA-EXPORT-ENC\x01\x01"));
    EXPECT_FALSE(bytes.contains(word.toUtf8()));
    EXPECT_FALSE(bytes.contains("journal/checkin"));

    // A wrong passphrase: refused naming the file, nothing imported.
    QTemporaryDir other;
    const QStringList otherData{QStringLiteral("--data-dir"), other.path()};
    const QString wrong = dir.filePath(QStringLiteral("wrong-pass"));
    writeFile(wrong, "red lantern harbour\n");
    auto refused = runCli(QStringList{QStringLiteral("import"), sealed, QStringLiteral("--export-passphrase-file"), wrong} + otherData);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(sealed)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("passphrase does not open")));
    // A damaged file: a byte changed near the end.
    QByteArray damaged = bytes;
    damaged[damaged.size() - 5] = static_cast<char>(damaged.at(damaged.size() - 5) ^ 0x01);
    const QString damagedPath = dir.filePath(QStringLiteral("damaged.enc"));
    writeFile(damagedPath, damaged);
    auto broken = runCli(QStringList{QStringLiteral("import"), damagedPath, QStringLiteral("--export-passphrase-file"), pass} + otherData);
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(damagedPath)) << broken.err.toStdString();
    // Cut short.
    const QString shortPath = dir.filePath(QStringLiteral("short.enc"));
    writeFile(shortPath, bytes.left(bytes.size() - 20));
    auto cut = runCli(QStringList{QStringLiteral("import"), shortPath, QStringLiteral("--export-passphrase-file"), pass} + otherData);
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_TRUE(cut.err.contains(QStringLiteral("damaged"))) << cut.err.toStdString();
    auto info = runCli(QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")} + otherData);
    EXPECT_EQ(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("entries")).toInt(), 0);

    // The right one: every entry back.
    auto im = runCli(QStringList{QStringLiteral("import"), sealed, QStringLiteral("--export-passphrase-file"), pass} + otherData);
    ASSERT_EQ(im.exitCode, 0) << im.err.toStdString();
    EXPECT_TRUE(im.out.contains(QStringLiteral("Imported 2 of 2")));
    auto found = runCli(QStringList{QStringLiteral("entries"), QStringLiteral("search"), word} + otherData);
    EXPECT_EQ(found.out.count(QStringLiteral("journal/checkin")), 2) << found.out.toStdString();

    // CSV is a folder for a spreadsheet (issue 23): --encrypt is refused for it,
    // and nothing is written. --export-passphrase-file alone is a mistake.
    auto csv = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--encrypt"),
                    QStringLiteral("--export-passphrase-file"), pass, QStringLiteral("--output"), dir.filePath(QStringLiteral("e.csv.enc"))});
    EXPECT_EQ(csv.exitCode, 1) << csv.err.toStdString();
    EXPECT_TRUE(csv.err.contains(QStringLiteral("--encrypt is for --format json"))) << csv.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("e.csv.enc"))));
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--export-passphrase-file"), pass}).exitCode, 1);
}

// A plain export of an encrypted journal says, on stderr, that the file is not encrypted.
TEST_F(PurgeCliTest, APlainExportOfAnEncryptedJournalWarns)
{
    const QByteArray passphrase = "correct horse battery staple";
    {
        auto created = JournalKey::create(JournalKey::pathFor(journal()), passphrase);
        ASSERT_OK(created);
        auto store = JournalStore::open(journal(), JournalStore::Mode::ReadWrite, created->key);
        ASSERT_OK(store);
        sdk::EntryDraft d;
        d.kind = QStringLiteral("tessera/support-offered");
        d.title = QStringLiteral("Support offered");
        ASSERT_OK(store.value()->add(d));
    }
    const QString pass = dir.filePath(QStringLiteral("journal-pass"));
    writeFile(pass, passphrase + '\n');
    auto plain = cli({QStringLiteral("export"), QStringLiteral("--passphrase-file"), pass, QStringLiteral("--output"),
                      dir.filePath(QStringLiteral("plain.json"))});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.err.contains(QStringLiteral("this export is not: anyone with the file can read"))) << plain.err.toStdString();
    EXPECT_TRUE(bytesOf(dir.filePath(QStringLiteral("plain.json"))).contains("Support offered"));

    const QString exportPass = dir.filePath(QStringLiteral("export-pass"));
    writeFile(exportPass, "another passphrase\n");
    auto sealed = cli({QStringLiteral("export"), QStringLiteral("--passphrase-file"), pass, QStringLiteral("--encrypt"),
                       QStringLiteral("--export-passphrase-file"), exportPass, QStringLiteral("--output"),
                       dir.filePath(QStringLiteral("sealed.enc"))});
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err.toStdString();
    EXPECT_FALSE(sealed.err.contains(QStringLiteral("not encrypted")));
    EXPECT_FALSE(bytesOf(dir.filePath(QStringLiteral("sealed.enc"))).contains("Support offered"));

    // The bin and purge work on the encrypted journal through tessera-cli too.
    EXPECT_TRUE(cli({QStringLiteral("entries"), QStringLiteral("bin"), QStringLiteral("--passphrase-file"), pass})
                    .out.contains(QStringLiteral("The bin is empty.")));
}

} // namespace
