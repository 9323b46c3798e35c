#include "scoring.h"

#include <tessera/sdk/payloadcheck.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace tessera::assessments {

using tessera::sdk::PayloadCheck;

namespace {

struct Band {
    const char* id;
    int from;
    int to;
};

QList<Band> bandsOf(const QString& id)
{
    if (id == QLatin1String("phq9"))
        return {{"minimal", 0, 4}, {"mild", 5, 9}, {"moderate", 10, 14}, {"moderately-severe", 15, 19}, {"severe", 20, 27}};
    if (id == QLatin1String("gad7"))
        return {{"minimal", 0, 4}, {"mild", 5, 9}, {"moderate", 10, 14}, {"severe", 15, 21}};
    if (id == QLatin1String("audit-c"))
        return {{"lower", 0, 2}, {"above-women", 3, 3}, {"above-men", 4, 12}};
    return {};
}

int maxOption(const Item& item)
{
    int m = 0;
    for (const Option& o : item.options)
        m = std::max(m, o.value);
    return m;
}

QString points(int n) { return n == 1 ? QCoreApplication::translate("Assessments", "1 point") : QCoreApplication::translate("Assessments", "%1 points").arg(n); }
} // namespace

QList<int> missingItems(const Instrument& inst, const Answers& answers)
{
    QList<int> missing;
    for (const Item& item : inst.items) {
        const int v = item.number - 1 < answers.size() ? answers.at(item.number - 1) : -1;
        if (v < 0 || v > maxOption(item))
            missing << item.number;
    }
    return missing;
}

int totalScore(const Instrument& inst, const Answers& answers)
{
    if (!missingItems(inst, answers).isEmpty())
        return -1;
    int sum = 0;
    for (const Item& item : inst.items)
        sum += answers.at(item.number - 1);
    return sum;
}

QStringList bandIds(const QString& instrumentId)
{
    QStringList ids;
    for (const Band& b : bandsOf(instrumentId))
        ids << QString::fromLatin1(b.id);
    return ids;
}

QString band(const QString& instrumentId, int total)
{
    for (const Band& b : bandsOf(instrumentId)) {
        if (total >= b.from && total <= b.to)
            return QString::fromLatin1(b.id);
    }
    return {};
}

std::pair<int, int> bandRange(const QString& instrumentId, const QString& bandId)
{
    for (const Band& b : bandsOf(instrumentId)) {
        if (bandId == QLatin1String(b.id))
            return {b.from, b.to};
    }
    return {-1, -1};
}

QString bandTitle(const QString& instrumentId, const QString& bandId)
{
    if (instrumentId == QLatin1String("audit-c")) {
        if (bandId == QLatin1String("lower"))
            return QCoreApplication::translate("Assessments", "Below the usual cut-offs");
        if (bandId == QLatin1String("above-women"))
            return QCoreApplication::translate("Assessments", "At the usual cut-off for women");
        if (bandId == QLatin1String("above-men"))
            return QCoreApplication::translate("Assessments", "At or above the usual cut-offs");
        return {};
    }
    if (bandId == QLatin1String("minimal"))
        return QCoreApplication::translate("Assessments", "Minimal");
    if (bandId == QLatin1String("mild"))
        return QCoreApplication::translate("Assessments", "Mild");
    if (bandId == QLatin1String("moderate"))
        return QCoreApplication::translate("Assessments", "Moderate");
    if (bandId == QLatin1String("moderately-severe"))
        return QCoreApplication::translate("Assessments", "Moderately severe");
    if (bandId == QLatin1String("severe"))
        return QCoreApplication::translate("Assessments", "Severe");
    return {};
}

QString bandMeaning(const QString& instrumentId, const QString& bandId)
{
    if (instrumentId == QLatin1String("phq9")) {
        if (bandId == QLatin1String("minimal"))
            return QCoreApplication::translate("Assessments", "Few signs of depression over the last two weeks.");
        if (bandId == QLatin1String("mild"))
            return QCoreApplication::translate("Assessments", "Some signs of depression over the last two weeks. Worth keeping an eye on, together with your clinician.");
        if (bandId == QLatin1String("moderate"))
            return QCoreApplication::translate("Assessments", "A moderate level of depression over the last two weeks. Your clinician can use this to plan your care with you.");
        if (bandId == QLatin1String("moderately-severe"))
            return QCoreApplication::translate("Assessments", "Depression has been weighing on you quite a lot. Please share this with your clinician: it helps them help you.");
        if (bandId == QLatin1String("severe"))
            return QCoreApplication::translate("Assessments", "Depression has been weighing on you heavily. This is a hard time and you do not have to carry it alone: "
                       "please talk with your clinician soon.");
    } else if (instrumentId == QLatin1String("gad7")) {
        if (bandId == QLatin1String("minimal"))
            return QCoreApplication::translate("Assessments", "Few signs of anxiety over the last two weeks.");
        if (bandId == QLatin1String("mild"))
            return QCoreApplication::translate("Assessments", "Some anxiety over the last two weeks. Worth keeping an eye on, together with your clinician.");
        if (bandId == QLatin1String("moderate"))
            return QCoreApplication::translate("Assessments", "A moderate level of anxiety over the last two weeks. Your clinician can use this to plan your care with you.");
        if (bandId == QLatin1String("severe"))
            return QCoreApplication::translate("Assessments", "Anxiety has been weighing on you heavily. You do not have to carry it alone: please share this with your clinician.");
    } else if (instrumentId == QLatin1String("audit-c")) {
        if (bandId == QLatin1String("lower"))
            return QCoreApplication::translate("Assessments", "Your drinking is below the usual cut-offs (3 for women, 4 for men).");
        if (bandId == QLatin1String("above-women"))
            return QCoreApplication::translate("Assessments", "Your answers reach the usual cut-off for women (3), which is lower than the one for men (4). "
                       "It may be worth talking your drinking over with your clinician.");
        if (bandId == QLatin1String("above-men"))
            return QCoreApplication::translate("Assessments", "Your answers are at or above the usual cut-offs (4 for men, 3 for women). Drinking and low mood often "
                       "go together; it may help to talk it over with your clinician, who can look at it with you without judgement.");
    }
    return {};
}

Change change(const QString& instrumentId, int current, std::optional<int> previous, std::optional<int> first)
{
    Change c;
    if (previous)
        c.sinceLast = current - *previous;
    if (first)
        c.sinceFirst = current - *first;
    if (instrumentId == QLatin1String("phq9")) {
        c.meaningful = c.sinceLast && std::abs(*c.sinceLast) >= 5;
        c.meaningfulSinceFirst = c.sinceFirst && std::abs(*c.sinceFirst) >= 5;
        // Response and remission are judged from a first total of 10 or
        // more (at least moderate), as in the studies that define them: from
        // 4 to 2 is not a "response to treatment".
        c.response = first && *first >= 10 && current * 2 <= *first;
        c.remission = first && *first >= 10 && current < 5;
    }
    return c;
}

QString changeText(const QString& instrumentId, int current, std::optional<int> previous, std::optional<int> first)
{
    const Change c = change(instrumentId, current, previous, first);
    QStringList s;
    if (c.sinceLast) {
        const int d = *c.sinceLast;
        if (d == 0)
            s << QCoreApplication::translate("Assessments", "The same as last time (%1).").arg(*previous);
        else if (d < 0)
            s << QCoreApplication::translate("Assessments", "%1 lower than last time (%2).").arg(points(-d)).arg(*previous);
        else
            s << QCoreApplication::translate("Assessments", "%1 higher than last time (%2).").arg(points(d)).arg(*previous);
        if (c.meaningful && d < 0)
            s << QCoreApplication::translate("Assessments", "A change of 5 points or more is usually seen as a real change, not just the ordinary ups and downs of a few weeks.");
        else if (c.meaningful && d > 0)
            s << QCoreApplication::translate("Assessments", "A rise of 5 points or more is worth mentioning to your clinician. Harder weeks happen, and they can help.");
    }
    if (c.sinceFirst && previous != first) {
        const int d = *c.sinceFirst;
        if (d < 0)
            s << QCoreApplication::translate("Assessments", "%1 lower than your first one (%2).").arg(points(-d)).arg(*first);
        else if (d > 0)
            s << QCoreApplication::translate("Assessments", "%1 higher than your first one (%2).").arg(points(d)).arg(*first);
        else
            s << QCoreApplication::translate("Assessments", "The same as your first one (%1).").arg(*first);
        // Since the first, said when the last step alone was smaller.
        if (c.meaningfulSinceFirst && !c.meaningful && d < 0 && !c.response && !c.remission)
            s << QCoreApplication::translate("Assessments", "Since your first one, that is a change of 5 points or more, which is usually seen as a real change.");
    }
    if (c.remission)
        s << QCoreApplication::translate("Assessments", "A score under 5 is what clinicians call remission. That is good to see; keep going at your own pace.");
    else if (c.response)
        s << QCoreApplication::translate("Assessments", "That is half or less of your first score, which clinicians call a response to treatment.");
    return s.join(QLatin1Char(' '));
}

QJsonObject makePayload(const Instrument& inst, const Answers& answers, std::optional<int> difficulty)
{
    QJsonArray list;
    int total = 0;
    for (const Item& item : inst.items) {
        const int v = answers.value(item.number - 1, 0);
        total += v;
        list << QJsonObject{{QStringLiteral("item"), item.number}, {QStringLiteral("code"), item.code},
                            {QStringLiteral("value"), v}};
    }
    QJsonObject p{{QStringLiteral("total"), total},
                  {QStringLiteral("band"), band(inst.id, total)},
                  {QStringLiteral("answers"), list},
                  {QStringLiteral("loinc"), QJsonObject{{QStringLiteral("panel"), inst.panelCode},
                                                        {QStringLiteral("total"), inst.totalCode}}}};
    if (difficulty && inst.difficulty.number > 0)
        p.insert(QStringLiteral("difficulty"), *difficulty);
    return p;
}

Answers answersOf(const Instrument& inst, const QJsonObject& payload)
{
    Answers a(inst.items.size(), -1);
    for (const QJsonValue& v : payload.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject o = v.toObject();
        const int item = o.value(QStringLiteral("item")).toInt(0);
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (item >= 1 && item <= a.size() && value.isDouble())
            a[item - 1] = value.toInt(-1);
    }
    return a;
}

void checkResult(const Instrument& inst, PayloadCheck& c)
{
    const int n = static_cast<int>(inst.items.size());
    int top = 0;
    for (const Item& item : inst.items)
        top = std::max(top, maxOption(item));
    c.requireInt(QStringLiteral("total"), 0, inst.maxTotal)
        .requireOneOf(QStringLiteral("band"), bandIds(inst.id))
        .requireArray(QStringLiteral("answers"), n, n, [top](PayloadCheck& a) {
            a.requireInt(QStringLiteral("item"), 1, 99).requireString(QStringLiteral("code"), 20)
                .requireInt(QStringLiteral("value"), 0, top);
        })
        .check([&inst](PayloadCheck& c) {
            const QJsonArray answers = c.object().value(QStringLiteral("answers")).toArray();
            int sum = 0;
            for (int i = 0; i < answers.size(); ++i) {
                const QJsonObject a = answers.at(i).toObject();
                const Item& item = inst.items.at(i);
                const QString at = QStringLiteral("answers[%1]").arg(i);
                if (a.value(QStringLiteral("item")).toInt() != item.number) {
                    c.fail(at + QStringLiteral(".item"), QStringLiteral("should be item %1 (the answers go in item order, every item once)").arg(item.number));
                    return;
                }
                if (a.value(QStringLiteral("code")).toString() != item.code) {
                    c.fail(at + QStringLiteral(".code"), QStringLiteral("should be the LOINC code of item %1, %2").arg(item.number).arg(item.code));
                    return;
                }
                const int v = a.value(QStringLiteral("value")).toInt();
                if (v > maxOption(item)) {
                    c.fail(at + QStringLiteral(".value"), QStringLiteral("must be from 0 to %1").arg(maxOption(item)));
                    return;
                }
                sum += v;
            }
            const int total = c.object().value(QStringLiteral("total")).toInt();
            if (total != sum) {
                c.fail(QStringLiteral("total"), QStringLiteral("is %1, but the answers add up to %2").arg(total).arg(sum));
                return;
            }
            const QString expected = band(inst.id, total);
            if (c.object().value(QStringLiteral("band")).toString() != expected)
                c.fail(QStringLiteral("band"), QStringLiteral("should be \"%1\" for a total of %2").arg(expected).arg(total));
        });
    if (inst.difficulty.number > 0) {
        c.optionalInt(QStringLiteral("difficulty"), 0, maxOption(inst.difficulty));
    } else {
        c.check([](PayloadCheck& c) {
            if (c.object().contains(QStringLiteral("difficulty")))
                c.fail(QStringLiteral("difficulty"), QStringLiteral("only PHQ-9 has the \"how difficult\" question"));
        });
    }
    c.check([](PayloadCheck& c) {
        if (!c.object().value(QStringLiteral("loinc")).isObject())
            c.fail(QStringLiteral("loinc"), QStringLiteral("missing: an object with the LOINC \"panel\" and \"total\" codes"));
    });
    c.optionalObject(QStringLiteral("loinc"), [&inst](PayloadCheck& l) {
        l.requireOneOf(QStringLiteral("panel"), {inst.panelCode}).requireOneOf(QStringLiteral("total"), {inst.totalCode});
    });
}

void checkDraft(PayloadCheck& c)
{
    c.requireOneOf(QStringLiteral("measure"), instrumentIds())
        .optionalArray(QStringLiteral("answers"), 20, [](PayloadCheck& a) {
            a.requireInt(QStringLiteral("item"), 1, 99).requireInt(QStringLiteral("value"), 0, 4);
        })
        .optionalInt(QStringLiteral("difficulty"), 0, 3)
        .check([](PayloadCheck& c) {
            const Instrument* inst = instrument(c.object().value(QStringLiteral("measure")).toString());
            const QJsonArray answers = c.object().value(QStringLiteral("answers")).toArray();
            QSet<int> seen;
            for (int i = 0; i < answers.size(); ++i) {
                const QJsonObject a = answers.at(i).toObject();
                const int item = a.value(QStringLiteral("item")).toInt();
                const QString at = QStringLiteral("answers[%1]").arg(i);
                if (item > inst->items.size()) {
                    c.fail(at + QStringLiteral(".item"), QStringLiteral("%1 has %2 items").arg(inst->name).arg(inst->items.size()));
                    return;
                }
                if (seen.contains(item)) {
                    c.fail(at + QStringLiteral(".item"), QStringLiteral("item %1 is answered twice").arg(item));
                    return;
                }
                seen.insert(item);
                if (a.value(QStringLiteral("value")).toInt() > maxOption(inst->items.at(item - 1))) {
                    c.fail(at + QStringLiteral(".value"), QStringLiteral("must be from 0 to %1").arg(maxOption(inst->items.at(item - 1))));
                    return;
                }
            }
            if (inst->difficulty.number == 0 && c.object().contains(QStringLiteral("difficulty")))
                c.fail(QStringLiteral("difficulty"), QStringLiteral("only PHQ-9 has the \"how difficult\" question"));
        });
}

int Schedule::everyDays(const QString& id) const
{
    for (const ScheduledMeasure& m : measures) {
        if (m.id == id)
            return m.everyDays;
    }
    return 0;
}

namespace {
Schedule parseMeasures(const QJsonObject& settings)
{
    Schedule s;
    int every = 14;
    const QJsonValue everyValue = settings.value(QStringLiteral("everyDays"));
    auto days = [&s](const QJsonValue& v, const QString& where, int fallback) {
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 365) {
            s.warnings << QStringLiteral("%1 must be a whole number of days from 1 to 365; using %2").arg(where).arg(fallback);
            return fallback;
        }
        return int(d);
    };
    every = days(everyValue, QStringLiteral("everyDays"), 14);
    const QJsonValue measures = settings.value(QStringLiteral("measures"));
    if (measures.isUndefined() || measures.isNull()) {
        s.measures = {{QStringLiteral("phq9"), every}, {QStringLiteral("gad7"), every}};
        return s;
    }
    if (!measures.isArray()) {
        s.warnings << QStringLiteral("measures must be a list such as [\"phq9\", \"gad7\"]; using PHQ-9 and GAD-7");
        s.measures = {{QStringLiteral("phq9"), every}, {QStringLiteral("gad7"), every}};
        return s;
    }
    const QJsonArray list = measures.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        const QString where = QStringLiteral("measures[%1]").arg(i);
        QString id;
        int measureEvery = every;
        if (v.isString()) {
            id = v.toString();
        } else if (v.isObject()) {
            id = v.toObject().value(QStringLiteral("id")).toString();
            measureEvery = days(v.toObject().value(QStringLiteral("everyDays")), where + QStringLiteral(".everyDays"), every);
        }
        if (!instrumentIds().contains(id)) {
            s.warnings << QStringLiteral("%1 is not a measure this module has (phq9, gad7, audit-c); left out").arg(where);
            continue;
        }
        if (s.everyDays(id) > 0) {
            s.warnings << QStringLiteral("%1 repeats %2; left out").arg(where, id);
            continue;
        }
        s.measures << ScheduledMeasure{id, measureEvery};
    }
    return s;
}
} // namespace

// Reminders (SDK 2.3): {"reminders": false} turns them off; "reminderTime":
// "HH:mm" (default 10:00). A bad value is a warning and the default.
Schedule parseSchedule(const QJsonObject& settings)
{
    Schedule s = parseMeasures(settings);
    const QJsonValue on = settings.value(QStringLiteral("reminders"));
    if (on.isBool())
        s.reminders = on.toBool();
    else if (!on.isUndefined() && !on.isNull())
        s.warnings << QStringLiteral("reminders must be true or false; using true");
    const QJsonValue time = settings.value(QStringLiteral("reminderTime"));
    if (!time.isUndefined() && !time.isNull()) {
        const QTime t = QTime::fromString(time.toString(), QStringLiteral("HH:mm"));
        if (time.isString() && t.isValid())
            s.reminderTime = t;
        else
            s.warnings << QStringLiteral("reminderTime must be a time of day such as \"10:00\" (HH:mm); using 10:00");
    }
    return s;
}

DueCalc dueOn(int everyDays, const QDate& lastDone, const QDate& day)
{
    if (lastDone.isValid() && lastDone == day)
        return {DueState::Done, day};
    if (!lastDone.isValid())
        return {DueState::Due, day};
    if (lastDone > day)
        return {DueState::NotYet, {}};
    const QDate due = lastDone.addDays(std::max(1, everyDays));
    if (due == day)
        return {DueState::Due, due};
    if (due < day)
        return {DueState::Overdue, due};
    return {DueState::NotYet, due};
}

} // namespace tessera::assessments
