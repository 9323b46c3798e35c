// Clinic profiles: parsing, refusal with line and reason, precedence, the
// crisis section and the default crisis contacts.
#include "plugins/pluginmanager.h"
#include "profile/crisisdefaults.h"
#include "profile/profile.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <utility>

using namespace tessera::core;

namespace {

QString fixture(const char* name)
{
    return tessera::test::fixtureSourceDir() + QStringLiteral("/profiles/") + QLatin1String(name);
}

// What the bundled modules' plugin manager warns of under `profile`.
QStringList bundledWarnings(const Profile& profile)
{
    PluginManager::Options o;
    o.pluginDirs << tessera::test::bundledPluginDir();
    o.profile = profile;
    PluginManager pm(o);
    pm.discover();
    return pm.profileWarnings();
}

TEST(ProfileTest, ReadsAValidLockedProfile)
{
    auto p = readProfile(fixture("cbt-clinic.json"));
    ASSERT_OK(p);
    EXPECT_EQ(p->name, QStringLiteral("Riverside CBT service"));
    EXPECT_EQ(p->setBy, QStringLiteral("Riverside Community Mental Health Team"));
    EXPECT_TRUE(p->locked);
    EXPECT_TRUE(p->isEnabled(QStringLiteral("cbt")));
    EXPECT_FALSE(p->isEnabled(QStringLiteral("mbct")));
    EXPECT_TRUE(p->settingsFor(QStringLiteral("cbt")).contains(QStringLiteral("customDistortions")));
    EXPECT_TRUE(p->settingsFor(QStringLiteral("journal")).isEmpty());
    ASSERT_EQ(p->pluginDirs.size(), 1);
    // Relative folders are resolved against the profile's own folder.
    EXPECT_EQ(p->pluginDirs.first(), QDir::cleanPath(tessera::test::fixtureSourceDir() + QStringLiteral("/profiles/clinic-plugins")));
}

TEST(ProfileTest, MalformedJsonNamesFileAndLine)
{
    auto p = readProfile(fixture("malformed.json"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("malformed.json")));
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("line 4"))) << p.error().message.toStdString();
}

TEST(ProfileTest, WrongTypeNamesLineAndKey)
{
    auto p = readProfile(fixture("wrong-type.json"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("line 3"))) << p.error().message.toStdString();
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("\"locked\"")));
    EXPECT_EQ(p.error().field, QStringLiteral("locked"));
}

TEST(ProfileTest, UnknownSettingAndBadIdsAreRefused)
{
    auto unknown = parseProfile(R"({"name": "x", "enable": ["cbt"]})", QStringLiteral("p.json"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"enable\" is not a profile setting")));
    // The key most likely meant, and every key (the list left out "learn", which works).
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("did you mean \"enabled\"?"))) << unknown.error().message.toStdString();
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("learn"))) << unknown.error().message.toStdString();
    auto badId = parseProfile(R"({"name": "x", "enabled": ["CBT Module"]})", QStringLiteral("p.json"));
    ASSERT_FALSE(badId.ok());
    EXPECT_EQ(badId.error().field, QStringLiteral("enabled"));
    auto noName = parseProfile(R"({"enabled": []})", QStringLiteral("p.json"));
    EXPECT_FALSE(noName.ok());
}

// Found by a clinic administrator's try: a profile without "name" was said to
// be wrong on the line of a crisis contact's "name"; "{}" said ""name": "name"
// is required"; an empty file was "illegal value"; a comma left out was
// "unterminated object" on the next line, with no word of a comma.
TEST(ProfileTest, MistakesArePlacedWhereTheyAre)
{
    const QByteArray noName = "{\n  \"locked\": true,\n  \"crisis\": {\n    \"contacts\": [\n"
                              "      { \"name\": \"Duty line\", \"phone\": \"0100\" }\n    ]\n  }\n}\n";
    auto missing = parseProfile(noName, QStringLiteral("p.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, QStringLiteral("p.json: \"name\" is required and must be text"));
    auto empty = parseProfile("{}", QStringLiteral("p.json"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message, QStringLiteral("p.json: \"name\" is required and must be text"));
    auto wrong = parseProfile("{\n  \"name\": 3\n}", QStringLiteral("p.json"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().message, QStringLiteral("p.json: line 2: \"name\" must be text, in quotes"));
    auto blank = parseProfile("{\"name\": \"  \"}", QStringLiteral("p.json"));
    ASSERT_FALSE(blank.ok());
    EXPECT_TRUE(blank.error().message.contains(QStringLiteral("\"name\" is empty"))) << blank.error().message.toStdString();

    for (const QByteArray& nothing : {QByteArray(), QByteArray(" \n\t\n")}) {
        auto p = parseProfile(nothing, QStringLiteral("p.json"));
        ASSERT_FALSE(p.ok());
        EXPECT_TRUE(p.error().message.startsWith(QStringLiteral("p.json: the file is empty"))) << p.error().message.toStdString();
    }
    auto comma = parseProfile("{\n  \"name\": \"x\"\n  \"locked\": true\n}", QStringLiteral("p.json"));
    ASSERT_FALSE(comma.ok());
    EXPECT_TRUE(comma.error().message.contains(QStringLiteral("is a comma missing at the end of the line before?")))
        << comma.error().message.toStdString();
}

TEST(ProfileTest, UnknownModuleIdsBecomeWarningsNotErrors)
{
    auto p = readProfile(fixture("unknown-ids.json"));
    ASSERT_OK(p);
    PluginManager::Options o;
    o.pluginDirs << tessera::test::bundledPluginDir();
    o.profile = p.value();
    PluginManager pm(o);
    pm.discover();
    ASSERT_EQ(pm.profileWarnings().size(), 1);
    EXPECT_TRUE(pm.profileWarnings().first().contains(QStringLiteral("hypnotherapy")));
    // Not close to any installed id: they are listed (a misspelt one gets "did you mean", below).
    EXPECT_TRUE(pm.profileWarnings().first().contains(QStringLiteral("(installed: "))) << pm.profileWarnings().first().toStdString();

    // A clinic admin's try: "assesments" in a locked profile took the questionnaires from every
    // client, with "ok" and no hint.
    Profile misspelt = p.value();
    misspelt.enabled = QStringList{QStringLiteral("journal"), QStringLiteral("assesments")};
    o.profile = misspelt;
    PluginManager again(o);
    again.discover();
    ASSERT_EQ(again.profileWarnings().size(), 1);
    EXPECT_TRUE(again.profileWarnings().first().endsWith(QStringLiteral("did you mean \"assessments\"?")))
        << again.profileWarnings().first().toStdString();
    ASSERT_NE(pm.find(QStringLiteral("journal")), nullptr);
    EXPECT_EQ(pm.find(QStringLiteral("journal"))->state, PluginState::Discovered);
}

// A clinic admin's try: "everyday" for the questionnaires' "everyDays" in a
// locked profile was ignored without a word, and the PHQ-9 came round every
// 14 days, not every 7; "reminders": "no" turned Goals' reminders on. Each
// bundled module lists the settings it reads and the kind of value of each
// (plugin.json "settings"); any other name, and a value of another kind, is
// a warning naming the field.
TEST(ProfileTest, ASettingNoModuleReadsIsAWarningNamingTheField)
{
    auto p = parseProfile(R"({"name": "Clinic", "settings": {
        "assessments": {"everyday": 7, "measures": ["phq9"]},
        "cbt": {"customDistortions": [], "customDistorsions": []},
        "cbtt": {"pleasantMoods": []},
        "medication": {"reminders": false},
        "sessions": {"timeZone": "Europe/London", "zzz": 1},
        "goals": {"reminders": "no", "reminderTime": "7:30pm"},
        "journal": {"checkinReminder": "20:00"},
        "mbct": {"reminderTime": null}
    }})", QStringLiteral("clinic.json"));
    ASSERT_OK(p);
    const QStringList expected{
        QStringLiteral("settings.assessments.everyday: not a setting of Assessments (\"assessments\"), so it is ignored; "
                       "did you mean \"everyDays\"?"),
        QStringLiteral("settings.cbt.customDistorsions: not a setting of Thought records (\"cbt\"), so it is ignored; did you mean \"customDistortions\"?"),
        QStringLiteral("settings.cbtt: no module \"cbtt\" is installed, so these settings are ignored; did you mean \"cbt\"?"),
        QStringLiteral("settings.goals.reminderTime: must be a 24-hour time of day like \"18:00\" (found \"7:30pm\"), "
                       "so Goals (\"goals\") does not use it"),
        QStringLiteral("settings.goals.reminders: must be true or false (found \"no\"), so Goals (\"goals\") does not use it"),
        QStringLiteral("settings.medication.reminders: Medication (\"medication\") has no settings, so it is ignored"),
        QStringLiteral("settings.sessions.zzz: not a setting of Sessions (\"sessions\"), so it is ignored (its settings: reminders, timeZone)"),
    };
    const QStringList warnings = bundledWarnings(p.value());
    EXPECT_EQ(warnings, expected) << warnings.join(QLatin1Char('\n')).toStdString();

    // Every bundled module's own settings, as the clinic guide gives them: no warning.
    auto fine = parseProfile(R"({"name": "Clinic", "settings": {
        "assessments": {"measures": ["phq9", "gad7"], "everyDays": 14, "reminders": true, "reminderTime": "10:00"},
        "cbt": {"customDistortions": [], "pleasantMoods": ["Calm"]},
        "goals": {"reminders": false, "reminderTime": "18:00"},
        "journal": {"checkinReminder": "20:00"},
        "mbct": {"reminders": true, "reminderTime": "08:30"},
        "sessions": {"reminders": true, "timeZone": "Europe/London"}
    }})", QStringLiteral("clinic.json"));
    ASSERT_OK(fine);
    EXPECT_EQ(bundledWarnings(fine.value()), QStringList());
}

class PrecedenceTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    UserChoices choices{dir.filePath(QStringLiteral("modules.json"))};
};

TEST_F(PrecedenceTest, BuiltInDefaultEnablesEverything)
{
    ResolvedProfile r = resolveProfile({});
    EXPECT_EQ(r.profile.source, ProfileSource::BuiltIn);
    EXPECT_TRUE(r.profile.isEnabled(QStringLiteral("anything")));
    EXPECT_TRUE(r.notices.isEmpty());
}

TEST_F(PrecedenceTest, ClinicProfileAppliesAndUserChoicesRefineIt)
{
    ASSERT_OK(choices.set(QStringLiteral("mbct"), true));
    ASSERT_OK(choices.set(QStringLiteral("journal"), false));
    ProfileSources s;
    s.clinic = fixture("open.json");
    s.user = &choices;
    ResolvedProfile r = resolveProfile(s);
    EXPECT_EQ(r.profile.source, ProfileSource::Clinic);
    EXPECT_TRUE(r.profile.isEnabled(QStringLiteral("mbct")));
    EXPECT_FALSE(r.profile.isEnabled(QStringLiteral("journal")));
    EXPECT_FALSE(r.profile.isEnabled(QStringLiteral("cbt")));

    // Choices persist across loads.
    UserChoices again(choices.path());
    again.load();
    EXPECT_EQ(again.choice(QStringLiteral("journal")), false);
}

TEST_F(PrecedenceTest, LockedClinicProfileIgnoresUserChoices)
{
    ASSERT_OK(choices.set(QStringLiteral("mbct"), true));
    ASSERT_OK(choices.set(QStringLiteral("cbt"), false));
    ProfileSources s;
    s.clinic = fixture("cbt-clinic.json");
    s.user = &choices;
    ResolvedProfile r = resolveProfile(s);
    EXPECT_TRUE(r.profile.locked);
    EXPECT_FALSE(r.profile.isEnabled(QStringLiteral("mbct")));
    EXPECT_TRUE(r.profile.isEnabled(QStringLiteral("cbt")));
}

TEST_F(PrecedenceTest, CommandLineWinsOverEverything)
{
    ASSERT_OK(choices.set(QStringLiteral("cbt"), true));
    ProfileSources s;
    s.commandLine = fixture("open.json");
    s.clinic = fixture("cbt-clinic.json");
    s.user = &choices;
    ResolvedProfile r = resolveProfile(s);
    EXPECT_EQ(r.profile.source, ProfileSource::CommandLine);
    EXPECT_EQ(r.profile.name, QStringLiteral("Self-guided"));
    EXPECT_FALSE(r.profile.isEnabled(QStringLiteral("cbt")));
}

TEST_F(PrecedenceTest, BadProfileFallsBackToSafeDefaultsAndSaysWhy)
{
    ProfileSources s;
    s.clinic = fixture("malformed.json");
    ResolvedProfile r = resolveProfile(s);
    EXPECT_EQ(r.profile.source, ProfileSource::BuiltIn);
    EXPECT_FALSE(r.profile.locked);
    EXPECT_TRUE(r.profile.isEnabled(QStringLiteral("journal")));
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_TRUE(r.notices.first().contains(QStringLiteral("safe defaults")));
    EXPECT_TRUE(r.notices.first().contains(QStringLiteral("malformed.json")));
    EXPECT_TRUE(r.notices.first().contains(QStringLiteral("line 4")));

    s = {};
    s.commandLine = fixture("wrong-type.json");
    r = resolveProfile(s);
    EXPECT_EQ(r.profile.source, ProfileSource::BuiltIn);
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_TRUE(r.notices.first().contains(QStringLiteral("wrong-type.json")));
}


// A clinic admin's try: a comma missing in the locked profile opened every module
// and dropped the clinic's crisis contacts (the built-in defaults, with a notice).
// The copy last read whole from the same file is used instead, and said.
TEST_F(PrecedenceTest, AProfileThatCannotBeReadIsReplacedByTheCopyLastReadFromIt)
{
    const QString clinic = dir.filePath(QStringLiteral("clinic.json"));
    // The example clinic profile: locked, with the clinic's crisis contacts.
    ASSERT_TRUE(QFile::copy(tessera::test::fixtureSourceDir() + QStringLiteral("/../../profiles/cbt-clinic.json"), clinic));
    QFile::setPermissions(clinic, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ProfileSources s;
    s.clinic = clinic;
    s.user = &choices;
    s.lastGood = dir.filePath(QStringLiteral("state/profile-last-read.json"));
    ResolvedProfile good = resolveProfile(s);
    ASSERT_TRUE(good.notices.isEmpty()) << good.notices.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(good.profile.locked);
    ASSERT_FALSE(good.profile.crisisContacts.isEmpty());
    EXPECT_EQ(QFileInfo(s.lastGood).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});

    {
        QFile f(clinic);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        text.replace("\"locked\": true,", "\"locked\": true"); // the comma an edit lost
        ASSERT_TRUE(f.resize(0));
        f.write(text);
    }
    ResolvedProfile broken = resolveProfile(s);
    EXPECT_EQ(broken.profile.source, ProfileSource::Clinic);
    EXPECT_TRUE(broken.profile.locked);
    EXPECT_EQ(broken.profile.name, good.profile.name);
    EXPECT_EQ(broken.profile.crisisContacts.size(), good.profile.crisisContacts.size());
    EXPECT_FALSE(broken.profile.isEnabled(QStringLiteral("mbct")));
    ASSERT_EQ(broken.notices.size(), 1);
    EXPECT_TRUE(broken.notices.first().contains(QStringLiteral("uses the copy it last read"))) << broken.notices.first().toStdString();
    EXPECT_TRUE(broken.notices.first().contains(QStringLiteral("clinic.json"))) << broken.notices.first().toStdString();

    // A copy from another file is not used for this one: the defaults, as before.
    ProfileSources other = s;
    other.clinic = fixture("malformed.json");
    ResolvedProfile fallback = resolveProfile(other);
    EXPECT_EQ(fallback.profile.source, ProfileSource::BuiltIn);
    EXPECT_TRUE(fallback.notices.first().contains(QStringLiteral("safe defaults")));
}

// ---- The crisis section (issue 16) ----

// A profile whose "crisis" value is `crisis` (JSON text).
QByteArray withCrisis(const QByteArray& crisis)
{
    return QByteArray("{\n  \"name\": \"Clinic\",\n  \"crisis\": ") + crisis + QByteArray("\n}\n");
}

// A profile with one contact whose fields are `fields` (JSON text, without braces).
QByteArray withContact(const QByteArray& fields)
{
    return withCrisis(QByteArray(R"({"contacts": [{)") + fields + QByteArray("}]}"));
}

// Parses and expects a refusal whose message names the file and `path`
// ("crisis.contacts[2].name: ...") and whose reason contains `reason`.
::testing::AssertionResult refusedAt(const QByteArray& json, const QString& path, const QString& reason)
{
    auto p = parseProfile(json, QStringLiteral("clinic.json"));
    if (p.ok())
        return ::testing::AssertionFailure() << "accepted: " << json.left(300).toStdString();
    const QString m = p.error().message;
    if (!m.startsWith(QStringLiteral("clinic.json: ")) || !m.contains(path + QStringLiteral(": ")) || !m.contains(reason)
        || p.error().field != path)
        return ::testing::AssertionFailure() << "message: " << m.toStdString() << " (field " << p.error().field.toStdString()
                                             << "), expected " << path.toStdString() << ": ..." << reason.toStdString();
    return ::testing::AssertionSuccess();
}

TEST(CrisisSectionTest, AGoodSectionParses)
{
    // A right-to-left mark in a name and emoji in a note are fine.
    const QByteArray json = withCrisis(R"({
    "contacts": [
      {"name": "Crisis team", "phone": "+44 (0)20 7946-0000", "hours": "Mon–Fri 9:00–17:00",
       "note": "Outside these hours call Samaritans 💙"},
      {"name": "Samaritans", "phone": "116 123", "text": "07725 909090", "web": "https://www.samaritans.org/"},
      {"name": "\u200fخط المساعدة", "web": "http://example.org/help?x=1"}
    ],
    "emergencyNumber": "999"
  })");
    auto p = parseProfile(json, QStringLiteral("clinic.json"));
    ASSERT_OK(p);
    ASSERT_EQ(p->crisisContacts.size(), 3);
    const CrisisContact& team = p->crisisContacts.at(0);
    EXPECT_EQ(team.name, QStringLiteral("Crisis team"));
    EXPECT_EQ(team.phone, QStringLiteral("+44 (0)20 7946-0000"));
    EXPECT_TRUE(team.text.isEmpty());
    EXPECT_TRUE(team.web.isEmpty());
    EXPECT_EQ(team.hours, QStringLiteral("Mon–Fri 9:00–17:00"));
    EXPECT_TRUE(team.note.endsWith(QString::fromUtf8("💙")));
    EXPECT_EQ(p->crisisContacts.at(1).text, QStringLiteral("07725 909090"));
    EXPECT_EQ(p->crisisContacts.at(1).web, QStringLiteral("https://www.samaritans.org/"));
    EXPECT_EQ(p->crisisContacts.at(2).name.at(0), QChar(0x200F));
    EXPECT_EQ(p->crisisEmergencyNumber, QStringLiteral("999"));

    // The section, and each part of it, is optional.
    auto none = parseProfile(R"({"name": "x"})", QStringLiteral("p.json"));
    ASSERT_OK(none);
    EXPECT_TRUE(none->crisisContacts.isEmpty());
    EXPECT_TRUE(none->crisisEmergencyNumber.isEmpty());
    EXPECT_OK(parseProfile(withCrisis("{}"), QStringLiteral("p.json")));
    EXPECT_OK(parseProfile(withCrisis(R"({"contacts": []})"), QStringLiteral("p.json")));
    auto onlyNumber = parseProfile(withCrisis(R"({"emergencyNumber": "112"})"), QStringLiteral("p.json"));
    ASSERT_OK(onlyNumber);
    EXPECT_EQ(onlyNumber->crisisEmergencyNumber, QStringLiteral("112"));
}

TEST(CrisisSectionTest, TheExampleClinicProfilesHaveContacts)
{
    for (const char* name : {"cbt-clinic.json", "medication-clinic.json"}) {
        auto p = readProfile(tessera::test::fixtureSourceDir() + QStringLiteral("/../../profiles/") + QLatin1String(name));
        ASSERT_OK(p);
        ASSERT_EQ(p->crisisContacts.size(), 2) << name;
        EXPECT_EQ(p->crisisContacts.at(1).name, QStringLiteral("Samaritans"));
        EXPECT_EQ(p->crisisContacts.at(1).phone, QStringLiteral("116 123"));
        EXPECT_EQ(p->crisisEmergencyNumber, QStringLiteral("999"));
    }
    auto selfGuided = readProfile(tessera::test::fixtureSourceDir() + QStringLiteral("/../../profiles/self-guided.json"));
    ASSERT_OK(selfGuided);
    EXPECT_TRUE(selfGuided->crisisContacts.isEmpty());
}

TEST(CrisisSectionTest, WrongTypesAreRefusedNamingTheField)
{
    EXPECT_TRUE(refusedAt(withCrisis("[]"), QStringLiteral("crisis"), QStringLiteral("must be an object")));
    EXPECT_TRUE(refusedAt(withCrisis("\"988\""), QStringLiteral("crisis"), QStringLiteral("must be an object")));
    EXPECT_TRUE(refusedAt(withCrisis(R"({"contacts": {"name": "x"}})"), QStringLiteral("crisis.contacts"),
                          QStringLiteral("must be a list of contacts")));
    EXPECT_TRUE(refusedAt(withCrisis(R"({"contacts": ["Samaritans"]})"), QStringLiteral("crisis.contacts[0]"),
                          QStringLiteral("must be an object")));
    EXPECT_TRUE(refusedAt(withCrisis(R"({"contacts": [null]})"), QStringLiteral("crisis.contacts[0]"),
                          QStringLiteral("must be an object")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": 988)"), QStringLiteral("crisis.contacts[0].phone"),
                          QStringLiteral("must be text")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": ["A"], "phone": "988")"), QStringLiteral("crisis.contacts[0].name"),
                          QStringLiteral("must be text")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "988", "note": null)"), QStringLiteral("crisis.contacts[0].note"),
                          QStringLiteral("must be text")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "web": true)"), QStringLiteral("crisis.contacts[0].web"),
                          QStringLiteral("must be text")));
    EXPECT_TRUE(refusedAt(withCrisis(R"({"emergencyNumber": 112})"), QStringLiteral("crisis.emergencyNumber"),
                          QStringLiteral("must be text")));
    EXPECT_TRUE(refusedAt(withCrisis(R"({"emergencyNumber": "one one two"})"), QStringLiteral("crisis.emergencyNumber"),
                          QStringLiteral("must hold only digits")));
}

TEST(CrisisSectionTest, MissingNameAndNoWayToReachAreRefusedWithTheLine)
{
    const QByteArray json = withCrisis(R"({
    "contacts": [
      {"name": "A", "phone": "1"},
      {"name": "B", "phone": "2"},
      {"phone": "3"}
    ]
  })");
    EXPECT_TRUE(refusedAt(json, QStringLiteral("crisis.contacts[2].name"), QStringLiteral("is required")));
    // The line is the contact's (line 7), not that of the profile's own "name" (line 2).
    EXPECT_TRUE(parseProfile(json, QStringLiteral("clinic.json")).error().message.startsWith(QStringLiteral("clinic.json: line 7: ")))
        << parseProfile(json, QStringLiteral("clinic.json")).error().message.toStdString();

    EXPECT_TRUE(refusedAt(withContact(R"("name": "  ", "phone": "1")"), QStringLiteral("crisis.contacts[0].name"),
                          QStringLiteral("is empty")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "")"), QStringLiteral("crisis.contacts[0].phone"),
                          QStringLiteral("is empty")));

    const QByteArray noWay = withCrisis(R"({
    "contacts": [
      {"name": "A", "phone": "1"},
      {"name": "Just a name", "hours": "24/7", "note": "Call us"}
    ]
  })");
    EXPECT_TRUE(refusedAt(noWay, QStringLiteral("crisis.contacts[1]"), QStringLiteral("needs at least one of phone, text or web")));
    EXPECT_TRUE(parseProfile(noWay, QStringLiteral("clinic.json")).error().message.startsWith(QStringLiteral("clinic.json: line 6: ")));
    // Only a text number, or only a web address, is enough.
    EXPECT_OK(parseProfile(withContact(R"("name": "A", "text": "85258")"), QStringLiteral("p.json")));
    EXPECT_OK(parseProfile(withContact(R"("name": "A", "web": "https://example.org")"), QStringLiteral("p.json")));
}

TEST(CrisisSectionTest, UnknownKeysAreRefusedByName)
{
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "1", "fax": "2")"), QStringLiteral("crisis.contacts[0].fax"),
                          QStringLiteral("is not a contact field (known: name, phone, text, web, hours, note)")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "Phone": "1")"), QStringLiteral("crisis.contacts[0].Phone"),
                          QStringLiteral("is not a contact field")));
    EXPECT_TRUE(refusedAt(withCrisis(R"({"contacts": [], "emergency": "112"})"), QStringLiteral("crisis.emergency"),
                          QStringLiteral("is not a crisis setting (known: contacts, emergencyNumber)")));
    // An odd key is named short and printable.
    auto odd = parseProfile(withContact(QByteArray(R"("name": "A", "phone": "1", ")") + QByteArray(5000, 'k') + R"(\u0007": "2")"),
                            QStringLiteral("p.json"));
    ASSERT_FALSE(odd.ok());
    EXPECT_LT(odd.error().message.size(), 300) << odd.error().message.toStdString();
    EXPECT_TRUE(odd.error().message.contains(QStringLiteral("crisis.contacts[0].kkk")));
    EXPECT_FALSE(odd.error().message.contains(QChar(7)));
    // The top-level list of known settings mentions the new ones.
    auto typo = parseProfile(R"({"name": "x", "crises": {}})", QStringLiteral("p.json"));
    ASSERT_FALSE(typo.ok());
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("crisis,"))) << typo.error().message.toStdString();
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("moduleTrust"))) << typo.error().message.toStdString();
    for (const char* key : {"grants", "writeQuota", "appLock", "desktop", "reminders", "learn"})
        EXPECT_TRUE(typo.error().message.contains(QLatin1String(key))) << key << ": " << typo.error().message.toStdString();
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("did you mean \"crisis\"?"))) << typo.error().message.toStdString();
}

TEST(CrisisSectionTest, TenThousandContactsAreRefusedQuickly)
{
    QByteArray contacts;
    for (int i = 0; i < 10000; ++i)
        contacts += QByteArray(i ? "," : "") + R"({"name": "Line )" + QByteArray::number(i) + R"(", "phone": "116 123"})" + "\n";
    QElapsedTimer timer;
    timer.start();
    auto p = parseProfile(withCrisis("{\"contacts\": [\n" + contacts + "]}"), QStringLiteral("clinic.json"));
    const qint64 ms = timer.elapsed();
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().field, QStringLiteral("crisis.contacts"));
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("crisis.contacts: at most 50 contacts (found 10000)")))
        << p.error().message.toStdString();
    EXPECT_TRUE(p.error().message.startsWith(QStringLiteral("clinic.json: line 3: "))) << p.error().message.toStdString();
    EXPECT_LT(ms, 1000);

    // 50 is the limit.
    QJsonArray fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Line %1").arg(i)}, {QStringLiteral("phone"), QStringLiteral("1")}});
    auto ok = parseProfile(withCrisis(QJsonDocument(QJsonObject{{QStringLiteral("contacts"), fifty}}).toJson()), QStringLiteral("p.json"));
    ASSERT_OK(ok);
    EXPECT_EQ(ok->crisisContacts.size(), 50);
    fifty.append(fifty.first());
    EXPECT_TRUE(refusedAt(withCrisis(QJsonDocument(QJsonObject{{QStringLiteral("contacts"), fifty}}).toJson()),
                          QStringLiteral("crisis.contacts"), QStringLiteral("at most 50 contacts (found 51)")));
}

TEST(CrisisSectionTest, OddCharactersAndLengths)
{
    // Control characters are refused anywhere, line and paragraph separators too.
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A\u0007B", "phone": "1")"), QStringLiteral("crisis.contacts[0].name"),
                          QStringLiteral("contains a control character (U+0007 at position 2")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "1", "note": "Line one\nline two")"),
                          QStringLiteral("crisis.contacts[0].note"), QStringLiteral("contains a control character (U+000A")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "1", "hours": "9\t17")"),
                          QStringLiteral("crisis.contacts[0].hours"), QStringLiteral("control character")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "1", "note": "a\u2028b")"),
                          QStringLiteral("crisis.contacts[0].note"), QStringLiteral("U+2028")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "\u0000", "phone": "1")"), QStringLiteral("crisis.contacts[0].name"),
                          QStringLiteral("control character")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A\u009bB", "phone": "1")"), QStringLiteral("crisis.contacts[0].name"),
                          QStringLiteral("U+009B")));
    // Right-to-left marks in names and emoji in notes are text like any other.
    auto fine = parseProfile(withContact(R"("name": "\u200fSamaritans\u200e", "phone": "1", "note": "🙂 You are not alone 🌧️→🌤️")"),
                             QStringLiteral("p.json"));
    ASSERT_OK(fine);
    EXPECT_EQ(fine->crisisContacts.first().name.size(), 12);

    // Lengths are counted in characters: 200 emoji are 200 characters.
    QByteArray emoji;
    for (int i = 0; i < 200; ++i)
        emoji += "😀";
    EXPECT_OK(parseProfile(withContact(R"("name": ")" + emoji + R"(", "phone": "1")"), QStringLiteral("p.json")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": ")" + emoji + R"(x", "phone": "1")"), QStringLiteral("crisis.contacts[0].name"),
                          QStringLiteral("is too long (201 characters; at most 200)")));
    const QByteArray note500(500, 'n');
    EXPECT_OK(parseProfile(withContact(R"("name": "A", "phone": "1", "note": ")" + note500 + "\""), QStringLiteral("p.json")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "1", "note": ")" + note500 + "n\""),
                          QStringLiteral("crisis.contacts[0].note"), QStringLiteral("at most 500")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "1", "hours": ")" + QByteArray(201, 'h') + "\""),
                          QStringLiteral("crisis.contacts[0].hours"), QStringLiteral("at most 200")));

    // A broken surrogate pair never gets through as text.
    auto lone = parseProfile(withContact(R"("name": "A\ud800", "phone": "1")"), QStringLiteral("p.json"));
    if (lone.ok()) {
        EXPECT_FALSE(lone->crisisContacts.first().name.contains(QChar(0xD800)));
    } else {
        EXPECT_TRUE(lone.error().message.startsWith(QStringLiteral("p.json: "))) << lone.error().message.toStdString();
    }
}

TEST(CrisisSectionTest, NumbersHoldOnlyDigitsSpacesAndPunctuation)
{
    EXPECT_OK(parseProfile(withContact(R"("name": "A", "phone": "+1 (800) 273-8255", "text": "741741")"), QStringLiteral("p.json")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "0800-HELP")"), QStringLiteral("crisis.contacts[0].phone"),
                          QStringLiteral("must hold only digits, spaces and + ( ) - (found \"H\")")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "text": "988 ext. 1")"), QStringLiteral("crisis.contacts[0].text"),
                          QStringLiteral("(found \"e\")")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "116\u00a0123")"), QStringLiteral("crisis.contacts[0].phone"),
                          QStringLiteral("(found U+00A0)")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "\u200f988")"), QStringLiteral("crisis.contacts[0].phone"),
                          QStringLiteral("(found U+200F)")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "phone": "١١٦")"), QStringLiteral("crisis.contacts[0].phone"),
                          QStringLiteral("must hold only digits")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "text": "+ ( ) -")"), QStringLiteral("crisis.contacts[0].text"),
                          QStringLiteral("must hold a number")));
}

TEST(CrisisSectionTest, WebMustBeAnHttpAddress)
{
    for (const char* bad : {"samaritans.org", "www.samaritans.org", "ftp://example.org", "javascript:alert(1)",
                            "file:///etc/passwd", "https://", "https://exa mple.org", "mailto:jo@samaritans.org",
                            "https://user:pass@example.org", "//example.org"}) {
        EXPECT_TRUE(refusedAt(withContact(QByteArray(R"("name": "A", "web": ")") + bad + "\""),
                              QStringLiteral("crisis.contacts[0].web"), QStringLiteral("must")))
            << bad;
    }
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "web": "samaritans.org")"), QStringLiteral("crisis.contacts[0].web"),
                          QStringLiteral("must be a web address starting with https:// or http://")));
    EXPECT_TRUE(refusedAt(withContact(R"("name": "A", "web": "ftp://example.org")"), QStringLiteral("crisis.contacts[0].web"),
                          QStringLiteral("(found \"ftp:\")")));
    EXPECT_OK(parseProfile(withContact(R"("name": "A", "web": "HTTPS://Example.org/a%20b#top")"), QStringLiteral("p.json")));
}

TEST(CrisisSectionTest, ABadSectionRefusesTheWholeProfile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name": "Clinic", "locked": true, "enabled": ["journal"],
 "crisis": {"contacts": [{"name": "Team", "phone": "call us"}]}})");
    f.close();
    ProfileSources s;
    s.clinic = path;
    ResolvedProfile r = resolveProfile(s);
    EXPECT_EQ(r.profile.source, ProfileSource::BuiltIn);
    EXPECT_FALSE(r.profile.locked);
    EXPECT_TRUE(r.profile.crisisContacts.isEmpty());
    ASSERT_EQ(r.notices.size(), 1);
    EXPECT_TRUE(r.notices.first().contains(QStringLiteral("line 2: crisis.contacts[0].phone: must hold only digits")))
        << r.notices.first().toStdString();
}

TEST(CrisisSectionTest, CutOffAndMangledSectionsNeverCrash)
{
    // Every prefix of a section with escapes, nesting and a duplicate key: an
    // error that names the file, or a profile; never a crash or a hang.
    const QByteArray json = withCrisis(R"({"contacts": [{"n\u0061me": "A", "phone": "1", "phone": "x"},
      {"name": "B\"\\", "web": "https://e.org", "note": "[{\"x\": 1}]"}, {"name": "C", "bad": {"a": [1, {"b": "}"}]}}],
      "emergencyNumber": "112"})");
    for (qsizetype n = 0; n <= json.size(); ++n) {
        auto p = parseProfile(json.left(n), QStringLiteral("cut.json"));
        if (!p.ok()) {
            EXPECT_TRUE(p.error().message.startsWith(QStringLiteral("cut.json: "))) << p.error().message.toStdString();
        }
    }
    // The whole thing: the last of the two "phone" values counts, and is refused.
    EXPECT_TRUE(refusedAt(json, QStringLiteral("crisis.contacts[0].phone"), QStringLiteral("must hold only digits")));
}

// Default contacts written as a profile would hold them, so they pass the same checks.
QByteArray asProfile(const QList<CrisisContact>& contacts, const QString& emergency)
{
    QJsonArray list;
    for (const CrisisContact& c : contacts) {
        QJsonObject o{{QStringLiteral("name"), c.name}};
        const std::pair<const char*, QString> optional[] = {{"phone", c.phone}, {"text", c.text}, {"web", c.web},
                                                            {"hours", c.hours}, {"note", c.note}};
        for (const auto& [key, value] : optional) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        }
        list.append(o);
    }
    QJsonObject crisis{{QStringLiteral("contacts"), list}};
    if (!emergency.isEmpty())
        crisis.insert(QStringLiteral("emergencyNumber"), emergency);
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Defaults")}, {QStringLiteral("crisis"), crisis}}).toJson();
}

TEST(CrisisDefaultsTest, NationalLinesAndTheEmergencyNumber)
{
    QString emergency;
    auto us = defaultCrisisContacts(QLocale(QStringLiteral("en_US")), &emergency);
    EXPECT_EQ(emergency, QStringLiteral("911"));
    ASSERT_EQ(us.size(), 1);
    EXPECT_TRUE(us.first().name.contains(QStringLiteral("988")));
    EXPECT_EQ(us.first().phone, QStringLiteral("988"));
    EXPECT_EQ(us.first().text, QStringLiteral("988"));
    EXPECT_FALSE(us.first().hours.isEmpty());

    auto ca = defaultCrisisContacts(QLocale(QStringLiteral("fr_CA")), &emergency);
    EXPECT_EQ(emergency, QStringLiteral("911"));
    ASSERT_EQ(ca.size(), 1);
    EXPECT_EQ(ca.first().phone, QStringLiteral("988"));

    auto gb = defaultCrisisContacts(QLocale(QStringLiteral("en_GB")), &emergency);
    EXPECT_EQ(emergency, QStringLiteral("999"));
    ASSERT_EQ(gb.size(), 1);
    EXPECT_EQ(gb.first().name, QStringLiteral("Samaritans"));
    EXPECT_EQ(gb.first().phone, QStringLiteral("116 123"));
    EXPECT_EQ(gb.first().web, QStringLiteral("https://www.samaritans.org"));

    auto ie = defaultCrisisContacts(QLocale(QStringLiteral("en_IE")), &emergency);
    EXPECT_EQ(emergency, QStringLiteral("112"));
    ASSERT_EQ(ie.size(), 1);
    EXPECT_EQ(ie.first().phone, QStringLiteral("116 123"));

    auto es = defaultCrisisContacts(QLocale(QStringLiteral("es_ES")), &emergency);
    EXPECT_EQ(emergency, QStringLiteral("112"));
    ASSERT_EQ(es.size(), 1);
    EXPECT_EQ(es.first().phone, QStringLiteral("024"));
    EXPECT_TRUE(es.first().note.contains(QStringLiteral("conducta suicida")));

    // The rest of the EU: no line, but 112.
    EXPECT_TRUE(defaultCrisisContacts(QLocale(QStringLiteral("de_AT")), &emergency).isEmpty());
    EXPECT_EQ(emergency, QStringLiteral("112"));
    EXPECT_TRUE(defaultCrisisContacts(QLocale(QStringLiteral("pl_PL")), &emergency).isEmpty());
    EXPECT_EQ(emergency, QStringLiteral("112"));

    // Anywhere else: nothing, and the page says "your local emergency number".
    emergency = QStringLiteral("stale");
    EXPECT_TRUE(defaultCrisisContacts(QLocale(QStringLiteral("ja_JP")), &emergency).isEmpty());
    EXPECT_TRUE(emergency.isEmpty());
    emergency = QStringLiteral("stale");
    EXPECT_TRUE(defaultCrisisContacts(QLocale::c(), &emergency).isEmpty());
    EXPECT_TRUE(emergency.isEmpty());
    EXPECT_TRUE(defaultCrisisContacts(QLocale(QStringLiteral("pt_BR")), nullptr).isEmpty());
}

TEST(CrisisDefaultsTest, EveryDefaultPassesTheProfileChecks)
{
    for (const char* name : {"en_US", "en_CA", "en_GB", "en_IE", "es_ES", "en_AU", "en_NZ", "de_DE", "fr_FR", "it_IT", "ja_JP"}) {
        QString emergency;
        const auto contacts = defaultCrisisContacts(QLocale(QLatin1String(name)), &emergency);
        auto p = parseProfile(asProfile(contacts, emergency), QStringLiteral("defaults.json"));
        ASSERT_OK(p);
        EXPECT_EQ(p->crisisContacts.size(), contacts.size()) << name;
        const bool expectLine = qstrcmp(name, "it_IT") != 0 && qstrcmp(name, "ja_JP") != 0;
        EXPECT_EQ(!contacts.isEmpty(), expectLine) << name;
        EXPECT_EQ(emergency.isEmpty(), qstrcmp(name, "ja_JP") == 0) << name;
    }
}

TEST(CrisisDefaultsTest, TheProfileReplacesTheDefaults)
{
    const QLocale gbLocale(QStringLiteral("en_GB"));
    Profile none = defaultProfile();
    CrisisHelp h = crisisHelpFor(none, gbLocale);
    EXPECT_FALSE(h.fromProfile);
    ASSERT_EQ(h.contacts.size(), 1);
    EXPECT_EQ(h.contacts.first().name, QStringLiteral("Samaritans"));
    EXPECT_EQ(h.emergencyNumber, QStringLiteral("999"));

    Profile clinic = defaultProfile();
    clinic.crisisContacts = {CrisisContact{QStringLiteral("Crisis team"), QStringLiteral("1"), {}, {}, {}, {}}};
    h = crisisHelpFor(clinic, gbLocale);
    EXPECT_TRUE(h.fromProfile);
    ASSERT_EQ(h.contacts.size(), 1);
    EXPECT_EQ(h.contacts.first().name, QStringLiteral("Crisis team"));
    // No number is guessed from the locale next to the clinic's own list.
    EXPECT_TRUE(h.emergencyNumber.isEmpty());
    clinic.crisisEmergencyNumber = QStringLiteral("112");
    EXPECT_EQ(crisisHelpFor(clinic, gbLocale).emergencyNumber, QStringLiteral("112"));
    // Without contacts, the profile's number still wins over the region's.
    none.crisisEmergencyNumber = QStringLiteral("112");
    EXPECT_EQ(crisisHelpFor(none, gbLocale).emergencyNumber, QStringLiteral("112"));
    EXPECT_EQ(crisisHelpFor(none, gbLocale).contacts.size(), 1);
    none.crisisEmergencyNumber.clear();
    EXPECT_TRUE(crisisHelpFor(none, QLocale(QStringLiteral("ja_JP"))).emergencyNumber.isEmpty());
    EXPECT_TRUE(crisisHelpFor(none, QLocale(QStringLiteral("ja_JP"))).contacts.isEmpty());
}

// ---- The module trust section (issue 20) ----

// A profile whose "moduleTrust" value is `trust` (JSON text), on line 3.
QByteArray withTrust(const QByteArray& trust)
{
    return QByteArray("{\n  \"name\": \"Clinic\",\n  \"moduleTrust\": ") + trust + QByteArray("\n}\n");
}

const QByteArray kKey = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="; // 32 bytes of base64
const QByteArray kHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

TEST(ModuleTrustSectionTest, AGoodSectionParses)
{
    auto p = parseProfile(withTrust(QByteArray(R"({
    "requireSignature": true,
    "trustBundled": true,
    "trustedKeys": [{"name": "Riverside clinic IT", "publicKey": ")") + kKey + R"("}],
    "allowedHashes": [{"id": "sleep-diary", "library": ")" + kHash.toUpper() + R"(", "manifest": ")" + kHash + R"("}]
  })"), QStringLiteral("clinic.json"));
    ASSERT_OK(p);
    const ModuleTrustPolicy& t = p->moduleTrust;
    EXPECT_TRUE(t.active());
    EXPECT_TRUE(t.trustBundled);
    ASSERT_EQ(t.trustedKeys.size(), 1);
    EXPECT_EQ(t.trustedKeys.first().name, QStringLiteral("Riverside clinic IT"));
    EXPECT_EQ(t.trustedKeys.first().publicKey, QByteArray::fromBase64(kKey));
    ASSERT_EQ(t.allowedHashes.size(), 1);
    EXPECT_EQ(t.allowedHashes.first().id, QStringLiteral("sleep-diary"));
    EXPECT_EQ(t.allowedHashes.first().librarySha256, QString::fromLatin1(kHash)); // kept lower case
    // Without the section nothing is required, as before.
    auto none = parseProfile(withCrisis("{}"), QStringLiteral("clinic.json"));
    ASSERT_OK(none);
    EXPECT_FALSE(none->moduleTrust.active());
    // Switched off, the keys may stay in place.
    auto off = parseProfile(withTrust(R"({"requireSignature": false, "trustBundled": true})"), QStringLiteral("clinic.json"));
    ASSERT_OK(off);
    EXPECT_FALSE(off->moduleTrust.active());
}

TEST(ModuleTrustSectionTest, MistakesAreRefusedNamingLineAndField)
{
    const QByteArray key = QByteArray(R"("publicKey": ")") + kKey + "\"";
    EXPECT_TRUE(refusedAt(withTrust("true"), QStringLiteral("moduleTrust"), QStringLiteral("must be an object")));
    EXPECT_TRUE(refusedAt(withTrust(R"({"trustBundled": true})"), QStringLiteral("moduleTrust.requireSignature"),
                          QStringLiteral("is required")));
    EXPECT_TRUE(refusedAt(withTrust(R"({"requireSignature": "yes"})"), QStringLiteral("moduleTrust.requireSignature"),
                          QStringLiteral("true or false")));
    EXPECT_TRUE(refusedAt(withTrust(R"({"requireSignature": true})"), QStringLiteral("moduleTrust.requireSignature"),
                          QStringLiteral("no module would load")));
    EXPECT_TRUE(refusedAt(withTrust(R"({"requireSignature": true, "trustBundle": true})"), QStringLiteral("moduleTrust.trustBundle"),
                          QStringLiteral("known: requireSignature, trustBundled")));
    EXPECT_TRUE(refusedAt(withTrust(R"({"requireSignature": true, "trustedKeys": {"name": "x"}})"),
                          QStringLiteral("moduleTrust.trustedKeys"), QStringLiteral("must be a list")));
    EXPECT_TRUE(refusedAt(withTrust(QByteArray(R"({"requireSignature": true, "trustedKeys": [{)") + key + "}]}"),
                          QStringLiteral("moduleTrust.trustedKeys[0].name"), QStringLiteral("is required")));
    // A key cut short, one of the wrong length, one that is not base64: each named, never echoed whole.
    for (const QByteArray& bad : {kKey.left(40), QByteArray("AAAA"), QByteArray("not a key at all, really not")}) {
        EXPECT_TRUE(refusedAt(withTrust(QByteArray(R"({"requireSignature": true, "trustedKeys": [{"name": "IT", "publicKey": ")") + bad + "\"}]}"),
                              QStringLiteral("moduleTrust.trustedKeys[0].publicKey"), QStringLiteral("is not an Ed25519 public key")))
            << bad.toStdString();
    }
    EXPECT_TRUE(refusedAt(withTrust(R"({"requireSignature": true, "allowedHashes": [{"id": "x", "library": "abc", "manifest": "abc"}]})"),
                          QStringLiteral("moduleTrust.allowedHashes[0].library"), QStringLiteral("64 hex digits")));
    EXPECT_TRUE(refusedAt(withTrust(QByteArray(R"({"requireSignature": true, "allowedHashes": [{"id": "x", "library": ")") + kHash + "\"}]}"),
                          QStringLiteral("moduleTrust.allowedHashes[0].manifest"), QStringLiteral("is required")));
    EXPECT_TRUE(refusedAt(withTrust(QByteArray(R"({"requireSignature": true, "allowedHashes": [{"id": "Bad Id", "library": ")") + kHash
                                    + R"(", "manifest": ")" + kHash + "\"}]}"),
                          QStringLiteral("moduleTrust.allowedHashes[0].id"), QStringLiteral("module id")));

    // The line is that of the value at fault.
    auto p = parseProfile("{\n  \"name\": \"Clinic\",\n  \"moduleTrust\": {\n    \"requireSignature\": true,\n"
                          "    \"trustedKeys\": [\n      {\"name\": \"IT\",\n       \"publicKey\": \"AAAA\"}]}\n}\n",
                          QStringLiteral("clinic.json"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.startsWith(QStringLiteral("clinic.json: line 7: moduleTrust.trustedKeys[0].publicKey: ")))
        << p.error().message.toStdString();
}

// ---- Module trust (issue 20): "grants", "writeQuota", the client's answers ----

TEST(TrustSectionTest, GrantsAndWriteQuotaParse)
{
    auto p = parseProfile(R"({
  "name": "Clinic",
  "grants": { "goals": ["journal/checkin", "cbt/thought-record"], "medication": "declared" },
  "writeQuota": { "perMinute": 120, "perDay": 5000, "modules": { "medication": { "perDay": 50000 }, "cbt": { "perMinute": 0 } } }
})", QStringLiteral("clinic.json"));
    ASSERT_OK(p);
    EXPECT_FALSE(p->grantDeclaredReads);
    EXPECT_EQ(p->readGrants.value(QStringLiteral("goals")),
              (QStringList{QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record")}));
    EXPECT_EQ(p->readGrants.value(QStringLiteral("medication")), QStringList{QStringLiteral("*")});
    EXPECT_EQ(p->writeQuotaFor(QStringLiteral("journal")).perMinute, 120);
    EXPECT_EQ(p->writeQuotaFor(QStringLiteral("journal")).perDay, 5000);
    EXPECT_EQ(p->writeQuotaFor(QStringLiteral("medication")).perMinute, 120); // the profile's, where the module's says nothing
    EXPECT_EQ(p->writeQuotaFor(QStringLiteral("medication")).perDay, 50000);
    EXPECT_EQ(p->writeQuotaFor(QStringLiteral("cbt")).perMinute, 0); // no limit

    auto all = parseProfile(R"({"name": "Clinic", "grants": "declared"})", QStringLiteral("clinic.json"));
    ASSERT_OK(all);
    EXPECT_TRUE(all->grantDeclaredReads);
    // Generous defaults when the profile says nothing.
    const Profile d = defaultProfile();
    EXPECT_EQ(d.writeQuotaFor(QStringLiteral("goals")).perMinute, 600);
    EXPECT_EQ(d.writeQuotaFor(QStringLiteral("goals")).perDay, 20000);
}

TEST(TrustSectionTest, MistakesAreNamedWithTheLineAndField)
{
    struct Case { QByteArray section; QString field; QString reason; int line; };
    const Case cases[] = {
        {R"("grants": "all")", QStringLiteral("grants"), QStringLiteral("must be \"declared\" or an object"), 3},
        {R"("grants": {"Goals": ["journal/checkin"]})", QStringLiteral("grants.Goals"), QStringLiteral("is not a module id"), 3},
        {R"("grants": {"goals": "journal/checkin"})", QStringLiteral("grants.goals"), QStringLiteral("must be a list of kinds"), 3},
        {"\"grants\": {\n    \"goals\": [\"journal/checkin\", \"checkin\"]}", QStringLiteral("grants.goals[1]"),
         QStringLiteral("must be a kind with its module"), 4},
        {R"("writeQuota": 600)", QStringLiteral("writeQuota"), QStringLiteral("must be an object"), 3},
        {R"("writeQuota": {"perHour": 10})", QStringLiteral("writeQuota.perHour"), QStringLiteral("is not a write limit"), 3},
        {R"("writeQuota": {"perMinute": -1})", QStringLiteral("writeQuota.perMinute"), QStringLiteral("whole number from 0"), 3},
        {R"("writeQuota": {"perMinute": 1.5})", QStringLiteral("writeQuota.perMinute"), QStringLiteral("whole number from 0"), 3},
        {R"("writeQuota": {"perDay": "lots"})", QStringLiteral("writeQuota.perDay"), QStringLiteral("whole number from 0"), 3},
        {"\"writeQuota\": {\n    \"modules\": {\"cbt\": {\"perWeek\": 3}}}", QStringLiteral("writeQuota.modules.cbt.perWeek"),
         QStringLiteral("is not a write limit"), 4},
        {R"("writeQuota": {"modules": {"cbt": {"modules": {}}}})", QStringLiteral("writeQuota.modules.cbt.modules"),
         QStringLiteral("is not a write limit"), 3},
    };
    for (const Case& c : cases) {
        const QByteArray json = "{\n  \"name\": \"Clinic\",\n  " + c.section + "\n}\n";
        auto p = parseProfile(json, QStringLiteral("clinic.json"));
        ASSERT_FALSE(p.ok()) << json.toStdString();
        EXPECT_EQ(p.error().field, c.field) << p.error().message.toStdString();
        EXPECT_TRUE(p.error().message.contains(c.reason)) << p.error().message.toStdString();
        EXPECT_TRUE(p.error().message.startsWith(QStringLiteral("clinic.json: line %1: %2: ").arg(c.line).arg(c.field)))
            << p.error().message.toStdString();
    }
}

TEST_F(PrecedenceTest, TheClientsAnswersAboutReadsAreKeptPrivatelyAndApplyUnlessLocked)
{
    ASSERT_OK(choices.answerReads(QStringLiteral("goals"), {QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record")}, true));
    ASSERT_OK(choices.answerReads(QStringLiteral("goals"), {QStringLiteral("cbt/thought-record")}, false));
    EXPECT_EQ(int(QFile::permissions(choices.path()) & 0x0077), 0) << "modules.json must be the owner's only";
    EXPECT_EQ(QFile::permissions(choices.path()) & (QFileDevice::ReadOwner | QFileDevice::WriteOwner),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    UserChoices again(choices.path());
    again.load();
    EXPECT_EQ(again.readAnswers(QStringLiteral("goals")).allowed, QStringList{QStringLiteral("journal/checkin")});
    EXPECT_EQ(again.readAnswers(QStringLiteral("goals")).refused, QStringList{QStringLiteral("cbt/thought-record")});

    ProfileSources s;
    s.user = &again;
    ResolvedProfile open = resolveProfile(s);
    EXPECT_EQ(open.profile.readsAllowed.value(QStringLiteral("goals")), QStringList{QStringLiteral("journal/checkin")});
    s.commandLine = fixture("open.json"); // the command line's profile too: it is not locked
    EXPECT_EQ(resolveProfile(s).profile.readsRefused.value(QStringLiteral("goals")), QStringList{QStringLiteral("cbt/thought-record")});
    s.commandLine.clear();
    s.clinic = fixture("cbt-clinic.json"); // locked: the clinic decides alone
    ResolvedProfile locked = resolveProfile(s);
    ASSERT_TRUE(locked.profile.locked);
    EXPECT_TRUE(locked.profile.readsAllowed.isEmpty());
    EXPECT_TRUE(locked.profile.readsRefused.isEmpty());

    // Enabling a module keeps the answers, and the answers keep the choices.
    ASSERT_OK(again.set(QStringLiteral("mbct"), false));
    UserChoices third(choices.path());
    third.load();
    EXPECT_EQ(third.choice(QStringLiteral("mbct")), false);
    EXPECT_EQ(third.readAnswers(QStringLiteral("goals")).allowed, QStringList{QStringLiteral("journal/checkin")});
}

// ---- The app lock (issue 21): "appLock" ----

TEST(AppLockSectionTest, ParsesAndDefaultsToNoRequirement)
{
    auto p = parseProfile(R"({"name": "Clinic", "appLock": {"requirePassphrase": true, "maxIdleMinutes": 15}})",
                          QStringLiteral("clinic.json"));
    ASSERT_OK(p);
    EXPECT_TRUE(p->appLockRequirePassphrase);
    EXPECT_EQ(p->appLockMaxIdleMinutes, 15);
    const Profile d = defaultProfile();
    EXPECT_FALSE(d.appLockRequirePassphrase);
    EXPECT_EQ(d.appLockMaxIdleMinutes, 0);
}

TEST(AppLockSectionTest, MistakesAreRefusedNamingTheField)
{
    struct Case { QByteArray section; QString field; QString reason; };
    const Case cases[] = {
        {R"("appLock": true)", QStringLiteral("appLock"), QStringLiteral("must be an object")},
        {R"("appLock": {"requirePassphrase": "yes"})", QStringLiteral("appLock.requirePassphrase"), QStringLiteral("true or false")},
        {R"("appLock": {"maxIdleMinutes": -5})", QStringLiteral("appLock.maxIdleMinutes"), QStringLiteral("whole number")},
        {R"("appLock": {"maxIdleMinutes": 2.5})", QStringLiteral("appLock.maxIdleMinutes"), QStringLiteral("whole number")},
        {R"("appLock": {"maxIdleMinutes": 100000})", QStringLiteral("appLock.maxIdleMinutes"), QStringLiteral("whole number")},
        {R"("appLock": {"idle": 5})", QStringLiteral("appLock.idle"), QStringLiteral("is not an app lock setting")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.section.toStdString());
        auto p = parseProfile("{\n  \"name\": \"Clinic\",\n  " + c.section + "\n}", QStringLiteral("clinic.json"));
        ASSERT_FALSE(p.ok());
        EXPECT_EQ(p.error().field, c.field) << p.error().message.toStdString();
        EXPECT_TRUE(p.error().message.contains(c.field)) << p.error().message.toStdString();
        EXPECT_TRUE(p.error().message.contains(c.reason)) << p.error().message.toStdString();
        EXPECT_TRUE(p.error().message.contains(QStringLiteral("clinic.json"))) << p.error().message.toStdString();
    }
}

} // namespace
