#include "plugin.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/payloadcheck.h>

#include <QJsonObject>
#include <QVariantMap>

namespace @NAMESPACE@ {

using namespace tessera::sdk;

Backend::Backend(PluginContext& context) : ModuleBackend(context)
{
    watchJournal(); // refresh() now, and after every change to the journal
}

void Backend::refresh()
{
    emit changed(); // the page reads count() again
}

int Backend::count() const
{
    return static_cast<int>(journal().count({}).valueOr(0));
}

QString Backend::save(const QString& id, const QString& text, int mood)
{
    EntryDraft d;
    d.kind = QStringLiteral("note");
    d.title = text.section(QLatin1Char('\n'), 0, 0).left(80);
    d.mood = mood;
    d.payload = QJsonObject{{QStringLiteral("text"), text}};
    auto saved = ModuleBackend::save(id, d); // adds, or updates the note opened
    if (!report(saved.status())) // lastError says why, e.g. "payload.text: is required"
        return {};
    return saved->id;
}

QVariantMap Backend::load(const QString& id)
{
    auto e = journal().get(id);
    if (!report(e.status()))
        return {};
    return {{QStringLiteral("text"), e->payload.value(QStringLiteral("text")).toString()},
            {QStringLiteral("mood"), e->mood.value_or(-1)}};
}

@CLASS@::@CLASS@()
{
    // One check for each kind in plugin.json, at its "schemaVersion" (1).
    // Kinds and versions without a check are refused.
    addKind(QStringLiteral("note"), [](PayloadCheck& c) {
        c.requireString(QStringLiteral("text"), 4000);
    });
}

QList<EntryDraft> @CLASS@::sampleEntries(const SampleRequest& request) const
{
    EntryDraft d;
    d.kind = QStringLiteral("note");
    d.title = QStringLiteral("A first note");
    d.mood = 6;
    d.occurredAt = request.now.addDays(-1);
    d.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("A first note")}};
    return {d};
}

} // namespace @NAMESPACE@

TESSERA_PLUGIN(@NAMESPACE@::@CLASS@)
