#include "assessplugin.h"

#include "report.h"
#include "scoring.h"

#include <tessera/sdk/payloadcheck.h>

#include <QCoreApplication>

namespace tessera::assessments {

using namespace tessera::sdk;

AssessPlugin::AssessPlugin()
{
    // Looked up at each check: the instruments are made again when the language
    // changes, and per thread (instrument()), so no pointer is kept.
    for (const QString& id : instrumentIds())
        addKind(id, [id](PayloadCheck& c) { checkResult(*instrument(id), c); });
    addKind(QStringLiteral("draft"), [](PayloadCheck& c) { checkDraft(c); });
}

// The clinician report (SDK 2.2): only from the request, never the backend.
ReportSection AssessPlugin::reportSection(const ReportRequest& request) const { return buildReportSection(request); }

std::unique_ptr<AssessBackend> AssessPlugin::makeBackend(PluginContext& context)
{
    auto backend = std::make_unique<AssessBackend>(context);
    m_assess = backend.get();
    return backend;
}

void AssessPlugin::shutdown()
{
    m_assess = nullptr;
    ModulePlugin::shutdown();
}

QList<DueItem> AssessPlugin::dueItems(const QDate& day) const
{
    return m_assess ? m_assess->dueItems(day) : QList<DueItem>{};
}

QList<EntryDraft> AssessPlugin::sampleEntries(const SampleRequest& request) const
{
    // Three months of fortnightly PHQ-9 and GAD-7, moderate easing to mild;
    // item 9 answered "Several days" once, early on; one AUDIT-C.
    const QList<Answers> phq9{{2, 2, 2, 2, 1, 2, 1, 1, 1}, {2, 2, 2, 2, 1, 1, 1, 1, 0}, {1, 2, 2, 2, 1, 1, 1, 1, 0},
                              {1, 1, 2, 2, 1, 1, 1, 0, 0}, {1, 1, 1, 2, 1, 1, 1, 0, 0}, {1, 1, 1, 1, 1, 1, 1, 0, 0}};
    const QList<int> difficulty{2, 2, 1, 1, 1, 1};
    const QList<Answers> gad7{{2, 2, 2, 2, 1, 2, 1}, {2, 2, 2, 2, 1, 1, 1}, {2, 1, 2, 2, 1, 1, 1},
                              {1, 1, 2, 2, 0, 1, 1}, {1, 1, 1, 2, 0, 1, 1}, {1, 1, 1, 1, 0, 1, 1}};
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    QList<EntryDraft> out;
    auto add = [&](const QString& id, const Answers& answers, std::optional<int> diff, int daysAgo, int minutes) {
        if (daysAgo > request.days)
            return;
        const Instrument* inst = instrument(id);
        EntryDraft d;
        d.kind = id;
        d.occurredAt = QDateTime(now.date().addDays(-daysAgo), QTime(18, 30), Qt::UTC).addSecs(minutes * 60);
        if (d.occurredAt > now)
            d.occurredAt = now.addSecs(-3600);
        d.payload = makePayload(*inst, answers, diff);
        const int total = totalScore(*inst, answers);
        d.title = QCoreApplication::translate("Assessments", "%1: %2 of %3").arg(inst->name).arg(total).arg(inst->maxTotal);
        d.summary = bandTitle(id, band(id, total));
        out << d;
    };
    for (int i = 0; i < phq9.size(); ++i) {
        const int daysAgo = 84 - 14 * i; // 84 .. 14: the next is due today
        add(QStringLiteral("phq9"), phq9.at(i), difficulty.at(i), daysAgo, 0);
        add(QStringLiteral("gad7"), gad7.at(i), std::nullopt, daysAgo, 6);
    }
    add(QStringLiteral("audit-c"), {1, 1, 1}, std::nullopt, 80, 0);
    return out;
}

} // namespace tessera::assessments

TESSERA_PLUGIN(tessera::assessments::AssessPlugin)
