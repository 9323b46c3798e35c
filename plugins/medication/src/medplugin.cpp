#include "medplugin.h"

#include "medmodel.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>
#include <QRegularExpression>

#include <random>

namespace tessera::medication {

using namespace tessera::sdk;

MedicationPlugin::MedicationPlugin()
{
    addKind(QStringLiteral("medicine"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("key"), 64)
            .requireString(QStringLiteral("name"), 120)
            .optionalString(QStringLiteral("code"), 40)
            .optionalString(QStringLiteral("strength"), 60)
            .optionalString(QStringLiteral("dose"), 120)
            .optionalString(QStringLiteral("route"), 60)
            .optionalString(QStringLiteral("prescriber"), 120)
            .optionalString(QStringLiteral("purpose"), 300)
            .requireDate(QStringLiteral("start"))
            .optionalDate(QStringLiteral("stop"))
            .optionalObject(QStringLiteral("schedule"), [](PayloadCheck& s) {
                s.optionalBool(QStringLiteral("asNeeded")).optionalStringList(QStringLiteral("times"), 12, 5);
                s.check([](PayloadCheck& p) {
                    static const QRegularExpression hhmm(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
                    const QJsonArray times = p.object().value(QStringLiteral("times")).toArray();
                    for (qsizetype i = 0; i < times.size(); ++i) {
                        if (!hhmm.match(times.at(i).toString()).hasMatch())
                            p.fail(QStringLiteral("times[%1]").arg(i), QStringLiteral("must be a time like 08:00"));
                    }
                    if (!p.object().value(QStringLiteral("asNeeded")).toBool() && times.isEmpty())
                        p.fail(QStringLiteral("times"), QStringLiteral("needs at least one time, or mark the medicine as needed"));
                });
            })
            .optionalObject(QStringLiteral("refill"), [](PayloadCheck& r) {
                r.requireDate(QStringLiteral("date")).requireInt(QStringLiteral("supplyDays"), 1, 400);
            })
            .check([](PayloadCheck& p) {
                if (!p.object().contains(QStringLiteral("schedule")))
                    p.fail(QStringLiteral("schedule"), QStringLiteral("is required: times of day, or as needed"));
                const QDate start = QDate::fromString(p.object().value(QStringLiteral("start")).toString(), Qt::ISODate);
                const QDate stop = QDate::fromString(p.object().value(QStringLiteral("stop")).toString(), Qt::ISODate);
                if (stop.isValid() && stop < start)
                    p.fail(QStringLiteral("stop"), QStringLiteral("cannot be before the start date"));
            });
    });
    addKind(QStringLiteral("dose"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("medicineKey"), 64)
            .requireOneOf(QStringLiteral("status"), doseStatuses())
            .optionalString(QStringLiteral("slot"), 16)
            .optionalString(QStringLiteral("reason"), 500)
            .check([](PayloadCheck& p) {
                const QString slot = p.object().value(QStringLiteral("slot")).toString();
                if (!slot.isEmpty() && !slotFromKey(slot).isValid())
                    p.fail(QStringLiteral("slot"), QStringLiteral("must look like 2026-11-25T08:00"));
            });
    });
    addKind(QStringLiteral("side-effect"), [](PayloadCheck& c) {
        c.optionalString(QStringLiteral("medicineKey"), 64)
            .requireString(QStringLiteral("symptom"), 200)
            .requireInt(QStringLiteral("severity"), 0, 3)
            .requireDate(QStringLiteral("onset"))
            .requireOneOf(QStringLiteral("status"), {QStringLiteral("ongoing"), QStringLiteral("resolved")})
            .optionalDate(QStringLiteral("resolvedOn"));
    });
    addKind(QStringLiteral("effectiveness"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("medicineKey"), 64)
            .requireInt(QStringLiteral("rating"), 0, 10)
            .optionalString(QStringLiteral("note"), 1000);
    });
    addKind(QStringLiteral("question"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("text"), 1000)
            .requireOneOf(QStringLiteral("status"), {QStringLiteral("open"), QStringLiteral("asked")})
            .optionalDate(QStringLiteral("askedOn"));
    });
}

Status MedicationPlugin::initialize(PluginContext& context)
{
    Status s = ModulePlugin::initialize(context);
    m_med = s.ok() ? static_cast<MedBackend*>(backend()) : nullptr;
    return s;
}

void MedicationPlugin::shutdown()
{
    m_med = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> MedicationPlugin::dueItems(const QDate& day) const { return m_med ? m_med->dueItems(day) : QList<DueItem>{}; }

Status MedicationPlugin::actOnDueItem(const QDate& day, const QString& itemId, Action action)
{
    if (!m_med)
        return makeError(ErrorCode::Unavailable, QStringLiteral("The medication module is not running."));
    return m_med->actOnDueItem(day, itemId, action);
}

// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection MedicationPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> MedicationPlugin::sampleEntries(const SampleRequest& request) const
{
    std::mt19937 rng(request.seed + 11);
    const QDate today = request.now.toLocalTime().date();
    const QDate start = today.addDays(-std::min(request.days, 75));
    // The story's days, written for 75: in a shorter demo they come closer
    // together, never after today (a side effect "from" 31 December in a
    // demo of 5 days made on the 6th).
    const auto story = [&](int day) { return start.addDays(day * start.daysTo(today) / 75); };
    QList<EntryDraft> out;
    const QJsonObject sertraline{
        {QStringLiteral("key"), QStringLiteral("sample-sertraline")}, {QStringLiteral("name"), QStringLiteral("Sertraline")},
        {QStringLiteral("strength"), QStringLiteral("50 mg")}, {QStringLiteral("dose"), QStringLiteral("1 tablet")},
        {QStringLiteral("route"), QStringLiteral("by mouth")}, {QStringLiteral("prescriber"), QStringLiteral("Dr R. Okafor")},
        {QStringLiteral("purpose"), QStringLiteral("Low mood")}, {QStringLiteral("start"), start.toString(Qt::ISODate)},
        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("times"), QJsonArray{QStringLiteral("08:00")}}}},
        {QStringLiteral("refill"), QJsonObject{{QStringLiteral("date"), today.addDays(-20).toString(Qt::ISODate)}, {QStringLiteral("supplyDays"), 28}}}};
    const QJsonObject zopiclone{
        {QStringLiteral("key"), QStringLiteral("sample-sleep")}, {QStringLiteral("name"), QStringLiteral("Zopiclone")},
        {QStringLiteral("strength"), QStringLiteral("3.75 mg")}, {QStringLiteral("dose"), QStringLiteral("1 tablet")},
        {QStringLiteral("route"), QStringLiteral("by mouth")}, {QStringLiteral("prescriber"), QStringLiteral("Dr R. Okafor")},
        {QStringLiteral("purpose"), QStringLiteral("Trouble sleeping, short term")}, {QStringLiteral("start"), story(20).toString(Qt::ISODate)},
        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("asNeeded"), true}}}};
    for (const QJsonObject& m : {sertraline, zopiclone}) {
        EntryDraft d = MedBackend::medicineDraft(m);
        d.occurredAt = QDate::fromString(m.value(QStringLiteral("start")).toString(), Qt::ISODate).startOfDay().toUTC();
        out << d;
    }
    const Schedule s = Schedule::fromPayload(sertraline);
    for (QDate day = start; day < today; day = day.addDays(1)) {
        for (const QDateTime& slot : slotsOn(s, day)) {
            const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
            const QString status = roll < 82 ? QStringLiteral("taken") : roll < 90 ? QStringLiteral("late")
                                 : roll < 96 ? QStringLiteral("missed") : QStringLiteral("skipped");
            EntryDraft d = MedBackend::doseDraft(sertraline, slot, status,
                                                 status == QLatin1String("skipped") ? QStringLiteral("Felt sick that morning") : QString());
            d.occurredAt = (status == QLatin1String("late") ? slot.addSecs(3 * 3600) : slot.addSecs(600)).toUTC();
            out << d;
        }
        if (day.dayOfWeek() % 3 == 0 && day > story(20)) {
            EntryDraft d = MedBackend::doseDraft(zopiclone, QDateTime(), QStringLiteral("taken"), QString());
            d.occurredAt = QDateTime(day, QTime(22, 30)).toUTC();
            out << d;
        }
        if (day.dayOfWeek() == 7) {
            const int rating = std::clamp(3 + int(start.daysTo(day) / 12) + std::uniform_int_distribution<int>(-1, 1)(rng), 0, 10);
            EntryDraft d = MedBackend::effectivenessDraft(sertraline, rating, QString());
            d.occurredAt = QDateTime(day, QTime(19, 0)).toUTC();
            out << d;
        }
    }
    EntryDraft nausea = MedBackend::sideEffectDraft({{QStringLiteral("medicineKey"), QStringLiteral("sample-sertraline")},
                                                     {QStringLiteral("symptom"), QStringLiteral("Nausea in the mornings")},
                                                     {QStringLiteral("severity"), 2}, {QStringLiteral("onset"), story(3).toString(Qt::ISODate)},
                                                     {QStringLiteral("status"), QStringLiteral("resolved")},
                                                     {QStringLiteral("resolvedOn"), story(17).toString(Qt::ISODate)}},
                                                    QStringLiteral("Sertraline"));
    nausea.occurredAt = story(3).startOfDay().toUTC();
    EntryDraft sleep = MedBackend::sideEffectDraft({{QStringLiteral("medicineKey"), QStringLiteral("sample-sertraline")},
                                                    {QStringLiteral("symptom"), QStringLiteral("Vivid dreams")},
                                                    {QStringLiteral("severity"), 1}, {QStringLiteral("onset"), story(30).toString(Qt::ISODate)},
                                                    {QStringLiteral("status"), QStringLiteral("ongoing")}},
                                                   QStringLiteral("Sertraline"));
    sleep.occurredAt = story(30).startOfDay().toUTC();
    out << nausea << sleep;
    return out;
}

} // namespace tessera::medication

TESSERA_PLUGIN(tessera::medication::MedicationPlugin)
