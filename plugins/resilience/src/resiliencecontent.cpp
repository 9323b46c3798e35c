#include "resiliencecontent.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <mutex>

namespace tessera::resilience {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Resilience", text); }

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
    const QString key = QCoreApplication::translate("Resilience", firstTitle);
    const std::lock_guard guard(lock);
    auto it = built.find(key);
    if (it == built.end())
        it = built.emplace(key, make()).first;
    return it->second;
}
} // namespace

const QList<PracticeStep>& muscleGroups()
{
    return perLanguage<PracticeStep>("Hands", [] {
        return QList<PracticeStep>{
            {QCoreApplication::translate("Resilience", "Hands"), QCoreApplication::translate("Resilience", "Make both hands into fists and squeeze. Then let them fall open and soft.")},
            {QCoreApplication::translate("Resilience", "Arms"), QCoreApplication::translate("Resilience", "Bend your arms and press your elbows to your sides. Then let your arms hang loose.")},
            {QCoreApplication::translate("Resilience", "Shoulders"), QCoreApplication::translate("Resilience", "Lift your shoulders up towards your ears. Then let them drop.")},
            {QCoreApplication::translate("Resilience", "Neck"), QCoreApplication::translate("Resilience", "Press your head gently back against the chair. Then let it rest where it is comfortable.")},
            {QCoreApplication::translate("Resilience", "Forehead"), QCoreApplication::translate("Resilience", "Raise your eyebrows as high as they go. Then let your forehead go smooth.")},
            {QCoreApplication::translate("Resilience", "Eyes and face"), QCoreApplication::translate("Resilience", "Screw up your eyes and nose. Then let your face go slack.")},
            {QCoreApplication::translate("Resilience", "Jaw"), QCoreApplication::translate("Resilience", "Press your teeth together. Then let your mouth fall slightly open.")},
            {QCoreApplication::translate("Resilience", "Chest and back"), QCoreApplication::translate("Resilience", "Take a deep breath and pull your shoulder blades together. Then breathe out and let go.")},
            {QCoreApplication::translate("Resilience", "Stomach"), QCoreApplication::translate("Resilience", "Pull your stomach in tight. Then let it go soft and breathe into it.")},
            {QCoreApplication::translate("Resilience", "Legs"), QCoreApplication::translate("Resilience", "Press your heels into the floor and tighten your thighs. Then let your legs go heavy.")},
            {QCoreApplication::translate("Resilience", "Feet"), QCoreApplication::translate("Resilience", "Curl your toes down. Then let them spread and rest.")},
        };
    });
}

const QList<PracticeStep>& groundingSteps()
{
    return perLanguage<PracticeStep>("Five things you can see", [] {
        return QList<PracticeStep>{
            {QCoreApplication::translate("Resilience", "Five things you can see"), QCoreApplication::translate("Resilience", "Look around slowly. Name five things you can see, small ones too: a colour, a shadow, a corner.")},
            {QCoreApplication::translate("Resilience", "Four things you can hear"), QCoreApplication::translate("Resilience", "Listen. Name four sounds, near or far: traffic, your breath, a clock, birds.")},
            {QCoreApplication::translate("Resilience", "Three things you can feel"), QCoreApplication::translate("Resilience", "Notice three things touching you: your feet on the floor, the chair, the air on your skin.")},
            {QCoreApplication::translate("Resilience", "Two things you can smell"), QCoreApplication::translate("Resilience", "Notice two smells, or two you like and can bring to mind.")},
            {QCoreApplication::translate("Resilience", "One thing you can taste"), QCoreApplication::translate("Resilience", "Notice one taste, or take a sip of water and notice it.")},
        };
    });
}

QStringList practices() { return {QStringLiteral("breathing"), QStringLiteral("muscle"), QStringLiteral("grounding")}; }

QString practiceLabel(const QString& practice)
{
    if (practice == QLatin1String("breathing"))
        return QCoreApplication::translate("Resilience", "Calm breathing");
    if (practice == QLatin1String("muscle"))
        return QCoreApplication::translate("Resilience", "Muscle relaxation");
    if (practice == QLatin1String("grounding"))
        return QCoreApplication::translate("Resilience", "Grounding");
    return practice;
}

QStringList bodyAreas()
{
    return {QStringLiteral("head"), QStringLiteral("jaw"), QStringLiteral("neck-shoulders"), QStringLiteral("chest"),
            QStringLiteral("stomach"), QStringLiteral("back"), QStringLiteral("hands"), QStringLiteral("legs"),
            QStringLiteral("all-over")};
}

QString bodyAreaLabel(const QString& area)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("Resilience", "Head")},
        {QStringLiteral("jaw"), QT_TRANSLATE_NOOP("Resilience", "Jaw")},
        {QStringLiteral("neck-shoulders"), QT_TRANSLATE_NOOP("Resilience", "Neck and shoulders")},
        {QStringLiteral("chest"), QT_TRANSLATE_NOOP("Resilience", "Chest")},
        {QStringLiteral("stomach"), QT_TRANSLATE_NOOP("Resilience", "Stomach")},
        {QStringLiteral("back"), QT_TRANSLATE_NOOP("Resilience", "Back")},
        {QStringLiteral("hands"), QT_TRANSLATE_NOOP("Resilience", "Hands")},
        {QStringLiteral("legs"), QT_TRANSLATE_NOOP("Resilience", "Legs")},
        {QStringLiteral("all-over"), QT_TRANSLATE_NOOP("Resilience", "All over")},
    };
    const char* label = labels.value(area, nullptr);
    return label ? tr(label) : area;
}

QStringList triggerSuggestions()
{
    return {QCoreApplication::translate("Resilience", "Work or study"), QCoreApplication::translate("Resilience", "Money"), QCoreApplication::translate("Resilience", "Family"), QCoreApplication::translate("Resilience", "Partner"), QCoreApplication::translate("Resilience", "Friends"), QCoreApplication::translate("Resilience", "Health"),
            QCoreApplication::translate("Resilience", "Home"), QCoreApplication::translate("Resilience", "Sleep"), QCoreApplication::translate("Resilience", "Plans changing"), QCoreApplication::translate("Resilience", "Being on my own"), QCoreApplication::translate("Resilience", "The news")};
}

QStringList helpedSuggestions()
{
    return {QCoreApplication::translate("Resilience", "Slow breathing"), QCoreApplication::translate("Resilience", "A walk"), QCoreApplication::translate("Resilience", "Talking to someone"), QCoreApplication::translate("Resilience", "Music"), QCoreApplication::translate("Resilience", "A break"),
            QCoreApplication::translate("Resilience", "Writing it down"), QCoreApplication::translate("Resilience", "A warm shower"), QCoreApplication::translate("Resilience", "Grounding")};
}

QStringList situations() { return {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night"), QStringLiteral("people")}; }

QString situationLabel(const QString& situation)
{
    if (situation == QLatin1String("home"))
        return QCoreApplication::translate("Resilience", "At home");
    if (situation == QLatin1String("out"))
        return QCoreApplication::translate("Resilience", "When I am out");
    if (situation == QLatin1String("night"))
        return QCoreApplication::translate("Resilience", "At night");
    if (situation == QLatin1String("people"))
        return QCoreApplication::translate("Resilience", "With people");
    return situation;
}

const QList<ToolIdea>& toolIdeas()
{
    return perLanguage<ToolIdea>("Breathe slowly: in for 4, out for 6", [] {
        return QList<ToolIdea>{
            {QCoreApplication::translate("Resilience", "Breathe slowly: in for 4, out for 6"), {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night"), QStringLiteral("people")}},
            {QCoreApplication::translate("Resilience", "Name five things I can see"), {QStringLiteral("out"), QStringLiteral("people")}},
            {QCoreApplication::translate("Resilience", "A warm shower or bath"), {QStringLiteral("home"), QStringLiteral("night")}},
            {QCoreApplication::translate("Resilience", "Step outside for five minutes"), {QStringLiteral("home"), QStringLiteral("people")}},
            {QCoreApplication::translate("Resilience", "Listen to a song I like"), {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night")}},
            {QCoreApplication::translate("Resilience", "Write the worry down and leave it for the morning"), {QStringLiteral("night")}},
            {QCoreApplication::translate("Resilience", "Text a friend"), {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("people")}, true},
            {QCoreApplication::translate("Resilience", "Hold something cold, like a glass of water"), {QStringLiteral("home"), QStringLiteral("out")}},
        };
    });
}

} // namespace tessera::resilience
