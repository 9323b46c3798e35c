// Learn (issue 25) from the command line, as a module author and a clinic
// use it: `tessera-cli plugins check` on a module shipping articles (the
// learn-articles fixture, a real library), the same module with its manifest
// edited to list a file that is not in the library, and `profile check` on
// a clinic profile whose article file is missing, too large or has an image.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tessera::test;

namespace {

const QString kModule = tessera::test::fixturePluginDir() + QStringLiteral("/learn/learn-articles");

// A copy of the fixture module (library and manifest) to edit.
QString copyModule(const QTemporaryDir& dir)
{
    const QString to = dir.filePath(QStringLiteral("learn-articles"));
    QDir().mkpath(to);
    for (const QString& name : QDir(kModule).entryList(QDir::Files))
        EXPECT_TRUE(QFile::copy(QDir(kModule).filePath(name), QDir(to).filePath(name))) << name.toStdString();
    return to;
}

} // namespace

TEST(LearnCli, PluginsCheckFindsTheArticlesInTheLibrary)
{
    const ProcessResult r = runCli({QStringLiteral("plugins"), QStringLiteral("check"), kModule});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("article \"fixture-technique\" (\"The fixture technique\") is in the library's resources")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 article(s) listed"))) << r.out.toStdString();
}

TEST(LearnCli, PluginsCheckReportsAnArticleFileMissingFromTheLibrary)
{
    QTemporaryDir dir;
    const QString module = copyModule(dir);
    const QString manifest = QDir(module).filePath(QStringLiteral("plugin.json"));
    QByteArray json = bytesOf(manifest);
    ASSERT_TRUE(json.contains("fixture-for-family.md"));
    json.replace("LearnArticles/fixture-for-family.md", "LearnArticles/looking-after-yourself.md");
    writeFile(manifest, json);
    const ProcessResult r = runCli({QStringLiteral("plugins"), QStringLiteral("check"), module});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("article \"fixture-for-family\" (\"Helping with the fixture\"): "
                                              "qrc:/qt/qml/Tessera/Plugins/LearnArticles/looking-after-yourself.md is not in the "
                                              "library's resources")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("RESOURCES of tessera_add_plugin()"))) << r.out.toStdString();
    // The other article still passes.
    EXPECT_TRUE(r.out.contains(QStringLiteral("article \"fixture-technique\""))) << r.out.toStdString();
}

TEST(LearnCli, PluginsCheckNamesTheFieldOfABadArticleEntry)
{
    QTemporaryDir dir;
    const QString module = copyModule(dir);
    const QString manifest = QDir(module).filePath(QStringLiteral("plugin.json"));
    QByteArray json = bytesOf(manifest);
    json.replace("\"audience\": \"family\"", "\"audience\": \"partners\"");
    writeFile(manifest, json);
    const ProcessResult r = runCli({QStringLiteral("plugins"), QStringLiteral("check"), module});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE((r.out + r.err).contains(QStringLiteral("articles[1].audience"))) << r.out.toStdString() << r.err.toStdString();
}

TEST(LearnCli, ProfileCheckReadsTheClinicsArticles)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("learn"));
    writeFile(dir.filePath(QStringLiteral("learn/groups.md")), "Our groups meet on Tuesdays.\n");
    writeFile(dir.filePath(QStringLiteral("learn/chart.md")), "A chart: ![mood](https://example.org/chart.png)\n");
    const QString profile = dir.filePath(QStringLiteral("clinic.json"));
    writeFile(profile, R"({"name": "Riverside", "learn": {
        "articles": [
            {"id": "groups", "title": "Groups", "audience": "client", "minutes": 1, "topic": "treatment", "file": "learn/groups.md"},
            {"id": "chart", "title": "A chart", "audience": "client", "minutes": 1, "topic": "treatment", "file": "learn/chart.md"},
            {"id": "gone", "title": "Gone", "audience": "family", "minutes": 1, "topic": "crisis", "file": "learn/gone.md"}
        ],
        "hide": ["tessera/alcohol-and-mood"]}})");
    const ProcessResult r = runCli({QStringLiteral("profile"), QStringLiteral("check"), profile});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("ok:"))) << "a profile with a broken article is not called ok: " << r.out.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("learn.articles[0]"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("learn.articles[1].file (\"chart\")"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("has an image"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("learn.articles[2].file (\"gone\")"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("gone.md is missing"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(profile))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("QFont"))) << "no noise from Qt: " << r.err.toStdString();

    // Mended, it passes.
    QFile::remove(dir.filePath(QStringLiteral("learn/chart.md")));
    writeFile(dir.filePath(QStringLiteral("learn/chart.md")), "A chart is on the wall of the waiting room.\n");
    writeFile(dir.filePath(QStringLiteral("learn/gone.md")), "Here again.\n");
    const ProcessResult ok = runCli({QStringLiteral("profile"), QStringLiteral("check"), profile});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("learn:    3 article(s) of the clinic's; hidden: tessera/alcohol-and-mood"))) << ok.out.toStdString();
    EXPECT_FALSE(ok.out.contains(QStringLiteral("warning:  learn"))) << ok.out.toStdString();
}

// What a clinic gets wrong without an error: it is warned, naming the entry.
TEST(LearnCli, ProfileCheckWarnsAboutWhatMatchesNothing)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("learn"));
    writeFile(dir.filePath(QStringLiteral("learn/groups.md")), "Our groups meet on Tuesdays.\n");
    const QString profile = dir.filePath(QStringLiteral("clinic.json"));
    writeFile(profile, R"({"name": "Riverside", "learn": {
        "articles": [{"id": "groups", "title": "Groups", "audience": "client", "minutes": 1, "topic": "groups",
                      "page": "goals/nope", "file": "learn/groups.md"}],
        "hide": ["tessera/alcohol", "tessera/in-a-crisis"]}})");
    const ProcessResult r = runCli({QStringLiteral("profile"), QStringLiteral("check"), profile});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("warning:  learn.hide[0]: \"tessera/alcohol\" is no article"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("warning:  learn.hide[1]: \"tessera/in-a-crisis\" is about what to do in a crisis")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("warning:  learn.articles[0].topic: \"groups\""))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("warning:  learn.articles[0].page: \"goals/nope\" is no page here"))) << r.out.toStdString();
}

// `tessera-cli learn`: what the Learn page lists, with the keys a profile hides by.
TEST(LearnCli, LearnListsTheArticlesByKeyLessTheHiddenOnes)
{
    QTemporaryDir data;
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("clinic.json"));
    writeFile(profile, R"({"name": "Riverside", "learn": {"hide": ["tessera/alcohol-and-mood", "learn-articles/fixture-for-family"]}})");
    const QStringList common{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--plugin-dir"),
                             tessera::test::fixturePluginDir() + QStringLiteral("/learn"), QStringLiteral("--profile"), profile};
    const ProcessResult r = runCli(QStringList{QStringLiteral("learn")} + common);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("tessera/in-a-crisis"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("learn-articles/fixture-technique"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("the profile hides 2"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("tessera/alcohol-and-mood"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("fixture-for-family"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("For family and friends"))) << r.out.toStdString();
    const ProcessResult json = runCli(QStringList{QStringLiteral("learn"), QStringLiteral("--json")} + common);
    EXPECT_EQ(json.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_FALSE(list.isEmpty());
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("tessera/in-a-crisis"));
    // No module code ran: the listing reads manifests (and the journal folder is left alone).
    EXPECT_FALSE(QFile::exists(QDir(data.path()).filePath(QStringLiteral("journal.sqlite"))));
}
