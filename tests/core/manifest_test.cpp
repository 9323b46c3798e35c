// Manifest parsing: every refusal names the file, the field and the reason.
#include "plugins/manifest.h"
#include "plugins/version.h"

#include "testsupport.h"

using namespace tessera::core;

namespace {

const QString kPath = QStringLiteral("/plugins/x/plugin.json");

QByteArray valid()
{
    return R"({
        "id": "sleep-diary", "name": "Sleep diary", "version": "1.2.3", "sdkVersion": "1.0",
        "minHostVersion": "0.1", "color": "#336699",
        "kinds": [ { "name": "night", "schemaVersion": 2, "title": "Night",
                     "card": "qrc:/qt/qml/Tessera/Plugins/SleepDiary/NightCard.qml" } ],
        "reads": [ "journal/checkin" ],
        "pages": [ { "id": "diary", "title": "Diary", "url": "qrc:/qt/qml/Tessera/Plugins/SleepDiary/DiaryPage.qml" } ],
        "dependencies": [ { "id": "journal", "version": "1.0" } ]
    })";
}

TEST(VersionTest, ParsesAndCompares)
{
    EXPECT_EQ(Version::parse(QStringLiteral("1.2.3")), (Version{1, 2, 3}));
    EXPECT_EQ(Version::parse(QStringLiteral("1.2")), (Version{1, 2, 0}));
    for (const char* bad : {"", "1", "1.2.3.4", "v1.2", "01.2", "1.x", "1.2-beta"})
        EXPECT_FALSE(Version::parse(QString::fromLatin1(bad))) << bad;
    EXPECT_LT((Version{1, 2, 3}), (Version{1, 10, 0}));
    EXPECT_LT((Version{0, 9, 9}), (Version{1, 0, 0}));
}

TEST(ManifestTest, ParsesEveryField)
{
    auto m = parseManifest(valid(), kPath);
    ASSERT_OK(m);
    EXPECT_EQ(m->id, QStringLiteral("sleep-diary"));
    EXPECT_EQ(m->version, (Version{1, 2, 3}));
    EXPECT_EQ(m->sdkVersion, (Version{1, 0, 0}));
    ASSERT_EQ(m->kinds.size(), 1);
    EXPECT_EQ(m->kinds[0].fullName, QStringLiteral("sleep-diary/night"));
    EXPECT_EQ(m->kinds[0].schemaVersion, 2);
    EXPECT_EQ(m->reads, QStringList{QStringLiteral("journal/checkin")});
    ASSERT_EQ(m->pages.size(), 1);
    EXPECT_EQ(m->pages[0].title, QStringLiteral("Diary"));
    ASSERT_EQ(m->dependencies.size(), 1);
    EXPECT_EQ(m->dependencies[0].minVersion, (Version{1, 0, 0}));
    EXPECT_EQ(m->libraryPath, QStringLiteral("/plugins/x/libsleep-diary.so"));
    EXPECT_NE(m->kind(QStringLiteral("night")), nullptr);
    EXPECT_EQ(m->kind(QStringLiteral("day")), nullptr);
}

TEST(ManifestTest, SyntaxErrorGivesLineAndColumn)
{
    auto m = parseManifest("{\n  \"id\": \"x\",\n  \"name\" \"missing colon\"\n}", kPath);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.contains(kPath));
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("line 3"))) << m.error().message.toStdString();
}

TEST(ManifestTest, EachBadFieldIsNamed)
{
    struct Case { const char* replace; const char* with; const char* field; };
    const Case cases[] = {
        {"\"id\": \"sleep-diary\"", "\"id\": \"Sleep_Diary\"", "id"},
        {"\"id\": \"sleep-diary\",", "", "id"},
        {"\"name\": \"Sleep diary\"", "\"name\": \"\"", "name"},
        {"\"version\": \"1.2.3\"", "\"version\": \"one\"", "version"},
        {"\"sdkVersion\": \"1.0\"", "\"sdkVersion\": 1", "sdkVersion"},
        {"\"color\": \"#336699\"", "\"color\": \"blue\"", "color"},
        {"\"schemaVersion\": 2", "\"schemaVersion\": 0", "kinds[0].schemaVersion"},
        {"\"name\": \"night\"", "\"name\": \"Night Time\"", "kinds[0].name"},
        {"\"card\": \"qrc:/qt/qml/Tessera/Plugins/SleepDiary/NightCard.qml\"", "\"card\": \"file:///tmp/x.qml\"", "kinds[0].card"},
        {"[ \"journal/checkin\" ]", "[ \"checkin\" ]", "reads[0]"},
        {"\"url\": \"qrc:/qt/qml/Tessera/Plugins/SleepDiary/DiaryPage.qml\"", "\"url\": \"http://x/y.qml\"", "pages[0].url"},
        // Issue 20: another module's QML (or the app's), shown under this module's name.
        {"\"url\": \"qrc:/qt/qml/Tessera/Plugins/SleepDiary/DiaryPage.qml\"",
         "\"url\": \"qrc:/qt/qml/Tessera/Plugins/Cbt/ThoughtRecordPage.qml\"", "pages[0].url"},
        {"\"url\": \"qrc:/qt/qml/Tessera/Plugins/SleepDiary/DiaryPage.qml\"",
         "\"url\": \"qrc:/qt/qml/Tessera/Plugins/SleepDiary/../Cbt/ThoughtRecordPage.qml\"", "pages[0].url"},
        {"\"card\": \"qrc:/qt/qml/Tessera/Plugins/SleepDiary/NightCard.qml\"",
         "\"card\": \"qrc:/qt/qml/Tessera/Shell/TimelinePage.qml\"", "kinds[0].card"},
        {"\"title\": \"Diary\"", "\"title\": \"\"", "pages[0].title"},
        {"{ \"id\": \"journal\", \"version\": \"1.0\" }", "{ \"id\": \"sleep-diary\" }", "dependencies[0].id"},
        {"\"version\": \"1.0\" }", "\"version\": \"x\" }", "dependencies[0].version"},
    };
    for (const Case& c : cases) {
        QByteArray json = valid();
        ASSERT_TRUE(json.contains(c.replace)) << c.replace;
        json.replace(c.replace, c.with);
        auto m = parseManifest(json, kPath);
        ASSERT_FALSE(m.ok()) << c.field;
        EXPECT_EQ(m.error().field, QString::fromLatin1(c.field)) << m.error().message.toStdString();
        EXPECT_TRUE(m.error().message.contains(kPath));
    }
}

TEST(ManifestTest, DuplicateKindIsRefused)
{
    QByteArray json = valid();
    json.replace("\"kinds\": [ {", "\"kinds\": [ { \"name\": \"night\", \"schemaVersion\": 1 }, {");
    auto m = parseManifest(json, kPath);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("listed twice")));
}

TEST(ManifestTest, PluginIdRule)
{
    for (const char* ok : {"cbt", "org.example.sleep", "ba-2", "0day"})
        EXPECT_TRUE(isValidPluginId(QString::fromLatin1(ok))) << ok;
    for (const char* bad : {"", "CBT", "-x", ".x", "a b", "a/b", "a_b"})
        EXPECT_FALSE(isValidPluginId(QString::fromLatin1(bad))) << bad;
}

} // namespace
