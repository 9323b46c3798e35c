#include "iptcontent.h"

#include <QCoreApplication>
#include <QHash>

namespace tessera::ipt {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Ipt", text); }
} // namespace

const QList<Area>& areas()
{
    static const QList<Area> all{
        {QStringLiteral("grief"), t("Grief"),
         t("Someone important to you has died, and the grief has not eased with time, or it is hard to feel it at all."),
         t("Talking through the relationship, the good and the difficult parts, and slowly finding other people and activities to lean on.")},
        {QStringLiteral("disputes"), t("Role disputes"),
         t("You and someone close to you expect different things from each other, and it keeps leading to conflict or silence."),
         t("Getting clear on what each of you expects, where the disagreement stands, and what options there are to change it.")},
        {QStringLiteral("transitions"), t("Role transitions"),
         t("Your life has changed: a new job or no job, becoming a parent, a move, an illness, a relationship starting or ending."),
         t("Mourning what the old role gave you, seeing what the new one offers, and building the skills and support it needs.")},
        {QStringLiteral("deficits"), t("Social isolation and loneliness"),
         t("You have few close relationships, or they tend not to last, and feel alone with how you are."),
         t("Looking at past relationships for patterns, and practising small steps towards new and closer contact.")},
    };
    return all;
}

QStringList areaCodes()
{
    QStringList out;
    for (const Area& a : areas())
        out << a.code;
    return out;
}

QStringList circleCodes() { return {QStringLiteral("inner"), QStringLiteral("middle"), QStringLiteral("outer")}; }
QStringList contactCodes() { return {QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("rarely")}; }
QStringList stageCodes() { return {QStringLiteral("renegotiation"), QStringLiteral("impasse"), QStringLiteral("dissolution")}; }
QStringList toneCodes() { return {QStringLiteral("supportive"), QStringLiteral("difficult"), QStringLiteral("mixed")}; }

QString label(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("inner"), "Inner circle"}, {QStringLiteral("middle"), "Middle circle"},
        {QStringLiteral("outer"), "Outer circle"}, {QStringLiteral("daily"), "Most days"},
        {QStringLiteral("weekly"), "Every week or so"}, {QStringLiteral("monthly"), "Every month or so"},
        {QStringLiteral("rarely"), "Rarely"},
        {QStringLiteral("renegotiation"), "Still talking it over"}, {QStringLiteral("impasse"), "Stuck"},
        {QStringLiteral("dissolution"), "Ending or ended"},
        {QStringLiteral("supportive"), "Supportive"}, {QStringLiteral("difficult"), "Difficult"}, {QStringLiteral("mixed"), "Mixed"}};
    if (auto it = labels.constFind(code); it != labels.constEnd())
        return t(*it);
    for (const Area& a : areas()) {
        if (a.code == code)
            return a.title;
    }
    return code;
}

QList<QPair<QString, QString>> options(const QStringList& codes)
{
    QList<QPair<QString, QString>> out;
    for (const QString& c : codes)
        out << qMakePair(c, label(c));
    return out;
}

} // namespace tessera::ipt
