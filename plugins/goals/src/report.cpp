#include "report.h"

#include "goalmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace tessera::goals {

using namespace tessera::sdk;

namespace {

QDate dayOf(const Entry& e) { return e.localOccurredAt().date(); }
// "6 Dec 2026" in the reader's language: the short form was 06/12/2026 in English,
// 12/6/26 in the USA and 6/12/26 in Spanish, the day and month left to guess.
QString shortDate(const QDate& d) { return QLocale().toString(d, QStringLiteral("d MMM yyyy")); }
QString number(double v) { return QLocale().toString(v, 'g', 6); }

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

/// The module's words for its codes (as its pages say them).
QString label(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("proposed"), QT_TRANSLATE_NOOP("Goals", "Proposed")}, {QStringLiteral("active"), QT_TRANSLATE_NOOP("Goals", "Active")},
        {QStringLiteral("on-hold"), QT_TRANSLATE_NOOP("Goals", "On hold")}, {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Goals", "Completed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Goals", "Cancelled")}, {QStringLiteral("in-progress"), QT_TRANSLATE_NOOP("Goals", "In progress")},
        {QStringLiteral("improving"), QT_TRANSLATE_NOOP("Goals", "Improving")}, {QStringLiteral("worsening"), QT_TRANSLATE_NOOP("Goals", "Harder lately")},
        {QStringLiteral("no-change"), QT_TRANSLATE_NOOP("Goals", "No change")}, {QStringLiteral("achieved"), QT_TRANSLATE_NOOP("Goals", "Achieved")},
        {QStringLiteral("not-achieved"), QT_TRANSLATE_NOOP("Goals", "Not reached this time")}};
    auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : QCoreApplication::translate("Goals", *it);
}

bool progressing(const QString& status) { return status == QLatin1String("improving") || status == QLatin1String("achieved"); }

struct Goal {
    QString key;
    QString description;
    QJsonObject payload; ///< empty when the goal itself is not in the request
    QDate started;
    QList<Entry> checkins; ///< in the period, oldest first
};

QString latestProgress(const Goal& g)
{
    const QJsonObject& p = g.payload;
    if (p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("source")).toString() == phq9Kind()) {
        // The module follows the assessments module's PHQ-9 totals, which are
        // not this module's entries: the goal and its target only.
        QString s = p.value(QStringLiteral("target")).isDouble()
            ? QCoreApplication::translate("GoalsReport", "PHQ-9 total, aiming for below %1").arg(number(p.value(QStringLiteral("target")).toDouble()))
            : QCoreApplication::translate("GoalsReport", "PHQ-9 total");
        if (p.value(QStringLiteral("baseline")).isDouble())
            s += QCoreApplication::translate("GoalsReport", " (from %1)").arg(number(p.value(QStringLiteral("baseline")).toDouble()));
        return s;
    }
    if (g.checkins.isEmpty())
        return QCoreApplication::translate("GoalsReport", "No check-in in the period");
    const Entry& last = g.checkins.last();
    const QJsonValue value = last.payload.value(QStringLiteral("value"));
    if (!value.isDouble())
        return QCoreApplication::translate("GoalsReport", "%1 (no figure given)").arg(shortDate(dayOf(last)));
    const QString unit = p.value(QStringLiteral("measure")).toObject().value(QStringLiteral("unit")).toString().trimmed();
    QString s = p.value(QStringLiteral("target")).isDouble()
        ? QCoreApplication::translate("GoalsReport", "%1 of %2").arg(number(value.toDouble()), number(p.value(QStringLiteral("target")).toDouble()))
        : number(value.toDouble());
    if (!unit.isEmpty())
        s += QLatin1Char(' ') + unit;
    return QCoreApplication::translate("GoalsReport", "%1 on %2").arg(s, shortDate(dayOf(last)));
}

QString statusOf(const Goal& g)
{
    const QString lifecycle = g.payload.value(QStringLiteral("lifecycle")).toString();
    if (lifecycle == QLatin1String("completed") || lifecycle == QLatin1String("cancelled") || lifecycle == QLatin1String("on-hold"))
        return label(lifecycle);
    if (!g.checkins.isEmpty())
        return label(g.checkins.last().payload.value(QStringLiteral("status")).toString());
    const QString achievement = g.payload.value(QStringLiteral("achievement")).toString();
    return achievement.isEmpty() ? QStringLiteral("-") : label(achievement);
}
} // namespace

ReportSection buildReportSection(const ReportRequest& request)
{
    ReportSection section;
    QList<Goal> goals;
    QHash<QString, qsizetype> index;
    auto goalOf = [&](const QString& key) -> Goal& {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return goals[*it];
        index.insert(key, goals.size());
        goals << Goal{key, {}, {}, {}, {}};
        return goals.last();
    };
    QList<Entry> goalEntries = ofKind(request.earlier, QStringLiteral("goal"));
    const QList<Entry> goalsInPeriod = ofKind(request.entries, QStringLiteral("goal"));
    goalEntries << goalsInPeriod;
    for (const Entry& e : goalEntries) {
        const QString key = e.payload.value(QStringLiteral("key")).toString();
        if (key.isEmpty())
            continue;
        Goal& g = goalOf(key);
        g.description = e.payload.value(QStringLiteral("description")).toString();
        g.payload = e.payload;
        g.started = dayOf(e);
    }
    const QList<Entry> checkins = ofKind(request.entries, QStringLiteral("checkin"));
    for (const Entry& e : checkins) {
        Goal& g = goalOf(e.payload.value(QStringLiteral("goalKey")).toString());
        if (g.description.isEmpty()) // the goal itself is not in the request: its check-in's title names it
            g.description = e.title.startsWith(QCoreApplication::translate("GoalsReport", "Progress: ")) ? e.title.mid(QCoreApplication::translate("GoalsReport", "Progress: ").size()) : e.title;
        g.checkins << e;
    }
    if (checkins.isEmpty() && goalsInPeriod.isEmpty()) {
        section.blocks << ReportBlock::paragraph(QCoreApplication::translate("GoalsReport", "No goals were set or checked in on in this period."));
        return section;
    }

    // Which goals to list: those set or checked in on in the period, and the
    // open ones set before it.
    QList<Goal> listed;
    for (const Goal& g : goals) {
        const QString lifecycle = g.payload.value(QStringLiteral("lifecycle")).toString();
        const bool open = lifecycle == QLatin1String("active") || lifecycle == QLatin1String("proposed") || lifecycle == QLatin1String("on-hold");
        const bool setInPeriod = g.started.isValid() && g.started >= request.from && g.started <= request.to;
        if (!g.checkins.isEmpty() || setInPeriod || open)
            listed << g;
    }

    int checkedIn = 0;
    int forward = 0;
    for (const Goal& g : listed) {
        if (g.checkins.isEmpty())
            continue;
        ++checkedIn;
        forward += progressing(g.checkins.last().payload.value(QStringLiteral("status")).toString()) ? 1 : 0;
    }
    ReportFigure f;
    f.label = QCoreApplication::translate("GoalsReport", "Goals");
    if (checkedIn > 0) {
        f.value = QCoreApplication::translate("GoalsReport", "%1 of %2 improving or achieved").arg(forward).arg(checkedIn);
        // Which goals the figure counts: "0 of 1" beside "2 goals in all" left a reader guessing.
        f.detail = QCoreApplication::translate("GoalsReport", "goals checked in on in the period: %1 of %2; %3 check-ins, each goal's latest counted")
                       .arg(checkedIn)
                       .arg(listed.size())
                       .arg(checkins.size());
    } else {
        f.value = listed.size() == 1 ? QCoreApplication::translate("GoalsReport", "1 goal") : QCoreApplication::translate("GoalsReport", "%1 goals").arg(listed.size());
        f.detail = QCoreApplication::translate("GoalsReport", "no check-ins in the period");
    }
    section.headlines << f;

    QList<QStringList> rows;
    for (const Goal& g : listed) {
        rows << QStringList{clip(g.description, 200), g.started.isValid() ? shortDate(g.started) : QStringLiteral("-"),
                            latestProgress(g), statusOf(g)};
    }
    section.blocks << ReportBlock::table(QCoreApplication::translate("GoalsReport", "Goals"), {QCoreApplication::translate("GoalsReport", "Goal"), QCoreApplication::translate("GoalsReport", "Started"), QCoreApplication::translate("GoalsReport", "Latest progress"), QCoreApplication::translate("GoalsReport", "Status")},
                                         rows.mid(0, 500));
    if (!checkins.isEmpty()) {
        QList<QStringList> crows;
        for (const Entry& e : checkins.mid(std::max<qsizetype>(0, checkins.size() - 500))) {
            const Goal& g = goalOf(e.payload.value(QStringLiteral("goalKey")).toString());
            const QJsonValue value = e.payload.value(QStringLiteral("value"));
            crows << QStringList{shortDate(dayOf(e)), clip(g.description, 120),
                                 value.isDouble() ? number(value.toDouble()) : QStringLiteral("-"),
                                 label(e.payload.value(QStringLiteral("status")).toString()),
                                 clip(e.payload.value(QStringLiteral("note")).toString(), 300)};
        }
        section.blocks << ReportBlock::heading(QCoreApplication::translate("GoalsReport", "Check-ins"));
        section.blocks << ReportBlock::table(QString(), {QCoreApplication::translate("GoalsReport", "Date"), QCoreApplication::translate("GoalsReport", "Goal"), QCoreApplication::translate("GoalsReport", "Figure"), QCoreApplication::translate("GoalsReport", "Status"), QCoreApplication::translate("GoalsReport", "Note")}, crows);
    }
    return section;
}

} // namespace tessera::goals
