#include "goalsplugin.h"

#include "goalmodel.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>

#include <cmath>

namespace tessera::goals {

using namespace tessera::sdk;

GoalsPlugin::GoalsPlugin()
{
    addKind(QStringLiteral("goal"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("description"), 300)
            .optionalObject(QStringLiteral("measure"), [](PayloadCheck& m) {
                m.optionalString(QStringLiteral("metric"), 80).optionalString(QStringLiteral("unit"), 40);
                // Optional, so goals saved before it stay valid at schema version 1.
                m.optionalOneOf(QStringLiteral("source"), measureSources());
            })
            .optionalNumber(QStringLiteral("baseline"), -1e9, 1e9)
            .optionalNumber(QStringLiteral("target"), -1e9, 1e9)
            .optionalDate(QStringLiteral("dueDate"))
            .optionalString(QStringLiteral("why"), 2000)
            .optionalString(QStringLiteral("barriers"), 2000)
            .optionalString(QStringLiteral("resources"), 2000)
            .optionalOneOf(QStringLiteral("checkinFrequency"), frequencyCodes())
            .requireOneOf(QStringLiteral("lifecycle"), lifecycleCodes())
            .requireOneOf(QStringLiteral("achievement"), achievementCodes())
            .optionalArray(QStringLiteral("milestones"), 50, [](PayloadCheck& m) {
                m.requireString(QStringLiteral("id"), 40)
                    .requireString(QStringLiteral("text"), 200)
                    .optionalDate(QStringLiteral("due"))
                    .optionalBool(QStringLiteral("done"));
            })
            .check([](PayloadCheck& g) {
                // A PHQ-9 goal counts whole totals of 0-27 and aims below one of them.
                const QJsonObject& p = g.object();
                if (p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("source")).toString() != phq9Kind())
                    return;
                const auto isTotal = [](const QJsonValue& v, int from, int to) {
                    return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= from && v.toDouble() <= to;
                };
                if (p.contains(QStringLiteral("baseline")) && !isTotal(p.value(QStringLiteral("baseline")), 0, 27))
                    g.fail(QStringLiteral("baseline"), QStringLiteral("must be a PHQ-9 total, a whole number from 0 to 27"));
                if (p.contains(QStringLiteral("target")) && !isTotal(p.value(QStringLiteral("target")), 1, 27))
                    g.fail(QStringLiteral("target"), QStringLiteral("must be a whole number from 1 to 27 (the PHQ-9 total to get below)"));
            })
            .optionalObject(QStringLiteral("evidence"), [](PayloadCheck& e) {
                e.optionalStringList(QStringLiteral("kinds"), 10, 80).optionalInt(QStringLiteral("perWeek"), 1, 100);
                e.check([](PayloadCheck& p) {
                    const QJsonArray kinds = p.object().value(QStringLiteral("kinds")).toArray();
                    for (qsizetype i = 0; i < kinds.size(); ++i) {
                        if (!kinds.at(i).toString().contains(QLatin1Char('/')))
                            p.fail(QStringLiteral("kinds[%1]").arg(i), QStringLiteral("must be a full kind name like \"journal/checkin\""));
                    }
                });
            });
    });
    addKind(QStringLiteral("checkin"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("goalKey"), 64)
            .optionalNumber(QStringLiteral("value"), -1e9, 1e9)
            .requireOneOf(QStringLiteral("status"), achievementCodes())
            .optionalString(QStringLiteral("note"), 2000);
    });
}

std::unique_ptr<GoalsBackend> GoalsPlugin::makeBackend(PluginContext& context)
{
    auto backend = std::make_unique<GoalsBackend>(context);
    m_goals = backend.get();
    return backend;
}

void GoalsPlugin::shutdown()
{
    m_goals = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> GoalsPlugin::dueItems(const QDate& day) const { return m_goals ? m_goals->dueItems(day) : QList<DueItem>{}; }

// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection GoalsPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> GoalsPlugin::sampleEntries(const SampleRequest& request) const
{
    // Two goals, and weekly check-ins on the first; check-ins name their
    // goal by its key, which the module chooses (entry ids come later).
    QList<EntryDraft> out;
    const QDate today = request.now.date();
    const QDate start = today.addDays(-std::min(request.days, 84));
    QJsonObject walk{
        {QStringLiteral("key"), QStringLiteral("sample-walking")},
        {QStringLiteral("description"), QStringLiteral("Walk for 20 minutes on three days each week")},
        {QStringLiteral("measure"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("walks a week")}, {QStringLiteral("unit"), QStringLiteral("walks")}}},
        {QStringLiteral("baseline"), 0}, {QStringLiteral("target"), 3},
        {QStringLiteral("dueDate"), today.addDays(28).toString(Qt::ISODate)},
        {QStringLiteral("why"), QStringLiteral("I feel less foggy on days I get outside")},
        {QStringLiteral("barriers"), QStringLiteral("Dark evenings; no energy after work")},
        {QStringLiteral("resources"), QStringLiteral("Lunchtime walk with Sam on Tuesdays")},
        {QStringLiteral("checkinFrequency"), QStringLiteral("weekly")},
        {QStringLiteral("lifecycle"), QStringLiteral("active")}, {QStringLiteral("achievement"), QStringLiteral("in-progress")}, // then its latest check-in's
        {QStringLiteral("milestones"), QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("text"), QStringLiteral("Find a 20-minute loop near home")}, {QStringLiteral("done"), true}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("m2")}, {QStringLiteral("text"), QStringLiteral("Walk twice in one week")}, {QStringLiteral("done"), true}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("m3")}, {QStringLiteral("text"), QStringLiteral("Three walks in one week")},
                         {QStringLiteral("due"), today.addDays(10).toString(Qt::ISODate)}}}}};
    QJsonObject checkins{
        {QStringLiteral("key"), QStringLiteral("sample-checkins")},
        {QStringLiteral("description"), QStringLiteral("Check in with my mood on five days a week")},
        {QStringLiteral("measure"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("check-ins a week")}, {QStringLiteral("unit"), QStringLiteral("days")}}},
        {QStringLiteral("baseline"), 1}, {QStringLiteral("target"), 5},
        {QStringLiteral("dueDate"), today.addDays(9).toString(Qt::ISODate)},
        {QStringLiteral("why"), QStringLiteral("To notice patterns before my next appointment")},
        {QStringLiteral("checkinFrequency"), QStringLiteral("weekly")},
        {QStringLiteral("lifecycle"), QStringLiteral("active")}, {QStringLiteral("achievement"), QStringLiteral("in-progress")},
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("kinds"), QJsonArray{QStringLiteral("journal/checkin")}}, {QStringLiteral("perWeek"), 5}}}};
    const int values[] = {0, 1, 0, 1, 2, 1, 2, 2, 3, 2, 3, 3};
    for (int week = 0; week < 12; ++week) {
        const QDate day = start.addDays(7 * week + 6);
        if (day > today)
            break;
        const int v = values[week];
        const QString status = week == 0 ? QStringLiteral("in-progress")
                             : v > values[week - 1] ? QStringLiteral("improving")
                             : v < values[week - 1] ? QStringLiteral("worsening") : QStringLiteral("no-change");
        EntryDraft c = GoalsBackend::checkinDraft(walk, v, status, week == 8 ? QStringLiteral("Three walks for the first time!") : QString());
        c.occurredAt = QDateTime(day, QTime(18, 0), Qt::UTC);
        out << c;
        // The goal says what its latest check-in says, as a check-in made in the app
        // leaves it (My goals said "Improving" beside a report's "No change").
        walk[QStringLiteral("achievement")] = status;
    }
    int at = 0;
    for (const QJsonObject& g : {walk, checkins}) {
        EntryDraft d = GoalsBackend::goalDraft(g);
        d.occurredAt = QDateTime(start, QTime(10, 0), Qt::UTC);
        out.insert(at++, d);
    }
    return out;
}

} // namespace tessera::goals

TESSERA_PLUGIN(tessera::goals::GoalsPlugin)
