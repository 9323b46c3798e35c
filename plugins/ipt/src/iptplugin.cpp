#include "iptplugin.h"

#include "iptcontent.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>

#include <QDate>

#include <random>

namespace tessera::ipt {

using namespace tessera::sdk;

namespace {
// Free-text answers of a worksheet, each optional.
void optionalTexts(PayloadCheck& c, std::initializer_list<const char*> keys, int max = 2000)
{
    for (const char* k : keys)
        c.optionalString(QLatin1String(k), max);
}
} // namespace

IptPlugin::IptPlugin()
{
    addKind(QStringLiteral("focus"), [](PayloadCheck& c) {
        c.requireOneOf(QStringLiteral("area"), areaCodes()).optionalString(QStringLiteral("note"), 2000);
    });
    addKind(QStringLiteral("person"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("name"), 80)
            .optionalString(QStringLiteral("relationship"), 80)
            .requireOneOf(QStringLiteral("circle"), circleCodes())
            .optionalOneOf(QStringLiteral("contact"), contactCodes())
            .optionalInt(QStringLiteral("supportGiven"), 0, 10)
            .optionalInt(QStringLiteral("supportReceived"), 0, 10)
            .optionalBool(QStringLiteral("confidant"));
        optionalTexts(c, {"satisfying", "unsatisfying", "theirExpectations", "myExpectations", "change"});
    });
    addKind(QStringLiteral("transition"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("title"), 120)
            .optionalObject(QStringLiteral("oldRole"), [](PayloadCheck& o) {
                o.optionalString(QStringLiteral("lost"), 2000).optionalString(QStringLiteral("good"), 2000);
            })
            .optionalObject(QStringLiteral("newRole"), [](PayloadCheck& o) {
                o.optionalString(QStringLiteral("demands"), 2000).optionalString(QStringLiteral("opportunities"), 2000);
            });
        optionalTexts(c, {"feelings", "skills", "support"});
    });
    addKind(QStringLiteral("dispute"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("person"), 80)
            .optionalString(QStringLiteral("personKey"), 64)
            .requireString(QStringLiteral("issue"), 500)
            .requireOneOf(QStringLiteral("stage"), stageCodes());
        optionalTexts(c, {"myExpectations", "theirExpectations", "options"});
    });
    addKind(QStringLiteral("grief"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("person"), 80)
            .optionalString(QStringLiteral("personKey"), 64)
            .optionalString(QStringLiteral("relationship"), 200);
        optionalTexts(c, {"good", "hard", "feelings", "avoided", "support"});
    });
    addKind(QStringLiteral("isolation"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64).requireString(QStringLiteral("title"), 120);
        optionalTexts(c, {"patterns", "wanted", "barriers", "steps", "tried"});
    });
    addKind(QStringLiteral("lifeevent"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("date"), 10).requireString(QStringLiteral("note"), 300).optionalBool(QStringLiteral("onset"));
        if (!QDate::fromString(c.object().value(QStringLiteral("date")).toString(), Qt::ISODate).isValid())
            c.fail(QStringLiteral("date"), QStringLiteral("not a date (YYYY-MM-DD)"));
    });
    addKind(QStringLiteral("communication"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("person"), 80)
            .optionalString(QStringLiteral("personKey"), 64)
            .requireString(QStringLiteral("situation"), 1000);
        optionalTexts(c, {"said", "meant", "received", "feelings", "differently"});
    });
    addKind(QStringLiteral("event"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("person"), 80)
            .optionalString(QStringLiteral("personKey"), 64)
            .requireString(QStringLiteral("event"), 500)
            .requireOneOf(QStringLiteral("tone"), toneCodes());
    });
}

// Two months of a client back at work after a long time off: the focus on
// the transition, five people, a worksheet for the change and one for a
// dispute, a few conversations, and events whose moods differ by person.
// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection IptPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> IptPlugin::sampleEntries(const SampleRequest& request) const
{
    std::mt19937 rng(request.seed + 17);
    QList<EntryDraft> out;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const int span = std::min(request.days, 60);
    const QDate first = now.date().addDays(-span);
    const auto at = [&](int day, int hour) { return QDateTime(first.addDays(day), QTime(hour, 40), Qt::UTC); };
    const auto add = [&](EntryDraft d, int day, int hour) {
        d.occurredAt = at(day, hour);
        out << d;
    };
    // The story's days, written for 60: in a shorter demo they come closer
    // together, never after today (a conversation "on" 28 December in a demo
    // of 5 days made on the 6th).
    const auto story = [span](int day) { return day * span / 60; };

    add(IptBackend::focusDraft(QStringLiteral("transitions"),
                               QStringLiteral("Going back to work after eight months off. Agreed with Dr Okafor in session 2.")), story(1), 17);
    struct P { const char* key; const char* name; const char* rel; const char* circle; const char* contact; int given; int received; bool confidant; int mood; const char* tone; };
    const QList<P> people{{"p-sam", "Sam", "friend", "inner", "weekly", 6, 8, true, 7, "supportive"},
                          {"p-mum", "Mum", "mother", "inner", "weekly", 7, 5, false, 5, "mixed"},
                          {"p-priya", "Priya", "manager", "outer", "daily", 5, 3, false, 4, "difficult"},
                          {"p-jordan", "Jordan", "brother", "middle", "monthly", 4, 4, false, 6, "supportive"},
                          {"p-lee", "Lee", "colleague", "middle", "daily", 3, 4, false, 6, "mixed"}};
    for (const P& p : people) {
        QJsonObject o{{QStringLiteral("key"), QString::fromUtf8(p.key)}, {QStringLiteral("name"), QString::fromUtf8(p.name)},
                      {QStringLiteral("relationship"), QString::fromUtf8(p.rel)}, {QStringLiteral("circle"), QString::fromUtf8(p.circle)},
                      {QStringLiteral("contact"), QString::fromUtf8(p.contact)}, {QStringLiteral("supportGiven"), p.given},
                      {QStringLiteral("supportReceived"), p.received}, {QStringLiteral("confidant"), p.confidant}};
        if (QString::fromUtf8(p.key) == QLatin1String("p-mum")) {
            o.insert(QStringLiteral("satisfying"), QStringLiteral("She is always there in a crisis."));
            o.insert(QStringLiteral("unsatisfying"), QStringLiteral("Advice I did not ask for; comparing me with my brother."));
            o.insert(QStringLiteral("theirExpectations"), QStringLiteral("That I visit every Sunday."));
            o.insert(QStringLiteral("myExpectations"), QStringLiteral("That she asks how I am before giving advice."));
            o.insert(QStringLiteral("change"), QStringLiteral("Visits that do not feel like an inspection."));
        }
        if (QString::fromUtf8(p.key) == QLatin1String("p-sam"))
            o.insert(QStringLiteral("satisfying"), QStringLiteral("I can say how I really am."));
        add(IptBackend::personDraft(o), story(2), 18);
    }
    add(IptBackend::transitionDraft(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("t-work")}, {QStringLiteral("title"), QStringLiteral("Going back to work")},
            {QStringLiteral("oldRole"), QJsonObject{{QStringLiteral("lost"), QStringLiteral("Time to rest; no one expecting anything of me.")},
                                                    {QStringLiteral("good"), QStringLiteral("Walks in daylight; seeing Sam midweek.")}}},
            {QStringLiteral("newRole"), QJsonObject{{QStringLiteral("demands"), QStringLiteral("Early starts, a new system, Priya's deadlines.")},
                                                    {QStringLiteral("opportunities"), QStringLiteral("Money again; feeling useful; Lee seems friendly.")}}},
            {QStringLiteral("feelings"), QStringLiteral("Anxious on Sunday evenings, a bit proud on Fridays.")},
            {QStringLiteral("skills"), QStringLiteral("Saying when a deadline is not realistic.")},
            {QStringLiteral("support"), QStringLiteral("A phased return; Sam on Wednesdays.")}}), story(9), 20);
    add(IptBackend::disputeDraft(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("d-mum")}, {QStringLiteral("person"), QStringLiteral("Mum")},
            {QStringLiteral("personKey"), QStringLiteral("p-mum")}, {QStringLiteral("issue"), QStringLiteral("How often I visit, now that I am working")},
            {QStringLiteral("myExpectations"), QStringLiteral("Every other Sunday, and phone calls in between.")},
            {QStringLiteral("theirExpectations"), QStringLiteral("Every Sunday, as before.")},
            {QStringLiteral("stage"), QStringLiteral("renegotiation")},
            {QStringLiteral("options"), QStringLiteral("Alternate Sundays; a weekday call; Jordan visits too.")}}), story(20), 20);
    // A few life events around when the low mood began, for the timeline on the focus page.
    const auto lifeEvent = [&](int daysBefore, const char* note, bool onset) {
        QJsonObject o{{QStringLiteral("date"), first.addDays(-daysBefore).toString(Qt::ISODate)}, {QStringLiteral("note"), QString::fromUtf8(note)}};
        if (onset)
            o.insert(QStringLiteral("onset"), true);
        add(IptBackend::lifeEventDraft(o), story(1), 18);
    };
    lifeEvent(420, "Dad's illness was diagnosed", false);
    lifeEvent(330, "Restructuring at work; two friends left", false);
    lifeEvent(300, "Stopped enjoying things; sleeping badly", true);
    lifeEvent(240, "Signed off work", false);
    const QList<QJsonObject> talks{
        {{QStringLiteral("person"), QStringLiteral("Priya")}, {QStringLiteral("personKey"), QStringLiteral("p-priya")},
         {QStringLiteral("situation"), QStringLiteral("Asked to take on the quarterly report in my second week")},
         {QStringLiteral("said"), QStringLiteral("\"Fine, I'll manage.\"")}, {QStringLiteral("meant"), QStringLiteral("I am not ready for that yet.")},
         {QStringLiteral("received"), QStringLiteral("She thanked me and gave me the deadline.")},
         {QStringLiteral("feelings"), QStringLiteral("Trapped, then angry with myself.")},
         {QStringLiteral("differently"), QStringLiteral("\"I'd like to, but not in my first month. Could I do part of it?\"")}},
        {{QStringLiteral("person"), QStringLiteral("Mum")}, {QStringLiteral("personKey"), QStringLiteral("p-mum")},
         {QStringLiteral("situation"), QStringLiteral("Phone call on Sunday about not visiting")},
         {QStringLiteral("said"), QStringLiteral("\"I'm busy now, you know that.\"")},
         {QStringLiteral("meant"), QStringLiteral("I'm tired and I miss you, but I need the weekend.")},
         {QStringLiteral("received"), QStringLiteral("She went quiet and said she would not bother me.")},
         {QStringLiteral("feelings"), QStringLiteral("Guilty.")},
         {QStringLiteral("differently"), QStringLiteral("Say I miss her and suggest a day that works.")}}};
    add(IptBackend::communicationDraft(talks.at(0)), story(16), 19);
    add(IptBackend::communicationDraft(talks.at(1)), story(27), 21);
    static const QStringList happenings{QStringLiteral("Coffee and a long talk"), QStringLiteral("Short call"), QStringLiteral("Meeting about targets"),
                                        QStringLiteral("Lunch together"), QStringLiteral("Message out of the blue")};
    for (int day = 3; day < span; ++day) {
        if (std::uniform_int_distribution<int>(0, 9)(rng) < 4)
            continue;
        const P& p = people.at(std::uniform_int_distribution<int>(0, static_cast<int>(people.size()) - 1)(rng));
        EntryDraft d = IptBackend::eventDraft(QJsonObject{{QStringLiteral("person"), QString::fromUtf8(p.name)},
                                                          {QStringLiteral("personKey"), QString::fromUtf8(p.key)},
                                                          {QStringLiteral("event"), happenings.at(day % happenings.size())},
                                                          {QStringLiteral("tone"), QString::fromUtf8(p.tone)}},
                                              std::clamp(p.mood + std::uniform_int_distribution<int>(-1, 1)(rng) + day / 30, 0, 10));
        add(d, day, 12 + day % 8);
    }
    return out;
}

} // namespace tessera::ipt

TESSERA_PLUGIN(tessera::ipt::IptPlugin)
