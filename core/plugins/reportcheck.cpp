#include "reportcheck.h"

#include "host/displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace tessera::core {

namespace {

bool oneLine(const QString& text) { return !hasControlCharacters(text); }

// Every "reference" string inside `value` that starts with '#'.
void collectLocalReferences(const QJsonValue& value, QStringList* out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference") && it.value().isString()
                && it.value().toString().startsWith(QLatin1Char('#')))
                out->append(it.value().toString());
            else
                collectLocalReferences(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            collectLocalReferences(v, out);
    }
}

} // namespace

QStringList tidyReportSection(sdk::ReportSection& section, const sdk::ReportRequest& request)
{
    QStringList notes;
    if (!oneLine(section.title) || section.title.size() > kMaxFigureDetail) {
        notes << QStringLiteral("title: not one line of at most %1 characters; the module's name is used").arg(kMaxFigureDetail);
        section.title.clear();
    }

    QList<sdk::ReportFigure> figures;
    for (qsizetype i = 0; i < section.headlines.size(); ++i) {
        const sdk::ReportFigure& f = section.headlines.at(i);
        const QString at = QStringLiteral("headlines[%1]").arg(i);
        if (figures.size() == kMaxReportFigures) {
            notes << QStringLiteral("%1: more than %2 figures").arg(at).arg(kMaxReportFigures);
            continue;
        }
        if (f.label.trimmed().isEmpty() || f.label.size() > kMaxFigureLabel || !oneLine(f.label)) {
            notes << QStringLiteral("%1.label: empty, longer than %2 characters or not one line").arg(at).arg(kMaxFigureLabel);
            continue;
        }
        if (f.value.trimmed().isEmpty() || f.value.size() > kMaxFigureValue || !oneLine(f.value)) {
            notes << QStringLiteral("%1.value: empty, longer than %2 characters or not one line").arg(at).arg(kMaxFigureValue);
            continue;
        }
        if (f.detail.size() > kMaxFigureDetail || !oneLine(f.detail)) {
            notes << QStringLiteral("%1.detail: longer than %2 characters or not one line").arg(at).arg(kMaxFigureDetail);
            continue;
        }
        figures << f;
    }
    section.headlines = figures;

    QList<sdk::ReportBlock> blocks;
    for (qsizetype i = 0; i < section.blocks.size(); ++i) {
        sdk::ReportBlock b = section.blocks.at(i);
        const QString at = QStringLiteral("blocks[%1]").arg(i);
        if (blocks.size() == kMaxReportBlocks) {
            notes << QStringLiteral("%1: more than %2 blocks; the rest are left out").arg(at).arg(kMaxReportBlocks);
            break;
        }
        if (b.text.size() > kMaxBlockText) {
            notes << QStringLiteral("%1.text: longer than %2 characters; cut").arg(at).arg(kMaxBlockText);
            b.text = b.text.left(kMaxBlockText - 1) + QChar(0x2026);
        }
        switch (b.type) {
        case sdk::ReportBlock::Type::Heading:
            if (b.text.trimmed().isEmpty() || !oneLine(b.text)) {
                notes << QStringLiteral("%1.text: a heading must be one line, not empty").arg(at);
                continue;
            }
            break;
        case sdk::ReportBlock::Type::Paragraph:
            if (b.text.trimmed().isEmpty())
                continue; // nothing to show; not worth a note
            break;
        case sdk::ReportBlock::Type::Table: {
            if (b.columns.isEmpty() || b.columns.size() > kMaxTableColumns) {
                notes << QStringLiteral("%1.columns: %2 columns (1-%3)").arg(at).arg(b.columns.size()).arg(kMaxTableColumns);
                continue;
            }
            QList<QStringList> rows;
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                if (b.rows.at(r).size() != b.columns.size()) {
                    notes << QStringLiteral("%1.rows[%2]: %3 cells for %4 columns")
                                 .arg(at).arg(r).arg(b.rows.at(r).size()).arg(b.columns.size());
                    continue;
                }
                if (rows.size() == kMaxTableRows) {
                    notes << QStringLiteral("%1.rows: more than %2 rows; cut").arg(at).arg(kMaxTableRows);
                    break;
                }
                rows << b.rows.at(r);
            }
            b.rows = rows;
            break;
        }
        case sdk::ReportBlock::Type::Chart: {
            if (!std::isfinite(b.minimum) || !std::isfinite(b.maximum) || b.minimum >= b.maximum) {
                notes << QStringLiteral("%1.minimum: must be below maximum").arg(at);
                continue;
            }
            QList<sdk::ReportPoint> points;
            int outside = 0;
            for (const sdk::ReportPoint& p : std::as_const(b.points)) {
                if (!p.date.isValid() || (request.from.isValid() && p.date < request.from)
                    || (request.to.isValid() && p.date > request.to) || !std::isfinite(p.value)
                    || p.value < b.minimum || p.value > b.maximum) {
                    ++outside;
                    continue;
                }
                if (points.size() == kMaxChartPoints) {
                    notes << QStringLiteral("%1.points: more than %2 points; cut").arg(at).arg(kMaxChartPoints);
                    break;
                }
                points << p;
            }
            if (outside > 0)
                notes << QStringLiteral("%1.points: %2 outside the period or the range; left out").arg(at).arg(outside);
            b.points = points;
            if (!oneLine(b.valueLabel))
                b.valueLabel.clear();
            break;
        }
        default:
            notes << QStringLiteral("%1.type: unknown").arg(at);
            continue;
        }
        blocks << b;
    }
    section.blocks = blocks;
    return notes;
}

QStringList allowedFhirResourceTypes()
{
    return {QStringLiteral("Observation"),       QStringLiteral("QuestionnaireResponse"),
            QStringLiteral("MedicationStatement"), QStringLiteral("Goal"),
            QStringLiteral("DocumentReference"), QStringLiteral("CarePlan"),
            QStringLiteral("Condition")};
}

QString fhirResourceProblem(const QJsonObject& resource, int index, int siblings)
{
    const QJsonValue type = resource.value(QLatin1String("resourceType"));
    if (!type.isString())
        return QStringLiteral("resourceType: missing");
    if (!allowedFhirResourceTypes().contains(type.toString()))
        return QStringLiteral("resourceType: \"%1\" is not one a module may give").arg(type.toString().left(40));
    if (QJsonDocument(resource).toJson(QJsonDocument::Compact).size() > kMaxFhirResourceBytes)
        return QStringLiteral("the resource is larger than %1 KiB").arg(kMaxFhirResourceBytes / 1024);
    QStringList references;
    collectLocalReferences(resource, &references);
    for (const QString& ref : std::as_const(references)) {
        bool ok = false;
        const int n = ref.mid(1).toInt(&ok);
        if (!ok || n < 0 || n >= siblings || n == index)
            return QStringLiteral("reference: \"%1\" names no other resource of this entry").arg(ref.left(20));
    }
    return {};
}

} // namespace tessera::core
