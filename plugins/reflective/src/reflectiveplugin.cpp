#include "reflectiveplugin.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>

#include <algorithm>

namespace tessera::reflective {

using namespace tessera::sdk;

namespace {
QJsonArray words(std::initializer_list<const char*> list)
{
    QJsonArray out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}
} // namespace

ReflectivePlugin::ReflectivePlugin()
{
    addKind(QStringLiteral("episode"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("person"), 80)
            .requireString(QStringLiteral("happened"), 2000)
            .optionalString(QStringLiteral("wish"), 1000)
            .optionalString(QStringLiteral("other"), 1000)
            .optionalString(QStringLiteral("self"), 1000)
            .optionalBool(QStringLiteral("expected"))
            .optionalStringList(QStringLiteral("wishTags"), ReflectiveBackend::kMaxTags, 60)
            .optionalStringList(QStringLiteral("otherTags"), ReflectiveBackend::kMaxTags, 60)
            .optionalStringList(QStringLiteral("selfTags"), ReflectiveBackend::kMaxTags, 60)
            .optionalStringList(QStringLiteral("themes"), ReflectiveBackend::kMaxTags, 60);
    });
    addKind(QStringLiteral("reflection"), [](PayloadCheck& c) {
        for (const QString& key : ReflectiveBackend::reflectionFields())
            c.optionalString(key, 2000);
        c.optionalStringList(QStringLiteral("themes"), ReflectiveBackend::kMaxTags, 60)
            .check([](PayloadCheck& r) {
                const QStringList fields = ReflectiveBackend::reflectionFields();
                const bool any = std::any_of(fields.cbegin(), fields.cend(), [&](const QString& k) {
                    return !r.object().value(k).toString().trimmed().isEmpty();
                });
                if (!any)
                    r.fail(QStringLiteral("memory"), QStringLiteral("at least one of %1 must be written").arg(fields.join(QStringLiteral(", "))));
            });
    });
}

std::unique_ptr<ReflectiveBackend> ReflectivePlugin::makeBackend(PluginContext& context)
{
    return std::make_unique<ReflectiveBackend>(context);
}

QList<EntryDraft> ReflectivePlugin::sampleEntries(const SampleRequest& request) const
{
    // Two months of moments in which two patterns come back: wanting to be
    // listened to and being brushed off (at work and at home), and wanting
    // to be looked after and finding people too busy; some moments that
    // went well; and reflections with their themes.
    QList<EntryDraft> out;
    const QDateTime now = request.now.toLocalTime();
    const int days = std::min(request.days, 60);
    struct Moment {
        int daysAgo;
        const char* person;
        const char* happened;
        const char* wish;
        QJsonArray wishTags;
        const char* other;
        QJsonArray otherTags;
        const char* self;
        QJsonArray selfTags;
        QJsonArray themes;
        bool expected = false;
    };
    const QList<Moment> moments{
        {58, "my manager", "I raised the deadline problem in the team meeting.", "That she would hear me out.", words({"To be listened to"}),
         "She moved on to the next item.", words({"Brushed me off"}), "I said nothing more and felt small for the rest of the day.",
         words({"Went quiet", "Felt small"}), words({"Not being heard", "Work"})},
        {51, "Jo (my sister)", "I told her I was struggling this week.", "That she would offer to come over.", words({"To be looked after"}),
         "She said she was swamped with the kids.", words({"Too busy for me"}), "I said it was fine and coped on my own.",
         words({"Coped alone", "Felt empty"}), words({"Having to manage alone"})},
        {47, "Sam (my partner)", "I started to tell Sam about my day at dinner.", "To be listened to.", words({"To be listened to"}),
         "Sam looked at the phone.", words({"Brushed me off"}), "I stopped talking and went to bed early.", words({"Went quiet"}),
         words({"Not being heard", "Home"})},
        {42, "Alex (a friend)", "I had good news about the course.", "To share it.", words({"To share good news"}),
         "Alex was really glad for me.", words({"Was glad for me"}), "I felt close and lighter.", words({"Felt close"}), words({"Friendship"})},
        {38, "my manager", "I asked for help with the report.", "That she would take me seriously.", words({"To be listened to"}),
         "I expected her to say I should manage.", words({"Brushed me off"}), "I didn't ask in the end.", words({"Went quiet"}),
         words({"Not being heard", "Work"}), true},
        {33, "my mum", "Phone call on Sunday.", "That she would ask how I am.", words({"To be looked after"}),
         "She talked about her week and had to go.", words({"Too busy for me"}), "I felt alone after I hung up.",
         words({"Coped alone", "Felt empty"}), words({"Having to manage alone", "Family"})},
        {27, "Sam (my partner)", "I said I needed a quiet evening together.", "To be listened to.", words({"To be listened to"}),
         "Sam said we could, after the match.", words({"Brushed me off"}), "I went quiet and felt silly for asking.",
         words({"Went quiet", "Felt small"}), words({"Not being heard", "Home"})},
        {21, "Jo (my sister)", "I was ill and asked if she could get some shopping.", "To be looked after.", words({"To be looked after"}),
         "She couldn't, she had a work trip.", words({"Too busy for me"}), "I managed on my own and cried later.",
         words({"Coped alone"}), words({"Having to manage alone"})},
        {16, "a colleague", "She asked how I was and waited for the answer.", "To be listened to.", words({"To be listened to"}),
         "She listened and asked more.", words({"Listened"}), "I felt a bit less alone.", words({"Felt close"}), words({"Work"})},
        {11, "my manager", "One-to-one about the workload.", "To be heard.", words({"To be listened to"}),
         "She said everyone is busy.", words({"Brushed me off"}), "I nodded and agreed to more.", words({"Went quiet"}),
         words({"Not being heard", "Work"})},
        {6, "my mum", "She cancelled our lunch.", "To be looked after.", words({"To be looked after"}),
         "She had something else on.", words({"Too busy for me"}), "I told myself I didn't mind.", words({"Coped alone", "Felt empty"}),
         words({"Having to manage alone", "Family"})},
        {2, "Sam (my partner)", "I told Sam the work worry straight away this time.", "To be listened to.", words({"To be listened to"}),
         "Sam put the phone down and listened.", words({"Listened"}), "I felt relieved and close.", words({"Felt close"}),
         words({"Home"})},
    };
    for (const Moment& m : moments) {
        if (m.daysAgo > days)
            continue;
        QJsonObject p{{QStringLiteral("person"), QString::fromUtf8(m.person)}, {QStringLiteral("happened"), QString::fromUtf8(m.happened)},
                      {QStringLiteral("wish"), QString::fromUtf8(m.wish)}, {QStringLiteral("wishTags"), m.wishTags},
                      {QStringLiteral("other"), QString::fromUtf8(m.other)}, {QStringLiteral("otherTags"), m.otherTags},
                      {QStringLiteral("self"), QString::fromUtf8(m.self)}, {QStringLiteral("selfTags"), m.selfTags},
                      {QStringLiteral("themes"), m.themes}};
        if (m.expected)
            p.insert(QStringLiteral("expected"), true);
        out << ReflectiveBackend::episodeDraft(p, QDateTime(now.date().addDays(-m.daysAgo), QTime(20, 30)));
    }
    const QList<std::pair<int, QJsonObject>> reflections{
        {55, {{QStringLiteral("memory"), QStringLiteral("Waiting up for Dad when he worked late, wanting to tell him about school.")},
              {QStringLiteral("memoryNow"), QStringLiteral("The same waiting feeling as in the team meeting this week.")},
              {QStringLiteral("themes"), words({"Not being heard", "Family"})}}},
         {44, {{QStringLiteral("therapy"), QStringLiteral("I felt annoyed when the session ended on time, then guilty for minding.")},
               {QStringLiteral("themes"), words({"Therapy"})}}},
         {36, {{QStringLiteral("dream"), QStringLiteral("I was shouting in a crowded room and nobody turned round.")},
               {QStringLiteral("themes"), words({"Not being heard"})}}},
         {24, {{QStringLiteral("avoiding"), QStringLiteral("I scroll on my phone as soon as I start to feel sad.")},
               {QStringLiteral("theme"), QStringLiteral("Doing everything myself so nobody can let me down.")},
               {QStringLiteral("themes"), words({"Having to manage alone"})}}},
         {13, {{QStringLiteral("therapy"), QStringLiteral("It felt odd to be listened to for a whole hour. Good, but odd.")},
               {QStringLiteral("themes"), words({"Therapy", "Not being heard"})}}},
         {4, {{QStringLiteral("memory"), QStringLiteral("Mum being tired all the time when I was small.")},
              {QStringLiteral("memoryNow"), QStringLiteral("Maybe why I don't ask for much.")},
              {QStringLiteral("themes"), words({"Having to manage alone", "Family"})}}}};
    for (const auto& [daysAgo, p] : reflections) {
        if (daysAgo <= days)
            out << ReflectiveBackend::reflectionDraft(p, QDateTime(now.date().addDays(-daysAgo), QTime(21, 15)));
    }
    return out;
}

} // namespace tessera::reflective

TESSERA_PLUGIN(tessera::reflective::ReflectivePlugin)
