#include "goalmodel.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace tessera::goals {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Goals", text); }
bool filled(const QJsonObject& o, const char* key) { return !o.value(QLatin1String(key)).toString().trimmed().isEmpty(); }
} // namespace

QStringList lifecycleCodes()
{
    return {QStringLiteral("proposed"), QStringLiteral("active"), QStringLiteral("on-hold"), QStringLiteral("completed"),
            QStringLiteral("cancelled")};
}

QStringList achievementCodes()
{
    return {QStringLiteral("in-progress"), QStringLiteral("improving"), QStringLiteral("worsening"),
            QStringLiteral("no-change"), QStringLiteral("achieved"), QStringLiteral("not-achieved")};
}

QStringList frequencyCodes()
{
    return {QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("fortnightly"), QStringLiteral("monthly")};
}

QList<SmartPart> smartCheck(const QJsonObject& g)
{
    const QJsonObject measure = g.value(QStringLiteral("measure")).toObject();
    const bool specific = g.value(QStringLiteral("description")).toString().simplified().split(QLatin1Char(' ')).size() >= 4;
    const bool measurable = !measure.value(QStringLiteral("metric")).toString().trimmed().isEmpty()
        && g.value(QStringLiteral("target")).isDouble();
    const bool achievable = g.value(QStringLiteral("baseline")).isDouble()
        && (filled(g, "barriers") || filled(g, "resources"));
    const bool relevant = filled(g, "why");
    const bool timeBound = QDate::fromString(g.value(QStringLiteral("dueDate")).toString(), Qt::ISODate).isValid();
    return {
        {QStringLiteral("S"), t("Specific"), specific, t("Say exactly what you will do, in a sentence.")},
        {QStringLiteral("M"), t("Measurable"), measurable, t("Choose what you will count or rate, and the number you are aiming for.")},
        {QStringLiteral("A"), t("Achievable"), achievable, t("Note where you are starting from, and what might get in the way or help.")},
        {QStringLiteral("R"), t("Relevant"), relevant, t("Write down why this matters to you.")},
        {QStringLiteral("T"), t("Time-bound"), timeBound, t("Pick a date to look back on it.")},
    };
}

std::optional<double> progress(double baseline, double target, double value)
{
    if (qFuzzyCompare(baseline + 1, target + 1))
        return std::nullopt;
    return std::clamp((value - baseline) / (target - baseline), 0.0, 1.0);
}

bool dueSoon(const QJsonObject& g, const QDate& today, int days)
{
    const QString status = g.value(QStringLiteral("lifecycle")).toString();
    if (status == QLatin1String("completed") || status == QLatin1String("cancelled"))
        return false;
    const QDate due = QDate::fromString(g.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
    return due.isValid() && today.daysTo(due) <= days;
}

QPair<int, int> milestoneCount(const QJsonObject& g)
{
    const QJsonArray ms = g.value(QStringLiteral("milestones")).toArray();
    int done = 0;
    for (const QJsonValue& m : ms)
        done += m.toObject().value(QStringLiteral("done")).toBool() ? 1 : 0;
    return {done, static_cast<int>(ms.size())};
}

} // namespace tessera::goals
