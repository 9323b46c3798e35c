#include "mbctcontent.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <mutex>

namespace tessera::mbct {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Mbct", text); }

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
    const QString key = QCoreApplication::translate("Mbct", firstTitle);
    const std::lock_guard guard(lock);
    auto it = built.find(key);
    if (it == built.end())
        it = built.emplace(key, make()).first;
    return it->second;
}
} // namespace

const QList<Practice>& practices()
{
    return perLanguage<Practice>("Three-minute breathing space", [] {
        return QList<Practice>{
            {QStringLiteral("breathing-space"), QCoreApplication::translate("Mbct", "Three-minute breathing space"),
             QCoreApplication::translate("Mbct", "A short pause in three steps, for any moment of the day, and especially a difficult one."), 3, true,
             {{QCoreApplication::translate("Mbct", "Notice what is here"),
               QCoreApplication::translate("Mbct", "Sit or stand a little taller. What is going on right now: thoughts, feelings, sensations in the body? "
                 "Let them be as they are, without trying to change them."), 1},
              {QCoreApplication::translate("Mbct", "Gather on the breath"),
               QCoreApplication::translate("Mbct", "Bring your attention to the breath, low in the belly. Follow each breath in and each breath out. "
                 "When your mind wanders, come back to the next breath."), 1},
              {QCoreApplication::translate("Mbct", "Widen to the whole body"),
               QCoreApplication::translate("Mbct", "Let your attention spread to the whole body: posture, face, hands, feet. "
                 "Take this wider awareness with you into what comes next."), 1}}},
            {QStringLiteral("body-scan"), QCoreApplication::translate("Mbct", "Body scan"),
             QCoreApplication::translate("Mbct", "Attention moved slowly through the body, noticing whatever is there, even nothing."), 20, false,
             {{QCoreApplication::translate("Mbct", "Settling"), QCoreApplication::translate("Mbct", "Lie or sit comfortably. Feel the contact with the floor or the chair, and the breath moving."), 1},
              {QCoreApplication::translate("Mbct", "Feet and legs"), QCoreApplication::translate("Mbct", "Move attention to the toes, the soles, the ankles, up through the legs. Notice, then let go."), 2},
              {QCoreApplication::translate("Mbct", "Hips and back"), QCoreApplication::translate("Mbct", "The pelvis, the lower back, the upper back. Tightness, warmth, pressure: just notice."), 1},
              {QCoreApplication::translate("Mbct", "Belly and chest"), QCoreApplication::translate("Mbct", "The belly rising and falling, the chest, the heartbeat if you can feel it."), 1},
              {QCoreApplication::translate("Mbct", "Hands and arms"), QCoreApplication::translate("Mbct", "Fingertips, palms, wrists, arms, shoulders. Breathe into any part that calls for attention."), 1},
              {QCoreApplication::translate("Mbct", "Neck, face and head"), QCoreApplication::translate("Mbct", "The throat, the jaw, the eyes, the forehead, the scalp. Let the face soften."), 1},
              {QCoreApplication::translate("Mbct", "The whole body"), QCoreApplication::translate("Mbct", "Rest with the body as a whole, breathing. When you are ready, begin to move."), 1}},
             {20, 45}},
            {QStringLiteral("sitting"), QCoreApplication::translate("Mbct", "Sitting meditation"),
             QCoreApplication::translate("Mbct", "Sitting still with the breath, the body, sounds and thoughts, one after another."), 15, false,
             {{QCoreApplication::translate("Mbct", "Breath"), QCoreApplication::translate("Mbct", "Rest your attention on the breath wherever you feel it most clearly."), 1},
              {QCoreApplication::translate("Mbct", "Body"), QCoreApplication::translate("Mbct", "Widen to the whole body sitting here. If a strong sensation pulls you, breathe with it."), 1},
              {QCoreApplication::translate("Mbct", "Sounds"), QCoreApplication::translate("Mbct", "Let sounds come and go. No need to name them or go looking for them."), 1},
              {QCoreApplication::translate("Mbct", "Thoughts"), QCoreApplication::translate("Mbct", "Watch thoughts arrive and pass, like clouds crossing the sky. They are events in the mind, not facts."), 1},
              {QCoreApplication::translate("Mbct", "Open awareness"), QCoreApplication::translate("Mbct", "Rest in whatever is most present from moment to moment."), 1}}},
            {QStringLiteral("movement"), QCoreApplication::translate("Mbct", "Mindful movement"),
             QCoreApplication::translate("Mbct", "Slow, gentle stretches with attention on the body."), 10, false,
             {{QCoreApplication::translate("Mbct", "Moving with attention"),
               QCoreApplication::translate("Mbct", "Move slowly and within your limits. Notice stretching, effort and release, and the stillness between movements."), 1}}},
            {QStringLiteral("raisin"), QCoreApplication::translate("Mbct", "Eating one thing mindfully"),
             QCoreApplication::translate("Mbct", "One small piece of food, explored as if for the first time."), 5, false,
             {{QCoreApplication::translate("Mbct", "Look"), QCoreApplication::translate("Mbct", "Hold it and look at it closely: colour, shape, the way light falls on it."), 1},
              {QCoreApplication::translate("Mbct", "Touch and smell"), QCoreApplication::translate("Mbct", "Feel its texture between your fingers. Bring it to your nose and notice the smell."), 1},
              {QCoreApplication::translate("Mbct", "Taste slowly"), QCoreApplication::translate("Mbct", "Place it in your mouth without chewing at first. Then chew slowly and notice every change."), 1}}},
            {QStringLiteral("everyday"), QCoreApplication::translate("Mbct", "An everyday activity"),
             QCoreApplication::translate("Mbct", "Something you do every day, such as washing up or brushing your teeth, done with full attention."), 5, false,
             {{QCoreApplication::translate("Mbct", "Full attention"), QCoreApplication::translate("Mbct", "What do you see, hear, feel and smell while you do it? When the mind drifts, come back."), 1}}},
            {QStringLiteral("free"), QCoreApplication::translate("Mbct", "Free timer"), QCoreApplication::translate("Mbct", "Your own practice, for as long as you choose."), 10, false,
             {{QCoreApplication::translate("Mbct", "Your practice"), QCoreApplication::translate("Mbct", "Rest with whatever you have chosen to attend to."), 1}}},
        };
    });
}

const Practice* practice(const QString& code)
{
    for (const Practice& p : practices()) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

QStringList practiceCodes()
{
    QStringList out;
    for (const Practice& p : practices())
        out << p.code;
    return out;
}

QList<qint64> phaseLengths(const Practice& p, int minutes)
{
    int shares = 0;
    for (const Phase& ph : p.phases)
        shares += ph.share;
    const qint64 total = qint64{p.fixedLength ? p.minutes : minutes} * 60000;
    QList<qint64> out;
    qint64 given = 0;
    for (int i = 0; i < p.phases.size(); ++i) {
        const qint64 len = i + 1 == p.phases.size() ? total - given : total * p.phases.at(i).share / shares;
        out << len;
        given += len;
    }
    return out;
}

const QList<CourseWeek>& course()
{
    return perLanguage<CourseWeek>("Stepping out of automatic pilot", [] {
        return QList<CourseWeek>{
            {1, QCoreApplication::translate("Mbct", "Stepping out of automatic pilot"),
             QCoreApplication::translate("Mbct", "Much of the day runs on automatic pilot, and low mood can take over without our noticing. "
               "Paying attention on purpose, to one thing at a time, is where change begins."),
             {QCoreApplication::translate("Mbct", "A body scan on six days"), QCoreApplication::translate("Mbct", "One routine activity each day done with full attention")}},
            {2, QCoreApplication::translate("Mbct", "Meeting what gets in the way"),
             QCoreApplication::translate("Mbct", "A busy mind, boredom, the sense of doing it wrong: these are part of practising, not signs of failure. "
               "Notice how the way we read a situation colours what we feel."),
             {QCoreApplication::translate("Mbct", "A body scan on six days"), QCoreApplication::translate("Mbct", "Ten minutes with the breath each day"), QCoreApplication::translate("Mbct", "Note one pleasant moment each day")}},
            {3, QCoreApplication::translate("Mbct", "Coming back to the breath"),
             QCoreApplication::translate("Mbct", "The breath is always here to come back to. It helps gather a scattered mind, and the body shows "
               "early on when something is wrong."),
             {QCoreApplication::translate("Mbct", "Mindful movement and the breath on alternate days"), QCoreApplication::translate("Mbct", "The breathing space three times a day"),
              QCoreApplication::translate("Mbct", "Note one unpleasant moment each day")}},
            {4, QCoreApplication::translate("Mbct", "Staying present"),
             QCoreApplication::translate("Mbct", "We pull towards some experiences and push others away. Seeing this, and staying with what is here, "
               "loosens the grip of rumination."),
             {QCoreApplication::translate("Mbct", "Sitting meditation most days"), QCoreApplication::translate("Mbct", "The breathing space three times a day, and when things are hard")}},
            {5, QCoreApplication::translate("Mbct", "Allowing things to be as they are"),
             QCoreApplication::translate("Mbct", "Making room for difficult feelings instead of fighting them. Allowing is not giving up: it makes "
               "space for a wiser choice."),
             {QCoreApplication::translate("Mbct", "Sitting meditation with a difficulty, gently"), QCoreApplication::translate("Mbct", "The breathing space when coping with something hard")}},
            {6, QCoreApplication::translate("Mbct", "Thoughts are not facts"),
             QCoreApplication::translate("Mbct", "Thoughts are events in the mind, however convincing they feel, especially when mood is low. "
               "We can notice them without obeying them."),
             {QCoreApplication::translate("Mbct", "Forty minutes a day of the practices you choose"), QCoreApplication::translate("Mbct", "The breathing space when thoughts crowd in"),
              QCoreApplication::translate("Mbct", "Start listing your early warning signs")}},
            {7, QCoreApplication::translate("Mbct", "Looking after myself"),
             QCoreApplication::translate("Mbct", "What we do each day can nourish us or drain us. Choosing what helps when mood starts to slide "
               "is the heart of staying well."),
             {QCoreApplication::translate("Mbct", "Make your list of nourishing and depleting activities"), QCoreApplication::translate("Mbct", "Write your staying-well plan"),
              QCoreApplication::translate("Mbct", "Choose a practice you can keep up")}},
            {8, QCoreApplication::translate("Mbct", "Keeping it going"),
             QCoreApplication::translate("Mbct", "Looking back on the course and deciding how to keep practising, for reasons that matter to you."),
             {QCoreApplication::translate("Mbct", "The practice you chose, most days"), QCoreApplication::translate("Mbct", "Review your staying-well plan with someone you trust")}},
        };
    });
}

QStringList signCategories()
{
    return {QStringLiteral("thoughts"), QStringLiteral("feelings"), QStringLiteral("body"), QStringLiteral("behaviour")};
}

QStringList levelCodes() { return {QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("red")}; }

QStringList redZoneDefaults() { return {QCoreApplication::translate("Mbct", "Contact my clinician"), QCoreApplication::translate("Mbct", "Use my safety plan")}; }

QString label(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("thoughts"), QT_TRANSLATE_NOOP("Mbct", "Thoughts")}, {QStringLiteral("feelings"), QT_TRANSLATE_NOOP("Mbct", "Feelings")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("Mbct", "Body")}, {QStringLiteral("behaviour"), QT_TRANSLATE_NOOP("Mbct", "What I do")},
        {QStringLiteral("green"), QT_TRANSLATE_NOOP("Mbct", "Green: I am well")}, {QStringLiteral("amber"), QT_TRANSLATE_NOOP("Mbct", "Amber: early signs")},
        {QStringLiteral("red"), QT_TRANSLATE_NOOP("Mbct", "Red: time to get help now")}};
    if (auto it = labels.constFind(code); it != labels.constEnd())
        return t(*it);
    if (const Practice* p = practice(code))
        return p->title;
    return code;
}

} // namespace tessera::mbct
