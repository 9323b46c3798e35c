// The journal module's check-ins in FHIR R4 (SDK 2.2): an Observation of the
// mood (0-10), the feeling words as components and the note as a note.
// Journal entries (free writing) take the host's default mapping (a
// DocumentReference holding the text).
#include "journalplugin.h"

#include <QJsonArray>

namespace tessera::journal {

QList<QJsonObject> JournalPlugin::fhirResources(const tessera::sdk::Entry& entry) const
{
    if (entry.shortKind() != QLatin1String("checkin") || !entry.mood)
        return {};
    const QString label = QStringLiteral("Mood rating (0-10)");
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("category"),
         QJsonArray{QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")},
                                     {QStringLiteral("code"), QStringLiteral("survey")},
                                     {QStringLiteral("display"), QStringLiteral("Survey")}}}}}}},
        {QStringLiteral("code"),
         QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:tessera:fhir:code")},
                                                                       {QStringLiteral("code"), QStringLiteral("mood-0-10")},
                                                                       {QStringLiteral("display"), label}}}},
                     {QStringLiteral("text"), label}}},
        {QStringLiteral("effectiveDateTime"), entry.localOccurredAt().toString(Qt::ISODate)},
        {QStringLiteral("valueInteger"), *entry.mood}};
    QJsonArray components;
    for (const QJsonValue& v : entry.payload.value(QStringLiteral("feelings")).toArray()) {
        const QString feeling = v.toString().trimmed();
        if (feeling.isEmpty())
            continue;
        components << QJsonObject{
            {QStringLiteral("code"),
             QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:tessera:fhir:code")},
                                                                           {QStringLiteral("code"), QStringLiteral("feeling")},
                                                                           {QStringLiteral("display"), QStringLiteral("Feeling")}}}},
                         {QStringLiteral("text"), QStringLiteral("Feeling")}}},
            {QStringLiteral("valueString"), feeling}};
    }
    if (!components.isEmpty())
        o.insert(QStringLiteral("component"), components);
    const QString note = entry.payload.value(QStringLiteral("note")).toString().trimmed();
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), QJsonArray{QJsonObject{{QStringLiteral("text"), note}}});
    return {o};
}

} // namespace tessera::journal
