#include "mbctcontent.h"

#include <QCoreApplication>
#include <QHash>

namespace tessera::mbct {

namespace {
QString t(const char* text) { return QCoreApplication::translate("Mbct", text); }
} // namespace

const QList<Practice>& practices()
{
    static const QList<Practice> all{
        {QStringLiteral("breathing-space"), t("Three-minute breathing space"),
         t("A short pause in three steps, for any moment of the day, and especially a difficult one."), 3, true,
         {{t("Notice what is here"),
           t("Sit or stand a little taller. What is going on right now: thoughts, feelings, sensations in the body? "
             "Let them be as they are, without trying to change them."), 1},
          {t("Gather on the breath"),
           t("Bring your attention to the breath, low in the belly. Follow each breath in and each breath out. "
             "When your mind wanders, come back to the next breath."), 1},
          {t("Widen to the whole body"),
           t("Let your attention spread to the whole body: posture, face, hands, feet. "
             "Take this wider awareness with you into what comes next."), 1}}},
        {QStringLiteral("body-scan"), t("Body scan"),
         t("Attention moved slowly through the body, noticing whatever is there, even nothing."), 20, false,
         {{t("Settling"), t("Lie or sit comfortably. Feel the contact with the floor or the chair, and the breath moving."), 1},
          {t("Feet and legs"), t("Move attention to the toes, the soles, the ankles, up through the legs. Notice, then let go."), 2},
          {t("Hips and back"), t("The pelvis, the lower back, the upper back. Tightness, warmth, pressure: just notice."), 1},
          {t("Belly and chest"), t("The belly rising and falling, the chest, the heartbeat if you can feel it."), 1},
          {t("Hands and arms"), t("Fingertips, palms, wrists, arms, shoulders. Breathe into any part that calls for attention."), 1},
          {t("Neck, face and head"), t("The throat, the jaw, the eyes, the forehead, the scalp. Let the face soften."), 1},
          {t("The whole body"), t("Rest with the body as a whole, breathing. When you are ready, begin to move."), 1}},
         {20, 45}},
        {QStringLiteral("sitting"), t("Sitting meditation"),
         t("Sitting still with the breath, the body, sounds and thoughts, one after another."), 15, false,
         {{t("Breath"), t("Rest your attention on the breath wherever you feel it most clearly."), 1},
          {t("Body"), t("Widen to the whole body sitting here. If a strong sensation pulls you, breathe with it."), 1},
          {t("Sounds"), t("Let sounds come and go. No need to name them or go looking for them."), 1},
          {t("Thoughts"), t("Watch thoughts arrive and pass, like clouds crossing the sky. They are events in the mind, not facts."), 1},
          {t("Open awareness"), t("Rest in whatever is most present from moment to moment."), 1}}},
        {QStringLiteral("movement"), t("Mindful movement"),
         t("Slow, gentle stretches with attention on the body."), 10, false,
         {{t("Moving with attention"),
           t("Move slowly and within your limits. Notice stretching, effort and release, and the stillness between movements."), 1}}},
        {QStringLiteral("raisin"), t("Eating one thing mindfully"),
         t("One small piece of food, explored as if for the first time."), 5, false,
         {{t("Look"), t("Hold it and look at it closely: colour, shape, the way light falls on it."), 1},
          {t("Touch and smell"), t("Feel its texture between your fingers. Bring it to your nose and notice the smell."), 1},
          {t("Taste slowly"), t("Place it in your mouth without chewing at first. Then chew slowly and notice every change."), 1}}},
        {QStringLiteral("everyday"), t("An everyday activity"),
         t("Something you do every day, such as washing up or brushing your teeth, done with full attention."), 5, false,
         {{t("Full attention"), t("What do you see, hear, feel and smell while you do it? When the mind drifts, come back."), 1}}},
        {QStringLiteral("free"), t("Free timer"), t("Your own practice, for as long as you choose."), 10, false,
         {{t("Your practice"), t("Rest with whatever you have chosen to attend to."), 1}}},
    };
    return all;
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
    static const QList<CourseWeek> weeks{
        {1, t("Stepping out of automatic pilot"),
         t("Much of the day runs on automatic pilot, and low mood can take over without our noticing. "
           "Paying attention on purpose, to one thing at a time, is where change begins."),
         {t("A body scan on six days"), t("One routine activity each day done with full attention")}},
        {2, t("Meeting what gets in the way"),
         t("A busy mind, boredom, the sense of doing it wrong: these are part of practising, not signs of failure. "
           "Notice how the way we read a situation colours what we feel."),
         {t("A body scan on six days"), t("Ten minutes with the breath each day"), t("Note one pleasant moment each day")}},
        {3, t("Coming back to the breath"),
         t("The breath is always here to come back to. It helps gather a scattered mind, and the body shows "
           "early on when something is wrong."),
         {t("Mindful movement and the breath on alternate days"), t("The breathing space three times a day"),
          t("Note one unpleasant moment each day")}},
        {4, t("Staying present"),
         t("We pull towards some experiences and push others away. Seeing this, and staying with what is here, "
           "loosens the grip of rumination."),
         {t("Sitting meditation most days"), t("The breathing space three times a day, and when things are hard")}},
        {5, t("Allowing things to be as they are"),
         t("Making room for difficult feelings instead of fighting them. Allowing is not giving up: it makes "
           "space for a wiser choice."),
         {t("Sitting meditation with a difficulty, gently"), t("The breathing space when coping with something hard")}},
        {6, t("Thoughts are not facts"),
         t("Thoughts are events in the mind, however convincing they feel, especially when mood is low. "
           "We can notice them without obeying them."),
         {t("Forty minutes a day of the practices you choose"), t("The breathing space when thoughts crowd in"),
          t("Start listing your early warning signs")}},
        {7, t("Looking after myself"),
         t("What we do each day can nourish us or drain us. Choosing what helps when mood starts to slide "
           "is the heart of staying well."),
         {t("Make your list of nourishing and depleting activities"), t("Write your staying-well plan"),
          t("Choose a practice you can keep up")}},
        {8, t("Keeping it going"),
         t("Looking back on the course and deciding how to keep practising, for reasons that matter to you."),
         {t("The practice you chose, most days"), t("Review your staying-well plan with someone you trust")}},
    };
    return weeks;
}

QStringList signCategories()
{
    return {QStringLiteral("thoughts"), QStringLiteral("feelings"), QStringLiteral("body"), QStringLiteral("behaviour")};
}

QStringList levelCodes() { return {QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("red")}; }

QStringList redZoneDefaults() { return {t("Contact my clinician"), t("Use my safety plan")}; }

QString label(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("thoughts"), "Thoughts"}, {QStringLiteral("feelings"), "Feelings"},
        {QStringLiteral("body"), "Body"}, {QStringLiteral("behaviour"), "What I do"},
        {QStringLiteral("green"), "Green: I am well"}, {QStringLiteral("amber"), "Amber: early signs"},
        {QStringLiteral("red"), "Red: time to get help now"}};
    if (auto it = labels.constFind(code); it != labels.constEnd())
        return t(*it);
    if (const Practice* p = practice(code))
        return p->title;
    return code;
}

} // namespace tessera::mbct
