// The sessions module (issue 26) through a real host: the bundled modules
// from the build, the real plugin manager, timeline model and journal file.
// Marks come from the timeline as the client makes them; reads are allowed
// or refused as the client answers.
#include "../src/supporterspdf.h"

#include "app/timelinemodel.h"
#include "host/host.h"
#include "plugins/pluginmanager.h"
#include "reminders/scopedreminders.h"
#include "store/journalstore.h"
#include "store/scopedjournal.h"

#include "moduletest.h"

#include <tessera/sdk/safety.h>
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/stat.h>

using namespace tessera;
using namespace tessera::core;

namespace {

const QString kSessions = QStringLiteral("sessions");

class SessionsTest : public test::HostModuleTest {
protected:
    SessionsTest() : HostModuleTest(kSessions) {}
    void allowReads(bool allowed)
    {
        ASSERT_OK(host->answerReads(kSessions, record().manifest->reads, allowed));
        settle();
    }
    [[nodiscard]] QVariantMap next() const { return backend->property("next").toMap(); }
    [[nodiscard]] QVariantList sessions() const { return backend->property("sessions").toList(); }
    QString add(const QString& kind, const QJsonObject& payload, const QString& title, const QDateTime& at = {})
    {
        sdk::EntryDraft d;
        d.kind = kind;
        d.title = title;
        d.payload = payload;
        d.occurredAt = at;
        auto e = host->store()->add(d);
        EXPECT_TRUE(e.ok()) << (e.ok() ? std::string() : e.error().toString().toStdString());
        settle();
        return e.ok() ? e->id : QString();
    }
    QString thoughtRecord(const QDateTime& at = {})
    {
        return add(QStringLiteral("cbt/thought-record"),
                   {{QStringLiteral("status"), QStringLiteral("draft")}, {QStringLiteral("situation"), QStringLiteral("At work")},
                    {QStringLiteral("thoughts"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("I got it wrong again")}}}}},
                   QStringLiteral("Thought record"), at);
    }
    QString firstOf(const QString& kind) const { return test::newestIdOf(*host->store(), kind); }
    QStringList markedIds() const
    {
        QStringList out;
        for (const QVariant& m : next().value(QStringLiteral("marked")).toList())
            out << m.toMap().value(QStringLiteral("id")).toString();
        return out;
    }
    static QVariantMap sessionForm(const QString& date, const QVariantList& homework = {})
    {
        return {{QStringLiteral("date"), date}, {QStringLiteral("time"), QStringLiteral("10:00")},
                {QStringLiteral("type"), QStringLiteral("individual")},
                {QStringLiteral("with"), QStringList{QStringLiteral("therapist")}},
                {QStringLiteral("talked"), QStringLiteral("The week")},
                {QStringLiteral("remember"), QStringLiteral("Go gently")},
                {QStringLiteral("homework"), homework}};
    }

};

} // namespace

TEST_F(SessionsTest, MarkedEntriesOfThreeModulesAreGatheredAndUnmarkingTakesThemAway)
{
    ASSERT_OK(host->seedDemo(QDateTime::currentDateTimeUtc(), 30));
    settle();
    const QString checkin = firstOf(QStringLiteral("journal/checkin"));
    const QString thought = firstOf(QStringLiteral("cbt/thought-record"));
    const QString event = firstOf(QStringLiteral("ipt/event")); // a kind Sessions has no "reads" for
    ASSERT_FALSE(checkin.isEmpty());
    ASSERT_FALSE(thought.isEmpty());
    ASSERT_FALSE(event.isEmpty());
    EXPECT_TRUE(markedIds().isEmpty());

    TimelineModel timeline(*host->store(), host->plugins());
    for (const QString& id : {checkin, thought, event})
        ASSERT_EQ(timeline.setMarked(id, kSessions, true), QString());
    settle();
    EXPECT_EQ(markedIds(), (QStringList{checkin, thought, event}));
    const QVariantMap first = next().value(QStringLiteral("marked")).toList().first().toMap();
    EXPECT_EQ(first.value(QStringLiteral("kindTitle")).toString(), QStringLiteral("Check-in"));

    // Only what was marked: the event is not readable through its journal, nor are
    // the other events, though a marked one reaches the page.
    EXPECT_EQ(record().journal->get(event).error().code, sdk::ErrorCode::NotFound);
    sdk::EntryQuery q;
    q.kinds = {QStringLiteral("ipt/event")};
    EXPECT_FALSE(record().journal->query(q).ok());
    EXPECT_GT(host->store()->count(q).value(), 1);

    // "Do not bring" on the page; the timeline's own menu.
    EXPECT_TRUE(call<bool>("unmark", thought));
    EXPECT_EQ(markedIds(), (QStringList{checkin, event}));
    ASSERT_EQ(timeline.setMarked(event, kSessions, false), QString());
    settle();
    EXPECT_EQ(markedIds(), QStringList{checkin});
}

TEST_F(SessionsTest, ANewSessionKeepsTheListInItsNotesAndStartsANewOne)
{
    ASSERT_OK(host->seedDemo(QDateTime::currentDateTimeUtc(), 30));
    settle();
    const QString checkin = firstOf(QStringLiteral("journal/checkin"));
    TimelineModel timeline(*host->store(), host->plugins());
    ASSERT_EQ(timeline.setMarked(checkin, kSessions, true), QString());
    EXPECT_TRUE(call<bool>("addItem", QStringLiteral("Ask about the group on Thursdays")));
    EXPECT_TRUE(call<bool>("saveReflection", QStringLiteral("Two walks"), QStringLiteral("Monday")));
    const QVariantList items = next().value(QStringLiteral("items")).toList();
    ASSERT_GE(items.size(), 1);
    EXPECT_EQ(items.last().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Ask about the group on Thursdays"));
    EXPECT_EQ(next().value(QStringLiteral("hard")).toString(), QStringLiteral("Monday"));
    EXPECT_FALSE(call<bool>("addItem", QStringLiteral("   ")));
    EXPECT_EQ(lastError(), QStringLiteral("Write what you want to bring first."));

    QVariantMap form = sessionForm(QDate::currentDate().toString(Qt::ISODate));
    form[QStringLiteral("closeList")] = true;
    const QString id = call<QString>("saveSession", QString(), form);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    const auto saved = host->store()->get(id);
    EXPECT_TRUE(saved->payload.value(QStringLiteral("agenda")).toArray().contains(QStringLiteral("Ask about the group on Thursdays")));
    EXPECT_GE(saved->payload.value(QStringLiteral("brought")).toInt(), 1);
    // The list is closed and the marks are off: the page starts empty.
    EXPECT_TRUE(next().value(QStringLiteral("items")).toList().isEmpty());
    EXPECT_TRUE(next().value(QStringLiteral("wentWell")).toString().isEmpty());
    EXPECT_TRUE(markedIds().isEmpty());
    EXPECT_TRUE(host->store()->markedIds(kSessions, false).value().isEmpty());
}

TEST_F(SessionsTest, HomeworkProgressCountsAnotherModulesEntriesSinceTheSession)
{
    allowReads(true);
    const QDateTime sessionAt = QDateTime::currentDateTime().addDays(-3);
    thoughtRecord(sessionAt.addDays(-1).toUTC()); // before the session: not counted
    const QVariantList homework{
        QVariantMap{{QStringLiteral("text"), QStringLiteral("Three thought records")},
                    {QStringLiteral("kind"), QStringLiteral("cbt/thought-record")}, {QStringLiteral("target"), 3}},
        QVariantMap{{QStringLiteral("text"), QStringLiteral("Call my sister")}}};
    QVariantMap form = sessionForm(sessionAt.date().toString(Qt::ISODate), homework);
    form[QStringLiteral("time")] = sessionAt.time().toString(QStringLiteral("HH:mm"));
    const QString id = call<QString>("saveSession", QString(), form);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();

    auto progress = [this](int i) { return sessions().first().toMap().value(QStringLiteral("homework")).toList().at(i).toMap(); };
    EXPECT_EQ(progress(0).value(QStringLiteral("count")).toInt(), 0);
    EXPECT_EQ(progress(0).value(QStringLiteral("page")).toString(), QStringLiteral("cbt/record"));
    thoughtRecord(sessionAt.addSecs(3600).toUTC());
    thoughtRecord();
    EXPECT_EQ(progress(0).value(QStringLiteral("count")).toInt(), 2);
    EXPECT_FALSE(progress(0).value(QStringLiteral("done")).toBool());
    EXPECT_EQ(progress(0).value(QStringLiteral("progressLabel")).toString(), QStringLiteral("2 of 3 since the session (Thought record)"));
    thoughtRecord();
    EXPECT_EQ(progress(0).value(QStringLiteral("count")).toInt(), 3);
    EXPECT_TRUE(progress(0).value(QStringLiteral("done")).toBool());
    EXPECT_EQ(sessions().first().toMap().value(QStringLiteral("homeworkDone")).toInt(), 1);

    // Counted homework done another way (on paper) is ticked by hand too.
    const QString counted = progress(0).value(QStringLiteral("id")).toString();
    EXPECT_TRUE(call<bool>("setHomeworkDone", id, counted, false));
    // Homework no entries count is ticked by hand.
    const QString item = progress(1).value(QStringLiteral("id")).toString();
    EXPECT_TRUE(call<bool>("setHomeworkDone", id, item, true)) << lastError().toStdString();
    EXPECT_TRUE(progress(1).value(QStringLiteral("done")).toBool());
    EXPECT_EQ(sessions().first().toMap().value(QStringLiteral("homeworkDone")).toInt(), 2);
    EXPECT_FALSE(call<bool>("setHomeworkDone", id, QStringLiteral("no-such-item"), true));

    // A later session ends the count of the one before.
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QString later = call<QString>("saveSession", QString(), sessionForm(tomorrow.toString(Qt::ISODate)));
    ASSERT_FALSE(later.isEmpty());
    thoughtRecord(QDateTime(tomorrow, QTime(11, 0)).toUTC()); // after the later session
    const QVariantMap before = call<QVariantMap>("loadSession", id);
    EXPECT_EQ(before.value(QStringLiteral("homework")).toList().first().toMap().value(QStringLiteral("count")).toInt(), 3);

    // The over-time view counts this month's sessions and homework done.
    const QVariantList months = call<QVariantList>("overTimeNow");
    // From the month of the first session (this one, three days ago) to this month:
    // two in the first three days of a month (the test failed on 1 December).
    const QDate today = QDate::currentDate();
    const int monthsShown = (today.year() - sessionAt.date().year()) * 12 + today.month() - sessionAt.date().month() + 1;
    ASSERT_EQ(months.size(), monthsShown);
    int sessionsSeen = 0;
    for (const QVariant& m : months)
        sessionsSeen += m.toMap().value(QStringLiteral("sessions")).toInt();
    // Tomorrow's notes count once tomorrow's month is shown (not when it is next month's).
    EXPECT_EQ(sessionsSeen, tomorrow.month() == QDate::currentDate().month() ? 2 : 1);
}

TEST_F(SessionsTest, WithoutTheClientsYesHomeworkIsNotCountedAndSaysWhy)
{
    allowReads(false);
    thoughtRecord();
    const QVariantList homework{QVariantMap{{QStringLiteral("text"), QStringLiteral("Three thought records")},
                                            {QStringLiteral("kind"), QStringLiteral("cbt/thought-record")},
                                            {QStringLiteral("target"), 3}}};
    const QString id = call<QString>("saveSession", QString(),
                                     sessionForm(QDate::currentDate().addDays(-1).toString(Qt::ISODate), homework));
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    const QVariantMap h = sessions().first().toMap().value(QStringLiteral("homework")).toList().first().toMap();
    // The module cannot tell "not allowed" from "none": it sees no entries, and says where to look.
    EXPECT_EQ(h.value(QStringLiteral("count")).toInt(), 0);
    EXPECT_FALSE(h.value(QStringLiteral("done")).toBool());
    EXPECT_EQ(h.value(QStringLiteral("hint")).toString(), QStringLiteral("Only entries Sessions may read are counted: see Modules."));
    sdk::EntryQuery q;
    q.kinds = {QStringLiteral("cbt/thought-record")};
    EXPECT_EQ(record().journal->count(q).value(), 0);
    EXPECT_EQ(host->store()->count(q).value(), 1);
    // Once the client allows it, the record counts.
    allowReads(true);
    EXPECT_EQ(sessions().first().toMap().value(QStringLiteral("homework")).toList().first().toMap().value(QStringLiteral("count")).toInt(), 1);
}

TEST_F(SessionsTest, PayloadsAreCheckedFieldByField)
{
    const auto refused = [this](const QJsonObject& payload, const char* field) {
        sdk::EntryDraft d;
        d.kind = QStringLiteral("sessions/session");
        d.title = QStringLiteral("Session");
        d.payload = payload;
        auto e = host->store()->add(d);
        ASSERT_FALSE(e.ok()) << field;
        EXPECT_TRUE(e.error().toString().contains(QLatin1String(field))) << e.error().toString().toStdString();
    };
    const QJsonObject ok{{QStringLiteral("type"), QStringLiteral("group")}};
    refused(QJsonObject{}, "payload.type");
    refused({{QStringLiteral("type"), QStringLiteral("chat")}}, "payload.type");
    refused({{QStringLiteral("type"), QStringLiteral("group")}, {QStringLiteral("nextTime"), QStringLiteral("25:00")},
             {QStringLiteral("nextDate"), QStringLiteral("2026-12-01")}}, "payload.nextTime");
    refused({{QStringLiteral("type"), QStringLiteral("group")}, {QStringLiteral("nextTime"), QStringLiteral("14:00")}}, "payload.nextTime");
    refused({{QStringLiteral("type"), QStringLiteral("group")}, {QStringLiteral("nextDate"), QStringLiteral("next week")}}, "payload.nextDate");
    refused({{QStringLiteral("type"), QStringLiteral("group")},
             {QStringLiteral("homework"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                                                 {QStringLiteral("text"), QStringLiteral("Walk")},
                                                                 {QStringLiteral("target"), 3}}}}},
            "payload.homework[0].target");
    refused({{QStringLiteral("type"), QStringLiteral("group")},
             {QStringLiteral("homework"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                                                 {QStringLiteral("text"), QStringLiteral("Walk")},
                                                                 {QStringLiteral("kind"), QStringLiteral("thought records")}}}}},
            "payload.homework[0].kind");
    // Only kinds it counts (and may read): not another module's kind it has no reads for.
    refused({{QStringLiteral("type"), QStringLiteral("group")},
             {QStringLiteral("homework"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                                                 {QStringLiteral("text"), QStringLiteral("Talk to Sam")},
                                                                 {QStringLiteral("kind"), QStringLiteral("ipt/event")}}}}},
            "payload.homework[0].kind");
    refused({{QStringLiteral("type"), QStringLiteral("group")}, {QStringLiteral("nextDate"), QStringLiteral("2026-12-01T10:00:00")}},
            "payload.nextDate");
    refused({{QStringLiteral("type"), QStringLiteral("group")}, {QStringLiteral("with"), QJsonArray{QString(41, QLatin1Char('x'))}}},
            "payload.with");
    sdk::EntryDraft prep;
    prep.kind = QStringLiteral("sessions/prep");
    prep.title = QStringLiteral("List");
    prep.payload = {{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}}};
    auto e = host->store()->add(prep);
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().toString().contains(QStringLiteral("payload.items[0].text"))) << e.error().toString().toStdString();

    sdk::EntryDraft good;
    good.kind = QStringLiteral("sessions/session");
    good.title = QStringLiteral("Group session");
    good.payload = ok;
    EXPECT_TRUE(host->store()->add(good).ok());

    // The form's own checks, in plain words.
    QVariantMap form = sessionForm(QStringLiteral("yesterday"));
    EXPECT_TRUE(call<QString>("saveSession", QString(), form).isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Write the session's date as YYYY-MM-DD."));
    form = sessionForm(QStringLiteral("2026-11-20"));
    form[QStringLiteral("type")] = QStringLiteral("chat");
    EXPECT_TRUE(call<QString>("saveSession", QString(), form).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("payload.type"))) << lastError().toStdString();
    form = sessionForm(QStringLiteral("2026-11-20"));
    form[QStringLiteral("nextDate")] = QStringLiteral("next Tuesday");
    EXPECT_TRUE(call<QString>("saveSession", QString(), form).isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Write the next session's date as YYYY-MM-DD."));
    form[QStringLiteral("nextDate")] = QString();
    form[QStringLiteral("nextTime")] = QStringLiteral("14:00");
    EXPECT_TRUE(call<QString>("saveSession", QString(), form).isEmpty());
    EXPECT_EQ(lastError(), QStringLiteral("Write the next session's date too."));
    // The client's own roles, several in one field, are kept one by one.
    form = sessionForm(QStringLiteral("2026-11-20"));
    form[QStringLiteral("with")] = QStringList{QStringLiteral("therapist"), QStringLiteral("my support worker, my aunt")};
    const QString id = call<QString>("saveSession", QString(), form);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    EXPECT_EQ(host->store()->get(id)->payload.value(QStringLiteral("with")).toArray().size(), 3);
}

TEST_F(SessionsTest, WordsOfRiskInWhatIsWrittenOfferSupportByACodeNeverTheWords)
{
    QVariantMap form = sessionForm(QDate::currentDate().toString(Qt::ISODate));
    ASSERT_FALSE(call<QString>("saveSession", QString(), form).isEmpty()) << lastError().toStdString();
    EXPECT_TRUE(offers.isEmpty()) << offers.join(QLatin1Char(' ')).toStdString();
    form[QStringLiteral("talked")] = QStringLiteral("Some days I think everyone would be better off without me.");
    ASSERT_FALSE(call<QString>("saveSession", QString(), form).isEmpty()) << lastError().toStdString();
    EXPECT_EQ(offers, QStringList{QStringLiteral("sessions:risk-words")});
    EXPECT_TRUE(call<bool>("saveReflection", QString(), QStringLiteral("I want to hurt myself")));
    EXPECT_TRUE(call<bool>("addItem", QStringLiteral("Thoughts of suicide last week")));
    QVariantMap people{{QStringLiteral("signs"), QStringLiteral("When I say I can't go on")}};
    EXPECT_TRUE(call<bool>("saveSupporters", people));
    EXPECT_EQ(offers.size(), 4);
    for (const char* calm : {"Skilled at killing weeds", "A sweet dying sunset", "Suitcase", "I can go on holiday"})
        EXPECT_FALSE(tessera::sdk::mentionsRisk(QString::fromLatin1(calm))) << calm;
    EXPECT_TRUE(tessera::sdk::mentionsRisk(QStringLiteral("thinking about SUICIDE")));
}

TEST_F(SessionsTest, TheNextSessionIsDueOnItsDayWithAReminderBeforeIt)
{
    const QDate day = QDate::currentDate().addDays(7);
    QVariantMap form = sessionForm(QDate::currentDate().toString(Qt::ISODate));
    form[QStringLiteral("nextDate")] = day.toString(Qt::ISODate);
    form[QStringLiteral("nextTime")] = QStringLiteral("14:30");
    ASSERT_FALSE(call<QString>("saveSession", QString(), form).isEmpty()) << lastError().toStdString();
    EXPECT_EQ(next().value(QStringLiteral("nextSession")).toMap().value(QStringLiteral("time")).toString(), QStringLiteral("14:30"));

    const auto* due = dynamic_cast<const sdk::DueItemSource*>(record().plugin.get());
    ASSERT_NE(due, nullptr);
    EXPECT_TRUE(due->dueItems(day.addDays(-1)).isEmpty());
    const QList<sdk::DueItem> items = due->dueItems(day);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().time, QTime(14, 30));
    EXPECT_EQ(items.first().pageId, QStringLiteral("next"));

    const auto reminders = record().reminders->list();
    ASSERT_OK(reminders);
    ASSERT_EQ(reminders->size(), 1);
    EXPECT_EQ(reminders->first().startDate, day);
    EXPECT_EQ(reminders->first().time, QTime(12, 30));
    EXPECT_EQ(reminders->first().title, QStringLiteral("Therapy session"));
}

TEST_F(SessionsTest, AFirstAppointmentsDateIsSetBeforeAnyNotes)
{
    const QDate day = QDate::currentDate().addDays(3);
    EXPECT_FALSE(call<bool>("setNextSession", QStringLiteral("soon"), QString()));
    EXPECT_EQ(lastError(), QStringLiteral("Write the next session's date as YYYY-MM-DD."));
    EXPECT_FALSE(call<bool>("setNextSession", day.toString(Qt::ISODate), QStringLiteral("9.30")));
    ASSERT_TRUE(call<bool>("setNextSession", day.toString(Qt::ISODate), QStringLiteral("09:30"))) << lastError().toStdString();
    EXPECT_EQ(next().value(QStringLiteral("nextSession")).toMap().value(QStringLiteral("time")).toString(), QStringLiteral("09:30"));
    const auto* due = dynamic_cast<const sdk::DueItemSource*>(record().plugin.get());
    ASSERT_EQ(due->dueItems(day).size(), 1);
    // Without a time: due on the date as written, reminded at 09:00.
    ASSERT_TRUE(call<bool>("setNextSession", day.toString(Qt::ISODate), QString()));
    ASSERT_EQ(due->dueItems(day).size(), 1);
    EXPECT_FALSE(due->dueItems(day).first().time.isValid());
    EXPECT_EQ(record().reminders->list()->first().time, QTime(9, 0));
    // Cleared: nothing due, no reminder.
    ASSERT_TRUE(call<bool>("setNextSession", QString(), QString()));
    EXPECT_TRUE(due->dueItems(day).isEmpty());
    EXPECT_TRUE(record().reminders->list()->isEmpty());
}

// Run also with TZ=Europe/London (sessions_module_dst_test): a session on the
// other side of a clock change keeps its time, and an edit does not move it.
TEST_F(SessionsTest, ASessionAcrossAClockChangeKeepsItsTime)
{
    const QDate now = QDate::currentDate();
    const QDate other = now.addMonths(6); // summer if now is winter, and the other way round
    QVariantMap form = sessionForm(other.toString(Qt::ISODate));
    const QString id = call<QString>("saveSession", QString(), form);
    ASSERT_FALSE(id.isEmpty()) << lastError().toStdString();
    QVariantMap loaded = call<QVariantMap>("loadSession", id);
    EXPECT_EQ(loaded.value(QStringLiteral("time")).toString(), QStringLiteral("10:00"));
    EXPECT_EQ(loaded.value(QStringLiteral("date")).toString(), other.toString(Qt::ISODate));
    EXPECT_EQ(host->store()->get(id)->utcOffsetSeconds, QDateTime(other, QTime(10, 0)).offsetFromUtc());
    // Saved again as the form shows it: still 10:00.
    form[QStringLiteral("time")] = loaded.value(QStringLiteral("time"));
    ASSERT_FALSE(call<QString>("saveSession", id, form).isEmpty());
    EXPECT_EQ(call<QVariantMap>("loadSession", id).value(QStringLiteral("time")).toString(), QStringLiteral("10:00"));
}

TEST_F(SessionsTest, ThePageForThePeopleCloseToMeBecomesAPrivatePdfWithTheSafetyPlansContacts)
{
    // The safety plan is the host's; Sessions reads it only with the client's yes.
    add(QStringLiteral("tessera/safety-plan"),
        {{QStringLiteral("askForHelp"), QJsonArray{QStringLiteral("Sam 07700 900123")}},
         {QStringLiteral("professionals"), QJsonArray{QStringLiteral("GP surgery 01632 960000")}}},
        QStringLiteral("Safety plan"));
    QVariantMap form{{QStringLiteral("helps"), QStringLiteral("A walk together")},
                     {QStringLiteral("worried"), QStringLiteral("Ask me directly <and> stay with me")},
                     {QStringLiteral("includeContacts"), true}};
    allowReads(false);
    ASSERT_TRUE(call<bool>("saveSupporters", form)) << lastError().toStdString();
    QVariantMap page = backend->property("supporters").toMap();
    const QString pageId = page.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(pageId.isEmpty());
    ASSERT_TRUE(call<bool>("saveSupporters", form)); // unchanged: no new version
    EXPECT_EQ(host->store()->get(pageId)->revision, 1);
    form[QStringLiteral("signs")] = QStringLiteral("I stop answering messages");
    ASSERT_TRUE(call<bool>("saveSupporters", form));
    EXPECT_EQ(host->store()->get(pageId)->revision, 2);
    EXPECT_TRUE(page.value(QStringLiteral("contacts")).toStringList().isEmpty());
    EXPECT_TRUE(page.value(QStringLiteral("contactsNote")).toString().contains(QStringLiteral("allow Sessions to read your safety plan")));
    EXPECT_TRUE(call<QStringList>("safetyPlanContacts").isEmpty());

    allowReads(true);
    EXPECT_EQ(call<QStringList>("safetyPlanContacts").size(), 2);
    page = backend->property("supporters").toMap();
    EXPECT_EQ(page.value(QStringLiteral("contacts")).toStringList(),
              (QStringList{QStringLiteral("Sam 07700 900123"), QStringLiteral("GP surgery 01632 960000")}));

    const QString path = dir.filePath(QStringLiteral("for-family.pdf"));
    EXPECT_EQ(call<QString>("exportSupportersPdf", QUrl::fromLocalFile(path).toString()), path) << lastError().toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_TRUE(call<QString>("exportSupportersPdf", QStringLiteral("relative.pdf")).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("full path")));
    EXPECT_TRUE(call<QString>("exportSupportersPdf", dir.filePath(QStringLiteral("no/such/folder/x.pdf"))).isEmpty());
    EXPECT_TRUE(lastError().contains(QStringLiteral("no/such/folder/x.pdf"))) << lastError().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no/such/folder"))));

    // The words in the PDF's HTML are the client's, escaped; what to do in danger is always there.
    tessera::sessions::SupportersPage text;
    text.worried = QStringLiteral("Ask me <b>directly</b>");
    EXPECT_TRUE(text.html().contains(QStringLiteral("Ask me &lt;b&gt;directly&lt;/b&gt;")));
    tessera::sessions::SupportersPage helpsOnly;
    helpsOnly.helps = QStringLiteral("A walk");
    EXPECT_TRUE(helpsOnly.html().contains(QStringLiteral("If you are worried about my safety")));
    EXPECT_TRUE(helpsOnly.html().contains(QStringLiteral("call the emergency number")));
}

TEST_F(SessionsTest, TheDemoHasWeeklySessionsAFamilySessionAndValidEntries)
{
    ASSERT_OK(host->seedDemo(QDateTime::currentDateTimeUtc(), 90));
    settle();
    const QVariantList all = sessions();
    EXPECT_GE(all.size(), 10);
    int family = 0;
    for (const QVariant& s : all)
        family += s.toMap().value(QStringLiteral("type")).toString() == QLatin1String("family");
    EXPECT_EQ(family, 1);
    EXPECT_FALSE(next().value(QStringLiteral("items")).toList().isEmpty());
    EXPECT_TRUE(next().contains(QStringLiteral("nextSession")));
}
