#include "plugin.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/payloadcheck.h>
#include <tessera/sdk/plugincontext.h>

#include <QJsonObject>

namespace @NAMESPACE@ {

using namespace tessera::sdk;

Backend::Backend(PluginContext& context) : m_context(context)
{
    connect(&m_context.journal(), &Journal::changed, this, &Backend::changed);
}

int Backend::count() const
{
    return static_cast<int>(m_context.journal().count({}).valueOr(0));
}

QString Backend::save(const QString& text, int mood)
{
    EntryDraft d;
    d.kind = QStringLiteral("note");
    d.title = text.section(QLatin1Char('\n'), 0, 0).left(80);
    d.mood = mood;
    d.payload = QJsonObject{{QStringLiteral("text"), text}};
    auto added = m_context.journal().add(d);
    m_lastError = added.ok() ? QString() : added.error().toString();
    emit changed();
    return added.ok() ? added->id : QString();
}

Status @CLASS@::initialize(PluginContext& context)
{
    m_backend = std::make_unique<Backend>(context);
    return {};
}

void @CLASS@::shutdown() { m_backend.reset(); }

QObject* @CLASS@::backend() { return m_backend.get(); }

Status @CLASS@::validatePayload(const QString& kind, int schemaVersion, const QJsonObject& payload) const
{
    PayloadCheck c(payload);
    if (kind != QLatin1String("note") || schemaVersion != 1)
        c.fail(QStringLiteral("kind"), QStringLiteral("unknown kind or schema version"));
    c.requireString(QStringLiteral("text"), 4000);
    return c.status();
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
