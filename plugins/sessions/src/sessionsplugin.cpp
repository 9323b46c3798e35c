#include "sessionsplugin.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

namespace tessera::sessions {

using namespace tessera::sdk;

namespace {
// "nextDate" a plain date (optionalDate also takes a date and time) and
// "nextTime" HH:mm, only with a date.
void checkNextTime(PayloadCheck& s)
{
    const QJsonObject& o = s.object();
    static const QRegularExpression ymd(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    if (o.contains(QStringLiteral("nextDate")) && !ymd.match(o.value(QStringLiteral("nextDate")).toString()).hasMatch())
        s.fail(QStringLiteral("nextDate"), QStringLiteral("must be a date like \"2026-12-01\" (YYYY-MM-DD)"));
    if (!o.contains(QStringLiteral("nextTime")))
        return;
    static const QRegularExpression hhmm(QStringLiteral("^[0-9]{2}:[0-9]{2}\\z"));
    const QString v = o.value(QStringLiteral("nextTime")).toString();
    if (!hhmm.match(v).hasMatch() || !QTime::fromString(v, QStringLiteral("HH:mm")).isValid())
        s.fail(QStringLiteral("nextTime"), QStringLiteral("must be a time of day like \"14:30\" (HH:mm)"));
    if (!o.contains(QStringLiteral("nextDate")))
        s.fail(QStringLiteral("nextTime"), QStringLiteral("needs \"nextDate\" too"));
}
} // namespace

SessionsPlugin::SessionsPlugin()
{
    addKind(QStringLiteral("session"), [](PayloadCheck& c) {
        c.requireOneOf(QStringLiteral("type"), SessionsBackend::types())
            // Roles (therapist, partner, group members...), never required to be names.
            .optionalStringList(QStringLiteral("with"), SessionsBackend::kMaxRoles, 40)
            .optionalString(QStringLiteral("talked"), 4000)
            .optionalString(QStringLiteral("remember"), 4000)
            // A group: themes, what helped, what I want to try; no other members' names asked for.
            .optionalString(QStringLiteral("themes"), 2000)
            .optionalString(QStringLiteral("helped"), 2000)
            .optionalString(QStringLiteral("toTry"), 2000)
            .optionalArray(QStringLiteral("homework"), 20, [](PayloadCheck& h) {
                h.requireString(QStringLiteral("id"), 40)
                    .requireString(QStringLiteral("text"), 200)
                    .optionalString(QStringLiteral("kind"), 80)
                    .optionalInt(QStringLiteral("target"), 1, 99)
                    .optionalString(QStringLiteral("page"), 80)
                    .optionalBool(QStringLiteral("done"))
                    .check([](PayloadCheck& item) {
                        static const QRegularExpression fullName(QStringLiteral("^[a-z0-9][a-z0-9.-]*/[a-z0-9][a-z0-9-]*\\z"));
                        const QJsonObject& o = item.object();
                        if (o.contains(QStringLiteral("kind")) && !SessionsBackend::countableKindNames().contains(o.value(QStringLiteral("kind")).toString()))
                            item.fail(QStringLiteral("kind"), QStringLiteral("must be one of the kinds Sessions counts: %1")
                                                              .arg(SessionsBackend::countableKindNames().join(QStringLiteral(", "))));
                        if (o.contains(QStringLiteral("page")) && !fullName.match(o.value(QStringLiteral("page")).toString()).hasMatch())
                            item.fail(QStringLiteral("page"), QStringLiteral("must be a module's page like \"cbt/record\""));
                        if (o.contains(QStringLiteral("target")) && !o.contains(QStringLiteral("kind")))
                            item.fail(QStringLiteral("target"), QStringLiteral("counts entries of a kind: give \"kind\" too"));
                    });
            })
            .optionalDate(QStringLiteral("nextDate"))
            .optionalString(QStringLiteral("nextTime"), 5)
            .optionalStringList(QStringLiteral("agenda"), 50, 300)
            .optionalInt(QStringLiteral("brought"), 0, 100000)
            .check([](PayloadCheck& s) { checkNextTime(s); });
    });
    addKind(QStringLiteral("prep"), [](PayloadCheck& c) {
        c.optionalArray(QStringLiteral("items"), 50, [](PayloadCheck& i) {
             i.requireString(QStringLiteral("id"), 40).requireString(QStringLiteral("text"), 300);
         })
            .optionalString(QStringLiteral("wentWell"), 2000)
            .optionalString(QStringLiteral("hard"), 2000)
            .optionalBool(QStringLiteral("closed"))
            // The next session's date set on the Next session page (before any notes give it).
            .optionalDate(QStringLiteral("nextDate"))
            .optionalString(QStringLiteral("nextTime"), 5)
            .check([](PayloadCheck& s) { checkNextTime(s); });
    });
    addKind(QStringLiteral("supporters"), [](PayloadCheck& c) {
        c.optionalString(QStringLiteral("helps"), 2000)
            .optionalString(QStringLiteral("notHelp"), 2000)
            .optionalString(QStringLiteral("signs"), 2000)
            .optionalString(QStringLiteral("support"), 2000)
            .optionalString(QStringLiteral("worried"), 2000)
            .optionalBool(QStringLiteral("includeContacts"));
    });
}

std::unique_ptr<SessionsBackend> SessionsPlugin::makeBackend(PluginContext& context)
{
    auto backend = std::make_unique<SessionsBackend>(context);
    m_sessions = backend.get();
    return backend;
}

void SessionsPlugin::shutdown()
{
    m_sessions = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> SessionsPlugin::dueItems(const QDate& day) const
{
    return m_sessions ? m_sessions->dueItems(day) : QList<DueItem>{};
}

QList<EntryDraft> SessionsPlugin::sampleEntries(const SampleRequest& request) const
{
    // Weekly sessions with a therapist for about three months (one with the
    // client's partner, a family session; one medication review), homework
    // counted from other modules' entries, the next session next week, an
    // open list for it, and the page for the people close to the client.
    QList<EntryDraft> out;
    const QDate today = request.now.toLocalTime().date();
    const int weeks = std::clamp(request.days / 7, 1, 13);
    const QStringList talked{
        QStringLiteral("How the last two weeks went, and the evenings that feel longest."),
        QStringLiteral("Noticing the thought \"I always mess things up\" and what it does to my mood."),
        QStringLiteral("Small activities that used to matter to me; choosing two to try."),
        QStringLiteral("What got in the way of the walks, without blaming myself."),
        QStringLiteral("Thinking traps: jumping to conclusions at work."),
        QStringLiteral("Sleep, and a wind-down routine."),
    };
    const QStringList remember{
        QStringLiteral("A thought is not a fact. Write it down, then look at the evidence."),
        QStringLiteral("Action first, motivation follows."),
        QStringLiteral("Be as kind to myself as I would be to a friend."),
    };
    for (int w = weeks; w >= 1; --w) {
        // Tuesdays: the latest on or before today, and the weeks before it.
        const QDate day = today.addDays(-((today.dayOfWeek() - Qt::Tuesday + 7) % 7) - 7 * (w - 1));
        const int i = weeks - w;
        QString type = QStringLiteral("individual");
        QJsonArray with{QStringLiteral("therapist")};
        if (i == 5) {
            type = QStringLiteral("family");
            with = QJsonArray{QStringLiteral("therapist"), QStringLiteral("partner"), QStringLiteral("parent")};
        } else if (i == 8) {
            type = QStringLiteral("medication-review");
            with = QJsonArray{QStringLiteral("psychiatrist")};
        }
        QJsonObject p{{QStringLiteral("type"), type}, {QStringLiteral("with"), with},
                      {QStringLiteral("talked"), type == QLatin1String("family")
                           ? QStringLiteral("How my partner and my mum can help on hard days, and what feels like pressure.")
                           : type == QLatin1String("medication-review")
                           ? QStringLiteral("How the medicine has been, side effects, and questions I had written down.")
                           : talked.at(i % talked.size())},
                      {QStringLiteral("remember"), remember.at(i % remember.size())}};
        QJsonArray homework;
        if (type == QLatin1String("individual")) {
            homework << QJsonObject{{QStringLiteral("id"), QStringLiteral("h%1a").arg(i)},
                                    {QStringLiteral("text"), i % 2 == 0 ? QStringLiteral("Three thought records")
                                                                        : QStringLiteral("Plan and do four activities")},
                                    {QStringLiteral("kind"), i % 2 == 0 ? QStringLiteral("cbt/thought-record")
                                                                        : QStringLiteral("behavioral-activation/activity")},
                                    {QStringLiteral("target"), i % 2 == 0 ? 3 : 4},
                                    {QStringLiteral("page"), i % 2 == 0 ? QStringLiteral("cbt/record")
                                                                        : QStringLiteral("behavioral-activation/log")}};
            homework << QJsonObject{{QStringLiteral("id"), QStringLiteral("h%1b").arg(i)},
                                    {QStringLiteral("text"), QStringLiteral("A short walk after lunch")},
                                    {QStringLiteral("done"), i % 3 != 1}};
        } else if (type == QLatin1String("family")) {
            p.insert(QStringLiteral("remember"), QStringLiteral("Ask for a walk together rather than waiting to be asked."));
            homework << QJsonObject{{QStringLiteral("id"), QStringLiteral("h%1a").arg(i)},
                                    {QStringLiteral("text"), QStringLiteral("Share the page for the people close to me")},
                                    {QStringLiteral("done"), true}};
        }
        if (!homework.isEmpty())
            p.insert(QStringLiteral("homework"), homework);
        if (w == 1) {
            p.insert(QStringLiteral("nextDate"), day.addDays(7).toString(Qt::ISODate));
            p.insert(QStringLiteral("nextTime"), QStringLiteral("14:00"));
        }
        if (i == 3)
            p.insert(QStringLiteral("agenda"), QJsonArray{QStringLiteral("The argument at work on Thursday"),
                                                          QStringLiteral("Sleeping badly again")});
        if (day <= today)
            out << SessionsBackend::sessionDraft(p, QDateTime(day, QTime(14, 0)));
    }
    EntryDraft prep;
    prep.kind = QStringLiteral("prep");
    prep.title = QStringLiteral("For my next session");
    prep.summary = QStringLiteral("2 things to bring");
    prep.occurredAt = QDateTime(today.addDays(-1), QTime(20, 0));
    prep.payload = QJsonObject{
        {QStringLiteral("items"), QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}, {QStringLiteral("text"), QStringLiteral("Whether to go back to work full time")}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}, {QStringLiteral("text"), QStringLiteral("Ask about the group that meets on Thursdays")}}}},
        {QStringLiteral("wentWell"), QStringLiteral("Two walks with Sam, and I cooked on Sunday.")},
        {QStringLiteral("hard"), QStringLiteral("Monday morning; I stayed in bed until eleven.")}};
    out << prep;
    EntryDraft people;
    people.kind = QStringLiteral("supporters");
    people.title = QStringLiteral("For the people close to me");
    people.occurredAt = QDateTime(today.addDays(-7 * std::min(weeks, 8)), QTime(19, 0));
    people.payload = QJsonObject{
        {QStringLiteral("helps"), QStringLiteral("A short walk together. Asking how my day was, and listening without fixing it.")},
        {QStringLiteral("notHelp"), QStringLiteral("Being told to cheer up or to snap out of it.")},
        {QStringLiteral("signs"), QStringLiteral("I stop answering messages, sleep in late and skip meals.")},
        {QStringLiteral("support"), QStringLiteral("Invite me to small things and do not mind if I say no. Remind me of my appointments.")},
        {QStringLiteral("worried"), QStringLiteral("Ask me directly how I am. Stay with me and help me call my GP or the crisis line.")},
        {QStringLiteral("includeContacts"), true}};
    out << people;
    return out;
}

} // namespace tessera::sessions

TESSERA_PLUGIN(tessera::sessions::SessionsPlugin)
