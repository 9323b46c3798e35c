// Learn (issue 25): articles from manifests, a clinic profile and Tessera's
// own index; hidden ones absent; search; read and unread kept; links; and
// every article Tessera ships (its own and the bundled modules') readable,
// sourced and linked to pages that exist. Modules are the real fixture and
// bundled libraries loaded by the real plugin manager (their resources are
// where the articles are).
#include "app/appcontroller.h"
#include "host/host.h"
#include "host/languages.h"
#include "learn/articlelibrary.h"
#include "learn/learncontroller.h"
#include "learn/learnmodel.h"
#include "plugins/manifest.h"
#include "plugins/pluginmanager.h"
#include "profile/profile.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace tessera;
using namespace tessera::core;
using namespace tessera::test;

namespace {

const QString kLearnFixtures = tessera::test::fixturePluginDir() + QStringLiteral("/learn");

QStringList keysOf(const QList<Article>& list)
{
    QStringList out;
    for (const Article& a : list)
        out << a.key;
    return out;
}

QStringList rowKeys(const LearnModel& m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.data(m.index(i), LearnModel::KeyRole).toString();
    return out;
}

QByteArray manifestWith(const QByteArray& articles)
{
    return R"({"id": "sleep-diary", "name": "Sleep", "version": "1.0.0", "sdkVersion": "2.0",
               "pages": [{"id": "diary", "title": "Sleep diary", "url": "qrc:/qt/qml/Tessera/Plugins/SleepDiary/DiaryPage.qml"}],
               "articles": )" + articles + "}";
}

// A clinic profile beside its own article, in `dir`.
QString writeClinicProfile(const QTemporaryDir& dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("articles"));
    writeFile(dir.filePath(QStringLiteral("articles/our-groups.md")),
              "Our clinic runs a **Tuesday group**. Ask at reception.\n\n## Where this comes from\n\nOur team.\n");
    const QString path = dir.filePath(QStringLiteral("clinic.json"));
    writeFile(path, R"({
  "name": "Riverside clinic",
  "learn": {
    "articles": [
      {"id": "our-groups", "title": "Groups at Riverside", "audience": "client", "minutes": 1,
       "topic": "treatment", "page": "learn-articles/try", "file": "articles/our-groups.md"}
    ],
    "hide": ["tessera/alcohol-and-mood", "learn-articles/fixture-for-family"]
  }
})");
    return path;
}

class LearnHostTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        HostOptions o;
        o.dataDir = data.path();
        o.bundledPlugins = false;
        o.pluginDirs = {kLearnFixtures};
        o.profilePath = writeClinicProfile(profileDir);
        o.logLevel = QStringLiteral("info");
        host = std::make_unique<Host>(o);
        ASSERT_OK(host->start());
        ASSERT_TRUE(host->plugins().find(QStringLiteral("learn-articles"))->isRunning());
    }
    QTemporaryDir data;
    QTemporaryDir profileDir;
    std::unique_ptr<Host> host;
};

} // namespace

// ---- The lists: manifests and profiles ----

TEST(LearnManifest, ArticlesAreReadWithTheirFields)
{
    const auto m = parseManifest(manifestWith(R"([{"id": "keeping-a-sleep-diary", "title": "Keeping a sleep diary",
        "summary": "Why and how.", "audience": "client", "minutes": 3, "topic": "everyday", "page": "diary",
        "file": "qrc:/qt/qml/Tessera/Plugins/SleepDiary/keeping-a-sleep-diary.md"}])"), QStringLiteral("plugin.json"));
    ASSERT_OK(m);
    ASSERT_EQ(m->articles.size(), 1);
    EXPECT_EQ(m->articles[0].id, QStringLiteral("keeping-a-sleep-diary"));
    EXPECT_EQ(m->articles[0].audience, ArticleAudience::Client);
    EXPECT_EQ(m->articles[0].minutes, 3);
    EXPECT_EQ(m->articles[0].page, QStringLiteral("diary"));
}

TEST(LearnManifest, AMistakeNamesTheArticleAndField)
{
    const QByteArray file = R"("file": "qrc:/qt/qml/Tessera/Plugins/SleepDiary/a.md")";
    const struct {
        QByteArray article;
        const char* field;
    } cases[] = {
        {R"({"id": "a", "title": "A", "audience": "client", "minutes": 2, "topic": "everyday"})", "articles[0].file"},
        {R"({"id": "a", "title": "A", "audience": "partner", "minutes": 2, "topic": "everyday", )" + file + "}", "articles[0].audience"},
        {R"({"id": "a", "title": "", "audience": "client", "minutes": 2, "topic": "everyday", )" + file + "}", "articles[0].title"},
        {R"({"id": "a", "title": "A", "audience": "client", "minutes": 0, "topic": "everyday", )" + file + "}", "articles[0].minutes"},
        {R"({"id": "a", "title": "A", "audience": "client", "minutes": 2, "topic": "everyday", "page": "nowhere", )" + file + "}",
         "articles[0].page"},
        {R"({"id": "a", "title": "A", "audience": "client", "minutes": 2, "topic": "everyday",
             "file": "qrc:/qt/qml/Tessera/Plugins/Cbt/thought-records.md"})", "articles[0].file"},
        {R"({"id": "A b", "title": "A", "audience": "client", "minutes": 2, "topic": "everyday", )" + file + "}", "articles[0].id"},
    };
    for (const auto& c : cases) {
        const auto m = parseManifest(manifestWith("[" + c.article + "]"), QStringLiteral("/x/plugin.json"));
        ASSERT_FALSE(m.ok()) << c.article.toStdString();
        EXPECT_EQ(m.error().field, QString::fromLatin1(c.field)) << m.error().message.toStdString();
        EXPECT_TRUE(m.error().message.contains(QStringLiteral("plugin.json"))) << m.error().message.toStdString();
    }
}

TEST(LearnProfile, ArticlesBesideTheProfileAndHiddenOnes)
{
    QTemporaryDir dir;
    const auto p = readProfile(writeClinicProfile(dir));
    ASSERT_OK(p);
    ASSERT_EQ(p->learnArticles.size(), 1);
    EXPECT_EQ(p->learnArticles[0].file, QDir::cleanPath(dir.filePath(QStringLiteral("articles/our-groups.md"))));
    EXPECT_EQ(p->learnArticles[0].page, QStringLiteral("learn-articles/try"));
    EXPECT_EQ(p->learnHidden, (QStringList{QStringLiteral("tessera/alcohol-and-mood"), QStringLiteral("learn-articles/fixture-for-family")}));
}

TEST(LearnProfile, AMistakeNamesTheLineAndField)
{
    const auto p = parseProfile(R"({
  "name": "x",
  "learn": {
    "articles": [
      {"id": "a", "title": "A", "audience": "client", "minutes": 1, "topic": "treatment", "file": "a.md"},
      {"id": "b", "title": "B", "audience": "client", "minutes": "five", "topic": "treatment", "file": "b.md"}
    ]
  }
})", QStringLiteral("/etc/tessera/profile.json"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("line 6"))) << p.error().message.toStdString();
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("learn.articles[1].minutes"))) << p.error().message.toStdString();
    const auto hide = parseProfile(R"({"name": "x", "learn": {"hide": ["alcohol-and-mood"]}})", QStringLiteral("p.json"));
    ASSERT_FALSE(hide.ok());
    EXPECT_TRUE(hide.error().message.contains(QStringLiteral("learn.hide[0]"))) << hide.error().message.toStdString();
}

// ---- Markdown: Qt's reader decides ----

TEST(LearnMarkdown, ImagesAndHtmlAreRefusedAndLinksFound)
{
    EXPECT_EQ(markdownProblem(QStringLiteral("Plain **text** and a [link](https://www.nhs.uk/).")), QString());
    EXPECT_TRUE(markdownProblem(QStringLiteral("See ![a chart](https://example.org/pixel.png)")).contains(QStringLiteral("image")));
    EXPECT_TRUE(markdownProblem(QStringLiteral("Some <b>bold</b> words")).contains(QStringLiteral("HTML")));
    EXPECT_EQ(markdownProblem(QStringLiteral("If a < b and b > c, nothing is HTML.")), QString());
    const QList<MarkdownLink> links =
        markdownLinks(QStringLiteral("Go to [**Need** help now?](tessera:crisis), or the [NHS](https://www.nhs.uk/), or [here](tessera:crisis)."));
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links[0].text, QStringLiteral("Need help now?"));
    EXPECT_EQ(links[0].href, QStringLiteral("tessera:crisis"));
    EXPECT_EQ(links[1].href, QStringLiteral("https://www.nhs.uk/"));
}

TEST(LearnMarkdown, AFileTooLargeOrNotUtf8IsReportedByName)
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.md"));
    writeFile(big, QByteArray(kMaxArticleBytes + 1, 'a'));
    EXPECT_TRUE(readArticleFile(big).problem.contains(QStringLiteral("big.md is larger than 64 KB"))) << readArticleFile(big).problem.toStdString();
    const QString latin1 = dir.filePath(QStringLiteral("latin1.md"));
    writeFile(latin1, "caf\xe9");
    EXPECT_TRUE(readArticleFile(latin1).problem.contains(QStringLiteral("not UTF-8")));
    EXPECT_TRUE(readArticleFile(dir.filePath(QStringLiteral("gone.md"))).problem.contains(QStringLiteral("gone.md is missing")));
}

// ---- Gathered from the fixture module, the profile and Tessera's own ----

TEST_F(LearnHostTest, ArticlesComeFromModulesTheProfileAndTesseraLessTheHiddenOnes)
{
    const QList<Article> articles = gatherArticles(articleSourcesFor(host->plugins(), host->profile()));
    const QStringList keys = keysOf(articles);
    EXPECT_TRUE(keys.contains(QStringLiteral("learn-articles/fixture-technique")));
    EXPECT_TRUE(keys.contains(QStringLiteral("clinic/our-groups")));
    EXPECT_TRUE(keys.contains(QStringLiteral("tessera/what-depression-is")));
    EXPECT_TRUE(keys.contains(QStringLiteral("tessera/family-what-helps")));
    // Hidden by the profile.
    EXPECT_FALSE(keys.contains(QStringLiteral("tessera/alcohol-and-mood")));
    EXPECT_FALSE(keys.contains(QStringLiteral("learn-articles/fixture-for-family")));

    // By topic in the Learn page's order, then the part for family and friends.
    int lastRank = -1;
    bool family = false;
    for (const Article& a : articles) {
        if (a.spec.audience == ArticleAudience::Family) {
            family = true;
            continue;
        }
        EXPECT_FALSE(family) << "a client article after the family part: " << a.key.toStdString();
        const int rank = int(articleTopics().indexOf(a.spec.topic));
        EXPECT_GE(rank, lastRank) << a.key.toStdString();
        lastRank = rank;
    }
    EXPECT_TRUE(family);

    // The fixture's article comes from its library's resources; its page is the module's.
    const auto technique = std::find_if(articles.cbegin(), articles.cend(),
                                        [](const Article& a) { return a.key == QLatin1String("learn-articles/fixture-technique"); });
    ASSERT_NE(technique, articles.cend());
    EXPECT_EQ(technique->sourceName, QStringLiteral("Learn fixture"));
    EXPECT_EQ(technique->pageKey, QStringLiteral("learn-articles/try"));
    const ArticleText text = readArticle(*technique);
    EXPECT_EQ(text.problem, QString());
    EXPECT_TRUE(text.markdown.contains(QStringLiteral("zebrafinch")));
    const auto clinic = std::find_if(articles.cbegin(), articles.cend(),
                                     [](const Article& a) { return a.key == QLatin1String("clinic/our-groups"); });
    ASSERT_NE(clinic, articles.cend());
    EXPECT_EQ(clinic->sourceName, QStringLiteral("Riverside clinic"));
    EXPECT_TRUE(readArticle(*clinic).markdown.contains(QStringLiteral("Tuesday group")));
}

// After issue 30: a module's articles say "From" its name in the client's language, as
// the navigation names it (Spanish articles' lines read "De Assessments"). Under the
// "marked" language every translated text carries an invisible mark.
TEST_F(LearnHostTest, AModulesNameUnderItsArticlesIsTranslated)
{
    Languages::use(QStringLiteral("marked"));
    const QList<Article> articles = gatherArticles(articleSourcesFor(host->plugins(), host->profile()));
    Languages::use(QStringLiteral("en"));
    const auto technique = std::find_if(articles.cbegin(), articles.cend(),
                                        [](const Article& a) { return a.key == QLatin1String("learn-articles/fixture-technique"); });
    ASSERT_NE(technique, articles.cend());
    EXPECT_EQ(technique->sourceName, QString(QChar(Languages::kMark)) + QStringLiteral("Learn fixture"))
        << "the module's name did not go through a translation";
}

TEST_F(LearnHostTest, SearchFindsTitlesAndTextAndTheListReadsNoText)
{
    LearnModel model(gatherArticles(articleSourcesFor(host->plugins(), host->profile())));
    const int all = model.rowCount();
    EXPECT_GT(all, 10);
    EXPECT_EQ(model.textsRead(), 0) << "listing the articles reads none of them";
    model.setQuery(QStringLiteral("SLEEP"));
    EXPECT_TRUE(rowKeys(model).contains(QStringLiteral("tessera/sleep-and-mood"))) << rowKeys(model).join(QLatin1Char(',')).toStdString();
    EXPECT_LT(model.rowCount(), all);
    model.setQuery(QStringLiteral("zébrafinch")); // only in one article's text; accents ignored
    EXPECT_EQ(rowKeys(model), QStringList{QStringLiteral("learn-articles/fixture-technique")});
    model.setQuery(QStringLiteral("tuesday group"));
    EXPECT_EQ(rowKeys(model), QStringList{QStringLiteral("clinic/our-groups")});
    model.setQuery(QStringLiteral("qwxyzzy"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setQuery(QString());
    EXPECT_EQ(model.rowCount(), all);
    // Sections: a heading above the first of each.
    EXPECT_TRUE(model.data(model.index(0), LearnModel::FirstInSectionRole).toBool());
    EXPECT_EQ(model.data(model.index(all - 1), LearnModel::SectionRole).toString(), QStringLiteral("For family and friends"));
}

TEST_F(LearnHostTest, ReadAndUnreadAreKeptAcrossStarts)
{
    const QString settings = QDir(data.path()).filePath(QStringLiteral("settings.ini"));
    AppController app(*host, QString());
    const QList<Article> articles = gatherArticles(articleSourcesFor(host->plugins(), host->profile()));
    {
        LearnController learn(articles, settings, app.navigation());
        EXPECT_EQ(learn.readCount(), 0);
        const QVariantMap a = learn.article(QStringLiteral("learn-articles/fixture-technique"));
        EXPECT_EQ(a.value(QStringLiteral("problem")).toString(), QString());
        EXPECT_EQ(a.value(QStringLiteral("pageKey")).toString(), QStringLiteral("learn-articles/try"));
        EXPECT_EQ(a.value(QStringLiteral("pageTitle")).toString(), QStringLiteral("Try the fixture"));
        EXPECT_EQ(learn.readCount(), 1);
        (void)learn.article(QStringLiteral("tessera/sleep-and-mood"));
        learn.markUnread(QStringLiteral("tessera/sleep-and-mood"));
    }
    LearnController again(articles, settings, app.navigation());
    EXPECT_EQ(again.readCount(), 1);
    const LearnModel& m = again.learnModel();
    const int row = int(rowKeys(m).indexOf(QStringLiteral("learn-articles/fixture-technique")));
    ASSERT_GE(row, 0);
    EXPECT_TRUE(m.data(m.index(row), LearnModel::ReadRole).toBool());
    const int sleep = int(rowKeys(m).indexOf(QStringLiteral("tessera/sleep-and-mood")));
    EXPECT_FALSE(m.data(m.index(sleep), LearnModel::ReadRole).toBool());
    // What is kept is which articles were opened, nothing of the journal.
    EXPECT_EQ(QSettings(settings, QSettings::IniFormat).value(QStringLiteral("learn/read")).toStringList(),
              QStringList{QStringLiteral("learn-articles/fixture-technique")});
}

TEST_F(LearnHostTest, LinksGoToPagesOfTheAppOrTheBrowserAndNowhereElse)
{
    AppController app(*host, QString());
    LearnController learn(gatherArticles(articleSourcesFor(host->plugins(), host->profile())),
                          QDir(data.path()).filePath(QStringLiteral("settings.ini")), app.navigation());
    QList<QUrl> opened;
    learn.setExternalOpener([&](const QUrl& url) { opened << url; return true; });
    EXPECT_EQ(learn.followLink(QStringLiteral("tessera:crisis")).value(QStringLiteral("page")).toString(), QStringLiteral("crisis"));
    EXPECT_EQ(learn.followLink(QStringLiteral("tessera:safety-plan")).value(QStringLiteral("page")).toString(), QStringLiteral("safety-plan"));
    EXPECT_EQ(learn.followLink(QStringLiteral("tessera:learn-articles/try")).value(QStringLiteral("page")).toString(),
              QStringLiteral("learn-articles/try"));
    const QVariantMap off = learn.followLink(QStringLiteral("tessera:cbt/record")); // no such module here
    EXPECT_FALSE(off.contains(QStringLiteral("page")));
    EXPECT_TRUE(off.value(QStringLiteral("message")).toString().contains(QStringLiteral("not in this Tessera")));
    // Another article, by its key; one that is not listed (hidden here) is not a page.
    EXPECT_EQ(learn.followLink(QStringLiteral("tessera:learn/tessera/sleep-and-mood")).value(QStringLiteral("page")).toString(),
              QStringLiteral("learn/tessera/sleep-and-mood"));
    EXPECT_FALSE(learn.followLink(QStringLiteral("tessera:learn/tessera/alcohol-and-mood")).contains(QStringLiteral("page")));
    EXPECT_TRUE(learn.followLink(QStringLiteral("https://www.nhs.uk/")).value(QStringLiteral("opened")).toBool());
    EXPECT_FALSE(learn.followLink(QStringLiteral("file:///etc/passwd")).value(QStringLiteral("opened")).toBool());
    EXPECT_FALSE(learn.followLink(QStringLiteral("javascript:alert(1)")).value(QStringLiteral("opened")).toBool());
    EXPECT_EQ(opened, QList<QUrl>{QUrl(QStringLiteral("https://www.nhs.uk/"))});
}

TEST_F(LearnHostTest, AMissingArticleFileIsToldNotShownEmpty)
{
    ArticleSources s = articleSourcesFor(host->plugins(), host->profile());
    ASSERT_FALSE(s.clinic.isEmpty());
    QFile::remove(s.clinic[0].file);
    AppController app(*host, QString());
    LearnController learn(gatherArticles(s), QDir(data.path()).filePath(QStringLiteral("settings.ini")), app.navigation());
    const QVariantMap a = learn.article(QStringLiteral("clinic/our-groups"));
    // Calm words for the client, naming who to tell; the file and reason go to the log.
    EXPECT_EQ(a.value(QStringLiteral("problem")).toString(),
              QStringLiteral("This article from your clinic cannot be shown just now. Please let them know."));
    EXPECT_EQ(a.value(QStringLiteral("markdown")).toString(), QString());
    EXPECT_EQ(learn.readCount(), 0) << "an article that could not be shown is not marked read";
}

// ---- What Tessera ships ----

// Every article of Tessera's own and of every bundled module: readable
// Markdown (no image, no HTML), with "Where this comes from" and a source
// link, links only to pages that exist or to the web, and a reading time
// near its length (about 200 words a minute).
TEST(LearnContent, EveryShippedArticleIsReadableSourcedAndLinkedRight)
{
    QTemporaryDir data;
    HostOptions o;
    o.dataDir = data.path();
    o.logLevel = QStringLiteral("warn");
    Host host(o);
    ASSERT_OK(host.start());
    AppController app(host, QString());
    QSet<QString> pages;
    for (const QVariant& v : app.navigation())
        pages.insert(v.toMap().value(QStringLiteral("key")).toString());
    const QList<Article> articles = gatherArticles(articleSourcesFor(host.plugins(), host.profile()));
    const QStringList keys = keysOf(articles);
    QSet<QString> sources;
    int family = 0;
    for (const Article& a : articles) {
        SCOPED_TRACE(a.key.toStdString());
        sources.insert(a.source);
        family += a.spec.audience == ArticleAudience::Family;
        const ArticleText t = readArticle(a);
        ASSERT_EQ(t.problem, QString());
        EXPECT_FALSE(a.spec.summary.isEmpty());
        EXPECT_FALSE(t.markdown.startsWith(QLatin1String("# "))) << "the page shows the title; the text starts below it";
        EXPECT_TRUE(t.markdown.contains(QStringLiteral("\n## Where this comes from\n")));
        EXPECT_TRUE(isKnownArticleTopic(a.spec.topic));
        bool sourced = false;
        for (const MarkdownLink& l : markdownLinks(t.markdown)) {
            const QUrl url(l.href);
            if (url.scheme() == QLatin1String("tessera") && url.path().startsWith(QLatin1String("learn/")))
                EXPECT_TRUE(keys.contains(url.path().mid(6))) << l.href.toStdString();
            else if (url.scheme() == QLatin1String("tessera"))
                EXPECT_TRUE(pages.contains(url.path())) << l.href.toStdString();
            else
                EXPECT_EQ(url.scheme(), QStringLiteral("https")) << l.href.toStdString();
            sourced |= url.host().endsWith(QLatin1String("nhs.uk")) || url.host().endsWith(QLatin1String("nih.gov")) ||
                       url.host().endsWith(QLatin1String("nice.org.uk"));
        }
        EXPECT_TRUE(sourced) << "cites a public source";
        if (!a.pageKey.isEmpty()) {
            EXPECT_TRUE(pages.contains(a.pageKey)) << a.pageKey.toStdString();
        }
        QTextDocument doc;
        doc.setMarkdown(t.markdown);
        const qsizetype words = doc.toPlainText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
        EXPECT_GE(words, 200);
        EXPECT_LE(words, 800);
        EXPECT_NEAR(a.spec.minutes, (words + 199) / 200, 1) << words << " words";
        // No dose advice, no shaming words, no labels (docs/clinical rules).
        for (const char* banned : {"alcoholic", "interpersonal deficit", "you should have", "streak"})
            EXPECT_FALSE(t.markdown.contains(QLatin1String(banned), Qt::CaseInsensitive)) << banned;
    }
    // Tessera's own (client and family), and every bundled module with a technique.
    EXPECT_GE(articles.size(), 25);
    EXPECT_GE(family, 5);
    for (const char* id : {"tessera", "cbt", "behavioral-activation", "ipt", "mbct", "goals", "medication"})
        EXPECT_TRUE(sources.contains(QString::fromLatin1(id))) << id;
}
