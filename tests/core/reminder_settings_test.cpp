// Reminder settings (issue 24): the profile's "reminders" section is checked
// with messages naming the field, gives the defaults, and a locked profile
// fixes what it sets; the client's choices are kept in settings.ini.
#include "profile/profile.h"
#include "reminders/remindersettings.h"

#include "testsupport.h"

#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::core;

namespace {

TEST(ReminderSettingsTest, TheProfileSectionIsReadAndBadValuesNameTheField)
{
    auto ok = parseProfile(R"({"name": "Clinic", "reminders": {"showDetails": true, "quietHours": {"from": "21:30", "to": "07:00"},
                             "snoozeMinutes": 20, "modules": {"medication": true, "activities": false}}})",
                           QStringLiteral("p.json"));
    ASSERT_OK(ok);
    const ReminderProfileDefaults& d = ok->reminders;
    EXPECT_EQ(d.showDetails, std::optional<bool>(true));
    EXPECT_EQ(d.quietHours, std::optional<bool>(true));
    EXPECT_EQ(d.quietFrom, QTime(21, 30));
    EXPECT_EQ(d.snoozeMinutes, std::optional<int>(20));
    EXPECT_EQ(d.modules.value(QStringLiteral("activities"), true), false);

    const auto refused = [](const char* json) {
        auto r = parseProfile(QByteArray(json), QStringLiteral("p.json"));
        return r.ok() ? QString() : r.error().message;
    };
    EXPECT_TRUE(refused(R"({"name": "x", "reminders": {"snoozeMinutes": 0}})").contains(QStringLiteral("reminders.snoozeMinutes")));
    EXPECT_TRUE(refused(R"({"name": "x", "reminders": {"quietHours": {"from": "25:00", "to": "07:00"}}})")
                    .contains(QStringLiteral("reminders.quietHours.from")));
    EXPECT_TRUE(refused(R"({"name": "x", "reminders": {"showDetails": "yes"}})").contains(QStringLiteral("reminders.showDetails")));
    EXPECT_TRUE(refused(R"({"name": "x", "reminders": {"modules": {"medication": 1}}})").contains(QStringLiteral("reminders.modules.medication")));
    EXPECT_TRUE(refused(R"({"name": "x", "reminders": {"loud": true}})").contains(QStringLiteral("reminders.loud")));
    EXPECT_TRUE(refused(R"({"name": "x", "reminders": {"snoozeMinutes": 0}})").startsWith(QStringLiteral("p.json: line 1:")));
}

TEST(ReminderSettingsTest, DefaultsTheClientsChoicesAndWhatALockedProfileFixes)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    Profile open = defaultProfile();
    {
        ReminderSettings s(file, open);
        EXPECT_FALSE(s.showDetails()) << "private by default";
        EXPECT_EQ(s.snoozeMinutes(), 10);
        EXPECT_FALSE(s.quietHours());
        EXPECT_TRUE(s.moduleEnabled(QStringLiteral("medication")));
        s.setShowDetails(true);
        s.setSnoozeMinutes(25);
        s.setModuleEnabled(QStringLiteral("medication"), false);
        EXPECT_FALSE(s.setQuietFromText(QStringLiteral("7pm")));
    }
    {
        ReminderSettings again(file, open); // kept in settings.ini
        EXPECT_TRUE(again.showDetails());
        EXPECT_EQ(again.snoozeMinutes(), 25);
        EXPECT_FALSE(again.moduleEnabled(QStringLiteral("medication")));
    }
    auto locked = parseProfile(R"({"name": "Clinic", "locked": true, "setBy": "Riverside",
                                  "reminders": {"showDetails": false, "quietHours": {"from": "22:00", "to": "06:30"}}})",
                               QStringLiteral("p.json"));
    ASSERT_OK(locked);
    ReminderSettings fixed(file, locked.value());
    EXPECT_FALSE(fixed.showDetails()) << "the locked profile decides, whatever the client chose before";
    fixed.setShowDetails(true);
    EXPECT_FALSE(fixed.showDetails());
    EXPECT_TRUE(fixed.isFixed(QStringLiteral("showDetails")));
    EXPECT_FALSE(fixed.isFixed(QStringLiteral("snoozeMinutes")));
    EXPECT_EQ(fixed.snoozeMinutes(), 25);
    EXPECT_TRUE(fixed.isQuiet(QTime(23, 0)));
    EXPECT_TRUE(fixed.isQuiet(QTime(6, 29)));
    EXPECT_FALSE(fixed.isQuiet(QTime(6, 30)));
    EXPECT_FALSE(fixed.isQuiet(QTime(12, 0)));
}

} // namespace
