#include "report.h"

#include "scoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace tessera::assessments {

using namespace tessera::sdk;

namespace {

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
QString longDate(const QDate& d) { return QLocale().toString(d, QLocale::LongFormat); }
// "6 Dec 2026" in the reader's language: the short form was 06/12/2026 in English,
// 12/6/26 in the USA and 6/12/26 in Spanish, the day and month left to guess.
QString shortDate(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

/// The completed results of `id` among `entries`, oldest first, with a total in range.
QList<Entry> resultsOf(const QList<Entry>& entries, const Instrument& inst)
{
    QList<Entry> out;
    for (const Entry& e : entries) {
        const QJsonValue total = e.payload.value(QStringLiteral("total"));
        if (e.shortKind() == inst.id && total.isDouble() && total.toInt() >= 0 && total.toInt() <= inst.maxTotal)
            out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    return out;
}

int totalOf(const Entry& e) { return e.payload.value(QStringLiteral("total")).toInt(); }

QString bandOf(const Instrument& inst, const Entry& e)
{
    // The stored band, when it is one of the instrument's; else the band of the total.
    const QString stored = e.payload.value(QStringLiteral("band")).toString();
    const QString id = bandIds(inst.id).contains(stored) ? stored : band(inst.id, totalOf(e));
    return bandTitle(inst.id, id);
}

QString optionText(const Item& item, int value)
{
    for (const Option& o : item.options) {
        if (o.value == value)
            return o.text;
    }
    return {};
}

QString signedNumber(int n) { return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n); }

QString lowerFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toLower();
    return s;
}

ReportFigure headline(const Instrument& inst, const QList<Entry>& inPeriod, const QList<Entry>& before)
{
    const Entry& latest = inPeriod.last();
    const int total = totalOf(latest);
    ReportFigure f;
    f.label = inst.name;
    f.value = QCoreApplication::translate("AssessmentsReport", "%1 (%2)").arg(total).arg(lowerFirst(bandOf(inst, latest)));
    // The baseline: the first in the period, or with one result the latest before it.
    std::optional<int> first;
    std::optional<int> previous;
    QString from;
    if (inPeriod.size() >= 2) {
        first = totalOf(inPeriod.first());
        previous = totalOf(inPeriod.at(inPeriod.size() - 2));
        from = QCoreApplication::translate("AssessmentsReport", "from %1 on %2 (first in the period)").arg(*first).arg(longDate(dayOf(inPeriod.first())));
    } else if (!before.isEmpty()) {
        first = totalOf(before.last());
        previous = first;
        from = QCoreApplication::translate("AssessmentsReport", "from %1 on %2 (before the period)").arg(*first).arg(longDate(dayOf(before.last())));
    }
    if (!first) {
        f.detail = QCoreApplication::translate("AssessmentsReport", "on %1; one result, nothing earlier to compare with").arg(longDate(dayOf(latest)));
        return f;
    }
    const Change c = change(inst.id, total, previous, first);
    QString changed = QCoreApplication::translate("AssessmentsReport", "change %1").arg(signedNumber(total - *first));
    if (c.meaningfulSinceFirst)
        changed += QCoreApplication::translate("AssessmentsReport", " (5 points or more)");
    QStringList parts{from, changed};
    if (c.remission)
        parts << QCoreApplication::translate("AssessmentsReport", "remission (under 5, from %1)").arg(*first);
    else if (c.response)
        parts << QCoreApplication::translate("AssessmentsReport", "response (half or less of %1)").arg(*first);
    f.detail = parts.join(QStringLiteral("; "));
    return f;
}

/// PHQ-9 results in the period with item 9 answered above 0: (entry, answer).
QList<std::pair<Entry, int>> item9Answers(const Instrument& inst, const QList<Entry>& results)
{
    QList<std::pair<Entry, int>> out;
    if (inst.id != QLatin1String("phq9"))
        return out;
    for (const Entry& e : results) {
        const Answers a = answersOf(inst, e.payload);
        if (a.size() >= 9 && a.at(8) > 0)
            out << std::make_pair(e, a.at(8));
    }
    return out;
}

void addMeasure(ReportSection& section, const Instrument& inst, const QList<Entry>& results, const ReportRequest& request)
{
    section.blocks << ReportBlock::heading(inst.fullName);
    const auto item9 = item9Answers(inst, results);
    if (!item9.isEmpty()) {
        const Item& item = inst.items.at(8);
        QStringList sentences;
        for (const auto& [e, value] : item9) {
            sentences << QCoreApplication::translate("AssessmentsReport", "Item 9 (%1) was answered '%2' on %3.")
                             .arg(lowerFirst(item.text), optionText(item, value), longDate(dayOf(e)));
        }
        section.blocks << ReportBlock::paragraph(sentences.join(QLatin1Char(' ')));
    }
    QStringList columns{QCoreApplication::translate("AssessmentsReport", "Date"), QCoreApplication::translate("AssessmentsReport", "Total (0-%1)").arg(inst.maxTotal), QCoreApplication::translate("AssessmentsReport", "Band")};
    const bool hasDifficulty = inst.difficulty.number > 0;
    if (hasDifficulty)
        columns << QCoreApplication::translate("AssessmentsReport", "How difficult");
    QList<QStringList> rows;
    QList<ReportPoint> points;
    for (const Entry& e : results) {
        QStringList row{shortDate(dayOf(e)), QString::number(totalOf(e)), bandOf(inst, e)};
        if (hasDifficulty) {
            const QJsonValue d = e.payload.value(QStringLiteral("difficulty"));
            row << (d.isDouble() ? optionText(inst.difficulty, d.toInt()) : QCoreApplication::translate("AssessmentsReport", "Not answered"));
        }
        rows << row;
        if (dayOf(e) >= request.from && dayOf(e) <= request.to) {
            ReportPoint p;
            p.date = dayOf(e);
            p.value = totalOf(e);
            points << p;
        }
    }
    if (rows.size() > 500)
        rows = rows.mid(rows.size() - 500);
    section.blocks << ReportBlock::table(QCoreApplication::translate("AssessmentsReport", "%1 results in the period").arg(inst.name), columns, rows);
    if (points.size() >= 2) {
        if (points.size() > 1000)
            points = points.mid(points.size() - 1000);
        section.blocks << ReportBlock::chart(QCoreApplication::translate("AssessmentsReport", "%1 totals").arg(inst.name), points, 0, inst.maxTotal,
                                             QCoreApplication::translate("AssessmentsReport", "%1 total (0-%2)").arg(inst.name).arg(inst.maxTotal));
    }
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request)
{
    ReportSection section;
    QList<std::pair<Entry, int>> allItem9;
    for (const QString& id : instrumentIds()) {
        const Instrument* inst = instrument(id);
        const QList<Entry> results = resultsOf(request.entries, *inst);
        if (results.isEmpty())
            continue;
        section.headlines << headline(*inst, results, resultsOf(request.earlier, *inst));
        addMeasure(section, *inst, results, request);
        allItem9 << item9Answers(*inst, results);
    }
    if (section.blocks.isEmpty()) {
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("AssessmentsReport", "No questionnaires were completed in this period."));
        return section;
    }
    if (!allItem9.isEmpty() && section.headlines.size() < 4) {
        // Factual, for the first page: the latest answer above 0 and how often.
        const Instrument* phq9 = instrument(QStringLiteral("phq9"));
        const auto& [latest, value] = allItem9.last();
        ReportFigure f;
        f.label = QCoreApplication::translate("AssessmentsReport", "PHQ-9 item 9");
        f.value = QCoreApplication::translate("AssessmentsReport", "'%1' on %2").arg(optionText(phq9->items.at(8), value), shortDate(dayOf(latest)));
        const qsizetype phq9s = resultsOf(request.entries, *phq9).size();
        f.detail = QCoreApplication::translate("AssessmentsReport", "answered above 0 in %1 of %2 PHQ-9 results in the period (thoughts of being better off dead or of self-harm)")
                       .arg(allItem9.size())
                       .arg(phq9s);
        section.headlines << f;
    }
    return section;
}

} // namespace tessera::assessments
