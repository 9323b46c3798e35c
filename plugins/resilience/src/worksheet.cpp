#include "worksheet.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tessera::resilience {

namespace {

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString().trimmed(); }

// Ids in an array of objects are unique.
void uniqueIds(sdk::PayloadCheck& c, const char* key)
{
    QSet<QString> seen;
    for (const QJsonValue& v : c.object().value(QLatin1String(key)).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (seen.contains(id)) {
            c.fail(QLatin1String(key), QStringLiteral("has the id \"%1\" twice").arg(id));
            return;
        }
        seen.insert(id);
    }
}
} // namespace

void Worksheet::check(sdk::PayloadCheck& c)
{
    c.requireString(QStringLiteral("problem"), 2000)
        .optionalString(QStringLiteral("goal"), 1000)
        .optionalArray(QStringLiteral("options"), kMaxOptions, [](sdk::PayloadCheck& o) {
            o.requireString(QStringLiteral("id"), 40)
                .requireString(QStringLiteral("text"), 300)
                .optionalString(QStringLiteral("upMe"), 1000)
                .optionalString(QStringLiteral("upOthers"), 1000)
                .optionalString(QStringLiteral("downMe"), 1000)
                .optionalString(QStringLiteral("downOthers"), 1000)
                .optionalInt(QStringLiteral("rating"), 0, 10);
        })
        .optionalString(QStringLiteral("chosen"), 40)
        .optionalArray(QStringLiteral("steps"), kMaxSteps, [](sdk::PayloadCheck& s) {
            s.requireString(QStringLiteral("id"), 40)
                .requireString(QStringLiteral("text"), 300)
                .optionalDate(QStringLiteral("when"))
                .optionalBool(QStringLiteral("done"));
        })
        .optionalObject(QStringLiteral("tried"), [](sdk::PayloadCheck& t) {
            t.optionalString(QStringLiteral("happened"), 2000)
                .optionalInt(QStringLiteral("rating"), 0, 10)
                .optionalString(QStringLiteral("next"), 1000);
        })
        .optionalBool(QStringLiteral("draft"))
        .check([](sdk::PayloadCheck& w) {
            uniqueIds(w, "options");
            uniqueIds(w, "steps");
            const QJsonObject& o = w.object();
            const QString chosen = o.value(QStringLiteral("chosen")).toString();
            if (o.contains(QStringLiteral("chosen"))) {
                const QJsonArray options = o.value(QStringLiteral("options")).toArray();
                const bool found = std::any_of(options.begin(), options.end(), [&](const QJsonValue& v) {
                    return v.toObject().value(QStringLiteral("id")).toString() == chosen;
                });
                if (!found)
                    w.fail(QStringLiteral("chosen"), QStringLiteral("must be the id of one of the options"));
            }
            // A draft may hold a plan whose option was unchosen, and an outcome not yet rated.
            const bool draft = o.value(QStringLiteral("draft")).toBool();
            if (!draft && !o.contains(QStringLiteral("chosen")) && !o.value(QStringLiteral("steps")).toArray().isEmpty())
                w.fail(QStringLiteral("steps"), QStringLiteral("are the plan for the chosen option: give \"chosen\" too (or \"draft\": true)"));
            if (!draft && !o.contains(QStringLiteral("chosen")) && o.contains(QStringLiteral("tried")))
                w.fail(QStringLiteral("tried"), QStringLiteral("says how the chosen option went: give \"chosen\" too (or \"draft\": true)"));
            if (!draft && o.contains(QStringLiteral("tried")) && !o.value(QStringLiteral("tried")).toObject().contains(QStringLiteral("rating")))
                w.fail(QStringLiteral("tried.rating"), QStringLiteral("is required (except in a draft)"));
        });
}

Step Worksheet::stepOf(const QJsonObject& p)
{
    if (str(p, "problem").isEmpty())
        return Step::Problem;
    if (str(p, "goal").isEmpty())
        return Step::Goal;
    const QJsonArray options = p.value(QStringLiteral("options")).toArray();
    if (options.isEmpty())
        return Step::Options;
    if (std::any_of(options.begin(), options.end(), [](const QJsonValue& v) { return !v.toObject().contains(QStringLiteral("rating")); }))
        return Step::Weigh;
    if (str(p, "chosen").isEmpty())
        return Step::Choose;
    if (p.value(QStringLiteral("steps")).toArray().isEmpty())
        return Step::Plan;
    if (!p.value(QStringLiteral("tried")).toObject().contains(QStringLiteral("rating")))
        return Step::Try;
    return Step::Reviewed;
}

QString Worksheet::stepLabel(Step step)
{
    switch (step) {
    case Step::Problem: return QCoreApplication::translate("Resilience", "The problem");
    case Step::Goal: return QCoreApplication::translate("Resilience", "What I want instead");
    case Step::Options: return QCoreApplication::translate("Resilience", "My options");
    case Step::Weigh: return QCoreApplication::translate("Resilience", "Weighing them up");
    case Step::Choose: return QCoreApplication::translate("Resilience", "Choosing one");
    case Step::Plan: return QCoreApplication::translate("Resilience", "My plan");
    case Step::Try: return QCoreApplication::translate("Resilience", "Trying it");
    case Step::Reviewed: return QCoreApplication::translate("Resilience", "Looked back on");
    }
    return {};
}

QList<int> Worksheet::rankOptions(const QJsonArray& options)
{
    QList<int> order(options.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto rating = [&](int i) {
        const QJsonValue r = options.at(i).toObject().value(QStringLiteral("rating"));
        return r.isDouble() ? r.toInt() : -1;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return rating(a) > rating(b); });
    return order;
}

QString Worksheet::chosenText(const QJsonObject& p)
{
    const QString chosen = str(p, "chosen");
    for (const QJsonValue& v : p.value(QStringLiteral("options")).toArray()) {
        if (!chosen.isEmpty() && v.toObject().value(QStringLiteral("id")).toString() == chosen)
            return v.toObject().value(QStringLiteral("text")).toString();
    }
    return {};
}

QString Worksheet::describe(const QJsonObject& p)
{
    QStringList lines;
    const auto add = [&](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty())
            lines << label + QStringLiteral(": ") + text.trimmed();
    };
    add(QCoreApplication::translate("Resilience", "The problem"), str(p, "problem"));
    add(QCoreApplication::translate("Resilience", "What I want instead"), str(p, "goal"));
    const QJsonArray options = p.value(QStringLiteral("options")).toArray();
    for (int i : rankOptions(options)) {
        const QJsonObject o = options.at(i).toObject();
        QString line = o.value(QStringLiteral("text")).toString();
        if (o.contains(QStringLiteral("rating")))
            line += QStringLiteral(" (%1/10)").arg(o.value(QStringLiteral("rating")).toInt());
        add(QCoreApplication::translate("Resilience", "Option"), line);
    }
    add(QCoreApplication::translate("Resilience", "Chosen"), chosenText(p));
    for (const QJsonValue& v : p.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        QString line = s.value(QStringLiteral("text")).toString();
        if (s.contains(QStringLiteral("when")))
            line += QStringLiteral(" (%1)").arg(s.value(QStringLiteral("when")).toString());
        if (s.value(QStringLiteral("done")).toBool())
            line += QStringLiteral(" ✓");
        add(QCoreApplication::translate("Resilience", "Step"), line);
    }
    if (p.contains(QStringLiteral("tried"))) {
        const QJsonObject t = p.value(QStringLiteral("tried")).toObject();
        add(QCoreApplication::translate("Resilience", "What happened"), t.value(QStringLiteral("happened")).toString());
        if (t.contains(QStringLiteral("rating")))
            add(QCoreApplication::translate("Resilience", "How it went"), QStringLiteral("%1/10").arg(t.value(QStringLiteral("rating")).toInt()));
        add(QCoreApplication::translate("Resilience", "What next"), t.value(QStringLiteral("next")).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tessera::resilience
