#include "fhirexport.h"

#include "plugins/pluginmanager.h"
#include "plugins/reportcheck.h"
#include "store/payloadtext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

// Tessera's namespace for name-based (version 5) resource ids. Never change
// it: the ids a clinic has already stored would no longer match.
const QUuid& tesseraNamespace()
{
    static const QUuid ns(QStringLiteral("bd61cb2d-c23c-4421-9339-a9fded85dff9"));
    return ns;
}

QString urnOf(const QString& id) { return QStringLiteral("urn:uuid:") + id; }

// Resource types whose subject FHIR R4 requires (1..1).
bool needsSubject(const QString& type)
{
    return type == QLatin1String("Goal") || type == QLatin1String("MedicationStatement")
        || type == QLatin1String("CarePlan") || type == QLatin1String("Condition");
}

// Every {"reference": "#N"} inside `value` becomes the sibling's full URL.
QJsonValue rewriteReferences(const QJsonValue& value, const QStringList& siblings)
{
    static const QRegularExpression local(QStringLiteral("^#(\\d+)$"));
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out << rewriteReferences(v, siblings);
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("reference") && it.value().isString()) {
            const auto m = local.match(it.value().toString());
            if (m.hasMatch()) {
                const int n = m.captured(1).toInt();
                if (n >= 0 && n < siblings.size())
                    it.value() = siblings.at(n);
            }
        } else if (it.value().isObject() || it.value().isArray()) {
            it.value() = rewriteReferences(it.value(), siblings);
        }
    }
    return o;
}

QString localTime(const sdk::Entry& entry) { return entry.localOccurredAt().toString(Qt::ISODate); }

const QJsonObject& surveyCategory()
{
    static const QJsonObject category{{QStringLiteral("coding"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")},
                            {QStringLiteral("code"), QStringLiteral("survey")},
                            {QStringLiteral("display"), QStringLiteral("Survey")}}}}};
    return category;
}

} // namespace

QString fhirResourceId(const QString& entryId, int index)
{
    return QUuid::createUuidV5(tesseraNamespace(), QStringLiteral("entry:%1:%2").arg(entryId).arg(index))
        .toString(QUuid::WithoutBraces);
}

QString fhirPatientId(const QString& pseudonym)
{
    return QUuid::createUuidV5(tesseraNamespace(), QStringLiteral("patient:") + pseudonym).toString(QUuid::WithoutBraces);
}

QList<QJsonObject> defaultFhirResources(const sdk::Entry& entry, const QString& kindTitle)
{
    if (entry.mood) {
        // Each kind rates mood at its own moment (after an activity, around a
        // person): its own code, so a clinic never mixes it with check-ins.
        const QString title = kindTitle.trimmed().isEmpty() ? entry.kind : kindTitle;
        const QString label = QStringLiteral("%1: mood rating (0-10)").arg(title);
        QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                      {QStringLiteral("status"), QStringLiteral("final")},
                      {QStringLiteral("category"), QJsonArray{surveyCategory()}},
                      {QStringLiteral("code"),
                       QJsonObject{{QStringLiteral("coding"),
                                    QJsonArray{QJsonObject{{QStringLiteral("system"), QLatin1String(kTesseraFhirCodeSystem)},
                                                           {QStringLiteral("code"), QStringLiteral("mood-0-10:") + entry.kind},
                                                           {QStringLiteral("display"), label}}}},
                                   {QStringLiteral("text"), label}}},
                      {QStringLiteral("effectiveDateTime"), localTime(entry)},
                      {QStringLiteral("valueInteger"), *entry.mood}};
        if (!entry.title.trimmed().isEmpty())
            o.insert(QStringLiteral("note"), QJsonArray{QJsonObject{{QStringLiteral("text"), entry.title}}});
        return {o};
    }
    QStringList parts;
    for (const QString& s : {entry.title, entry.summary, payloadText(entry.payload)})
        if (!s.trimmed().isEmpty())
            parts << s;
    const QString type = kindTitle.trimmed().isEmpty() ? entry.kind : kindTitle;
    QJsonObject attachment{{QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                           {QStringLiteral("title"), type}};
    if (!parts.isEmpty())
        attachment.insert(QStringLiteral("data"), QString::fromLatin1(parts.join(QLatin1Char('\n')).toUtf8().toBase64()));
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
                  {QStringLiteral("status"), QStringLiteral("current")},
                  {QStringLiteral("type"), QJsonObject{{QStringLiteral("text"), type}}},
                  {QStringLiteral("date"), localTime(entry)},
                  {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("attachment"), attachment}}}}};
    if (!entry.title.trimmed().isEmpty())
        o.insert(QStringLiteral("description"), entry.title);
    return {o};
}

QList<std::pair<QString, QJsonObject>> entryFhirResources(const sdk::Entry& entry, const PluginManager& plugins,
                                                          const QString& kindTitle, const QJsonObject& subject)
{
    std::optional<QList<QJsonObject>> given = plugins.fhirResources(entry.pluginId, entry);
    const QList<QJsonObject> resources = given ? *given : defaultFhirResources(entry, kindTitle);
    QStringList ids, urls; // each a UUID v5 (SHA-1): made once per resource
    for (int i = 0; i < resources.size(); ++i) {
        ids << fhirResourceId(entry.id, i);
        urls << urnOf(ids.constLast());
    }
    const QJsonObject noPatient{{QStringLiteral("display"), QStringLiteral("the client")}};
    QList<std::pair<QString, QJsonObject>> out;
    for (int i = 0; i < resources.size(); ++i) {
        // The module's resource with the export's id, meta and subject in place of
        // its own (QJsonObject keeps its keys sorted: no order to keep; issue 30
        // stopped copying every key into a new object, 6% of the export).
        QJsonObject o = rewriteReferences(resources.at(i), urls).toObject();
        const QString type = o.value(QStringLiteral("resourceType")).toString();
        o.remove(QStringLiteral("subject"));
        o.insert(QStringLiteral("id"), ids.at(i));
        o.insert(QStringLiteral("meta"),
                 QJsonObject{{QStringLiteral("tag"),
                              QJsonArray{QJsonObject{{QStringLiteral("system"), QLatin1String(kTesseraKindTagSystem)},
                                                     {QStringLiteral("code"), entry.kind}}}}});
        if (!subject.isEmpty())
            o.insert(QStringLiteral("subject"), subject);
        else if (needsSubject(type))
            o.insert(QStringLiteral("subject"), noPatient);
        out.push_back({urls.at(i), o});
    }
    return out;
}

sdk::Result<qint64> exportFhir(const JournalStore& store, const PluginManager& plugins, const ShareSelection& selection,
                               const FhirOptions& options, QIODevice& out)
{
    auto write = [&out](const QByteArray& bytes) { return out.write(bytes) == bytes.size(); };
    auto writeFailed = [&out]() {
        return makeError(ErrorCode::Storage, QStringLiteral("writing the FHIR export failed: %1").arg(out.errorString()));
    };

    const QString pseudonym = options.patientPseudonym.trimmed();
    if (options.patientPseudonym != pseudonym || (!pseudonym.isEmpty() && pseudonym.size() > 64))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the patient pseudonym must be 1 to 64 characters with no space at either end"),
                         QStringLiteral("patientPseudonym"));
    for (const QChar c : pseudonym)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the patient pseudonym must be one line of plain text"),
                             QStringLiteral("patientPseudonym"));

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QByteArray head = "{\"resourceType\":\"Bundle\",\"id\":\""
        + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "\",\"type\":\"collection\",\"timestamp\":\""
        + now.toUtf8() + "\"";
    if (!write(head))
        return writeFailed();

    qint64 written = 0;
    // FHIR allows no empty arrays: "entry" opens with the first resource.
    auto writeEntry = [&](const QString& fullUrl, const QJsonObject& resource) {
        // fullUrl is urn:uuid:<uuid> (urnOf): nothing in it needs escaping in JSON.
        QByteArray bytes(written == 0 ? ",\"entry\":[\n{\"fullUrl\":\"" : ",\n{\"fullUrl\":\"");
        bytes += fullUrl.toLatin1();
        bytes += "\",\"resource\":";
        bytes += QJsonDocument(resource).toJson(QJsonDocument::Compact);
        bytes += '}';
        if (!write(bytes))
            return false;
        ++written;
        return true;
    };

    QJsonObject subject;
    if (!pseudonym.isEmpty()) {
        const QString id = fhirPatientId(pseudonym);
        subject = QJsonObject{{QStringLiteral("reference"), urnOf(id)}};
        const QJsonObject patient{
            {QStringLiteral("resourceType"), QStringLiteral("Patient")},
            {QStringLiteral("id"), id},
            {QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QLatin1String(kTesseraPseudonymSystem)},
                                    {QStringLiteral("value"), pseudonym}}}}};
        if (!writeEntry(urnOf(id), patient))
            return writeFailed();
    }
    QHash<QString, QString> kindTitles;
    auto kindTitle = [&](const QString& kind) {
        auto it = kindTitles.constFind(kind);
        if (it != kindTitles.cend())
            return it.value();
        const auto info = plugins.kindInfo(kind);
        return kindTitles.insert(kind, info && !info->title.isEmpty() ? info->title : kind).value();
    };

    bool failed = false;
    auto each = [&](const sdk::Entry& entry) -> sdk::Status {
        for (const auto& [url, resource] : entryFhirResources(entry, plugins, kindTitle(entry.kind), subject)) {
            if (!writeEntry(url, resource)) {
                failed = true;
                return writeFailed();
            }
        }
        return {};
    };
    auto n = forEachSelected(store, selection, each, true);
    if (!n.ok())
        return n.error();
    if (failed)
        return writeFailed();
    if (!write(written == 0 ? "}\n" : "\n]}\n"))
        return writeFailed();
    return written;
}

} // namespace tessera::core
