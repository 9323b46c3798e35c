#include "resiliencecontent.h"

#include <QCoreApplication>
#include <QHash>

namespace tessera::resilience {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Resilience", text); }
} // namespace

const QList<PracticeStep>& muscleGroups()
{
    static const QList<PracticeStep> groups{
        {tr("Hands"), tr("Make both hands into fists and squeeze. Then let them fall open and soft.")},
        {tr("Arms"), tr("Bend your arms and press your elbows to your sides. Then let your arms hang loose.")},
        {tr("Shoulders"), tr("Lift your shoulders up towards your ears. Then let them drop.")},
        {tr("Neck"), tr("Press your head gently back against the chair. Then let it rest where it is comfortable.")},
        {tr("Forehead"), tr("Raise your eyebrows as high as they go. Then let your forehead go smooth.")},
        {tr("Eyes and face"), tr("Screw up your eyes and nose. Then let your face go slack.")},
        {tr("Jaw"), tr("Press your teeth together. Then let your mouth fall slightly open.")},
        {tr("Chest and back"), tr("Take a deep breath and pull your shoulder blades together. Then breathe out and let go.")},
        {tr("Stomach"), tr("Pull your stomach in tight. Then let it go soft and breathe into it.")},
        {tr("Legs"), tr("Press your heels into the floor and tighten your thighs. Then let your legs go heavy.")},
        {tr("Feet"), tr("Curl your toes down. Then let them spread and rest.")},
    };
    return groups;
}

const QList<PracticeStep>& groundingSteps()
{
    static const QList<PracticeStep> steps{
        {tr("Five things you can see"), tr("Look around slowly. Name five things you can see, small ones too: a colour, a shadow, a corner.")},
        {tr("Four things you can hear"), tr("Listen. Name four sounds, near or far: traffic, your breath, a clock, birds.")},
        {tr("Three things you can feel"), tr("Notice three things touching you: your feet on the floor, the chair, the air on your skin.")},
        {tr("Two things you can smell"), tr("Notice two smells, or two you like and can bring to mind.")},
        {tr("One thing you can taste"), tr("Notice one taste, or take a sip of water and notice it.")},
    };
    return steps;
}

QStringList practices() { return {QStringLiteral("breathing"), QStringLiteral("muscle"), QStringLiteral("grounding")}; }

QString practiceLabel(const QString& practice)
{
    if (practice == QLatin1String("breathing"))
        return tr("Calm breathing");
    if (practice == QLatin1String("muscle"))
        return tr("Muscle relaxation");
    if (practice == QLatin1String("grounding"))
        return tr("Grounding");
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
    return {tr("Work or study"), tr("Money"), tr("Family"), tr("Partner"), tr("Friends"), tr("Health"),
            tr("Home"), tr("Sleep"), tr("Plans changing"), tr("Being on my own"), tr("The news")};
}

QStringList helpedSuggestions()
{
    return {tr("Slow breathing"), tr("A walk"), tr("Talking to someone"), tr("Music"), tr("A break"),
            tr("Writing it down"), tr("A warm shower"), tr("Grounding")};
}

QStringList situations() { return {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night"), QStringLiteral("people")}; }

QString situationLabel(const QString& situation)
{
    if (situation == QLatin1String("home"))
        return tr("At home");
    if (situation == QLatin1String("out"))
        return tr("When I am out");
    if (situation == QLatin1String("night"))
        return tr("At night");
    if (situation == QLatin1String("people"))
        return tr("With people");
    return situation;
}

const QList<ToolIdea>& toolIdeas()
{
    static const QList<ToolIdea> ideas{
        {tr("Breathe slowly: in for 4, out for 6"), {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night"), QStringLiteral("people")}},
        {tr("Name five things I can see"), {QStringLiteral("out"), QStringLiteral("people")}},
        {tr("A warm shower or bath"), {QStringLiteral("home"), QStringLiteral("night")}},
        {tr("Step outside for five minutes"), {QStringLiteral("home"), QStringLiteral("people")}},
        {tr("Listen to a song I like"), {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("night")}},
        {tr("Write the worry down and leave it for the morning"), {QStringLiteral("night")}},
        {tr("Text a friend"), {QStringLiteral("home"), QStringLiteral("out"), QStringLiteral("people")}, true},
        {tr("Hold something cold, like a glass of water"), {QStringLiteral("home"), QStringLiteral("out")}},
    };
    return ideas;
}

} // namespace tessera::resilience
