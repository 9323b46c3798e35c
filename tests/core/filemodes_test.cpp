// Private files (issue 21): what Tessera writes is readable by the person's
// account only, whatever the umask it was started with, and what an older
// Tessera left readable is tightened at the next start. Real tessera-cli
// processes on one data folder.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace tessera;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

class FileModesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        previousMask = ::umask(022); // as a desktop session usually starts programs
        data = dir.filePath(QStringLiteral("data"));
    }
    void TearDown() override { ::umask(previousMask); }
    QStringList withData(QStringList args) const { return args << QStringLiteral("--data-dir") << data; }
    void add(const QString& title)
    {
        auto r = test::runCli(withData({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"),
                                        QStringLiteral("journal/checkin"), QStringLiteral("--title"), title,
                                        QStringLiteral("--mood"), QStringLiteral("5")}));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    // Every file and folder under the data folder that others could read, write or enter.
    QStringList openToOthers() const
    {
        QStringList out;
        if (modeOf(data) & 077)
            out << QStringLiteral("%1 (%2)").arg(data).arg(modeOf(data), 0, 8);
        QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (modeOf(path) & 077)
                out << QStringLiteral("%1 (%2)").arg(path).arg(modeOf(path), 0, 8);
        }
        return out;
    }
    QTemporaryDir dir;
    QString data;
    mode_t previousMask = 022;
};

TEST_F(FileModesTest, EverythingTesseraWritesIsForThisAccountOnly)
{
    add(QStringLiteral("first"));
    add(QStringLiteral("second"));
    const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(test::runCli(withData({QStringLiteral("db"), QStringLiteral("backup"), backup})).exitCode, 0);
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    ASSERT_EQ(test::runCli(withData({QStringLiteral("export"), QStringLiteral("--output"), exported})).exitCode, 0);
    EXPECT_EQ(modeOf(backup), 0600u);
    EXPECT_EQ(modeOf(exported), 0600u);
    // A backup someone left readable is restored into a private journal.
    ::chmod(QFile::encodeName(backup).constData(), 0644);
    auto restored = test::runCli(withData({QStringLiteral("db"), QStringLiteral("restore"), backup}));
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();

    ASSERT_TRUE(QFile::exists(QDir(data).filePath(QStringLiteral("journal.sqlite"))));
    ASSERT_TRUE(QDir(QDir(data).filePath(QStringLiteral("logs"))).entryList(QDir::Files).size() > 0);
    EXPECT_EQ(modeOf(data), 0700u);
    EXPECT_EQ(modeOf(QDir(data).filePath(QStringLiteral("journal.sqlite"))), 0600u);
    EXPECT_TRUE(openToOthers().isEmpty()) << openToOthers().join(QLatin1Char('\n')).toStdString();
}

TEST_F(FileModesTest, WhatAnOlderTesseraLeftOpenIsTightenedAtTheNextStart)
{
    add(QStringLiteral("first"));
    // As Tessera 0.x left them: folders 0755, files 0644.
    QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList paths{data};
    while (it.hasNext())
        paths << it.next();
    for (const QString& p : paths)
        ::chmod(QFile::encodeName(p).constData(), QFileInfo(p).isDir() ? 0755 : 0644);
    ASSERT_FALSE(openToOthers().isEmpty());

    auto r = test::runCli(withData({QStringLiteral("entries"), QStringLiteral("list")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(openToOthers().isEmpty()) << openToOthers().join(QLatin1Char('\n')).toStdString();
}

TEST_F(FileModesTest, AJournalOutsideTheDataFolderIsPrivateToo)
{
    const QString journal = dir.filePath(QStringLiteral("elsewhere.sqlite"));
    auto r = test::runCli({QStringLiteral("entries"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("journal/checkin"),
                           QStringLiteral("--title"), QStringLiteral("t"), QStringLiteral("--mood"), QStringLiteral("4"),
                           QStringLiteral("--data-dir"), data, QStringLiteral("--journal"), journal});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(journal), 0600u);
    ::chmod(QFile::encodeName(journal).constData(), 0644);
    ASSERT_EQ(test::runCli({QStringLiteral("entries"), QStringLiteral("list"), QStringLiteral("--data-dir"), data,
                            QStringLiteral("--journal"), journal}).exitCode, 0);
    EXPECT_EQ(modeOf(journal), 0600u);
}

} // namespace
