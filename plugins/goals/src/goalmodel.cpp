#include "goalmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tessera::goals {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Goals", text); }
bool filled(const QJsonObject& o, const char* key) { return !o.value(QLatin1String(key)).toString().trimmed().isEmpty(); }

// Wishes that say how one hopes to feel, not what one will do.
const QStringList& vaguePhrases()
{
    static const QStringList all{
        QStringLiteral("feel better"), QStringLiteral("feel happier"), QStringLiteral("feel happy"), QStringLiteral("feel good"),
        QStringLiteral("feel okay"), QStringLiteral("feel ok"), QStringLiteral("feel normal"), QStringLiteral("feel less"),
        QStringLiteral("feel more"), QStringLiteral("be happier"), QStringLiteral("be happy"), QStringLiteral("be better"),
        QStringLiteral("be less"), QStringLiteral("be more"), QStringLiteral("be positive"), QStringLiteral("be normal"),
        QStringLiteral("be myself"), QStringLiteral("get better"), QStringLiteral("get well"), QStringLiteral("stop being"),
        QStringLiteral("stop feeling"), QStringLiteral("sort myself out"), QStringLiteral("sort my life"),
        QStringLiteral("get my life"), QStringLiteral("improve myself")};
    return all;
}

// Words that say how many or how often.
bool isNumberWord(const QString& w)
{
    static const QSet<QString> words{
        QStringLiteral("once"), QStringLiteral("twice"), QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
        QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
        QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"), QStringLiteral("twelve"), QStringLiteral("fifteen"),
        QStringLiteral("twenty"), QStringLiteral("thirty"), QStringLiteral("forty"), QStringLiteral("fifty"), QStringLiteral("half"),
        QStringLiteral("hundred"), QStringLiteral("dozen")};
    return words.contains(w) || std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

// Words that say when or where.
bool isWhenOrWhere(const QString& w)
{
    static const QSet<QString> words{
        QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday"), QStringLiteral("mondays"),
        QStringLiteral("tuesdays"), QStringLiteral("wednesdays"), QStringLiteral("thursdays"), QStringLiteral("fridays"),
        QStringLiteral("saturdays"), QStringLiteral("sundays"), QStringLiteral("weekend"), QStringLiteral("weekends"),
        QStringLiteral("weekday"), QStringLiteral("weekdays"), QStringLiteral("morning"), QStringLiteral("mornings"),
        QStringLiteral("afternoon"), QStringLiteral("afternoons"), QStringLiteral("evening"), QStringLiteral("evenings"),
        QStringLiteral("tonight"), QStringLiteral("today"), QStringLiteral("tomorrow"), QStringLiteral("daily"),
        QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("day"), QStringLiteral("days"), QStringLiteral("week"),
        QStringLiteral("weeks"), QStringLiteral("month"), QStringLiteral("minute"), QStringLiteral("minutes"),
        QStringLiteral("hour"), QStringLiteral("hours"), QStringLiteral("breakfast"), QStringLiteral("lunch"),
        QStringLiteral("lunchtime"), QStringLiteral("dinner"), QStringLiteral("bed"), QStringLiteral("bedtime"),
        QStringLiteral("park"), QStringLiteral("library"), QStringLiteral("gym"), QStringLiteral("pool"), QStringLiteral("outside"),
        QStringLiteral("garden"), QStringLiteral("kitchen"), QStringLiteral("church"), QStringLiteral("shop"), QStringLiteral("shops")};
    return words.contains(w);
}

// Verbs of something someone could see being done.
bool isActionVerb(const QString& w)
{
    static const QSet<QString> words{
        QStringLiteral("walk"), QStringLiteral("walking"), QStringLiteral("call"), QStringLiteral("calling"), QStringLiteral("phone"),
        QStringLiteral("ring"), QStringLiteral("text"), QStringLiteral("email"), QStringLiteral("write"), QStringLiteral("writing"),
        QStringLiteral("cook"), QStringLiteral("cooking"), QStringLiteral("bake"), QStringLiteral("read"), QStringLiteral("reading"),
        QStringLiteral("go"), QStringLiteral("going"), QStringLiteral("visit"), QStringLiteral("meet"), QStringLiteral("see"),
        QStringLiteral("swim"), QStringLiteral("run"), QStringLiteral("jog"), QStringLiteral("cycle"), QStringLiteral("clean"),
        QStringLiteral("tidy"), QStringLiteral("wash"), QStringLiteral("eat"), QStringLiteral("apply"), QStringLiteral("attend"),
        QStringLiteral("join"), QStringLiteral("ask"), QStringLiteral("invite"), QStringLiteral("plan"), QStringLiteral("send"),
        QStringLiteral("tell"), QStringLiteral("talk"), QStringLiteral("play"), QStringLiteral("study"), QStringLiteral("practise"),
        QStringLiteral("practice"), QStringLiteral("stretch"), QStringLiteral("dance"), QStringLiteral("sing"), QStringLiteral("paint"),
        QStringLiteral("draw"), QStringLiteral("volunteer"), QStringLiteral("spend"), QStringLiteral("book"), QStringLiteral("reply"),
        QStringLiteral("answer"), QStringLiteral("open"), QStringLiteral("pay"), QStringLiteral("learn"), QStringLiteral("finish"),
        QStringLiteral("check"), QStringLiteral("log"), QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("meditate"),
        QStringLiteral("take"), QStringLiteral("make"), QStringLiteral("do"), QStringLiteral("sit"), QStringLiteral("water"),
        QStringLiteral("feed"), QStringLiteral("fix"), QStringLiteral("sort"), QStringLiteral("bring"), QStringLiteral("buy")};
    return words.contains(w);
}

struct Specific {
    bool ok = false;
    QString vague; // the wish it is only made of, when it is
};

// Something observable: an action with what it is done to, a when or where,
// or a number. A wish on its own ("feel better") is not enough, nor is a
// wish with only a number.
Specific specificCheck(const QString& description)
{
    const QString text = description.toLower();
    QStringList words;
    for (const QString& w : text.split(QRegularExpression(QStringLiteral("[^\\w%]+")), Qt::SkipEmptyParts))
        words << w;
    const QString joined = QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
    Specific out;
    for (const QString& v : vaguePhrases()) {
        if (joined.contains(QLatin1Char(' ') + v + QLatin1Char(' '))) {
            out.vague = v;
            break;
        }
    }
    if (words.size() < 3)
        return out;
    bool action = false, whenWhere = false, number = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        action = action || (isActionVerb(words.at(i)) && i + 1 < words.size());
        whenWhere = whenWhere || isWhenOrWhere(words.at(i));
        number = number || isNumberWord(words.at(i));
    }
    out.ok = action || whenWhere || (number && out.vague.isEmpty());
    return out;
}
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
    const Specific specific = specificCheck(g.value(QStringLiteral("description")).toString());
    const QString specificHint = !specific.vague.isEmpty()
        ? QCoreApplication::translate("Goals", "\"%1\" is a good thing to hope for. What would you be doing when it comes true? Name something you could see "
            "yourself do, and when or where, like \"Walk to the park on Saturday morning\".").arg(specific.vague)
        : QCoreApplication::translate("Goals", "Say what you will do that someone could see, and when, where or how often, like \"Call my sister on Sunday evenings\".");
    const bool measurable = !measure.value(QStringLiteral("metric")).toString().trimmed().isEmpty()
        && g.value(QStringLiteral("target")).isDouble();
    const bool achievable = g.value(QStringLiteral("baseline")).isDouble()
        && (filled(g, "barriers") || filled(g, "resources"));
    const bool relevant = filled(g, "why");
    const bool timeBound = QDate::fromString(g.value(QStringLiteral("dueDate")).toString(), Qt::ISODate).isValid();
    return {
        {QStringLiteral("S"), QCoreApplication::translate("Goals", "Specific"), specific.ok, specificHint},
        {QStringLiteral("M"), QCoreApplication::translate("Goals", "Measurable"), measurable, QCoreApplication::translate("Goals", "Choose what you will count or rate, and the number you are aiming for.")},
        {QStringLiteral("A"), QCoreApplication::translate("Goals", "Achievable"), achievable, QCoreApplication::translate("Goals", "Note where you are starting from, and what might get in the way or help.")},
        {QStringLiteral("R"), QCoreApplication::translate("Goals", "Relevant"), relevant, QCoreApplication::translate("Goals", "Write down why this matters to you.")},
        {QStringLiteral("T"), QCoreApplication::translate("Goals", "Time-bound"), timeBound, QCoreApplication::translate("Goals", "Pick a date to look back on it.")},
    };
}

std::optional<double> progress(double baseline, double target, double value)
{
    if (qFuzzyCompare(baseline + 1, target + 1))
        return std::nullopt;
    return std::clamp((value - baseline) / (target - baseline), 0.0, 1.0);
}

QStringList measureSources() { return {phq9Kind()}; }

std::optional<double> belowProgress(double baseline, double below, double value)
{
    if (below < 1)
        return std::nullopt;
    if (value < below)
        return 1.0;
    const double reached = std::ceil(below) - 1; // the highest whole total below the target
    if (baseline <= reached)
        return 0.0; // started below, above it now
    return std::clamp((baseline - value) / (baseline - reached), 0.0, 1.0);
}

QString phq9BandLabel(const QString& band, int total)
{
    static const QList<QPair<QString, const char*>> bands{
        {QStringLiteral("minimal"), QT_TRANSLATE_NOOP("Goals", "minimal")}, {QStringLiteral("mild"), QT_TRANSLATE_NOOP("Goals", "mild")}, {QStringLiteral("moderate"), QT_TRANSLATE_NOOP("Goals", "moderate")},
        {QStringLiteral("moderately-severe"), QT_TRANSLATE_NOOP("Goals", "moderately severe")}, {QStringLiteral("severe"), QT_TRANSLATE_NOOP("Goals", "severe")}};
    for (const auto& [id, words] : bands) {
        if (id == band)
            return t(words);
    }
    if (total < 0 || total > 27)
        return {};
    const int index = total < 5 ? 0 : total < 10 ? 1 : total < 15 ? 2 : total < 20 ? 3 : 4;
    return t(bands.at(index).second);
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
