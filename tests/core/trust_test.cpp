// Module trust (issue 20): the pieces on their own. Escaping text for logs
// and terminals, the write quota's sliding windows, and who decides what a
// module may read. (Through real modules, journals and processes:
// pluginmanager_test, scopedjournal_test, cli_test.)
#include "host/displaytext.h"
#include "plugins/permissions.h"
#include "store/writequota.h"

#include "testsupport.h"

using namespace tessera::core;

namespace {

TEST(EscapeForDisplayTest, EveryControlBecomesAVisibleEscape)
{
    EXPECT_EQ(escapeForDisplay(QStringLiteral("a\nb\rc\td")), QStringLiteral("a\\nb\\rc\\td"));
    EXPECT_EQ(escapeForDisplay(QStringLiteral("\x1b[31mred")), QStringLiteral("\\x1b[31mred"));
    EXPECT_EQ(escapeForDisplay(QString(QChar(0))), QStringLiteral("\\x00"));
    EXPECT_EQ(escapeForDisplay(QStringLiteral("del\x7f")), QStringLiteral("del\\x7f"));
    EXPECT_EQ(escapeForDisplay(QStringLiteral("c1\u0085\u009b")), QStringLiteral("c1\\u0085\\u009b"));
    EXPECT_EQ(escapeForDisplay(QStringLiteral("\u202egnp.exe")), QStringLiteral("\\u202egnp.exe"));
    EXPECT_EQ(escapeForDisplay(QStringLiteral("\u2066x\u2069\u200e\u200f\u061c")), QStringLiteral("\\u2066x\\u2069\\u200e\\u200f\\u061c"));
    EXPECT_EQ(escapeForDisplay(QStringLiteral("line\u2028sep\u2029")), QStringLiteral("line\\u2028sep\\u2029"));
}

TEST(EscapeForDisplayTest, OrdinaryTextIsLeftAloneAndEscapingTwiceChangesNothing)
{
    for (const QString& plain : {QStringLiteral("Goals"), QStringLiteral("Behavioural activation · étapes"),
                                 QStringLiteral("יומן שינה"), QStringLiteral("C:\\path\\n is two characters"),
                                 QStringLiteral("emoji 🌱")}) {
        EXPECT_EQ(escapeForDisplay(plain), plain);
        EXPECT_FALSE(hasControlCharacters(plain));
    }
    const QString forged = QStringLiteral("x\n2026-01-01 error [host] forged\x1b[2J\u202e");
    const QString once = escapeForDisplay(forged);
    EXPECT_TRUE(hasControlCharacters(forged));
    EXPECT_FALSE(hasControlCharacters(once));
    EXPECT_EQ(escapeForDisplay(once), once);
}

// A clock the test moves.
struct FakeClock {
    qint64 now = 1'000'000;
    WriteQuota::Clock clock() { return [this] { return now; }; }
};

TEST(WriteQuotaTest, AMinuteIsASlidingMinute)
{
    FakeClock t;
    WriteQuota q(WriteLimits{3, 0}, t.clock());
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(q.check(), WriteQuota::Full::No);
        q.record();
        t.now += 10'000; // one every 10 s
    }
    EXPECT_EQ(q.check(), WriteQuota::Full::Minute); // 3 in the last 30 s
    t.now += 25'000; // the first write is now 55 s old
    EXPECT_EQ(q.check(), WriteQuota::Full::Minute);
    t.now += 6'000; // 61 s: the first one has left the minute
    EXPECT_EQ(q.check(), WriteQuota::Full::No);
    EXPECT_EQ(q.inLastMinute(), 2);
    t.now += 3'600'000;
    EXPECT_EQ(q.inLastMinute(), 0);
}

TEST(WriteQuotaTest, TheDayCountsAcrossMinutesAndZeroMeansNoLimit)
{
    FakeClock t;
    WriteQuota q(WriteLimits{2, 5}, t.clock());
    int made = 0;
    for (int minute = 0; minute < 10; ++minute, t.now += 60'000) {
        while (q.check() == WriteQuota::Full::No) {
            q.record();
            ++made;
        }
    }
    EXPECT_EQ(made, 5);
    EXPECT_EQ(q.check(), WriteQuota::Full::Day);
    t.now += 24LL * 3600 * 1000 + 10 * 60 * 1000; // a day later
    EXPECT_EQ(q.check(), WriteQuota::Full::No);
    EXPECT_EQ(q.inLastDay(), 0);

    WriteQuota unlimited(WriteLimits{0, 0}, t.clock());
    for (int i = 0; i < 100000; ++i)
        unlimited.record();
    EXPECT_EQ(unlimited.check(), WriteQuota::Full::No);
    WriteQuota minuteOnly(WriteLimits{0, 3}, t.clock()); // a day limit alone
    for (int i = 0; i < 3; ++i)
        minuteOnly.record();
    EXPECT_EQ(minuteOnly.check(), WriteQuota::Full::Day);
}

Manifest readerOf(QStringList reads)
{
    Manifest m;
    m.id = QStringLiteral("goals");
    m.reads = std::move(reads);
    return m;
}

using State = ReadPermission::State;
using By = ReadPermission::By;

TEST(ReadPermissionsTest, NobodyHasAnsweredSoNothingIsRead)
{
    const auto p = readPermissions(readerOf({QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record")}),
                                   defaultProfile(), false);
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p[0].state, State::Unanswered);
    EXPECT_EQ(p[0].by, By::Nobody);
    EXPECT_TRUE(allowedKinds(p).isEmpty());
    EXPECT_TRUE(hasUnanswered(p));
}

TEST(ReadPermissionsTest, TheClientsAnswerPerKindThenTheClinicThenTheDemo)
{
    const Manifest m = readerOf({QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record"),
                                 QStringLiteral("mbct/practice"), QStringLiteral("goals/goal")});
    Profile p = defaultProfile();
    p.readsAllowed.insert(QStringLiteral("goals"), {QStringLiteral("journal/checkin")});
    p.readsRefused.insert(QStringLiteral("goals"), {QStringLiteral("cbt/thought-record")});
    p.readGrants.insert(QStringLiteral("goals"), {QStringLiteral("cbt/thought-record"), QStringLiteral("mbct/practice")});
    auto r = readPermissions(m, p, false);
    ASSERT_EQ(r.size(), 3); // its own kind is always its own
    EXPECT_EQ(r[0].state, State::Allowed);
    EXPECT_EQ(r[0].by, By::Client);
    EXPECT_EQ(r[1].state, State::Refused); // the client's "no" outweighs the clinic's grant
    EXPECT_EQ(r[1].by, By::Client);
    EXPECT_EQ(r[2].state, State::Allowed);
    EXPECT_EQ(r[2].by, By::Clinic);
    EXPECT_EQ(allowedKinds(r), (QSet<QString>{QStringLiteral("journal/checkin"), QStringLiteral("mbct/practice")}));

    // "declared" grants whatever the module lists, in a new version too.
    Profile declared = defaultProfile();
    declared.readGrants.insert(QStringLiteral("goals"), {QStringLiteral("*")});
    EXPECT_EQ(allowedKinds(readPermissions(m, declared, false)).size(), 3);
    Profile everyModule = defaultProfile();
    everyModule.grantDeclaredReads = true;
    EXPECT_EQ(allowedKinds(readPermissions(m, everyModule, false)).size(), 3);

    // The demo shows everything, unless the client said no during it.
    auto demo = readPermissions(m, defaultProfile(), true);
    EXPECT_EQ(allowedKinds(demo).size(), 3);
    EXPECT_EQ(demo[0].by, By::Demo);
}

TEST(ReadPermissionsTest, ALockedProfileDecidesAlone)
{
    const Manifest m = readerOf({QStringLiteral("journal/checkin"), QStringLiteral("cbt/thought-record")});
    Profile p = defaultProfile();
    p.locked = true;
    p.readGrants.insert(QStringLiteral("goals"), {QStringLiteral("journal/checkin")});
    auto r = readPermissions(m, p, false);
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0].state, State::Allowed);
    EXPECT_EQ(r[0].by, By::Clinic);
    EXPECT_EQ(r[1].state, State::Refused); // never asked: the clinic decides
    EXPECT_EQ(r[1].by, By::Clinic);
    EXPECT_FALSE(hasUnanswered(r));
}

TEST(ReadPermissionsTest, ANewVersionThatReadsMoreIsAskedAboutTheNewKindsOnly)
{
    Profile p = defaultProfile();
    p.readsAllowed.insert(QStringLiteral("goals"), {QStringLiteral("journal/checkin")});
    auto r = readPermissions(readerOf({QStringLiteral("journal/checkin"), QStringLiteral("ipt/event")}), p, false);
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0].state, State::Allowed);
    EXPECT_EQ(r[1].state, State::Unanswered);
    EXPECT_EQ(readStateName(r[1].state), QStringLiteral("unanswered"));
    EXPECT_EQ(decidedByName(r[0].by), QStringLiteral("you"));
}

} // namespace
