#include "report.h"

#include "bainsights.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tessera::ba {

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

QString signedOne(double v)
{
    const QString s = QLocale().toString(std::abs(v), 'f', 1);
    return v > 0.05 ? QStringLiteral("+") + s : v < -0.05 ? QStringLiteral("-") + s : s;
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

struct Tally {
    QString label;
    int count = 0;
    double changeSum = 0;
    int changeCount = 0;
    QString changeText() const { return changeCount == 0 ? QStringLiteral("-") : signedOne(changeSum / changeCount); }
};

std::optional<int> moodChange(const QJsonObject& p)
{
    const QJsonValue before = p.value(QStringLiteral("moodBefore"));
    const QJsonValue after = p.value(QStringLiteral("moodAfter"));
    if (!before.isDouble() || !after.isDouble())
        return std::nullopt;
    return after.toInt() - before.toInt();
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request) { return buildReportSection(request, QDateTime::currentDateTimeUtc()); }

ReportSection buildReportSection(const ReportRequest& request, const QDateTime& now)
{
    ReportSection section;
    const QList<Entry> activities = ofKind(request.entries, QStringLiteral("activity"));
    const QList<Entry> plans = ofKind(request.entries, QStringLiteral("plan"));
    QList<Entry> values = ofKind(request.earlier, QStringLiteral("value"));
    values << ofKind(request.entries, QStringLiteral("value"));
    if (activities.isEmpty() && plans.isEmpty() && ofKind(request.entries, QStringLiteral("value")).isEmpty()) {
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("BaReport", "No activities or plans in this period."));
        return section;
    }

    // Activities, by name (trimmed, case-insensitive, as written most recently) and by area.
    QList<Tally> byName;
    QHash<QString, qsizetype> nameIndex;
    QList<Tally> byArea;
    for (const QString& area : lifeAreas())
        byArea << Tally{areaName(area), 0, 0, 0};
    double changeSum = 0;
    int changeCount = 0;
    for (const Entry& e : activities) {
        const QString name = e.payload.value(QStringLiteral("activity")).toString().simplified();
        const QString key = name.toLower();
        if (!nameIndex.contains(key)) {
            nameIndex.insert(key, byName.size());
            byName << Tally{name, 0, 0, 0};
        }
        Tally& t = byName[nameIndex.value(key)];
        t.label = name;
        ++t.count;
        const auto change = moodChange(e.payload);
        const qsizetype area = lifeAreas().indexOf(e.payload.value(QStringLiteral("area")).toString());
        if (area >= 0)
            ++byArea[area].count;
        if (change) {
            t.changeSum += *change;
            ++t.changeCount;
            changeSum += *change;
            ++changeCount;
            if (area >= 0) {
                byArea[area].changeSum += *change;
                ++byArea[area].changeCount;
            }
        }
    }
    // Plans due in the period: done, not done, or still "planned" once their time has passed.
    int due = 0;
    int done = 0;
    QList<QStringList> obstacles;
    for (const Entry& e : plans) {
        const QString status = e.payload.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("planned") && e.occurredAt > now)
            continue;
        ++due;
        done += status == QLatin1String("done") ? 1 : 0;
        const QString obstacle = e.payload.value(QStringLiteral("obstacle")).toString().trimmed();
        if (status == QLatin1String("not-done") && !obstacle.isEmpty() && obstacles.size() < 500)
            obstacles << QStringList{shortDate(dayOf(e)), clip(e.payload.value(QStringLiteral("activity")).toString(), 120),
                                     clip(obstacle, 300)};
    }

    ReportFigure f;
    f.label = QCoreApplication::translate("BaReport", "Activities done");
    f.value = QString::number(activities.size());
    QStringList detail;
    if (due > 0)
        detail << QCoreApplication::translate("BaReport", "%1 of %2 planned done").arg(done).arg(due);
    if (changeCount > 0)
        detail << QCoreApplication::translate("BaReport", "mood change %1 on average").arg(signedOne(changeSum / changeCount));
    f.detail = detail.join(QStringLiteral("; "));
    section.headlines << f;

    if (!byName.isEmpty()) {
        std::stable_sort(byName.begin(), byName.end(), [](const Tally& a, const Tally& b) { return a.count > b.count; });
        QList<QStringList> rows;
        for (const Tally& t : byName.mid(0, 15))
            rows << QStringList{clip(t.label, 120), QString::number(t.count), t.changeText()};
        section.blocks << ReportBlock::heading(QCoreApplication::translate("BaReport", "Activities"));
        section.blocks << ReportBlock::table(QCoreApplication::translate("BaReport", "Most frequent activities (mood change: after minus before, 0-10, where both were rated)"),
                                             {QCoreApplication::translate("BaReport", "Activity"), QCoreApplication::translate("BaReport", "Times"), QCoreApplication::translate("BaReport", "Mood change on average")}, rows);
        QList<QStringList> areaRows;
        for (const Tally& t : byArea) {
            if (t.count > 0)
                areaRows << QStringList{t.label, QString::number(t.count), t.changeText()};
        }
        if (!areaRows.isEmpty())
            section.blocks << ReportBlock::table(QCoreApplication::translate("BaReport", "By life area"), {QCoreApplication::translate("BaReport", "Area"), QCoreApplication::translate("BaReport", "Activities"), QCoreApplication::translate("BaReport", "Mood change on average")},
                                                 areaRows);
    }
    if (!obstacles.isEmpty())
        section.blocks << ReportBlock::table(QCoreApplication::translate("BaReport", "Plans not done, with what got in the way"),
                                             {QCoreApplication::translate("BaReport", "Date"), QCoreApplication::translate("BaReport", "Activity"), QCoreApplication::translate("BaReport", "What got in the way")}, obstacles);
    if (!values.isEmpty()) {
        QList<QStringList> rows;
        QStringList seen;
        for (qsizetype i = values.size() - 1; i >= 0 && rows.size() < 500; --i) { // the latest of each, newest first
            const QJsonObject p = values.at(i).payload;
            const QString text = p.value(QStringLiteral("value")).toString().simplified();
            const QString key = p.value(QStringLiteral("area")).toString() + QLatin1Char('\n') + text.toLower();
            if (text.isEmpty() || seen.contains(key))
                continue;
            seen << key;
            QStringList acts;
            for (const QJsonValue& a : p.value(QStringLiteral("activities")).toArray())
                acts << a.toObject().value(QStringLiteral("text")).toString().simplified();
            acts.removeAll(QString());
            rows << QStringList{areaName(p.value(QStringLiteral("area")).toString()), clip(text, 200), clip(acts.join(QStringLiteral(", ")), 400)};
        }
        std::stable_sort(rows.begin(), rows.end(), [](const QStringList& a, const QStringList& b) { return a.at(0) < b.at(0); });
        section.blocks << ReportBlock::heading(QCoreApplication::translate("BaReport", "Values"));
        section.blocks << ReportBlock::table(QString(), {QCoreApplication::translate("BaReport", "Life area"), QCoreApplication::translate("BaReport", "What matters"), QCoreApplication::translate("BaReport", "Activities that serve it")}, rows);
    }
    return section;
}

} // namespace tessera::ba
