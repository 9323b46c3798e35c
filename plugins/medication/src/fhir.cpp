// The medication module's entries in FHIR R4 (SDK 2.2).
//
// A medicine (the regimen) -> MedicationStatement: status active, or stopped
// once its stop date has passed; the medicine's name as the medication's
// text; the plan as the client wrote it (strength, dose, route, times or "as
// needed") as dosage[0].text, word for word; effectivePeriod from its start
// and stop dates.
// A dose log -> MedicationStatement about that one dose: status completed
// (taken, taken late) or not-taken (skipped, missed; the client's reason as
// statusReason), effectiveDateTime the time logged. FHIR's
// MedicationAdministration would be more precise but is not a type a module
// may give (SDK 2.2), and a patient's own report of taking or not taking a
// medicine is what MedicationStatement is for.
// Side effects, how well it works and questions: the host's default mapping.
#include "medplugin.h"

#include <QDate>
#include <QJsonArray>

namespace tessera::medication {

namespace {

QJsonObject medicineConcept(const QString& name)
{
    return QJsonObject{{QStringLiteral("text"), name}};
}

QString plan(const QJsonObject& m)
{
    QStringList parts;
    for (const char* key : {"strength", "dose", "route"}) {
        const QString v = m.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            parts << v;
    }
    const QJsonObject s = m.value(QStringLiteral("schedule")).toObject();
    if (s.value(QStringLiteral("asNeeded")).toBool()) {
        parts << QStringLiteral("as needed");
    } else {
        QStringList times;
        for (const QJsonValue& v : s.value(QStringLiteral("times")).toArray())
            if (!v.toString().trimmed().isEmpty())
                times << v.toString().trimmed();
        if (!times.isEmpty())
            parts << QStringLiteral("at %1").arg(times.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<QJsonObject> MedicationPlugin::fhirResources(const sdk::Entry& entry) const
{
    const QString kind = entry.shortKind();
    const QJsonObject p = entry.payload;
    if (kind == QLatin1String("medicine")) {
        const QString name = p.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return {};
        const QDate start = QDate::fromString(p.value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QDate stop = QDate::fromString(p.value(QStringLiteral("stop")).toString(), Qt::ISODate);
        const bool stopped = stop.isValid() && stop < QDate::currentDate();
        QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
                      {QStringLiteral("status"), stopped ? QStringLiteral("stopped") : QStringLiteral("active")},
                      {QStringLiteral("medicationCodeableConcept"), medicineConcept(name)},
                      {QStringLiteral("dateAsserted"), entry.localOccurredAt().toString(Qt::ISODate)}};
        QJsonObject period;
        if (start.isValid())
            period.insert(QStringLiteral("start"), start.toString(Qt::ISODate));
        if (stop.isValid())
            period.insert(QStringLiteral("end"), stop.toString(Qt::ISODate));
        if (!period.isEmpty())
            o.insert(QStringLiteral("effectivePeriod"), period);
        const QString text = plan(p);
        if (!text.isEmpty()) {
            QJsonObject dosage{{QStringLiteral("text"), text}};
            if (p.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("asNeeded")).toBool())
                dosage.insert(QStringLiteral("asNeededBoolean"), true);
            o.insert(QStringLiteral("dosage"), QJsonArray{dosage});
        }
        const QString purpose = p.value(QStringLiteral("purpose")).toString().trimmed();
        if (!purpose.isEmpty())
            o.insert(QStringLiteral("reasonCode"), QJsonArray{QJsonObject{{QStringLiteral("text"), purpose}}});
        return {o};
    }
    if (kind == QLatin1String("dose")) {
        const QString status = p.value(QStringLiteral("status")).toString();
        const bool taken = status == QLatin1String("taken") || status == QLatin1String("late");
        const bool notTaken = status == QLatin1String("skipped") || status == QLatin1String("missed");
        if (!taken && !notTaken)
            return {};
        // The payload names the medicine by its key; the entry's title by name ("Sertraline: Taken").
        const qsizetype colon = entry.title.lastIndexOf(QStringLiteral(": "));
        const QString name = colon > 0 ? entry.title.left(colon).trimmed() : QString();
        QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
                      {QStringLiteral("status"), taken ? QStringLiteral("completed") : QStringLiteral("not-taken")},
                      {QStringLiteral("medicationCodeableConcept"), medicineConcept(name.isEmpty() ? QStringLiteral("Medicine") : name)},
                      {QStringLiteral("effectiveDateTime"), entry.localOccurredAt().toString(Qt::ISODate)}};
        QStringList reasons;
        if (status == QLatin1String("late"))
            reasons << QStringLiteral("Taken later than planned");
        const QString reason = p.value(QStringLiteral("reason")).toString().trimmed();
        if (notTaken)
            o.insert(QStringLiteral("statusReason"),
                     QJsonArray{QJsonObject{{QStringLiteral("text"), reason.isEmpty()
                                                                          ? (status == QLatin1String("missed") ? QStringLiteral("Missed")
                                                                                                              : QStringLiteral("Skipped"))
                                                                          : reason}}});
        else if (!reason.isEmpty())
            reasons << reason;
        if (!reasons.isEmpty())
            o.insert(QStringLiteral("note"), QJsonArray{QJsonObject{{QStringLiteral("text"), reasons.join(QStringLiteral(". "))}}});
        return {o};
    }
    return {};
}

} // namespace tessera::medication
