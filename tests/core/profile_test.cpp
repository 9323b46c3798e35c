// Clinic profiles: parsing, refusal with line and reason, precedence.
#include "plugins/pluginmanager.h"
#include "profile/profile.h"

#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace tessera::core;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TESSERA_FIXTURE_SOURCE_DIR "/profiles/") + QLatin1String(name);
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
    EXPECT_EQ(p->pluginDirs.first(), QDir::cleanPath(QStringLiteral(TESSERA_FIXTURE_SOURCE_DIR "/profiles/clinic-plugins")));
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
    auto badId = parseProfile(R"({"name": "x", "enabled": ["CBT Module"]})", QStringLiteral("p.json"));
    ASSERT_FALSE(badId.ok());
    EXPECT_EQ(badId.error().field, QStringLiteral("enabled"));
    auto noName = parseProfile(R"({"enabled": []})", QStringLiteral("p.json"));
    EXPECT_FALSE(noName.ok());
}

TEST(ProfileTest, UnknownModuleIdsBecomeWarningsNotErrors)
{
    auto p = readProfile(fixture("unknown-ids.json"));
    ASSERT_OK(p);
    PluginManager::Options o;
    o.pluginDirs << QStringLiteral(TESSERA_BUNDLED_PLUGIN_DIR);
    o.profile = p.value();
    PluginManager pm(o);
    pm.discover();
    ASSERT_EQ(pm.profileWarnings().size(), 1);
    EXPECT_TRUE(pm.profileWarnings().first().contains(QStringLiteral("hypnotherapy")));
    ASSERT_NE(pm.find(QStringLiteral("journal")), nullptr);
    EXPECT_EQ(pm.find(QStringLiteral("journal"))->state, PluginState::Discovered);
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

} // namespace
