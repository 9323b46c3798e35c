#include "mbctplugin.h"

#include "mbctcontent.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>

#include <random>

namespace tessera::mbct {

using namespace tessera::sdk;

MbctPlugin::MbctPlugin()
{
    addKind(QStringLiteral("practice"), [](PayloadCheck& c) {
        c.requireOneOf(QStringLiteral("practice"), practiceCodes())
            .requireInt(QStringLiteral("seconds"), 1, 4 * 3600)
            .optionalInt(QStringLiteral("plannedSeconds"), 60, 4 * 3600)
            .optionalBool(QStringLiteral("completed"))
            .optionalString(QStringLiteral("thoughts"), 2000)
            .optionalString(QStringLiteral("feelings"), 2000)
            .optionalString(QStringLiteral("body"), 2000)
            .optionalInt(QStringLiteral("difficulty"), 0, 10)
            .optionalString(QStringLiteral("note"), 2000)
            .optionalInt(QStringLiteral("courseWeek"), 1, 8);
    });
    addKind(QStringLiteral("week"), [](PayloadCheck& c) {
        c.requireInt(QStringLiteral("week"), 1, 8).optionalString(QStringLiteral("reflection"), 4000);
    });
    addKind(QStringLiteral("plan"), [](PayloadCheck& c) {
        c.optionalObject(QStringLiteral("signs"), [](PayloadCheck& s) {
             for (const QString& category : signCategories())
                 s.optionalStringList(category, 30, 200);
         })
            .optionalObject(QStringLiteral("levels"), [](PayloadCheck& l) {
                for (const QString& level : levelCodes()) {
                    l.optionalObject(level, [](PayloadCheck& one) {
                        one.optionalString(QStringLiteral("notice"), 1000).optionalStringList(QStringLiteral("actions"), 20, 300);
                    });
                }
            })
            .optionalArray(QStringLiteral("people"), 10, [](PayloadCheck& p) {
                p.requireString(QStringLiteral("name"), 100).optionalString(QStringLiteral("how"), 200);
            })
            .optionalString(QStringLiteral("clinician"), 300)
            .optionalDate(QStringLiteral("reviewDate"))
            .check([](PayloadCheck& p) {
                const QJsonObject o = p.object();
                bool any = false;
                for (const QString& category : signCategories())
                    any = any || !o.value(QStringLiteral("signs")).toObject().value(category).toArray().isEmpty();
                for (const QString& level : levelCodes())
                    any = any || !o.value(QStringLiteral("levels")).toObject().value(level).toObject().value(QStringLiteral("actions")).toArray().isEmpty();
                if (!any)
                    p.fail(QStringLiteral("signs"), QStringLiteral("a plan needs at least one warning sign or one action"));
            });
    });
    addKind(QStringLiteral("activities"), [](PayloadCheck& c) {
        c.optionalStringList(QStringLiteral("nourishing"), 50, 200)
            .optionalStringList(QStringLiteral("depleting"), 50, 200)
            .check([](PayloadCheck& p) {
                if (p.object().value(QStringLiteral("nourishing")).toArray().isEmpty()
                    && p.object().value(QStringLiteral("depleting")).toArray().isEmpty())
                    p.fail(QStringLiteral("nourishing"), QStringLiteral("add at least one activity"));
            });
    });
}

std::unique_ptr<MbctBackend> MbctPlugin::makeBackend(PluginContext& context)
{
    auto backend = std::make_unique<MbctBackend>(context);
    m_mbct = backend.get();
    return backend;
}

void MbctPlugin::shutdown()
{
    m_mbct = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> MbctPlugin::dueItems(const QDate& day) const { return m_mbct ? m_mbct->dueItems(day) : QList<DueItem>{}; }

// About ten weeks of use: the course at a week a week (a slower patch in
// week five), practice on most days, shorter when it is hard, the plan
// written in week six and revised, the activities list in week seven.
// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection MbctPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> MbctPlugin::sampleEntries(const SampleRequest& request) const
{
    std::mt19937 rng(request.seed + 11);
    QList<EntryDraft> out;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const int span = std::min(request.days, 70);
    const QDate first = now.date().addDays(-span);
    const auto at = [&](int day, int hour) { return QDateTime(first.addDays(day), QTime(hour, 15), Qt::UTC); };
    const auto weekOf = [](int day) { return std::min(8, day / 8 + 1); };
    static const QStringList thoughts{QStringLiteral("Planning tomorrow again and again"), QStringLiteral("Replaying the talk with my manager"),
                                      QStringLiteral("Quieter than usual"), QStringLiteral("\"I am doing this wrong\"")};
    static const QStringList feelings{QStringLiteral("Restless at first, calmer later"), QStringLiteral("Sad, and it passed"),
                                      QStringLiteral("Some ease"), QStringLiteral("Irritable")};
    static const QStringList body{QStringLiteral("Tight shoulders"), QStringLiteral("Warm hands"), QStringLiteral("Heavy legs"),
                                  QStringLiteral("Breath in the chest, not the belly")};
    for (int day = 0; day < span; ++day) {
        const int week = weekOf(day);
        const bool lowPatch = week == 5;
        if (std::uniform_int_distribution<int>(0, 9)(rng) < (lowPatch ? 4 : 7)) {
            QString code = week <= 2 ? QStringLiteral("body-scan") : week == 3 ? QStringLiteral("movement") : QStringLiteral("sitting");
            if (week >= 6 && day % 3 == 0)
                code = QStringLiteral("body-scan");
            const Practice* p = practice(code);
            const int planned = p->minutes * 60;
            const bool cutShort = std::uniform_int_distribution<int>(0, 9)(rng) < (lowPatch ? 5 : 2);
            const int seconds = cutShort ? planned * std::uniform_int_distribution<int>(30, 80)(rng) / 100 : planned;
            QJsonObject payload{{QStringLiteral("practice"), code}, {QStringLiteral("seconds"), seconds},
                                {QStringLiteral("plannedSeconds"), planned}, {QStringLiteral("completed"), !cutShort},
                                {QStringLiteral("difficulty"), std::clamp((lowPatch ? 7 : 4) + std::uniform_int_distribution<int>(-2, 2)(rng) - week / 3, 0, 10)},
                                {QStringLiteral("courseWeek"), week}};
            if (day % 2 == 0) {
                payload.insert(QStringLiteral("thoughts"), thoughts.at(day / 2 % thoughts.size()));
                payload.insert(QStringLiteral("body"), body.at(day % body.size()));
            }
            if (day % 3 == 0)
                payload.insert(QStringLiteral("feelings"), feelings.at(day / 3 % feelings.size()));
            EntryDraft d = MbctBackend::practiceDraft(payload);
            d.occurredAt = at(day, 7 + (day % 3) * 6);
            out << d;
        }
        if (week >= 3 && day % 2 == 1) {
            EntryDraft d = MbctBackend::practiceDraft({{QStringLiteral("practice"), QStringLiteral("breathing-space")},
                                                       {QStringLiteral("seconds"), 180}, {QStringLiteral("plannedSeconds"), 180},
                                                       {QStringLiteral("completed"), true}, {QStringLiteral("courseWeek"), week}});
            d.occurredAt = at(day, 15);
            out << d;
        }
        if (day % 8 == 7 && week <= 7) {
            static const QStringList reflections{
                QStringLiteral("I hadn't noticed how much of my day runs without me."),
                QStringLiteral("Boredom in the body scan, and judging myself for it."),
                QStringLiteral("The breathing space is easy to forget but works when I remember."),
                QStringLiteral("I caught myself replaying things at night."),
                QStringLiteral("A hard week. Practised less, and that was all right."),
                QStringLiteral("\"I'm useless\" is a thought I have, not a fact."),
                QStringLiteral("Walks and calling my sister nourish me; late-night scrolling drains me.")};
            EntryDraft d = MbctBackend::weekDraft(week, reflections.at(week - 1));
            d.occurredAt = at(day, 20);
            out << d;
        }
    }
    if (span >= 56) {
        QJsonObject plan{
            {QStringLiteral("signs"), QJsonObject{{QStringLiteral("thoughts"), QJsonArray{QStringLiteral("Everything is my fault"), QStringLiteral("What is the point")}},
                                                  {QStringLiteral("feelings"), QJsonArray{QStringLiteral("Flat and irritable")}},
                                                  {QStringLiteral("body"), QJsonArray{QStringLiteral("Waking at 4 am"), QStringLiteral("Heavy limbs")}},
                                                  {QStringLiteral("behaviour"), QJsonArray{QStringLiteral("Cancelling plans"), QStringLiteral("Skipping meals")}}}},
            {QStringLiteral("levels"), QJsonObject{
                 {QStringLiteral("green"), QJsonObject{{QStringLiteral("notice"), QStringLiteral("Sleeping through, seeing friends")},
                                                       {QStringLiteral("actions"), QJsonArray{QStringLiteral("Sitting practice most mornings"), QStringLiteral("Walk at lunch")}}}},
                 {QStringLiteral("amber"), QJsonObject{{QStringLiteral("notice"), QStringLiteral("Two bad nights in a row, cancelling plans")},
                                                       {QStringLiteral("actions"), QJsonArray{QStringLiteral("Breathing space three times a day"), QStringLiteral("Call Sam"), QStringLiteral("Keep one nourishing activity each day")}}}},
                 {QStringLiteral("red"), QJsonObject{{QStringLiteral("notice"), QStringLiteral("A week of this, or thoughts of not wanting to be here")},
                                                     {QStringLiteral("actions"), QJsonArray{QStringLiteral("Call the clinic"), QStringLiteral("Tell my sister how bad it is")}}}}}},
            {QStringLiteral("people"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Sam")}, {QStringLiteral("how"), QStringLiteral("text first")}},
                                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("My sister")}}}},
            {QStringLiteral("clinician"), QStringLiteral("Riverside clinic, the duty line")},
            {QStringLiteral("reviewDate"), now.date().addDays(21).toString(Qt::ISODate)}};
        EntryDraft d = MbctBackend::planDraft(plan);
        d.occurredAt = at(47, 21);
        out << d;
        EntryDraft lists = MbctBackend::activitiesDraft(
            {QStringLiteral("A walk at lunch"), QStringLiteral("Calling my sister"), QStringLiteral("Cooking something simple"), QStringLiteral("Music while tidying")},
            {QStringLiteral("Scrolling in bed"), QStringLiteral("Skipping lunch"), QStringLiteral("Saying yes to every request")});
        lists.occurredAt = at(55, 21);
        out << lists;
    }
    return out;
}

} // namespace tessera::mbct

TESSERA_PLUGIN(tessera::mbct::MbctPlugin)
