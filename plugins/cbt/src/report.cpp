#include "report.h"

#include "cbtinsights.h"
#include "distortions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tessera::cbt {

using namespace tessera::sdk;

namespace {

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
// "6 Dec 2026" in the reader's language: the short form was 06/12/2026 in English,
// 12/6/26 in the USA and 6/12/26 in Spanish, the day and month left to guess.
QString shortDate(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }

QString clip(const QString& text, int max)
{
    const QString s = text.simplified();
    return s.size() <= max ? s : s.left(max - 1).trimmed() + QChar(0x2026);
}

QList<Entry> ofKind(const QList<Entry>& entries, const QString& kind)
{
    QList<Entry> out;
    for (const Entry& e : entries) {
        if (e.shortKind() == kind)
            out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });
    return out;
}

QString distortionName(const QString& id)
{
    for (const Distortion& d : builtInDistortions()) {
        if (d.id == id)
            return d.name;
    }
    return id; // a clinic's own: its id is what the record holds
}

/// "sad 80→40, anxious 60" (the ratings 0-100 the record holds).
QString moodsText(const QJsonObject& record)
{
    QStringList out;
    for (const QJsonValue& v : record.value(QStringLiteral("moods")).toArray()) {
        const QJsonObject m = v.toObject();
        QString s = m.value(QStringLiteral("name")).toString().simplified();
        if (s.isEmpty())
            continue;
        const QJsonValue before = m.value(QStringLiteral("before"));
        const QJsonValue after = m.value(QStringLiteral("after"));
        if (before.isDouble() && after.isDouble())
            s += QStringLiteral(" %1\u2192%2").arg(before.toInt()).arg(after.toInt());
        else if (before.isDouble())
            s += QStringLiteral(" %1").arg(before.toInt());
        out << s;
    }
    return out.join(QStringLiteral(", "));
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request)
{
    ReportSection section;
    const QList<Entry> records = ofKind(request.entries, QStringLiteral("thought-record"));
    const QList<Entry> cards = ofKind(request.entries, QStringLiteral("coping-card"));
    if (records.isEmpty() && cards.isEmpty()) {
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("CbtReport", "No thought records or coping cards in this period."));
        return section;
    }
    if (!records.isEmpty()) {
        int finished = 0;
        double changeSum = 0;
        int changeCount = 0;
        QList<QStringList> rows;
        for (const Entry& e : records) {
            const bool complete = e.payload.value(QStringLiteral("status")).toString() == QLatin1String("complete");
            finished += complete ? 1 : 0;
            if (complete) {
                if (auto c = moodChange(e.payload)) {
                    changeSum += *c;
                    ++changeCount;
                }
            }
            QStringList patterns;
            for (const QJsonValue& d : e.payload.value(QStringLiteral("distortions")).toArray())
                patterns << distortionName(d.toString());
            rows << QStringList{shortDate(dayOf(e)), clip(e.payload.value(QStringLiteral("situation")).toString(), 120),
                                clip(moodsText(e.payload), 200), patterns.join(QStringLiteral(", ")),
                                complete ? QCoreApplication::translate("CbtReport", "Finished") : QCoreApplication::translate("CbtReport", "Started")};
        }
        ReportFigure f;
        f.label = QCoreApplication::translate("CbtReport", "Thought records");
        f.value = QString::number(records.size());
        QStringList detail{QCoreApplication::translate("CbtReport", "%1 finished").arg(finished)};
        if (changeCount > 0) {
            const long points = std::lround(changeSum / changeCount);
            detail << (points >= 0 ? QCoreApplication::translate("CbtReport", "moods %1 points better on average (0-100), before to after").arg(points)
                                   : QCoreApplication::translate("CbtReport", "moods %1 points harder on average (0-100), before to after").arg(-points));
        }
        f.detail = detail.join(QStringLiteral("; "));
        section.headlines << f;
        section.blocks << ReportBlock::heading(QCoreApplication::translate("CbtReport", "Thought records"));
        section.blocks << ReportBlock::table(QCoreApplication::translate("CbtReport", "Moods rated 0-100, before and after the record"),
                                             {QCoreApplication::translate("CbtReport", "Date"), QCoreApplication::translate("CbtReport", "Situation"), QCoreApplication::translate("CbtReport", "Moods before→after"), QCoreApplication::translate("CbtReport", "Thinking patterns"), QCoreApplication::translate("CbtReport", "Status")},
                                             rows.mid(std::max<qsizetype>(0, rows.size() - 500)));
    }
    if (!cards.isEmpty()) {
        QList<QStringList> rows;
        for (const Entry& e : cards.mid(std::max<qsizetype>(0, cards.size() - 500)))
            rows << QStringList{shortDate(dayOf(e)), clip(e.payload.value(QStringLiteral("text")).toString(), 400)};
        section.blocks << ReportBlock::heading(QCoreApplication::translate("CbtReport", "Coping cards"));
        section.blocks << ReportBlock::table(QString(), {QCoreApplication::translate("CbtReport", "Written"), QCoreApplication::translate("CbtReport", "Card")}, rows);
    }
    return section;
}

} // namespace tessera::cbt
