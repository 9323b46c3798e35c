// Manifest parsing: every refusal names the file, the field and the reason.
#include "plugins/manifest.h"
#include "plugins/version.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

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

// A plugin author's try: "crad" for a kind's "card" and "colour" for "color"
// were ignored without a word, and the card was simply not there. They are
// still ignored (a module that loaded before keeps loading), but said, with
// the key most likely meant; "$" keys are for editors and tools.
TEST(ManifestTest, AnUnknownKeyIsReportedWithTheKeyMostLikelyMeant)
{
    QByteArray text = valid();
    text.replace("\"card\"", "\"crad\"").replace("\"color\"", "\"colour\"").replace("\"title\": \"Diary\"", "\"title\": \"Diary\", \"icno\": \"x\"");
    text.replace("\"version\": \"1.0\" }", "\"version\": \"1.0\", \"optional\": true }");
    text.replace("\"reads\"", "\"$comment\": \"for people\", \"reads\"");
    auto m = parseManifest(text, kPath);
    ASSERT_OK(m);
    EXPECT_TRUE(m->kinds.at(0).cardUrl.isEmpty()); // ignored, as before
    const QStringList expected{
        QStringLiteral("\"colour\": not a manifest key, so it is ignored; did you mean \"color\"?"),
        QStringLiteral("\"kinds[0].crad\": not a manifest key, so it is ignored; did you mean \"card\"?"),
        QStringLiteral("\"pages[0].icno\": not a manifest key, so it is ignored; did you mean \"icon\"?"),
        QStringLiteral("\"dependencies[0].optional\": not a manifest key, so it is ignored (known here: id, version)"),
    };
    EXPECT_EQ(m->warnings, expected) << m->warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(parseManifest(valid(), kPath)->warnings.isEmpty());
}

TEST(ManifestTest, AMissingRequiredKeyNamesTheMisspeltOne)
{
    QByteArray text = valid();
    text.replace("\"sdkVersion\"", "\"sdkVerison\"");
    auto m = parseManifest(text, kPath);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().field, QStringLiteral("sdkVersion"));
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("\"sdkVersion\": is missing"))) << m.error().message.toStdString();
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("the file has \"sdkVerison\": misspelt?"))) << m.error().message.toStdString();
    text = valid();
    text.replace("\"name\": \"Sleep diary\"", "\"nmae\": \"Sleep diary\"");
    m = parseManifest(text, kPath);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("\"name\": is missing; it is required and must be text (the file has \"nmae\": misspelt?)")))
        << m.error().message.toStdString();
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

// "settings": what a module reads from a clinic profile, each name with the
// kind of value, so the host can warn of a misspelt name or a wrong value.
// Absent: not checked; {}: no settings.
TEST(ManifestTest, SettingsListsWhatAModuleReadsAndTheKindOfValue)
{
    EXPECT_FALSE(parseManifest(valid(), kPath)->settings.has_value());
    QByteArray text = valid();
    text.replace("\"reads\"", "\"settings\": {\"reminderTime\": \"time\", \"every-days\": \"integer 1-365\", "
                             "\"measures\": \"list\"}, \"reads\"");
    auto m = parseManifest(text, kPath);
    ASSERT_OK(m);
    ASSERT_TRUE(m->settings.has_value());
    ASSERT_EQ(m->settings->size(), 3);
    QStringList names;
    for (const SettingSpec& s : *m->settings)
        names << s.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("every-days"), QStringLiteral("measures"), QStringLiteral("reminderTime")}));
    const SettingSpec& days = m->settings->at(0);
    EXPECT_EQ(days.type, SettingSpec::Type::Integer);
    EXPECT_EQ(days.min, 1);
    EXPECT_EQ(days.max, 365);
    EXPECT_TRUE(m->warnings.isEmpty()) << m->warnings.join(QLatin1Char('\n')).toStdString();
    text = valid();
    text.replace("\"reads\"", "\"settings\": {}, \"reads\"");
    m = parseManifest(text, kPath);
    ASSERT_OK(m);
    ASSERT_TRUE(m->settings.has_value());
    EXPECT_TRUE(m->settings->isEmpty());

    struct Case { const char* with; const char* field; const char* says; };
    const Case cases[] = {
        {"\"settings\": [\"reminderTime\"]", "settings", "must be an object of the setting names"},
        {"\"settings\": {\"reminderTime\": true}", "settings.reminderTime", "must be the kind of value it takes"},
        {"\"settings\": {\"reminderTime\": \"clock\"}", "settings.reminderTime", "must be the kind of value it takes"},
        {"\"settings\": {\"days\": \"integer 9-1\"}", "settings.days", "must be the kind of value it takes"},
        {"\"settings\": {\"reminder time\": \"time\"}", "settings.reminder time", "is not a setting name"},
    };
    for (const Case& c : cases) {
        QByteArray json = valid();
        json.replace("\"reads\"", QByteArray(c.with) + ", \"reads\"");
        auto bad = parseManifest(json, kPath);
        ASSERT_FALSE(bad.ok()) << c.with;
        EXPECT_EQ(bad.error().field, QString::fromLatin1(c.field)) << bad.error().message.toStdString();
        EXPECT_TRUE(bad.error().message.contains(QString::fromLatin1(c.says))) << bad.error().message.toStdString();
    }
}

// Each kind of value: what it takes, and what it says of what it does not.
TEST(ManifestTest, ASettingsKindOfValueSaysWhatItMustBe)
{
    const auto spec = [](SettingSpec::Type type, std::optional<qint64> min = {}, std::optional<qint64> max = {}) {
        SettingSpec s;
        s.type = type;
        s.min = min;
        s.max = max;
        return s;
    };
    using T = SettingSpec::Type;
    EXPECT_EQ(spec(T::Boolean).problem(QJsonValue(true)), QString());
    EXPECT_EQ(spec(T::Boolean).problem(QJsonValue(QStringLiteral("no"))), QStringLiteral("must be true or false"));
    EXPECT_EQ(spec(T::Boolean).problem(QJsonValue(QJsonValue::Null)), QString()); // not set
    EXPECT_EQ(spec(T::Integer, 1, 365).problem(QJsonValue(7)), QString());
    EXPECT_EQ(spec(T::Integer, 1, 365).problem(QJsonValue(400)), QStringLiteral("must be a whole number from 1 to 365"));
    EXPECT_FALSE(spec(T::Integer, 1, 365).problem(QJsonValue(QStringLiteral("7"))).isEmpty());
    EXPECT_FALSE(spec(T::Integer).problem(QJsonValue(7.5)).isEmpty());
    EXPECT_EQ(spec(T::Time).problem(QJsonValue(QStringLiteral("19:30"))), QString());
    EXPECT_EQ(spec(T::Time).problem(QJsonValue(QString())), QString()); // "": none
    EXPECT_EQ(spec(T::Time).problem(QJsonValue(QStringLiteral("7:30pm"))), QStringLiteral("must be a 24-hour time of day like \"18:00\""));
    EXPECT_EQ(spec(T::TimeZone).problem(QJsonValue(QStringLiteral("Europe/London"))), QString());
    EXPECT_FALSE(spec(T::TimeZone).problem(QJsonValue(QStringLiteral("London time"))).isEmpty());
    EXPECT_FALSE(spec(T::List).problem(QJsonValue(QStringLiteral("phq9"))).isEmpty());
    EXPECT_EQ(spec(T::List).problem(QJsonValue(QJsonArray{})), QString());
    EXPECT_FALSE(spec(T::Text).problem(QJsonValue(3)).isEmpty());
    EXPECT_EQ(spec(T::Any).problem(QJsonValue(3)), QString());
}

TEST(ManifestTest, DuplicateKindIsRefused)
{
    QByteArray json = valid();
    json.replace("\"kinds\": [ {", "\"kinds\": [ { \"name\": \"night\", \"schemaVersion\": 1 }, {");
    auto m = parseManifest(json, kPath);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("listed twice")));
}

// True when `text` holds a character that could forge a log line or drive a
// terminal: any C0 control, DEL, a C1 control or a bidirectional override.
bool hasRawControl(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

// Issue 20: an id with a line break and escape codes was quoted raw in its
// refusal, which went to the log and the CLI as it was (a forged line).
TEST(ManifestTest, AnIdWithControlCharactersIsRefusedWithoutQuotingThemRaw)
{
    QByteArray json = valid();
    json.replace("\"id\": \"sleep-diary\"", "\"id\": \"x\\n2026-01-01T00:00:00 error [plugins] forged\\u001b[31m\"");
    auto m = parseManifest(json, kPath);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().field, QStringLiteral("id"));
    EXPECT_FALSE(hasRawControl(m.error().message)) << m.error().message.toStdString();
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("x\\n2026-01-01T00:00:00 error [plugins] forged\\x1b[31m")))
        << m.error().message.toStdString();
}

// Issue 20: the names and titles the app and the CLI show are one line of
// text: no control characters, no text-direction overrides. A description
// may have line breaks.
TEST(ManifestTest, TextFieldsRefuseControlCharacters)
{
    struct Case { const char* replace; const char* with; const char* field; };
    const Case cases[] = {
        {"\"name\": \"Sleep diary\"", "\"name\": \"Sleep\\n[error] forged\"", "name"},
        {"\"name\": \"Sleep diary\"", "\"name\": \"Sleep \\u001b[2J diary\"", "name"},
        {"\"name\": \"Sleep diary\"", "\"name\": \"Sleep \\u202eyraid\"", "name"},
        {"\"name\": \"Sleep diary\"", "\"name\": \"Sleep\\rdiary\"", "name"},
        {"\"name\": \"Sleep diary\"", "\"name\": \"Sleep\\u0085diary\"", "name"},
        {"\"title\": \"Night\"", "\"title\": \"Night\\u0007\"", "kinds[0].title"},
        {"\"title\": \"Diary\"", "\"title\": \"Di\\tary\"", "pages[0].title"},
        {"\"color\": \"#336699\"", "\"color\": \"#336699\", \"description\": \"a\\u001b[31mb\"", "description"},
    };
    for (const Case& c : cases) {
        QByteArray json = valid();
        ASSERT_TRUE(json.contains(c.replace)) << c.replace;
        json.replace(c.replace, c.with);
        auto m = parseManifest(json, kPath);
        ASSERT_FALSE(m.ok()) << c.with;
        EXPECT_EQ(m.error().field, QString::fromLatin1(c.field)) << m.error().message.toStdString();
        EXPECT_TRUE(m.error().message.contains(QStringLiteral("control character"))) << m.error().message.toStdString();
        EXPECT_FALSE(hasRawControl(m.error().message)) << m.error().message.toStdString();
    }
    QByteArray twoLines = valid();
    twoLines.replace("\"color\": \"#336699\"", "\"color\": \"#336699\", \"description\": \"One line.\\nAnother.\"");
    auto m = parseManifest(twoLines, kPath);
    ASSERT_OK(m);
    EXPECT_EQ(m->description, QStringLiteral("One line.\nAnother."));
    QByteArray rtl = valid(); // right-to-left text itself is fine
    rtl.replace("\"name\": \"Sleep diary\"", "\"name\": \"\xd7\x99\xd7\x95\xd7\x9e\xd7\x9f \xd7\xa9\xd7\x99\xd7\xa0\xd7\x94\"");
    EXPECT_OK(parseManifest(rtl, kPath));
}

// The cap holds while reading, whatever size the file claims: files in /proc
// say they hold 0 bytes, and /proc/self/pagemap gives gigabytes.
TEST(ManifestTest, TheSizeCapHoldsWhileReading)
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("plugin.json"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/proc/self/pagemap"), manifest));
    auto m = readManifest(manifest);
    ASSERT_FALSE(m.ok());
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("larger than 1 MiB"))) << m.error().message.toStdString();
    EXPECT_TRUE(m.error().message.contains(manifest)) << m.error().message.toStdString();

    QFile big(dir.filePath(QStringLiteral("big.json")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write(valid().leftJustified(1024 * 1024 + 1, ' '));
    big.close();
    EXPECT_FALSE(readManifest(big.fileName()).ok());
    QFile fits(dir.filePath(QStringLiteral("fits.json")));
    ASSERT_TRUE(fits.open(QIODevice::WriteOnly));
    fits.write(valid().leftJustified(1024 * 1024, ' '));
    fits.close();
    EXPECT_OK(readManifest(fits.fileName()));
}

// A folder whose name carries control characters is named escaped.
TEST(ManifestTest, AFolderNameIsEscapedInMessages)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("bad\n[error] forged\x1b[31m"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile f(folder + QStringLiteral("/plugin.json"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ \"id\": 1 }");
    f.close();
    auto m = readManifest(f.fileName());
    ASSERT_FALSE(m.ok());
    EXPECT_FALSE(hasRawControl(m.error().message)) << m.error().message.toStdString();
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("bad\\n[error] forged\\x1b[31m"))) << m.error().message.toStdString();
}

TEST(ManifestTest, PluginIdRule)
{
    for (const char* ok : {"cbt", "org.example.sleep", "ba-2", "0day"})
        EXPECT_TRUE(isValidPluginId(QString::fromLatin1(ok))) << ok;
    for (const char* bad : {"", "CBT", "-x", ".x", "a b", "a/b", "a_b"})
        EXPECT_FALSE(isValidPluginId(QString::fromLatin1(bad))) << bad;
}

} // namespace

// A regular expression's '$' also matches before a final line break: "cbt\n"
// passed as an id and its line break reached messages (fuzz_manifest found it
// through an article's refusal). Ids, kind names and article ids end at the end.
TEST(ManifestTest, AnIdEndingInALineBreakIsRefused)
{
    for (const char* json : {R"({"id": "cbt\n", "name": "X", "version": "1.0", "sdkVersion": "2.0"})",
                             R"({"id": "cbt", "name": "X", "version": "1.0", "sdkVersion": "2.0",
                                 "kinds": [{"name": "note\n", "schemaVersion": 1, "title": "Note"}]})"}) {
        const auto m = parseManifest(QByteArray(json), QStringLiteral("/x/plugin.json"));
        EXPECT_FALSE(m.ok()) << json;
        if (!m.ok()) {
            EXPECT_FALSE(m.error().message.contains(QLatin1Char('\n'))) << m.error().message.toStdString();
        }
    }
    EXPECT_FALSE(isValidPluginId(QStringLiteral("cbt\n")));
    EXPECT_TRUE(isValidPluginId(QStringLiteral("cbt")));
}
