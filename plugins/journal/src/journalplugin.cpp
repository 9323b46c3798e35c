#include "journalplugin.h"

#include "journalcontent.h"
#include "report.h"

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>

#include <random>

namespace tessera::journal {

using namespace tessera::sdk;

JournalPlugin::JournalPlugin()
{
    addKind(QStringLiteral("checkin"), [](PayloadCheck& c) {
        c.optionalStringList(QStringLiteral("feelings"), 12, 40).optionalString(QStringLiteral("note"), 4000);
    });
    addKind(QStringLiteral("entry"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("text"), 20000).optionalString(QStringLiteral("prompt"), 300);
    });
    // The entry being written, in the journal since 1.4 (before, a file in the
    // module's data folder, in the clear beside an encrypted journal). A
    // prompt alone is a draft too.
    addKind(QStringLiteral("draft"), [](PayloadCheck& c) {
        c.optionalString(QStringLiteral("text"), 20000).optionalString(QStringLiteral("prompt"), 300);
    });
}

// The clinician report (SDK 2.2): only from the request, never the backend.
Status JournalPlugin::initialize(PluginContext& context)
{
    Status s = ModulePlugin::initialize(context);
    m_journal = s.ok() ? static_cast<JournalBackend*>(backend()) : nullptr;
    return s;
}

void JournalPlugin::shutdown()
{
    m_journal = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> JournalPlugin::dueItems(const QDate& day) const
{
    return m_journal ? m_journal->dueItems(day) : QList<DueItem>{};
}

ReportSection JournalPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

QList<EntryDraft> JournalPlugin::sampleEntries(const SampleRequest& request) const
{
    std::mt19937 rng(request.seed);
    auto chance = [&rng](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto pick = [&rng](const QStringList& list) {
        return list.at(std::uniform_int_distribution<int>(0, static_cast<int>(list.size()) - 1)(rng));
    };
    const QStringList heavy{QStringLiteral("low"), QStringLiteral("tired"), QStringLiteral("anxious"),
                            QStringLiteral("lonely"), QStringLiteral("numb"), QStringLiteral("tense")};
    const QStringList light{QStringLiteral("okay"), QStringLiteral("calm"), QStringLiteral("hopeful"),
                            QStringLiteral("content"), QStringLiteral("connected"), QStringLiteral("grateful")};
    const QStringList notes{
        QStringLiteral("Slept badly again. Stayed in most of the day."),
        QStringLiteral("Went for a short walk after lunch; it helped a little."),
        QStringLiteral("Work felt like too much. Left early."),
        QStringLiteral("Called my sister. Felt lighter afterwards."),
        QStringLiteral("Made a proper dinner for the first time in a while."),
        QStringLiteral("Kept going over the meeting in my head."),
        QStringLiteral("Sat in the garden with a coffee for ten minutes."),
        QString(), QString(), QString()};
    const QStringList entries{
        QStringLiteral("Today was heavy from the moment I woke up. I noticed I was telling myself that nothing "
                       "will change, and then I remembered that last month I felt the same and it did shift a bit."),
        QStringLiteral("I managed the shopping and a phone call I had been putting off for two weeks. Small, but "
                       "it counts."),
        QStringLiteral("Felt on edge all afternoon. Writing it down: the worry is about money, and I can look at "
                       "the numbers on Saturday instead of spinning now."),
        QStringLiteral("Had coffee with Sam. I almost cancelled. Glad I didn't; we laughed about the old flat."),
        QStringLiteral("Body feels tired but my head is quieter than last week. Trying to notice that.")};
    const QStringList prompts = writingPrompts();

    QList<EntryDraft> out;
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    for (int daysAgo = request.days; daysAgo >= 0; --daysAgo) {
        // Mood drifts up over the months, with ordinary bad days.
        const double progress = 1.0 - double(daysAgo) / std::max(1, request.days);
        const double base = 3.2 + 3.0 * progress;
        const int mood = std::clamp(int(std::lround(base + std::normal_distribution<double>(0, 1.3)(rng))), 0, 10);
        const QDateTime day = now.addDays(-daysAgo);
        const QDateTime evening = QDateTime(day.date(), QTime(19, 0), Qt::UTC).addSecs(std::uniform_int_distribution<int>(-7200, 7200)(rng));
        if (chance(0.75) && evening <= now) {
            EntryDraft d;
            d.kind = QStringLiteral("checkin");
            d.occurredAt = evening;
            d.mood = mood;
            QStringList feelings{pick(mood <= 4 ? heavy : light)};
            if (chance(0.5))
                feelings << pick(mood <= 5 ? heavy : light);
            feelings.removeDuplicates();
            const QString note = pick(notes);
            QJsonObject payload{{QStringLiteral("feelings"), QJsonArray::fromStringList(feelings)}};
            if (!note.isEmpty())
                payload.insert(QStringLiteral("note"), note);
            d.payload = payload;
            d.title = JournalBackend::checkinTitle(mood);
            d.summary = JournalBackend::checkinSummary(feelings, note);
            out << d;
        }
        const QDateTime night(day.date(), QTime(21, 30), Qt::UTC);
        if (chance(0.22) && night <= now) {
            EntryDraft d;
            d.kind = QStringLiteral("entry");
            d.occurredAt = night;
            const QString text = pick(entries);
            const QString prompt = chance(0.5) ? pick(prompts) : QString();
            QJsonObject payload{{QStringLiteral("text"), text}};
            if (!prompt.isEmpty())
                payload.insert(QStringLiteral("prompt"), prompt);
            d.payload = payload;
            d.title = JournalBackend::entryTitle(text, prompt);
            d.summary = JournalBackend::entrySummary(text);
            out << d;
        }
    }
    return out;
}

} // namespace tessera::journal

TESSERA_PLUGIN(tessera::journal::JournalPlugin)
