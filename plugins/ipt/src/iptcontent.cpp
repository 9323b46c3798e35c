#include "iptcontent.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <mutex>

namespace tessera::ipt {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Ipt", text); }

// Built once per language, keyed by the translation of its first title: after
// a switch of language in Settings, a page opened shows this text in the new
// language (it was built once per process and stayed in the first). Kept for
// the process, so that a reference to it stays valid; read from more than one
// thread (the modules start on a helper thread).
template <typename T, typename Make>
const QList<T>& perLanguage(const char* firstTitle, Make make)
{
    static std::mutex lock;
    static std::map<QString, QList<T>> built;
    const QString key = QCoreApplication::translate("Ipt", firstTitle);
    const std::lock_guard guard(lock);
    auto it = built.find(key);
    if (it == built.end())
        it = built.emplace(key, make()).first;
    return it->second;
}
} // namespace

const QList<Area>& areas()
{
    return perLanguage<Area>("Grief", [] {
        return QList<Area>{
            {QStringLiteral("grief"), QCoreApplication::translate("Ipt", "Grief"),
             QCoreApplication::translate("Ipt", "Someone important to you has died, and the grief has not eased with time, or it is hard to feel it at all."),
             QCoreApplication::translate("Ipt", "Talking through the relationship, the good and the difficult parts, and slowly finding other people and activities to lean on.")},
            {QStringLiteral("disputes"), QCoreApplication::translate("Ipt", "Role disputes"),
             QCoreApplication::translate("Ipt", "You and someone close to you expect different things from each other, and it keeps leading to conflict or silence."),
             QCoreApplication::translate("Ipt", "Getting clear on what each of you expects, where the disagreement stands, and what options there are to change it.")},
            {QStringLiteral("transitions"), QCoreApplication::translate("Ipt", "Role transitions"),
             QCoreApplication::translate("Ipt", "Your life has changed: a new job or no job, becoming a parent, a move, an illness, a relationship starting or ending."),
             QCoreApplication::translate("Ipt", "Mourning what the old role gave you, seeing what the new one offers, and building the skills and support it needs.")},
            {QStringLiteral("deficits"), QCoreApplication::translate("Ipt", "Social isolation and loneliness"),
             QCoreApplication::translate("Ipt", "You have few close relationships, or they tend not to last, and feel alone with how you are."),
             QCoreApplication::translate("Ipt", "Looking at past relationships for patterns, and practising small steps towards new and closer contact.")},
        };
    });
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
        {QStringLiteral("inner"), QT_TRANSLATE_NOOP("Ipt", "Inner circle")}, {QStringLiteral("middle"), QT_TRANSLATE_NOOP("Ipt", "Middle circle")},
        {QStringLiteral("outer"), QT_TRANSLATE_NOOP("Ipt", "Outer circle")}, {QStringLiteral("daily"), QT_TRANSLATE_NOOP("Ipt", "Most days")},
        {QStringLiteral("weekly"), QT_TRANSLATE_NOOP("Ipt", "Every week or so")}, {QStringLiteral("monthly"), QT_TRANSLATE_NOOP("Ipt", "Every month or so")},
        {QStringLiteral("rarely"), QT_TRANSLATE_NOOP("Ipt", "Rarely")},
        {QStringLiteral("renegotiation"), QT_TRANSLATE_NOOP("Ipt", "Still talking it over")}, {QStringLiteral("impasse"), QT_TRANSLATE_NOOP("Ipt", "Stuck")},
        {QStringLiteral("dissolution"), QT_TRANSLATE_NOOP("Ipt", "Ending or ended")},
        {QStringLiteral("supportive"), QT_TRANSLATE_NOOP("Ipt", "Supportive")}, {QStringLiteral("difficult"), QT_TRANSLATE_NOOP("Ipt", "Difficult")}, {QStringLiteral("mixed"), QT_TRANSLATE_NOOP("Ipt", "Mixed")}};
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
