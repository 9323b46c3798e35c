// The assessments module's entries in FHIR R4 (SDK 2.2), shaped as the US
// Core screening-assessment examples: an Observation of the total (LOINC)
// derived from a QuestionnaireResponse with one item per question.
#include "assessplugin.h"
#include "instruments.h"
#include "scoring.h"

#include <QJsonArray>

namespace tessera::assessments {

namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");

// LOINC answer codes of the PHQ/GAD frequency scale (answer list LL358-3)
// and of PHQ-9's difficulty question (LL359-1), by score.
QString frequencyAnswer(int value)
{
    static const QStringList codes{QStringLiteral("LA6568-5"), QStringLiteral("LA6569-3"), QStringLiteral("LA6570-1"),
                                   QStringLiteral("LA6571-9")};
    return codes.value(value);
}
QString difficultyAnswer(int value)
{
    static const QStringList codes{QStringLiteral("LA6572-7"), QStringLiteral("LA6573-5"), QStringLiteral("LA6575-0"),
                                   QStringLiteral("LA6574-3")};
    return codes.value(value);
}

QString optionText(const Item& item, int value)
{
    for (const Option& o : item.options)
        if (o.value == value)
            return o.text;
    return {};
}

// One answer as a Coding: the LOINC answer code where LOINC has one the
// module knows (PHQ-9, GAD-7), else the score in Tessera's own system, the
// published wording as the display either way.
QJsonObject answerCoding(const Instrument& inst, const Item& item, int value, bool difficulty)
{
    QJsonObject coding;
    const QString loinc = inst.id == QLatin1String("audit-c") ? QString()
        : difficulty                                        ? difficultyAnswer(value)
                                                            : frequencyAnswer(value);
    if (!loinc.isEmpty()) {
        coding.insert(QStringLiteral("system"), kLoinc);
        coding.insert(QStringLiteral("code"), loinc);
    } else {
        coding.insert(QStringLiteral("system"), QStringLiteral("urn:tessera:fhir:assessments:%1:score").arg(inst.id));
        coding.insert(QStringLiteral("code"), QString::number(value));
    }
    const QString text = optionText(item, value);
    if (!text.isEmpty())
        coding.insert(QStringLiteral("display"), text);
    return coding;
}

QJsonObject questionItem(const Instrument& inst, const Item& item, int value, bool difficulty)
{
    QJsonObject o{{QStringLiteral("linkId"), item.code},
                  {QStringLiteral("answer"),
                   QJsonArray{QJsonObject{{QStringLiteral("valueCoding"), answerCoding(inst, item, value, difficulty)}}}}};
    if (!item.text.isEmpty())
        o.insert(QStringLiteral("text"), inst.stem.isEmpty() ? item.text : inst.stem + QLatin1Char(' ') + item.text);
    return o;
}

} // namespace

QList<QJsonObject> AssessPlugin::fhirResources(const sdk::Entry& entry) const
{
    // A draft (not finished) is no result: the host's default mapping shows
    // it as a document, never as a score. So does anything unexpected.
    const Instrument* inst = instrument(entry.shortKind());
    if (!inst)
        return {};
    const QJsonObject p = entry.payload;
    const int total = p.value(QStringLiteral("total")).toInt(-1);
    const QString totalCode = p.value(QStringLiteral("loinc")).toObject().value(QStringLiteral("total")).toString(inst->totalCode);
    const QString panelCode = p.value(QStringLiteral("loinc")).toObject().value(QStringLiteral("panel")).toString(inst->panelCode);
    if (total < 0 || totalCode.isEmpty() || panelCode.isEmpty())
        return {};
    const QString when = entry.localOccurredAt().toString(Qt::ISODate);

    QJsonObject observation{
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("category"),
         QJsonArray{QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")},
                                     {QStringLiteral("code"), QStringLiteral("survey")},
                                     {QStringLiteral("display"), QStringLiteral("Survey")}}}}}}},
        {QStringLiteral("code"),
         QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), kLoinc}, {QStringLiteral("code"), totalCode}}}},
                     {QStringLiteral("text"), QStringLiteral("%1 total score").arg(inst->name)}}},
        {QStringLiteral("effectiveDateTime"), when},
        {QStringLiteral("valueInteger"), total},
        {QStringLiteral("derivedFrom"), QJsonArray{QJsonObject{{QStringLiteral("reference"), QStringLiteral("#1")}}}}};
    const QString bandId = p.value(QStringLiteral("band")).toString();
    const QString bandName = bandId.isEmpty() ? QString() : bandTitle(inst->id, bandId);
    if (!bandName.isEmpty())
        observation.insert(QStringLiteral("interpretation"), QJsonArray{QJsonObject{{QStringLiteral("text"), bandName}}});

    QJsonArray items;
    for (const QJsonValue& v : p.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject a = v.toObject();
        const int number = a.value(QStringLiteral("item")).toInt();
        if (number < 1 || number > inst->items.size())
            continue;
        const Item& item = inst->items.at(number - 1);
        items << questionItem(*inst, item, a.value(QStringLiteral("value")).toInt(), false);
    }
    if (inst->difficulty.number != 0 && p.contains(QStringLiteral("difficulty")))
        items << questionItem(*inst, inst->difficulty, p.value(QStringLiteral("difficulty")).toInt(), true);
    QJsonObject response{{QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
                         {QStringLiteral("status"), QStringLiteral("completed")},
                         {QStringLiteral("questionnaire"), QStringLiteral("http://loinc.org/q/") + panelCode},
                         {QStringLiteral("authored"), when}};
    if (!items.isEmpty())
        response.insert(QStringLiteral("item"), items);
    return {observation, response};
}

} // namespace tessera::assessments
