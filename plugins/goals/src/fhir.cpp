// The goals module's entries in FHIR R4 (SDK 2.2).
//
// A goal -> Goal: lifecycleStatus and achievementStatus as the goal holds
// them (the latest check-in updates the goal, so the entry alone knows),
// description.text, startDate (the day it was set), target (the measure,
// the target value and the due date, when set) and the client's "why" as a
// note. A check-in -> Observation of the progress: the value when the goal
// counts its own, how it is going (achievement status) and the note.
#include "goalsplugin.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>

namespace tessera::goals {

namespace {

const QStringList& lifecycles()
{
    static const QStringList l{QStringLiteral("proposed"), QStringLiteral("planned"),   QStringLiteral("accepted"),
                               QStringLiteral("active"),   QStringLiteral("on-hold"),   QStringLiteral("completed"),
                               QStringLiteral("cancelled"), QStringLiteral("rejected")};
    return l;
}

QString achievementDisplay(const QString& code)
{
    static const QHash<QString, QString> d{
        {QStringLiteral("in-progress"), QStringLiteral("In Progress")}, {QStringLiteral("improving"), QStringLiteral("Improving")},
        {QStringLiteral("worsening"), QStringLiteral("Worsening")},     {QStringLiteral("no-change"), QStringLiteral("No Change")},
        {QStringLiteral("achieved"), QStringLiteral("Achieved")},       {QStringLiteral("sustaining"), QStringLiteral("Sustaining")},
        {QStringLiteral("not-achieved"), QStringLiteral("Not Achieved")}, {QStringLiteral("no-progress"), QStringLiteral("No Progress")},
        {QStringLiteral("not-attainable"), QStringLiteral("Not Attainable")}};
    return d.value(code);
}

// {coding: [goal-achievement code]}, or an empty object for an unknown code.
QJsonObject achievement(const QString& code)
{
    const QString display = achievementDisplay(code);
    if (display.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("coding"),
                        QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/goal-achievement")},
                                               {QStringLiteral("code"), code},
                                               {QStringLiteral("display"), display}}}},
                       {QStringLiteral("text"), display}};
}

QJsonArray noteOf(const QString& text)
{
    return QJsonArray{QJsonObject{{QStringLiteral("text"), text}}};
}

} // namespace

QList<QJsonObject> GoalsPlugin::fhirResources(const sdk::Entry& entry) const
{
    const QJsonObject p = entry.payload;
    if (entry.shortKind() == QLatin1String("goal")) {
        const QString description = p.value(QStringLiteral("description")).toString().trimmed();
        if (description.isEmpty())
            return {};
        QString lifecycle = p.value(QStringLiteral("lifecycle")).toString();
        if (!lifecycles().contains(lifecycle))
            lifecycle = QStringLiteral("active");
        QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Goal")},
                      {QStringLiteral("lifecycleStatus"), lifecycle},
                      {QStringLiteral("description"), QJsonObject{{QStringLiteral("text"), description}}},
                      {QStringLiteral("startDate"), entry.localOccurredAt().date().toString(Qt::ISODate)}};
        const QJsonObject status = achievement(p.value(QStringLiteral("achievement")).toString());
        if (!status.isEmpty())
            o.insert(QStringLiteral("achievementStatus"), status);
        QJsonObject target;
        const QJsonObject measure = p.value(QStringLiteral("measure")).toObject();
        const QString metric = measure.value(QStringLiteral("metric")).toString().trimmed();
        if (!metric.isEmpty())
            target.insert(QStringLiteral("measure"), QJsonObject{{QStringLiteral("text"), metric}});
        if (p.value(QStringLiteral("target")).isDouble() && !metric.isEmpty()) {
            QJsonObject quantity{{QStringLiteral("value"), p.value(QStringLiteral("target")).toDouble()}};
            const QString unit = measure.value(QStringLiteral("unit")).toString().trimmed();
            if (!unit.isEmpty())
                quantity.insert(QStringLiteral("unit"), unit);
            target.insert(QStringLiteral("detailQuantity"), quantity);
        }
        const QDate due = QDate::fromString(p.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
        if (due.isValid())
            target.insert(QStringLiteral("dueDate"), due.toString(Qt::ISODate));
        if (!target.isEmpty())
            o.insert(QStringLiteral("target"), QJsonArray{target});
        const QString why = p.value(QStringLiteral("why")).toString().trimmed();
        if (!why.isEmpty())
            o.insert(QStringLiteral("note"), noteOf(QStringLiteral("Why it matters: ") + why));
        return {o};
    }
    if (entry.shortKind() == QLatin1String("checkin")) {
        const QString label = QStringLiteral("Progress towards a goal");
        QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                      {QStringLiteral("status"), QStringLiteral("final")},
                      {QStringLiteral("code"),
                       QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:tessera:fhir:code")},
                                                                                     {QStringLiteral("code"), QStringLiteral("goal-progress")},
                                                                                     {QStringLiteral("display"), label}}}},
                                   {QStringLiteral("text"), label}}},
                      {QStringLiteral("effectiveDateTime"), entry.localOccurredAt().toString(Qt::ISODate)}};
        const QJsonObject status = achievement(p.value(QStringLiteral("status")).toString());
        if (p.value(QStringLiteral("value")).isDouble()) {
            o.insert(QStringLiteral("valueQuantity"), QJsonObject{{QStringLiteral("value"), p.value(QStringLiteral("value")).toDouble()}});
            if (!status.isEmpty())
                o.insert(QStringLiteral("component"),
                         QJsonArray{QJsonObject{{QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("How it is going")}}},
                                                {QStringLiteral("valueCodeableConcept"), status}}});
        } else if (!status.isEmpty()) {
            o.insert(QStringLiteral("valueCodeableConcept"), status);
        }
        QStringList notes;
        if (!entry.title.trimmed().isEmpty())
            notes << entry.title.trimmed();
        const QString note = p.value(QStringLiteral("note")).toString().trimmed();
        if (!note.isEmpty())
            notes << note;
        if (!notes.isEmpty()) {
            QJsonArray n;
            for (const QString& s : notes)
                n << QJsonObject{{QStringLiteral("text"), s}};
            o.insert(QStringLiteral("note"), n);
        }
        return {o};
    }
    return {};
}

} // namespace tessera::goals
