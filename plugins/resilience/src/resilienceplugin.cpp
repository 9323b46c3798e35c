#include "resilienceplugin.h"

#include "resiliencecontent.h"
#include "worksheet.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tessera::resilience {

using namespace tessera::sdk;

namespace {
// Each string is one of `allowed`.
void codesOnly(PayloadCheck& c, const char* key, const QStringList& allowed)
{
    for (const QJsonValue& v : c.object().value(QLatin1String(key)).toArray()) {
        if (!allowed.contains(v.toString())) {
            c.fail(QLatin1String(key), QStringLiteral("may hold only: %1").arg(allowed.join(QStringLiteral(", "))));
            return;
        }
    }
}

QJsonArray list(std::initializer_list<QString> items)
{
    QJsonArray out;
    for (const QString& s : items)
        out << s;
    return out;
}
} // namespace

ResiliencePlugin::ResiliencePlugin()
{
    addKind(QStringLiteral("problem"), [](PayloadCheck& c) { Worksheet::check(c); });
    addKind(QStringLiteral("stress"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("what"), 1000)
            .requireInt(QStringLiteral("level"), 0, 10)
            .optionalStringList(QStringLiteral("body"), 12, 40)
            .optionalString(QStringLiteral("thoughts"), 2000)
            .optionalString(QStringLiteral("did"), 2000)
            .optionalStringList(QStringLiteral("triggers"), 8, 60)
            .optionalStringList(QStringLiteral("helped"), 8, 60)
            .optionalInt(QStringLiteral("after"), 0, 10)
            .check([](PayloadCheck& s) { codesOnly(s, "body", bodyAreas()); });
    });
    addKind(QStringLiteral("relaxation"), [](PayloadCheck& c) {
        c.requireOneOf(QStringLiteral("practice"), practices())
            .requireInt(QStringLiteral("seconds"), 0, 7200)
            .optionalInt(QStringLiteral("before"), 0, 10)
            .optionalInt(QStringLiteral("after"), 0, 10)
            .optionalObject(QStringLiteral("rhythm"), [](PayloadCheck& r) {
                r.requireInt(QStringLiteral("in"), 2, 12)
                    .optionalInt(QStringLiteral("holdIn"), 0, 12)
                    .requireInt(QStringLiteral("out"), 2, 12)
                    .optionalInt(QStringLiteral("holdOut"), 0, 12);
            })
            .optionalInt(QStringLiteral("steps"), 0, 5)
            .optionalString(QStringLiteral("note"), 1000);
    });
    addKind(QStringLiteral("toolbox"), [](PayloadCheck& c) {
        c.requireArray(QStringLiteral("items"), 0, ResilienceBackend::kMaxTools, [](PayloadCheck& t) {
            t.requireString(QStringLiteral("id"), 40)
                .requireString(QStringLiteral("text"), 200)
                .optionalStringList(QStringLiteral("situations"), 4, 20)
                .optionalBool(QStringLiteral("reachOut"))
                .check([](PayloadCheck& s) { codesOnly(s, "situations", situations()); });
        }).check([](PayloadCheck& box) {
            QSet<QString> ids;
            for (const QJsonValue& v : box.object().value(QStringLiteral("items")).toArray()) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                if (ids.contains(id)) {
                    box.fail(QStringLiteral("items"), QStringLiteral("has the id \"%1\" twice").arg(id));
                    return;
                }
                ids.insert(id);
            }
        });
    });
}

std::unique_ptr<ResilienceBackend> ResiliencePlugin::makeBackend(PluginContext& context)
{
    auto backend = std::make_unique<ResilienceBackend>(context);
    m_backend = backend.get();
    return backend;
}

void ResiliencePlugin::shutdown()
{
    m_backend = nullptr;
    ModulePlugin::shutdown();
}

QStringList ResiliencePlugin::safetyPlanSuggestions(const QString& step) const
{
    return m_backend ? m_backend->toolsForSafetyPlan(step) : QStringList{};
}

QList<EntryDraft> ResiliencePlugin::sampleEntries(const SampleRequest& request) const
{
    QList<EntryDraft> out;
    const QDate today = request.now.toLocalTime().date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    const int weeks = std::clamp(request.days / 7, 1, 6);

    // Six weeks of stress logs: work on Monday mornings runs highest, a walk
    // helps most; evenings are calmer; the last weeks a little lower.
    struct Day {
        int weekday;
        QTime time;
        int level;
        int after;
        QString what;
        QStringList triggers;
        QStringList helped;
        QStringList body;
    };
    const QList<Day> days{
        {1, QTime(9, 15), 8, 5, QStringLiteral("Emails piled up over the weekend and a deadline moved forward."),
         {QStringLiteral("Work or study")}, {QStringLiteral("A walk")}, {QStringLiteral("neck-shoulders"), QStringLiteral("jaw")}},
        {3, QTime(13, 0), 6, 4, QStringLiteral("A bill came in that was higher than I expected."),
         {QStringLiteral("Money")}, {QStringLiteral("Writing it down")}, {QStringLiteral("stomach")}},
        {5, QTime(19, 30), 5, 3, QStringLiteral("Phone call with my sister about the holidays."),
         {QStringLiteral("Family")}, {QStringLiteral("Slow breathing")}, {QStringLiteral("chest")}},
        {7, QTime(22, 45), 6, 4, QStringLiteral("Lying awake going over the week ahead."),
         {QStringLiteral("Sleep"), QStringLiteral("Work or study")}, {QStringLiteral("Slow breathing")}, {QStringLiteral("chest"), QStringLiteral("head")}},
    };
    for (int w = weeks - 1; w >= 0; --w) {
        const QDate monday = thisMonday.addDays(-7 * w);
        for (const Day& d : days) {
            const QDate day = monday.addDays(d.weekday - 1);
            if (QDateTime(day, d.time) > request.now.toLocalTime())
                continue;
            const int easing = w < 2 ? 1 : 0; // the last two weeks a little easier
            QJsonObject p{{QStringLiteral("what"), d.what},
                          {QStringLiteral("level"), d.level - easing},
                          {QStringLiteral("after"), std::max(0, d.after - easing)},
                          {QStringLiteral("triggers"), QJsonArray::fromStringList(d.triggers)},
                          {QStringLiteral("helped"), QJsonArray::fromStringList(d.helped)},
                          {QStringLiteral("body"), QJsonArray::fromStringList(d.body)}};
            if (d.weekday == 1)
                p.insert(QStringLiteral("thoughts"), QStringLiteral("I will never catch up."));
            if (d.weekday == 1)
                p.insert(QStringLiteral("did"), QStringLiteral("Made a list of the three that matter today, then walked round the block."));
            out << ResilienceBackend::stressDraft(p, QDateTime(day, d.time));
        }
    }

    // Two worked problems: one tried and looked back on, one with a plan.
    const QJsonObject bills{
        {QStringLiteral("problem"), QStringLiteral("I have three bills I have not opened, and I avoid the post.")},
        {QStringLiteral("goal"), QStringLiteral("Know what I owe by the end of the month, and pay or plan each one.")},
        {QStringLiteral("options"), QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o1")}, {QStringLiteral("text"), QStringLiteral("Open one bill a day with a cup of tea")},
                         {QStringLiteral("upMe"), QStringLiteral("Small and doable; I will know where I stand")},
                         {QStringLiteral("downMe"), QStringLiteral("Takes a few days; the first one will be hard")}, {QStringLiteral("rating"), 8}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o2")}, {QStringLiteral("text"), QStringLiteral("Ask Sam to sit with me while I open them all")},
                         {QStringLiteral("upMe"), QStringLiteral("Less alone with it")}, {QStringLiteral("downOthers"), QStringLiteral("Sam is busy this month")},
                         {QStringLiteral("rating"), 6}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o3")}, {QStringLiteral("text"), QStringLiteral("Leave them until I feel better")},
                         {QStringLiteral("upMe"), QStringLiteral("No stress today")}, {QStringLiteral("downMe"), QStringLiteral("Late fees, and the worry grows")},
                         {QStringLiteral("rating"), 2}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o4")}, {QStringLiteral("text"), QStringLiteral("Call the free debt advice line")},
                         {QStringLiteral("upMe"), QStringLiteral("Someone who knows what to do")}, {QStringLiteral("downMe"), QStringLiteral("Phone calls make me anxious")},
                         {QStringLiteral("rating"), 7}}}},
        {QStringLiteral("chosen"), QStringLiteral("o1")},
        {QStringLiteral("steps"), QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}, {QStringLiteral("text"), QStringLiteral("Put the bills on the kitchen table")},
                         {QStringLiteral("when"), today.addDays(-20).toString(Qt::ISODate)}, {QStringLiteral("done"), true}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}, {QStringLiteral("text"), QStringLiteral("Open one each morning after breakfast")},
                         {QStringLiteral("when"), today.addDays(-19).toString(Qt::ISODate)}, {QStringLiteral("done"), true}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s3")}, {QStringLiteral("text"), QStringLiteral("Write what each one says in a list")},
                         {QStringLiteral("done"), true}}}},
        {QStringLiteral("tried"), QJsonObject{
             {QStringLiteral("happened"), QStringLiteral("The first was hard; the other two were smaller than I feared. One needs a payment plan.")},
             {QStringLiteral("rating"), 7},
             {QStringLiteral("next"), QStringLiteral("Call about the payment plan on Tuesday morning.")}}}};
    out << ResilienceBackend::problemDraft(bills, QDateTime(today.addDays(-21), QTime(18, 0)));

    const QJsonObject evenings{
        {QStringLiteral("problem"), QStringLiteral("Most evenings I sit alone scrolling until late, then sleep badly.")},
        {QStringLiteral("goal"), QStringLiteral("Two evenings a week with something I enjoy, and in bed by eleven.")},
        {QStringLiteral("options"), QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o1")}, {QStringLiteral("text"), QStringLiteral("Join the Thursday walking group")},
                         {QStringLiteral("upMe"), QStringLiteral("Fresh air and people, without having to talk much")},
                         {QStringLiteral("downMe"), QStringLiteral("Meeting new people is hard at first")}, {QStringLiteral("rating"), 7}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o2")}, {QStringLiteral("text"), QStringLiteral("Phone charger out of the bedroom")},
                         {QStringLiteral("upMe"), QStringLiteral("Better sleep")}, {QStringLiteral("downMe"), QStringLiteral("I use it as an alarm")},
                         {QStringLiteral("rating"), 6}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("o3")}, {QStringLiteral("text"), QStringLiteral("Cook with Sam on Sundays")},
                         {QStringLiteral("upOthers"), QStringLiteral("Sam would like it too")}, {QStringLiteral("rating"), 8}}}},
        {QStringLiteral("chosen"), QStringLiteral("o3")},
        {QStringLiteral("steps"), QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}, {QStringLiteral("text"), QStringLiteral("Ask Sam which Sunday suits")},
                         {QStringLiteral("when"), today.addDays(1).toString(Qt::ISODate)}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}, {QStringLiteral("text"), QStringLiteral("Choose a simple recipe together")},
                         {QStringLiteral("when"), today.addDays(3).toString(Qt::ISODate)}}}}};
    out << ResilienceBackend::problemDraft(evenings, QDateTime(today.addDays(-3), QTime(20, 30)));

    // Practices with stress before and after.
    const QList<std::tuple<int, QString, int, int, int>> practices{
        {-12, QStringLiteral("breathing"), 300, 7, 4}, {-8, QStringLiteral("muscle"), 220, 6, 3},
        {-5, QStringLiteral("grounding"), 180, 8, 5}, {-1, QStringLiteral("breathing"), 240, 6, 3}};
    for (const auto& [offset, practice, seconds, before, after] : practices) {
        QJsonObject p{{QStringLiteral("practice"), practice}, {QStringLiteral("seconds"), seconds},
                      {QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
        if (practice == QLatin1String("breathing"))
            p.insert(QStringLiteral("rhythm"), QJsonObject{{QStringLiteral("in"), 4}, {QStringLiteral("holdIn"), 0},
                                                           {QStringLiteral("out"), 6}, {QStringLiteral("holdOut"), 0}});
        if (practice == QLatin1String("grounding"))
            p.insert(QStringLiteral("steps"), 5);
        out << ResilienceBackend::practiceDraft(p, QDateTime(today.addDays(offset), QTime(21, 0)));
    }

    QJsonArray tools;
    int n = 0;
    const QList<std::pair<QString, QJsonArray>> mine{
        {QStringLiteral("Breathe slowly: in for 4, out for 6"), list({QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night"), QStringLiteral("people")})},
        {QStringLiteral("A walk round the block"), list({QStringLiteral("home")})},
        {QStringLiteral("Write the worry down and leave it for the morning"), list({QStringLiteral("night")})},
        {QStringLiteral("Name five things I can see"), list({QStringLiteral("out"), QStringLiteral("people")})},
        {QStringLiteral("Text Sam"), list({QStringLiteral("people")})},
        {QStringLiteral("A warm shower"), list({QStringLiteral("home"), QStringLiteral("night")})},
    };
    for (const auto& [text, where] : mine) {
        QJsonObject tool{{QStringLiteral("id"), QStringLiteral("t%1").arg(++n)}, {QStringLiteral("text"), text}, {QStringLiteral("situations"), where}};
        if (text.startsWith(QLatin1String("Text ")))
            tool.insert(QStringLiteral("reachOut"), true);
        tools << tool;
    }
    out << ResilienceBackend::toolboxDraft(QJsonObject{{QStringLiteral("items"), tools}}, QDateTime(today.addDays(-30), QTime(19, 0)));
    return out;
}

} // namespace tessera::resilience

TESSERA_PLUGIN(tessera::resilience::ResiliencePlugin)
