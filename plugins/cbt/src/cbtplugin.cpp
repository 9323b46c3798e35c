#include "cbtplugin.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>
#include <tessera/sdk/plugincontext.h>

#include <QDir>
#include <QJsonArray>

#include <random>

namespace tessera::cbt {

using namespace tessera::sdk;

namespace {
// A thought record; `catalogue` decides which distortion ids are known
// (nullptr: the built-in ones only).
void checkThoughtRecord(PayloadCheck& c, const DistortionCatalogue* catalogue)
{
    c.requireOneOf(QStringLiteral("status"), {QStringLiteral("draft"), QStringLiteral("complete")})
        .requireString(QStringLiteral("situation"), 2000)
        .optionalArray(QStringLiteral("moods"), 12, [](PayloadCheck& m) {
            m.requireString(QStringLiteral("name"), 60)
                .optionalInt(QStringLiteral("before"), 0, 100)
                .optionalInt(QStringLiteral("after"), 0, 100)
                .optionalBool(QStringLiteral("pleasant"));
        })
        .optionalArray(QStringLiteral("thoughts"), 12, [](PayloadCheck& t) {
            t.requireString(QStringLiteral("text"), 1000).optionalBool(QStringLiteral("hot"));
        })
        .optionalInt(QStringLiteral("hotBelief"), 0, 100)
        .optionalInt(QStringLiteral("hotBeliefAfter"), 0, 100)
        .optionalStringList(QStringLiteral("distortions"), 10, 40)
        .optionalString(QStringLiteral("evidenceFor"), 4000)
        .optionalString(QStringLiteral("evidenceAgainst"), 4000)
        .optionalString(QStringLiteral("balancedThought"), 2000)
        .optionalInt(QStringLiteral("balancedBelief"), 0, 100)
        .check([](PayloadCheck& p) {
            int hot = 0;
            for (const QJsonValue& t : p.object().value(QStringLiteral("thoughts")).toArray())
                hot += t.toObject().value(QStringLiteral("hot")).toBool() ? 1 : 0;
            if (hot > 1)
                p.fail(QStringLiteral("thoughts"), QStringLiteral("only one thought can be the hot thought"));
        })
        .check([catalogue](PayloadCheck& p) {
            const QJsonArray ids = p.object().value(QStringLiteral("distortions")).toArray();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString id = ids.at(i).toString();
                bool known = catalogue ? catalogue->find(id) != nullptr : false;
                for (const Distortion& d : builtInDistortions())
                    known = known || d.id == id;
                if (!known)
                    p.fail(QStringLiteral("distortions[%1]").arg(i), QStringLiteral("\"%1\" is not a known distortion").arg(id));
            }
        })
        .check([](PayloadCheck& p) {
            // A finished record has all seven steps; a draft may stop anywhere.
            const QJsonObject o = p.object();
            if (o.value(QStringLiteral("status")).toString() != QLatin1String("complete"))
                return;
            const QString needed = QStringLiteral("is needed to finish the record (or save it as a draft)");
            const QJsonArray moods = o.value(QStringLiteral("moods")).toArray();
            if (moods.isEmpty())
                return (void)p.fail(QStringLiteral("moods"), needed);
            for (qsizetype i = 0; i < moods.size(); ++i) {
                for (const char* key : {"before", "after"}) {
                    if (!moods.at(i).toObject().value(QLatin1String(key)).isDouble())
                        return (void)p.fail(QStringLiteral("moods[%1].%2").arg(i).arg(QLatin1String(key)), needed);
                }
            }
            bool hasHot = false;
            for (const QJsonValue& t : o.value(QStringLiteral("thoughts")).toArray())
                hasHot = hasHot || t.toObject().value(QStringLiteral("hot")).toBool();
            if (!hasHot)
                return (void)p.fail(QStringLiteral("thoughts"), QStringLiteral("needs one thought marked as the hot thought"));
            for (const char* key : {"hotBelief", "evidenceFor", "evidenceAgainst", "balancedThought", "balancedBelief", "hotBeliefAfter"}) {
                const QJsonValue v = o.value(QLatin1String(key));
                if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
                    return (void)p.fail(QLatin1String(key), needed);
            }
        });
}
} // namespace

CbtPlugin::CbtPlugin()
{
    addKind(QStringLiteral("thought-record"), [this](PayloadCheck& c) { checkThoughtRecord(c, m_catalogue.get()); });
    addKind(QStringLiteral("coping-card"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("text"), 1000)
            .optionalString(QStringLiteral("situation"), 2000)
            .optionalString(QStringLiteral("recordId"), 64);
    });
}

CbtPlugin::~CbtPlugin() = default;

std::unique_ptr<CbtBackend> CbtPlugin::makeBackend(PluginContext& context)
{
    QStringList problems;
    m_catalogue = std::make_unique<DistortionCatalogue>(
        context.dataDir().isEmpty() ? QString() : QDir(context.dataDir()).filePath(QStringLiteral("distortions.json")),
        context.settings().value(QStringLiteral("customDistortions")).toArray(), &problems);
    for (const QString& p : problems)
        context.logger().warning(QStringLiteral("profile settings: %1").arg(p));
    return std::make_unique<CbtBackend>(context, *m_catalogue);
}

// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection CbtPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> CbtPlugin::sampleEntries(const SampleRequest& request) const
{
    struct Sample {
        const char* situation;
        const char* mood;
        const char* thought;
        const char* otherThought;
        QStringList distortions;
        const char* evidenceFor;
        const char* evidenceAgainst;
        const char* balanced;
    };
    const QList<Sample> samples{
        {"Manager asked to see me at 4pm with no reason given", "anxious", "I'm going to be let go",
         "I always mess things up", {QStringLiteral("jumping-to-conclusions"), QStringLiteral("magnifying")},
         "The project ran late last month", "My last review was good; she asks others to meetings like this too",
         "It could be about many things; if it is about the delay, I can explain what happened"},
        {"A friend cancelled our plans by text", "sad", "She doesn't really want to see me",
         "Nobody makes time for me", {QStringLiteral("jumping-to-conclusions"), QStringLiteral("overgeneralising")},
         "She has cancelled twice this year", "She suggested another date straight away and said she was unwell",
         "She is unwell and still wants to meet; one cancelled evening is not a verdict on our friendship"},
        {"Forgot my daughter's school meeting", "guilty", "I'm a terrible parent",
         "I can't keep anything in my head", {QStringLiteral("labelling"), QStringLiteral("all-or-nothing")},
         "I did forget, and she was disappointed", "I have been to every other meeting this year and I help with her homework most nights",
         "I missed one meeting in a hard month; I can say sorry and put the next one in my phone"},
        {"Lay in bed until noon and did nothing", "low", "I'm lazy and useless",
         "I should be able to just get up", {QStringLiteral("labelling"), QStringLiteral("should-statements")},
         "I didn't do what I planned", "Low energy is part of depression; last week I managed a walk on three days",
         "Today was a low-energy day, not proof of who I am; a small step this afternoon still counts"},
        {"Colleague said my presentation was 'fine'", "frustrated", "It was obviously bad",
         "Everyone noticed I was nervous", {QStringLiteral("discounting-positive"), QStringLiteral("mental-filter")},
         "I stumbled over one slide", "Two people asked follow-up questions and my manager thanked me",
         "It went reasonably well; the stumble felt bigger to me than it looked to others"},
    };
    std::mt19937 rng(request.seed + 3);
    auto pct = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng) / 5 * 5; };
    QList<EntryDraft> out;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    int i = 0;
    for (int daysAgo = request.days; daysAgo >= 1; daysAgo -= std::uniform_int_distribution<int>(2, 5)(rng), ++i) {
        const Sample& s = samples.at(i % samples.size());
        const double progress = 1.0 - double(daysAgo) / std::max(1, request.days);
        const bool draft = i % 9 == 4;
        const int before = pct(65, 95);
        const int after = std::max(5, before - pct(10, 20) - int(progress * 25));
        QJsonObject p{{QStringLiteral("status"), draft ? QStringLiteral("draft") : QStringLiteral("complete")},
                      {QStringLiteral("situation"), QString::fromUtf8(s.situation)},
                      {QStringLiteral("moods"), QJsonArray{QJsonObject{{QStringLiteral("name"), QString::fromUtf8(s.mood)},
                                                                       {QStringLiteral("before"), before}}}},
                      {QStringLiteral("thoughts"), QJsonArray{QJsonObject{{QStringLiteral("text"), QString::fromUtf8(s.thought)}, {QStringLiteral("hot"), true}},
                                                              QJsonObject{{QStringLiteral("text"), QString::fromUtf8(s.otherThought)}}}},
                      {QStringLiteral("hotBelief"), pct(70, 95)},
                      {QStringLiteral("distortions"), QJsonArray::fromStringList(s.distortions)}};
        if (!draft) {
            QJsonArray moods = p.value(QStringLiteral("moods")).toArray();
            QJsonObject m = moods.at(0).toObject();
            m.insert(QStringLiteral("after"), after);
            moods.replace(0, m);
            p.insert(QStringLiteral("moods"), moods);
            p.insert(QStringLiteral("evidenceFor"), QString::fromUtf8(s.evidenceFor));
            p.insert(QStringLiteral("evidenceAgainst"), QString::fromUtf8(s.evidenceAgainst));
            p.insert(QStringLiteral("balancedThought"), QString::fromUtf8(s.balanced));
            p.insert(QStringLiteral("balancedBelief"), pct(55, 85));
            p.insert(QStringLiteral("hotBeliefAfter"), pct(25, 55));
        }
        EntryDraft d = CbtBackend::recordDraft(p);
        d.occurredAt = QDateTime(now.date().addDays(-daysAgo), QTime(20, 15), Qt::UTC);
        out << d;
        if (!draft && i < samples.size()) { // one card per situation, from its first record
            EntryDraft card = CbtBackend::cardDraft(QString::fromUtf8(s.balanced), QString::fromUtf8(s.situation), QString());
            card.occurredAt = d.occurredAt.addSecs(120);
            out << card;
        }
    }
    return out;
}

} // namespace tessera::cbt

TESSERA_PLUGIN(tessera::cbt::CbtPlugin)
