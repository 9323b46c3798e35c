#include "baplugin.h"

#include "bainsights.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>

#include <random>

namespace tessera::ba {

using namespace tessera::sdk;

BaPlugin::BaPlugin()
{
    addKind(QStringLiteral("activity"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("activity"), 120)
            .requireOneOf(QStringLiteral("area"), lifeAreas())
            // Ratings are optional (since 1.1.0): only what the client rated is saved.
            .optionalInt(QStringLiteral("mastery"), 0, 10)
            .optionalInt(QStringLiteral("pleasure"), 0, 10)
            .optionalInt(QStringLiteral("moodBefore"), 0, 10)
            .optionalInt(QStringLiteral("moodAfter"), 0, 10)
            .optionalString(QStringLiteral("note"), 1000)
            .optionalString(QStringLiteral("planKey"), 64);
    });
    addKind(QStringLiteral("value"), [](PayloadCheck& c) {
        c.requireOneOf(QStringLiteral("area"), lifeAreas())
            .requireString(QStringLiteral("value"), 200)
            .optionalArray(QStringLiteral("activities"), 20, [](PayloadCheck& a) {
                a.requireString(QStringLiteral("text"), 120).requireInt(QStringLiteral("difficulty"), 1, 10);
            });
    });
    addKind(QStringLiteral("plan"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("activity"), 120)
            .requireOneOf(QStringLiteral("area"), lifeAreas())
            .requireOneOf(QStringLiteral("status"), {QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("not-done")})
            .optionalString(QStringLiteral("obstacle"), 500); // what got in the way (since 1.1.0)
    });
}

Status BaPlugin::initialize(PluginContext& context)
{
    Status s = ModulePlugin::initialize(context);
    m_ba = s.ok() ? static_cast<BaBackend*>(backend()) : nullptr;
    return s;
}

void BaPlugin::shutdown()
{
    m_ba = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> BaPlugin::dueItems(const QDate& day) const { return m_ba ? m_ba->dueItems(day) : QList<DueItem>{}; }

Status BaPlugin::actOnDueItem(const QDate& day, const QString& itemId, Action action)
{
    if (!m_ba)
        return makeError(ErrorCode::Unavailable, QStringLiteral("The activities module is not running."));
    return m_ba->actOnDueItem(day, itemId, action);
}

// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection BaPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> BaPlugin::sampleEntries(const SampleRequest& request) const
{
    struct Act { const char* name; const char* area; int mastery, pleasure, lift; };
    const QList<Act> acts{
        {"Walk in the park", "mind-body", 5, 7, 2}, {"Called my sister", "relationships", 4, 7, 2},
        {"Cleared the kitchen", "responsibilities", 7, 3, 1}, {"Read for 20 minutes", "recreation", 3, 6, 1},
        {"Scrolled my phone in bed", "recreation", 1, 2, -1}, {"Applied for a course", "work-study", 8, 4, 1},
        {"Cooked a proper meal", "responsibilities", 6, 6, 1}, {"Coffee with Sam", "relationships", 3, 8, 3}};
    std::mt19937 rng(request.seed + 5);
    QList<EntryDraft> out;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const QList<QJsonObject> values{
        {{QStringLiteral("area"), QStringLiteral("relationships")}, {QStringLiteral("value"), QStringLiteral("Being a close, reliable friend and sister")},
         {QStringLiteral("activities"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Text a friend")}, {QStringLiteral("difficulty"), 2}},
                                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("Called my sister")}, {QStringLiteral("difficulty"), 4}},
                                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("Coffee with Sam")}, {QStringLiteral("difficulty"), 6}}}}},
        {{QStringLiteral("area"), QStringLiteral("mind-body")}, {QStringLiteral("value"), QStringLiteral("Looking after my body")},
         {QStringLiteral("activities"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Stretch for five minutes")}, {QStringLiteral("difficulty"), 1}},
                                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("Walk in the park")}, {QStringLiteral("difficulty"), 3}}}}}};
    for (const QJsonObject& v : values) {
        EntryDraft d = BaBackend::valueDraft(v);
        d.occurredAt = now.addDays(-request.days);
        out << d;
    }
    for (int daysAgo = request.days; daysAgo >= 0; --daysAgo) {
        const int perDay = std::uniform_int_distribution<int>(0, 2)(rng);
        const double progress = 1.0 - double(daysAgo) / std::max(1, request.days);
        for (int k = 0; k < perDay; ++k) {
            // Later on, more of the activities that help.
            const int idx = std::uniform_int_distribution<int>(0, progress > 0.5 ? 7 : 5)(rng) % acts.size();
            const Act& a = acts.at(idx == 4 && progress > 0.6 ? 0 : idx);
            const int before = std::clamp(3 + int(progress * 3) + std::uniform_int_distribution<int>(-1, 1)(rng), 0, 10);
            QJsonObject p{{QStringLiteral("activity"), QString::fromUtf8(a.name)}, {QStringLiteral("area"), QString::fromUtf8(a.area)},
                          {QStringLiteral("mastery"), a.mastery}, {QStringLiteral("pleasure"), a.pleasure},
                          {QStringLiteral("moodBefore"), before}, {QStringLiteral("moodAfter"), std::clamp(before + a.lift, 0, 10)}};
            EntryDraft d = BaBackend::activityDraft(p);
            d.occurredAt = QDateTime(now.date().addDays(-daysAgo), QTime(10 + 4 * k, 30), Qt::UTC);
            if (d.occurredAt <= now)
                out << d;
        }
        if (daysAgo % 2 == 0) {
            const Act& a = acts.at(daysAgo % 3 == 0 ? 0 : 1);
            QJsonObject plan{{QStringLiteral("key"), QStringLiteral("sample-plan-%1").arg(daysAgo)},
                             {QStringLiteral("activity"), QString::fromUtf8(a.name)}, {QStringLiteral("area"), QString::fromUtf8(a.area)},
                             {QStringLiteral("status"), daysAgo == 0 ? QStringLiteral("planned")
                                                        : (daysAgo % 6 == 0 ? QStringLiteral("not-done") : QStringLiteral("done"))}};
            EntryDraft d = BaBackend::planDraft(plan);
            d.occurredAt = QDateTime(now.date().addDays(-daysAgo), QTime(17, 0), Qt::UTC);
            if (daysAgo == 0) // today's plan is still to come, and still today, whatever the hour
                d.occurredAt = std::clamp(now.addSecs(3600), d.occurredAt,
                                          std::max(d.occurredAt, QDateTime(now.date(), QTime(23, 59), Qt::UTC)));
            out << d;
            // A plan marked done is logged as an activity, as Done on My week does: the
            // demo's week showed "Done" beside "0 logged".
            if (plan.value(QStringLiteral("status")).toString() == QLatin1String("done")) {
                const int before = std::clamp(3 + int(progress * 3), 0, 10);
                QJsonObject p{{QStringLiteral("activity"), QString::fromUtf8(a.name)}, {QStringLiteral("area"), QString::fromUtf8(a.area)},
                              {QStringLiteral("planKey"), plan.value(QStringLiteral("key"))},
                              {QStringLiteral("mastery"), a.mastery}, {QStringLiteral("pleasure"), a.pleasure},
                              {QStringLiteral("moodBefore"), before}, {QStringLiteral("moodAfter"), std::clamp(before + a.lift, 0, 10)}};
                EntryDraft done = BaBackend::activityDraft(p);
                done.occurredAt = d.occurredAt;
                out << done;
            }
        }
    }
    // Three plans for the coming days, two of them tomorrow (a day with more than
    // one plan is what My week must lay out without overlap, issue 29's audit).
    struct Next { int ahead; int hour; const char* activity; const char* area; };
    for (const Next& n : {Next{1, 11, "Coffee with Sam", "relationships"}, Next{1, 18, "Stretch for five minutes", "mind-body"},
                          Next{3, 11, "Walk in the park", "mind-body"}}) {
        QJsonObject plan{{QStringLiteral("key"), QStringLiteral("sample-next-%1-%2").arg(n.ahead).arg(n.hour)},
                         {QStringLiteral("activity"), QString::fromUtf8(n.activity)},
                         {QStringLiteral("area"), QString::fromUtf8(n.area)},
                         {QStringLiteral("status"), QStringLiteral("planned")}};
        EntryDraft d = BaBackend::planDraft(plan);
        d.occurredAt = QDateTime(now.date().addDays(n.ahead), QTime(n.hour, 0), Qt::UTC);
        out << d;
    }
    return out;
}

} // namespace tessera::ba

TESSERA_PLUGIN(tessera::ba::BaPlugin)
