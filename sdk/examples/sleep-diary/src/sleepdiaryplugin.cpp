#include "sleepdiaryplugin.h"

#include "sleepmath.h"

#include <tessera/sdk/payloadcheck.h>
#include <tessera/sdk/plugincontext.h>

#include <random>

namespace sleepdiary {

using namespace tessera::sdk;

SleepDiaryPlugin::SleepDiaryPlugin()
{
    // Schema version 1 of "night" (the manifest's "schemaVersion"). A later
    // version 2 would add its own check with addKind("night", 2, ...), and
    // upgradePayload() would bring version 1 payloads up to it.
    addKind(QStringLiteral("night"), [](PayloadCheck& c) {
        c.requireDate(QStringLiteral("bedtime"))
            .requireDate(QStringLiteral("wakeTime"))
            .requireInt(QStringLiteral("minutesToFallAsleep"), 0, 600)
            .requireInt(QStringLiteral("minutesAwake"), 0, 900)
            .requireInt(QStringLiteral("quality"), 0, 10)
            .optionalString(QStringLiteral("note"), 2000)
            .check([](PayloadCheck& p) {
                const Night n = SleepBackend::nightFrom(p.object());
                const int inBed = minutesInBed(n);
                if (inBed <= 0)
                    p.fail(QStringLiteral("wakeTime"), QStringLiteral("must be after bedtime"));
                else if (inBed > 24 * 60)
                    p.fail(QStringLiteral("wakeTime"), QStringLiteral("must be within 24 hours of bedtime"));
                else if (n.minutesToFallAsleep + n.minutesAwake > inBed)
                    p.fail(QStringLiteral("minutesAwake"), QStringLiteral("time awake cannot be longer than the time in bed"));
            });
    });
}

Status SleepDiaryPlugin::initialize(PluginContext& context)
{
    Status started = ModulePlugin::initialize(context); // makes the SleepBackend
    if (started.ok())
        context.logger().info(QStringLiteral("sleep diary ready"));
    return started;
}

QList<EntryDraft> SleepDiaryPlugin::sampleEntries(const SampleRequest& request) const
{
    std::mt19937 rng(request.seed + 7);
    QList<EntryDraft> out;
    const QDate today = request.now.date();
    for (int daysAgo = std::min(request.days, 60); daysAgo >= 1; --daysAgo) {
        if (std::uniform_int_distribution<int>(0, 9)(rng) < 2)
            continue; // a few nights not recorded, as in real life
        const QDate night = today.addDays(-daysAgo);
        Night n;
        n.bedtime = QDateTime(night, QTime(23, 0), Qt::UTC).addSecs(60 * std::uniform_int_distribution<int>(-60, 90)(rng));
        n.wakeTime = QDateTime(night.addDays(1), QTime(7, 0), Qt::UTC).addSecs(60 * std::uniform_int_distribution<int>(-45, 60)(rng));
        n.minutesToFallAsleep = std::uniform_int_distribution<int>(5, 75)(rng);
        n.minutesAwake = std::uniform_int_distribution<int>(0, 80)(rng);
        const int quality = std::clamp(int(std::lround(sleepEfficiency(n) / 10.0 - 2 + std::uniform_int_distribution<int>(-1, 1)(rng))), 0, 10);
        out << SleepBackend::draftFor(n, quality, QString());
    }
    return out;
}

} // namespace sleepdiary

TESSERA_PLUGIN(sleepdiary::SleepDiaryPlugin)
